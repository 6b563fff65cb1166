"""``export_table``: analyses and totalizer trees as .xlsx and .csv, read back.

openpyxl is not installed, so the workbook is read from its XML parts with ``zipfile``:
a cell without a type is a number, one whose style has a date format is a date.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from desktop.campaigns import analyses, totalizer
from desktop.db.engine import Database
from desktop.query.export import export_table

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
UTC = dt.UTC


def column_index(reference: str) -> int:
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def read_xlsx(path: Path) -> tuple[list[list[Any]], dict[str, Any]]:
    """The first sheet's cells (numbers as float, date cells as datetime, text as str, empty as None)."""
    with zipfile.ZipFile(path) as book:
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
        styles = ElementTree.fromstring(book.read("xl/styles.xml"))
        shared = []
        if "xl/sharedStrings.xml" in book.namelist():
            strings = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")) for si in strings.findall("m:si", NS)]
    formats = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.findall("m:numFmts/m:numFmt", NS)}
    xfs = styles.findall("m:cellXfs/m:xf", NS)
    fonts = styles.findall("m:fonts/m:font", NS)
    date_styles = {i for i, xf in enumerate(xfs) if re.search(r"[dy]", formats.get(int(xf.get("numFmtId")), ""))}
    bold_styles = {i for i, xf in enumerate(xfs) if fonts[int(xf.get("fontId"))].find("m:b", NS) is not None}
    rows: list[list[Any]] = []
    bold: list[tuple[int, int]] = []
    for row in sheet.findall("m:sheetData/m:row", NS):
        number = int(row.get("r")) - 1
        while len(rows) <= number:
            rows.append([])
        for cell in row.findall("m:c", NS):
            col = column_index(cell.get("r"))
            kind, style = cell.get("t"), int(cell.get("s", "0"))
            raw = cell.findtext("m:v", default=None, namespaces=NS)
            if kind == "s":
                value: Any = shared[int(raw)]
            elif kind == "inlineStr":
                value = "".join(t.text or "" for t in cell.iter(f"{{{NS['m']}}}t"))
            elif kind in ("str", "b", "e"):
                value = raw
            elif style in date_styles:
                value = EXCEL_EPOCH + dt.timedelta(days=float(raw))
            else:
                value = float(raw)
            cells = rows[number]
            while len(cells) <= col:
                cells.append(None)
            cells[col] = value
            if style in bold_styles:
                bold.append((number, col))
    pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    auto = sheet.find("m:autoFilter", NS)
    return rows, {"bold": bold, "frozen": pane is not None and pane.get("ySplit") == "1" and pane.get("state") == "frozen",
                  "autofilter": auto.get("ref") if auto is not None else None}


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The clerk's computer is in Germany (CET, UTC+1 in March)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


HEADERS = ["Text", "Whole", "Share", "Money", "Day", "Moment", "Flag", "Nothing"]
ROWS = [
    ["Köln; Süd", 42, 0.25, Decimal("1234.56"), dt.date(2026, 3, 12), dt.datetime(2026, 3, 12, 9, 30, tzinfo=UTC),
     True, None],
    ["", -7, 1.5, Decimal("-0.10"), dt.date(2025, 12, 31), dt.datetime(2026, 1, 1, 0, 0), False, None],
]


def test_a_workbook_keeps_numbers_and_dates(tmp_path: Path, berlin: None) -> None:
    path = tmp_path / "Auswertung.xlsx"
    assert export_table(path, HEADERS, ROWS, yes_no=("ja", "nein")) == 2
    rows, sheet = read_xlsx(path)
    assert rows[0] == HEADERS
    assert sheet["bold"] == [(0, c) for c in range(len(HEADERS))] and sheet["frozen"]
    assert sheet["autofilter"] == "A1:H3"
    first, second = rows[1], rows[2]
    assert first[:4] == ["Köln; Süd", 42.0, 0.25, 1234.56]
    assert first[4] == dt.datetime(2026, 3, 12)
    assert abs(first[5] - dt.datetime(2026, 3, 12, 10, 30)) < dt.timedelta(seconds=1)  # local time, not UTC
    assert first[6] == "ja"
    assert len(first) == 7  # None leaves the cell empty
    assert second[:4] == [None, -7.0, 1.5, -0.1]  # "" too
    assert second[4] == dt.datetime(2025, 12, 31)
    assert abs(second[5] - dt.datetime(2026, 1, 1)) < dt.timedelta(seconds=1)  # naive: written as it is
    assert second[6] == "nein"
    assert [p.name for p in tmp_path.iterdir()] == ["Auswertung.xlsx"]


def read_csv(path: Path) -> tuple[bytes, list[list[str]]]:
    data = path.read_bytes()
    import csv
    import io

    text = data.decode("utf-8-sig")
    return data, list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_a_csv_file_is_the_german_excel_kind(tmp_path: Path, berlin: None) -> None:
    path = tmp_path / "Auswertung.CSV"
    assert export_table(path, HEADERS, ROWS, yes_no=("ja", "nein")) == 2
    data, rows = read_csv(path)
    assert data.startswith(b"\xef\xbb\xbf")  # a byte order mark, else Excel reads "KÃ¶ln"
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[0] == ";".join(HEADERS)
    assert lines[1] == '"Köln; Süd";42;0,25;1234,56;12.03.2026;12.03.2026 10:30;ja;'
    assert lines[2] == ";-7;1,5;-0,10;31.12.2025;01.01.2026 00:00;nein;"
    assert lines[3:] == [""]
    assert rows[1][0] == "Köln; Süd"


def test_an_analysis_reads_back_with_the_counted_numbers(db: Database, demo: Any, raw: Any, tmp_path: Path) -> None:
    """The actions analysis as the clerk exports it: the figures in the files are those counted by hand."""
    dataset = analyses.BY_KEY["actions"]
    with db.session() as session:
        rows = dataset.rows(session, None)
    rows = [[v.value if hasattr(v, "value") else v for v in row] for row in rows]  # the caller words enumerations
    by_action, _whole = raw.totals(demo.campaign)
    book, sheet = tmp_path / "Aktionen.xlsx", tmp_path / "Aktionen.csv"
    assert export_table(book, dataset.headers, rows) == len(rows) == len(raw.actions)
    assert export_table(sheet, dataset.headers, rows) == len(rows)
    cells, _ = read_xlsx(book)
    _, lines = read_csv(sheet)
    assert cells[0] == list(dataset.headers) == lines[0]
    for action in raw.actions_of(demo.campaign):
        t = by_action[action["id"]]
        line = next(r for r in cells[1:] if r[0] == "2026-001" and r[2] == action["sequence"])
        assert line[3:5] == [action["name"], action["channel"].value]
        assert line[7:13] == [float(n) for n in (t.linked, t.not_linked, t.generated, t.handled, t.open,
                                                 t.responded)], action["name"]
        assert line[14:16] == [float(t.estimated), float(t.actual)], action["name"]
        text = next(r for r in lines[1:] if r[0] == "2026-001" and r[2] == str(action["sequence"]))
        assert text[7:13] == [str(n) for n in (t.linked, t.not_linked, t.generated, t.handled, t.open,
                                               t.responded)], action["name"]
        assert text[14:16] == [str(t.estimated).replace(".", ","), str(t.actual).replace(".", ",")]
        if action["planned_date"]:
            assert line[5] == dt.datetime.combine(action["planned_date"], dt.time())
            assert text[5] == action["planned_date"].strftime("%d.%m.%Y")
        else:
            assert (len(line) <= 5 or line[5] is None) and text[5] == ""


def test_a_totalizer_tree_exports_with_its_counts(db: Database, demo: Any, tmp_path: Path) -> None:
    with db.session() as session:
        root = totalizer.totalize(session, demo.campaign, ["handled", "response"])
    rows = totalizer.rows(root, 2, lambda _level, v: "-" if v is None else ("ja" if v is True else
                                                                           "nein" if v is False else v))
    path = tmp_path / "Summen.csv"
    assert export_table(path, ["Erledigt", "Reaktion", "Anzahl", "Kosten"], rows) == len(rows)
    _, lines = read_csv(path)
    top = [line for line in lines[1:] if line[0]]
    assert [(line[0], int(line[2])) for line in top] == [("ja", 6), ("nein", 5)]
    assert sum(int(line[2]) for line in lines[1:] if not line[0]) == root.count


@pytest.mark.parametrize("name", ["Auswertung.xlsx", "Auswertung.csv"])
def test_a_missing_folder_is_an_os_error_and_leaves_nothing(tmp_path: Path, name: str) -> None:
    with pytest.raises(OSError):
        export_table(tmp_path / "fehlt" / name, HEADERS, ROWS)
    assert list(tmp_path.iterdir()) == []


class Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("cannot be written")


@pytest.mark.parametrize(("name", "bad"), [("Auswertung.xlsx", float("nan")), ("Auswertung.csv", Unprintable())])
def test_a_failed_export_keeps_the_earlier_file_and_no_temporary_one(tmp_path: Path, name: str, bad: Any) -> None:
    path = tmp_path / name
    export_table(path, HEADERS, ROWS)
    before = path.read_bytes()
    with pytest.raises(Exception):  # noqa: B017 - whatever the writer raises
        export_table(path, HEADERS, [*ROWS, ["x", bad]])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [name]
