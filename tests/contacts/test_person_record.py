"""A person's master data as the contact window edits it: load, save, conflicts, mistakes.

Every step runs in its own transaction, as the window does; two clerks are two sessions.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from desktop.contacts import person_record
from desktop.contacts.person_record import EDITABLE, InvalidPerson, PersonData, Problem
from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import Employee, Organisation, Person, Salutation


@dataclass(frozen=True)
class Ids:
    person: int
    other: int
    acme: int
    beta: int
    maria: int
    paul: int
    gone: int


def build(db: Database) -> Ids:
    with db.session() as session:
        maria = Employee(code="MM", first_name="Maria", last_name="Meier")
        paul = Employee(code="PP", first_name="Paul", last_name="Partner")
        gone = Employee(code="GG", first_name="Gerd", last_name="Gegangen", active=False)
        acme = Organisation(code="ACME", name="Acme GmbH", city="Köln")
        beta = Organisation(code="BETA", name="Beta BV", city="")
        session.add_all([maria, paul, gone, acme, beta])
        session.flush()
        person = Person(code="000001", salutation=Salutation.MS, first_name="Anna", last_name="Schmidt",
                        organisation_id=acme.id, street="Domplatz 1", postcode="50667", city="Köln", country="DE",
                        phone="0221 1234567", account_manager_id=maria.id)
        other = Person(code="000002", first_name="Bert", last_name="Bauer")
        session.add_all([person, other])
        session.flush()
        return Ids(person.id, other.id, acme.id, beta.id, maria.id, paul.id, gone.id)


def load(db: Database, person_id: int) -> PersonData | None:
    with db.session() as session:
        return person_record.load(session, person_id)


def save(db: Database, data: PersonData, overwrite: bool = False) -> PersonData:
    with db.session() as session:
        return person_record.save(session, data, overwrite)


def test_loading_shows_the_stored_master_data(db: Database) -> None:
    ids = build(db)
    data = load(db, ids.person)
    assert data is not None
    assert (data.id, data.code, data.salutation, data.first_name, data.last_name, data.organisation_id, data.street,
            data.postcode, data.city, data.country, data.phone, data.account_manager_id, data.no_letter,
            data.row_version) == (ids.person, "000001", Salutation.MS, "Anna", "Schmidt", ids.acme, "Domplatz 1",
                                  "50667", "Köln", "DE", "0221 1234567", ids.maria, False, 1)
    assert data.updated_at is not None
    assert load(db, ids.person + 1000) is None


def edited(data: PersonData, ids: Ids) -> tuple[PersonData, dict[str, object]]:
    """Every editable field changed, text with stray spaces; and what must be stored."""
    typed = {
        "code": " 000777 ", "salutation": Salutation.MR, "title": " Dr. ", "first_name": " Jan ",
        "name_prefix": " van der ", "last_name": " Berg ", "organisation_id": ids.beta, "function": " Einkauf ",
        "department": " Zentrale ", "street": " Dam 1 ", "postcode": " 1012 JS ", "city": " Amsterdam ",
        "country": "NL", "phone": " 020 123 4567 ", "mobile": " 06 12345678 ", "email": " jan@example.nl ",
        "letter_language": "nl", "no_letter": True, "no_email": True, "no_phone": True, "no_sms": True,
        "deceased": True, "account_manager_id": ids.paul, "notes": "  Messe 2025 besucht.\n  Mag Kaffee.  ",
    }
    assert set(typed) == set(EDITABLE), "the test must change every editable field"
    stored = {k: v.strip() if isinstance(v, str) and k != "notes" else v for k, v in typed.items()}
    return dataclasses.replace(data, **typed), stored


def test_every_editable_field_is_saved_and_loaded_back(db: Database) -> None:
    ids = build(db)
    data, stored = edited(load(db, ids.person), ids)
    saved = save(db, data)
    again = load(db, ids.person)
    assert {name: getattr(again, name) for name in EDITABLE} == stored
    assert {name: getattr(saved, name) for name in EDITABLE} == stored
    assert again.row_version == saved.row_version == 2
    assert again.full_name == "Dr. Jan van der Berg"
    with db.session() as session:
        person = session.get(Person, ids.person)
        # The derived keys follow the new values: Dutch numbers, the new sort order.
        assert (person.phone_key, person.mobile_key, person.sort_key) == ("+31201234567", "+31612345678",
                                                                          "berg\x1fjan")


def test_the_saved_data_keeps_the_salutation_as_a_salutation(db: Database) -> None:
    ids = build(db)
    saved = save(db, dataclasses.replace(load(db, ids.person), salutation=Salutation.MR))
    assert saved.salutation == Salutation.MR
    assert isinstance(saved.salutation, Salutation), (
        "BUG desktop.contacts.person_record.save: strips every str value except notes, and Salutation is a "
        "str enum, so Salutation.MR.strip() stores and returns the plain string 'mr'; the returned PersonData "
        f"has salutation={saved.salutation!r} (saved.salutation.value raises AttributeError)")


def test_saving_twice_in_a_row_with_the_returned_version_works(db: Database) -> None:
    ids = build(db)
    saved = save(db, dataclasses.replace(load(db, ids.person), city="Bonn"))
    saved = save(db, dataclasses.replace(saved, city="Berlin"))
    assert (saved.city, saved.row_version) == ("Berlin", 3)
    assert load(db, ids.person).city == "Berlin"


def test_a_save_over_another_clerk_s_save_is_refused_naming_the_colleague(db: Database) -> None:
    ids = build(db)
    mine = load(db, ids.person)
    with db.session() as session:  # the colleague saves first
        person = session.get(Person, ids.person)
        person.city = "Düsseldorf"
        person.updated_by = "kollegin"
    with pytest.raises(ConcurrentEditError) as info:
        save(db, dataclasses.replace(mine, city="Bonn"))
    assert (info.value.entity, info.value.record_id, info.value.updated_by) == ("person", ids.person, "kollegin")
    assert info.value.updated_at is not None and not info.value.deleted
    assert load(db, ids.person).city == "Düsseldorf"


def test_the_clerk_may_choose_to_overwrite_the_colleague_s_save(db: Database) -> None:
    ids = build(db)
    mine = load(db, ids.person)
    with db.session() as session:
        session.get(Person, ids.person).city = "Düsseldorf"
    saved = save(db, dataclasses.replace(mine, city="Bonn", street="Markt 2"), overwrite=True)
    again = load(db, ids.person)
    assert (again.city, again.street) == ("Bonn", "Markt 2")
    assert saved.row_version == again.row_version == 3


def test_a_person_deleted_meanwhile_cannot_be_saved_even_when_overwriting(db: Database) -> None:
    ids = build(db)
    mine = load(db, ids.person)
    with db.session() as session:
        session.delete(session.get(Person, ids.person))
    for overwrite in (False, True):
        with pytest.raises(ConcurrentEditError) as info:
            save(db, dataclasses.replace(mine, city="Bonn"), overwrite=overwrite)
        assert info.value.deleted


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"last_name": ""}, "last_name", Problem.LAST_NAME_REQUIRED),
        ({"last_name": "   "}, "last_name", Problem.LAST_NAME_REQUIRED),
        ({"code": "  "}, "code", Problem.CODE_REQUIRED),
        ({"code": "000002"}, "code", Problem.CODE_TAKEN),
        ({"code": " 000002 "}, "code", Problem.CODE_TAKEN),
    ],
)
def test_invalid_values_name_the_field_and_nothing_is_written(
    db: Database, change: dict[str, str], field: str, problem: Problem
) -> None:
    ids = build(db)
    mine = load(db, ids.person)
    with pytest.raises(InvalidPerson) as info:
        save(db, dataclasses.replace(mine, city="Bonn", **change))
    assert (info.value.field, info.value.problem) == (field, problem)
    again = load(db, ids.person)
    assert (again.city, again.code, again.last_name, again.row_version) == ("Köln", "000001", "Schmidt", 1)


def test_keeping_one_s_own_code_is_no_conflict(db: Database) -> None:
    ids = build(db)
    saved = save(db, dataclasses.replace(load(db, ids.person), code="000001", first_name="Annette"))
    assert (saved.code, saved.first_name) == ("000001", "Annette")


def test_the_choices_offer_organisations_and_active_employees(db: Database) -> None:
    ids = build(db)
    with db.session() as session:
        assert person_record.organisations(session) == [(ids.acme, "Acme GmbH, Köln"), (ids.beta, "Beta BV")]
        # Cut short, the person's own organisation is still offered.
        assert person_record.organisations(session, current=ids.beta, limit=1) == [
            (ids.acme, "Acme GmbH, Köln"), (ids.beta, "Beta BV")]
        assert person_record.employees(session) == [(ids.maria, "Maria Meier"), (ids.paul, "Paul Partner")]
        assert person_record.employees(session, current=ids.gone) == [
            (ids.gone, "Gerd Gegangen"), (ids.maria, "Maria Meier"), (ids.paul, "Paul Partner")]
        assert session.scalar(select(Employee.active).where(Employee.id == ids.gone)) is False
