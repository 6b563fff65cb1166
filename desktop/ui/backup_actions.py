"""The File menu's "Back up the database…" and "Restore the database…".

Both work on the embedded SQLite database only (see :mod:`desktop.db.backup`); on a
shared database they tell the clerk that the administrator backs it up. The file
choosers are module attributes (and parameters), so tests can replace them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.context import AppContext
from desktop.db import backup
from desktop.db.errors import DatabaseError, NotKampagnenDatabase, SchemaTooNew

log = logging.getLogger(__name__)

SaveChooser = Callable[[QWidget | None, str, Path], "Path | None"]
OpenChooser = Callable[[QWidget | None, str, Path], "Path | None"]


def _file_filter() -> str:
    return QCoreApplication.translate("Backup", "Kampagnen backups (*.sqlite3 *.db);;All files (*)")


def choose_save_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Ask where to write a backup; None when the clerk cancels."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), _file_filter())
    return Path(chosen) if chosen else None


def choose_open_path(parent: QWidget | None, title: str, folder: Path) -> Path | None:
    """Ask which backup to restore; None when the clerk cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), _file_filter())
    return Path(chosen) if chosen else None


def _backup_folder(ctx: AppContext) -> Path:
    configured = ctx.settings.get("backup_folder")
    if configured:
        return Path(configured).expanduser()
    return backup.default_folder()


def _shared_database(parent: QWidget | None, ctx: AppContext, title: str) -> None:
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "Backup",
            "{where} is a shared database. Its administrator backs it up and restores it "
            "(with pg_dump and pg_restore); Kampagnen backs up only a local database.",
        ).format(where=ctx.db.display),
    )


def problem_text(exc: DatabaseError, path: Path) -> str:
    """What went wrong with the backup file ``path``, for a message box."""
    if isinstance(exc, backup.NotSQLiteFile):
        return QCoreApplication.translate("Backup", "{path} is not a database file. Choose a Kampagnen backup (.sqlite3).").format(path=path)
    if isinstance(exc, NotKampagnenDatabase):
        return QCoreApplication.translate("Backup", "{path} is a database, but not one of Kampagnen.").format(path=path)
    if isinstance(exc, SchemaTooNew):
        return QCoreApplication.translate(
            "Backup", "{path} was written by a newer Kampagnen version. Install that version to restore it."
        ).format(path=path)
    if isinstance(exc, backup.BackupUnreadable):
        return QCoreApplication.translate("Backup", "{path} cannot be read: {reason}").format(path=path, reason=exc.reason)
    if isinstance(exc, backup.BackupFailed):
        return QCoreApplication.translate("Backup", "{path} could not be written: {reason}").format(path=exc.path, reason=exc.reason)
    if isinstance(exc, backup.NoDatabaseFile):
        return QCoreApplication.translate("Backup", "There is no database yet, so there is nothing to back up.")
    return QCoreApplication.translate("Backup", "{path}: {reason}").format(path=path, reason=str(exc))


def backup_now(parent: QWidget | None, ctx: AppContext, choose: SaveChooser | None = None) -> Path | None:
    """Ask where to, write a backup of the local database, and say where it is.

    Returns:
        The backup written, or None (cancelled, shared database, or an error shown).
    """
    title = QCoreApplication.translate("Backup", "Back up the database")
    if not ctx.db.is_embedded:
        _shared_database(parent, ctx, title)
        return None
    suggested = _backup_folder(ctx) / backup.default_name()
    target = (choose or choose_save_path)(parent, title, suggested)
    if target is None:
        return None
    if not target.suffix:
        target = target.with_suffix(backup.SUFFIX)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = backup.backup(ctx.db, target=target)
    except DatabaseError as exc:
        QGuiApplication.restoreOverrideCursor()
        log.warning("backup to %s failed: %s", target, exc)
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("Backup", "The backup was not written. {problem}").format(
                problem=problem_text(exc, target)
            ),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate("Backup", "The database was backed up to {path}.").format(path=written),
    )
    return written


def restore_from(parent: QWidget | None, ctx: AppContext, choose: OpenChooser | None = None) -> bool:
    """Ask for a backup, confirm, and replace the local database with it.

    The current data is backed up first. On True the caller shows the restored data
    (reloads every view, or restarts); sessions it holds must not be used any more.
    """
    title = QCoreApplication.translate("Backup", "Restore the database")
    if not ctx.db.is_embedded:
        _shared_database(parent, ctx, title)
        return False
    source = (choose or choose_open_path)(parent, title, _backup_folder(ctx))
    if source is None:
        return False
    try:
        backup.check_backup_file(source)
    except DatabaseError as exc:
        _refused(parent, title, exc, source)
        return False

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(
        QCoreApplication.translate("Backup", "Replace the data of Kampagnen with the backup {path}?").format(path=source)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Backup",
            "Everything entered since that backup is replaced. The current data is backed up "
            "first (in {folder}), so this can be undone. Afterwards Kampagnen reloads and shows "
            "the restored data.",
        ).format(folder=_backup_folder(ctx))
    )
    restore_button = box.addButton(
        QCoreApplication.translate("Backup", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        saved = backup.restore(ctx.db, source, folder=_backup_folder(ctx))
    except DatabaseError as exc:
        QGuiApplication.restoreOverrideCursor()
        log.warning("restore from %s failed: %s", source, exc)
        _refused(parent, title, exc, source)
        return False
    QGuiApplication.restoreOverrideCursor()
    text = QCoreApplication.translate("Backup", "The data of the backup {path} was restored.").format(path=source)
    if saved is not None:
        text += "\n\n" + QCoreApplication.translate(
            "Backup", "The data as it was before is in {saved}."
        ).format(saved=saved)
    QMessageBox.information(parent, title, text)
    return True


def _refused(parent: QWidget | None, title: str, exc: DatabaseError, source: Path) -> None:
    QMessageBox.warning(
        parent,
        title,
        QCoreApplication.translate("Backup", "The database was not restored; it is unchanged. {problem}").format(
            problem=problem_text(exc, source)
        ),
    )
