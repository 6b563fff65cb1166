"""An interested person added on the spot: duplicates first, then into a campaign action.

Every step runs in its own transaction, as the window does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from desktop.campaigns.persons import NewPerson
from desktop.contacts import adhoc
from desktop.contacts.adhoc import Joined, Reason
from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    CampaignStatus,
    Channel,
    DossierItem,
    DossierItemType,
    Employee,
    MemberOrigin,
    Person,
    Salutation,
)

UTC = dt.UTC

BLANK = NewPerson(salutation=Salutation.NEUTRAL, title="", first_name="", last_name="", street="", postcode="",
                  city="", country="DE", email="", mobile="", phone="")


@dataclass(frozen=True)
class Known:
    mueller: int
    schmidt: int
    de_vries: int
    quiet: int  # asked for no letters
    maria: int
    clerk: int
    planned: int  # letter action, not generated yet
    sent: int  # letter action, generated, with a dossier item type and a sender
    sent_untyped: int  # e-mail action, generated, without dossier item type
    finished: int  # action of a finished campaign
    letter_type: int
    note_type: int


def build(db: Database) -> Known:
    with db.session() as session:
        maria = Employee(code="MM", first_name="Maria", last_name="Meier")
        clerk = Employee(code="CL", first_name="Carl", last_name="Clerk")
        note_type = DossierItemType(code="NOTIZ", name="Notiz")  # the first type: the default
        letter_type = DossierItemType(code="AUSG", name="Ausgangspost")
        session.add_all([maria, clerk, note_type, letter_type])
        session.flush()
        address = {"street": "Domplatz 1", "postcode": "50667", "city": "Köln", "country": "DE"}
        mueller = Person(code="000041", first_name="Hans", last_name="Müller", email="Hans.Mueller@Example.org",
                         phone="0221 1234567", **address)
        schmidt = Person(code="000099", first_name="Eva", last_name="Schmidt", email="eva@example.org",
                         mobile="0171 2345678", **address)
        de_vries = Person(code="ABC", first_name="Jan", name_prefix="de", last_name="Vries", street="Dam 1",
                          postcode="1012 JS", city="Amsterdam", country="NL", phone="020 123 4567")
        quiet = Person(code="000050", first_name="Quirin", last_name="Quiet", no_letter=True, **address)
        campaign = Campaign(number="2026-003", name="Messe", status=CampaignStatus.ACTIVE, owner_id=maria.id)
        planned = CampaignAction(sequence=1, name="Einladung", channel=Channel.LETTER, subject="Einladung zur Messe")
        sent = CampaignAction(sequence=2, name="Vorankündigung", channel=Channel.LETTER, subject="Bald ist Messe",
                              dossier_item_type_id=letter_type.id, sender_id=maria.id,
                              generated_at=dt.datetime(2026, 3, 1, tzinfo=UTC))
        sent_untyped = CampaignAction(sequence=3, name="Newsletter", channel=Channel.EMAIL,
                                      generated_at=dt.datetime(2026, 3, 2, tzinfo=UTC))
        campaign.actions.extend([planned, sent, sent_untyped])
        old = Campaign(number="2025-001", name="Alt", status=CampaignStatus.FINISHED)
        finished = CampaignAction(sequence=1, name="Brief", channel=Channel.LETTER)
        old.actions.append(finished)
        session.add_all([mueller, schmidt, de_vries, quiet, campaign, old])
        session.flush()
        return Known(mueller.id, schmidt.id, de_vries.id, quiet.id, maria.id, clerk.id, planned.id, sent.id,
                     sent_untyped.id, finished.id, letter_type.id, note_type.id)


def dupes(db: Database, **values: str) -> list[tuple[int, tuple[Reason, ...]]]:
    with db.session() as session:
        return [(d.person_id, d.reasons) for d in adhoc.duplicates(session, replace(BLANK, **values))]


@pytest.mark.parametrize(
    ("last_name", "postcode"),
    [("Müller", "50667"), ("müller", "50 667"), ("MÜLLER", " 50667 "), ("Muller", "50667"), ("  müller ", "5 0 6 6 7")],
)
def test_the_same_last_name_at_the_same_postcode_is_a_duplicate(db: Database, last_name: str, postcode: str) -> None:
    k = build(db)
    assert dupes(db, first_name="Johann", last_name=last_name, postcode=postcode) == [
        (k.mueller, (Reason.NAME_AND_POSTCODE,))]


def test_a_dutch_postcode_matches_with_or_without_its_space_and_in_any_case(db: Database) -> None:
    k = build(db)
    assert dupes(db, last_name="vries", postcode="1012js", country="NL") == [(k.de_vries, (Reason.NAME_AND_POSTCODE,))]


def test_the_same_e_mail_address_in_another_case_is_a_duplicate(db: Database) -> None:
    k = build(db)
    assert dupes(db, last_name="Anders", email=" hans.mueller@example.ORG ") == [(k.mueller, (Reason.EMAIL,))]


@pytest.mark.parametrize(
    "values",
    [{"phone": "+49 221 123 45 67"}, {"phone": "0049 (221) 1234567"}, {"mobile": "0221/123-4567"}],
    ids=["phone-international", "phone-0049", "given-as-mobile"],
)
def test_the_same_phone_number_in_another_notation_is_a_duplicate(db: Database, values: dict[str, str]) -> None:
    k = build(db)
    assert dupes(db, last_name="Anders", **values) == [(k.mueller, (Reason.PHONE,))]


def test_a_mobile_number_and_a_dutch_number_from_a_dutch_entry(db: Database) -> None:
    k = build(db)
    assert dupes(db, last_name="X", phone="+49 171 2345678") == [(k.schmidt, (Reason.PHONE,))]
    assert dupes(db, last_name="X", country="NL", mobile="020-1234567") == [(k.de_vries, (Reason.PHONE,))]


def test_the_person_matching_for_more_reasons_comes_first(db: Database) -> None:
    k = build(db)
    found = dupes(db, last_name="Müller", postcode="50667", email="eva@example.org", phone="0221 1234567")
    assert found == [
        (k.mueller, (Reason.NAME_AND_POSTCODE, Reason.PHONE)),
        (k.schmidt, (Reason.EMAIL,)),
    ]


@pytest.mark.parametrize(
    "values",
    [
        {"last_name": "Müller", "postcode": "10115", "email": "h.mueller@example.com", "phone": "030 1234567"},
        {"last_name": "Müllers", "postcode": "50667"},
        {"last_name": "Mül", "postcode": "50667"},
        {"last_name": "Müller"},  # no postcode: a name alone is no reason
        {"last_name": "", "postcode": "50667"},
        {"last_name": "Neu", "phone": "abc", "email": "  "},
    ],
)
def test_a_different_person_is_no_duplicate(db: Database, values: dict[str, str]) -> None:
    build(db)
    assert dupes(db, **values) == []


def test_the_duplicate_shows_what_the_clerk_compares(db: Database) -> None:
    k = build(db)
    with db.session() as session:
        (found,) = adhoc.duplicates(session, replace(BLANK, last_name="müller", postcode="50667"))
    assert (found.person_id, found.code, found.name, found.postcode, found.city, found.email) == (
        k.mueller, "000041", "Hans Müller", "50667", "Köln", "Hans.Mueller@Example.org")


# -- into an action -----------------------------------------------------------------------------------


def join(db: Database, person_id: int, action_id: int, employee_id: int | None = None) -> adhoc.JoinResult:
    with db.session() as session:
        return adhoc.join_action(session, person_id, action_id, employee_id)


def membership(db: Database, action_id: int, person_id: int) -> tuple | None:
    with db.session() as session:
        row = session.execute(
            select(ActionMember.origin, ActionMember.linked, ActionMember.exclusion_reason)
            .where(ActionMember.action_id == action_id, ActionMember.person_id == person_id)
        ).first()
        return tuple(row) if row else None


def items_of(db: Database, person_id: int) -> list[tuple]:
    with db.session() as session:
        return [tuple(r) for r in session.execute(
            select(DossierItem.id, DossierItem.campaign_id, DossierItem.action_id, DossierItem.type_id,
                   DossierItem.subject, DossierItem.handled, DossierItem.employee_id)
            .where(DossierItem.person_id == person_id).order_by(DossierItem.id))]


def campaign_of(db: Database, action_id: int) -> int:
    with db.session() as session:
        return session.get(CampaignAction, action_id).campaign_id


def test_joining_an_action_not_yet_generated_only_makes_a_member(db: Database) -> None:
    k = build(db)
    assert join(db, k.mueller, k.planned, k.clerk) == adhoc.JoinResult(Joined.ADDED, None, "")
    assert membership(db, k.planned, k.mueller) == (MemberOrigin.MANUAL, True, "")
    assert items_of(db, k.mueller) == []


def test_joining_a_generated_action_also_gives_the_open_dossier_item(db: Database) -> None:
    k = build(db)
    result = join(db, k.mueller, k.sent, k.clerk)
    assert result.outcome is Joined.ADDED_WITH_ITEM
    assert membership(db, k.sent, k.mueller) == (MemberOrigin.MANUAL, True, "")
    assert items_of(db, k.mueller) == [
        (result.item_id, campaign_of(db, k.sent), k.sent, k.letter_type, "Bald ist Messe", False, k.clerk)]


def test_without_a_clerk_the_item_is_the_sender_s_and_without_a_type_it_gets_the_first_type(db: Database) -> None:
    k = build(db)
    assert join(db, k.mueller, k.sent).outcome is Joined.ADDED_WITH_ITEM
    result = join(db, k.mueller, k.sent_untyped)
    assert result.outcome is Joined.ADDED_WITH_ITEM
    # No sender either: the campaign owner; no subject: the action's name.
    assert [row[2:] for row in items_of(db, k.mueller)] == [
        (k.sent, k.letter_type, "Bald ist Messe", False, k.maria),
        (k.sent_untyped, k.note_type, "Newsletter", False, k.maria),
    ]


def test_joining_twice_says_already_a_member_and_adds_nothing(db: Database) -> None:
    k = build(db)
    first = join(db, k.mueller, k.sent, k.clerk)
    again = join(db, k.mueller, k.sent, k.clerk)
    assert again == adhoc.JoinResult(Joined.ALREADY_MEMBER, first.item_id, "")
    assert len(items_of(db, k.mueller)) == 1
    assert join(db, k.mueller, k.planned) == adhoc.JoinResult(Joined.ADDED)
    assert join(db, k.mueller, k.planned) == adhoc.JoinResult(Joined.ALREADY_MEMBER, None, "")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ActionMember)
                              .where(ActionMember.person_id == k.mueller)) == 2


def test_a_person_who_wants_no_letters_is_excluded_from_a_letter_action(db: Database) -> None:
    k = build(db)
    assert join(db, k.quiet, k.sent, k.clerk) == adhoc.JoinResult(Joined.EXCLUDED, None, "no_letter")
    assert membership(db, k.sent, k.quiet) == (MemberOrigin.MANUAL, False, "no_letter")
    assert items_of(db, k.quiet) == []
    # An e-mail action is another matter: there the missing e-mail address is the reason.
    assert join(db, k.quiet, k.sent_untyped).outcome is Joined.EXCLUDED
    assert membership(db, k.sent_untyped, k.quiet)[2] == "no_email_address"


def test_adding_an_interested_person_creates_them_with_the_next_code_and_joins_them(db: Database) -> None:
    k = build(db)
    new = replace(BLANK, salutation=Salutation.MS, title=" Dr. ", first_name=" Ina ", last_name=" Interessiert ",
                  street="Ring 5", postcode="50668", city="Köln", email="ina@example.org", mobile="0172 9999999")
    with db.session() as session:
        person_id, joined = adhoc.add_interested(session, new, k.sent, k.clerk)
    assert joined is not None and joined.outcome is Joined.ADDED_WITH_ITEM
    with db.session() as session:
        person = session.get(Person, person_id)
        assert (person.code, person.salutation, person.title, person.first_name, person.last_name, person.street,
                person.postcode, person.city, person.email, person.mobile, person.letter_language) == (
            "000100", Salutation.MS, "Dr.", "Ina", "Interessiert", "Ring 5", "50668", "Köln", "ina@example.org",
            "0172 9999999", "de")
        assert person.mobile_key == "+491729999999"
    assert items_of(db, person_id)[0][0] == joined.item_id
    # Without an action the person is only created; the codes keep counting.
    with db.session() as session:
        second, nothing = adhoc.add_interested(session, replace(BLANK, last_name="Zwei", country="NL"), None, None)
    assert nothing is None
    with db.session() as session:
        person = session.get(Person, second)
        assert (person.code, person.letter_language) == ("000101", "nl")
    # The new person is now found as a duplicate of herself.
    assert dupes(db, last_name="interessiert", postcode="50668") == [(person_id, (Reason.NAME_AND_POSTCODE,))]


def test_an_interested_person_needs_a_last_name(db: Database) -> None:
    k = build(db)
    with pytest.raises(ValueError, match="last_name"), db.session() as session:
        adhoc.add_interested(session, replace(BLANK, first_name="Ohne"), k.planned, None)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 4


def test_only_actions_of_running_campaigns_are_offered(db: Database) -> None:
    k = build(db)
    with db.session() as session:
        assert adhoc.open_actions(session) == [
            (k.planned, "2026-003 Messe – Einladung"),
            (k.sent, "2026-003 Messe – Vorankündigung"),
            (k.sent_untyped, "2026-003 Messe – Newsletter"),
        ]
