"""Running a query for the window: the matching ids in order, then rows page by page.

The ordered ids are one query on a worker thread (the clerk's count comes with them); a
page of rows is then a primary-key lookup, fast enough for the GUI thread while the clerk
scrolls. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Row

from desktop.db.engine import Database
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.query import compiler
from desktop.query.definition import QueryDefinition
from desktop.query.fields import P

PAGE = 200


def matching_ids(
    db: Database,
    definition: QueryDefinition,
    *,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> list[int]:
    """The ids of the persons the query finds, in the result's order."""
    query = compiler.select_ids(definition, today).order_by(*compiler.order_by(definition))
    ids: list[int] = []
    with db.engine.connect() as conn:
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
