"""Entering a task by hand, handing one to a colleague, and what the task lists share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.contacts import person_record, tasks
from desktop.contacts.tasks import NewTask, TaskRow
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.db.models.base import current_login
from desktop.ui import messages
from desktop.ui.accessible import name_after
from desktop.ui.labels import date_format
from desktop.ui.tables import form_dialog

OVERDUE = QColor(176, 0, 32)  # dark red: readable on white and on the selection colour


def me(ctx: AppContext, session: Session) -> int | None:
    """The clerk's own employee id (settings, else the login), or None."""
    return tasks.current_employee(session, ctx.settings.get("employee_id"), current_login())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, value: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def employee_combo(parent: QWidget, choices: list[tuple[int, str]], current: int | None) -> QComboBox:
    combo = QComboBox(parent)
    for id_, name in choices:
        combo.addItem(name, id_)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    return combo


def style_row(items: list[QTableWidgetItem], task: TaskRow, today: dt.date) -> None:
    """Overdue tasks red, those due today bold, done ones grey; the due cell says why."""
    if task.done:
        state, brush = QCoreApplication.translate("TaskList", "Done"), QBrush(QColor(Qt.GlobalColor.gray))
    elif task.overdue(today):
        state, brush = QCoreApplication.translate("TaskList", "Overdue"), QBrush(OVERDUE)
    elif task.due == today:
        state, brush = QCoreApplication.translate("TaskList", "Due today"), None
        for item in items:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
    else:
        return
    if brush is not None:
        for item in items:
            item.setForeground(brush)
    items[0].setToolTip(state)


def first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] + (" …" if len(lines) > 1 else "") if lines else ""


def change_task(parent: QWidget, ctx: AppContext, title: str, change: Callable[[Session], None]) -> bool:
    """Run one change of a task in its own transaction; explain failures. True on success.

    When another clerk changed or deleted the task since it was listed, nothing is
    written and the clerk is told so; the caller reloads its list either way.
    """
    try:
        with ctx.db.session() as session:
            change(session)
    except ConcurrentEditError as exc:
        text = (QCoreApplication.translate("TaskList", "Someone else deleted this task in the meantime.")
                if exc.deleted else
                QCoreApplication.translate("TaskList", "{who} changed this task in the meantime.").format(
                    who=exc.updated_by or QCoreApplication.translate("TaskList", "Someone else")))
        QMessageBox.information(parent, title, text + " " + QCoreApplication.translate(
            "TaskList", "The list now shows the current state; please check it and try again."))
        return False
    except SQLAlchemyError as exc:
        messages.database_error(parent, exc, ctx.db.display)
        return False
    return True


def confirm_delete(parent: QWidget, task: TaskRow) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("TaskList", "Delete task"),
        QCoreApplication.translate("TaskList", "Delete the task “{subject}”? This cannot be undone.").format(
            subject=task.subject),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class TaskDialog(QDialog):
    """A new task: subject, who does it, by when, and a note.

    On OK the task is written; ``task_id`` is then its id.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, campaign_id: int | None = None,
                 person_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.person_id = person_id
        self.task_id = 0
        self.setWindowTitle(self.tr("New task"))
        with ctx.db.session() as session:
            mine = me(ctx, session)
            choices = person_record.employees(session, mine)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setMaxLength(300)
        self.assignee_combo = employee_combo(self, choices, mine)
        self.due_edit = date_edit(self, tasks.add_working_days(dt.date.today(), 1))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().height() * 5)
        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        form.addRow(self.tr("&Assigned to:"), self.assignee_combo)
        form.addRow(self.tr("&Due on:"), self.due_edit)
        form.addRow(self.tr("&Note:"), self.text_edit)
        form_dialog(self, form, 460)

    def entered(self) -> NewTask:
        return NewTask(subject=self.subject_edit.text().strip(), assignee_id=self.assignee_combo.currentData(),
                       due=from_qdate(self.due_edit.date()), text=self.text_edit.toPlainText().strip(),
                       campaign_id=self.campaign_id, person_id=self.person_id)

    def accept(self) -> None:
        new = self.entered()
        if not new.subject:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please enter what is to be done."))
            self.subject_edit.setFocus()
            return
        if new.assignee_id is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("There is no active employee to give the task to."))
            return
        try:
            with self.ctx.db.session() as session:
                self.task_id = tasks.add(session, new)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        super().accept()


class ReassignDialog(QDialog):
    """Whom to hand a task to, and optionally a new due date."""

    def __init__(self, ctx: AppContext, task: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reassign task"))
        with ctx.db.session() as session:
            choices = person_record.employees(session, task.assignee_id)
        others = [c for c in choices if c[0] != task.assignee_id] or choices
        self.employee_combo = employee_combo(self, others, None)
        self.new_due_check = QCheckBox(self.tr("&New due date:"), self)
        self.due_edit = date_edit(self, task.due or tasks.add_working_days(dt.date.today(), 1))
        self.due_edit.setEnabled(False)
        self.new_due_check.toggled.connect(self.due_edit.setEnabled)
        form = QFormLayout()
        subject = QLabel(task.subject, self)
        subject.setWordWrap(True)
        subject.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Task:"), subject)
        form.addRow(self.tr("&Give to:"), self.employee_combo)
        form.addRow(self.new_due_check, self.due_edit)
        name_after(self.due_edit, self.new_due_check)
        form_dialog(self, form, 420)

    def employee_id(self) -> int | None:
        return self.employee_combo.currentData()

    def due(self) -> dt.date | None:
        """The new due date, or None to keep the task's."""
        return from_qdate(self.due_edit.date()) if self.new_due_check.isChecked() else None



# -- what both task lists do with the chosen task --------------------------------------------


def toggle_done(parent: QWidget, ctx: AppContext, task: TaskRow) -> bool:
    """Mark an open task done, or a done one open again; True when written."""
    title = QCoreApplication.translate("TaskList", "Task done")
    return change_task(parent, ctx, title, lambda s: tasks.set_done(s, task.id, task.row_version, not task.done))


def reassign_task(parent: QWidget, ctx: AppContext, task: TaskRow) -> bool:
    """Ask whom to give the task to and do it; True when written."""
    dialog = ReassignDialog(ctx, task, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.employee_id() is None:
            return False
        employee_id, due = dialog.employee_id(), dialog.due()
    finally:
        dialog.deleteLater()
    return change_task(parent, ctx, dialog.windowTitle(),
                       lambda s: tasks.reassign(s, task.id, task.row_version, employee_id, due))


def delete_task(parent: QWidget, ctx: AppContext, task: TaskRow) -> bool:
    """Ask, then delete the task; True when deleted."""
    if not confirm_delete(parent, task):
        return False
    title = QCoreApplication.translate("TaskList", "Delete task")
    return change_task(parent, ctx, title, lambda s: tasks.delete(s, task.id, task.row_version))
