"""The ``template`` command of ``kampagnen``: letter templates without the window.

``kampagnen template import FILE [--name NAME] [--language de|nl|en]``,
``kampagnen template list`` and ``kampagnen template check NAME``.

A template is named by its name (case does not matter). Findings of the check are printed
one per line, each naming the field and its place in the Word file; a file that cannot be
a template is refused with one sentence on stderr and exit code 1, and nothing is stored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.db.engine import Database
from desktop.merge import templates
from desktop.merge.template import TemplateScan
from desktop.template_texts import file_error_text, problem_text
from desktop.ui.labels import format_datetime

COMMANDS = ("template",)


def add_parsers(commands: Any) -> None:
    """Add the ``template`` command to the ``kampagnen`` sub-parsers."""
    template = commands.add_parser("template", help=QCoreApplication.translate("Cli", "letter templates (Word files)"))
    sub = template.add_subparsers(dest="template_command", required=True,
                                  metavar=QCoreApplication.translate("Cli", "COMMAND"))
    load = sub.add_parser("import", help=QCoreApplication.translate("Cli", "check a Word file and store it as a new template"))
    load.add_argument("file", metavar="FILE.docx")
    load.add_argument("--name", help=QCoreApplication.translate("Cli", "the template's name (default: the file's name)"))
    load.add_argument("--language", choices=templates.LANGUAGES,
                      help=QCoreApplication.translate("Cli", "the language of the letters (default: from the file name's _de/_nl/_en ending, else de)"))
    sub.add_parser("list", help=QCoreApplication.translate("Cli", "list the templates with their version and number of problems"))
    check = sub.add_parser("check", help=QCoreApplication.translate("Cli", "check a template again and list what is wrong, with the places"))
    check.add_argument("name", metavar=QCoreApplication.translate("Cli", "NAME"))


def run(args: argparse.Namespace, db: Database) -> int:
    """Carry out a ``template`` command; returns the exit code."""
    if args.template_command == "import":
        return _import(db, Path(args.file), args.name, args.language)
    if args.template_command == "check":
        return _check(db, args.name)
    return _list(db)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _findings(checked: TemplateScan) -> None:
    for problem in checked.problems:
        print(f"  {problem_text(problem)}")


def _import(db: Database, path: Path, name: str | None, language: str | None) -> int:
    try:
        result = templates.import_template(db, path, name=name, language=language)
    except templates.TemplateFileError as exc:
        return _fail(file_error_text(exc))
    except templates.NameTaken as exc:
        return _fail(QCoreApplication.translate("Cli", "There is already a template named “{name}”. Choose another name with --name.").format(
            name=exc.name))
    except ValueError:
        return _fail(QCoreApplication.translate("Cli", "The name is too long: at most {max} characters.").format(max=templates.NAME_MAX))
    print(QCoreApplication.translate("Cli", "Template “{name}” imported as version 1 (id {id}).").format(
        name=result.name, id=result.template_id))
    if result.scan.problems:
        print(QCoreApplication.translate("Cli", "The check found:"))
        _findings(result.scan)
    return 0


def _list(db: Database) -> int:
    rows = templates.list_templates(db)
    if not rows:
        print(QCoreApplication.translate("Cli", "There are no templates yet (kampagnen template import FILE)."))
        return 0
    found = templates.check_all(db, [row.id for row in rows])
    headers = (QCoreApplication.translate("Cli", "Name"), QCoreApplication.translate("Cli", "Language"),
               QCoreApplication.translate("Cli", "Version"), QCoreApplication.translate("Cli", "Imported"),
               QCoreApplication.translate("Cli", "By"), QCoreApplication.translate("Cli", "Problems"))
    table = [(row.name, row.language, str(row.revision), format_datetime(row.imported_at), row.imported_by,
              str(len(found[row.id].problems)) if row.id in found else "") for row in rows]
    widths = [max(len(cells[i]) for cells in [headers, *table]) for i in range(len(headers))]
    for cells in [headers, *table]:
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip())
    return 0


def _check(db: Database, name: str) -> int:
    wanted = name.strip().casefold()
    row = next((r for r in templates.list_templates(db) if r.name.casefold() == wanted), None)
    if row is None:
        return _fail(QCoreApplication.translate("Cli", "There is no template named “{name}”. kampagnen template list shows the templates.").format(
            name=name.strip()))
    checked = templates.check(db, row.id)
    if not checked.problems:
        print(QCoreApplication.translate("Cli", "Template “{name}” version {revision}: no problems.").format(
            name=row.name, revision=row.revision))
        return 0
    print(QCoreApplication.translate("Cli", "Template “{name}” version {revision}:").format(name=row.name, revision=row.revision))
    _findings(checked)
    return 0 if checked.ok else 1
