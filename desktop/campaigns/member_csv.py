"""Read a member CSV file as offices keep them: the parsing half of the member import.

Encodings, delimiters, German, Dutch and English headers, quoted line breaks and malformed
lines; see :mod:`desktop.campaigns.member_import` for what the lines mean. No database and
no Qt here: a file read twice gives the same :class:`ParsedFile`.
"""

from __future__ import annotations

import codecs
import csv
import enum
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DELIMITERS = (";", "\t", ",")  # in order of preference when two split a header equally well


class Column(str, enum.Enum):
    """A column the import understands."""

    CODE = "code"
    CAMPAIGN = "campaign"
    ACTION = "action"
    LINKED = "linked"


# Header names folded by _fold: case, spaces and punctuation do not count.
HEADERS = {
    Column.CODE: ["Kontaktcode", "Code", "Kontakt-Nr", "Kontaktnummer", "Nummer", "Relatienummer", "Relatienr",
                  "Relatiecode", "Contactcode", "Contactnummer", "Contact number"],
    Column.CAMPAIGN: ["Kampagne", "Kampagnennummer", "Kampagnen-Nr", "Campagne", "Campagnenummer", "Campagnenr",
                      "Campaign", "Campaign number"],
    Column.ACTION: ["Aktion", "Aktionsnummer", "Aktions-Nr", "Lfd. Nr.", "Actie", "Actienummer", "Actienr",
                    "Action", "Action number"],
    Column.LINKED: ["Gekoppelt", "Verknüpft", "Verknuepft", "Gekoppeld", "Linked"],
}
# Excel writes its booleans in the language of the office (WAHR/FALSCH, WAAR/ONWAAR).
LINKED_VALUES = {
    **dict.fromkeys(["", "j", "ja", "y", "yes", "1", "true", "wahr", "waar"], True),
    **dict.fromkeys(["n", "nein", "nee", "no", "0", "false", "falsch", "onwaar"], False),
}


def _fold(header: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", header).casefold())


_COLUMN_OF = {_fold(name): column for column, names in HEADERS.items() for name in names}


class FileProblem(str, enum.Enum):
    """Why a file cannot be imported at all."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # no permission, a folder, a disk error
    NOT_CSV = "not_csv"  # binary content, e.g. an Excel workbook
    EMPTY = "empty"  # no line with a contact
    NO_CODE_COLUMN = "no_code_column"
    DUPLICATE_COLUMN = "duplicate_column"  # two headers mean the same column
    NO_ACTION_COLUMN = "no_action_column"  # campaigns without actions, or no action given at all


class ImportFileError(Exception):
    """The file cannot be imported at all; nothing was written.

    Attributes:
        path: The file.
        problem: What is wrong with it.
    """

    def __init__(self, path: Path, problem: FileProblem, detail: str = "") -> None:
        super().__init__(f"cannot import members from {path}: {problem.value}{f' ({detail})' if detail else ''}")
        self.path = path
        self.problem = problem


class ProblemKind(str, enum.Enum):
    """What is wrong with one line; every kind but DUPLICATE blocks the import."""

    UNKNOWN_CODE = "unknown_code"
    UNKNOWN_CAMPAIGN = "unknown_campaign"  # value "" when none is given and none is implied
    UNKNOWN_ACTION = "unknown_action"  # value "" likewise
    WRONG_FIELD_COUNT = "wrong_field_count"  # value: the line's fields, joined again
    BAD_LINKED_VALUE = "bad_linked_value"
    EMPTY_CODE = "empty_code"
    UNREADABLE_LINE = "unreadable_line"  # the CSV reader gave up (e.g. a runaway quote); reading stops
    DUPLICATE = "duplicate"  # the code again for the same action; merged, see other_line


@dataclass(frozen=True)
class Problem:
    """One problem of one line.

    Attributes:
        line: Physical line in the file where the record starts (header = 1).
        kind: What is wrong.
        value: The code, campaign number, action number or linked value as written.
        other_line: For a duplicate, the line of the first mention.
    """

    line: int
    kind: ProblemKind
    value: str
    other_line: int | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One well-formed line: the code and its target as written ("" for none)."""

    line: int
    code: str
    campaign: str
    action: str
    linked: bool


@dataclass(frozen=True)
class ParsedFile:
    """What :func:`read` found in a file, before anything is looked up."""

    path: Path
    encoding: str
    delimiter: str
    has_header: bool
    columns: frozenset[Column]
    ignored_headers: tuple[str, ...]
    lines: int  # data lines, well-formed or not
    rows: list[Row]
    problems: list[Problem]


def _decode(path: Path) -> tuple[str, str]:
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ImportFileError(path, FileProblem.NOT_FOUND) from error
    except OSError as error:
        raise ImportFileError(path, FileProblem.UNREADABLE, error.strerror or "") from error
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # Excel's "Unicode text"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # Five bytes are undefined in cp1252; such a code is reported unknown, not fatal.
            return data.decode("cp1252", errors="replace"), "cp1252"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        raise ImportFileError(path, FileProblem.NOT_CSV, encoding) from error


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | None]]:
    """(start line, fields) of each non-blank record; fields None when the reader gives up."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield start, None
            return
        if any(f.strip() for f in fields):
            yield start, fields


def _header(path: Path, text: str) -> tuple[str, dict[Column, int] | None, list[str]]:
    """The delimiter, the columns (None: no header) and the header fields of the first record."""
    splits: list[tuple[int, str, list[str]]] = []
    for delimiter in DELIMITERS:
        first = next(_records(text, delimiter), None)
        if first is None:
            raise ImportFileError(path, FileProblem.EMPTY)
        if first[1] is None:
            raise ImportFileError(path, FileProblem.NOT_CSV)
        splits.append((sum(_fold(f) in _COLUMN_OF for f in first[1]), delimiter, first[1]))
    # max() keeps the first of equals: the semicolon, then the tab.
    known, delimiter, fields = max(splits, key=lambda split: split[0])
    if not known:
        # No header: allowed for a single column of codes (trailing empty fields aside).
        if any(sum(bool(f.strip()) for f in split) > 1 for _known, _d, split in splits):
            raise ImportFileError(path, FileProblem.NO_CODE_COLUMN)
        delimiter = next((d for _known, d, split in splits if len(split) > 1), ";")
        return delimiter, None, []
    columns: dict[Column, int] = {}
    for index, name in enumerate(fields):
        column = _COLUMN_OF.get(_fold(name))
        if column in columns:
            raise ImportFileError(path, FileProblem.DUPLICATE_COLUMN, name)
        if column is not None:
            columns[column] = index
    if Column.CODE not in columns:
        raise ImportFileError(path, FileProblem.NO_CODE_COLUMN)
    if Column.CAMPAIGN in columns and Column.ACTION not in columns:
        raise ImportFileError(path, FileProblem.NO_ACTION_COLUMN)
    return delimiter, columns, fields


def read(path: Path) -> ParsedFile:
    """Read and parse a member file; no database involved.

    The encoding is UTF-8 (with or without BOM) when the file decodes as such, else
    cp1252. The delimiter (semicolon, tab or comma) is the one that splits the header
    into the most known column names; on a tie the semicolon wins. Blank lines are
    skipped; a line may have more fields than the header if the extra ones are empty
    (Excel pads lines so); unknown columns are ignored.

    Raises:
        ImportFileError: The file is missing, unreadable, empty or has no code column.
    """
    text, encoding = _decode(path)
    if "\x00" in text:
        raise ImportFileError(path, FileProblem.NOT_CSV)
    delimiter, columns, header = _header(path, text)
    width = len(header) if columns else 1
    while width > 1 and not header[width - 1].strip():
        width -= 1
    where = columns or {Column.CODE: 0}
    code_at, linked_at = where[Column.CODE], where.get(Column.LINKED)
    campaign_at, action_at = where.get(Column.CAMPAIGN), where.get(Column.ACTION)
    rows: list[Row] = []
    problems: list[Problem] = []
    records = _records(text, delimiter)
    if columns:
        next(records)
    lines = 0
    for line, fields in records:
        lines += 1
        if fields is None:
            problems.append(Problem(line, ProblemKind.UNREADABLE_LINE, ""))
            break
        if len(fields) != width and (len(fields) < width or any(f.strip() for f in fields[width:])):
            problems.append(Problem(line, ProblemKind.WRONG_FIELD_COUNT, delimiter.join(fields)))
            continue
        code = fields[code_at].strip()
        linked_text = "" if linked_at is None else fields[linked_at].strip()
        linked = LINKED_VALUES.get(linked_text.casefold())
        if not code:
            problems.append(Problem(line, ProblemKind.EMPTY_CODE, ""))
        if linked is None:
            problems.append(Problem(line, ProblemKind.BAD_LINKED_VALUE, linked_text))
        if code and linked is not None:
            rows.append(Row(
                line, code, "" if campaign_at is None else fields[campaign_at].strip(),
                "" if action_at is None else fields[action_at].strip(), linked,
            ))
    if not lines:
        raise ImportFileError(path, FileProblem.EMPTY)
    ignored = tuple(h.strip() for i, h in enumerate(header) if h.strip() and i not in where.values())
    return ParsedFile(path, encoding, delimiter, columns is not None, frozenset(where), ignored, lines, rows,
                      problems)
