"""The target group of the selected action: who is in it, who is linked, who is left out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import members
from desktop.context import AppContext
from desktop.ui import messages
from desktop.ui.member_table_model import MemberTableModel


class TargetGroupPanel(QWidget):
    """Members of one action with the buttons that change them.

    Signals:
        changed(): Members were added, removed, linked or unlinked.
        link_selection_requested(), import_requested(), add_persons_requested(): The
            clerk wants to add members; the editor opens the matching dialog.
    """

    changed = Signal()
    link_selection_requested = Signal()
    import_requested = Signal()
    add_persons_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id = 0
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.link_selection_button = QPushButton(self.tr("Link selectio&n…"), self)
        self.import_button = QPushButton(self.tr("Import CS&V…"), self)
        self.add_button = QPushButton(self.tr("Add &persons…"), self)
        self.link_button = QPushButton(self.tr("&Link"), self)
        self.unlink_button = QPushButton(self.tr("&Unlink"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.link_button.setToolTip(self.tr("Linked members take part in the run (Ctrl+K)."))
        self.unlink_button.setToolTip(self.tr("Unlinked members stay in the group but get nothing (Ctrl+Shift+K)."))
        adding = QHBoxLayout()
        for button in (self.link_selection_button, self.import_button, self.add_button):
            adding.addWidget(button)
        adding.addStretch(1)
        # Beside the list, as with the actions: the buttons act on the members chosen in it.
        changing = QVBoxLayout()
        for button in (self.link_button, self.unlink_button, self.remove_button):
            changing.addWidget(button)
        changing.addStretch(1)
        self.model = MemberTableModel(ctx.db, excluded=False, parent=self)
        self.excluded_model = MemberTableModel(ctx.db, excluded=True, parent=self)
        self.view = self._table(self.model)
        self.excluded_view = self._table(self.excluded_model)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(self.excluded_view, "")
        lists = QHBoxLayout()
        lists.addWidget(self.tabs, 1)
        lists.addLayout(changing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.summary_label)
        layout.addLayout(lists, 1)
        self.link_selection_button.clicked.connect(self.link_selection_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.add_button.clicked.connect(self.add_persons_requested)
        self.link_button.clicked.connect(lambda: self.set_linked(True))
        self.unlink_button.clicked.connect(lambda: self.set_linked(False))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence("Ctrl+K"), self, lambda: self.set_linked(True))
        QShortcut(QKeySequence("Ctrl+Shift+K"), self, lambda: self.set_linked(False))
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_action(0)

    def _table(self, model: MemberTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrow keys move in the list
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def show_action(self, action_id: int) -> None:
        """Show the target group of ``action_id`` (0: no action chosen)."""
        self.action_id = action_id
        summary = members.Summary(0, 0, 0)
        if action_id:
            try:
                with self.ctx.db.engine.connect() as conn:
                    summary = members.summary(conn, action_id)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
        self.model.show_action(action_id, summary.total - summary.excluded)
        self.excluded_model.show_action(action_id, summary.excluded)
        for view in (self.view, self.excluded_view):
            view.resizeColumnsToContents()
        self.tabs.setTabText(0, self.tr("Members (%n)", "", summary.total - summary.excluded))
        self.tabs.setTabText(1, self.tr("Left out (%n)", "", summary.excluded))
        for index, view in enumerate((self.view, self.excluded_view)):
            view.setAccessibleName(self.tabs.tabText(index))  # the tab names the list it shows
        if not action_id:
            self.summary_label.setText(self.tr("Choose an action above to see its target group."))
        else:
            self.summary_label.setText(
                self.tr("%n member(s), ", "", summary.total - summary.excluded)
                + self.tr("%n linked, ", "", summary.linked)
                + self.tr("%n left out: not reachable through this channel.", "", summary.excluded)
            )
        for button in (self.link_selection_button, self.import_button, self.add_button):
            button.setEnabled(bool(action_id))
        self._update_buttons()

    def selected_persons(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.person_id(row) for row in rows]

    def _update_buttons(self, *_: object) -> None:
        chosen = bool(self.action_id) and bool(self.view.selectionModel().selectedRows())
        for button in (self.link_button, self.unlink_button, self.remove_button):
            button.setEnabled(chosen)

    def set_linked(self, linked: bool) -> None:
        """Link or unlink the chosen members."""
        persons = self.selected_persons()
        if persons:
            self._change(lambda conn: members.set_linked(conn, self.action_id, persons, linked))

    def remove_selected(self) -> None:
        """Take the chosen members out of the group, after asking."""
        persons = self.selected_persons()
        if not persons:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove members"),
            self.tr("Remove %n person(s) from the target group of this action? Their contact data stays.",
                    "", len(persons)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._change(lambda conn: members.remove(conn, self.action_id, persons))

    def _change(self, change: Callable[[Connection], int]) -> None:
        # Keep the clerk's place: the same rows stay chosen and in view after reloading.
        row = self.view.currentIndex().row()
        try:
            with self.ctx.db.engine.begin() as conn:
                change(conn)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.show_action(self.action_id)
        while row >= self.model.rowCount() and self.model.canFetchMore(self.model.index(0, 0).parent()):
            self.model.fetchMore(self.model.index(0, 0).parent())
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.changed.emit()
