"""A person's master data as the contact window edits it, saved with optimistic locking."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.errors import ConcurrentEditError
from desktop.db.locking import locked
from desktop.db.models import Employee, Organisation, Person, Salutation

Choice = tuple[int, str]


class Problem(enum.Enum):
    """What keeps the master data from being saved."""

    LAST_NAME_REQUIRED = "last_name_required"
    CODE_REQUIRED = "code_required"
    CODE_TAKEN = "code_taken"


class InvalidPerson(ValueError):
    """A value must be corrected before saving; ``field`` names the attribute."""

    def __init__(self, field: str, problem: Problem) -> None:
        super().__init__(f"{field}: {problem.value}")
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class PersonData:
    """The editable master data of a person, with the version it was loaded at."""

    id: int
    code: str
    salutation: Salutation
    title: str
    first_name: str
    name_prefix: str
    last_name: str
    organisation_id: int | None
    function: str
    department: str
    street: str
    postcode: str
    city: str
    country: str
    phone: str
    mobile: str
    email: str
    letter_language: str
    no_letter: bool
    no_email: bool
    no_phone: bool
    no_sms: bool
    deceased: bool
    account_manager_id: int | None
    notes: str
    row_version: int
    updated_by: str
    updated_at: dt.datetime | None

    @property
    def full_name(self) -> str:
        parts = [self.title, self.first_name, self.name_prefix, self.last_name]
        return " ".join(p for p in parts if p)


# The attributes a save writes: everything but the key and the version columns.
EDITABLE = tuple(f.name for f in dataclasses.fields(PersonData)
                 if f.name not in {"id", "row_version", "updated_by", "updated_at"})


def _to_data(person: Person) -> PersonData:
    values = {name: getattr(person, name) for name in EDITABLE}
    return PersonData(id=person.id, row_version=person.row_version, updated_by=person.updated_by,
                      updated_at=person.updated_at, **values)


def load(session: Session, person_id: int) -> PersonData | None:
    """The person's master data, or None when the person no longer exists."""
    person = session.get(Person, person_id, populate_existing=True)
    return _to_data(person) if person else None


def _validate(session: Session, data: PersonData) -> None:
    if not data.last_name.strip():
        raise InvalidPerson("last_name", Problem.LAST_NAME_REQUIRED)
    if not data.code.strip():
        raise InvalidPerson("code", Problem.CODE_REQUIRED)
    taken = session.scalar(select(Person.id).where(Person.code == data.code.strip(), Person.id != data.id))
    if taken is not None:
        raise InvalidPerson("code", Problem.CODE_TAKEN)


def save(session: Session, data: PersonData, overwrite: bool = False) -> PersonData:
    """Write the window's values (the caller commits).

    Args:
        data: The values, with the ``row_version`` they were loaded at.
        overwrite: Save even if another clerk saved in between (the clerk chose so).

    Raises:
        InvalidPerson: A value must be corrected first.
        ConcurrentEditError: Another clerk saved or deleted the person meanwhile.
    """
    _validate(session, data)
    person = locked(session, Person, data.id, None if overwrite else data.row_version, "person")
    for name in EDITABLE:
        value = getattr(data, name)
        plain_text = isinstance(value, str) and not isinstance(value, enum.Enum)
        setattr(person, name, value.strip() if plain_text and name != "notes" else value)
    try:
        session.flush()
    except StaleDataError as exc:  # a save slipped in between our read and write
        raise ConcurrentEditError("person", data.id) from exc
    return _to_data(person)


def organisations(session: Session, current: int | None = None, limit: int = 5000) -> list[Choice]:
    """Organisations as (id, "name, city"), by name; ``current`` is always among them."""
    rows = session.execute(
        select(Organisation.id, Organisation.name, Organisation.city)
        .order_by(Organisation.name, Organisation.id).limit(limit)
    ).all()
    if current and all(row[0] != current for row in rows):
        rows += session.execute(
            select(Organisation.id, Organisation.name, Organisation.city).where(Organisation.id == current)
        ).all()
    return [(id_, f"{name}, {city}" if city else name) for id_, name, city in rows]


def employees(session: Session, current: int | None = None) -> list[Choice]:
    """Active employees as (id, display name); ``current`` stays listed if deactivated."""
    rows = session.execute(
        select(Employee.id, Employee.first_name, Employee.last_name)
        .where((Employee.active == true()) | (Employee.id == current))
        .order_by(Employee.last_name, Employee.first_name, Employee.id)
    )
    return [(id_, f"{first} {last}".strip()) for id_, first, last in rows]
