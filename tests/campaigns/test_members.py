"""Target groups: linking selections (frozen, once), the pilot case, exclusions, linking."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select, update

from desktop.campaigns import members
from desktop.campaigns.members import Exclusion, SelectionAlreadyLinked
from desktop.db import demo
from desktop.db.engine import Database
from desktop.db.models import ActionMember, Campaign, CampaignAction, Channel, MemberOrigin, Person, Selection
from desktop.query import results
from desktop.query.definition import parse

AMSTERDAM = {"where": {"match": "all", "items": [
    {"field": "city", "op": "eq", "value": "Amsterdam"},
    {"field": "campaign_member", "op": "not_exists", "value": 1},
]}}
NETHERLANDS = {"where": {"match": "all", "items": [
    {"field": "country", "op": "eq", "value": "NL"},
    {"field": "campaign_member", "op": "not_exists", "value": 1},
]}}


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.generate(db, persons=800, seed=2)
    return db


def campaign_with_actions(db: Database, *channels: Channel) -> list[int]:
    with db.session() as session:
        campaign = Campaign(number="2026-900", name="Prospects NL")
        session.add(campaign)
        session.flush()
        actions = [CampaignAction(campaign_id=campaign.id, sequence=n, name=f"Action {n}", channel=channel)
                   for n, channel in enumerate(channels, 1)]
        session.add_all(actions)
        session.flush()
        return [a.id for a in actions]


def saved(db: Database, name: str, definition: dict[str, Any]) -> int:
    with db.session() as session:
        selection = Selection(name=name, definition=definition)
        session.add(selection)
        session.flush()
        return selection.id


def member_ids(db: Database, action_id: int, linked: bool | None = None) -> set[int]:
    query = select(ActionMember.person_id).where(ActionMember.action_id == action_id)
    if linked is not None:
        query = query.where(ActionMember.linked == linked)
    with db.engine.connect() as conn:
        return set(conn.execute(query).scalars())


def test_pilot_then_everybody_else(demo_db: Database) -> None:
    """Action 1 on prospects in Amsterdam, action 2 on all of the Netherlands without them."""
    pilot, full = campaign_with_actions(demo_db, Channel.LETTER, Channel.LETTER)
    amsterdam, netherlands = saved(demo_db, "Prospects Amsterdam", AMSTERDAM), saved(demo_db, "Prospects NL", NETHERLANDS)

    first = members.link_selection(demo_db, pilot, amsterdam)
    second = members.link_selection(demo_db, full, netherlands, exclude_used=True)

    in_amsterdam = set(results.matching_ids(demo_db, parse(AMSTERDAM)))
    in_netherlands = set(results.matching_ids(demo_db, parse(NETHERLANDS)))
    assert in_amsterdam and in_amsterdam < in_netherlands
    assert member_ids(demo_db, pilot) == in_amsterdam
    pilot_linked = member_ids(demo_db, pilot, linked=True)
    assert member_ids(demo_db, full) == in_netherlands - pilot_linked
    assert first.found == first.added == len(in_amsterdam)
    assert second.used_before == len(pilot_linked)
    assert second.added == len(in_netherlands) - len(pilot_linked)


def test_a_selection_is_linked_once_and_the_group_stays_as_it_was(demo_db: Database) -> None:
    (action,) = campaign_with_actions(demo_db, Channel.LETTER)
    amsterdam = saved(demo_db, "Prospects Amsterdam", AMSTERDAM)
    members.link_selection(demo_db, action, amsterdam)
    before = member_ids(demo_db, action)

    with pytest.raises(SelectionAlreadyLinked) as refused:
        members.link_selection(demo_db, action, amsterdam)
    assert refused.value.selection_name == "Prospects Amsterdam"

    # A new person in Amsterdam afterwards does not join the frozen group.
    with demo_db.session() as session:
        session.add(Person(code="NEW-1", last_name="Nieuw", city="Amsterdam", country="NL",
                           street="Damrak 1", postcode="1012 LG"))
    assert member_ids(demo_db, action) == before


def test_persons_who_must_not_get_the_channel_are_kept_apart_with_the_reason(db: Database) -> None:
    letter, mail, sms = campaign_with_actions(db, Channel.LETTER, Channel.EMAIL, Channel.SMS)
    address = {"street": "Hauptstr. 1", "postcode": "50667", "city": "Köln"}
    people = {
        "fine": Person(code="1", last_name="Fein", email="fein@example.org", mobile="0170 1", **address),
        "dead": Person(code="2", last_name="Tot", deceased=True, no_letter=True, email="t@example.org", **address),
        "noletter": Person(code="3", last_name="Ohne", no_letter=True, email="o@example.org", **address),
        "noaddress": Person(code="4", last_name="Weg", email="kaputt@", street=""),
        "nomail": Person(code="5", last_name="Still", no_email=True, no_sms=True, email="s@example.org",
                         mobile="0170 5", **address),
    }
    with db.session() as session:
        session.add_all(people.values())
        session.flush()
        ids = {key: person.id for key, person in people.items()}
        for action in (letter, mail, sms):
            members.add_persons(session.connection(), action, ids.values())

    def reasons(action: int) -> dict[str, Exclusion | None]:
        with db.engine.connect() as conn:
            rows = members.member_rows(conn, action)
        by_id = {row.person_id: row for row in rows}
        assert all(not row.linked for row in rows if row.exclusion)
        return {key: by_id[i].exclusion for key, i in ids.items()}

    assert reasons(letter) == {"fine": None, "dead": Exclusion.DECEASED, "noletter": Exclusion.NO_LETTER,
                               "noaddress": Exclusion.NO_ADDRESS, "nomail": None}
    assert reasons(mail) == {"fine": None, "dead": Exclusion.DECEASED, "noletter": None,
                             "noaddress": Exclusion.NO_EMAIL_ADDRESS, "nomail": Exclusion.NO_EMAIL}
    assert reasons(sms) == {"fine": None, "dead": Exclusion.DECEASED, "noletter": Exclusion.NO_MOBILE,
                            "noaddress": Exclusion.NO_MOBILE, "nomail": Exclusion.NO_SMS}
    with db.engine.connect() as conn:
        assert members.summary(conn, letter) == members.Summary(total=5, linked=2, excluded=3)


def test_unlink_and_link_again_but_never_an_excluded_member(db: Database) -> None:
    (action,) = campaign_with_actions(db, Channel.EMAIL)
    with db.session() as session:
        a = Person(code="1", last_name="A", email="a@example.org")
        b = Person(code="2", last_name="B", email="b@example.org")
        c = Person(code="3", last_name="C", email="")
        session.add_all([a, b, c])
        session.flush()
        members.add_persons(session.connection(), action, [a.id, b.id, c.id])
        ids = [a.id, b.id, c.id]
    with db.engine.begin() as conn:
        assert members.set_linked(conn, action, ids, False) == 2
        assert members.set_linked(conn, action, ids, True) == 2  # c has no address: stays out
    assert member_ids(db, action, linked=True) == set(ids[:2])


def test_mass_assignment_marks_members_as_added_by_hand(demo_db: Database) -> None:
    (action,) = campaign_with_actions(demo_db, Channel.DOSSIER_ONLY)
    result = members.add_by_filter(demo_db, action, parse(AMSTERDAM))
    with demo_db.engine.connect() as conn:
        rows = members.member_rows(conn, action)
    assert len(rows) == result.added == result.found > 0
    assert {row.origin for row in rows} == {MemberOrigin.MANUAL}


def test_a_cancelled_link_leaves_the_group_as_it_was(demo_db: Database) -> None:
    (action,) = campaign_with_actions(demo_db, Channel.LETTER)
    amsterdam = saved(demo_db, "Prospects Amsterdam", AMSTERDAM)
    steps: list[int] = []

    def cancel_after_insert() -> bool:
        return len(steps) >= 3

    with pytest.raises(members.Cancelled):
        members.link_selection(demo_db, action, amsterdam, progress=lambda d, _t, _w: steps.append(d),
                               cancel=cancel_after_insert)
    assert member_ids(demo_db, action) == set()
    # … and the selection can then be linked after all.
    assert members.link_selection(demo_db, action, amsterdam).added > 0


def test_taken_over_members_keep_their_state(db: Database) -> None:
    first, second = campaign_with_actions(db, Channel.LETTER, Channel.LETTER)
    with db.session() as session:
        people = [Person(code=str(n), last_name=f"P{n}", street="S 1", postcode="1", city="X") for n in range(3)]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
        members.add_persons(session.connection(), first, ids)
        members.set_linked(session.connection(), first, ids[:1], False)
        members.copy_from_action(session.connection(), first, second)
    assert member_ids(db, second) == set(ids)
    assert member_ids(db, second, linked=True) == set(ids[1:])
    with db.engine.begin() as conn:
        conn.execute(update(ActionMember).where(ActionMember.action_id == first).values(linked=True))
        assert conn.execute(select(func.count()).where(ActionMember.action_id == second,
                                                       ActionMember.linked)).scalar_one() == 2


def test_taking_over_does_not_unlink_persons_who_were_in_the_group_before(db: Database) -> None:
    first, second = campaign_with_actions(db, Channel.LETTER, Channel.LETTER)
    with db.session() as session:
        person = Person(code="1", last_name="P", street="S 1", postcode="1", city="X")
        session.add(person)
        session.flush()
        members.add_persons(session.connection(), first, [person.id])
        members.set_linked(session.connection(), first, [person.id], False)
        members.add_persons(session.connection(), second, [person.id])
        members.copy_from_action(session.connection(), first, second)
    assert member_ids(db, second, linked=True) == {person.id}


def test_a_new_channel_judges_the_group_again(db: Database) -> None:
    (action,) = campaign_with_actions(db, Channel.LETTER)
    with db.session() as session:
        mail_only = Person(code="1", last_name="Mail", email="m@example.org")
        letter_only = Person(code="2", last_name="Post", street="S 1", postcode="1", city="X")
        session.add_all([mail_only, letter_only])
        session.flush()
        members.add_persons(session.connection(), action, [mail_only.id, letter_only.id])
    assert member_ids(db, action, linked=True) == {letter_only.id}
    with db.engine.begin() as conn:
        conn.execute(update(CampaignAction).where(CampaignAction.id == action).values(channel=Channel.EMAIL.value))
        assert members.recheck(conn, action) == 1
    assert member_ids(db, action, linked=True) == {mail_only.id}
