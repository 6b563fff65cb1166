"""Import the members of target groups from a CSV file as offices keep them.

A file has a contact-code column and, optionally, campaign number, action number (the
action's sequence within its campaign) and linked (J/N) columns; headers may be German,
Dutch or English. Without campaign and action columns every line goes to the action the
caller names; with them each line names its own, so one file fills several actions or
campaigns at once. An empty campaign cell means the caller's action's campaign; an empty
action cell means the caller's action, but only when the campaign cell is empty too.

A file without a header row is allowed when it has a single column: then every line,
the first one too, is a contact code.

The import is all or nothing: unknown codes, campaigns or actions and malformed lines
block it, and the report names their lines. A code named twice for the same action is
imported once and reported as a duplicate; when the lines disagree, *linked* wins (the
clerk sees and can unlink the member in the target group before the run, whereas an
unlinked one would silently miss it). Persons already in the action are left as they are.
No Qt here; the report holds problem kinds, not sentences: the window words them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Boolean, ColumnElement, Connection, Integer, String, any_, cast, func, insert, literal, select
from sqlalchemy.dialects.postgresql import ARRAY

from desktop.campaigns.member_csv import (
    Column,
    FileProblem,
    ImportFileError,
    ParsedFile,
    Problem,
    ProblemKind,
    read,
)
from desktop.campaigns.members import apply_exclusions
from desktop.db.engine import Database
from desktop.db.models import ActionMember, Campaign, CampaignAction, MemberOrigin, Person
from desktop.db.models.base import current_login, utcnow
from desktop.jobs import Cancelled, Progress, no_progress

M = ActionMember.__table__
P = Person.__table__
A = CampaignAction.__table__
C = Campaign.__table__
T = TypeVar("T")

# SQLite before 3.32 allows 999 bound parameters in one statement; PostgreSQL 65,535, and
# there each statement is a round trip to the server, so fewer and larger ones pay.
LOOKUP_BATCH = 900
PG_LOOKUP_BATCH = 20_000
INSERT_BATCH = 10_000


def _lookup_batch(conn: Connection) -> int:
    return PG_LOOKUP_BATCH if conn.dialect.name == "postgresql" else LOOKUP_BATCH


def _among(conn: Connection, column: Any, values: Sequence[Any], item_type: Any) -> ColumnElement[bool]:
    """``column IN values``; on PostgreSQL as ``= ANY(array)``: one parameter, not thousands."""
    if conn.dialect.name == "postgresql":
        return column == any_(cast(literal(list(values), ARRAY(item_type)), ARRAY(item_type)))
    return column.in_(values)


def _insert_pg(conn: Connection, batch: Sequence[dict[str, Any]]) -> None:
    """A batch of members in one statement of constant shape: the rows as three arrays."""
    first = batch[0]
    arrays = [
        func.unnest(cast(literal([row[key] for row in batch], ARRAY(kind)), ARRAY(kind)))
        for key, kind in (("action_id", Integer()), ("person_id", Integer()), ("linked", Boolean()))
    ]
    constants = [
        cast(literal(first["origin"].value), String()), cast(literal(first["origin_file"]), String()),
        cast(literal(""), String()), literal(first["added_at"], M.c.added_at.type),
        cast(literal(first["added_by"]), String()),
    ]
    columns = ["action_id", "person_id", "linked", "origin", "origin_file", "exclusion_reason", "added_at",
               "added_by"]
    conn.execute(insert(M).from_select(columns, select(*arrays, *constants)))


@dataclass(frozen=True)
class ActionResult:
    """What the import does to one action's target group.

    Attributes:
        added: New members (linked or excluded); for a check, those that would be added.
        already_members: Persons in the group before; left as they were.
        excluded: Members the import marked as excluded from the channel (0 for a check).
    """

    action_id: int
    campaign_number: str
    sequence: int
    added: int
    already_members: int
    excluded: int = 0


@dataclass(frozen=True)
class ImportReport:
    """The outcome of a check or an import, per action and per line."""

    file_name: str
    lines: int  # data lines read (well-formed or not)
    actions: tuple[ActionResult, ...]  # in the order the file first names them
    problems: tuple[Problem, ...]  # by line
    written: bool = False

    @property
    def blocked(self) -> bool:
        """Whether problems keep the file from being imported (duplicates alone do not)."""
        return any(p.kind is not ProblemKind.DUPLICATE for p in self.problems)

    @property
    def lines_to_fix(self) -> list[int]:
        return sorted({p.line for p in self.problems if p.kind is not ProblemKind.DUPLICATE})

    def of_kind(self, kind: ProblemKind) -> list[Problem]:
        return [p for p in self.problems if p.kind is kind]


# -- checking against the database -------------------------------------------------------------


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class _Target:
    """A resolved action, or why a line's campaign/action cannot be resolved."""

    action_id: int | None
    campaign_number: str = ""
    sequence: int = 0
    problem: ProblemKind | None = None
    value: str = ""


def _targets(conn: Connection, parsed: ParsedFile, action_id: int | None) -> dict[tuple[str, str], _Target]:
    """Resolve each distinct (campaign, action) pair of the file to an action."""
    default = None
    if action_id is not None:
        default = conn.execute(
            select(A.c.campaign_id, C.c.number, A.c.sequence).join(C, C.c.id == A.c.campaign_id)
            .where(A.c.id == action_id)
        ).first()
        if default is None:
            raise LookupError(action_id)
    elif Column.ACTION not in parsed.columns:
        raise ImportFileError(parsed.path, FileProblem.NO_ACTION_COLUMN)
    pairs = list(dict.fromkeys((row.campaign, row.action) for row in parsed.rows))
    numbers = sorted({campaign for campaign, _action in pairs if campaign})
    campaigns = {} if default is None else {default.number: default.campaign_id}
    for batch in _batches(numbers, _lookup_batch(conn)):
        campaigns.update(conn.execute(select(C.c.number, C.c.id).where(_among(conn, C.c.number, batch, String()))).all())
    actions = {
        (campaign_id, sequence): action
        for action, campaign_id, sequence in conn.execute(
            select(A.c.id, A.c.campaign_id, A.c.sequence).where(A.c.campaign_id.in_(sorted(set(campaigns.values()))))
        ).all()
    }
    targets: dict[tuple[str, str], _Target] = {}
    for campaign, action in pairs:
        number = campaign or (default.number if default else "")
        if number not in campaigns:
            targets[campaign, action] = _Target(None, problem=ProblemKind.UNKNOWN_CAMPAIGN, value=campaign)
            continue
        if not action:
            found = action_id if default is not None and not campaign else None
            sequence = default.sequence if default is not None else 0
        else:
            sequence = int(action) if action.isdecimal() else 0
            found = actions.get((campaigns[number], sequence))
        targets[campaign, action] = (
            _Target(None, problem=ProblemKind.UNKNOWN_ACTION, value=action) if found is None
            else _Target(found, number, sequence)
        )
    return targets


def _person_ids(
    conn: Connection, codes: Iterable[str], progress: Progress, cancel: Callable[[], bool]
) -> dict[str, int]:
    distinct = sorted(set(codes))
    ids: dict[str, int] = {}
    size = _lookup_batch(conn)
    for done, batch in enumerate(_batches(distinct, size)):
        if cancel():
            raise Cancelled()
        progress(done * size, len(distinct), "checking")
        ids.update(conn.execute(select(P.c.code, P.c.id).where(_among(conn, P.c.code, batch, String()))).all())
    progress(len(distinct), len(distinct), "checking")
    return ids


def _members(conn: Connection, action_id: int, person_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for batch in _batches(person_ids, _lookup_batch(conn)):
        found.update(conn.execute(
            select(M.c.person_id).where(M.c.action_id == action_id, _among(conn, M.c.person_id, batch, Integer()))
        ).scalars())
    return found


def _plan(
    conn: Connection, parsed: ParsedFile, action_id: int | None, progress: Progress, cancel: Callable[[], bool]
) -> tuple[ImportReport, dict[int, dict[int, bool]]]:
    """The report, and per action the persons to add (in file order) with their linked flag."""
    targets = _targets(conn, parsed, action_id)
    persons = _person_ids(conn, (row.code for row in parsed.rows), progress, cancel)
    problems = list(parsed.problems)
    chosen: dict[int, dict[int, bool]] = {}  # action id → person id → linked, in file order
    resolved: dict[int, _Target] = {}
    first_line: dict[tuple[int, int], int] = {}
    for row in parsed.rows:
        target = targets[row.campaign, row.action]
        person = persons.get(row.code)
        if person is None:
            problems.append(Problem(row.line, ProblemKind.UNKNOWN_CODE, row.code))
        if target.problem is not None:
            problems.append(Problem(row.line, target.problem, target.value))
        if person is None or target.action_id is None:
            continue
        resolved.setdefault(target.action_id, target)
        wanted = chosen.setdefault(target.action_id, {})
        first = first_line.setdefault((target.action_id, person), row.line)
        if first != row.line:
            problems.append(Problem(row.line, ProblemKind.DUPLICATE, row.code, first))
        wanted[person] = wanted.get(person, False) or row.linked
    new: dict[int, dict[int, bool]] = {}
    results = []
    for action, target in resolved.items():
        existing = _members(conn, action, list(chosen[action]))
        new[action] = {person: linked for person, linked in chosen[action].items() if person not in existing}
        results.append(ActionResult(action, target.campaign_number, target.sequence, len(new[action]), len(existing)))
    problems.sort(key=lambda p: p.line)
    return ImportReport(parsed.path.name, parsed.lines, tuple(results), tuple(problems)), new


def check(
    conn: Connection,
    parsed: ParsedFile,
    action_id: int | None,
    *,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Look the file's codes, campaigns and actions up; write nothing.

    The report says what an import would add; ``excluded`` stays 0, as the exclusions
    are only known once the members are written.

    Args:
        action_id: The action lines without campaign and action go to; None when the file
            names its actions in every line.

    Raises:
        LookupError: ``action_id`` names no action (any more).
        ImportFileError: The file names no action and ``action_id`` is None.
    """
    return _plan(conn, parsed, action_id, progress, cancel)[0]


# -- importing -------------------------------------------------------------------------------


def import_members(
    db: Database,
    path: Path,
    action_id: int | None,
    *,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Import a member file in one transaction, or nothing if a line must be fixed first.

    New members come in with origin IMPORT and the file's name; afterwards the persons who
    must not get an action's channel are marked and unlinked, as for any target group.

    Args:
        action_id: As for :func:`check`.
        progress: Told (done, total, stage) with the stages "checking" (codes looked up)
            and "writing" (members written).
        cancel: Polled between batches.

    Returns:
        The report; ``written`` is False when problems blocked the import.

    Raises:
        ImportFileError: The file cannot be read or used at all.
        LookupError: ``action_id`` names no action (any more).
        Cancelled: ``cancel`` returned True; nothing was written.
    """
    parsed = read(path)
    with db.engine.begin() as conn:
        report, new = _plan(conn, parsed, action_id, progress, cancel)
        if report.blocked:
            return report
        now, login, origin_file = utcnow(), current_login(), path.name
        rows: list[dict[str, Any]] = [
            {"action_id": action, "person_id": person, "linked": linked, "origin": MemberOrigin.IMPORT,
             "origin_selection_id": None, "origin_action_id": None, "origin_file": origin_file,
             "exclusion_reason": "", "added_at": now, "added_by": login}
            for action, wanted in new.items() for person, linked in wanted.items()
        ]
        # SQLite runs executemany in-process and fast; psycopg sends each row on its own,
        # so PostgreSQL gets each batch as arrays in one statement instead.
        multi_row = conn.dialect.name == "postgresql"
        size = INSERT_BATCH
        for done, batch in enumerate(_batches(rows, size)):
            if cancel():
                raise Cancelled()
            progress(done * size, len(rows), "writing")
            if multi_row:
                _insert_pg(conn, batch)
            else:
                conn.execute(insert(M), list(batch))
        progress(len(rows), len(rows), "writing")
        excluded = {action: apply_exclusions(conn, action) for action in new}
        if cancel():
            raise Cancelled()
    actions = tuple(replace(result, excluded=excluded[result.action_id]) for result in report.actions)
    return replace(report, actions=actions, written=True)
