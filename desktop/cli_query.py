"""The ``query`` and ``selection`` commands of ``kampagnen``.

``kampagnen query run DEF.json [--count] [--export FILE.csv|FILE.xlsx]``,
``kampagnen selection save NAME DEF.json [--description TEXT] [--distribution-list] [--replace]``
and ``kampagnen selection list``. A bad definition is one line per problem on stderr and
exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.db.engine import Database
from desktop.jobs import Cancelled
from desktop.query import export, results, selections
from desktop.query.definition import InvalidQuery, QueryDefinition, parse
from desktop.query.fields import BY_KEY
from desktop.query_texts import explain_problem, field_label, shown_value

COMMANDS = ("query", "selection")


def add_parsers(commands: Any) -> None:
    """Add the two commands to the ``kampagnen`` sub-parsers."""
    query = commands.add_parser("query", help=QCoreApplication.translate("Cli", "run a query definition (JSON)"))
    query_commands = query.add_subparsers(dest="query_command", required=True, metavar=QCoreApplication.translate("Cli", "COMMAND"))
    run = query_commands.add_parser("run", help=QCoreApplication.translate("Cli", "print the persons a query finds, or export them"))
    run.add_argument("definition", metavar="DEF.json", help=QCoreApplication.translate("Cli", "the query definition"))
    run.add_argument("--count", action="store_true", help=QCoreApplication.translate("Cli", "print only the number of persons found"))
    run.add_argument("--export", metavar=QCoreApplication.translate("Cli", "FILE"), help=QCoreApplication.translate("Cli", "write the result to a .csv or .xlsx file"))

    selection = commands.add_parser("selection", help=QCoreApplication.translate("Cli", "saved selections and distribution lists"))
    sel_commands = selection.add_subparsers(dest="selection_command", required=True, metavar=QCoreApplication.translate("Cli", "COMMAND"))
    save = sel_commands.add_parser("save", help=QCoreApplication.translate("Cli", "save a query definition as a selection"))
    save.add_argument("name", metavar=QCoreApplication.translate("Cli", "NAME"))
    save.add_argument("definition", metavar="DEF.json", help=QCoreApplication.translate("Cli", "the query definition"))
    save.add_argument("--description", default="", help=QCoreApplication.translate("Cli", "a description of the selection"))
    save.add_argument("--distribution-list", action="store_true", help=QCoreApplication.translate("Cli", "save it as a distribution list"))
    save.add_argument("--replace", action="store_true", help=QCoreApplication.translate("Cli", "replace a selection of the same name"))
    sel_commands.add_parser("list", help=QCoreApplication.translate("Cli", "list the saved selections"))


def run(args: argparse.Namespace, db: Database) -> int:
    """Carry out a ``query`` or ``selection`` command; returns the exit code."""
    if args.command == "selection" and args.selection_command == "list":
        return _list(db)
    definition = _read_definition(Path(args.definition))
    if definition is None:
        return 1
    if args.command == "query":
        return _export(db, definition, Path(args.export)) if args.export else _run(db, definition, args.count)
    return _save(db, args, definition)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _read_definition(path: Path) -> QueryDefinition | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        _fail(QCoreApplication.translate("Cli", "The file {path} cannot be read: {reason}").format(path=path, reason=exc.strerror or exc))
        return None
    except json.JSONDecodeError as exc:
        _fail(QCoreApplication.translate("Cli", "{path}, line {line}: this is not a query definition (JSON): {reason}").format(
            path=path, line=exc.lineno, reason=exc.msg))
        return None
    except UnicodeDecodeError as exc:  # not UTF-8: a binary file, or text saved as ANSI
        _fail(QCoreApplication.translate("Cli", "{path}, line {line}: this is not a query definition (JSON): {reason}").format(
            path=path, line=exc.object[: exc.start].count(b"\n") + 1, reason=exc.reason))
        return None
    try:
        return parse(raw)
    except InvalidQuery as exc:
        for problem in exc.problems:
            print(f"{path}: {explain_problem(problem)}", file=sys.stderr)
        return None


def _yes_no() -> tuple[str, str]:
    return QCoreApplication.translate("Cli", "yes"), QCoreApplication.translate("Cli", "no")


def _run(db: Database, definition: QueryDefinition, count_only: bool) -> int:
    ids = results.matching_ids(db, definition)
    if count_only:
        print(len(ids))
        return 0
    # Tab-separated, one person a line, so the output pastes into a spreadsheet or a grep.
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow([field_label(BY_KEY[key]) for key in definition.fields])
    yes_no = _yes_no()
    shown = lru_cache(maxsize=4096)(shown_value)
    try:
        for start in range(0, len(ids), results.PAGE):
            for row in results.fetch_rows(db, definition, ids[start : start + results.PAGE]):
                pairs = zip(definition.fields, tuple(row)[1:])
                out.writerow([export.cell_text(k, shown(k, v), yes_no) for k, v in pairs])
    except BrokenPipeError:  # "| head" closed the pipe: not an error for the clerk
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - stops the flush at exit failing
    return 0


def _export(db: Database, definition: QueryDefinition, path: Path) -> int:
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx"):
        return _fail(QCoreApplication.translate("Cli", "{path}: the export file must end in .csv or .xlsx.").format(path=path))
    job = export.export_xlsx if kind == ".xlsx" else export.export_csv
    headers = [field_label(BY_KEY[key]) for key in definition.fields]
    try:
        rows = job(db, definition, path, headers, format_value=lru_cache(maxsize=4096)(shown_value), yes_no=_yes_no())
    except OSError as exc:
        return _fail(QCoreApplication.translate("Cli", "The file {path} could not be written: {reason}").format(path=path, reason=exc.strerror or exc))
    except Cancelled:
        return 1
    print(QCoreApplication.translate("Cli", "{rows} rows written to {path}.").format(rows=rows, path=path))
    return 0


def _save(db: Database, args: argparse.Namespace, definition: QueryDefinition) -> int:
    with db.session() as session:
        existing = selections.find_by_name(session, args.name)
        if existing is not None and not args.replace:
            return _fail(QCoreApplication.translate("Cli", "There is already a selection called “{name}”. Use --replace to overwrite it.").format(
                name=existing.name))
        data = selections.SelectionData(
            id=existing.id if existing else 0,
            name=args.name,
            definition=definition,
            description=args.description,
            is_distribution_list=args.distribution_list,
            row_version=existing.row_version if existing else 0,
        )
        try:
            saved = selections.save(session, data)
        except selections.InvalidSelection as exc:
            if exc.problem is selections.Problem.NAME_TAKEN:  # another clerk was quicker
                return _fail(QCoreApplication.translate("Cli", "There is already a selection called “{name}”. Use --replace to overwrite it.").format(name=args.name))
            return _fail(QCoreApplication.translate("Cli", "Please give the selection a name."))
    print(QCoreApplication.translate("Cli", "Selection “{name}” saved.").format(name=saved.name))
    return 0


def _list(db: Database) -> int:
    with db.session() as session:
        rows = selections.list_selections(session)
    if not rows:
        print(QCoreApplication.translate("Cli", "There are no saved selections yet."))
        return 0
    marker = QCoreApplication.translate("Cli", "distribution list")
    for row in rows:
        kind = f"  [{marker}]" if row.is_distribution_list else ""
        print(f"{row.id:>5}  {row.name}{kind}")
    return 0
