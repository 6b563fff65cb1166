"""*Meine Aufgaben*: the tasks of one employee (the clerk's own by default), most urgent first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.contacts import person_record, tasks
from desktop.contacts.tasks import TaskRow
from desktop.context import AppContext
from desktop.ui import messages
from desktop.ui.labels import format_date
from desktop.ui.tables import pick_list
from desktop.ui.task_dialog import (
    TaskDialog,
    delete_task,
    first_line,
    me,
    reassign_task,
    style_row,
    toggle_done,
)


class MyTasksWindow(QWidget):
    """A window of its own with one employee's tasks and what a clerk does with them.

    Signals:
        open_person(int): The clerk wants to see the contact a task is about.
    """

    open_person = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.rows: list[TaskRow] = []
        self.today = dt.date.today()
        self.setWindowTitle(self.tr("My tasks"))
        self.employee_combo = QComboBox(self)
        self.employee_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        employee_label = QLabel(self.tr("&Employee:"), self)
        employee_label.setBuddy(self.employee_combo)
        self.show_done_check = QCheckBox(self.tr("S&how done tasks"), self)
        self.show_done_check.setChecked(bool(ctx.settings.get("my_tasks_show_done")))
        self.table = pick_list(self, [self.tr("Due"), self.tr("Task"), self.tr("Contact"), self.tr("Campaign"),
                                      self.tr("Note")], stretch=1)
        self.table.setAccessibleName(self.tr("My tasks"))
        self.summary = QLabel(self)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(self.tr("Mark the task done (Space, Ctrl+D)"))
        self.reassign_button = QPushButton(self.tr("&Reassign…"), self)
        self.new_button = QPushButton(self.tr("&New task…"), self)
        self.new_button.setToolTip(self.tr("Enter a new task (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.open_button = QPushButton(self.tr("Open &contact"), self)
        self.open_button.setToolTip(self.tr("Show the contact the task is about (Enter)"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the tasks again (F5)"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self._layout(employee_label)
        self._connect()
        self._fill_employees()
        geometry = ctx.settings.get("my_tasks_geometry")
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            self.resize(900, 480)
        self.reload()

    def _layout(self, employee_label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(employee_label)
        top.addWidget(self.employee_combo)
        top.addSpacing(16)
        top.addWidget(self.show_done_check)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.reassign_button, self.new_button, self.delete_button,
                       self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.employee_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_done_check.toggled.connect(self._show_done_toggled)
        self.done_button.clicked.connect(self.toggle_done)
        self.reassign_button.clicked.connect(self.reassign)
        self.new_button.clicked.connect(self.new_task)
        self.delete_button.clicked.connect(self.delete)
        self.open_button.clicked.connect(self.open_contact)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.open_contact)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, self.toggle_done)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_contact)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.open_contact)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete)
        QShortcut(QKeySequence("Ctrl+D"), self, self.toggle_done)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_task)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _fill_employees(self) -> None:
        try:
            with self.ctx.db.session() as session:
                mine = me(self.ctx, session)
                choices = person_record.employees(session, mine)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.employee_combo.blockSignals(True)
        self.employee_combo.clear()
        for id_, name in choices:
            self.employee_combo.addItem(name, id_)
        index = self.employee_combo.findData(mine) if mine is not None else -1
        self.employee_combo.setCurrentIndex(max(index, 0))
        self.employee_combo.blockSignals(False)

    # -- the list -------------------------------------------------------------------------

    def employee_id(self) -> int | None:
        """Whose tasks are shown."""
        return self.employee_combo.currentData()

    def current(self) -> TaskRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def reload(self, select_id: int = 0) -> None:
        """Read the employee's tasks again, keeping the chosen one if it is still listed."""
        current = self.current()
        select_id = select_id or (current.id if current else 0)
        self.today = dt.date.today()
        employee = self.employee_id()
        try:
            with self.ctx.db.session() as session:
                self.rows = tasks.tasks_of(session, employee, self.show_done_check.isChecked()) if employee else []
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.table.setRowCount(len(self.rows))
        chosen = -1
        for number, task in enumerate(self.rows):
            items = [QTableWidgetItem(text) for text in (
                format_date(task.due), task.subject, task.person, task.campaign, first_line(task.text))]
            if task.text:
                items[4].setToolTip(task.text)
            style_row(items, task, self.today)
            for column, item in enumerate(items):
                self.table.setItem(number, column, item)
            if task.id == select_id:
                chosen = number
        if chosen < 0 and self.rows:
            chosen = 0
        if chosen >= 0:
            self.table.selectRow(chosen)
        self._summarise()
        self._update_buttons()

    def _summarise(self) -> None:
        open_ = sum(1 for t in self.rows if not t.done)
        overdue = sum(1 for t in self.rows if t.overdue(self.today))
        text = self.tr("{open} open, {overdue} overdue").format(open=open_, overdue=overdue)
        if self.show_done_check.isChecked():
            text = self.tr("{summary}, {done} done").format(summary=text, done=len(self.rows) - open_)
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        task = self.current()
        for button in (self.done_button, self.reassign_button, self.delete_button):
            button.setEnabled(task is not None)
        self.done_button.setText(self.tr("Re&open") if task and task.done else self.tr("&Done"))
        self.open_button.setEnabled(bool(task and task.person_id))
        self.new_button.setEnabled(self.employee_id() is not None)

    def _show_done_toggled(self, checked: bool) -> None:
        self.ctx.settings.set("my_tasks_show_done", checked)
        self.ctx.settings.save()
        self.reload()

    def refresh(self) -> None:
        """Read the employees and the tasks again (F5)."""
        employee = self.employee_id()
        self._fill_employees()
        index = self.employee_combo.findData(employee)
        if index >= 0:
            self.employee_combo.setCurrentIndex(index)
        self.reload()

    # -- what the clerk does ---------------------------------------------------------------

    def toggle_done(self) -> None:
        task = self.current()
        if task is None:
            return
        following = self._next_to(task, stays=self.show_done_check.isChecked())
        toggle_done(self, self.ctx, task)
        self.reload(following)

    def _next_to(self, task: TaskRow, stays: bool = False) -> int:
        """The task to choose after a change of ``task``: itself when it ``stays`` listed,
        else the next one, else the one before."""
        index = next((n for n, row in enumerate(self.rows) if row.id == task.id), -1)
        if index < 0:
            return 0
        if stays:
            return task.id
        if index + 1 < len(self.rows):
            return self.rows[index + 1].id
        return self.rows[index - 1].id if index > 0 else 0

    def reassign(self) -> None:
        task = self.current()
        if task is None:
            return
        following = self._next_to(task)
        if reassign_task(self, self.ctx, task):
            self.reload(following)
        else:
            self.reload()

    def delete(self) -> None:
        task = self.current()
        if task is None:
            return
        following = self._next_to(task)
        if delete_task(self, self.ctx, task):
            self.reload(following)
        else:
            self.reload()

    def new_task(self) -> None:
        dialog = TaskDialog(self.ctx, self)
        index = dialog.assignee_combo.findData(self.employee_id())
        if index >= 0:
            dialog.assignee_combo.setCurrentIndex(index)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(dialog.task_id)
        dialog.deleteLater()

    def open_contact(self) -> None:
        task = self.current()
        if task is not None and task.person_id:
            self.open_person.emit(task.person_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set("my_tasks_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self.ctx.settings.save()
        super().closeEvent(event)
