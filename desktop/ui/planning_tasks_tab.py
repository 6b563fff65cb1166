"""The campaign editor's task tab: the campaign's own planning tasks (not about a contact)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.contacts import tasks
from desktop.contacts.tasks import TaskRow
from desktop.context import AppContext
from desktop.ui import messages
from desktop.ui.labels import format_date
from desktop.ui.tables import pick_list
from desktop.ui.task_dialog import (
    TaskDialog,
    delete_task,
    first_line,
    reassign_task,
    style_row,
    toggle_done,
)


class PlanningTasksTab(QWidget):
    """What has to be done for the campaign, e.g. booking the newspaper adverts before it starts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        self.rows: list[TaskRow] = []
        self.today = dt.date.today()
        hint = QLabel(self.tr("Tasks for preparing and running the campaign. Follow-up tasks about single "
                              "contacts are in each employee's task list."), self)
        hint.setWordWrap(True)
        self.table = pick_list(self, [self.tr("Due"), self.tr("Task"), self.tr("Assigned to"), self.tr("Note")],
                               stretch=1)
        self.table.setAccessibleName(self.tr("Tasks of the campaign"))
        self.summary = QLabel(self)
        self.new_button = QPushButton(self.tr("&New task…"), self)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(self.tr("Mark the task done (Space)"))
        self.reassign_button = QPushButton(self.tr("&Reassign…"), self)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        buttons = QGridLayout()
        for number, button in enumerate((self.new_button, self.done_button, self.reassign_button,
                                         self.delete_button)):
            buttons.addWidget(button, number, 0)
        buttons.setRowStretch(4, 1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.summary)
        self.new_button.clicked.connect(self.new_task)
        self.done_button.clicked.connect(self.toggle_done)
        self.reassign_button.clicked.connect(self.reassign)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, self.toggle_done)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete)
        self.show_campaign(None)

    def show_campaign(self, campaign_id: int | None) -> None:
        """List the planning tasks of ``campaign_id`` (None or 0: no campaign, nothing to do)."""
        self.campaign_id = campaign_id or None
        self.reload()

    def current(self) -> TaskRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def reload(self, select_id: int = 0) -> None:
        current = self.current()
        select_id = select_id or (current.id if current else 0)
        self.today = dt.date.today()
        self.rows = []
        if self.campaign_id:
            try:
                with self.ctx.db.session() as session:
                    self.rows = tasks.planning_tasks(session, self.campaign_id)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
        self.table.setRowCount(len(self.rows))
        for number, task in enumerate(self.rows):
            items = [QTableWidgetItem(text) for text in (
                format_date(task.due), task.subject, task.assignee, first_line(task.text))]
            if task.text:
                items[3].setToolTip(task.text)
            style_row(items, task, self.today)
            for column, item in enumerate(items):
                self.table.setItem(number, column, item)
            if task.id == select_id:
                self.table.selectRow(number)
        if self.current() is None and self.rows:
            self.table.selectRow(0)
        open_ = sum(1 for t in self.rows if not t.done)
        overdue = sum(1 for t in self.rows if t.overdue(self.today))
        self.summary.setText(self.tr("{open} open, {overdue} overdue, {done} done").format(
            open=open_, overdue=overdue, done=len(self.rows) - open_) if self.campaign_id else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        task = self.current()
        self.new_button.setEnabled(bool(self.campaign_id))
        for button in (self.done_button, self.reassign_button, self.delete_button):
            button.setEnabled(task is not None)
        self.done_button.setText(self.tr("Re&open") if task and task.done else self.tr("&Done"))

    def new_task(self) -> None:
        if not self.campaign_id:
            return
        dialog = TaskDialog(self.ctx, self, campaign_id=self.campaign_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(dialog.task_id)
        dialog.deleteLater()

    def toggle_done(self) -> None:
        task = self.current()
        if task is not None:
            toggle_done(self, self.ctx, task)
            self.reload(task.id)

    def reassign(self) -> None:
        task = self.current()
        if task is not None:
            reassign_task(self, self.ctx, task)
            self.reload(task.id)

    def delete(self) -> None:
        task = self.current()
        if task is not None:
            delete_task(self, self.ctx, task)
            self.reload()
