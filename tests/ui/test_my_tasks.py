"""*Meine Aufgaben* and the campaign's planning tasks, as a clerk uses them.

What the windows show is compared with rows read from the database independently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import false, select

from desktop.contacts import tasks
from desktop.contacts.tasks import NewTask
from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import Person, Task
from desktop.settings import Settings
from desktop.ui.my_tasks_window import MyTasksWindow
from desktop.ui.planning_tasks_tab import PlanningTasksTab
from desktop.ui.task_dialog import OVERDUE, ReassignDialog, TaskDialog

ME, COLLEAGUE = 1, 2  # the demo's first employee has the login of whoever runs the tests
FAIR = 2  # campaign "Einladung Messe Köln"
TODAY = dt.date.today()


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable[[Any], None]) -> list[Any]:
    """The next ``exec`` of ``dialog_class`` runs ``fill`` on the real dialog instead of waiting."""
    opened: list[Any] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return opened


@pytest.fixture
def ctx(demo_db: Database) -> AppContext:
    """The demo data plus tasks of mine: overdue, due today, later, about a contact, done."""
    with demo_db.session() as session:
        person = session.scalar(select(Person.id).order_by(Person.id).limit(1))
        for subject, due, person_id in (("Angebot nachfassen", TODAY - dt.timedelta(days=4), person),
                                        ("Stand buchen", TODAY, None),
                                        ("Prospekte drucken", TODAY + dt.timedelta(days=6), None)):
            tasks.add(session, NewTask(subject, ME, due, "erst Preise klären\nzweite Zeile",
                                       campaign_id=FAIR, person_id=person_id))
        done = tasks.add(session, NewTask("Erledigtes", ME, TODAY - dt.timedelta(days=9)))
        tasks.add(session, NewTask("Aufgabe der Kollegin", COLLEAGUE, TODAY - dt.timedelta(days=1)))
    with demo_db.session() as session:
        tasks.set_done(session, done, None)
    return AppContext(settings=Settings(), db=demo_db, language="en")


@pytest.fixture
def window(qtbot, ctx: AppContext, message_boxes) -> MyTasksWindow:
    widget = MyTasksWindow(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_tasks(db: Database, employee: int) -> dict[int, dt.date | None]:
    with db.session() as session:
        return dict(session.execute(select(Task.id, Task.due).where(Task.assignee_id == employee,
                                                                    Task.done == false())).all())


def shown(window: MyTasksWindow) -> list[str]:
    return [window.table.item(row, 1).text() for row in range(window.table.rowCount())]


def choose(window: MyTasksWindow, subject: str) -> None:
    row = shown(window).index(subject)
    window.table.selectRow(row)
    assert window.current().subject == subject


def stored(db: Database, subject: str) -> Task | None:
    with db.session() as session:
        task = session.scalar(select(Task).where(Task.subject == subject))
        if task is not None:
            session.expunge(task)
        return task


def test_my_open_tasks_are_listed_most_urgent_first_with_overdue_ones_marked(window: MyTasksWindow,
                                                                            demo_db: Database) -> None:
    expected = open_tasks(demo_db, ME)
    assert window.employee_id() == ME
    assert sorted(row.id for row in window.rows) == sorted(expected)
    assert window.table.rowCount() == len(expected)
    assert "Erledigtes" not in shown(window) and "Aufgabe der Kollegin" not in shown(window)
    dues = [row.due for row in window.rows]
    assert dues == sorted(dues)
    overdue = [due for due in expected.values() if due and due < TODAY]
    assert window.summary.text() == f"{len(expected)} open, {len(overdue)} overdue"
    for number, row in enumerate(window.rows):
        item = window.table.item(number, 0)
        assert (item.foreground().color() == OVERDUE) == (row.due < TODAY), row
        assert (item.toolTip() == "Overdue") == (row.due < TODAY)
        assert item.font().bold() == (row.due == TODAY)
    late = shown(window).index("Angebot nachfassen")
    assert window.table.item(late, 2).text().endswith(")")  # "Name (code)" of the contact
    assert window.table.item(late, 3).text().endswith("Einladung Messe Köln")
    assert window.table.item(late, 4).text() == "erst Preise klären …"


def test_done_takes_the_task_off_the_list_and_shows_done_ones_when_asked(qtbot, window: MyTasksWindow,
                                                                         demo_db: Database, ctx: AppContext) -> None:
    before = len(window.rows)
    choose(window, "Stand buchen")
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert "Stand buchen" not in shown(window)
    assert window.table.rowCount() == before - 1 == len(open_tasks(demo_db, ME))
    task = stored(demo_db, "Stand buchen")
    assert task.done and task.done_at is not None
    assert window.current() is not None  # the next task is chosen, for the next key press

    window.show_done_check.setChecked(True)
    assert "Stand buchen" in shown(window) and "Erledigtes" in shown(window)
    assert window.summary.text().endswith(", 2 done")
    assert ctx.settings.get("my_tasks_show_done") is True
    choose(window, "Stand buchen")
    assert window.done_button.text() == "Re&open"
    window.done_button.click()
    assert not stored(demo_db, "Stand buchen").done
    assert window.current().subject == "Stand buchen"


def test_space_marks_the_chosen_task_done(qtbot, window: MyTasksWindow, demo_db: Database) -> None:
    choose(window, "Prospekte drucken")
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert stored(demo_db, "Prospekte drucken").done
    assert "Prospekte drucken" not in shown(window)


def test_reassign_moves_the_task_to_the_colleagues_list(window: MyTasksWindow, demo_db: Database,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    new_due = TODAY + dt.timedelta(days=10)

    def fill(dialog: ReassignDialog) -> None:
        dialog.employee_combo.setCurrentIndex(dialog.employee_combo.findData(COLLEAGUE))
        dialog.new_due_check.setChecked(True)
        dialog.due_edit.setDate(dialog.due_edit.date().addDays((new_due - dialog.due()).days))
        dialog.accept()

    opened = drive(monkeypatch, ReassignDialog, fill)
    choose(window, "Angebot nachfassen")
    window.reassign_button.click()
    assert ME not in [opened[0].employee_combo.itemData(i) for i in range(opened[0].employee_combo.count())]
    assert "Angebot nachfassen" not in shown(window)
    task = stored(demo_db, "Angebot nachfassen")
    assert (task.assignee_id, task.due) == (COLLEAGUE, new_due)

    window.employee_combo.setCurrentIndex(window.employee_combo.findData(COLLEAGUE))
    assert sorted(row.id for row in window.rows) == sorted(open_tasks(demo_db, COLLEAGUE))
    assert "Angebot nachfassen" in shown(window)


def test_a_task_changed_by_someone_else_is_not_overwritten(window: MyTasksWindow, demo_db: Database,
                                                           message_boxes) -> None:
    choose(window, "Stand buchen")
    with demo_db.session() as session:  # a colleague takes it over meanwhile
        task = session.scalar(select(Task).where(Task.subject == "Stand buchen"))
        tasks.reassign(session, task.id, task.row_version, COLLEAGUE)
    message_boxes.answer("OK")
    window.done_button.click()
    assert "changed this task in the meantime" in message_boxes.last.text
    task = stored(demo_db, "Stand buchen")
    assert not task.done and task.assignee_id == COLLEAGUE
    assert "Stand buchen" not in shown(window)  # the list was read again


def test_delete_asks_first(window: MyTasksWindow, demo_db: Database, message_boxes) -> None:
    choose(window, "Prospekte drucken")
    message_boxes.answer("No")
    window.delete_button.click()
    assert stored(demo_db, "Prospekte drucken") is not None
    assert "“Prospekte drucken”" in message_boxes.last.text
    message_boxes.answer("Yes")
    window.delete_button.click()
    assert stored(demo_db, "Prospekte drucken") is None
    assert "Prospekte drucken" not in shown(window)


def test_open_contact_only_for_tasks_about_a_contact(qtbot, window: MyTasksWindow) -> None:
    choose(window, "Stand buchen")
    assert not window.open_button.isEnabled()
    choose(window, "Angebot nachfassen")
    assert window.open_button.isEnabled()
    with qtbot.waitSignal(window.open_person) as signal:
        window.open_button.click()
    assert signal.args == [window.current().person_id] and signal.args[0]


def test_geometry_and_show_done_are_remembered(qtbot, ctx: AppContext) -> None:
    first = MyTasksWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 333)
    first.show_done_check.setChecked(True)
    first.close()
    again = MyTasksWindow(ctx)
    qtbot.addWidget(again)
    assert again.show_done_check.isChecked()
    assert again.size().height() == 333
    assert Settings().get("my_tasks_show_done") is True  # written to the settings file


def test_new_planning_task_shows_in_the_campaign_and_in_the_assignees_list(
        qtbot, ctx: AppContext, demo_db: Database, window: MyTasksWindow,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = PlanningTasksTab(ctx)
    qtbot.addWidget(tab)
    tab.show_campaign(FAIR)
    with demo_db.session() as session:
        expected = session.scalars(select(Task.subject).where(Task.campaign_id == FAIR,
                                                               Task.person_id.is_(None))).all()
    assert sorted(row.subject for row in tab.rows) == sorted(expected)

    def fill(dialog: TaskDialog) -> None:
        assert dialog.assignee_combo.currentData() == ME  # me by default
        assert dialog.due_edit.date().toPython() == tasks.add_working_days(TODAY, 1)
        dialog.subject_edit.setText("Zeitungsanzeigen schalten")
        dialog.assignee_combo.setCurrentIndex(dialog.assignee_combo.findData(COLLEAGUE))
        dialog.text_edit.setPlainText("Kölner Stadt-Anzeiger, halbe Seite")
        dialog.accept()

    drive(monkeypatch, TaskDialog, fill)
    tab.new_button.click()
    assert tab.current().subject == "Zeitungsanzeigen schalten"
    task = stored(demo_db, "Zeitungsanzeigen schalten")
    assert (task.campaign_id, task.person_id, task.assignee_id, task.text) == (
        FAIR, None, COLLEAGUE, "Kölner Stadt-Anzeiger, halbe Seite")
    assert task.due == tasks.add_working_days(TODAY, 1)

    window.employee_combo.setCurrentIndex(window.employee_combo.findData(COLLEAGUE))
    row = shown(window).index("Zeitungsanzeigen schalten")
    assert window.table.item(row, 3).text().endswith("Einladung Messe Köln")


def test_planning_task_done_and_no_campaign(qtbot, ctx: AppContext, demo_db: Database) -> None:
    tab = PlanningTasksTab(ctx)
    qtbot.addWidget(tab)
    tab.show_campaign(FAIR)
    choose_in = [row.subject for row in tab.rows].index("Stand buchen")
    tab.table.selectRow(choose_in)
    tab.done_button.click()
    assert stored(demo_db, "Stand buchen").done
    assert tab.current().subject == "Stand buchen" and tab.current().done  # done ones stay, greyed
    assert tab.summary.text().endswith("1 done")
    tab.show_campaign(None)
    assert tab.table.rowCount() == 0 and not tab.new_button.isEnabled()


def test_empty_subject_is_refused(qtbot, ctx: AppContext, message_boxes) -> None:
    dialog = TaskDialog(ctx, None, campaign_id=FAIR)
    qtbot.addWidget(dialog)
    message_boxes.answer("OK")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.task_id == 0
    assert message_boxes.last.text == "Please enter what is to be done."
