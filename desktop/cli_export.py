"""``kampagnen action export-print-service`` and ``export-sms``: files for a print service or SMS gateway.

``kampagnen action export-print-service CAMPAIGN SEQ FILE.zip [--sort-postcode]`` packs the
letters of the action's last generated run (combined PDF and manifest) for a print
service. ``kampagnen action export-sms CAMPAIGN SEQ FILE.csv [--resume] [--again]
[--max-parts N]`` writes the action's SMS for a gateway, with a dossier item per contact,
and lists who was left out and which texts are too long.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop import cli_generate
from desktop.db.engine import Database
from desktop.delivery import print_service, sms_export
from desktop.delivery.sms_text import GSM_7
from desktop.merge import run_plan
from desktop.ui.labels import format_datetime
from desktop.ui.member_labels import left_out_label

COMMANDS = ("export-print-service", "export-sms")
Resolve = Callable[[Database, str, int], Any]  # cli_campaign._resolve: (campaign, action) or None


def add_parsers(action_commands: Any, campaign_help: str, sequence_help: str) -> None:
    """Add the two export commands to the ``action`` sub-commands."""
    zip_export = action_commands.add_parser("export-print-service", help=QCoreApplication.translate(
        "Cli", "write the generated letters of an action as a ZIP for a print service (PDF and manifest)"))
    zip_export.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"), help=campaign_help)
    zip_export.add_argument("sequence", type=int, metavar="SEQ", help=sequence_help)
    zip_export.add_argument("zip", metavar="FILE.zip", help=QCoreApplication.translate("Cli", "the ZIP file to write"))
    zip_export.add_argument("--sort-postcode", action="store_true", help=QCoreApplication.translate(
        "Cli", "order the letters by postcode (for postage discounts)"))

    sms = action_commands.add_parser("export-sms", help=QCoreApplication.translate(
        "Cli", "write the SMS of an action as a CSV file for an SMS gateway, with a dossier item per contact"))
    sms.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"), help=campaign_help)
    sms.add_argument("sequence", type=int, metavar="SEQ", help=sequence_help)
    sms.add_argument("csv", metavar="FILE.csv", help=QCoreApplication.translate("Cli", "the CSV file to write"))
    sms.add_argument("--resume", action="store_true", help=QCoreApplication.translate(
        "Cli", "continue the export that stopped, where it stopped"))
    sms.add_argument("--again", action="store_true", help=QCoreApplication.translate(
        "Cli", "export the SMS again although the action was exported before"))
    sms.add_argument("--max-parts", type=int, default=1, metavar="N", help=QCoreApplication.translate(
        "Cli", "report texts longer than N SMS (default: 1)"))


def run(args: argparse.Namespace, db: Database, resolve: Resolve) -> int:
    """Carry out an export command; returns the exit code."""
    resolved = resolve(db, args.campaign, args.sequence)
    if resolved is None:
        return 1
    label = f"{args.campaign}/{args.sequence}"
    if args.action_command == "export-print-service":
        return _print_service(db, resolved[1].id, label, Path(args.zip), args.sort_postcode)
    return _sms(db, resolved[1].id, label, args)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _progress(done: int, total: int, _what: str) -> None:
    print(f"\r{100 * done // max(total, 1):3d} %  {done}/{total}", end="", file=sys.stderr, flush=True)


def _not_written(path: Path, exc: OSError) -> int:
    return _fail(QCoreApplication.translate("Cli", "The file {path} could not be written: {reason}").format(
        path=path, reason=exc.strerror or exc))


def _print_service(db: Database, action_id: int, label: str, target: Path, sort: bool) -> int:
    with db.engine.connect() as conn:
        run_id = print_service.exportable_run(conn, action_id)
    if run_id is None:
        return _fail(QCoreApplication.translate(
            "Cli", "Action {action} has no generated letters yet. Generate them first (kampagnen action generate).").format(
            action=label))
    try:
        result = print_service.export_zip(db, run_id, target, sort_by_postcode=sort, progress=_progress)
    except print_service.NoArchivedLetters:
        return _fail(QCoreApplication.translate("Cli", "Action {action} has no generated letters yet. Generate them "
                                                "first (kampagnen action generate).").format(action=label))
    except OSError as exc:
        return _not_written(target, exc)
    print(file=sys.stderr)
    print(QCoreApplication.translate("Cli", "{letters} letters ({pages} pages) of run {run} written to {file}.").format(
        letters=result.letters, pages=result.pages, run=run_id, file=result.target))
    return 0


def _sms(db: Database, action_id: int, label: str, args: argparse.Namespace) -> int:
    target = Path(args.csv)
    try:
        result = sms_export.export_sms(db, action_id, target, resume=args.resume, again=args.again,
                                       max_parts=max(1, args.max_parts), progress=_progress)
    except sms_export.NotAnSmsAction:
        return _fail(QCoreApplication.translate("Cli", "Action {action} is not an SMS action.").format(action=label))
    except sms_export.SmsTemplateError as exc:
        return _fail(QCoreApplication.translate("Cli", "The SMS text of action {action} cannot be used: {reason}").format(
            action=label, reason=exc))
    except run_plan.RunInProgress as exc:
        return cli_generate.in_progress(exc, label)
    except run_plan.AlreadyGenerated as exc:
        return _fail(QCoreApplication.translate(
            "Cli", "The SMS of action {action} were exported on {when} by {who}. To export them once more "
            "(new dossier items and costs), add --again.").format(
            action=label, when=format_datetime(exc.finished_at), who=exc.started_by or "?"))
    except run_plan.NothingToGenerate:
        return cli_generate.nobody(label)
    except OSError as exc:
        return _not_written(target, exc)
    print(file=sys.stderr)
    for left in result.left_out:
        print(QCoreApplication.translate("Cli", "Left out: {code} {name}: {reason}").format(
            code=left.contact_code, name=left.name, reason=left_out_label(left.reason)))
    for long in result.too_long:
        limit = QCoreApplication.translate("Cli", "GSM-7") if long.length.encoding == GSM_7 else \
            QCoreApplication.translate("Cli", "Unicode, because of {characters}").format(
                characters=long.length.unicode_characters)
        print(QCoreApplication.translate("Cli", "Too long: {code} {name}: {length} characters, {parts} SMS ({limit})").format(
            code=long.contact_code, name=long.name, length=long.length.length, parts=long.length.parts, limit=limit))
    print(QCoreApplication.translate("Cli", "{count} SMS written to {file}; {left} contacts left out.").format(
        count=result.exported, file=result.target, left=len(result.left_out)))
    return 0
