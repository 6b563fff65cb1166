"""The one engine and session factory of the program.

The database is an embedded SQLite file in the per-user data folder unless a shared
PostgreSQL URL is given by ``--database``, ``KAMPAGNEN_DATABASE`` or the settings (in that
order). A password for a shared database comes from the OS keyring; it is never shown.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.db import folding, secrets

ENV_VAR = "KAMPAGNEN_DATABASE"
SQLITE_FILENAME = "kampagnen.sqlite3"


def default_sqlite_url() -> URL:
    """The embedded database in the per-user data folder."""
    return URL.create("sqlite+pysqlite", database=str(paths.user_data_dir() / SQLITE_FILENAME))


def normalise_url(url: str | os.PathLike[str] | URL) -> URL:
    """Parse ``url``; a bare file path means SQLite, plain postgresql means psycopg 3."""
    if isinstance(url, os.PathLike):
        url = os.fspath(url)
    if isinstance(url, str):
        text = url.strip()
        if "://" not in text:
            return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))
        url = make_url(text)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername == "sqlite":
        url = url.set(drivername="sqlite+pysqlite")
    return url


def resolve_url(cli_url: str | None, configured_url: str = "") -> URL:
    """Pick the database: command line, then environment, then settings, then embedded."""
    for candidate in (cli_url, os.environ.get(ENV_VAR), configured_url):
        if candidate:
            return normalise_url(candidate)
    return default_sqlite_url()


def display_url(url: URL) -> str:
    """The database as shown to the clerk: a file path, or the URL without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the window read while a mass run writes; foreign keys are off by default.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
    # Case- and accent-insensitive search (see desktop.db.folding).
    dbapi_connection.create_function(folding.SQLITE_FUNCTION, 1, folding.fold, deterministic=True)


class Database:
    """The engine and session factory for one database.

    Args:
        url: Where the database is; see :func:`resolve_url`.
        password: Overrides the keyring (used by tests and the first-start assistant).
    """

    def __init__(self, url: URL | str | os.PathLike[str], password: str | None = None) -> None:
        self.url = normalise_url(url)
        connect_url = self.url
        if self.is_embedded:
            database = self.url.database or ""
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            # hide_parameters: a failed statement's values (names, e-mail addresses) stay out
            # of error messages and so out of the log.
            self.engine: Engine = create_engine(connect_url, hide_parameters=True)
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            if password is None and connect_url.password is None:
                password = secrets.get_password(connect_url)
            if password is not None:
                connect_url = connect_url.set(password=password)
            # Results are read in batches through server-side cursors (query results,
            # exports); PostgreSQL would plan those for the first rows only, which turns a
            # sorted result of 50,000 rows from a second into ten. We read them all.
            self.engine = create_engine(
                connect_url,
                hide_parameters=True,
                pool_pre_ping=True,
                connect_args={"connect_timeout": 10, "options": "-c cursor_tuple_fraction=1"},
            )
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_embedded(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display(self) -> str:
        return display_url(self.url)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
