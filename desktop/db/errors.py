"""Errors of the persistence layer that the UI and the CLI explain to the clerk."""

from __future__ import annotations

import datetime as dt


class DatabaseError(Exception):
    """Base class of the errors below."""


class DatabaseUnreachable(DatabaseError):
    """The database could not be opened or connected to.

    Attributes:
        where: The database as shown to the user (never with a password).
        reason: The driver's message.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class SchemaTooNew(DatabaseError):
    """The database was upgraded by a newer program version than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"unknown schema revision {revision}")
        self.revision = revision


class NotKampagnenDatabase(DatabaseError):
    """The database holds tables but none of Kampagnen's."""


class ConcurrentEditError(DatabaseError):
    """Another clerk saved or deleted the record since it was loaded.

    Attributes:
        entity: What was being saved, e.g. "campaign".
        record_id: Its id.
        updated_by: Who saved it last ("" when it was deleted).
        updated_at: When, or None when it was deleted.
    """

    def __init__(
        self, entity: str, record_id: int, updated_by: str = "", updated_at: dt.datetime | None = None
    ) -> None:
        super().__init__(f"{entity} {record_id} changed by {updated_by or 'someone'} at {updated_at}")
        self.entity = entity
        self.record_id = record_id
        self.updated_by = updated_by
        self.updated_at = updated_at

    @property
    def deleted(self) -> bool:
        return self.updated_at is None
