"""The result list: its default order from the stored sort key, and its first page first."""

from __future__ import annotations

from sqlalchemy import select, text

from desktop.db import demo
from desktop.db.engine import Database
from desktop.db.models import Person
from desktop.query import results
from desktop.query.definition import parse
from desktop.query.fields import P

CITIES = parse({"where": {"match": "any", "items": [
    {"field": "city", "op": "in", "value": ["Köln", "Amsterdam", "Berlin", "Rotterdam"]},
    {"field": "org_employees", "op": "gt", "value": 20},
]}})


def test_the_sort_key_follows_the_name_through_every_change(db: Database) -> None:
    with db.session() as session:
        person = Person(code="1", first_name="Änne", last_name="Öztürk")
        session.add(person)
        session.flush()
        person_id = person.id
    assert stored_key(db, person_id) == "ozturk\x1fanne"
    with db.session() as session:
        session.get_one(Person, person_id).last_name = "Straßer"
    assert stored_key(db, person_id) == "strasser\x1fanne"


def stored_key(db: Database, person_id: int) -> str:
    with db.engine.connect() as conn:
        return conn.execute(select(P.c.sort_key).where(P.c.id == person_id)).scalar_one()


def test_persons_are_listed_by_last_then_first_name_whatever_their_case_and_accents(db: Database) -> None:
    names = [("zoe", "Abel"), ("Anna", "Ábel"), ("Bert", "abel"), ("Carl", "Ab"), ("Dora", "Abe Zett")]
    with db.session() as session:
        session.add_all(Person(code=str(n), first_name=f, last_name=ln) for n, (f, ln) in enumerate(names))
    ids = results.matching_ids(db, parse({}))
    with db.engine.connect() as conn:
        by_id = dict(conn.execute(select(P.c.id, P.c.first_name)).all())
    # "Abe Zett" before "Abel": the space sorts before letters; Anna, Bert, zoe all "abel".
    assert [by_id[i] for i in ids] == ["Carl", "Dora", "Anna", "Bert", "zoe"]


def test_the_first_page_comes_first_and_is_the_beginning_of_the_whole_result(db: Database) -> None:
    demo.generate(db, persons=1200, seed=3)
    pages: list[list[int]] = []
    ids = results.matching_ids(db, CITIES, first_page=pages.append)
    assert len(ids) > results.PAGE  # more than one page, or the test shows nothing
    assert pages == [ids[: results.PAGE]]


def test_no_first_page_of_its_own_when_the_clerk_sorts_by_another_column(db: Database) -> None:
    demo.generate(db, persons=300, seed=3)
    by_city = parse({**CITIES.to_json(), "order": [{"field": "city", "descending": True}]})
    pages: list[list[int]] = []
    ids = results.matching_ids(db, by_city, first_page=pages.append)
    assert pages == [] and ids


def test_a_first_page_over_its_budget_is_given_up_and_the_connection_goes_on(db: Database) -> None:
    # Counting to fifty million takes seconds on either database.
    slow = text(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000)"
        " SELECT max(i) FROM n"
    )
    with db.engine.connect() as conn:
        assert results._within_budget(conn, slow, 0.05) is None  # type: ignore[arg-type]
        assert results._within_budget(conn, text("SELECT 7"), 1.0) == [7]  # type: ignore[arg-type]
        # The time limit ended with the page: a long statement afterwards is not cut off.
        assert conn.execute(text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)"
            " SELECT max(i) FROM n"
        )).scalar_one() == 300000


def test_a_first_page_without_time_leaves_the_result_as_it_is(db: Database, monkeypatch) -> None:  # noqa: ANN001
    demo.generate(db, persons=600, seed=3)
    expected = results.matching_ids(db, CITIES)
    monkeypatch.setattr(results, "FIRST_PAGE_BUDGET", 0.0)
    pages: list[list[int]] = []
    assert results.matching_ids(db, CITIES, first_page=pages.append) == expected
    assert pages in ([], [expected[: results.PAGE]])
