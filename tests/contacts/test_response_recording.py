"""Recording a contact's response, and the follow-up tasks its rules create.

Every step runs in its own transaction, as the window does. Dates are picked by hand:
13 March 2026 is a Friday, 14 a Saturday, 16 and 23 are Mondays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from desktop.contacts import responses, tasks
from desktop.contacts.responses import AssignedBecause, NotRecordable
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    CampaignStatus,
    DossierItem,
    DossierItemType,
    Employee,
    FollowUpRule,
    Organisation,
    Person,
    Response,
    ResponseType,
    Task,
)

FRIDAY = dt.date(2026, 3, 13)
SATURDAY = dt.date(2026, 3, 14)
MONDAY = dt.date(2026, 3, 16)
NEXT_FRIDAY = dt.date(2026, 3, 20)
NEXT_MONDAY = dt.date(2026, 3, 23)
UTC = dt.UTC


@dataclass(frozen=True)
class World:
    rita: int  # the recording clerk
    otto: int  # campaign owner
    paula: int  # account manager of the person "managed"
    olga: int  # account manager of the organisation
    nina: int  # the colleague a rule names
    campaign: int
    other_campaign: int
    invitation: int
    reminder: int
    yes: int
    no: int
    hidden: int  # inactive response type
    foreign: int  # a response type of the other campaign
    managed: int  # person with own account manager, at the organisation
    at_org: int  # person without account manager, at the organisation
    alone: int  # person with neither
    items: dict[str, int]  # (person key) -> the invitation item; plus "reminder", "note"


def build(db: Database) -> World:
    with db.session() as session:
        staff = {code: Employee(code=code, first_name=first, last_name=last) for code, first, last in [
            ("RI", "Rita", "Recorder"), ("OT", "Otto", "Owner"), ("PA", "Paula", "Pflege"),
            ("OL", "Olga", "Org"), ("NI", "Nina", "Named")]}
        session.add_all(staff.values())
        session.flush()
        org = Organisation(code="ACME", name="Acme GmbH", account_manager_id=staff["OL"].id)
        letter = DossierItemType(code="AUSG", name="Ausgangspost")
        campaign = Campaign(number="2026-001", name="Messe", status=CampaignStatus.ACTIVE, owner_id=staff["OT"].id)
        invitation = CampaignAction(sequence=1, name="Einladung")
        reminder = CampaignAction(sequence=2, name="Erinnerung")
        campaign.actions.extend([invitation, reminder])
        other = Campaign(number="2026-002", name="Andere")
        session.add_all([org, letter, campaign, other])
        session.flush()
        yes = ResponseType(campaign_id=campaign.id, name="Zusage", sort_order=1)
        no = ResponseType(campaign_id=campaign.id, name="Absage", sort_order=0)
        hidden = ResponseType(campaign_id=campaign.id, name="Alt", sort_order=2, active=False)
        foreign = ResponseType(campaign_id=other.id, name="Zusage", sort_order=1)
        managed = Person(code="1", first_name="Mia", last_name="Managed", organisation_id=org.id,
                         account_manager_id=staff["PA"].id)
        at_org = Person(code="2", first_name="Olaf", last_name="Orga", organisation_id=org.id)
        alone = Person(code="3", first_name="Ali", last_name="Allein")
        session.add_all([yes, no, hidden, foreign, managed, at_org, alone])
        session.flush()
        session.add_all([
            # For "Zusage" on the invitation: the documents (account manager, 1 working day) and
            # a call by Nina (7 calendar days).
            FollowUpRule(action_id=invitation.id, response_type_id=yes.id, subject="Unterlagen schicken",
                         assignee_id=None, due_in_days=1, working_days=True),
            FollowUpRule(action_id=invitation.id, response_type_id=yes.id, subject="Anrufen",
                         assignee_id=staff["NI"].id, due_in_days=7, working_days=False),
            # Rules of another response type and of another action must not fire.
            FollowUpRule(action_id=invitation.id, response_type_id=no.id, subject="Gründe erfragen",
                         assignee_id=staff["NI"].id, due_in_days=2, working_days=True),
            FollowUpRule(action_id=reminder.id, response_type_id=yes.id, subject="Erinnerung nachfassen",
                         assignee_id=staff["NI"].id, due_in_days=2, working_days=True),
        ])
        items = {}
        for key, person in [("managed", managed), ("at_org", at_org), ("alone", alone)]:
            item = DossierItem(person_id=person.id, campaign_id=campaign.id, action_id=invitation.id,
                               type_id=letter.id, subject="Einladung zur Messe",
                               created_at=dt.datetime(2026, 3, 1, tzinfo=UTC))
            session.add(item)
            session.flush()
            items[key] = item.id
        later = DossierItem(person_id=managed.id, campaign_id=campaign.id, action_id=reminder.id, type_id=letter.id,
                            subject="Nicht vergessen", created_at=dt.datetime(2026, 3, 8, tzinfo=UTC))
        note = DossierItem(person_id=managed.id, type_id=letter.id, subject="Notiz")
        session.add_all([later, note])
        session.flush()
        items["reminder"], items["note"] = later.id, note.id
        return World(staff["RI"].id, staff["OT"].id, staff["PA"].id, staff["OL"].id, staff["NI"].id, campaign.id,
                     other.id, invitation.id, reminder.id, yes.id, no.id, hidden.id, foreign.id, managed.id,
                     at_org.id, alone.id, items)


def record(db: Database, item_id: int, type_id: int, **options: object) -> responses.Recorded:
    with db.session() as session:
        return responses.record(session, item_id, type_id, **options)


def task_rows(db: Database) -> list[tuple]:
    with db.session() as session:
        return [tuple(row) for row in session.execute(
            select(Task.subject, Task.assignee_id, Task.due, Task.text, Task.person_id, Task.dossier_item_id,
                   Task.campaign_id, Task.response_id, Task.done).order_by(Task.id))]


def item_state(db: Database, item_id: int) -> tuple[bool, dt.datetime | None]:
    with db.session() as session:
        item = session.get(DossierItem, item_id)
        return item.handled, item.handled_at


def test_recording_a_response_stores_it_and_marks_the_item_handled(db: Database) -> None:
    w = build(db)
    before = dt.datetime.now(UTC)
    done = record(db, w.items["alone"], w.no, note="  keine Zeit  ", employee_id=w.rita, today=FRIDAY)
    with db.session() as session:
        response = session.get(Response, done.response_id)
        assert (response.dossier_item_id, response.response_type_id, response.note, response.employee_id) == (
            w.items["alone"], w.no, "keine Zeit", w.rita)
    handled, handled_at = item_state(db, w.items["alone"])
    assert handled is True
    assert handled_at is not None and handled_at >= before - dt.timedelta(seconds=5)
    # The other persons' items are untouched.
    assert item_state(db, w.items["at_org"]) == (False, None)


def test_a_response_can_be_recorded_without_handling_the_item(db: Database) -> None:
    w = build(db)
    done = record(db, w.items["alone"], w.no, employee_id=w.rita, handled=False, today=FRIDAY)
    assert item_state(db, w.items["alone"]) == (False, None)
    with db.session() as session:
        assert session.get(Response, done.response_id) is not None
        target = responses.target(session, w.items["alone"])
    assert target is not None and target.responses == ("Absage",) and target.handled is False


def test_the_rules_of_the_action_and_that_response_type_create_the_tasks(db: Database) -> None:
    w = build(db)
    done = record(db, w.items["managed"], w.yes, note="bringt 3 Kollegen", employee_id=w.rita, today=FRIDAY)
    text = "Zusage: bringt 3 Kollegen"
    common = (w.managed, w.items["managed"], w.campaign, done.response_id, False)
    assert task_rows(db) == [
        ("Unterlagen schicken", w.paula, MONDAY, text, *common),
        ("Anrufen", w.nina, NEXT_FRIDAY, text, *common),
    ]
    assert [(t.subject, t.assignee_id, t.assignee, t.due, t.because) for t in done.tasks] == [
        ("Unterlagen schicken", w.paula, "Paula Pflege", MONDAY, AssignedBecause.ACCOUNT_MANAGER),
        ("Anrufen", w.nina, "Nina Named", NEXT_FRIDAY, AssignedBecause.NAMED),
    ]
    assert [t.id for t in done.tasks] == [row.id for row in _tasks(db)]


def _tasks(db: Database) -> list[Task]:
    with db.session() as session:
        return list(session.scalars(select(Task).order_by(Task.id)))


def test_a_response_without_a_note_gives_the_tasks_the_type_s_name(db: Database) -> None:
    w = build(db)
    record(db, w.items["managed"], w.yes, employee_id=w.rita, today=FRIDAY)
    assert {row[3] for row in task_rows(db)} == {"Zusage"}


def test_due_dates_skip_the_weekend(db: Database) -> None:
    w = build(db)
    done = record(db, w.items["managed"], w.yes, employee_id=w.rita, today=SATURDAY)
    # 1 working day after a Saturday is the Monday; 7 calendar days land on a Saturday -> Monday.
    assert [(t.subject, t.due) for t in done.tasks] == [("Unterlagen schicken", MONDAY), ("Anrufen", NEXT_MONDAY)]


def test_a_rule_of_another_type_or_another_action_creates_nothing(db: Database) -> None:
    w = build(db)
    # "Absage" on the invitation has its own rule; "Zusage" on the reminder too; neither fires the other.
    done = record(db, w.items["managed"], w.no, employee_id=w.rita, today=FRIDAY)
    assert [t.subject for t in done.tasks] == ["Gründe erfragen"]
    done = record(db, w.items["reminder"], w.yes, employee_id=w.rita, today=FRIDAY)
    assert [t.subject for t in done.tasks] == ["Erinnerung nachfassen"]
    assert [row[0] for row in task_rows(db)] == ["Gründe erfragen", "Erinnerung nachfassen"]


def test_an_item_of_the_campaign_without_an_action_creates_no_tasks(db: Database) -> None:
    w = build(db)
    with db.session() as session:
        session.get(DossierItem, w.items["alone"]).action_id = None
    done = record(db, w.items["alone"], w.yes, employee_id=w.rita, today=FRIDAY)
    assert done.tasks == ()
    assert task_rows(db) == []


@pytest.mark.parametrize(
    ("who", "drop_owner", "expected", "because"),
    [
        ("managed", False, "paula", AssignedBecause.ACCOUNT_MANAGER),
        ("at_org", False, "olga", AssignedBecause.ORGANISATION_MANAGER),
        ("alone", False, "otto", AssignedBecause.CAMPAIGN_OWNER),
        ("alone", True, "rita", AssignedBecause.RECORDER),
    ],
)
def test_a_rule_without_a_colleague_goes_to_the_nearest_responsible(
    db: Database, who: str, drop_owner: bool, expected: str, because: AssignedBecause
) -> None:
    w = build(db)
    if drop_owner:
        with db.session() as session:
            session.get(Campaign, w.campaign).owner_id = None
    done = record(db, w.items[who], w.yes, employee_id=w.rita, today=FRIDAY)
    assert [(t.subject, t.assignee_id, t.because) for t in done.tasks] == [
        ("Unterlagen schicken", getattr(w, expected), because),
        ("Anrufen", w.nina, AssignedBecause.NAMED),
    ]


def test_with_nobody_to_give_it_to_the_task_is_left_out(db: Database) -> None:
    w = build(db)
    with db.session() as session:
        session.get(Campaign, w.campaign).owner_id = None
    done = record(db, w.items["alone"], w.yes, employee_id=None, today=FRIDAY)
    assert [t.subject for t in done.tasks] == ["Anrufen"]
    assert [row[0] for row in task_rows(db)] == ["Anrufen"]


def test_a_response_type_of_another_campaign_is_refused(db: Database) -> None:
    w = build(db)
    with pytest.raises(NotRecordable, match="response_type"):
        record(db, w.items["managed"], w.foreign, employee_id=w.rita, today=FRIDAY)
    with pytest.raises(NotRecordable, match="response_type"):
        record(db, w.items["managed"], w.foreign + 1000, employee_id=w.rita, today=FRIDAY)
    # Nothing was written and the item is still open.
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Response)) == 0
    assert item_state(db, w.items["managed"]) == (False, None)
    assert task_rows(db) == []


def test_an_item_of_no_campaign_or_a_missing_item_is_refused(db: Database) -> None:
    w = build(db)
    with pytest.raises(NotRecordable, match="item"):
        record(db, w.items["note"], w.yes, employee_id=w.rita, today=FRIDAY)
    with pytest.raises(NotRecordable, match="item"):
        record(db, w.items["note"] + 1000, w.yes, employee_id=w.rita, today=FRIDAY)


def test_taking_a_response_back_removes_it_and_its_open_tasks_but_keeps_done_ones(db: Database) -> None:
    w = build(db)
    done = record(db, w.items["managed"], w.yes, employee_id=w.rita, today=FRIDAY)
    keep = record(db, w.items["at_org"], w.yes, employee_id=w.rita, today=FRIDAY)
    documents, call = done.tasks
    with db.session() as session:
        row = session.get(Task, documents.id)
        tasks.set_done(session, row.id, row.row_version)
    with db.session() as session:
        assert responses.take_back(session, done.response_id) == 1
    with db.session() as session:
        assert session.get(Response, done.response_id) is None
        assert session.get(Task, call.id) is None
        kept = session.get(Task, documents.id)
        assert (kept.subject, kept.done, kept.person_id) == ("Unterlagen schicken", True, w.managed)
        # The other person's response and tasks are untouched.
        assert session.get(Response, keep.response_id) is not None
        assert len(session.scalars(select(Task).where(Task.response_id == keep.response_id)).all()) == 2
        # Taking back what is gone already does nothing.
        assert responses.take_back(session, done.response_id) == 0


def test_the_recordable_types_are_the_campaign_s_active_ones_in_their_order(db: Database) -> None:
    w = build(db)
    with db.session() as session:
        assert responses.response_types(session, w.campaign) == [(w.no, "Absage"), (w.yes, "Zusage")]
        assert responses.response_types(session, w.other_campaign) == [(w.foreign, "Zusage")]


def test_the_person_s_targets_newest_first_with_what_was_answered(db: Database) -> None:
    w = build(db)
    record(db, w.items["managed"], w.no, employee_id=w.rita, handled=False, today=FRIDAY)
    record(db, w.items["managed"], w.yes, employee_id=w.rita, today=FRIDAY)
    with db.session() as session:
        found = responses.targets_of_person(session, w.managed)
        assert responses.targets_of_person(session, w.managed, w.other_campaign) == []
    # The note belongs to no campaign: it is no target.
    assert [(t.item_id, t.action, t.handled, t.responses) for t in found] == [
        (w.items["reminder"], "Erinnerung", False, ()),
        (w.items["managed"], "Einladung", True, ("Absage", "Zusage")),
    ]
    assert (found[1].person, found[1].person_code, found[1].campaign) == ("Mia Managed", "1", "2026-001 Messe")


def test_an_item_can_be_marked_open_again(db: Database) -> None:
    w = build(db)
    record(db, w.items["alone"], w.no, employee_id=w.rita, today=FRIDAY)
    with db.session() as session:
        responses.set_handled(session, w.items["alone"], False)
    assert item_state(db, w.items["alone"]) == (False, None)
    with db.session() as session, pytest.raises(NotRecordable):
        responses.set_handled(session, w.items["alone"] + 1000, True)
