"""What a clerk's query finds, on SQLite and on PostgreSQL alike.

A small hand-made set of contacts (see :func:`build`) with the cases clerks trip over:
Müller / MÜLLER / Muller / Mueller, Straße / Strasse, quotes, ``%``, ``_``, ``/`` and a
backslash in names, persons without organisation, organisations with empty fields, and
timestamps just before and after midnight around a fixed "today". Every case names the
exact contact codes the query must find.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql, sqlite

from desktop.db.engine import Database
from desktop.db.migrate import upgrade
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    DossierItem,
    DossierItemType,
    MemberOrigin,
    Organisation,
    Person,
    Response,
    ResponseType,
    Salutation,
)
from desktop.query import compiler, results
from desktop.query.definition import parse

TODAY = dt.date(2026, 3, 12)
UTC = dt.timezone.utc


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# -- the data set -----------------------------------------------------------------------------

ORGANISATIONS = {
    # key: (name, city, employees, industry)
    "O1": ("Müller & Söhne GmbH", "Köln", 50, "Handel"),
    "O2": ("Kleinbetrieb", "Bonn", 20, "Handwerk"),
    "O3": ("Ohne Angaben", "", None, ""),  # an organisation whose fields are empty
    "O4": ("100% Bio_Laden", "Düsseldorf", 21, "Handel"),
    "O5": ("1000 Bio-Laden", "KÖLN", 2000, "Handel"),
}

PERSONS: dict[str, dict[str, Any]] = {
    "P01": dict(first_name="Anna", last_name="Müller", salutation=Salutation.MS, title="Dr.",
                street="Hauptstraße 1", city="Köln", email="anna@example.de", org="O1",
                created_at=at(2026, 3, 12, 10)),
    "P02": dict(first_name="Bernd", last_name="MÜLLER", salutation=Salutation.MR,
                street="Bahnhofstrasse 5", city="Bonn", no_email=True, org="O2",
                created_at=at(2026, 3, 11, 23, 30)),
    "P03": dict(first_name="Carla", last_name="Mueller", salutation=Salutation.MS, street="Ringstr. 3",
                city="KÖLN", country="NL", letter_language="nl", email="carla@example.nl", org=None,
                created_at=at(2026, 3, 5)),
    "P04": dict(first_name="Dieter", last_name="Muller", salutation=Salutation.MR, title="Prof. Dr.",
                street="Straßburger Platz 2", city="Düsseldorf", org="O4",
                created_at=at(2026, 3, 4, 23, 59, 59)),
    "P05": dict(first_name='Eva "Evi"', last_name="O'Brien", salutation=Salutation.MS, city="Aachen",
                country="BE", letter_language="en", deceased=True, org="O3",
                created_at=at(2026, 2, 12, 12)),
    "P06": dict(first_name="José", last_name="Ramírez", salutation=Salutation.NEUTRAL, city="koln",
                country="", function="Rabatt 50%", org=None, created_at=at(2026, 2, 11, 12)),
    "P07": dict(first_name="Franz", last_name="Schmidt", salutation=Salutation.MR, function="Rabatt 500",
                department="IT_Support", org="O1", created_at=at(2026, 1, 1)),
    "P08": dict(first_name="Gabi", last_name="Schräg\\strich", salutation=Salutation.MS,
                department="IT-Support", no_letter=True, org=None, created_at=at(2025, 12, 31, 23, 59, 59)),
    "P09": dict(first_name="Hans", last_name="Weiß", salutation=Salutation.MR, department="A/B", org="O2",
                created_at=at(2026, 3, 13, 8)),  # tomorrow
    "P10": dict(first_name="Ines", last_name="Weiss", salutation=Salutation.MS, department="AxB", org="O5",
                created_at=at(2026, 3, 12)),  # today, at midnight
    "P11": dict(first_name="Anna", last_name="Müller", salutation=Salutation.MS, city="Köln", org="O5",
                created_at=at(2025, 6, 1, 12)),  # same name as P01
    "P12": dict(first_name="Kai", last_name="Özdemir", salutation=Salutation.MR, city="Essen", org="O3",
                created_at=at(2026, 2, 28, 12)),
}
ALL = frozenset(PERSONS)


@dataclasses.dataclass
class Data:
    code_of: dict[int, str]  # person id -> code
    ids: dict[str, int]  # "C1", "A1" … -> database id


@dataclasses.dataclass(frozen=True)
class Ref:
    """A campaign or action of the data set, by name; its id is known once it is inserted."""

    name: str


def build(db: Database) -> Data:
    """Insert the data set; persons in the order of their codes (so ids follow the codes)."""
    with db.session() as session:
        orgs = {}
        for key, (name, city, employees, industry) in ORGANISATIONS.items():
            orgs[key] = Organisation(code=key.replace("O", "O-"), name=name, city=city,
                                     employee_count=employees, industry=industry)
        session.add_all(orgs.values())
        session.flush()
        persons = {}
        for code, values in PERSONS.items():
            values = dict(values)
            org = values.pop("org")
            persons[code] = Person(code=code, organisation_id=orgs[org].id if org else None, **values)
            session.add(persons[code])
            session.flush()

        ausg = DossierItemType(code="AUSG", name="Ausgangspost")
        tel = DossierItemType(code="TEL", name="Telefonat")
        c1 = Campaign(number="2026-001", name="Frühjahr")
        c2 = Campaign(number="2026-002", name="Herbst")
        session.add_all([ausg, tel, c1, c2])
        session.flush()
        a1 = CampaignAction(campaign_id=c1.id, sequence=1, name="Brief")
        a2 = CampaignAction(campaign_id=c1.id, sequence=2, name="Nachfass")
        a3 = CampaignAction(campaign_id=c2.id, sequence=1, name="E-Mail")
        rt1 = ResponseType(campaign_id=c1.id, name="Unterlagen angefordert")
        rt2 = ResponseType(campaign_id=c2.id, name="Termin")
        session.add_all([a1, a2, a3, rt1, rt2])
        session.flush()
        for action, code in [(a1, "P01"), (a2, "P02"), (a3, "P03"), (a1, "P04"), (a3, "P04")]:
            session.add(ActionMember(action_id=action.id, person_id=persons[code].id, origin=MemberOrigin.MANUAL))
        items = [
            (persons["P01"].id, ausg, c1, rt1),
            (persons["P02"].id, tel, c1, None),  # in the campaign, but no response
            (persons["P03"].id, ausg, None, None),
            (persons["P05"].id, tel, c2, rt2),
            (None, ausg, c1, rt1),  # one item for a whole action: answers it, but is nobody's
        ]
        for person_id, kind, campaign, response_type in items:
            item = DossierItem(person_id=person_id, type_id=kind.id, campaign_id=campaign.id if campaign else None)
            session.add(item)
            session.flush()
            if response_type is not None:
                session.add(Response(dossier_item_id=item.id, response_type_id=response_type.id))
        return Data(
            code_of={p.id: code for code, p in persons.items()},
            ids={"C1": c1.id, "C2": c2.id, "A1": a1.id, "A2": a2.id, "A3": a3.id},
        )


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One migrated database per backend for this module (as tests/conftest.py makes them).

    The cases only read, so the data set is built once per backend rather than per case
    (a fresh PostgreSQL database per case made this module take minutes).
    """
    if request.param == "sqlite":
        database = Database(tmp_path_factory.mktemp("query") / "kampagnen.sqlite3")
        upgrade(database)
        yield database
        database.dispose()
        return
    manager = request.getfixturevalue("pg_databases")
    url = manager.create(manager.migrated_template())
    database = Database(url)
    yield database
    database.dispose()
    manager.drop(url)


@pytest.fixture(scope="module")
def data(db: Database) -> Data:
    return build(db)


# -- writing definitions ----------------------------------------------------------------------

_NO_VALUE = object()


def c(field: str, op: str, value: Any = _NO_VALUE, *, neg: bool = False) -> dict[str, Any]:
    condition: dict[str, Any] = {"field": field, "op": op}
    if value is not _NO_VALUE:
        condition["value"] = value
    if neg:
        condition["not"] = True
    return condition


def all_(*items: dict, neg: bool = False) -> dict[str, Any]:
    return {"match": "all", "items": list(items), **({"not": True} if neg else {})}


def any_(*items: dict, neg: bool = False) -> dict[str, Any]:
    return {"match": "any", "items": list(items), **({"not": True} if neg else {})}


def resolve(raw: Any, data: Data) -> Any:
    if isinstance(raw, Ref):
        return data.ids[raw.name]
    if isinstance(raw, dict):
        return {k: resolve(v, data) for k, v in raw.items()}
    if isinstance(raw, list):
        return [resolve(v, data) for v in raw]
    return raw


def definition(where: dict, data: Data, **extra: Any):
    group = where if "items" in where else all_(where)
    return parse(resolve({"version": 1, "where": group, **extra}, data))


def found(db: Database, data: Data, where: dict, today: dt.date = TODAY, **extra: Any) -> list[str]:
    ids = results.matching_ids(db, definition(where, data, **extra), today=today)
    return [data.code_of[i] for i in ids]


def codes(*names: str) -> frozenset[str]:
    return frozenset(names)


def but(*names: str) -> frozenset[str]:
    return ALL - set(names)


def check(db: Database, data: Data, where: dict, expected: frozenset[str]) -> None:
    got = found(db, data, where)
    assert len(got) == len(set(got)), f"a person was found twice: {got}"
    assert set(got) == set(expected)


# -- text -------------------------------------------------------------------------------------

MUELLERS = codes("P01", "P02", "P04", "P11")  # Müller, MÜLLER, Muller, Müller; not Mueller

TEXT_CASES = [
    pytest.param(c("last_name", "eq", "müller"), MUELLERS, id="eq-folds-case-and-umlaut"),
    pytest.param(c("last_name", "eq", "MULLER"), MUELLERS, id="eq-plain-capitals"),
    pytest.param(c("last_name", "eq", "Mûller"), MUELLERS, id="eq-other-accent"),
    pytest.param(c("last_name", "eq", "Mueller"), codes("P03"), id="eq-ue-is-not-ü"),
    pytest.param(c("last_name", "eq", "Müll"), codes(), id="eq-is-whole-value"),
    pytest.param(c("last_name", "ne", "müller"), ALL - MUELLERS, id="ne"),
    pytest.param(c("last_name", "eq", "müller", neg=True), ALL - MUELLERS, id="not-eq"),
    pytest.param(c("last_name", "contains", "ULL"), MUELLERS, id="contains"),
    pytest.param(c("last_name", "contains", "ue"), codes("P03"), id="contains-ue"),
    pytest.param(c("last_name", "contains", "ull", neg=True), ALL - MUELLERS, id="not-contains"),
    pytest.param(c("last_name", "starts_with", "müll"), MUELLERS, id="starts-with"),
    pytest.param(c("last_name", "starts_with", "mü"), MUELLERS | {"P03"}, id="starts-with-mü-is-mu"),
    pytest.param(c("last_name", "starts_with", "ller"), codes(), id="starts-with-is-not-contains"),
    pytest.param(c("last_name", "in", ["müller", "o'brien"]), MUELLERS | {"P05"}, id="in"),
    pytest.param(c("last_name", "in", ["MÜLLER", "Weiss", "nobody"]), MUELLERS | {"P09", "P10"}, id="in-folds"),
    pytest.param(c("last_name", "eq", "weiss"), codes("P09", "P10"), id="ss-finds-ß"),
    pytest.param(c("last_name", "eq", "WEISS"), codes("P09", "P10"), id="SS-finds-ß"),
    pytest.param(c("last_name", "starts_with", "weiß"), codes("P09", "P10"), id="ß-finds-ss"),
    pytest.param(c("street", "contains", "strasse"), codes("P01", "P02"), id="strasse-finds-straße"),
    pytest.param(c("street", "contains", "Straße"), codes("P01", "P02"), id="straße-finds-strasse"),
    pytest.param(c("street", "starts_with", "strass"), codes("P04"), id="starts-with-ß"),
    pytest.param(c("city", "eq", "köln"), codes("P01", "P03", "P06", "P11"), id="city-köln-koln-KÖLN"),
    pytest.param(c("first_name", "eq", "jose"), codes("P06"), id="accent-é"),
    pytest.param(c("last_name", "eq", "RAMIREZ"), codes("P06"), id="accent-í"),
    pytest.param(c("last_name", "eq", "ozdemir"), codes("P12"), id="Ö-capital"),
    pytest.param(c("last_name", "eq", "o'brien"), codes("P05"), id="single-quote"),
    pytest.param(c("last_name", "contains", "'"), codes("P05"), id="contains-single-quote"),
    pytest.param(c("first_name", "contains", '"evi"'), codes("P05"), id="contains-double-quotes"),
    pytest.param(c("function", "contains", "50%"), codes("P06"), id="percent-is-literal"),
    pytest.param(c("function", "contains", "%"), codes("P06"), id="percent-alone"),
    pytest.param(c("function", "starts_with", "%"), codes(), id="starts-with-percent"),
    pytest.param(c("department", "contains", "_"), codes("P07"), id="underscore-is-literal"),
    pytest.param(c("department", "contains", "t_s"), codes("P07"), id="underscore-in-the-middle"),
    pytest.param(c("department", "starts_with", "it_"), codes("P07"), id="starts-with-underscore"),
    pytest.param(c("department", "contains", "a/b"), codes("P09"), id="slash-is-literal"),
    pytest.param(c("last_name", "contains", "\\"), codes("P08"), id="backslash"),
    pytest.param(c("last_name", "eq", "schrag\\strich"), codes("P08"), id="eq-backslash"),
    pytest.param(c("last_name", "starts_with", "SCHRÄG\\"), codes("P08"), id="starts-with-backslash"),
    pytest.param(c("last_name", "contains", "\\s"), codes("P08"), id="backslash-s-is-not-an-escape"),
    pytest.param(c("last_name", "contains", ""), ALL, id="contains-nothing"),
    pytest.param(c("city", "is_empty"), codes("P07", "P08", "P09", "P10"), id="is-empty"),
    pytest.param(c("city", "is_empty", neg=True), but("P07", "P08", "P09", "P10"), id="not-is-empty"),
    pytest.param(c("title", "is_empty"), but("P01", "P04"), id="title-is-empty"),
    pytest.param(c("email", "is_empty"), but("P01", "P03"), id="email-is-empty"),
    pytest.param(c("city", "eq", ""), codes("P07", "P08", "P09", "P10"), id="eq-empty-text"),
    pytest.param(c("email", "contains", "@EXAMPLE."), codes("P01", "P03"), id="email-contains"),
    pytest.param(c("code", "in", ["P01", "P12", "P99"]), codes("P01", "P12"), id="code-in"),
]


@pytest.mark.parametrize(("where", "expected"), TEXT_CASES)
def test_text_conditions(db: Database, data: Data, where: dict, expected: frozenset[str]) -> None:
    check(db, data, where, expected)


# -- pick lists and yes/no --------------------------------------------------------------------

MS = codes("P01", "P03", "P05", "P08", "P10", "P11")

CHOICE_AND_BOOL_CASES = [
    pytest.param(c("salutation", "eq", "ms"), MS, id="salutation-eq"),
    pytest.param(c("salutation", "ne", "ms"), ALL - MS, id="salutation-ne"),
    pytest.param(c("salutation", "in", ["mr", "neutral"]), ALL - MS, id="salutation-in"),
    pytest.param(c("salutation", "eq", "neutral"), codes("P06"), id="salutation-neutral"),
    pytest.param(c("country", "eq", "DE"), but("P03", "P05", "P06"), id="country-eq"),
    pytest.param(c("country", "ne", "DE"), codes("P03", "P05", "P06"), id="country-ne"),
    pytest.param(c("country", "is_empty"), codes("P06"), id="country-is-empty"),
    pytest.param(c("country", "is_empty", neg=True), but("P06"), id="country-not-empty"),
    pytest.param(c("letter_language", "in", ["nl", "en"]), codes("P03", "P05"), id="language-in"),
    pytest.param(c("deceased", "is_true"), codes("P05"), id="deceased"),
    pytest.param(c("deceased", "is_false"), but("P05"), id="alive"),
    pytest.param(c("deceased", "is_true", neg=True), but("P05"), id="not-deceased"),
    pytest.param(c("no_email", "is_true"), codes("P02"), id="no-email"),
    pytest.param(c("no_letter", "is_true"), codes("P08"), id="no-letter"),
    pytest.param(c("no_sms", "is_false"), ALL, id="sms-allowed"),
]


@pytest.mark.parametrize(("where", "expected"), CHOICE_AND_BOOL_CASES)
def test_pick_list_and_yes_no_conditions(db: Database, data: Data, where: dict, expected: frozenset[str]) -> None:
    check(db, data, where, expected)


# -- numbers (the organisation's number of employees) -----------------------------------------

NO_ORG = codes("P03", "P06", "P08")
EMPTY_COUNT = codes("P05", "P12")  # at O3, whose number of employees is not known
WITH_COUNT = ALL - NO_ORG - EMPTY_COUNT

NUMBER_CASES = [
    pytest.param(c("org_employees", "eq", 20), codes("P02", "P09"), id="eq"),
    pytest.param(c("org_employees", "ne", 20), but("P02", "P09"), id="ne-includes-unknown"),
    pytest.param(c("org_employees", "lt", 21), codes("P02", "P09"), id="lt"),
    pytest.param(c("org_employees", "le", 21), codes("P02", "P09", "P04"), id="le"),
    pytest.param(c("org_employees", "gt", 20), codes("P01", "P07", "P04", "P10", "P11"), id="gt"),
    pytest.param(c("org_employees", "ge", 50), codes("P01", "P07", "P10", "P11"), id="ge"),
    pytest.param(c("org_employees", "between", [20, 50]), codes("P01", "P02", "P04", "P07", "P09"), id="between"),
    pytest.param(c("org_employees", "between", ["20,5", "50"]), codes("P01", "P04", "P07"), id="between-comma"),
    pytest.param(c("org_employees", "gt", "20,5"), codes("P01", "P04", "P07", "P10", "P11"), id="gt-comma"),
    pytest.param(c("org_employees", "lt", "20,5"), codes("P02", "P09"), id="lt-comma"),
    pytest.param(c("org_employees", "eq", "20,5"), codes(), id="eq-comma"),
    pytest.param(c("org_employees", "le", "20,99"), codes("P02", "P09"), id="le-comma"),
    pytest.param(c("org_employees", "is_empty"), NO_ORG | EMPTY_COUNT, id="is-empty"),
    pytest.param(c("org_employees", "is_empty", neg=True), WITH_COUNT, id="not-is-empty"),
    pytest.param(c("org_employees", "gt", 20, neg=True), codes("P02", "P09") | NO_ORG | EMPTY_COUNT,
                 id="not-gt-includes-persons-without-organisation"),
    pytest.param(c("org_employees", "gt", -1), WITH_COUNT, id="gt-negative"),
    pytest.param(c("org_employees", "lt", "3000000000"), WITH_COUNT, id="beyond-32-bit"),
    pytest.param(c("org_employees", "gt", "3000000000"), codes(), id="gt-beyond-32-bit"),
    pytest.param(c("org_employees", "lt", "99999999999999999999"), WITH_COUNT, id="beyond-64-bit"),
    pytest.param(c("org_employees", "ne", "1e30"), ALL, id="ne-huge"),
]


@pytest.mark.parametrize(("where", "expected"), NUMBER_CASES)
def test_number_conditions(db: Database, data: Data, where: dict, expected: frozenset[str]) -> None:
    check(db, data, where, expected)


# -- dates (created on, a UTC timestamp; today is 12 March 2026) ------------------------------

DATE_CASES = [
    pytest.param(c("created_at", "eq", "2026-03-12"), codes("P01", "P10"), id="eq-whole-day"),
    pytest.param(c("created_at", "ne", "2026-03-12"), but("P01", "P10"), id="ne"),
    pytest.param(c("created_at", "eq", "2026-03-04"), codes("P04"), id="eq-until-the-last-second"),
    pytest.param(c("created_at", "lt", "2026-03-05"), codes("P04", "P05", "P06", "P07", "P08", "P11", "P12"),
                 id="lt"),
    pytest.param(c("created_at", "le", "2026-03-05"),
                 codes("P03", "P04", "P05", "P06", "P07", "P08", "P11", "P12"), id="le-includes-the-day"),
    pytest.param(c("created_at", "gt", "2026-03-11"), codes("P01", "P09", "P10"), id="gt"),
    pytest.param(c("created_at", "ge", "2026-03-11"), codes("P01", "P02", "P09", "P10"), id="ge"),
    pytest.param(c("created_at", "between", ["2026-03-04", "2026-03-05"]), codes("P03", "P04"), id="between"),
    pytest.param(c("created_at", "between", ["2026-01-01", "2026-01-01"]), codes("P07"), id="between-one-day"),
    pytest.param(c("created_at", "is_empty"), codes(), id="is-empty"),
    pytest.param(c("created_at", "is_empty", neg=True), ALL, id="not-is-empty"),
    # The last 7 days: today and the 7 days before (5 March); not tomorrow.
    pytest.param(c("created_at", "last_days", 7), codes("P01", "P02", "P03", "P10"), id="last-7-days"),
    pytest.param(c("created_at", "last_days", 7, neg=True), but("P01", "P02", "P03", "P10"), id="not-last-7-days"),
    pytest.param(c("created_at", "last_days", 1), codes("P01", "P02", "P10"), id="last-day"),
    pytest.param(c("created_at", "last_months", 1), codes("P01", "P02", "P03", "P04", "P05", "P10", "P12"),
                 id="last-month"),
    pytest.param(c("created_at", "last_months", 12), but("P09"), id="last-12-months"),
    pytest.param(c("created_at", "this_year"), but("P08", "P11"), id="this-year"),
    pytest.param(c("created_at", "this_year", neg=True), codes("P08", "P11"), id="not-this-year"),
]


@pytest.mark.parametrize(("where", "expected"), DATE_CASES)
def test_date_conditions(db: Database, data: Data, where: dict, expected: frozenset[str]) -> None:
    check(db, data, where, expected)


def test_last_month_from_the_31st_starts_on_the_last_day_of_february(db: Database, data: Data) -> None:
    got = found(db, data, c("created_at", "last_months", 1), today=dt.date(2026, 3, 31))
    assert set(got) == codes("P01", "P02", "P03", "P04", "P09", "P10", "P12")


def test_relative_dates_follow_the_given_today(db: Database, data: Data) -> None:
    assert set(found(db, data, c("created_at", "this_year"), today=dt.date(2025, 7, 1))) == codes("P08", "P11")
    assert set(found(db, data, c("created_at", "last_days", 1), today=dt.date(2026, 3, 14))) == codes("P09")


# -- the organisation, and persons without one ------------------------------------------------

ORGANISATION_CASES = [
    pytest.param(c("org_city", "eq", "köln"), codes("P01", "P07", "P10", "P11"), id="city-eq"),
    pytest.param(c("org_city", "ne", "köln"), but("P01", "P07", "P10", "P11"), id="city-ne-includes-no-org"),
    pytest.param(c("org_city", "eq", "köln", neg=True), but("P01", "P07", "P10", "P11"), id="not-city-eq"),
    pytest.param(c("org_city", "is_empty"), NO_ORG | codes("P05", "P12"), id="city-is-empty"),
    pytest.param(c("org_city", "is_empty", neg=True), ALL - NO_ORG - {"P05", "P12"}, id="city-not-empty"),
    pytest.param(c("org_city", "starts_with", "D"), codes("P04"), id="city-starts-with"),
    pytest.param(c("org_city", "in", ["bonn", "DUSSELDORF"]), codes("P02", "P09", "P04"), id="city-in"),
    pytest.param(c("org_city", "in", ["bonn", ""]), codes("P02", "P09", "P05", "P12") | NO_ORG, id="city-in-empty"),
    pytest.param(c("org_city", "eq", ""), NO_ORG | codes("P05", "P12"), id="city-eq-empty"),
    pytest.param(c("org_city", "ne", ""), ALL - NO_ORG - {"P05", "P12"}, id="city-ne-empty"),
    pytest.param(c("org_name", "is_empty"), NO_ORG, id="name-is-empty"),
    pytest.param(c("org_name", "is_empty", neg=True), ALL - NO_ORG, id="name-not-empty"),
    pytest.param(c("org_name", "contains", "100%"), codes("P04"), id="name-percent-literal"),
    pytest.param(c("org_name", "contains", "bio_laden"), codes("P04"), id="name-underscore-literal"),
    pytest.param(c("org_name", "contains", "bio"), codes("P04", "P10", "P11"), id="name-contains"),
    pytest.param(c("org_name", "contains", "SOHNE"), codes("P01", "P07"), id="name-contains-folded"),
    pytest.param(c("org_name", "contains", ""), ALL, id="name-contains-nothing"),
    pytest.param(c("org_name", "contains", "bio", neg=True), but("P04", "P10", "P11"), id="not-name-contains"),
    pytest.param(c("org_name", "eq", "müller & söhne gmbh"), codes("P01", "P07"), id="name-eq"),
    pytest.param(c("org_code", "in", ["O-1", "O-2"]), codes("P01", "P07", "P02", "P09"), id="code-in"),
    pytest.param(c("org_industry", "eq", "Handel"), codes("P01", "P04", "P07", "P10", "P11"), id="industry-eq"),
    pytest.param(c("org_industry", "ne", "Handel"), but("P01", "P04", "P07", "P10", "P11"), id="industry-ne"),
    pytest.param(c("org_industry", "is_empty"), NO_ORG | codes("P05", "P12"), id="industry-is-empty"),
    pytest.param(c("org_industry", "in", ["Handwerk"]), codes("P02", "P09"), id="industry-in"),
    pytest.param(c("org_industry", "in", ["Handwerk", ""]), codes("P02", "P09", "P05", "P12") | NO_ORG,
                 id="industry-in-empty"),
    pytest.param(all_(c("org_employees", "gt", 20), c("city", "eq", "köln")), codes("P01", "P11"),
                 id="organisation-and-person"),
    pytest.param(all_(c("org_employees", "ge", 20), c("org_city", "ne", "bonn")),
                 codes("P01", "P04", "P07", "P10", "P11"), id="two-organisation-conditions"),
]


@pytest.mark.parametrize(("where", "expected"), ORGANISATION_CASES)
def test_organisation_conditions(db: Database, data: Data, where: dict, expected: frozenset[str]) -> None:
    check(db, data, where, expected)


# -- history: dossier, campaigns, actions, responses ------------------------------------------

RELATION_CASES = [
    pytest.param(c("dossier_type", "exists", "AUSG"), codes("P01", "P03"), id="dossier-exists"),
    pytest.param(c("dossier_type", "not_exists", "AUSG"), but("P01", "P03"), id="dossier-not-exists"),
    pytest.param(c("dossier_type", "exists", "TEL"), codes("P02", "P05"), id="dossier-tel"),
    pytest.param(c("dossier_type", "exists", "NOPE"), codes(), id="dossier-unknown-type"),
    pytest.param(c("dossier_type", "exists", "AUSG", neg=True), but("P01", "P03"), id="not-dossier-exists"),
    pytest.param(c("campaign_member", "exists", Ref("C1")), codes("P01", "P02", "P04"), id="campaign-member"),
    pytest.param(c("campaign_member", "exists", Ref("C2")), codes("P03", "P04"), id="campaign-member-2"),
    pytest.param(c("campaign_member", "not_exists", Ref("C1")), but("P01", "P02", "P04"),
                 id="campaign-not-member"),
    pytest.param(c("campaign_member", "exists", 9999), codes(), id="campaign-unknown"),
    pytest.param(c("campaign_member", "not_exists", 9999), ALL, id="campaign-unknown-not-member"),
    pytest.param(c("action_member", "exists", Ref("A1")), codes("P01", "P04"), id="action-member"),
    pytest.param(c("action_member", "exists", Ref("A2")), codes("P02"), id="action-member-2"),
    pytest.param(c("action_member", "not_exists", Ref("A1")), but("P01", "P04"), id="action-not-member"),
    pytest.param(c("campaign_response", "exists", Ref("C1")), codes("P01"), id="response"),
    pytest.param(c("campaign_response", "exists", Ref("C2")), codes("P05"), id="response-2"),
    pytest.param(c("campaign_response", "not_exists", Ref("C1")), but("P01"), id="no-response"),
]


@pytest.mark.parametrize(("where", "expected"), RELATION_CASES)
def test_history_conditions(db: Database, data: Data, where: dict, expected: frozenset[str]) -> None:
    check(db, data, where, expected)


# -- groups -----------------------------------------------------------------------------------

GROUP_CASES = [
    pytest.param(all_(), ALL, id="no-condition-finds-everybody"),
    pytest.param(any_(c("city", "eq", "köln"), c("org_employees", "gt", 1000)),
                 codes("P01", "P03", "P06", "P10", "P11"), id="any"),
    pytest.param(all_(c("last_name", "eq", "müller"), any_(c("city", "eq", "bonn"), c("org_employees", "gt", 40),
                                                           neg=True)),
                 codes("P04"), id="all-with-not-any"),
    pytest.param(all_(c("salutation", "eq", "ms"), c("deceased", "is_false"), neg=True),
                 codes("P02", "P04", "P05", "P06", "P07", "P09", "P12"), id="not-all"),
    pytest.param(all_(c("campaign_member", "exists", Ref("C1")), c("action_member", "exists", Ref("A1"), neg=True)),
                 codes("P02"), id="member-of-campaign-not-of-action"),
    pytest.param(any_(c("last_name", "starts_with", "m", neg=True), c("deceased", "is_true")),
                 codes("P05", "P06", "P07", "P08", "P09", "P10", "P12"), id="any-with-negated-condition"),
    pytest.param(any_(c("org_city", "eq", "köln"), all_(c("org_employees", "is_empty"), neg=True), neg=True),
                 NO_ORG | EMPTY_COUNT, id="not-any-with-not-all-on-organisation"),
    pytest.param(all_(any_(all_(c("salutation", "eq", "mr"), c("country", "eq", "DE")),
                           c("last_name", "eq", "o'brien")),
                      c("dossier_type", "exists", "TEL", neg=True)),
                 codes("P04", "P07", "P09", "P12"), id="three-levels"),
    pytest.param(all_(all_(all_(c("city", "eq", "köln"), neg=True), neg=True), neg=True),
                 but("P01", "P03", "P06", "P11"), id="triple-not"),
    # A group whose last condition the clerk removed is left out, NOT and all: it neither lets
    # everybody through an "any" nor shuts everybody out.
    pytest.param(any_(c("city", "eq", "köln"), all_()), codes("P01", "P03", "P06", "P11"),
                 id="empty-group-in-any-is-left-out"),
    pytest.param(all_(c("city", "eq", "köln"), any_(all_(), neg=True)), codes("P01", "P03", "P06", "P11"),
                 id="negated-empty-group-is-left-out"),
    pytest.param(all_(neg=True), ALL, id="negated-empty-query-finds-everybody"),
]


@pytest.mark.parametrize(("where", "expected"), GROUP_CASES)
def test_nested_groups(db: Database, data: Data, where: dict, expected: frozenset[str]) -> None:
    check(db, data, where, expected)


# -- order ------------------------------------------------------------------------------------

ORDER_CASES = [
    # Default: last name, first name, then the id (P01 and P11 are both "Anna Müller").
    pytest.param([], ["P03", "P01", "P11", "P02", "P04", "P05", "P12", "P06", "P07", "P08", "P09", "P10"],
                 id="default"),
    # The clerk's order, then last and first name: Müller/MÜLLER/Muller tie on the last name.
    pytest.param([{"field": "last_name"}],
                 ["P03", "P01", "P11", "P02", "P04", "P05", "P12", "P06", "P07", "P08", "P09", "P10"],
                 id="last-name-ties"),
    pytest.param([{"field": "last_name", "descending": True}],
                 ["P09", "P10", "P08", "P07", "P06", "P12", "P05", "P01", "P11", "P02", "P04", "P03"],
                 id="last-name-descending"),
    pytest.param([{"field": "city"}],
                 ["P07", "P08", "P09", "P10", "P05", "P02", "P04", "P12", "P03", "P01", "P11", "P06"],
                 id="city-then-name"),
    pytest.param([{"field": "org_employees", "descending": True}],
                 ["P11", "P10", "P01", "P07", "P04", "P02", "P09", "P03", "P05", "P12", "P06", "P08"],
                 id="number-descending-empty-last"),
    pytest.param([{"field": "org_employees"}],
                 ["P02", "P09", "P04", "P01", "P07", "P11", "P10", "P03", "P05", "P12", "P06", "P08"],
                 id="number-ascending-empty-last"),
    pytest.param([{"field": "org_name"}, {"field": "first_name", "descending": True}],
                 ["P06", "P08", "P03", "P04", "P10", "P11", "P09", "P02", "P07", "P01", "P12", "P05"],
                 id="organisation-name-then-first-name-descending"),
    pytest.param([{"field": "created_at", "descending": True}],
                 ["P09", "P01", "P10", "P02", "P03", "P04", "P12", "P05", "P06", "P07", "P08", "P11"],
                 id="date-descending"),
    pytest.param([{"field": "salutation"}, {"field": "deceased", "descending": True}],
                 ["P02", "P04", "P12", "P07", "P09", "P05", "P03", "P01", "P11", "P08", "P10", "P06"],
                 id="choice-then-bool"),
]


@pytest.mark.parametrize(("order", "expected"), ORDER_CASES)
def test_the_order_is_complete_and_the_same_on_both_backends(
    db: Database, data: Data, order: list, expected: list[str]
) -> None:
    assert found(db, data, all_(), order=order) == expected


def test_the_order_applies_to_the_matches_only(db: Database, data: Data) -> None:
    got = found(db, data, c("last_name", "eq", "muller"), order=[{"field": "last_name"}])
    assert got == ["P01", "P11", "P02", "P04"]


def test_rows_come_in_the_order_of_the_ids_with_empty_organisation_fields(db: Database, data: Data) -> None:
    query = definition(c("city", "eq", "köln"), data, fields=["code", "salutation", "org_name", "org_employees"])
    ids = results.matching_ids(db, query, today=TODAY)
    rows = results.fetch_rows(db, query, ids)
    assert [tuple(r) for r in rows] == [
        (ids[0], "P03", "ms", None, None),
        (ids[1], "P01", "ms", "Müller & Söhne GmbH", 50),
        (ids[2], "P11", "ms", "1000 Bio-Laden", 2000),
        (ids[3], "P06", "neutral", None, None),
    ]
    assert [tuple(r) for r in results.fetch_rows(db, query, list(reversed(ids)))] == [
        tuple(r) for r in reversed(rows)
    ]
    with db.engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(compiler.select_rows(query, TODAY))] == [tuple(r) for r in rows]


# -- counting ---------------------------------------------------------------------------------

COUNT_CASES = [
    all_(),
    c("org_employees", "gt", 20, neg=True),
    c("org_city", "ne", "köln"),
    any_(c("last_name", "eq", "müller"), c("dossier_type", "exists", "AUSG")),
    all_(c("campaign_member", "exists", Ref("C1")), c("org_name", "is_empty", neg=True)),
    c("created_at", "last_days", 7),
]


@pytest.mark.parametrize("where", COUNT_CASES)
@pytest.mark.parametrize("order", [[], [{"field": "org_name"}]])
def test_the_count_is_the_number_of_matches(db: Database, data: Data, where: dict, order: list) -> None:
    query = definition(where, data, order=order, fields=["code", "org_city"])
    ids = results.matching_ids(db, query, today=TODAY)
    with db.engine.connect() as conn:
        count = conn.execute(compiler.select_count(query, TODAY)).scalar_one()
        rows = conn.execute(compiler.select_rows(query, TODAY)).all()
    assert count == len(ids) == len(set(ids)) == len(rows)
    assert [r.id for r in rows] == ids


# -- what a clerk typed never becomes SQL -----------------------------------------------------

EVIL = "x'; DROP TABLE person; --"

EVIL_CASES = [
    c("last_name", "eq", EVIL),
    c("last_name", "ne", EVIL),
    c("last_name", "contains", EVIL),
    c("last_name", "starts_with", EVIL),
    c("city", "in", ["Nirgendwo", EVIL]),
    c("org_name", "eq", EVIL),
    c("salutation", "eq", EVIL),
    c("country", "in", [EVIL]),
    c("dossier_type", "exists", EVIL),
]


@pytest.mark.parametrize("where", EVIL_CASES)
def test_typed_text_is_a_bound_parameter_never_sql(where: dict) -> None:
    query = parse({"version": 1, "where": all_(where)})
    statement = compiler.select_ids(query, TODAY)
    for dialect in (None, sqlite.dialect(), postgresql.psycopg.dialect()):
        compiled = statement.compile(dialect=dialect) if dialect else statement.compile()
        sql = str(compiled)
        assert "DROP TABLE" not in sql and EVIL not in sql
        assert "x'" not in sql
    for build_statement in (compiler.select_count, compiler.select_rows):
        assert "DROP TABLE" not in str(build_statement(query, TODAY))


def test_typed_sql_finds_nothing_and_harms_nothing(db: Database, data: Data) -> None:
    for where in EVIL_CASES:
        assert found(db, data, where) == [] or where["op"] == "ne", where
    assert set(found(db, data, c("last_name", "ne", EVIL))) == ALL
    assert set(found(db, data, c("last_name", "eq", "' OR 1=1 --"))) == set()
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(text("person"))).scalar_one() == len(ALL)
