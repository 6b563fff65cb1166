"""Exporting a query's result: the CSV and the workbook a clerk opens in Excel.

The files are read back the way Excel would see them: the CSV with the csv module
(``;``, UTF-8 with BOM), the workbook by unzipping it and reading the sheet's XML (openpyxl
is not installed). Each export runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from desktop.db.engine import Database
from desktop.db.models import Organisation, Person, Salutation
from desktop.jobs import Cancelled
from desktop.query import export, results
from desktop.query.definition import QueryDefinition, parse

UTC = dt.timezone.utc
# Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
CREATED = dt.datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
FIELDS = [
    "code", "salutation", "first_name", "last_name", "org_name", "org_employees", "created_at",
    "deceased", "city",
]
HEADERS = [
    "Kontaktcode", "Anrede", "Vorname", "Nachname", "Organisation", "Mitarbeiter (Hälfte)",
    "Angelegt am", "Verstorben", "Ort",
]
YES_NO = ("ja", "nein")
EXCEL_EPOCH = dt.date(1899, 12, 30)
NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def definition(**extra: Any) -> QueryDefinition:
    return parse({"version": 1, "where": {"match": "all", "items": []}, "fields": FIELDS, **extra})


def german(key: str, value: Any) -> Any:
    """What the window hands over as ``format_value``; the exports call it for pick lists only."""
    assert key in ("salutation", "letter_language", "country", "org_industry"), key
    if key == "salutation":
        return {"ms": "Frau", "mr": "Herr", "neutral": ""}.get(value, value)
    return value


@pytest.fixture
def people(db: Database) -> Database:
    """Seven persons; the first one's name holds a semicolon and quotes."""
    with db.session() as session:
        steel = Organisation(code="O-1", name="Stahl & Söhne GmbH", employee_count=25)
        small = Organisation(code="O-2", name='Café "Zum Dom"', employee_count=3)
        session.add_all([steel, small])
        session.flush()
        day = dt.timedelta(days=1)
        session.add_all([
            Person(code="0001", salutation=Salutation.MS, first_name="Anna", last_name='Müller; "Meier"',
                   city="Köln", organisation_id=steel.id, created_at=CREATED),
            Person(code="0002", salutation=Salutation.MR, first_name="Bernd", last_name="Äbel",
                   city="Düsseldorf", deceased=True, created_at=CREATED + day),
            Person(code="0003", salutation=Salutation.NEUTRAL, first_name="Carla", last_name="Zander",
                   city="Bonn", organisation_id=small.id, created_at=CREATED + 2 * day),
            Person(code="0004", salutation=Salutation.MS, first_name="Doris", last_name="Schmidt",
                   city="Aachen", organisation_id=steel.id, created_at=CREATED + 3 * day),
            Person(code="0005", salutation=Salutation.MR, first_name="Emil", last_name="Weber",
                   city="Straßburg", created_at=CREATED + 4 * day),
            Person(code="0006", salutation=Salutation.MR, first_name="Frank", last_name="Becker",
                   city="Bonn", organisation_id=small.id, created_at=CREATED + 5 * day),
            Person(code="0007", salutation=Salutation.MS, first_name="Greta", last_name="Öztürk",
                   city="Köln", created_at=CREATED + 6 * day),
        ])
    return db


def expected_rows(db: Database, query: QueryDefinition) -> list[tuple[Any, ...]]:
    """The rows the result table shows, in its order (without the id)."""
    ids = results.matching_ids(db, query)
    return [tuple(row)[1:] for row in results.fetch_rows(db, query, ids)]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def leftovers(folder: Path) -> list[str]:
    """Temporary files of an export (``.~<name>…``) still lying in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~"))


JOBS: dict[str, Callable[..., int]] = {"csv": export.export_csv, "xlsx": export.export_xlsx}


# -- CSV --------------------------------------------------------------------------------------


def test_csv_is_what_excel_reads_in_a_german_office(people: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "Kunden.csv"
    query = definition()

    written = export.export_csv(people, query, path, HEADERS, format_value=german, yes_no=YES_NO)

    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    table = read_csv(path)
    assert table[0] == HEADERS
    expected = expected_rows(people, query)
    assert written == len(expected) == len(table) - 1 == 7
    # Same persons in the same order as the result table …
    assert [row[0] for row in table[1:]] == [row[0] for row in expected]
    # … with every value as the result table's value, formatted for Excel.
    assert table[1:] == [
        [export.cell_text(key, german(key, value) if key == "salutation" else value, YES_NO)
         for key, value in zip(FIELDS, row)]
        for row in expected
    ]
    by_code = {row[0]: row for row in table[1:]}
    assert by_code["0001"] == [
        "0001", "Frau", "Anna", 'Müller; "Meier"', "Stahl & Söhne GmbH", "25", "05.03.2024", "nein", "Köln",
    ]
    assert by_code["0002"] == ["0002", "Herr", "Bernd", "Äbel", "", "", "06.03.2024", "ja", "Düsseldorf"]
    assert by_code["0003"][4:6] == ['Café "Zum Dom"', "3"]
    # The semicolon and the quotes are quoted the way Excel expects, not split or dropped.
    text = raw.decode("utf-8-sig")
    assert '"Müller; ""Meier"""' in text
    assert text.endswith("\r\n") and text.count("\r\n") == 8


def test_csv_keeps_the_order_of_the_query(people: Database, tmp_path: Path) -> None:
    path = tmp_path / "by_code.csv"
    query = definition(order=[{"field": "code", "descending": True}])
    export.export_csv(people, query, path, HEADERS)
    codes = [row[0] for row in read_csv(path)[1:]]
    assert codes == ["0007", "0006", "0005", "0004", "0003", "0002", "0001"]

    default = tmp_path / "by_name.csv"
    export.export_csv(people, definition(), default, HEADERS)
    names = [row[3] for row in read_csv(default)[1:]]
    # Last name, umlauts sorted as their plain letter: Äbel first, Öztürk among the O's.
    assert names == ["Äbel", "Becker", 'Müller; "Meier"', "Öztürk", "Schmidt", "Weber", "Zander"]


def test_csv_of_a_filtered_query_holds_only_the_matching_persons(people: Database, tmp_path: Path) -> None:
    path = tmp_path / "koeln.csv"
    query = definition(where={"match": "all", "items": [{"field": "city", "op": "eq", "value": "köln"}]})
    assert export.export_csv(people, query, path, HEADERS) == 2
    assert sorted(row[0] for row in read_csv(path)[1:]) == ["0001", "0007"]


def test_without_yes_no_words_and_formatter_the_stored_values_are_written(people: Database, tmp_path: Path) -> None:
    path = tmp_path / "raw.csv"
    export.export_csv(people, definition(), path, HEADERS)
    by_code = {row[0]: row for row in read_csv(path)[1:]}
    assert by_code["0001"][1] == "ms"
    assert by_code["0001"][5] == "25"
    assert (by_code["0001"][7], by_code["0002"][7]) == ("no", "yes")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1234.50"), "1234,50"),
        (Decimal("-0.5"), "-0,5"),
        (2.25, "2,25"),
        (7, "7"),
        (None, ""),
        (True, "ja"),
        (False, "nein"),
        (dt.date(2026, 1, 9), "09.01.2026"),
        ("a;b", "a;b"),
    ],
)
def test_a_cell_reads_as_a_german_excel_expects(value: Any, text: str) -> None:
    assert export.cell_text("org_employees", value, YES_NO) == text


def test_a_timestamp_of_a_date_field_is_its_calendar_day() -> None:
    assert export.cell_text("created_at", CREATED, YES_NO) == "05.03.2024"


# -- XLSX -------------------------------------------------------------------------------------


@dataclass
class Cell:
    kind: str  # "s" text, "n" number
    value: Any
    style: int


@dataclass
class Sheet:
    rows: list[dict[int, Cell]]
    bold_styles: set[int]
    number_formats: dict[int, str]  # style index → format code
    pane: dict[str, str]
    autofilter: str
    filter_name: str


def _column(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref).group(0)  # type: ignore[union-attr]
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number - 1


def read_xlsx(path: Path) -> Sheet:
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
        styles = ElementTree.fromstring(book.read("xl/styles.xml"))
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
        shared = []
        if "xl/sharedStrings.xml" in names:
            strings = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{{{NS['x']}}}t")) for si in strings.findall("x:si", NS)]
    rows = []
    for row in sheet.findall("x:sheetData/x:row", NS):
        cells = {}
        for c in row.findall("x:c", NS):
            kind, style = c.get("t", "n"), int(c.get("s", "0"))
            if kind == "inlineStr":
                cells[_column(c.get("r"))] = Cell("s", "".join(t.text or "" for t in c.iter(f"{{{NS['x']}}}t")), style)
            elif kind == "s":
                cells[_column(c.get("r"))] = Cell("s", shared[int(c.find("x:v", NS).text)], style)
            elif kind == "str":
                cells[_column(c.get("r"))] = Cell("s", c.find("x:v", NS).text or "", style)
            else:
                assert kind == "n", kind
                cells[_column(c.get("r"))] = Cell("n", float(c.find("x:v", NS).text), style)
        rows.append(cells)
    fonts = styles.findall("x:fonts/x:font", NS)
    formats = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.findall("x:numFmts/x:numFmt", NS)}
    bold, number_formats = set(), {}
    for index, xf in enumerate(styles.findall("x:cellXfs/x:xf", NS)):
        if fonts[int(xf.get("fontId", "0"))].find("x:b", NS) is not None:
            bold.add(index)
        number_formats[index] = formats.get(int(xf.get("numFmtId", "0")), "General")
    pane = sheet.find("x:sheetViews/x:sheetView/x:pane", NS)
    autofilter = sheet.find("x:autoFilter", NS)
    filter_name = workbook.find("x:definedNames/x:definedName[@name='_xlnm._FilterDatabase']", NS)
    return Sheet(
        rows=rows,
        bold_styles=bold,
        number_formats=number_formats,
        pane=dict(pane.attrib) if pane is not None else {},
        autofilter=autofilter.get("ref") if autofilter is not None else "",
        filter_name=filter_name.text if filter_name is not None else "",
    )


def excel(value: Any) -> tuple[str, Any] | None:
    """How a value of the result must appear in the workbook: (kind, value), or no cell."""
    value = export._as_date("created_at", value) if isinstance(value, dt.datetime) else value
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return ("s", YES_NO[0] if value else YES_NO[1])
    if isinstance(value, (int, float, Decimal)):
        return ("n", float(value))
    if isinstance(value, dt.date):
        return ("n", float((value - EXCEL_EPOCH).days))
    return ("s", str(value))


def test_xlsx_keeps_numbers_and_dates_for_excel(people: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "Kunden.xlsx"
    query = definition()

    written = export.export_xlsx(people, query, path, HEADERS, format_value=german, yes_no=YES_NO)

    assert zipfile.is_zipfile(path)
    sheet = read_xlsx(path)
    expected = expected_rows(people, query)
    assert written == len(expected) == len(sheet.rows) - 1 == 7

    header = sheet.rows[0]
    assert [header[i].value for i in range(len(HEADERS))] == HEADERS
    assert all(cell.style in sheet.bold_styles for cell in header.values())
    assert sheet.pane.get("state") == "frozen"
    assert sheet.pane.get("ySplit") == "1" and sheet.pane.get("topLeftCell") == "A2"
    assert "xSplit" not in sheet.pane
    assert sheet.autofilter == "A1:I8"
    assert sheet.filter_name == "Sheet1!$A$1:$I$8"

    for cells, row in zip(sheet.rows[1:], expected):
        shown = {i: (c.kind, c.value) for i, c in cells.items()}
        shown_values = [german(k, v) if k == "salutation" else v for k, v in zip(FIELDS, row)]
        wanted = {i: excel(v) for i, v in enumerate(shown_values) if excel(v)}
        assert shown == wanted
        assert not any(c.style in sheet.bold_styles for c in cells.values())

    first = next(cells for cells in sheet.rows[1:] if cells[0].value == "0001")
    assert first[0].kind == "s"  # the contact code "0001" stays text, leading zero included
    assert (first[1].kind, first[1].value) == ("s", "Frau")
    assert first[3].value == 'Müller; "Meier"'
    assert (first[5].kind, first[5].value) == ("n", 25)
    assert (first[6].kind, first[6].value) == ("n", 45356.0)  # 5 March 2024
    assert sheet.number_formats[first[6].style] == "dd.mm.yyyy"
    assert sheet.number_formats[first[5].style] == "General"
    assert (first[7].kind, first[7].value) == ("s", "nein")
    second = next(cells for cells in sheet.rows[1:] if cells[0].value == "0002")
    assert 4 not in second and 5 not in second  # no organisation: empty cells, not "None"
    assert second[7].value == "ja"


def test_an_empty_result_is_a_workbook_with_the_header_only(people: Database, tmp_path: Path) -> None:
    path = tmp_path / "none.xlsx"
    query = definition(where={"match": "all", "items": [{"field": "city", "op": "eq", "value": "Paris"}]})
    assert export.export_xlsx(people, query, path, HEADERS) == 0
    sheet = read_xlsx(path)
    assert len(sheet.rows) == 1
    assert sheet.autofilter == "A1:I1"

    csv_path = tmp_path / "none.csv"
    assert export.export_csv(people, query, csv_path, HEADERS) == 0
    assert read_csv(csv_path) == [HEADERS]


# -- streaming, cancel and errors, both formats --------------------------------------------------


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_progress_counts_the_rows_batch_by_batch(
    people: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    monkeypatch.setattr(export, "BATCH", 3)
    calls: list[tuple[int, int, str]] = []
    path = tmp_path / f"rows.{kind}"
    written = JOBS[kind](people, definition(), path, HEADERS, progress=lambda *call: calls.append(call))
    assert written == 7
    assert calls == [(3, 0, "rows"), (6, 0, "rows"), (7, 0, "rows")]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("earlier_file", [True, False], ids=["replacing", "new"])
def test_cancel_after_the_first_batch_leaves_the_folder_as_it_was(
    people: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, earlier_file: bool
) -> None:
    monkeypatch.setattr(export, "BATCH", 3)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"Kunden.{kind}"
    if earlier_file:
        path.write_bytes(b"last week's export")
    polls: list[int] = []

    def cancel() -> bool:
        polls.append(1)
        return len(polls) > 1  # the clerk presses Cancel while the first batch is written

    progress: list[int] = []
    with pytest.raises(Cancelled):
        JOBS[kind](people, definition(), path, HEADERS, cancel=cancel, progress=lambda done, *_: progress.append(done))

    assert progress == [3]  # one batch was written before the cancel was seen
    assert leftovers(folder) == []
    if earlier_file:
        assert sorted(folder.iterdir()) == [path]
        assert path.read_bytes() == b"last week's export"
    else:
        assert list(folder.iterdir()) == []


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_error_while_writing_deletes_the_partial_file(people: Database, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"Kunden.{kind}"
    path.write_bytes(b"last week's export")

    def broken(key: str, value: Any) -> Any:
        if key == "salutation" and value == "neutral":
            raise ValueError("no word for neutral")
        return value

    with pytest.raises(ValueError, match="neutral"):
        JOBS[kind](people, definition(), path, HEADERS, format_value=broken)
    assert sorted(folder.iterdir()) == [path]
    assert path.read_bytes() == b"last week's export"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_missing_folder_is_an_os_error_and_nothing_is_left(people: Database, tmp_path: Path, kind: str) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    path = tmp_path / "not there" / f"Kunden.{kind}"
    with pytest.raises(OSError):
        JOBS[kind](people, definition(), path, HEADERS)
    assert not path.parent.exists()
    assert leftovers(tmp_path) == []
    assert [n for n in sorted(p.name for p in tmp_path.iterdir()) if n not in before] == []


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_finished_export_replaces_the_earlier_one_and_leaves_no_temporary_file(
    people: Database, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"Kunden.{kind}"
    path.write_bytes(b"last week's export")
    assert JOBS[kind](people, definition(), path, HEADERS) == 7
    assert sorted(folder.iterdir()) == [path]
    if kind == "csv":
        assert len(read_csv(path)) == 8
    else:
        assert len(read_xlsx(path).rows) == 8
