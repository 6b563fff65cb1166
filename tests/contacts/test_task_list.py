"""Tasks (Aufgaben, Wiedervorlagen): due dates, "my tasks", changes by two clerks, who am I.

Every step runs in its own transaction, as the window does; two clerks are two sessions.
9 March 2026 is a Monday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from desktop.contacts import tasks
from desktop.contacts.tasks import NewTask, TaskRow
from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import Campaign, Employee, Person, Task


def day(n: int) -> dt.date:
    return dt.date(2026, 3, n)


MON, TUE, WED, THU, FRI, SAT, SUN = (day(n) for n in range(9, 16))


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (FRI, 1, day(16)),  # Friday + 1 working day = Monday
        (FRI, 5, day(20)),  # a whole working week later
        (WED, 0, WED),
        (SAT, 1, day(16)),
        (SUN, 1, day(16)),
        (MON, 4, FRI),
        (MON, 5, day(16)),
        (MON, 10, day(23)),
        (THU, 3, TUE + dt.timedelta(days=7)),
    ],
)
def test_working_days_skip_saturday_and_sunday(start: dt.date, days: int, expected: dt.date) -> None:
    assert tasks.add_working_days(start, days) == expected


@pytest.mark.parametrize(
    ("today", "days", "working", "expected"),
    [
        (FRI, 1, True, day(16)),
        (FRI, 1, False, day(16)),  # Saturday -> Monday
        (FRI, 2, False, day(16)),  # Sunday -> Monday
        (FRI, 3, False, day(16)),
        (SAT, 7, False, day(23)),  # a week later is a Saturday again -> Monday
        (MON, 7, False, day(16)),
        (THU, 1, False, FRI),
        (SUN, 0, False, day(16)),
        (WED, 0, True, WED),
    ],
)
def test_due_dates_never_fall_on_a_weekend(today: dt.date, days: int, working: bool, expected: dt.date) -> None:
    assert tasks.due_date(today, days, working) == expected
    assert tasks.due_date(today, days, working).weekday() < 5


@dataclass(frozen=True)
class Office:
    nina: int
    paul: int
    person: int
    campaign: int
    t: dict[str, int]


def build(db: Database) -> Office:
    with db.session() as session:
        nina = Employee(code="NI", first_name="Nina", last_name="Named", login="nina")
        paul = Employee(code="PA", first_name="Paul", last_name="Partner", login="PAUL")
        person = Person(code="00007", first_name="Jan", last_name="Jansen")
        campaign = Campaign(number="2026-004", name="Messe")
        session.add_all([nina, paul, person, campaign])
        session.flush()
        made = {}
        for key, assignee, due, done, with_person, with_campaign in [
            ("later", nina, day(20), False, True, True),
            ("undated", nina, None, False, True, False),
            ("first", nina, day(10), False, False, True),
            ("middle", nina, day(15), False, True, False),
            ("done", nina, day(1), True, True, False),
            ("pauls", paul, day(2), False, True, True),
            ("plan_done", paul, day(3), True, False, True),
        ]:
            task = Task(subject=key, assignee_id=assignee.id, due=due, done=done,
                        person_id=person.id if with_person else None,
                        campaign_id=campaign.id if with_campaign else None)
            session.add(task)
            session.flush()
            made[key] = task.id
        return Office(nina.id, paul.id, person.id, campaign.id, made)


def listed(db: Database, employee_id: int, include_done: bool = False) -> list[str]:
    with db.session() as session:
        return [row.subject for row in tasks.tasks_of(session, employee_id, include_done)]


def row_of(db: Database, task_id: int) -> TaskRow:
    """The task as its assignee's list (with done ones) shows it."""
    with db.session() as session:
        assignee = session.get(Task, task_id).assignee_id
        return next(r for r in tasks.tasks_of(session, assignee, include_done=True) if r.id == task_id)


def test_my_tasks_are_my_open_ones_the_most_urgent_first_undated_last(db: Database) -> None:
    o = build(db)
    assert listed(db, o.nina) == ["first", "middle", "later", "undated"]
    assert listed(db, o.paul) == ["pauls"]


def test_done_tasks_come_after_the_open_ones_when_asked_for(db: Database) -> None:
    o = build(db)
    assert listed(db, o.nina, include_done=True) == ["first", "middle", "later", "undated", "done"]


def test_a_task_row_shows_the_person_and_the_campaign(db: Database) -> None:
    o = build(db)
    with db.session() as session:
        rows = {r.subject: r for r in tasks.tasks_of(session, o.nina, include_done=True)}
    later = rows["later"]
    assert (later.assignee_id, later.assignee, later.person_id, later.person, later.campaign_id, later.campaign,
            later.due, later.done) == (o.nina, "Nina Named", o.person, "Jan Jansen (00007)", o.campaign,
                                       "2026-004 Messe", day(20), False)
    assert (rows["undated"].campaign, rows["first"].person) == ("", "")
    assert later.overdue(day(21)) and not later.overdue(day(20))
    assert not rows["undated"].overdue(day(31))
    assert not rows["done"].overdue(day(31))


def test_the_tasks_about_a_contact(db: Database) -> None:
    o = build(db)
    with db.session() as session:
        assert [r.subject for r in tasks.tasks_of_person(session, o.person)] == [
            "pauls", "middle", "later", "undated"]
        assert [r.subject for r in tasks.tasks_of_person(session, o.person, include_done=True)] == [
            "pauls", "middle", "later", "undated", "done"]


def test_planning_tasks_are_the_campaign_s_tasks_without_a_person(db: Database) -> None:
    o = build(db)
    with db.session() as session:
        assert [r.subject for r in tasks.planning_tasks(session, o.campaign)] == ["first", "plan_done"]
        assert tasks.planning_tasks(session, o.campaign + 1000) == []


def test_a_new_task_is_saved_trimmed_and_needs_a_subject(db: Database) -> None:
    o = build(db)
    with db.session() as session:
        new_id = tasks.add(session, NewTask("  Katalog senden ", o.paul, day(11), text="2 Stück",
                                            campaign_id=o.campaign))
    with db.session() as session:
        task = session.get(Task, new_id)
        assert (task.subject, task.assignee_id, task.due, task.text, task.campaign_id, task.person_id,
                task.done) == ("Katalog senden", o.paul, day(11), "2 Stück", o.campaign, None, False)
    assert listed(db, o.paul) == ["pauls", "Katalog senden"]
    with db.session() as session, pytest.raises(ValueError, match="subject"):
        tasks.add(session, NewTask("   ", o.paul, None))


def test_a_task_marked_done_leaves_my_list_and_can_be_opened_again(db: Database) -> None:
    o = build(db)
    row = row_of(db, o.t["middle"])
    with db.session() as session:
        tasks.set_done(session, row.id, row.row_version)
    assert listed(db, o.nina) == ["first", "later", "undated"]
    with db.session() as session:
        task = session.get(Task, row.id)
        assert task.done and task.done_at is not None
    row = row_of(db, o.t["middle"])
    with db.session() as session:
        tasks.set_done(session, row.id, row.row_version, done=False)
    with db.session() as session:
        task = session.get(Task, row.id)
        assert (task.done, task.done_at) == (False, None)
    assert listed(db, o.nina) == ["first", "middle", "later", "undated"]


def test_reassigning_hands_the_task_over_with_or_without_a_new_date(db: Database) -> None:
    o = build(db)
    row = row_of(db, o.t["later"])
    with db.session() as session:
        tasks.reassign(session, row.id, row.row_version, o.paul)
    assert listed(db, o.paul) == ["pauls", "later"]
    assert "later" not in listed(db, o.nina)
    row = row_of(db, o.t["later"])
    assert row.due == day(20)
    with db.session() as session:
        tasks.reassign(session, row.id, row.row_version, o.nina, due=day(9))
    assert listed(db, o.nina)[0] == "later"
    assert row_of(db, o.t["later"]).due == day(9)


def test_deleting_a_task(db: Database) -> None:
    o = build(db)
    row = row_of(db, o.t["first"])
    with db.session() as session:
        tasks.delete(session, row.id, row.row_version)
    assert listed(db, o.nina) == ["middle", "later", "undated"]


@pytest.mark.parametrize("change", ["done", "reassign", "delete"])
def test_a_task_another_clerk_changed_meanwhile_is_not_touched(db: Database, change: str) -> None:
    o = build(db)
    mine = row_of(db, o.t["middle"])  # what my list shows
    with db.session() as session:  # the colleague marks it done first
        tasks.set_done(session, mine.id, mine.row_version)
        session.get(Task, mine.id).updated_by = "kollege"
    with pytest.raises(ConcurrentEditError) as info, db.session() as session:
        if change == "done":
            tasks.set_done(session, mine.id, mine.row_version)
        elif change == "reassign":
            tasks.reassign(session, mine.id, mine.row_version, o.paul, due=day(30))
        else:
            tasks.delete(session, mine.id, mine.row_version)
    assert (info.value.entity, info.value.record_id, info.value.updated_by) == ("task", mine.id, "kollege")
    assert not info.value.deleted
    with db.session() as session:
        task = session.get(Task, mine.id)
        assert (task.assignee_id, task.due, task.done) == (o.nina, day(15), True)


@pytest.mark.parametrize("change", ["done", "reassign", "delete"])
def test_a_task_another_clerk_deleted_is_reported_as_deleted(db: Database, change: str) -> None:
    o = build(db)
    mine = row_of(db, o.t["middle"])
    with db.session() as session:
        tasks.delete(session, mine.id, mine.row_version)
    with pytest.raises(ConcurrentEditError) as info, db.session() as session:
        if change == "done":
            tasks.set_done(session, mine.id, mine.row_version)
        elif change == "reassign":
            tasks.reassign(session, mine.id, mine.row_version, o.paul)
        else:
            tasks.delete(session, mine.id, mine.row_version)
    assert info.value.deleted


def test_the_current_version_is_accepted_after_a_change(db: Database) -> None:
    o = build(db)
    first = row_of(db, o.t["middle"])
    with db.session() as session:
        tasks.reassign(session, first.id, first.row_version, o.paul)
    second = row_of(db, o.t["middle"])
    assert second.row_version == first.row_version + 1
    with db.session() as session:
        tasks.set_done(session, second.id, second.row_version)
    with db.session() as session:
        assert session.scalar(select(Task.done).where(Task.id == first.id)) is True


# -- who am I -------------------------------------------------------------------------------------


def add_staff(db: Database) -> dict[str, int]:
    with db.session() as session:
        staff = {
            "anna": Employee(code="AN", last_name="Anna", login="Anna.S"),
            "gone": Employee(code="GO", last_name="Gone", login="old", active=False),
            "twin_inactive": Employee(code="T1", last_name="Twin", login="twin", active=False),
            "twin": Employee(code="T2", last_name="Twin", login="TWIN"),
            "bob": Employee(code="BO", last_name="Bob", login="bob"),
        }
        session.add_all(staff.values())
        session.flush()
        return {key: e.id for key, e in staff.items()}


def whoami(db: Database, configured: int, login: str) -> int | None:
    with db.session() as session:
        return tasks.current_employee(session, configured, login)


def test_the_employee_chosen_in_the_settings_wins_over_the_login(db: Database) -> None:
    s = add_staff(db)
    assert whoami(db, s["bob"], "anna.s") == s["bob"]


def test_without_a_setting_the_login_finds_the_employee_in_any_case(db: Database) -> None:
    s = add_staff(db)
    assert whoami(db, 0, "anna.s") == s["anna"]
    assert whoami(db, 0, "ANNA.S") == s["anna"]
    assert whoami(db, 0, "twin") == s["twin"]  # the inactive one with that login is passed over


def test_an_inactive_or_unknown_setting_falls_back_to_the_login(db: Database) -> None:
    s = add_staff(db)
    assert whoami(db, s["gone"], "bob") == s["bob"]
    assert whoami(db, s["bob"] + 1000, "bob") == s["bob"]


def test_inactive_employees_and_unknown_logins_are_nobody(db: Database) -> None:
    s = add_staff(db)
    assert whoami(db, s["gone"], "old") is None
    assert whoami(db, 0, "nobody") is None
    assert whoami(db, 0, "") is None
