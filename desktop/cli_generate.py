"""``kampagnen action generate CAMPAIGN SEQ``: the mass run of an action from the command line.

Merges a letter per linked member from a Word template, converts them with LibreOffice,
archives each letter with a dossier item, books the costs, writes the combined PDF and
prints it if asked. ``--resume`` continues a run that stopped; ``--dry-run`` only checks
the template and counts the letters.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from desktop import paths
from desktop.db.engine import Database
from desktop.db.models import ActionMember
from desktop.delivery import printing
from desktop.merge import mass_print, run, run_plan, templates
from desktop.merge.pdf import ConversionError, ConverterMissing
from desktop.settings import Settings
from desktop.merge.template import TemplateError, scan
from desktop.template_texts import problem_text
from desktop.ui.labels import format_datetime

DEFAULT_TEMPLATE = "Geschaeftsbrief_de.docx"


def add_parser(action_commands: Any, campaign_help: str, sequence_help: str) -> None:
    """Add ``generate`` to the ``action`` sub-commands."""
    generate = action_commands.add_parser("generate", help=QCoreApplication.translate(
        "Cli", "print the letters of an action: merge, convert, archive, book and print"))
    generate.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"), help=campaign_help)
    generate.add_argument("sequence", type=int, metavar="SEQ", help=sequence_help)
    generate.add_argument("--template", metavar=QCoreApplication.translate("Cli", "FILE"), help=QCoreApplication.translate(
        "Cli", "the Word template: a .docx file or the name of an imported template; default: the German sample "
        "letter"))
    generate.add_argument("--pdf", metavar=QCoreApplication.translate("Cli", "FILE"), help=QCoreApplication.translate(
        "Cli", "where the combined PDF of all letters goes (default: CAMPAIGN-SEQ.pdf here)"))
    generate.add_argument("--print", metavar=QCoreApplication.translate("Cli", "PRINTER"), dest="printer",
                          help=QCoreApplication.translate("Cli", "print the letters on this printer"))
    generate.add_argument("--letters", metavar=QCoreApplication.translate("Cli", "FOLDER"), help=QCoreApplication.translate(
        "Cli", "write one PDF per letter into this folder instead of one combined PDF"))
    generate.add_argument("--copies", type=int, default=1, help=QCoreApplication.translate("Cli", "copies to print"))
    generate.add_argument("--duplex", action="store_true", help=QCoreApplication.translate("Cli", "print on both sides"))
    generate.add_argument("--resume", action="store_true", help=QCoreApplication.translate(
        "Cli", "continue the run that stopped, where it stopped"))
    generate.add_argument("--again", action="store_true", help=QCoreApplication.translate(
        "Cli", "generate the letters again although the action was generated before"))
    generate.add_argument("--dry-run", action="store_true", help=QCoreApplication.translate(
        "Cli", "only check the template and count the letters; write nothing"))


def in_progress(exc: run_plan.RunInProgress, label: str) -> int:
    """Another clerk's run of the action works right now: who, where, since when."""
    return _fail(QCoreApplication.translate(
        "Cli", "Action {action} is being generated right now by {who} on {host} (since {when}).").format(
        action=label, who=exc.started_by or "?", host=exc.host or "?", when=format_datetime(exc.started_at)))


def nobody(label: str) -> int:
    """The action has nobody to write to."""
    return _fail(QCoreApplication.translate("Cli", "Action {action} has no linked member to write to.").format(
        action=label))


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def run_generate(args: argparse.Namespace, db: Database, action_id: int, label: str) -> int:
    """Generate the letters of ``action_id`` (``label``: "2026-001/2" for messages)."""
    template = Path(args.template) if args.template else paths.resources_dir() / "templates" / DEFAULT_TEMPLATE
    imported = _imported(db, args.template) if args.template and not template.is_file() else None
    if imported is None and not template.is_file():
        return _fail(QCoreApplication.translate(
            "Cli", "The template {file} is neither a file nor an imported template.").format(file=template))
    try:
        checked = templates.check(db, imported.id) if imported else scan(template.read_bytes())
    except TemplateError as exc:
        return _fail(QCoreApplication.translate("Cli", "{file} is not a usable Word template: {reason}").format(
            file=template, reason=exc))
    for problem in checked.problems:
        print(f"{imported.name if imported else template}: {problem_text(problem)}", file=sys.stderr)
    if not checked.ok:
        return _fail(QCoreApplication.translate("Cli", "Correct the template first; nothing was generated."))
    if args.printer and not printing.printer_exists(args.printer):  # before anything is written
        return _fail(QCoreApplication.translate("Cli", "There is no printer “{printer}”. Printers: {names}").format(
            printer=args.printer, names=", ".join(printing.list_printers()) or "–"))
    if args.dry_run:
        with db.engine.connect() as conn:
            letters = conn.execute(select(func.count()).where(
                ActionMember.action_id == action_id, ActionMember.linked, ActionMember.exclusion_reason == "")
            ).scalar_one()
        print(QCoreApplication.translate("Cli", "{count} letters would be generated for action {action}.").format(
            count=letters, action=label))
        return 0
    output = mass_print.PRINT if args.printer else mass_print.LETTERS if args.letters else mass_print.PDF
    source = {"template_id": imported.id} if imported else {"template_file": str(template.resolve())}
    options = {**source, "printer": args.printer or "", "copies": args.copies,
               "duplex": args.duplex, "output": output,
               "folder": str(Path(args.letters).resolve()) if args.letters else ""}
    combined = Path(args.pdf) if args.pdf else Path.cwd() / f"{label.replace('/', '-')}.pdf"
    order = mass_print.Order(options, combined, resume=args.resume, again=args.again)
    try:
        pipeline = mass_print.pipeline_for(Settings())
        outcome = mass_print.generate(db, action_id, order, pipeline, progress=_progress)
    except run_plan.RunInProgress as exc:
        return in_progress(exc, label)
    except run_plan.AlreadyGenerated as exc:
        return _fail(QCoreApplication.translate(
            "Cli", "The letters of action {action} were generated on {when} by {who}. To write them once more "
            "(new letters, dossier items and costs), add --again.").format(
            action=label, when=format_datetime(exc.finished_at), who=exc.started_by or "?"))
    except run_plan.NothingToGenerate:
        return nobody(label)
    except ConverterMissing:
        return _fail(QCoreApplication.translate(
            "Cli", "LibreOffice was not found. Install it (or Microsoft Word) and start again."))
    except (ConversionError, TemplateError, run.NoTemplate) as exc:
        return _fail(QCoreApplication.translate("Cli", "The run stopped: {reason}. Continue it with --resume.").format(
            reason=exc))
    except mass_print.RunPaused as exc:
        if exc.letters_done:
            return _fail(QCoreApplication.translate(
                "Cli", "The letters are archived and saved in {file}, but printing failed: {reason}. The run is "
                "paused: print with --resume (and --print for another printer).").format(file=combined, reason=exc))
        return _fail(QCoreApplication.translate(
            "Cli", "The printer {printer} is no longer available; the run is paused. Continue it with --resume "
            "(and --print for another printer).").format(printer=exc.error.printer))
    except printing.PrintError as exc:
        return _fail(QCoreApplication.translate("Cli", "Printing failed: {reason}").format(reason=exc))
    print(file=sys.stderr)
    result = outcome.result
    if outcome.files:
        print(QCoreApplication.translate("Cli", "{letters} letters generated, one PDF each in {folder}").format(
            letters=result.letters, folder=args.letters))
    else:
        print(QCoreApplication.translate("Cli", "{letters} letters ({pages} pages) generated: {file}").format(
            letters=result.letters, pages=result.pages, file=result.combined))
    if outcome.job is not None:
        print(QCoreApplication.translate("Cli", "Sent to {printer} as job {job}.").format(
            printer=outcome.job.printer, job=outcome.job.job_id))
    return 0


def _imported(db: Database, name: str) -> templates.TemplateRow | None:
    """The imported template called ``name`` (case ignored), if any."""
    return next((row for row in templates.list_templates(db) if row.name.casefold() == name.casefold()), None)


def _progress(done: int, total: int, _what: str) -> None:
    percent = 100 * done // max(total, 1)
    print(f"\r{percent:3d} %  {done}/{total}", end="", file=sys.stderr, flush=True)
