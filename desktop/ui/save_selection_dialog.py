"""Asks for the name of a selection, a description and whether it is a distribution list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


class SaveSelectionDialog(QDialog):
    """The small form behind "Save as selection"."""

    def __init__(self, name: str = "", description: str = "", distribution_list: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as selection"))
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setMaxLength(200)
        self.description_edit = QPlainTextEdit(description, self)
        self.description_edit.setMaximumHeight(80)
        self.description_edit.setTabChangesFocus(True)
        self.distribution_check = QCheckBox(self.tr("Use as distribution &list (Verteiler)"), self)
        self.distribution_check.setChecked(distribution_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow("", self.distribution_check)
        form.addRow(buttons)
        self.name_edit.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(name.strip()))
        self.resize(420, self.sizeHint().height())

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()

    @property
    def description(self) -> str:
        return self.description_edit.toPlainText().strip()

    @property
    def is_distribution_list(self) -> bool:
        return self.distribution_check.isChecked()
