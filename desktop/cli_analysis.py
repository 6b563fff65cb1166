"""The ``totals``, ``totalize`` and ``analysis`` commands: where campaigns stand, without the window.

``kampagnen totals CAMPAIGN`` prints the figures of each action and of the campaign;
``kampagnen totalize CAMPAIGN FIELD [FIELD [FIELD]] [--export FILE]`` the dossier items
counted by up to three fields, nested; ``kampagnen analysis NAME FILE.xlsx|.csv
[--campaign CAMPAIGN]`` writes a data set for Excel.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy import select

from desktop import analysis_texts
from desktop.campaigns import analyses, totalizer, totals
from desktop.db.engine import Database
from desktop.db.models import Campaign
from desktop.query.export import export_table
from desktop.ui.labels import format_money

COMMANDS = ("totals", "totalize", "analysis")



def add_parsers(commands: Any) -> None:
    """Add the commands to the ``kampagnen`` sub-parsers."""
    figures = commands.add_parser("totals", help=QCoreApplication.translate("Cli", "figures of a campaign: members, generated, handled, "
                                                     "responses, costs"))
    figures.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"))
    tree = commands.add_parser("totalize", help=QCoreApplication.translate("Cli", "count a campaign's dossier items by up to three fields"))
    tree.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"))
    tree.add_argument("fields", nargs="+", choices=[f.key for f in totalizer.FIELDS], metavar=QCoreApplication.translate("Cli", "FIELD"),
                      help=", ".join(f.key for f in totalizer.FIELDS))
    tree.add_argument("--export", metavar="FILE.xlsx", help=QCoreApplication.translate("Cli", "also write the tree to an Excel or CSV file"))
    data = commands.add_parser("analysis", help=QCoreApplication.translate("Cli", "export an analysis data set for Excel"))
    data.add_argument("name", choices=[d.key for d in analyses.DATASETS], metavar=QCoreApplication.translate("Cli", "NAME"),
                      help=", ".join(d.key for d in analyses.DATASETS))
    data.add_argument("file", metavar="FILE.xlsx")
    data.add_argument("--campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"), help=QCoreApplication.translate("Cli", "the campaign (for “contacts”)"))


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _campaign_id(db: Database, number: str) -> int | None:
    with db.session() as session:
        return session.scalar(select(Campaign.id).where(Campaign.number == number.strip()))


def _no_campaign(number: str) -> int:
    return _fail(QCoreApplication.translate("Cli", "There is no campaign numbered “{number}”. kampagnen campaign list shows the campaigns.")
                 .format(number=number))


def run(args: argparse.Namespace, db: Database) -> int:
    """Carry out one of the commands; returns the exit code."""
    if args.command == "analysis":
        return _analysis(db, args.name, Path(args.file), args.campaign)
    campaign_id = _campaign_id(db, args.campaign)
    if campaign_id is None:
        return _no_campaign(args.campaign)
    if args.command == "totals":
        return _totals(db, campaign_id)
    return _totalize(db, campaign_id, args.fields, args.export)


def _percent(share: float | None) -> str:
    return "" if share is None else f"{QLocale().toString(share * 100, 'f', 1)} %"


def _print_table(headers: list[str], table: list[list[str]]) -> None:
    widths = [max(len(cells[i]) for cells in [headers, *table]) for i in range(len(headers))]
    for cells in [headers, *table]:
        print("  ".join(cell.rjust(width) if i else cell.ljust(width)
                        for i, (cell, width) in enumerate(zip(cells, widths))).rstrip())


def _totals(db: Database, campaign_id: int) -> int:
    with db.session() as session:
        figures = totals.campaign_totals(session, campaign_id)
    headers = [QCoreApplication.translate("Cli", "Action"), QCoreApplication.translate("Cli", "Linked"), QCoreApplication.translate("Cli", "Not linked"), QCoreApplication.translate("Cli", "Generated"), QCoreApplication.translate("Cli", "Handled"), QCoreApplication.translate("Cli", "Open"),
               QCoreApplication.translate("Cli", "Responded"), QCoreApplication.translate("Cli", "Rate"), QCoreApplication.translate("Cli", "Estimated"), QCoreApplication.translate("Cli", "Actual")]
    rows = [(f"{a.sequence} {a.name}", a.totals) for a in figures.actions]
    rows.append((QCoreApplication.translate("Cli", "Campaign"), figures.campaign))
    _print_table(headers, [[label, str(t.linked), str(t.not_linked), str(t.generated), str(t.handled), str(t.open),
                            str(t.responded), _percent(t.response_rate), format_money(t.money.estimated),
                            format_money(t.money.actual)] for label, t in rows])
    print()
    _print_table([QCoreApplication.translate("Cli", "Response"), *[f"{a.sequence}" for a in figures.actions], QCoreApplication.translate("Cli", "Campaign")],
                 [[name, *[str(a.totals.responses.get(name, 0)) for a in figures.actions],
                   str(figures.campaign.responses.get(name, 0))] for name in figures.response_types])
    if figures.costs.budget:
        print()
        print(QCoreApplication.translate("Cli", "Budget {budget}, used {share}").format(budget=format_money(figures.costs.budget),
                                                           share=_percent(figures.budget_used)))
    return 0


def _totalize(db: Database, campaign_id: int, keys: list[str], export: str | None) -> int:
    if len(keys) > totalizer.MOST_LEVELS or len(set(keys)) != len(keys):
        return _fail(QCoreApplication.translate("Cli", "Give one to three different fields."))
    with db.session() as session:
        root = totalizer.totalize(session, campaign_id, keys)

    def show(node: totalizer.Node, depth: int) -> None:
        for child in node.children:
            text = analysis_texts.group_text(keys[depth], child.value)
            print(f"{'  ' * depth}{text}: {child.count}  ({format_money(child.cost)})")
            show(child, depth + 1)

    print(QCoreApplication.translate("Cli", "All dossier items: {count}").format(count=root.count))
    show(root, 0)
    if export:
        rows = totalizer.rows(root, len(keys), lambda depth, value: analysis_texts.group_text(keys[depth], value))
        headers = [*(analysis_texts.field_label(k) for k in keys), QCoreApplication.translate("Cli", "Count"), QCoreApplication.translate("Cli", "Costs")]
        return _write(Path(export), headers, rows)
    return 0


def _write(path: Path, headers: list[str], rows: list[list[Any]]) -> int:
    try:
        written = export_table(path, headers, rows, yes_no=analysis_texts.yes_no())
    except OSError as exc:
        return _fail(QCoreApplication.translate("Cli", "{file} could not be written: {reason}. Close it if it is open in Excel, or choose "
                         "another folder.").format(file=path, reason=exc.strerror or exc))
    print(QCoreApplication.translate("Cli", "{rows} rows written to {file}.").format(rows=written, file=path))
    return 0


def _analysis(db: Database, name: str, path: Path, campaign: str | None) -> int:
    dataset = analyses.BY_KEY[name]
    campaign_id = None
    if dataset.needs_campaign:
        if not campaign:
            return _fail(QCoreApplication.translate("Cli", "This analysis needs --campaign NUMBER."))
        campaign_id = _campaign_id(db, campaign)
        if campaign_id is None:
            return _no_campaign(campaign)
    with db.session() as session:
        rows = [[analysis_texts.in_words(v) for v in row] for row in dataset.rows(session, campaign_id)]
    return _write(path, analysis_texts.headers(dataset), rows)
