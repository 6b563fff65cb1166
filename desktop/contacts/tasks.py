"""Tasks (Aufgaben, Wiedervorlagen): follow-ups of responses and planning tasks of campaigns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import false, func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.errors import ConcurrentEditError
from desktop.db.locking import locked
from desktop.db.models import Campaign, Employee, Person, Task, utcnow

SATURDAY = 5


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` working days (Monday to Friday) after ``start``.

    Public holidays differ by state and province and are not known here; a task due on one
    is moved by hand.
    """
    date = start
    left = days
    while left > 0:
        date += dt.timedelta(days=1)
        if date.weekday() < SATURDAY:
            left -= 1
    return date


def due_date(today: dt.date, days: int, working_days: bool) -> dt.date:
    """When a follow-up made today is due: in working days, or in calendar days.

    A date in calendar days that falls on a weekend moves to the Monday after, since
    nobody makes a follow-up call on a Sunday.
    """
    if working_days:
        return add_working_days(today, days)
    date = today + dt.timedelta(days=days)
    while date.weekday() >= SATURDAY:
        date += dt.timedelta(days=1)
    return date


def current_employee(session: Session, configured: int, login: str) -> int | None:
    """Who the clerk is: the employee chosen in the settings, else the one with this login."""
    if configured:
        found = session.scalar(select(Employee.id).where(Employee.id == configured, Employee.active == true()))
        if found is not None:
            return found
    if not login:
        return None
    return session.scalar(
        select(Employee.id).where(func.lower(Employee.login) == login.lower(), Employee.active == true())
        .order_by(Employee.id).limit(1)
    )


@dataclass(frozen=True)
class TaskRow:
    """One task as the lists show it."""

    id: int
    subject: str
    text: str
    due: dt.date | None
    done: bool
    assignee_id: int
    assignee: str
    person_id: int | None
    person: str
    campaign_id: int | None
    campaign: str
    row_version: int

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.due is not None and self.due < today


def _rows(session: Session, *where: object, order_done_last: bool = False) -> list[TaskRow]:
    employee = func.trim(func.coalesce(Employee.first_name, "") + " " + func.coalesce(Employee.last_name, ""))
    query = (
        select(Task, employee, Person, Campaign.number, Campaign.name)
        .join(Employee, Employee.id == Task.assignee_id)
        .outerjoin(Person, Person.id == Task.person_id)
        .outerjoin(Campaign, Campaign.id == Task.campaign_id)
        .where(*where)
    )
    # Open tasks by due date, those without a date last; done ones after them.
    order = [Task.done] if order_done_last else []
    query = query.order_by(*order, Task.due.is_(None), Task.due, Task.id)
    return [
        TaskRow(t.id, t.subject, t.text, t.due, t.done, t.assignee_id, name, t.person_id,
                f"{p.full_name} ({p.code})" if p else "", t.campaign_id,
                f"{number} {cname}" if number else "", t.row_version)
        for t, name, p, number, cname in session.execute(query)
    ]


def tasks_of(session: Session, employee_id: int, include_done: bool = False) -> list[TaskRow]:
    """The employee's tasks, the most urgent first."""
    where = [Task.assignee_id == employee_id]
    if not include_done:
        where.append(Task.done == false())
    return _rows(session, *where, order_done_last=True)


def tasks_of_person(session: Session, person_id: int, include_done: bool = False) -> list[TaskRow]:
    """The tasks about one contact."""
    where = [Task.person_id == person_id]
    if not include_done:
        where.append(Task.done == false())
    return _rows(session, *where, order_done_last=True)


def planning_tasks(session: Session, campaign_id: int) -> list[TaskRow]:
    """The campaign's own tasks (not about a contact), open ones first."""
    return _rows(session, Task.campaign_id == campaign_id, Task.person_id.is_(None), order_done_last=True)


@dataclass(frozen=True)
class NewTask:
    """A task a clerk enters by hand."""

    subject: str
    assignee_id: int
    due: dt.date | None
    text: str = ""
    campaign_id: int | None = None
    person_id: int | None = None


def add(session: Session, new: NewTask) -> int:
    """Create the task (the caller commits); returns its id.

    Raises:
        ValueError: The subject is empty.
    """
    if not new.subject.strip():
        raise ValueError("subject")
    task = Task(subject=new.subject.strip(), assignee_id=new.assignee_id, due=new.due, text=new.text,
                campaign_id=new.campaign_id, person_id=new.person_id)
    session.add(task)
    session.flush()
    return task.id


def _change(session: Session, task_id: int, row_version: int | None) -> Task:
    return locked(session, Task, task_id, row_version, "task")


def _flush(session: Session, task_id: int) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("task", task_id) from exc


def set_done(session: Session, task_id: int, row_version: int | None, done: bool = True) -> None:
    """Mark the task done (or open again).

    Raises:
        ConcurrentEditError: Someone else changed or deleted the task since it was listed.
    """
    task = _change(session, task_id, row_version)
    task.done = done
    task.done_at = utcnow() if done else None
    _flush(session, task_id)


def reassign(session: Session, task_id: int, row_version: int | None, employee_id: int,
             due: dt.date | None = None) -> None:
    """Hand the task to another employee, optionally with a new due date.

    Raises:
        ConcurrentEditError: Someone else changed or deleted the task since it was listed.
    """
    task = _change(session, task_id, row_version)
    task.assignee_id = employee_id
    if due is not None:
        task.due = due
    _flush(session, task_id)


def delete(session: Session, task_id: int, row_version: int | None) -> None:
    """Delete the task.

    Raises:
        ConcurrentEditError: Someone else changed or deleted the task since it was listed.
    """
    task = _change(session, task_id, row_version)
    session.delete(task)
    _flush(session, task_id)
