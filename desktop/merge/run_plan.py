"""Starting, resuming and guarding a mass run (Massendruck) of an action. No Qt here.

A run is planned once: one item per linked member, in the order of the person list, each
with its letter ID. The items' states are then committed as they change (see
:mod:`desktop.merge.run`), so a run that died is resumed where it stopped instead of
being started again. At most one run of an action works at a time: a run is "alive"
while its heartbeat is fresh; a second clerk is told who runs it and since when.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, true, update

from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    CampaignAction,
    MassRun,
    MassRunItem,
    Person,
    Template,
)
from desktop.db.models.base import current_login, utcnow
from desktop.db.models.enums import ItemState, RunStatus
from desktop.jobs import Cancelled

R = MassRun.__table__
I = MassRunItem.__table__  # noqa: E741 - the table of items
M = ActionMember.__table__
P = Person.__table__
A = CampaignAction.__table__

# A run whose heartbeat is older than this is taken for dead (the program was killed).
STALE_AFTER = dt.timedelta(minutes=2)
# Options of a run that a resumed run takes from the clerk's new order, not the first one.
OUTPUT_OPTIONS = ("printer", "copies", "duplex", "output", "folder")
UNFINISHED = (RunStatus.RUNNING.value, RunStatus.PAUSED.value, RunStatus.FAILED.value, RunStatus.CANCELLED.value)


class RunInProgress(Exception):
    """Another run of the action is working right now."""

    def __init__(self, run_id: int, started_by: str, host: str, started_at: dt.datetime) -> None:
        super().__init__(f"run {run_id} of {started_by} on {host} since {started_at}")
        self.run_id = run_id
        self.started_by = started_by
        self.host = host
        self.started_at = started_at


class AlreadyGenerated(Exception):
    """The action's letters were generated before; another run would write them again."""

    def __init__(self, finished_at: dt.datetime, started_by: str) -> None:
        super().__init__(f"generated at {finished_at} by {started_by}")
        self.finished_at = finished_at
        self.started_by = started_by


class NothingToGenerate(Exception):
    """The action has no linked member who may get its channel."""


@dataclass(frozen=True)
class RunInfo:
    """An unfinished run the clerk may resume (*Fortsetzen*)."""

    id: int
    started_by: str
    started_at: dt.datetime
    done: int  # items archived (or further)
    total: int
    options: dict[str, Any]


def letter_code(run_id: int, position: int) -> str:
    """The letter ID printed on a letter: short, unique, and readable over the phone."""
    return f"{run_id:05d}-{position:05d}"


def _process_alive(pid: int) -> bool:
    """Whether a process of this workstation still exists (a killed run's does not)."""
    if os.name == "nt":
        import ctypes  # noqa: PLC0415 - Windows only

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _alive(run: Any, now: dt.datetime) -> bool:
    """Whether the run is working: its heartbeat is fresh and, on this workstation, its
    process still exists (so a clerk restarting after a crash need not wait)."""
    if run.status != RunStatus.RUNNING.value:
        return False
    pid = (run.options or {}).get("pid")
    if run.host == socket.gethostname() and isinstance(pid, int) and pid != os.getpid() and not _process_alive(pid):
        return False
    beat = run.heartbeat_at or run.started_at
    if beat.tzinfo is None:
        beat = beat.replace(tzinfo=dt.timezone.utc)
    return now - beat < STALE_AFTER


def unfinished(conn: Connection, action_id: int) -> RunInfo | None:
    """The action's last run that did not finish, if any."""
    run = conn.execute(
        select(R).where(R.c.action_id == action_id, R.c.status.in_(UNFINISHED)).order_by(R.c.id.desc()).limit(1)
    ).first()
    if run is None:
        return None
    done_states = (ItemState.ARCHIVED.value, ItemState.PRINTED.value, ItemState.SENT.value, ItemState.SKIPPED.value)
    done, total = conn.execute(
        select(func.count().filter(I.c.state.in_(done_states)), func.count()).where(I.c.run_id == run.id)
    ).one()
    return RunInfo(run.id, run.started_by, run.started_at, int(done), int(total), dict(run.options or {}))


def claim(db: Database, action_id: int, options: dict[str, Any], *, resume: bool, again: bool = False) -> int:
    """Plan a new run of the action, or take over its unfinished one; returns the run's id.

    Args:
        options: What the clerk chose (template, sender, output, printer …), kept with the run.
        resume: Continue the unfinished run instead of refusing to start while one exists:
            with the template and sender it was started with, and the output
            (:data:`OUTPUT_OPTIONS`) of ``options``.
        again: Generate the letters once more although a run of the action finished.

    Raises:
        RunInProgress: A run of the action is working right now (on this or another workstation).
        AlreadyGenerated: A run of the action finished before and ``again`` is False.
        NothingToGenerate: No linked member may get the action's channel.
    """
    now = utcnow()
    with db.engine.begin() as conn:
        # Lock the action row: two clerks pressing Start at once are served one after the other.
        conn.execute(select(A.c.id).where(A.c.id == action_id).with_for_update()).one()
        last = conn.execute(
            select(R).where(R.c.action_id == action_id, R.c.status.in_(UNFINISHED)).order_by(R.c.id.desc()).limit(1)
        ).first()
        if last is not None and _alive(last, now):
            raise RunInProgress(last.id, last.started_by, last.host, last.started_at)
        finished = conn.execute(
            select(R.c.finished_at, R.c.started_by)
            .where(R.c.action_id == action_id, R.c.status == RunStatus.FINISHED.value)
            .order_by(R.c.id.desc()).limit(1)
        ).first()
        if finished is not None and not again and not (last is not None and resume):
            raise AlreadyGenerated(finished.finished_at, finished.started_by)
        if last is not None and resume:
            # The letters stay as planned; where they go (printer, copies, files) is the
            # clerk's choice now: the printer of a paused run may be gone.
            output = {key: options[key] for key in OUTPUT_OPTIONS if key in options}
            conn.execute(update(R).where(R.c.id == last.id).values(
                options={**(last.options or {}), **output, "pid": os.getpid()},
                status=RunStatus.RUNNING.value, heartbeat_at=now, started_by=current_login(),
                host=socket.gethostname(), message="", row_version=R.c.row_version + 1, updated_at=now))
            return int(last.id)
        if last is not None:  # the clerk starts afresh: the old run is closed as it is
            conn.execute(update(R).where(R.c.id == last.id).values(
                status=RunStatus.CANCELLED.value, finished_at=now, row_version=R.c.row_version + 1, updated_at=now))
        if options.get("template_id") and options.get("template_revision") is None:
            # The revision is kept with the run: resumed after a re-import, it merges the
            # letter it started with.
            revision = conn.execute(select(Template.revision).where(Template.id == options["template_id"])).scalar()
            options = {**options, "template_revision": revision}
        run_id = conn.execute(insert(R).values(
            action_id=action_id, status=RunStatus.RUNNING.value, template_id=options.get("template_id"),
            template_revision=options.get("template_revision"),
            sender_id=options.get("sender_id"), options={**options, "pid": os.getpid()}, started_at=now,
            started_by=current_login(),
            host=socket.gethostname(), heartbeat_at=now, message="", row_version=1, updated_at=now,
            updated_by=current_login(),
        )).inserted_primary_key[0]
        persons = conn.execute(
            select(M.c.person_id).join(P, P.c.id == M.c.person_id)
            .where(M.c.action_id == action_id, M.c.linked == true(), M.c.exclusion_reason == "")
            .order_by(P.c.sort_key, P.c.id)
        ).scalars().all()
        if not persons:
            raise NothingToGenerate(action_id)
        conn.execute(insert(I), [
            {"run_id": run_id, "person_id": person, "position": n, "state": ItemState.PLANNED.value,
             "letter_code": letter_code(run_id, n), "message_id": "", "error": "", "updated_at": now}
            for n, person in enumerate(persons, 1)
        ])
        return int(run_id)


def heartbeat(conn: Connection, run_id: int) -> None:
    """Tell other workstations this run is still working."""
    conn.execute(update(R).where(R.c.id == run_id).values(heartbeat_at=utcnow()))


@contextlib.contextmanager
def closing(db: Database, run_id: int) -> Iterator[None]:
    """Do a claimed run's work in the body; the run ends as its work did.

    Finished when the body returns; cancelled (resumable) when it raises ``Cancelled``;
    failed, with the reason and resumable, when it raises anything else.
    """
    try:
        yield
    except Cancelled:
        close(db, run_id, RunStatus.CANCELLED)
        raise
    except Exception as exc:
        close(db, run_id, RunStatus.FAILED, str(exc))
        raise
    close(db, run_id, RunStatus.FINISHED)


def close(db: Database, run_id: int, status: RunStatus, message: str = "") -> None:
    """End the run as finished, cancelled (resumable) or failed (resumable, with the reason)."""
    now = utcnow()
    with db.engine.begin() as conn:
        conn.execute(update(R).where(R.c.id == run_id).values(
            status=status.value, message=message, heartbeat_at=now, row_version=R.c.row_version + 1, updated_at=now,
            finished_at=now if status is RunStatus.FINISHED else None))
