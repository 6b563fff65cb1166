"""Optimistic locking: load a record for saving only if nobody saved it in between."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.db.errors import ConcurrentEditError
from desktop.db.models.base import Versioned

V = TypeVar("V", bound=Versioned)


def locked(session: Session, model: type[V], record_id: int, row_version: int | None, entity: str) -> V:
    """The record ``record_id``, fresh from the database, still at ``row_version``.

    Args:
        row_version: The version the clerk started from; None skips the check (the clerk
            chose to save over another clerk's changes).
        entity: What the record is ("campaign", "action" …), for the error.

    Raises:
        ConcurrentEditError: The record was deleted, or saved since ``row_version``.
    """
    record = session.get(model, record_id, populate_existing=True)
    if record is None:
        raise ConcurrentEditError(entity, record_id)
    if row_version is not None and record.row_version != row_version:
        raise ConcurrentEditError(entity, record_id, record.updated_by, record.updated_at)
    return record
