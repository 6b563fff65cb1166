"""Choose the columns of a query result and their order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.query.fields import BY_KEY, DEFAULT_OUTPUT, FIELDS
from desktop.query_texts import field_label, group_label


class ColumnsDialog(QDialog):
    """Two lists: the fields not shown and the columns shown, in order.

    Double click or Enter moves a field across; the arrows reorder the shown columns.
    """

    def __init__(self, shown: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of the result"))
        self.available = QListWidget(self)
        self.shown = QListWidget(self)
        self.shown.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        add = QPushButton(self.tr("&Add →"), self)
        remove = QPushButton(self.tr("← &Remove"), self)
        up = QPushButton(self.tr("&Up"), self)
        down = QPushButton(self.tr("&Down"), self)
        reset = QPushButton(self.tr("&Standard columns"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        left, middle, right = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("A&vailable fields:"), self, buddy=self.available))
        left.addWidget(self.available)
        right.addWidget(QLabel(self.tr("Shown &columns, in this order:"), self, buddy=self.shown))
        right.addWidget(self.shown)
        middle.addStretch(1)
        for button in (add, remove, up, down, reset):
            middle.addWidget(button)
        middle.addStretch(1)
        lists = QHBoxLayout()
        lists.addLayout(left, 1)
        lists.addLayout(middle)
        lists.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(lists)
        layout.addWidget(buttons)

        add.clicked.connect(self.add_selected)
        remove.clicked.connect(self.remove_selected)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        reset.clicked.connect(lambda: self._fill(DEFAULT_OUTPUT))
        self.available.itemActivated.connect(lambda _item: self.add_selected())
        self.shown.itemActivated.connect(lambda _item: self.remove_selected())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._fill(shown)
        self.resize(760, 460)

    def _item(self, key: str) -> QListWidgetItem:
        field = BY_KEY[key]
        item = QListWidgetItem(f"{field_label(field)}  ({group_label(field.group)})")
        item.setData(Qt.ItemDataRole.UserRole, key)
        return item

    def _fill(self, shown: tuple[str, ...]) -> None:
        self.available.clear()
        self.shown.clear()
        for key in shown:
            self.shown.addItem(self._item(key))
        for field in FIELDS:
            if field.can_show and field.key not in shown:
                self.available.addItem(self._item(field.key))
        self._update()

    def _update(self) -> None:
        # A result without columns shows nothing; the clerk keeps at least one.
        self.ok_button.setEnabled(self.shown.count() > 0)

    def add_selected(self) -> None:
        row = self.available.currentRow()
        if row < 0:
            return
        item = self.available.takeItem(row)
        self.shown.addItem(item)
        self.shown.setCurrentItem(item)
        self._update()

    def remove_selected(self) -> None:
        row = self.shown.currentRow()
        if row < 0:
            return
        item = self.shown.takeItem(row)
        self.available.addItem(item)
        self.available.sortItems()
        self._update()

    def _move(self, step: int) -> None:
        row = self.shown.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.shown.count():
            return
        item = self.shown.takeItem(row)
        self.shown.insertItem(target, item)
        self.shown.setCurrentRow(target)

    def columns(self) -> tuple[str, ...]:
        """The chosen columns, in order."""
        return tuple(self.shown.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.shown.count()))
