"""The ``report`` command of ``kampagnen``: the printable reports as PDF files.

``kampagnen report actions FILE.pdf [--campaign NUMBER ...]`` (actions per campaign, all
campaigns without --campaign), ``kampagnen report selections FILE.pdf`` and
``kampagnen report summary FILE.pdf --campaign NUMBER`` (one campaign with its charts).

The charts are drawn by QtCharts, which needs a ``QApplication`` (not only a
``QGuiApplication``): ``cli.py`` creates that for this command (see :func:`wants_widgets`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.cli_campaign import _campaign, _unknown_campaign
from desktop.db.engine import Database

COMMANDS = ("report",)
KINDS = ("actions", "selections", "summary")


def add_parsers(commands: Any) -> None:
    """Add the ``report`` command to the ``kampagnen`` sub-parsers."""
    report = commands.add_parser("report", help=QCoreApplication.translate(
        "Cli", "write a printable report as a PDF file (actions per campaign, selections, campaign summary)"))
    report.add_argument("kind", choices=KINDS, help=QCoreApplication.translate(
        "Cli", "actions: the actions of each campaign; selections: the saved selections; "
        "summary: one campaign's figures, costs and charts"))
    report.add_argument("pdf", metavar="FILE.pdf", help=QCoreApplication.translate("Cli", "the PDF file to write"))
    report.add_argument("--campaign", action="append", default=[], metavar=QCoreApplication.translate("Cli", "NUMBER"),
                        help=QCoreApplication.translate(
                            "Cli", "the campaign (for actions: repeat for several, default all; summary: exactly one)"))


def wants_widgets(rest: Sequence[str]) -> bool:
    """True when the command is ``report``: then cli.py must create a QApplication.

    Args:
        rest: The arguments left after the global options (``pre.parse_known_args``).
    """
    return bool(rest) and rest[0] in COMMANDS


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def run(args: argparse.Namespace, db: Database) -> int:
    """Write the report; returns the exit code. A QApplication must exist."""
    from desktop.ui import report_document

    if not report_document.widgets_ready():
        return _fail("kampagnen report: internal error: the charts need a QApplication, not a QGuiApplication")

    numbers = [n for n in args.campaign if n.strip()]
    if args.kind == "summary" and len(numbers) != 1:
        return _fail(QCoreApplication.translate(
            "Cli", "The campaign summary is written for one campaign: give its number with --campaign NUMBER."))
    ids = []
    with db.session() as session:
        for number in numbers:
            row = _campaign(session, number)
            if row is None:
                return _unknown_campaign(number)
            ids.append(row.id)
    if args.kind == "selections" and ids:
        return _fail(QCoreApplication.translate("Cli", "The selections report is written for all campaigns; "
                                                "leave --campaign out."))
    target = Path(args.pdf)
    try:
        pages = report_document.write_report(db, args.kind, target, ids or None)
    except OSError as exc:
        return _fail(QCoreApplication.translate("Cli", "The file {path} could not be written: {reason}").format(
            path=target, reason=exc.strerror or exc))
    print(QCoreApplication.translate("Cli", "“{title}” written to {file} (pages: {count}).").format(
        title=report_document.report_title(args.kind), file=target, count=pages))
    return 0
