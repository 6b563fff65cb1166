"""Declarative base, shared column types and the optimistic-locking mixin."""

from __future__ import annotations

import datetime as dt
import getpass
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names: Alembic can then alter them on SQLite (batch mode) and
# PostgreSQL alike, and the migration matches the models exactly.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Return the current time as an aware UTC datetime."""
    return dt.datetime.now(dt.timezone.utc)


def current_login() -> str:
    """Return the operating-system login of the clerk, for 'changed by' columns."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name is not worth failing a save
        return ""


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always returned timezone-aware.

    SQLite has no time zones and hands back naive values; PostgreSQL hands back aware
    ones. Normalising here keeps comparisons and display the same on both.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use desktop.db.models.base.utcnow()")
        return value.astimezone(dt.timezone.utc)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


class Base(DeclarativeBase):
    """Base of every model; one metadata with the naming convention above."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IdMixin:
    """Integer surrogate key."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Versioned:
    """Optimistic locking for records clerks edit.

    SQLAlchemy adds ``WHERE row_version = :old`` to every UPDATE and raises
    ``StaleDataError`` when another clerk saved in between; the services turn that into
    :class:`desktop.db.errors.ConcurrentEditError`.
    """

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow
    )
    updated_by: Mapped[str] = mapped_column(
        String(100), nullable=False, default=current_login, onupdate=current_login
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's convention
        return {"version_id_col": cls.row_version}
