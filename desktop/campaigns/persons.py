"""Persons a clerk finds or creates while building a target group. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import Person, Salutation
from desktop.query.definition import QueryDefinition, parse

# The fields a quick search looks in; every word must be found in one of them.
SEARCHED = ("code", "last_name", "first_name", "city", "org_name")


def search_definition(text: str) -> QueryDefinition | None:
    """The query a quick search stands for: each word found in code, name, city or organisation.

    None for an empty search (which would find everybody).
    """
    words = text.split()
    if not words:
        return None
    return parse({"where": {"match": "all", "items": [
        {"match": "any", "items": [{"field": key, "op": "contains", "value": word} for key in SEARCHED]}
        for word in words
    ]}})


def next_code(session: Session) -> str:
    """The next free numeric contact code, as wide as the widest one ("0000124")."""
    candidates = session.scalars(
        select(Person.code).order_by(func.length(Person.code).desc(), Person.code.desc()).limit(200)
    )
    for code in candidates:
        if code.isdigit():
            return str(int(code) + 1).zfill(len(code))
    return "1"


@dataclass(frozen=True)
class NewPerson:
    """What a clerk enters for a person added on the spot."""

    salutation: Salutation
    title: str
    first_name: str
    last_name: str
    street: str
    postcode: str
    city: str
    country: str
    email: str
    mobile: str
    phone: str = ""


def create(session: Session, new: NewPerson) -> Person:
    """Add the person with the next free code (the caller commits).

    Raises:
        ValueError: The last name is empty.
    """
    if not new.last_name.strip():
        raise ValueError("last_name")
    person = Person(
        code=next_code(session),
        salutation=new.salutation,
        title=new.title.strip(),
        first_name=new.first_name.strip(),
        last_name=new.last_name.strip(),
        street=new.street.strip(),
        postcode=new.postcode.strip(),
        city=new.city.strip(),
        country=new.country,
        email=new.email.strip(),
        mobile=new.mobile.strip(),
        phone=new.phone.strip(),
        letter_language="nl" if new.country == "NL" else "de",
    )
    session.add(person)
    session.flush()
    return person
