"""Alembic, driven from code so that it also works from a PyInstaller build."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from desktop import paths
from desktop.db.engine import Database
from desktop.db.errors import DatabaseUnreachable, NotKampagnenDatabase, SchemaTooNew

log = logging.getLogger(__name__)


class SchemaState(Enum):
    EMPTY = "empty"  # no tables at all: a new database
    CURRENT = "current"
    BEHIND = "behind"  # needs an upgrade


def alembic_config(db: Database) -> Config:
    """An Alembic config pointing at the packaged migrations and at ``db``'s engine."""
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    cfg.attributes["engine"] = db.engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory(str(paths.migrations_dir()))
    head = script.get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(db: Database) -> str | None:
    """The revision the database is at, or None for a database without Kampagnen schema."""
    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        raise DatabaseUnreachable(db.display, str(getattr(exc, "orig", exc))) from exc


def schema_state(db: Database) -> SchemaState:
    """Tell whether ``db`` is new, current or needs an upgrade.

    Raises:
        DatabaseUnreachable: The database cannot be reached.
        SchemaTooNew: A newer program version upgraded it.
        NotKampagnenDatabase: It has tables but is not a Kampagnen database.
    """
    revision = current_revision(db)
    if revision is None:
        with db.engine.connect() as conn:
            tables = inspect(conn).get_table_names()
        if tables:
            raise NotKampagnenDatabase(db.display)
        return SchemaState.EMPTY
    script = ScriptDirectory(str(paths.migrations_dir()))
    if revision == script.get_current_head():
        return SchemaState.CURRENT
    try:
        script.get_revision(revision)
    except Exception as exc:  # alembic raises several types for an unknown revision
        raise SchemaTooNew(revision) from exc
    return SchemaState.BEHIND


def upgrade(
    db: Database, progress: Callable[[str], None] | None = None, *, backup_first: bool = True
) -> Path | None:
    """Upgrade ``db`` to the newest schema (creates it when empty).

    An embedded database file that already holds an older Kampagnen schema is backed up
    first (reason ``before-upgrade``, see :mod:`desktop.db.backup`); a failing backup stops
    the upgrade.

    Args:
        backup_first: False when the caller has just made or restored a copy itself.

    Returns:
        The automatic backup, or None when none was needed.
    """
    saved = _backup_before_upgrade(db) if backup_first else None
    cfg = alembic_config(db)
    if progress:
        cfg.attributes["progress"] = progress
    log.info("upgrading database %s to %s", db.display, head_revision())
    command.upgrade(cfg, "head")
    return saved


def _backup_before_upgrade(db: Database) -> Path | None:
    """Back up an embedded database file whose Kampagnen schema is older than the program's."""
    from desktop.db import backup  # noqa: PLC0415 - backup imports this module

    if not db.is_embedded:
        return None  # a shared database is backed up by its administrator (pg_dump)
    try:
        path = backup.database_path(db)
    except backup.NoDatabaseFile:
        return None  # in memory
    if not path.exists():
        return None
    revision = current_revision(db)
    if revision is None or revision == head_revision():
        return None  # new (or not ours: alembic says so), or nothing to migrate
    saved = backup.backup(db, reason=backup.BEFORE_UPGRADE)
    log.info("backup before upgrading the database from schema %s: %s", revision, saved)
    return saved
