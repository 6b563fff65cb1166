"""Export of a query's result to CSV (for Excel) and XLSX, streamed and cancellable.

Both writers read the rows in batches and write them as they come, so a hundred thousand
rows need no more memory than a few thousand. The file appears under its name only when it
is complete: the rows go to a temporary file beside it, which is renamed at the end and
deleted on cancel or error, so an earlier export of the same name is never half
overwritten.

CSV is what Excel opens in a German or Dutch office with a double click: UTF-8 with a byte
order mark (else Excel reads "MÃ¼ller"), ``;`` between fields, decimal comma, dates as
dd.mm.yyyy. XLSX keeps numbers and dates as such, with a bold, frozen header row and an
auto filter.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import errno
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from desktop.db.engine import Database
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.query import compiler
from desktop.query.definition import QueryDefinition
from desktop.query.fields import BY_KEY, FieldType

# Rows fetched and written at a time. Small enough that the window, which shares Python's
# interpreter lock with the export, gets a turn every few milliseconds (2000 rows meant
# pauses of 90 ms in an XLSX export; see tests/benchmarks/gui_stall.py).
BATCH = 500
ValueFormatter = Callable[[str, Any], Any]


def _unchanged(_key: str, value: Any) -> Any:
    return value


def _rows(
    db: Database, definition: QueryDefinition, today: dt.date | None, cancel: Callable[[], bool]
) -> Iterator[Sequence[Any]]:
    """Batches of result rows (without the id), in the result's order."""
    query = compiler.select_rows(definition, today)
    with db.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(query)
        for batch in result.partitions():
            if cancel():
                raise Cancelled()
            yield [tuple(row)[1:] for row in batch]


def _as_date(key: str, value: Any) -> Any:
    """Timestamps of date fields ("Created on") become the local calendar day."""
    if isinstance(value, dt.datetime) and BY_KEY[key].type is FieldType.DATE:
        return value.astimezone().date() if value.tzinfo else value.date()
    return value


def _write_atomically(path: Path, write: Callable[[Path], int]) -> int:
    """Let ``write`` fill a temporary file beside ``path``, then put it in place."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    # Not mkstemp(): its file is private to the clerk, and colleagues open exports from
    # shared folders. A random name beside the target keeps two exports apart.
    temp = path.with_name(f".~{secrets.token_hex(4)}-{path.name}")
    try:
        rows = write(temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return rows


def _csv_converter(key: str, format_value: ValueFormatter, yes_no: tuple[str, str]) -> Callable[[Any], str]:
    """The function that writes the values of one column: a million cells, so no detours."""
    kind = BY_KEY[key].type
    if kind is FieldType.TEXT:
        return lambda value: value or ""
    if kind is FieldType.CHOICE:
        return lambda value: "" if value is None else str(format_value(key, value))
    return lambda value: cell_text(key, value, yes_no)


def cell_text(key: str, value: Any, yes_no: tuple[str, str]) -> str:
    """A value of the field ``key`` as text the way a German or Dutch Excel reads it."""
    value = _as_date(key, value)
    if isinstance(value, bool):
        return yes_no[0] if value else yes_no[1]
    return _csv_text(value)


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%d.%m.%Y %H:%M") if value.tzinfo else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return str(value)


def export_csv(
    db: Database,
    definition: QueryDefinition,
    path: Path,
    headers: Sequence[str],
    *,
    format_value: ValueFormatter = _unchanged,
    yes_no: tuple[str, str] = ("yes", "no"),
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> int:
    """Write the result to a CSV file Excel opens directly; returns the number of rows.

    Args:
        db: The database to query.
        definition: The query; its output fields are the columns.
        path: The file to write (replaced when the export succeeds).
        headers: One heading per output field, as the clerk reads them.
        format_value: Turns a stored pick-list value into the exported one (``ms`` →
            "Frau"); called for pick-list fields only.
        yes_no: The words for true and false in the clerk's language.
        today: The day relative dates count from (tests); today when None.
        progress: Told ``(rows written, 0, "rows")`` after every batch.
        cancel: Polled between batches; the partial file is deleted on cancel.

    Raises:
        Cancelled: The clerk cancelled; nothing was written.
        OSError: The file could not be written (folder missing, file open in Excel …).
    """
    converters = [_csv_converter(key, format_value, yes_no) for key in definition.fields]

    def write(temp: Path) -> int:
        written = 0
        with temp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            writer.writerow(headers)
            for batch in _rows(db, definition, today, cancel):
                writer.writerows([convert(v) for convert, v in zip(converters, row)] for row in batch)
                written += len(batch)
                progress(written, 0, "rows")
        return written

    return _write_atomically(path, write)


def export_xlsx(
    db: Database,
    definition: QueryDefinition,
    path: Path,
    headers: Sequence[str],
    *,
    format_value: ValueFormatter = _unchanged,
    yes_no: tuple[str, str] = ("yes", "no"),
    date_format: str = "dd.mm.yyyy",
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> int:
    """Write the result to an Excel workbook; returns the number of rows.

    Numbers stay numbers and dates stay dates (formatted with ``date_format``), so the
    clerk can sum and sort in Excel. Arguments and errors as :func:`export_csv`.
    """
    keys = definition.fields

    def write(temp: Path) -> int:
        # constant_memory writes each row to disk as soon as the next one starts.
        book = xlsxwriter.Workbook(str(temp), {"constant_memory": True, "strings_to_numbers": False,
                                               "strings_to_formulas": False, "strings_to_urls": False})
        try:
            sheet = book.add_worksheet()
            bold = book.add_format({"bold": True})
            date_cell = book.add_format({"num_format": date_format})
            widths = [max(10, min(40, len(h) + 2)) for h in headers]
            for column, heading in enumerate(headers):
                sheet.set_column(column, column, widths[column])
                sheet.write_string(0, column, heading, bold)
            sheet.freeze_panes(1, 0)
            written = 0
            for batch in _rows(db, definition, today, cancel):
                for row in batch:
                    written += 1
                    for column, (key, value) in enumerate(zip(keys, row)):
                        if value is not None and BY_KEY[key].type is FieldType.CHOICE:
                            value = format_value(key, value)
                        _write_cell(sheet, written, column, _as_date(key, value), date_cell, yes_no)
                progress(written, 0, "rows")
            if headers:
                sheet.autofilter(0, 0, written, len(headers) - 1)
        finally:
            book.close()
        return written

    return _write_atomically(path, write)


def _write_cell(sheet: Any, row: int, column: int, value: Any, date_cell: Any, yes_no: tuple[str, str]) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_string(row, column, yes_no[0] if value else yes_no[1])
    elif isinstance(value, (int, float, Decimal)):
        sheet.write_number(row, column, float(value))
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(row, column, value.replace(tzinfo=None), date_cell)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, column, dt.datetime.combine(value, dt.time()), date_cell)
    else:
        sheet.write_string(row, column, str(value))


def export_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], *,
                 yes_no: tuple[str, str] = ("yes", "no"), date_format: str = "dd.mm.yyyy") -> int:
    """Write a finished table (an analysis, a totalizer tree) to ``.xlsx`` or ``.csv`` by the suffix.

    Numbers and dates stay numbers and dates in a workbook; the CSV is the German/Dutch
    Excel kind (semicolons, decimal comma, UTF-8 with BOM). Returns the number of rows.

    Raises:
        OSError: The file could not be written (folder missing, file open in Excel …).
    """
    # An enumeration the caller did not put into words is written as its stored value.
    rows = [[v.value if isinstance(v, enum.Enum) else v for v in row] for row in rows]
    if Path(path).suffix.lower() == ".csv":
        def write(temp: Path) -> int:
            with temp.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
                writer.writerow(headers)
                for row in rows:
                    writer.writerow([(yes_no[0] if v else yes_no[1]) if isinstance(v, bool) else _csv_text(v)
                                     for v in row])
            return len(rows)
        return _write_atomically(path, write)

    def write_book(temp: Path) -> int:
        book = xlsxwriter.Workbook(str(temp), {"strings_to_numbers": False, "strings_to_formulas": False,
                                               "strings_to_urls": False})
        try:
            sheet = book.add_worksheet()
            bold = book.add_format({"bold": True})
            date_cell = book.add_format({"num_format": date_format})
            for column, heading in enumerate(headers):
                sheet.set_column(column, column, max(10, min(40, len(heading) + 2)))
                sheet.write_string(0, column, heading, bold)
            sheet.freeze_panes(1, 0)
            for number, row in enumerate(rows, start=1):
                for column, value in enumerate(row):
                    if isinstance(value, dt.datetime) and value.tzinfo:
                        value = value.astimezone()  # the clerk's time of day, not UTC
                    _write_cell(sheet, number, column, value, date_cell, yes_no)
            if headers:
                sheet.autofilter(0, 0, len(rows), len(headers) - 1)
        finally:
            book.close()
        return len(rows)

    return _write_atomically(path, write_book)
