"""``kampagnen query`` and ``kampagnen selection`` as an admin runs them: a real process.

Like ``tests/test_cli.py``: each command is ``python -m desktop`` with its own
KAMPAGNEN_HOME, no screen and no terminal, on a SQLite file with demo data. What the
commands print is compared with what the query modules compute in this process.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_process import run_kampagnen

from desktop.db import demo, migrate
from desktop.db.engine import Database
from desktop.query import export, results, selections
from desktop.query.definition import parse
from desktop.query.fields import BY_KEY

FIELDS = ["code", "salutation", "first_name", "last_name", "org_employees", "created_at", "deceased", "city"]
# Persons in Köln, Bonn or Amsterdam, except those at a small organisation.
IN_THREE_CITIES = {
    "version": 1,
    "where": {
        "match": "all",
        "items": [
            {"field": "city", "op": "in", "value": ["Köln", "Bonn", "Amsterdam"]},
            {"field": "org_employees", "op": "lt", "value": 10, "not": True},
        ],
    },
    "fields": FIELDS,
    "order": [{"field": "city", "descending": False}],
}
GERMANS = {
    "version": 1,
    "where": {"match": "all", "items": [{"field": "country", "op": "eq", "value": "DE"}]},
    "fields": ["code", "last_name"],
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file at the newest schema with 300 demo persons (copied for each test)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database(path)
    migrate.upgrade(db)
    demo.generate(db, persons=300, seed=1)
    db.dispose()
    return path


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "kampagnen.sqlite3"
    shutil.copyfile(demo_file, path)
    yield path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def kampagnen(home: Path, database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_kampagnen(home, "--database", str(database), *args)


def write_json(path: Path, content: Any) -> Path:
    path.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def expected_table(database: Path, raw: dict[str, Any]) -> tuple[list[int], list[tuple[Any, ...]]]:
    """The ids and output rows (without id) the query finds, in the result's order."""
    query = parse(raw)
    db = Database(database)
    try:
        ids = results.matching_ids(db, query)
        rows = []
        for start in range(0, len(ids), results.PAGE):
            rows += [tuple(r)[1:] for r in results.fetch_rows(db, query, ids[start : start + results.PAGE])]
        return ids, rows
    finally:
        db.dispose()


def stored_selections(database: Path) -> dict[str, selections.SelectionData]:
    db = Database(database)
    try:
        with db.session() as session:
            return {row.name: selections.load(session, row.id) for row in selections.list_selections(session)}
    finally:
        db.dispose()


# -- query run -------------------------------------------------------------------------------------


def test_count_prints_the_number_of_persons_found(home: Path, database: Path, tmp_path: Path) -> None:
    ids, _rows = expected_table(database, IN_THREE_CITIES)
    assert 0 < len(ids) < 300  # the query really filters
    result = kampagnen(home, database, "query", "run", str(write_json(tmp_path / "def.json", IN_THREE_CITIES)), "--count")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{len(ids)}\n"

    everyone = kampagnen(home, database, "query", "run", str(write_json(tmp_path / "all.json", {})), "--count")
    assert everyone.stdout == "300\n"


def test_run_prints_a_tab_separated_table_of_the_result(home: Path, database: Path, tmp_path: Path) -> None:
    _ids, rows = expected_table(database, IN_THREE_CITIES)
    result = kampagnen(home, database, "query", "run", str(write_json(tmp_path / "def.json", IN_THREE_CITIES)))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[-1] == ""
    table = [line.split("\t") for line in lines[:-1]]
    assert table[0] == [BY_KEY[key].label for key in FIELDS]  # English: --lang en
    assert len(table) - 1 == len(rows)
    assert [row[0] for row in table[1:]] == [row[0] for row in rows]  # same persons, same order
    assert [row[3] for row in table[1:]] == [row[3] for row in rows]
    assert [row[7] for row in table[1:]] == [row[7] for row in rows]
    for shown, row in zip(table[1:], rows):
        assert len(shown) == len(FIELDS)
        # Pick-list values by their names, not their codes; dates and booleans for people.
        assert shown[1] in ("Mr", "Ms", "(neutral)")
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", shown[5])
        assert shown[5] == export.cell_text("created_at", row[5], ("yes", "no"))
        assert shown[6] == ("yes" if row[6] else "no")
        assert shown[4] == ("" if row[4] is None else str(row[4]))
    assert {row[7] for row in table[1:]} == {"Amsterdam", "Bonn", "Köln"}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_writes_the_file_and_says_how_many_rows(home: Path, database: Path, tmp_path: Path, kind: str) -> None:
    ids, rows = expected_table(database, IN_THREE_CITIES)
    target = tmp_path / "out" / f"Köln Bonn.{kind}"
    target.parent.mkdir()
    result = kampagnen(
        home, database, "query", "run", str(write_json(tmp_path / "def.json", IN_THREE_CITIES)), "--export", str(target)
    )
    assert result.returncode == 0, result.stderr
    assert re.search(rf"\b{len(ids)}\b", result.stdout)
    assert str(target) in result.stdout
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    if kind == "csv":
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
        with target.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle, delimiter=";"))
        assert table[0] == [BY_KEY[key].label for key in FIELDS]
        assert [row[0] for row in table[1:]] == [row[0] for row in rows]
        assert {row[1] for row in table[1:]} <= {"Mr", "Ms", "(neutral)"}
    else:
        with zipfile.ZipFile(target) as book:
            sheet = book.read("xl/worksheets/sheet1.xml").decode()
        assert sheet.count("<row ") == len(ids) + 1
        assert f'<autoFilter ref="A1:H{len(ids) + 1}"/>' in sheet
        assert 'state="frozen"' in sheet


def test_export_refuses_other_file_types(home: Path, database: Path, tmp_path: Path) -> None:
    target = tmp_path / "result.txt"
    result = kampagnen(home, database, "query", "run", str(write_json(tmp_path / "def.json", GERMANS)), "--export", str(target))
    assert result.returncode == 1
    assert result.stdout == ""
    assert str(target) in result.stderr and ".csv" in result.stderr and ".xlsx" in result.stderr
    assert not target.exists()


def test_export_into_a_missing_folder_fails_with_one_sentence(home: Path, database: Path, tmp_path: Path) -> None:
    target = tmp_path / "not there" / "result.csv"
    result = kampagnen(home, database, "query", "run", str(write_json(tmp_path / "def.json", GERMANS)), "--export", str(target))
    assert result.returncode == 1
    assert str(target) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not target.parent.exists()


def test_a_wrong_definition_gets_one_line_per_problem(home: Path, database: Path, tmp_path: Path) -> None:
    wrong = {
        "version": 1,
        "where": {
            "match": "all",
            "items": [
                {"field": "planet", "op": "eq", "value": "Mars"},
                {"field": "city", "op": "gt", "value": "Köln"},
                {"field": "org_employees", "op": "gt", "value": "zwanzig"},
                {"match": "any", "items": [
                    {"field": "city", "op": "eq", "value": "Bonn"},
                    {"field": "created_at", "op": "eq", "value": "31.02.2026"},
                ]},
            ],
        },
    }
    path = write_json(tmp_path / "wrong.json", wrong)
    for args in (["query", "run", str(path)], ["query", "run", str(path), "--count"],
                 ["query", "run", str(path), "--export", str(tmp_path / "x.csv")]):
        result = kampagnen(home, database, *args)
        assert result.returncode == 1
        assert result.stdout == ""
        lines = result.stderr.strip().split("\n")
        assert len(lines) == 4, result.stderr
        assert "condition 1" in lines[0] and "planet" in lines[0]
        assert "condition 2" in lines[1] and "City" in lines[1]
        assert "condition 3" in lines[2] and "zwanzig" in lines[2]
        assert "condition 4.2" in lines[3] and "31.02.2026" in lines[3]
        assert all(line.startswith(str(path)) for line in lines)
    assert not (tmp_path / "x.csv").exists()


def test_a_file_that_is_not_json_names_the_line(home: Path, database: Path, tmp_path: Path) -> None:
    text = '{\n  "version": 1,\n  "where": {"match": "all", "items": []},\n  "fields": ["code" "last_name"]\n}\n'
    with pytest.raises(json.JSONDecodeError) as decoding:
        json.loads(text)
    assert decoding.value.lineno == 4
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    result = kampagnen(home, database, "query", "run", str(path), "--count")
    assert result.returncode == 1
    assert result.stdout == ""
    assert str(path) in result.stderr and "line 4" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_file_that_is_not_utf8_text_names_the_line(home: Path, database: Path, tmp_path: Path) -> None:
    path = tmp_path / "ansi.json"
    # Saved by an editor in Windows-1252: the ö of Köln is one byte that UTF-8 cannot read.
    path.write_bytes('{\n  "where": {"match": "all", "items": [\n    {"field": "city", "op": "eq", "value": "Köln"}\n  ]}\n}\n'.encode("cp1252"))
    result = kampagnen(home, database, "query", "run", str(path), "--count")
    assert result.returncode == 1
    assert result.stdout == ""
    assert str(path) in result.stderr and "line 3" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_missing_definition_file_is_named(home: Path, database: Path, tmp_path: Path) -> None:
    path = tmp_path / "does-not-exist.json"
    for args in (["query", "run", str(path)], ["selection", "save", "Messe", str(path)]):
        result = kampagnen(home, database, *args)
        assert result.returncode == 1
        assert result.stdout == ""
        assert str(path) in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert stored_selections(database) == {}


# -- selection save / list -------------------------------------------------------------------------


def test_a_saved_distribution_list_is_listed_with_its_marker(home: Path, database: Path, tmp_path: Path) -> None:
    empty = kampagnen(home, database, "selection", "list")
    assert empty.returncode == 0
    assert empty.stdout.strip() and not re.search(r"^\s*\d+\s", empty.stdout, re.M)

    definition = write_json(tmp_path / "def.json", IN_THREE_CITIES)
    saved = kampagnen(home, database, "selection", "save", "Kunden Köln", str(definition),
                      "--description", "Messe 2026", "--distribution-list")
    assert saved.returncode == 0, saved.stderr
    assert "Kunden Köln" in saved.stdout
    plain = kampagnen(home, database, "selection", "save", "Alle Deutschen", str(write_json(tmp_path / "de.json", GERMANS)))
    assert plain.returncode == 0, plain.stderr

    stored = stored_selections(database)
    assert set(stored) == {"Kunden Köln", "Alle Deutschen"}
    koeln = stored["Kunden Köln"]
    assert koeln.definition == parse(IN_THREE_CITIES)
    assert (koeln.description, koeln.is_distribution_list) == ("Messe 2026", True)
    assert not stored["Alle Deutschen"].is_distribution_list

    listed = kampagnen(home, database, "selection", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip("\n").split("\n")
    assert len(lines) == 2
    # Sorted by name: "Alle Deutschen" before "Kunden Köln".
    assert re.fullmatch(rf"\s*{stored['Alle Deutschen'].id}  Alle Deutschen", lines[0])
    assert re.fullmatch(rf"\s*{koeln.id}  Kunden Köln  \[distribution list\]", lines[1])


def test_saving_a_name_again_needs_replace(home: Path, database: Path, tmp_path: Path) -> None:
    first = write_json(tmp_path / "first.json", IN_THREE_CITIES)
    second = write_json(tmp_path / "second.json", GERMANS)
    assert kampagnen(home, database, "selection", "save", "Kunden Köln", str(first), "--distribution-list").returncode == 0
    before = stored_selections(database)["Kunden Köln"]

    refused = kampagnen(home, database, "selection", "save", "kunden köln", str(second))
    assert refused.returncode == 1
    assert "--replace" in refused.stderr and "Kunden Köln" in refused.stderr
    assert stored_selections(database) == {"Kunden Köln": before}

    replaced = kampagnen(home, database, "selection", "save", "Kunden Köln", str(second), "--replace",
                         "--description", "nur Deutschland")
    assert replaced.returncode == 0, replaced.stderr
    stored = stored_selections(database)
    assert list(stored) == ["Kunden Köln"]
    after = stored["Kunden Köln"]
    assert after.id == before.id
    assert after.definition == parse(GERMANS)
    assert (after.description, after.is_distribution_list) == ("nur Deutschland", False)
    assert after.row_version == before.row_version + 1


def test_saving_needs_a_name_and_a_valid_definition(home: Path, database: Path, tmp_path: Path) -> None:
    good = write_json(tmp_path / "good.json", GERMANS)
    nameless = kampagnen(home, database, "selection", "save", "   ", str(good))
    assert nameless.returncode == 1
    assert nameless.stderr.strip()

    wrong = write_json(tmp_path / "wrong.json", {"where": {"items": [{"field": "city", "op": "between", "value": 1}]}})
    invalid = kampagnen(home, database, "selection", "save", "Messe", str(wrong))
    assert invalid.returncode == 1
    assert "condition 1" in invalid.stderr
    assert stored_selections(database) == {}


def test_the_saved_selection_finds_what_the_query_found(home: Path, database: Path, tmp_path: Path) -> None:
    definition = write_json(tmp_path / "def.json", IN_THREE_CITIES)
    assert kampagnen(home, database, "selection", "save", "Drei Städte", str(definition)).returncode == 0
    stored = stored_selections(database)["Drei Städte"]
    ids, _rows = expected_table(database, IN_THREE_CITIES)
    db = Database(database)
    try:
        assert results.matching_ids(db, stored.definition) == ids
    finally:
        db.dispose()
