"""The field catalogue: every field a clerk filters on or shows, with label, type and operators.

Labels are English source texts marked for Qt's lupdate with ``QT_TRANSLATE_NOOP`` (a plain
function here, so this package stays free of Qt); the window translates them with
``QCoreApplication.translate("Fields", label)``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Table

from desktop.db.models import Organisation, Person


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


class FieldType(str, enum.Enum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"  # a value from a pick list (language, country, industry …)
    RELATION = "relation"  # a condition over the history: member of, has dossier item, responded


class Op(str, enum.Enum):
    """Operators, stored in the query definition by value."""

    EQ = "eq"
    NE = "ne"
    CONTAINS = "contains"
    STARTS_WITH = "starts_with"
    IN = "in"
    IS_EMPTY = "is_empty"
    LT = "lt"
    LE = "le"
    GT = "gt"
    GE = "ge"
    BETWEEN = "between"
    LAST_DAYS = "last_days"
    LAST_MONTHS = "last_months"
    THIS_YEAR = "this_year"
    IS_TRUE = "is_true"
    IS_FALSE = "is_false"
    EXISTS = "exists"
    NOT_EXISTS = "not_exists"


OPERATORS: dict[FieldType, tuple[Op, ...]] = {
    FieldType.TEXT: (Op.EQ, Op.NE, Op.CONTAINS, Op.STARTS_WITH, Op.IN, Op.IS_EMPTY),
    FieldType.NUMBER: (Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.BETWEEN, Op.IS_EMPTY),
    FieldType.DATE: (
        Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE, Op.BETWEEN, Op.IS_EMPTY,
        Op.LAST_DAYS, Op.LAST_MONTHS, Op.THIS_YEAR,
    ),
    FieldType.BOOL: (Op.IS_TRUE, Op.IS_FALSE),
    FieldType.CHOICE: (Op.EQ, Op.NE, Op.IN, Op.IS_EMPTY),
    FieldType.RELATION: (Op.EXISTS, Op.NOT_EXISTS),
}


class Group(str, enum.Enum):
    PERSON = QT_TRANSLATE_NOOP("Fields", "Person")
    ORGANISATION = QT_TRANSLATE_NOOP("Fields", "Organisation")
    ADDRESS = QT_TRANSLATE_NOOP("Fields", "Address")
    COMMUNICATION = QT_TRANSLATE_NOOP("Fields", "Communication")
    HISTORY = QT_TRANSLATE_NOOP("Fields", "Campaigns & dossier")


@dataclass(frozen=True)
class Field:
    """One entry of the catalogue.

    Attributes:
        key: The name in query definitions (stable; never shown).
        label: English source text of the label.
        column: The column, for every type but RELATION.
        relation: For RELATION fields, the name of the condition in the compiler.
    """

    key: str
    group: Group
    label: str
    type: FieldType
    column: Callable[[], ColumnElement] | None = None
    relation: str = ""

    @property
    def operators(self) -> tuple[Op, ...]:
        return OPERATORS[self.type]

    @property
    def can_show(self) -> bool:
        """Whether the field can be a column of the result (history conditions cannot)."""
        return self.type is not FieldType.RELATION


P: Table = Person.__table__  # type: ignore[assignment]
O: Table = Organisation.__table__  # type: ignore[assignment]


def _p(name: str) -> Callable[[], ColumnElement]:
    return lambda: P.c[name]


def _o(name: str) -> Callable[[], ColumnElement]:
    return lambda: O.c[name]


FIELDS: tuple[Field, ...] = (
    Field("code", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Contact code"), FieldType.TEXT, _p("code")),
    Field("salutation", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Salutation"), FieldType.CHOICE, _p("salutation")),
    Field("title", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Title"), FieldType.TEXT, _p("title")),
    Field("first_name", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "First name"), FieldType.TEXT, _p("first_name")),
    Field("name_prefix", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Name prefix"), FieldType.TEXT, _p("name_prefix")),
    Field("last_name", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Last name"), FieldType.TEXT, _p("last_name")),
    Field("function", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Function"), FieldType.TEXT, _p("function")),
    Field("department", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Department"), FieldType.TEXT, _p("department")),
    Field("letter_language", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Letter language"), FieldType.CHOICE,
          _p("letter_language")),
    Field("deceased", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Deceased"), FieldType.BOOL, _p("deceased")),
    Field("created_at", Group.PERSON, QT_TRANSLATE_NOOP("Fields", "Created on"), FieldType.DATE, _p("created_at")),
    Field("org_code", Group.ORGANISATION, QT_TRANSLATE_NOOP("Fields", "Organisation code"), FieldType.TEXT, _o("code")),
    Field("org_name", Group.ORGANISATION, QT_TRANSLATE_NOOP("Fields", "Organisation"), FieldType.TEXT, _o("name")),
    Field("org_industry", Group.ORGANISATION, QT_TRANSLATE_NOOP("Fields", "Industry"), FieldType.CHOICE, _o("industry")),
    Field("org_employees", Group.ORGANISATION, QT_TRANSLATE_NOOP("Fields", "Number of employees"), FieldType.NUMBER,
          _o("employee_count")),
    Field("org_city", Group.ORGANISATION, QT_TRANSLATE_NOOP("Fields", "Organisation's city"), FieldType.TEXT, _o("city")),
    Field("street", Group.ADDRESS, QT_TRANSLATE_NOOP("Fields", "Street"), FieldType.TEXT, _p("street")),
    Field("postcode", Group.ADDRESS, QT_TRANSLATE_NOOP("Fields", "Postcode"), FieldType.TEXT, _p("postcode")),
    Field("city", Group.ADDRESS, QT_TRANSLATE_NOOP("Fields", "City"), FieldType.TEXT, _p("city")),
    Field("country", Group.ADDRESS, QT_TRANSLATE_NOOP("Fields", "Country"), FieldType.CHOICE, _p("country")),
    Field("phone", Group.COMMUNICATION, QT_TRANSLATE_NOOP("Fields", "Phone"), FieldType.TEXT, _p("phone")),
    Field("mobile", Group.COMMUNICATION, QT_TRANSLATE_NOOP("Fields", "Mobile"), FieldType.TEXT, _p("mobile")),
    Field("email", Group.COMMUNICATION, QT_TRANSLATE_NOOP("Fields", "E-mail"), FieldType.TEXT, _p("email")),
    Field("no_letter", Group.COMMUNICATION, QT_TRANSLATE_NOOP("Fields", "No letters"), FieldType.BOOL, _p("no_letter")),
    Field("no_email", Group.COMMUNICATION, QT_TRANSLATE_NOOP("Fields", "No e-mails"), FieldType.BOOL, _p("no_email")),
    Field("no_phone", Group.COMMUNICATION, QT_TRANSLATE_NOOP("Fields", "No calls"), FieldType.BOOL, _p("no_phone")),
    Field("no_sms", Group.COMMUNICATION, QT_TRANSLATE_NOOP("Fields", "No SMS"), FieldType.BOOL, _p("no_sms")),
    Field("dossier_type", Group.HISTORY, QT_TRANSLATE_NOOP("Fields", "Has a dossier item of type"), FieldType.RELATION,
          relation="dossier_type"),
    Field("campaign_member", Group.HISTORY, QT_TRANSLATE_NOOP("Fields", "Is a member of campaign"), FieldType.RELATION,
          relation="campaign_member"),
    Field("action_member", Group.HISTORY, QT_TRANSLATE_NOOP("Fields", "Is a member of action"), FieldType.RELATION,
          relation="action_member"),
    Field("campaign_response", Group.HISTORY, QT_TRANSLATE_NOOP("Fields", "Responded to campaign"), FieldType.RELATION,
          relation="campaign_response"),
)
BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}

# What a new query shows until the clerk chooses otherwise: enough to recognise and write to.
DEFAULT_OUTPUT = (
    "code", "salutation", "title", "first_name", "name_prefix", "last_name", "org_name",
    "street", "postcode", "city", "email",
)
