"""Realistic German and Dutch demo data: ``kampagnen demo`` and ``kampagnen --demo``.

The same seed gives the same rows (dates are relative to ``today``). Names and streets
come from Faker (de_DE, nl_NL), drawn once into pools and then combined with a seeded
``random.Random`` — calling Faker per row would make 100,000 persons take minutes.
Rows are written with Core bulk inserts in one transaction, so a cancel leaves nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from faker import Faker
from sqlalchemy import Connection, delete, func, insert, select

from desktop.db import demo_history
from desktop.db import demo_pools as pools
from desktop.db.engine import Database
from desktop.db.models import Base, Campaign, DossierItemType, Employee, Organisation, Person, Selection
from desktop.db.models.base import current_login
from desktop.db.models.contacts import sort_key
from desktop.db.models.enums import Salutation
from desktop.db.phones import phone_key
from desktop.jobs import Cancelled, Progress, no_progress

# Stages reported to ``progress``; the CLI and the window translate them.
STAGES = ("employees", "organisations", "persons", "campaigns", "history", "done")
PERSONS_PER_ORGANISATION = 12
BATCH = 5000

DOSSIER_TYPES = [
    ("AUSG", "Ausgangspost"),
    ("EING", "Eingangspost"),
    ("MAIL", "E-Mail"),
    ("TEL", "Telefonat"),
    ("NOTIZ", "Notiz"),
    ("SMS", "SMS"),
    ("REAK", "Reaktion"),
]


@dataclasses.dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate` wrote."""

    persons: int
    organisations: int
    employees: int
    campaigns: int
    seconds: float


def is_empty(db: Database) -> bool:
    """Whether the database holds no contacts, employees, campaigns or selections yet."""
    with db.engine.connect() as conn:
        return all(
            conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
            for table in (Person.__table__, Organisation.__table__, Employee.__table__, Campaign.__table__,
                          Selection.__table__)
        )


def clear(db: Database) -> None:
    """Delete every row of every Kampagnen table (the schema stays)."""
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(delete(table))


def _ascii(text_: str) -> str:
    """Turn a name into the part of an e-mail address ("Müller" → "mueller")."""
    text_ = text_.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text_ = unicodedata.normalize("NFKD", text_).encode("ascii", "ignore").decode()
    return "".join(c for c in text_ if c.isalnum() or c in ".-")


_NOT_IN_DOMAIN = {
    "van", "de", "der", "den", "het", "le", "la", "und", "en", "gmbh", "ag", "co", "kg", "kgaa", "bv",
    "nv", "vof", "royal", "ohg", "gbr", "se", "ug", "mbh", "stiftung", "holding", "group", "partners",
}


def _domain_word(company: str) -> str:
    """The word of a company name that its web address would use ("Stahr AG" → "stahr")."""
    for word in company.replace("&", " ").replace(",", " ").replace("-", " ").split():
        slug = _ascii(word).strip(".")
        if len(slug) > 2 and slug not in _NOT_IN_DOMAIN:
            return slug
    return "firma"


class _Country:
    """Pools of names and places for one country, drawn once from Faker."""

    def __init__(self, locale: str, code: str, rng: random.Random, seed: int) -> None:
        fake = Faker(locale)
        fake.seed_instance(seed)
        self.code = code
        self.rng = rng
        self.male = sorted({fake.first_name_male() for _ in range(600)})
        self.female = sorted({fake.first_name_female() for _ in range(600)})
        self.last = sorted({fake.last_name() for _ in range(1500)})
        self.streets = sorted({fake.street_name() for _ in range(1500)})
        self.companies = sorted({fake.company() for _ in range(3000)})
        german = code == "DE"
        self.cities = pools.GERMAN_CITIES if german else pools.DUTCH_CITIES
        self.city_weights = [c[4] for c in self.cities]
        self.functions = pools.GERMAN_FUNCTIONS if german else pools.DUTCH_FUNCTIONS
        self.departments = pools.GERMAN_DEPARTMENTS if german else pools.DUTCH_DEPARTMENTS
        self.industries = pools.INDUSTRIES_DE if german else pools.INDUSTRIES_NL
        self.private_mail = pools.PRIVATE_MAIL_DE if german else pools.PRIVATE_MAIL_NL
        self.language = "de" if german else "nl"
        self.tld = "de" if german else "nl"

    def address(self) -> dict[str, str]:
        rng = self.rng
        city, first, last, area, _weight = rng.choices(self.cities, self.city_weights)[0]
        number = rng.randint(1, 180)
        if self.code == "DE":
            postcode = f"{rng.randint(first, last):05d}"
            street = f"{rng.choice(self.streets)} {number}{rng.choice(['', '', '', '', 'a', 'b'])}"
        else:
            letters = "ABCDEGHJKLMNPRSTVWXZ"
            postcode = f"{rng.randint(first, last)} {rng.choice(letters)}{rng.choice(letters)}"
            street = f"{rng.choice(self.streets)} {number}"
        phone = f"{area} {rng.randint(100000, 9999999)}" if self.code == "DE" else f"{area} {rng.randint(1000000, 9999999)}"
        return {"street": street, "postcode": postcode, "city": city, "country": self.code, "phone": phone}

    def mobile(self) -> str:
        if self.code == "DE":
            return f"01{self.rng.choice(['51', '52', '60', '62', '70', '71', '76'])} {self.rng.randint(1000000, 99999999)}"
        return f"06 {self.rng.randint(10000000, 99999999)}"

    def split_prefix(self, last_name: str) -> tuple[str, str]:
        lowered = last_name.lower()
        for prefix in pools.DUTCH_NAME_PREFIXES:
            if lowered.startswith(prefix + " "):
                return last_name[: len(prefix)], last_name[len(prefix) + 1 :]
        return "", last_name


def _batched(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def generate(
    db: Database,
    persons: int = 2000,
    seed: int = 1,
    *,
    today: dt.date | None = None,
    selections: bool = False,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> DemoSummary:
    """Fill an empty, migrated database with demo data.

    Args:
        db: The database; it must be at the newest schema and hold no contacts.
        persons: How many persons to create (organisations: one per twelve persons).
        seed: The same seed gives the same data.
        today: The date the demo history is relative to (default: today).
        selections: Also save a few selections to try target groups with (the program's
            and the CLI's demo do; tests that count selections do not want them).
        progress: Called with (done, total, stage) where stage is one of :data:`STAGES`.
        cancel: Polled between batches; when it returns True, nothing is written.

    Raises:
        Cancelled: The clerk cancelled; the transaction was rolled back.
    """
    started = time.perf_counter()
    today = today or dt.date.today()
    rng = random.Random(seed)
    countries = [_Country("de_DE", "DE", rng, seed), _Country("nl_NL", "NL", rng, seed + 1)]
    organisations = max(1, persons // PERSONS_PER_ORGANISATION)
    total = persons + organisations + 2000
    done = 0

    def step(n: int, stage: str) -> None:
        nonlocal done
        done += n
        if cancel():
            raise Cancelled()
        progress(min(done, total), total, stage)

    now = dt.datetime.combine(today, dt.time(9, 0), tzinfo=dt.timezone.utc)
    common = {"row_version": 1, "updated_at": now, "updated_by": "demo"}
    with db.engine.begin() as conn:
        step(0, "employees")
        employees = _employees(conn, countries[0], common)
        types = _dossier_types(conn, common)
        step(0, "organisations")
        org_countries, org_domains = _organisations(
            conn, rng, countries, organisations, employees, now, common, step
        )
        _persons(conn, rng, countries, org_countries, org_domains, persons, employees, now, common, step)
        step(0, "campaigns")
        campaigns = demo_history.add_campaigns(conn, rng, today, employees, types, common)
        if selections:
            demo_history.add_selections(conn, common)
        step(2000, "history")
        demo_history.fix_sequences(conn)
        progress(total, total, "done")
    return DemoSummary(
        persons=persons,
        organisations=organisations,
        employees=len(employees),
        campaigns=campaigns,
        seconds=time.perf_counter() - started,
    )


def _employees(conn: Connection, country: _Country, common: dict[str, Any]) -> list[int]:
    rng = country.rng
    rows = []
    for i in range(12):
        female = i % 2 == 0
        first = rng.choice(country.female if female else country.male)
        last = rng.choice(country.last)
        title = pools.EMPLOYEE_TITLES[i % len(pools.EMPLOYEE_TITLES)]
        rows.append(
            {
                "id": i + 1,
                "code": f"MA{i + 1:02d}",
                "first_name": first,
                "last_name": last,
                "email": f"{_ascii(first)}.{_ascii(last)}@kampagnen-demo.de",
                "phone": f"0221 98765-{10 + i}",
                "signature_name": f"{first} {last}",
                "signature_title": title,
                # The first employee is whoever runs the demo, so "my tasks" has an owner.
                "login": current_login() if i == 0 else f"{_ascii(first)[:1]}{_ascii(last)}",
                "active": i != 11,
                **common,
            }
        )
    conn.execute(insert(Employee.__table__), rows)
    return [r["id"] for r in rows]


def _dossier_types(conn: Connection, common: dict[str, Any]) -> dict[str, int]:
    rows = [
        {"id": i + 1, "code": code, "name": name, "active": True, **common}
        for i, (code, name) in enumerate(DOSSIER_TYPES)
    ]
    conn.execute(insert(DossierItemType.__table__), rows)
    return {r["code"]: r["id"] for r in rows}


def _organisations(
    conn: Connection,
    rng: random.Random,
    countries: list[_Country],
    count: int,
    employees: list[int],
    now: dt.datetime,
    common: dict[str, Any],
    step: Callable[[int, str], None],
) -> tuple[list[_Country], list[str]]:
    rows = []
    which: list[_Country] = []
    domains: list[str] = []
    for i in range(count):
        country = countries[0] if rng.random() < 0.6 else countries[1]
        which.append(country)
        name = rng.choice(country.companies)
        slug = _domain_word(name)
        domains.append(f"{slug}.{country.tld}")
        rows.append(
            {
                "id": i + 1,
                "code": f"O{i + 1:06d}",
                "name": name,
                "name2": "",
                "website": f"www.{slug}.{country.tld}",
                "industry": rng.choice(country.industries),
                "employee_count": int(rng.lognormvariate(3.0, 1.3)) + 1,
                "account_manager_id": rng.choice(employees[:8]),
                "email": f"info@{slug}.{country.tld}",
                "created_at": now,
                **country.address(),
                **common,
            }
        )
        rows[-1]["phone_key"] = phone_key(rows[-1]["phone"], country.code)
    for batch in _batched(rows):
        conn.execute(insert(Organisation.__table__), batch)
        step(len(batch), "organisations")
    return which, domains


def _persons(
    conn: Connection,
    rng: random.Random,
    countries: list[_Country],
    org_countries: list[_Country],
    org_domains: list[str],
    count: int,
    employees: list[int],
    now: dt.datetime,
    common: dict[str, Any],
    step: Callable[[int, str], None],
) -> None:
    width = max(6, len(str(count)))
    rows: list[dict[str, Any]] = []
    for i in range(count):
        # Three in four persons work for an organisation and share its country and address.
        org_id = rng.randrange(len(org_countries)) + 1 if rng.random() < 0.75 else None
        country = org_countries[org_id - 1] if org_id else (countries[0] if rng.random() < 0.6 else countries[1])
        roll = rng.random()
        salutation = Salutation.MS if roll < 0.49 else Salutation.MR if roll < 0.97 else Salutation.NEUTRAL
        first = rng.choice(country.female if salutation is Salutation.MS else country.male)
        prefix, last = country.split_prefix(rng.choice(country.last))
        title_roll = rng.random()
        if country.code == "DE":
            title = "Prof. Dr." if title_roll < 0.01 else "Dr." if title_roll < 0.06 else ""
        else:
            title = "dr." if title_roll < 0.03 else "ir." if title_roll < 0.06 else "mr." if title_roll < 0.08 else ""
        local = f"{_ascii(first)}.{_ascii(prefix).replace(' ', '')}{_ascii(last)}"
        if org_id:
            email = f"{local}@{org_domains[org_id - 1]}"
        else:
            email = f"{local}@{rng.choice(country.private_mail)}"
        language = "en" if rng.random() < 0.03 else country.language
        rows.append(
            {
                "id": i + 1,
                "code": f"{i + 1:0{width}d}",
                "salutation": salutation,
                "title": title,
                "first_name": first,
                "name_prefix": prefix,
                "last_name": last,
                "sort_key": sort_key(last, first),
                "organisation_id": org_id,
                "function": rng.choice(country.functions) if org_id else "",
                "department": rng.choice(country.departments) if org_id and rng.random() < 0.6 else "",
                "mobile": country.mobile() if rng.random() < 0.6 else "",
                "email": email if rng.random() < 0.9 else "",
                "letter_language": language,
                "no_letter": rng.random() < 0.02,
                "no_email": rng.random() < 0.05,
                "no_phone": rng.random() < 0.04,
                "no_sms": rng.random() < 0.10,
                "deceased": rng.random() < 0.005,
                "account_manager_id": rng.choice(employees[:8]) if rng.random() < 0.3 else None,
                "notes": "",
                "created_at": now,
                **country.address(),
                **common,
            }
        )
        row = rows[-1]
        row["phone_key"] = phone_key(row["phone"], country.code)
        row["mobile_key"] = phone_key(row["mobile"], country.code)
        if len(rows) == BATCH:
            conn.execute(insert(Person.__table__), rows)
            step(len(rows), "persons")
            rows = []
    if rows:
        conn.execute(insert(Person.__table__), rows)
        step(len(rows), "persons")
