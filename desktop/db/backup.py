"""Backups of the embedded SQLite database, and restoring one.

A backup is taken with SQLite's online backup API on a connection of the running program,
so it is a consistent snapshot even while a mass run writes (what is not committed yet is
not in it). It is written beside its target under a temporary name and renamed, so a
backup file is never half written. A shared PostgreSQL database is backed up by its
administrator with ``pg_dump``; the functions here refuse it.

Backups are named ``kampagnen-YYYYMMDD-HHMMSS[-reason].sqlite3``; the program keeps the
newest :data:`KEEP_AUTOMATIC` automatic ones (those with a reason, e.g. ``before-upgrade``)
in the backup folder and never deletes a manual one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import uuid
from pathlib import Path

from alembic.script import ScriptDirectory

from desktop import paths
from desktop.db.engine import Database
from desktop.db.errors import DatabaseError, NotKampagnenDatabase, SchemaTooNew

log = logging.getLogger(__name__)

MANUAL = "manual"
BEFORE_UPGRADE = "before-upgrade"
BEFORE_RESTORE = "before-restore"
KEEP_AUTOMATIC = 20
SUFFIX = ".sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every Kampagnen schema since revision 0001 has; a file without them is not ours.
KAMPAGNEN_TABLES = frozenset({"person", "campaign", "campaign_action"})

_NAME = re.compile(r"^kampagnen-(\d{8})-(\d{6})(?:-(\d+))?(?:-([a-z][a-z0-9-]*))?\.sqlite3$")


class BackupError(DatabaseError):
    """A backup or a restore could not be done.

    Attributes:
        path: The file concerned (the backup, or the database), as shown to the clerk.
        reason: The system's or SQLite's message; may be empty.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str = "") -> None:
        super().__init__(f"{os.fspath(path)}: {reason}" if reason else os.fspath(path))
        self.path = os.fspath(path)
        self.reason = reason


class NotEmbeddedDatabase(BackupError):
    """The database is a shared PostgreSQL one: its administrator backs it up with pg_dump."""


class NoDatabaseFile(BackupError):
    """The embedded database does not exist yet (or lives only in memory): nothing to back up."""


class NotSQLiteFile(BackupError):
    """The file chosen to restore from is not an SQLite database at all."""


class BackupUnreadable(BackupError):
    """The file chosen to restore from cannot be read, or it is damaged."""


class BackupFailed(BackupError):
    """The backup could not be written (folder missing or read-only, disk full …)."""


def default_folder() -> Path:
    """The backup folder: the ``backup_folder`` setting, else ``backups`` in the data folder."""
    from desktop.settings import Settings  # noqa: PLC0415 - read when needed, not at import

    configured = Settings().get("backup_folder")
    return Path(configured).expanduser() if configured else paths.user_data_dir() / "backups"


def default_name(reason: str = MANUAL, when: dt.datetime | None = None) -> str:
    """``kampagnen-YYYYMMDD-HHMMSS[-reason].sqlite3`` (no reason for a manual backup)."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    tag = _reason_tag(reason)
    return f"kampagnen-{stamp}{'-' + tag if tag else ''}{SUFFIX}"


def _reason_tag(reason: str) -> str:
    tag = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    if tag and not tag[0].isalpha():
        tag = f"r{tag}"
    return "" if tag == MANUAL else tag


def _unique_target(folder: Path, reason: str) -> Path:
    """A default name not used yet; a second backup in the same second gets ``-2`` etc."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    tag = _reason_tag(reason)
    tail = f"-{tag}{SUFFIX}" if tag else SUFFIX
    target = folder / f"kampagnen-{stamp}{tail}"
    number = 2
    while target.exists():
        target = folder / f"kampagnen-{stamp}-{number}{tail}"
        number += 1
    return target


def database_path(db: Database) -> Path:
    """The file of an embedded database.

    Raises:
        NotEmbeddedDatabase: ``db`` is a shared PostgreSQL database.
        NoDatabaseFile: ``db`` lives in memory.
    """
    if not db.is_embedded:
        raise NotEmbeddedDatabase(db.display)
    name = db.url.database or ""
    if not name or name == ":memory:" or name.startswith("file::memory:"):
        raise NoDatabaseFile(":memory:")
    return Path(name)


def backup(db: Database, target: Path | None = None, folder: Path | None = None, reason: str = MANUAL) -> Path:
    """Write a consistent copy of the embedded database ``db``; return where it was written.

    Args:
        target: The backup file; an existing folder means a default name in that folder.
            Without it: a default name in ``folder``.
        folder: Where a default-named backup goes; default: :func:`default_folder`.
        reason: ``manual``, or why the program backs up by itself (``before-upgrade`` …);
            it becomes part of the default name, and automatic backups are pruned.

    Raises:
        NotEmbeddedDatabase: A shared database (back it up with pg_dump).
        NoDatabaseFile: The database file does not exist yet.
        BackupFailed: The file could not be written.
    """
    source = database_path(db)
    if not source.exists():
        raise NoDatabaseFile(source)
    if target is not None and target.is_dir():
        folder, target = target, None
    pruned_folder: Path | None = None
    if target is None:
        folder = folder or default_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupFailed(folder, exc.strerror or str(exc)) from exc
        target = _unique_target(folder, reason)
        pruned_folder = folder if _reason_tag(reason) else None
    target = target.expanduser().absolute()
    if _same_file(target, source):
        raise BackupFailed(target, "this is the database itself")
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        raw = db.engine.raw_connection()
        try:
            source_connection: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
            _copy(source_connection, temporary)
        finally:
            raw.close()
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        reason_text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupFailed(target, reason_text) from exc
    log.info("database backed up (%s) to %s", _reason_tag(reason) or MANUAL, target)
    if pruned_folder is not None:
        prune(pruned_folder)
    return target


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup of ``source`` into a new file; one step, so one snapshot."""
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
        # The live database runs in WAL mode; a backup is one self-contained file.
        destination.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        destination.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder``, oldest first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match and match.group(4) and path.is_file():
            found.append(((match.group(1), match.group(2), int(match.group(3) or 1)), path))
    return [path for _key, path in sorted(found)]


def prune(folder: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups in ``folder``; manual ones stay."""
    old = automatic_backups(folder)[:-keep] if keep > 0 else automatic_backups(folder)
    removed = []
    for path in old:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("old backup %s not deleted: %s", path, exc)
    return removed


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def check_backup_file(path: Path) -> str:
    """Make sure ``path`` is a Kampagnen database this program can use; return its revision.

    Raises:
        BackupUnreadable: The file is missing, cannot be read, or is damaged.
        NotSQLiteFile: It is not an SQLite database.
        NotKampagnenDatabase: It is an SQLite database of another program.
        SchemaTooNew: A newer Kampagnen wrote it (its schema revision is unknown here).
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        raise BackupUnreadable(path, exc.strerror or "not found") from exc
    except OSError as exc:
        raise BackupUnreadable(path, exc.strerror or str(exc)) from exc
    if header != SQLITE_HEADER:
        raise NotSQLiteFile(path)
    try:
        connection = _open_read_only(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or not KAMPAGNEN_TABLES <= tables:
                raise NotKampagnenDatabase(os.fspath(path))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            check = connection.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BackupUnreadable(path, str(exc)) from exc
    if check is None or check[0] != "ok":
        raise BackupUnreadable(path, f"damaged ({check[0] if check else 'no answer'})")
    if row is None or not row[0]:
        raise NotKampagnenDatabase(os.fspath(path))
    revision = str(row[0])
    script = ScriptDirectory(str(paths.migrations_dir()))
    try:
        known = script.get_revision(revision)
    except Exception as exc:  # alembic raises several types for an unknown revision
        raise SchemaTooNew(revision) from exc
    if known is None:
        raise SchemaTooNew(revision)
    return revision


def restore(db: Database, source: Path, folder: Path | None = None) -> Path | None:
    """Replace the embedded database ``db`` with the backup ``source``.

    The file is checked first; then the current database is backed up (reason
    ``before-restore``), the backup is copied into the database file with SQLite's backup
    API, and an older schema is upgraded. When copying or upgrading fails, the previous
    data is put back. Open sessions of ``db`` must be closed by the caller; the engine is
    disposed, so new sessions see the restored data.

    Args:
        folder: Where the backup of the current data goes; default: :func:`default_folder`.

    Returns:
        The backup of the data before the restore (None when there was no database yet).

    Raises:
        NotEmbeddedDatabase: A shared database (restore it with pg_restore/psql).
        NoDatabaseFile: The database lives in memory.
        BackupUnreadable, NotSQLiteFile, NotKampagnenDatabase, SchemaTooNew: see
            :func:`check_backup_file`; the database is left unchanged.
        BackupFailed: The current data could not be backed up, or the copy failed.
    """
    from desktop.db import migrate  # noqa: PLC0415 - migrate imports this module

    target = database_path(db)
    source = source.expanduser().absolute()
    revision = check_backup_file(source)
    if _same_file(source, target):
        raise BackupFailed(source, "this is the database itself")
    db.dispose()
    safety = _backup_before_restore(db, target, folder)
    db.dispose()
    try:
        _copy_into(source, target)
        db.dispose()
        if revision != migrate.head_revision():
            migrate.upgrade(db, backup_first=False)
    except Exception as exc:
        log.error("restore from %s failed (%s); putting the previous data back", source, exc)
        db.dispose()
        if safety is not None:
            try:
                _copy_into(safety, target)
            except (OSError, sqlite3.Error) as again:
                log.error("previous data not put back from %s: %s", safety, again)
        if isinstance(exc, DatabaseError):
            raise
        raise BackupFailed(target, str(exc)) from exc
    finally:
        db.dispose()
    log.info("database restored from %s (schema %s)", source, revision)
    return safety


def _backup_before_restore(db: Database, target: Path, folder: Path | None) -> Path | None:
    if not target.exists() or target.stat().st_size == 0:
        return None
    try:
        return backup(db, folder=folder, reason=BEFORE_RESTORE)
    except BackupFailed as exc:
        if not isinstance(exc.__cause__, sqlite3.DatabaseError):
            raise
    # The current database is damaged (that may be why it is restored): keep its bytes.
    folder = folder or default_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = _unique_target(folder, BEFORE_RESTORE)
        shutil.copy2(target, copy)
    except OSError as exc:
        raise BackupFailed(folder, exc.strerror or str(exc)) from exc
    prune(folder)
    return copy


def _copy_into(source: Path, target: Path) -> None:
    """Copy the database ``source`` into the live database file ``target`` (SQLite backup API)."""
    source_connection = _open_read_only(source)
    try:
        destination = sqlite3.connect(target, timeout=10)
        try:
            page_size = source_connection.execute("PRAGMA page_size").fetchone()[0]
            wal = destination.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            if wal and destination.execute("PRAGMA page_size").fetchone()[0] != page_size:
                # A WAL database refuses a copy of another page size: copy in rollback mode
                # (needs the database to itself) and set it back to WAL, as the program opens it.
                destination.execute("PRAGMA journal_mode=DELETE").fetchall()
                source_connection.backup(destination)
                destination.execute("PRAGMA journal_mode=WAL").fetchall()
            else:
                source_connection.backup(destination)
        finally:
            destination.close()
    finally:
        source_connection.close()
