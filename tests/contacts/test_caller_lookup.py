"""Who is calling: a phone number, however written, finds the person it belongs to.

The clerk types (or the telephone system hands over) a number; the persons it belongs to
are offered with what of theirs is still open in campaigns. Each step runs in its own
transaction, as the window does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from desktop.contacts import caller
from desktop.contacts.caller import MatchedBy
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    CampaignStatus,
    DossierItem,
    DossierItemType,
    Organisation,
    Person,
)

UTC = dt.UTC


@dataclass(frozen=True)
class People:
    acme: int
    anna: int  # own phone +49 221 1234567, at Acme
    bert: int  # mobile 0171 2345678, at Acme
    jan: int  # Dutch, phone 020 123 4567
    zora: int  # at Acme, her own phone is the switchboard number
    carla: int  # no organisation, an unrelated number


def add_people(db: Database) -> People:
    with db.session() as session:
        acme = Organisation(code="ACME", name="Acme GmbH", city="Köln", country="DE", phone="0221 9876543")
        session.add(acme)
        session.flush()
        anna = Person(code="000042", first_name="Anna", last_name="Schmidt", city="Köln", country="DE",
                      phone="+49 221 1234567", organisation_id=acme.id)
        bert = Person(code="000043", first_name="Bert", last_name="Bauer", city="Köln", country="DE",
                      mobile="0171 2345678", organisation_id=acme.id)
        jan = Person(code="000100", first_name="Jan", last_name="Vries", name_prefix="de", city="Amsterdam",
                     country="NL", phone="020 123 4567")
        zora = Person(code="000200", first_name="Zora", last_name="Zimmer", city="Köln", country="DE",
                      phone="0221/98765-43", organisation_id=acme.id)
        carla = Person(code="000300", first_name="Carla", last_name="Meier", city="Bonn", country="DE",
                       phone="0228 555555")
        session.add_all([anna, bert, jan, zora, carla])
        session.flush()
        return People(acme.id, anna.id, bert.id, jan.id, zora.id, carla.id)


def callers(db: Database, number: str, region: str = "DE") -> list[caller.CallerMatch]:
    with db.session() as session:
        return caller.find_callers(session, number, region)


def found(db: Database, text: str, region: str = "DE") -> list[tuple[int, MatchedBy]]:
    with db.session() as session:
        return [(m.person_id, m.matched_by) for m in caller.find_contact(session, text, region)]


@pytest.mark.parametrize(
    "written", ["+49 221 1234567", "0049 221 1234567", "0221/123-4567", "(0221) 123 45 67", "02211234567"]
)
def test_every_way_of_writing_a_cologne_number_finds_the_same_person(db: Database, written: str) -> None:
    people = add_people(db)
    matches = callers(db, written)
    assert [(m.person_id, m.matched_by) for m in matches] == [(people.anna, MatchedBy.PHONE)]
    match = matches[0]
    # The number as it is written in the record, not as the caller's system sent it.
    assert (match.code, match.name, match.organisation, match.city, match.number) == (
        "000042", "Anna Schmidt", "Acme GmbH", "Köln", "+49 221 1234567")


@pytest.mark.parametrize("written", ["+31 20 1234567", "0031201234567", "+31201234567"])
def test_a_dutch_number_is_found_from_a_german_office(db: Database, written: str) -> None:
    people = add_people(db)
    matches = callers(db, written, "DE")
    assert [(m.person_id, m.matched_by, m.number) for m in matches] == [
        (people.jan, MatchedBy.PHONE, "020 123 4567")]
    assert matches[0].name == "Jan de Vries"


def test_a_dutch_office_reads_a_number_without_country_code_as_dutch(db: Database) -> None:
    people = add_people(db)
    assert [m.person_id for m in callers(db, "020-1234567", "NL")] == [people.jan]
    # The same digits read in Germany are a German number nobody has.
    assert callers(db, "020-1234567", "DE") == []


def test_a_mobile_number_is_matched_as_mobile(db: Database) -> None:
    people = add_people(db)
    for written in ("+49 171 2345678", "0171/2345678", "0049 171 234 56 78"):
        matches = callers(db, written)
        assert [(m.person_id, m.matched_by, m.number) for m in matches] == [
            (people.bert, MatchedBy.MOBILE, "0171 2345678")], written


def test_the_switchboard_offers_the_organisation_s_persons_own_numbers_first(db: Database) -> None:
    people = add_people(db)
    with db.session() as session:
        # A deceased colleague is not offered for the switchboard.
        session.add(Person(code="000400", first_name="Dora", last_name="Adler", country="DE",
                           organisation_id=people.acme, deceased=True))
    matches = callers(db, "+49 221 98765 43")
    # Zora's own phone is the switchboard: she comes first, then the others by name (Bauer, Schmidt).
    assert [(m.person_id, m.matched_by) for m in matches] == [
        (people.zora, MatchedBy.PHONE),
        (people.bert, MatchedBy.ORGANISATION),
        (people.anna, MatchedBy.ORGANISATION),
    ]
    assert [m.organisation for m in matches] == ["Acme GmbH"] * 3
    assert matches[1].number == "0221 9876543"


@pytest.mark.parametrize("text", ["abc", "", "   ", "+", "12"])
def test_text_that_is_no_phone_number_finds_nobody(db: Database, text: str) -> None:
    add_people(db)
    assert callers(db, text) == []


def test_an_unknown_number_finds_nobody(db: Database) -> None:
    add_people(db)
    assert callers(db, "0221 7777777") == []


def test_after_a_phone_number_is_edited_the_old_one_no_longer_finds_the_person(db: Database) -> None:
    people = add_people(db)
    with db.session() as session:
        session.get(Person, people.anna).phone = "0221 / 4444 555"
    assert callers(db, "+49 221 1234567") == []
    assert [m.person_id for m in callers(db, "+492214444555")] == [people.anna]
    # The mobile too, and a number taken away finds nobody any more.
    with db.session() as session:
        bert = session.get(Person, people.bert)
        bert.mobile = ""
    assert callers(db, "0171 2345678") == []


def test_moving_a_person_to_the_netherlands_reads_their_number_as_dutch(db: Database) -> None:
    people = add_people(db)
    with db.session() as session:
        session.get(Person, people.carla).country = "NL"
    assert callers(db, "0228 555555") == []
    assert [m.person_id for m in callers(db, "+31 228 555555")] == [people.carla]


def test_an_organisation_s_new_switchboard_number_is_found(db: Database) -> None:
    people = add_people(db)
    with db.session() as session:
        session.get(Organisation, people.acme).phone = "0221 111222"
    # Only Zora's own, unchanged number is left of the old switchboard.
    assert [(m.person_id, m.matched_by) for m in callers(db, "0221 9876543")] == [(people.zora, MatchedBy.PHONE)]
    assert {m.person_id for m in callers(db, "+49 221 111222")} == {people.anna, people.bert, people.zora}


# -- the "find contact" field: a number, else a code or name ----------------------------------


def test_a_digits_only_code_falls_back_to_the_code_search(db: Database) -> None:
    people = add_people(db)
    assert found(db, "000042") == [(people.anna, MatchedBy.NAME)]


def test_a_phone_number_in_the_find_field_finds_by_number(db: Database) -> None:
    people = add_people(db)
    assert found(db, "0221 123 45 67") == [(people.anna, MatchedBy.PHONE)]


def test_name_words_are_found_in_any_case_and_order(db: Database) -> None:
    people = add_people(db)
    assert found(db, "schmidt ANNA") == [(people.anna, MatchedBy.NAME)]
    assert found(db, "anna   SCHMIDT") == [(people.anna, MatchedBy.NAME)]
    # Words of the organisation and the city count as well; by name (Bauer before Schmidt).
    assert found(db, "acme") == [(people.bert, MatchedBy.NAME), (people.anna, MatchedBy.NAME),
                                 (people.zora, MatchedBy.NAME)]
    assert found(db, "bonn") == [(people.carla, MatchedBy.NAME)]
    assert found(db, "schmidt bonn") == []
    assert found(db, "") == []


def test_percent_and_underscore_are_searched_for_literally(db: Database) -> None:
    add_people(db)
    assert found(db, "%") == []
    assert found(db, "_") == []


def test_a_name_beginning_with_an_umlaut_is_found_in_lower_case(db: Database) -> None:
    with db.session() as session:
        person = Person(code="000500", first_name="Ömer", last_name="Özdemir", country="DE")
        session.add(person)
        session.flush()
        person_id = person.id
    bug = (
        "BUG desktop.contacts.caller.find_by_name: compares with SQL lower(), which does not lower "
        "'Ö' on SQLite (A-Z only), so 'Özdemir' is not found even when typed exactly as stored "
        "(Python lowers the word to 'özdemir', SQLite keeps the column's 'Ö'); "
        "desktop.db.folding.folded_match is what the other searches use")
    assert found(db, "Özdemir") == [(person_id, MatchedBy.NAME)], bug
    assert found(db, "özdemir") == [(person_id, MatchedBy.NAME)], bug
    assert found(db, "ÖZDEMIR") == [(person_id, MatchedBy.NAME)], bug


# -- what is open for the caller ----------------------------------------------------------------


def test_open_items_are_those_of_running_campaigns_and_unhandled_ones(db: Database) -> None:
    people = add_people(db)
    with db.session() as session:
        letter = DossierItemType(code="AUSG", name="Ausgangspost")
        session.add(letter)
        campaigns = {}
        for number, status in [("2026-001", CampaignStatus.PLANNED), ("2026-002", CampaignStatus.ACTIVE),
                               ("2025-009", CampaignStatus.FINISHED), ("2025-010", CampaignStatus.CANCELLED)]:
            campaign = Campaign(number=number, name=f"Messe {number[-1]}", status=status)
            campaign.actions.append(CampaignAction(sequence=1, name="Einladung"))
            session.add(campaign)
            campaigns[number] = campaign
        session.flush()

        def item(number: str, handled: bool, day: int, with_action: bool = True) -> int:
            campaign = campaigns[number]
            row = DossierItem(person_id=people.anna, campaign_id=campaign.id, type_id=letter.id,
                              action_id=campaign.actions[0].id if with_action else None, handled=handled,
                              created_at=dt.datetime(2026, 3, day, 9, tzinfo=UTC))
            session.add(row)
            session.flush()
            return row.id

        planned_handled = item("2026-001", True, 1)
        active_open = item("2026-002", False, 2)
        finished_handled = item("2025-009", True, 3)
        finished_open = item("2025-009", False, 4, with_action=False)
        cancelled_handled = item("2025-010", True, 5)
        # An item of no campaign (a note) is never a campaign item.
        session.add(DossierItem(person_id=people.anna, type_id=letter.id, handled=False,
                                created_at=dt.datetime(2026, 3, 6, tzinfo=UTC)))
    assert finished_handled and cancelled_handled
    with db.session() as session:
        items = caller.open_items(session, [people.anna, people.bert])
    assert items == {
        people.anna: [
            (finished_open, "2025-009 Messe 9"),
            (active_open, "2026-002 Messe 2 – Einladung"),
            (planned_handled, "2026-001 Messe 1 – Einladung"),
        ]
    }
    assert [m.open_items for m in callers(db, "0221 1234567")] == [tuple(items[people.anna])]
    with db.session() as session:
        assert caller.open_items(session, []) == {}


@pytest.mark.parametrize(("language", "configured", "expected"),
                         [("de", "", "DE"), ("nl", "", "NL"), ("en", "", "DE"), ("de", " at ", "AT")])
def test_the_office_region(language: str, configured: str, expected: str) -> None:
    assert caller.office_region(language, configured) == expected
