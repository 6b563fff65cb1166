"""The ``campaign`` and ``action`` commands of ``kampagnen``: campaigns and their target groups.

``kampagnen campaign create NAME [--number N]``, ``kampagnen campaign list``,
``kampagnen action add CAMPAIGN NAME [--channel …] [--copy-members-from SEQ] [--exclude-used]``,
``kampagnen action add-selection CAMPAIGN SEQ SELECTION [--exclude-used|--no-exclude-used]``,
``kampagnen action import-members FILE.csv [--campaign CAMPAIGN --action SEQ]`` and
``kampagnen action members CAMPAIGN SEQ [--export FILE.csv] [--excluded]``.

A campaign is named by its number (``2026-001``), an action by its sequence number within
the campaign, a selection by its name. What cannot be done is one sentence per problem on
stderr and exit code 1 (argparse's own usage errors: 2), never a traceback; nothing is
written then.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication

from desktop import cli_export, cli_generate, cli_send
from desktop.campaigns import actions, member_import, members, service
from desktop.campaigns.member_import import FileProblem, ImportFileError, ImportReport, Problem, ProblemKind
from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import Campaign, CampaignAction, Channel
from desktop.member_import_texts import file_problem_text, line_problem_text
from desktop.query import export, selections
from desktop.ui.labels import format_datetime, status_label
from desktop.ui.member_labels import exclusion_label, origin_text

COMMANDS = ("campaign", "action")
CHANNELS = tuple(channel.value for channel in Channel)
NAME_MAX = Campaign.__table__.c.name.type.length
NUMBER_MAX = Campaign.__table__.c.number.type.length
ACTION_NAME_MAX = CampaignAction.__table__.c.name.type.length
PAGE = 5000  # members read at a time for the list and the export


def add_parsers(commands: Any) -> None:
    """Add the two commands to the ``kampagnen`` sub-parsers."""
    campaign_help = QCoreApplication.translate("Cli", "the campaign number, e.g. 2026-001")
    sequence_help = QCoreApplication.translate("Cli", "the number of the action in its campaign (1, 2 …)")

    campaign = commands.add_parser("campaign", help=QCoreApplication.translate("Cli", "campaigns"))
    campaign_commands = campaign.add_subparsers(dest="campaign_command", required=True, metavar=QCoreApplication.translate("Cli", "COMMAND"))
    create = campaign_commands.add_parser("create", help=QCoreApplication.translate("Cli", "create a planned campaign"))
    create.add_argument("name", metavar=QCoreApplication.translate("Cli", "NAME"))
    create.add_argument("--number", metavar="N", help=QCoreApplication.translate("Cli", "the campaign number (default: the next free one of the year)"))
    campaign_commands.add_parser("list", help=QCoreApplication.translate("Cli", "list the campaigns with their status and number of actions"))

    action = commands.add_parser("action", help=QCoreApplication.translate("Cli", "actions of a campaign and their target groups"))
    action_commands = action.add_subparsers(dest="action_command", required=True, metavar=QCoreApplication.translate("Cli", "COMMAND"))
    add = action_commands.add_parser("add", help=QCoreApplication.translate("Cli", "add an action to a campaign"))
    add.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"), help=campaign_help)
    add.add_argument("name", metavar=QCoreApplication.translate("Cli", "NAME"))
    add.add_argument("--channel", choices=CHANNELS, default=Channel.LETTER.value,
                     help=QCoreApplication.translate("Cli", "how the action reaches its target group (default: letter)"))
    add.add_argument("--copy-members-from", type=int, metavar="SEQ",
                     help=QCoreApplication.translate("Cli", "take over the target group of this action of the campaign"))
    add.add_argument("--exclude-used", action="store_true",
                     help=QCoreApplication.translate("Cli", "leave out contacts already used in an earlier action when selections are linked"))

    link = action_commands.add_parser("add-selection", help=QCoreApplication.translate("Cli", "add the persons a saved selection finds now to the target group"))
    link.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"), help=campaign_help)
    link.add_argument("sequence", type=int, metavar="SEQ", help=sequence_help)
    link.add_argument("selection", metavar=QCoreApplication.translate("Cli", "SELECTION"), help=QCoreApplication.translate("Cli", "the name of the saved selection"))
    link.add_argument("--exclude-used", action=argparse.BooleanOptionalAction, default=None,
                      help=QCoreApplication.translate("Cli", "leave out persons linked in an earlier action of the campaign (default: the action's setting)"))

    load = action_commands.add_parser("import-members", help=QCoreApplication.translate("Cli", "import target group members from a CSV file"))
    load.add_argument("file", metavar="FILE.csv", help=QCoreApplication.translate("Cli", "contact codes, and optionally campaign, action and linked (J/N) columns"))
    load.add_argument("--campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"),
                      help=QCoreApplication.translate("Cli", "the campaign of the lines that name none (with --action)"))
    load.add_argument("--action", type=int, metavar="SEQ", help=QCoreApplication.translate("Cli", "the action of the lines that name none (with --campaign)"))

    listing = action_commands.add_parser("members", help=QCoreApplication.translate("Cli", "list the target group of an action, or export it"))
    listing.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"), help=campaign_help)
    listing.add_argument("sequence", type=int, metavar="SEQ", help=sequence_help)
    listing.add_argument("--export", metavar=QCoreApplication.translate("Cli", "FILE"), help=QCoreApplication.translate("Cli", "write the members to a .csv file for Excel"))
    listing.add_argument("--excluded", action="store_true", help=QCoreApplication.translate("Cli", "only the members excluded from the action's channel"))
    cli_generate.add_parser(action_commands, campaign_help, sequence_help)
    cli_export.add_parsers(action_commands, campaign_help, sequence_help)
    cli_send.add_parsers(action_commands, campaign_help, sequence_help)


def run(args: argparse.Namespace, db: Database) -> int:
    """Carry out a ``campaign`` or ``action`` command; returns the exit code."""
    if args.command == "campaign":
        return _create(db, args.name, args.number) if args.campaign_command == "create" else _list(db)
    command = args.action_command
    if command == "add":
        return _add_action(db, args)
    if command == "add-selection":
        return _add_selection(db, args)
    if command == "import-members":
        return _import(db, Path(args.file), args.campaign, args.action)
    if command == "generate":
        resolved = _resolve(db, args.campaign, args.sequence)
        if resolved is None:
            return 1
        return cli_generate.run_generate(args, db, resolved[1].id, f"{args.campaign}/{args.sequence}")
    if command in cli_export.COMMANDS:
        return cli_export.run(args, db, _resolve)
    if command in cli_send.COMMANDS:
        return cli_send.run(args, db, _resolve)
    return _members(db, args)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _deleted_meanwhile() -> int:
    return _fail(QCoreApplication.translate("Cli", "The campaign, the action or the selection was deleted by another user in the meantime. Nothing was changed."))


# -- finding campaigns, actions and selections by what the clerk calls them ----------------------


def _campaign(session: Any, number: str) -> service.CampaignRow | None:
    """The campaign numbered ``number``; case only matters when two numbers differ by it."""
    wanted = number.strip()
    rows = service.list_campaigns(session)
    exact = next((row for row in rows if row.number == wanted), None)
    if exact is not None:
        return exact
    folded = [row for row in rows if row.number.casefold() == wanted.casefold()]
    return folded[0] if len(folded) == 1 else None


def _unknown_campaign(number: str) -> int:
    return _fail(QCoreApplication.translate("Cli", "There is no campaign with the number “{number}”. kampagnen campaign list shows the campaigns.").format(
        number=number.strip()))


def _action(session: Any, campaign: service.CampaignRow, sequence: int) -> actions.ActionRow | None:
    """The action ``sequence`` of ``campaign``, or None after saying which ones there are."""
    rows = actions.list_actions(session, campaign.id)
    found = next((row for row in rows if row.sequence == sequence), None)
    if found is None:
        if rows:
            _fail(QCoreApplication.translate("Cli", "Campaign {number} has no action {sequence}. Its actions are: {sequences}.").format(
                number=campaign.number, sequence=sequence, sequences=", ".join(str(row.sequence) for row in rows)))
        else:
            _fail(QCoreApplication.translate("Cli", "Campaign {number} has no action {sequence}; it has no actions yet (kampagnen action add).").format(
                number=campaign.number, sequence=sequence))
    return found


def _resolve(db: Database, number: str, sequence: int) -> tuple[service.CampaignRow, actions.ActionRow] | None:
    """The campaign and its action, or None after an error message naming what is unknown."""
    with db.session() as session:
        campaign = _campaign(session, number)
        if campaign is None:
            _unknown_campaign(number)
            return None
        action = _action(session, campaign, sequence)
    return None if action is None else (campaign, action)


# -- campaign create / list ------------------------------------------------------------------------


def _create(db: Database, name: str, number: str | None) -> int:
    name = name.strip()
    if not name:
        return _fail(QCoreApplication.translate("Cli", "Please give the campaign a name."))
    if len(name) > NAME_MAX:
        return _fail(QCoreApplication.translate("Cli", "The name is too long: at most {max} characters.").format(max=NAME_MAX))
    if number is not None:
        number = number.strip()
        if not number:
            return _fail(QCoreApplication.translate("Cli", "The campaign number must not be empty; leave --number out to get the next free one."))
        if len(number) > NUMBER_MAX:
            return _fail(QCoreApplication.translate("Cli", "The campaign number is too long: at most {max} characters.").format(max=NUMBER_MAX))
    try:
        # One transaction: a number that is taken leaves no campaign behind.
        with db.session() as session:
            created = service.create(session, name)
            if number is not None and number != created.number:
                created = service.save(session, created.replace(number=number))
    except service.InvalidCampaign as exc:
        if exc.problem is service.Problem.NUMBER_TAKEN:
            return _fail(QCoreApplication.translate("Cli", "There is already a campaign with the number “{number}”.").format(number=number))
        return _fail(QCoreApplication.translate("Cli", "Please give the campaign a name."))
    print(QCoreApplication.translate("Cli", "Campaign {number} “{name}” created (id {id}).").format(number=created.number, name=created.name, id=created.id))
    return 0


def _list(db: Database) -> int:
    with db.session() as session:
        rows = [(row, service.action_count(session, row.id)) for row in service.list_campaigns(session)]
    if not rows:
        print(QCoreApplication.translate("Cli", "There are no campaigns yet."))
        return 0
    table = [(row.number, row.name, status_label(row.status), str(count)) for row, count in rows]
    headers = (
        QCoreApplication.translate("Cli", "Number"),
        QCoreApplication.translate("Cli", "Name"),
        QCoreApplication.translate("Cli", "Status"),
        QCoreApplication.translate("Cli", "Actions"),
    )
    widths = [max(len(cells[i]) for cells in [headers, *table]) for i in range(3)]
    for cells in [headers, *table]:
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths)) + f"  {cells[3]:>{len(headers[3])}}")
    return 0


# -- action add / add-selection ---------------------------------------------------------------------


def _add_action(db: Database, args: argparse.Namespace) -> int:
    name = args.name.strip()
    if not name:
        return _fail(QCoreApplication.translate("Cli", "Please give the action a name."))
    if len(name) > ACTION_NAME_MAX:
        return _fail(QCoreApplication.translate("Cli", "The name is too long: at most {max} characters.").format(max=ACTION_NAME_MAX))
    try:
        with db.session() as session:
            campaign = _campaign(session, args.campaign)
            if campaign is None:
                return _unknown_campaign(args.campaign)
            source = None
            if args.copy_members_from is not None:
                source = _action(session, campaign, args.copy_members_from)
                if source is None:
                    return 1
            added = actions.add(session, campaign.id, name, Channel(args.channel),
                                copy_members_from=source.id if source else None,
                                exclude_used_contacts=args.exclude_used)
            group = members.summary(session.connection(), added.id) if source else None
    except actions.InvalidAction:
        return _fail(QCoreApplication.translate("Cli", "Please give the action a name."))
    except ConcurrentEditError:
        return _deleted_meanwhile()
    print(QCoreApplication.translate("Cli", "Action {sequence} “{name}” added to campaign {number}.").format(
        sequence=added.sequence, name=added.name, number=campaign.number))
    if source is not None and group is not None:
        print(QCoreApplication.translate("Cli", "Target group of action {source} taken over: {total} members, {linked} linked, {excluded} excluded.").format(
            source=source.sequence, total=group.total, linked=group.linked, excluded=group.excluded))
    return 0


def _add_selection(db: Database, args: argparse.Namespace) -> int:
    with db.session() as session:
        campaign = _campaign(session, args.campaign)
        if campaign is None:
            return _unknown_campaign(args.campaign)
        action = _action(session, campaign, args.sequence)
        if action is None:
            return 1
        selection = selections.find_by_name(session, args.selection)
        if selection is None:
            return _fail(QCoreApplication.translate("Cli", "There is no selection called “{name}”. kampagnen selection list shows the saved selections.").format(
                name=args.selection.strip()))
        data = actions.load(session, action.id)
    exclude_used = args.exclude_used if args.exclude_used is not None else bool(data and data.exclude_used_contacts)
    try:
        result = members.link_selection(db, action.id, selection.id, exclude_used=exclude_used)
    except members.SelectionAlreadyLinked as exc:
        return _fail(QCoreApplication.translate("Cli",
            "The selection “{name}” was linked to action {sequence} of campaign {number} already on {when}. Its persons "
            "are in the target group; a selection can be linked to an action only once."
        ).format(name=exc.selection_name, sequence=action.sequence, number=campaign.number, when=format_datetime(exc.linked_at)))
    except LookupError:
        return _deleted_meanwhile()
    print(QCoreApplication.translate("Cli", "Selection “{name}” linked to action {sequence} of campaign {number}.").format(
        name=selection.name, sequence=action.sequence, number=campaign.number))
    print("  " + QCoreApplication.translate("Cli", "Persons found: {count}").format(count=result.found))
    print("  " + QCoreApplication.translate("Cli", "Added: {count}").format(count=result.added))
    print("  " + QCoreApplication.translate("Cli", "Already members: {count}").format(count=result.already_members))
    print("  " + QCoreApplication.translate("Cli", "Left out as used in an earlier action: {count}").format(count=result.used_before))
    print("  " + QCoreApplication.translate("Cli", "Added but excluded from the channel: {count}").format(count=result.excluded))
    return 0


# -- action import-members ----------------------------------------------------------------------------


def _file_problem_text(error: ImportFileError) -> str:
    if error.problem is FileProblem.NO_ACTION_COLUMN:  # on the command line, the options help
        return QCoreApplication.translate("Cli",
            "The file {file} names no action. Give --campaign and --action, or add the columns “Kampagne” and “Aktion” "
            "(campaign number and number of the action in it).").format(file=error.path)
    return file_problem_text(error)


def _problem_text(path: Path, problem: Problem) -> str:
    """One problem of one line: "FILE, line N: what is wrong"."""
    if problem.kind is ProblemKind.UNKNOWN_CAMPAIGN and not problem.value:
        text = QCoreApplication.translate("Cli", "the line names no campaign. Fill in its campaign column, or give --campaign and --action.")
    else:
        text = line_problem_text(problem)
    return QCoreApplication.translate("Cli", "{path}, line {line}: {problem}").format(path=path, line=problem.line, problem=text)


def _import(db: Database, path: Path, number: str | None, sequence: int | None) -> int:
    action_id = None
    if (number is None) != (sequence is None):
        return _fail(QCoreApplication.translate("Cli", "Give --campaign and --action together, or neither: then every line of the file names its campaign and action."))
    if number is not None and sequence is not None:
        resolved = _resolve(db, number, sequence)
        if resolved is None:
            return 1
        action_id = resolved[1].id
    try:
        report = member_import.import_members(db, path, action_id)
    except ImportFileError as exc:
        return _fail(_file_problem_text(exc))
    except LookupError:
        return _deleted_meanwhile()
    return _report(path, report)


def _report(path: Path, report: ImportReport) -> int:
    if report.blocked:
        for problem in report.problems:
            print(_problem_text(path, problem), file=sys.stderr)
        return _fail(QCoreApplication.translate("Cli", "Nothing was imported. Correct the lines above in {path} and import the file again.").format(path=path))
    for problem in report.problems:  # duplicates only: counted once, not an error
        print(_problem_text(path, problem))
    print(QCoreApplication.translate("Cli", "Members imported from {path}:").format(path=path))
    for result in report.actions:
        print("  " + QCoreApplication.translate("Cli", "Campaign {number}, action {sequence}: added {added}, already members {already}, excluded {excluded}").format(
            number=result.campaign_number, sequence=result.sequence, added=result.added,
            already=result.already_members, excluded=result.excluded))
    return 0


# -- action members ---------------------------------------------------------------------------------


def _headers() -> list[str]:
    # Code and Linked are headings the member import reads too (in German, Dutch and English),
    # so an exported target group can be edited in Excel and imported into another action.
    return [
        QCoreApplication.translate("Cli", "Code"),
        QCoreApplication.translate("Cli", "Name"),
        QCoreApplication.translate("Cli", "Postcode"),
        QCoreApplication.translate("Cli", "City"),
        QCoreApplication.translate("Cli", "Linked"),
        QCoreApplication.translate("Cli", "Origin"),
        QCoreApplication.translate("Cli", "Added"),
        QCoreApplication.translate("Cli", "Excluded because"),
    ]


def _when(value: dt.datetime | None) -> str:
    """A timestamp as German and Dutch Excel read it, in the workstation's time."""
    if value is None:
        return ""
    return (value.astimezone() if value.tzinfo else value).strftime("%d.%m.%Y %H:%M")


def _member_lines(db: Database, action_id: int, excluded: bool | None) -> Iterator[list[str]]:
    yes, no = QCoreApplication.translate("Cli", "Y", "linked: yes"), QCoreApplication.translate("Cli", "N", "linked: no")
    with db.engine.connect() as conn:
        offset = 0
        while True:
            rows = members.member_rows(conn, action_id, excluded=excluded, offset=offset, limit=PAGE)
            for row in rows:
                yield [row.code, row.name, row.postcode, row.city, yes if row.linked else no, origin_text(row),
                       _when(row.added_at), exclusion_label(row.exclusion) if row.exclusion else ""]
            if len(rows) < PAGE:
                return
            offset += PAGE


def _members(db: Database, args: argparse.Namespace) -> int:
    path = Path(args.export) if args.export else None
    if path is not None and path.suffix.lower() != ".csv":
        return _fail(QCoreApplication.translate("Cli", "{path}: the export file must end in .csv.").format(path=path))
    resolved = _resolve(db, args.campaign, args.sequence)
    if resolved is None:
        return 1
    action_id = resolved[1].id
    excluded = True if args.excluded else None
    if path is None:
        return _print_members(sys.stdout, _member_lines(db, action_id, excluded))

    def write(temp: Path) -> int:
        written = 0
        # What Excel in a German or Dutch office opens with a double click (see desktop.query.export).
        with temp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            writer.writerow(_headers())
            for line in _member_lines(db, action_id, excluded):
                writer.writerow(line)
                written += 1
        return written

    try:
        rows = export._write_atomically(path, write)  # noqa: SLF001 - the project's atomic file writer
    except OSError as exc:
        return _fail(QCoreApplication.translate("Cli", "The file {path} could not be written: {reason}").format(path=path, reason=exc.strerror or exc))
    print(QCoreApplication.translate("Cli", "{rows} rows written to {path}.").format(rows=rows, path=path))
    return 0


def _print_members(stream: TextIO, lines: Iterator[list[str]]) -> int:
    # Tab-separated like "query run", so the output pastes into a spreadsheet or a grep.
    out = csv.writer(stream, delimiter="\t", lineterminator="\n")
    try:
        out.writerow(_headers())
        for line in lines:
            out.writerow(line)
    except BrokenPipeError:  # "| head" closed the pipe: not an error for the clerk
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - stops the flush at exit failing
    return 0
