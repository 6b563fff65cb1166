"""Running a query for the window: the matching ids in order, then rows page by page.

The ordered ids are one query on a worker thread (the clerk's count comes with them); a
page of rows is then a primary-key lookup, fast enough for the GUI thread while the clerk
scrolls. No Qt here.

In the default order (by name) the first page comes first: the database walks the
persons' sort-key index and stops after a page of matches, which takes milliseconds when
the conditions match many persons. When they match few, that walk could take longer than
finding all matches and sorting them, so it gets a time budget and is given up when the
budget is spent; the clerk then sees the page together with the count, as before.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Row, Select
from sqlalchemy.exc import OperationalError

from desktop.db.engine import Database
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.query import compiler
from desktop.query.definition import QueryDefinition
from desktop.query.fields import P

PAGE = 200
# How long the first page may take before the search for all matches takes over.
FIRST_PAGE_BUDGET = 0.1  # seconds
# PostgreSQL's code for a statement cancelled by statement_timeout.
_QUERY_CANCELED = "57014"


def matching_ids(
    db: Database,
    definition: QueryDefinition,
    *,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
    first_page: Callable[[list[int]], None] | None = None,
) -> list[int]:
    """The ids of the persons the query finds, in the result's order.

    Args:
        first_page: Called with the ids of the first page (at most :data:`PAGE`) before
            the search for all of them begins, when the database finds that page quickly.
    """
    query = compiler.select_ids(definition, today).order_by(*compiler.order_by(definition))
    ids: list[int] = []
    with db.engine.connect() as conn:
        if first_page is not None and compiler.sorted_by_name(definition):
            page_query = compiler.select_ids(definition, today).order_by(
                *compiler.order_by(definition, from_index=True)
            ).limit(PAGE)
            page = _within_budget(conn, page_query, FIRST_PAGE_BUDGET)
            if cancel():
                raise Cancelled()
            if page is not None:
                first_page(page)
        # Ids are small: even a million arrive faster in one piece than through a
        # server-side cursor's round trips. SQLite hands them over row by row anyway.
        result = conn.execute(query)
        for batch in result.partitions(5000):
            if cancel():
                raise Cancelled()
            ids.extend(row[0] for row in batch)
            progress(len(ids), 0, "rows")
    return ids


def fetch_rows(db: Database, definition: QueryDefinition, ids: Sequence[int]) -> list[Row[Any]]:
    """The output columns of ``ids`` (at most a few hundred), in the order of ``ids``."""
    if not ids:
        return []
    query = compiler.select_output(definition).where(P.c.id.in_(list(ids)))
    with db.engine.connect() as conn:
        by_id = {row.id: row for row in conn.execute(query)}
    return [by_id[i] for i in ids if i in by_id]


def _within_budget(conn: Connection, query: Select[Any], seconds: float) -> list[int] | None:
    """The ids ``query`` selects, or None when it takes longer than ``seconds``."""
    try:
        if conn.dialect.name == "sqlite":
            # SQLite calls the handler every thousand steps of its engine; a true answer
            # interrupts the statement.
            raw = conn.connection.driver_connection
            deadline = time.monotonic() + seconds
            raw.set_progress_handler(lambda: time.monotonic() > deadline, 1000)  # type: ignore[union-attr]
            try:
                return list(conn.execute(query).scalars())
            finally:
                raw.set_progress_handler(None, 0)  # type: ignore[union-attr]
        # For this statement only: walk the index rather than sort (the planner cannot
        # tell how many persons a text pattern leaves), on one process and without
        # compiling the query first, both of which cost more than a page takes.
        for setting in ("enable_sort = off", "jit = off", "max_parallel_workers_per_gather = 0",
                        f"statement_timeout = {max(1, int(seconds * 1000))}"):
            conn.exec_driver_sql(f"SET LOCAL {setting}")
        return list(conn.execute(query).scalars())
    except OperationalError as exc:
        interrupted = "interrupted" in str(exc.orig) or getattr(exc.orig, "sqlstate", None) == _QUERY_CANCELED
        if not interrupted:
            raise
        return None
    finally:
        conn.rollback()  # ends SET LOCAL, and the failed transaction after a timeout
