"""Organisations, persons and employees."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, event, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.folding import fold
from desktop.db.phones import KEY_LENGTH, phone_key

from desktop.db.models.base import Base, IdMixin, UTCDateTime, Versioned, utcnow
from desktop.db.models.enums import Salutation, enum_type


class AddressMixin:
    """Postal and telecom fields shared by persons and organisations."""

    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="", index=True)
    city: Mapped[str] = mapped_column(String(100), default="", index=True)
    # ISO 3166-1 alpha-2; the address block is formatted for this country.
    country: Mapped[str] = mapped_column(String(2), default="DE")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(254), default="")


class Employee(IdMixin, Versioned, Base):
    """A member of staff: sender of letters, assignee of tasks."""

    __tablename__ = "employee"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    # How the employee signs letters, e.g. "Dr. Anna Schulz" / "Vertriebsleiterin".
    signature_name: Mapped[str] = mapped_column(String(200), default="")
    signature_title: Mapped[str] = mapped_column(String(200), default="")
    # Operating-system login, to find "who am I" without a separate sign-in.
    login: Mapped[str] = mapped_column(String(100), default="", index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Organisation(IdMixin, AddressMixin, Versioned, Base):
    """A company, association or public body persons belong to."""

    __tablename__ = "organisation"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # The phone number in E.164 form, for the caller lookup (kept like Person's, below).
    phone_key: Mapped[str] = mapped_column(
        String(KEY_LENGTH), default="", server_default=text("''"), index=True
    )
    name2: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")
    employee_count: Mapped[int | None] = mapped_column(Integer)
    account_manager_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    persons: Mapped[list[Person]] = relationship(back_populates="organisation")
    account_manager: Mapped[Employee | None] = relationship()


class Person(IdMixin, AddressMixin, Versioned, Base):
    """A contact who can receive letters, e-mails, calls and SMS."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_sort_key", "sort_key", "id"),)

    # The contact code clerks type, print and import; kept as text ("00123" stays so).
    code: Mapped[str] = mapped_column(String(20), unique=True)
    salutation: Mapped[Salutation] = mapped_column(
        enum_type(Salutation, 10), default=Salutation.NEUTRAL
    )
    title: Mapped[str] = mapped_column(String(50), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="", index=True)
    # Dutch "tussenvoegsel" (van, de, van der …), kept apart for sorting and salutation.
    name_prefix: Mapped[str] = mapped_column(String(30), default="")
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    function: Mapped[str] = mapped_column(String(100), default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    mobile: Mapped[str] = mapped_column(String(50), default="")
    # Language of letters to this person: de, nl or en.
    letter_language: Mapped[str] = mapped_column(String(2), default="de")
    no_letter: Mapped[bool] = mapped_column(Boolean, default=False)
    no_email: Mapped[bool] = mapped_column(Boolean, default=False)
    no_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    no_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    deceased: Mapped[bool] = mapped_column(Boolean, default=False)
    account_manager_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The default order of every person list (last name, first name, accents and case
    # folded), stored so that an index hands out the first page of a result without
    # sorting all of it. Kept by the ORM (see below); code inserting persons with Core
    # sets it with :func:`sort_key`. Compared by code point on every backend.
    sort_key: Mapped[str] = mapped_column(
        String(210).with_variant(String(210, collation="C"), "postgresql"),
        default="",
        server_default=text("''"),
    )

    # Phone and mobile in E.164 form ("+492211234567"): a caller's number, however written,
    # finds the person with one indexed comparison. Kept by the ORM (see below); code
    # inserting persons with Core sets them with :func:`desktop.db.phones.phone_key`.
    phone_key: Mapped[str] = mapped_column(
        String(KEY_LENGTH), default="", server_default=text("''"), index=True
    )
    mobile_key: Mapped[str] = mapped_column(
        String(KEY_LENGTH), default="", server_default=text("''"), index=True
    )

    organisation: Mapped[Organisation | None] = relationship(back_populates="persons")
    account_manager: Mapped[Employee | None] = relationship()

    @property
    def full_name(self) -> str:
        parts = [self.title, self.first_name, self.name_prefix, self.last_name]
        return " ".join(p for p in parts if p)


def sort_key(last_name: str | None, first_name: str | None) -> str:
    """A person's :attr:`Person.sort_key`: folded last name, a separator, folded first name.

    The separator (U+001F) sorts below every character a name holds, so the key orders as
    the pair (last name, first name) would.
    """
    return f"{fold(last_name)}\x1f{fold(first_name)}"


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _keep_sort_key(_mapper: object, _connection: object, person: Person) -> None:
    person.sort_key = sort_key(person.last_name, person.first_name)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _keep_phone_keys(_mapper: object, _connection: object, person: Person) -> None:
    person.phone_key = phone_key(person.phone, person.country)
    person.mobile_key = phone_key(person.mobile, person.country)


@event.listens_for(Organisation, "before_insert")
@event.listens_for(Organisation, "before_update")
def _keep_org_phone_key(_mapper: object, _connection: object, organisation: Organisation) -> None:
    organisation.phone_key = phone_key(organisation.phone, organisation.country)
