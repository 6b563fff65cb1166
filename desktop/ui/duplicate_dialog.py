"""Probably the same person: offer the existing one before a second record is made."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.contacts.adhoc import Duplicate, Reason
from desktop.ui.tables import pick_list


class DuplicateDialog(QDialog):
    """Lists the existing persons; the clerk takes one of them or creates the new one anyway.

    After ``exec()``: ``chosen_id`` is the existing person to use, or 0 to create anew
    (when accepted); rejected means go back to the form.
    """

    def __init__(self, found: list[Duplicate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.chosen_id = 0
        self.setWindowTitle(self.tr("Person exists already?"))
        text = QLabel(self.tr("%n person(s) with the same data exist already. Take the existing person "
                              "instead of entering a second one?", "", len(found)), self)
        text.setWordWrap(True)
        self.table = pick_list(self, [self.tr("Name"), self.tr("Code"), self.tr("Address"), self.tr("E-mail"),
                                      self.tr("Same")], stretch=4)
        self.table.setAccessibleName(self.tr("Persons already stored"))
        self.table.setRowCount(len(found))
        reasons = {Reason.NAME_AND_POSTCODE: self.tr("name and postcode"), Reason.EMAIL: self.tr("e-mail"),
                   Reason.PHONE: self.tr("phone")}
        for row, dup in enumerate(found):
            cells = [dup.name, dup.code, f"{dup.postcode} {dup.city}".strip(), dup.email,
                     ", ".join(reasons[r] for r in dup.reasons)]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.selectRow(0)
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(self.tr("&Use this person"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button = QPushButton(self.tr("&Create new person anyway"), self)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("&Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self._use)
        self.create_button.clicked.connect(self._create)
        buttons.rejected.connect(self.reject)
        self.table.itemActivated.connect(lambda _item: self._use())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 300)

    def _use(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen_id = self.found[rows[0].row()].person_id
            self.accept()

    def _create(self) -> None:
        self.chosen_id = 0
        self.accept()
