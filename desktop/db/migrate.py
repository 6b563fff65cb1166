"""Alembic, driven from code so that it also works from a PyInstaller build."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

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


def upgrade(db: Database, progress: Callable[[str], None] | None = None) -> None:
    """Upgrade ``db`` to the newest schema (creates it when empty)."""
    cfg = alembic_config(db)
    if progress:
        cfg.attributes["progress"] = progress
    log.info("upgrading database %s to %s", db.display, head_revision())
    command.upgrade(cfg, "head")
