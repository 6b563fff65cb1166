"""Demo data: realistic, repeatable, cancellable, on both backends."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from desktop.db import demo
from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    Campaign,
    DossierItem,
    DossierItemType,
    Employee,
    Organisation,
    Person,
)
from desktop.jobs import Cancelled

TODAY = dt.date(2026, 11, 24)
PERSON_COLUMNS = [c for c in Person.__table__.c if c.name not in ("created_at", "updated_at")]


def person_rows(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(*PERSON_COLUMNS).order_by(Person.id))]


def count(db: Database, model: type) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model.__table__)).scalar_one()


def test_same_seed_gives_the_same_data(db: Database, tmp_path) -> None:
    demo.generate(db, persons=300, seed=7, today=TODAY)
    other = Database(tmp_path / "other.sqlite3")
    from desktop.db.migrate import upgrade

    upgrade(other)
    demo.generate(other, persons=300, seed=7, today=TODAY)
    assert person_rows(db) == person_rows(other)
    demo.clear(other)
    demo.generate(other, persons=300, seed=8, today=TODAY)
    assert person_rows(db) != person_rows(other)
    other.dispose()


def test_contacts_look_german_and_dutch(db: Database) -> None:
    summary = demo.generate(db, persons=1200, seed=1, today=TODAY)
    assert (summary.persons, summary.organisations, summary.employees, summary.campaigns) == (1200, 100, 12, 4)
    with db.session() as session:
        persons = session.scalars(select(Person)).all()
        by_country = {c: [p for p in persons if p.country == c] for c in ("DE", "NL")}
        # Roughly 60 % German, 40 % Dutch.
        assert 0.5 < len(by_country["DE"]) / len(persons) < 0.7
        assert all(re.fullmatch(r"\d{5}", p.postcode) for p in by_country["DE"])
        assert all(re.fullmatch(r"\d{4} [A-Z]{2}", p.postcode) for p in by_country["NL"])
        assert {"Köln", "Bonn"} <= {p.city for p in by_country["DE"]}
        assert "Amsterdam" in {p.city for p in by_country["NL"]}
        # Dutch "tussenvoegsels" are kept apart from the family name.
        prefixed = [p for p in by_country["NL"] if p.name_prefix]
        assert prefixed and all(not p.last_name.lower().startswith(p.name_prefix + " ") for p in prefixed)
        assert all(p.letter_language in ("de", "nl", "en") for p in persons)
        assert len({p.code for p in persons}) == 1200
        assert all(p.email == "" or re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.[a-z]+", p.email) for p in persons)
        employed = [p for p in persons if p.organisation_id]
        assert 0.6 < len(employed) / len(persons) < 0.9
        assert all(p.country == p.organisation.country for p in employed[:200])
        codes = set(session.scalars(select(DossierItemType.code)))
        assert {"AUSG", "EING", "MAIL", "TEL"} <= codes


def test_a_finished_campaign_has_history(db: Database) -> None:
    demo.generate(db, persons=2000, seed=1, today=TODAY)
    with db.session() as session:
        campaigns = session.scalars(select(Campaign).order_by(Campaign.number)).all()
        assert [c.number for c in campaigns] == ["2026-001", "2026-002", "2026-003", "2026-004"]
        assert campaigns[0].last_run is not None and campaigns[1].last_run is None
        members = session.scalar(select(func.count()).select_from(ActionMember))
        items = session.scalar(select(func.count()).where(DossierItem.campaign_id == campaigns[0].id))
        assert members == items > 0


def test_new_rows_after_demo_get_fresh_ids(db: Database) -> None:
    """PostgreSQL's sequences must be moved past the ids the demo wrote."""
    demo.generate(db, persons=50, seed=1, today=TODAY)
    with db.session() as session:
        person = Person(code="NEU-1", last_name="Neumann")
        employee = Employee(code="NEU", last_name="Neu")
        session.add_all([person, employee])
        session.flush()
        assert person.id == 51
        assert employee.id == 13


def test_cancel_writes_nothing(db: Database) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        demo.generate(db, persons=30000, seed=1, today=TODAY, cancel=cancel)
    assert demo.is_empty(db)
    assert count(db, Organisation) == 0


def test_progress_reaches_the_end(db: Database) -> None:
    seen: list[tuple[int, int, str]] = []
    demo.generate(db, persons=500, seed=1, today=TODAY, progress=lambda d, t, s: seen.append((d, t, s)))
    assert seen[-1][0] == seen[-1][1] and seen[-1][2] == "done"
    assert [d for d, _t, _s in seen] == sorted(d for d, _t, _s in seen)
    assert {s for _d, _t, s in seen} <= set(demo.STAGES)


def test_clear_empties_the_database(db: Database) -> None:
    assert demo.is_empty(db)
    demo.generate(db, persons=100, seed=1, today=TODAY)
    assert not demo.is_empty(db)
    demo.clear(db)
    assert demo.is_empty(db)
    assert count(db, DossierItemType) == 0
