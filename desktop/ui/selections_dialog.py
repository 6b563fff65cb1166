"""Saved selections (Selektionen, Verteiler): open, edit, duplicate, delete."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.query import selections
from desktop.ui import messages
from desktop.ui.labels import format_datetime
from desktop.ui.tables import button_row, pick_list


class SelectionsDialog(QDialog):
    """The list of saved selections with what a clerk does to them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Selections"))
        self.table = pick_list(self, [self.tr("Name"), self.tr("Distribution list"), self.tr("Last changed")])
        self.table.setAccessibleName(self.tr("Saved selections"))
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.new_button = QPushButton(self.tr("&New query…"), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        buttons = button_row(self, [self.open_button, self.new_button, self.duplicate_button, self.delete_button])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(lambda: self._edit(None))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)
        self.rows: list[selections.SelectionRow] = []
        self.resize(640, 420)
        self.reload()

    def reload(self, select_id: int = 0) -> None:
        try:
            with self.ctx.db.session() as session:
                self.rows = selections.list_selections(session)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            self.table.setItem(number, 0, QTableWidgetItem(row.name))
            self.table.setItem(number, 1, QTableWidgetItem(self.tr("yes") if row.is_distribution_list else ""))
            self.table.setItem(number, 2, QTableWidgetItem(format_datetime(row.updated_at)))
            if row.id == select_id:
                self.table.selectRow(number)
        if not select_id and self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _current(self) -> selections.SelectionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)

    def _edit(self, selection_id: int | None) -> None:
        from desktop.ui.query_dialog import QueryDialog, load_selection  # noqa: PLC0415 - they open each other

        data = None
        if selection_id:
            readable, data = load_selection(self, self.ctx, selection_id, self.tr("Open selection"))
            if not readable:
                return
            if data is None:
                self.reload()
                return
        dialog = QueryDialog(self.ctx, selection=data, parent=self)
        dialog.exec()
        self.reload(dialog.selection.id if dialog.selection else 0)
        dialog.deleteLater()

    def open_selected(self) -> None:
        current = self._current()
        if current:
            self._edit(current.id)

    def duplicate_selected(self) -> None:
        current = self._current()
        if current is None:
            return
        try:
            with self.ctx.db.session() as session:
                copy = selections.duplicate(session, current.id, self.tr("(copy)"))
        except ConcurrentEditError:
            self.reload()
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.reload(copy.id)

    def delete_selected(self) -> None:
        current = self._current()
        if current is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete selection"),
            self.tr("Delete the selection “{name}”? This cannot be undone.").format(
                name=current.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.session() as session:
                selections.delete(session, current.id, current.row_version)
        except selections.InvalidSelection as exc:
            QMessageBox.warning(
                self, self.tr("Delete selection"),
                self.tr("The selection “{name}” is used by these campaigns and was not deleted: {campaigns}. "
                        "Choose another data source or target group there first.").format(
                    name=current.name, campaigns=", ".join(exc.campaigns)),
            )
        except ConcurrentEditError:
            QMessageBox.warning(
                self, self.tr("Delete selection"),
                self.tr("Another user changed or deleted the selection in the meantime; it was not deleted."),
            )
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
        self.reload()
