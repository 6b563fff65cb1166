"""Composition root of the window: QApplication, translator, database, main window."""

from __future__ import annotations

import argparse
import gc
import logging
import shutil
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, i18n, instance, logs, paths
from desktop.context import AppContext
from desktop.db import migrate
from desktop.db.engine import Database, resolve_url
from desktop.db.errors import DatabaseError, DatabaseUnreachable, NotKampagnenDatabase, SchemaTooNew
from desktop.instance import InstanceServer
from desktop.settings import Settings
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)

DEMO_PERSONS = 2000



def demo_database() -> Database:
    """A fresh throw-away database for ``--demo`` (never the clerk's own)."""
    folder = paths.user_data_dir() / "demo"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return Database(folder / "kampagnen-demo.sqlite3")


def _explain(exc: DatabaseError, where: str) -> tuple[str, str]:
    if isinstance(exc, DatabaseUnreachable):
        return (
            QCoreApplication.translate("App", "The database {where} cannot be reached.").format(where=where),
            QCoreApplication.translate("App", "Check the network connection and the database settings, then start Kampagnen again. "
               "Details for your administrator: {reason}").format(reason=exc.reason.splitlines()[0] if exc.reason else ""),
        )
    if isinstance(exc, SchemaTooNew):
        return (
            QCoreApplication.translate("App", "The database {where} was set up by a newer version of Kampagnen.").format(where=where),
            QCoreApplication.translate("App", "Install the newer version on this workstation; this one cannot use the database."),
        )
    if isinstance(exc, NotKampagnenDatabase):
        return (
            QCoreApplication.translate("App", "{where} is not a Kampagnen database.").format(where=where),
            QCoreApplication.translate("App", "Choose another database, or ask your administrator."),
        )
    return (str(exc), "")


def prepare_database(db: Database) -> bool:
    """Create or upgrade the schema; asks first for a shared database. False: cannot go on."""
    try:
        state = migrate.schema_state(db)
        if state is migrate.SchemaState.CURRENT:
            return True
        if not db.is_embedded:
            answer = QMessageBox.question(
                None,
                APP_NAME,
                QCoreApplication.translate("App", "The shared database {where} must be brought to the newest version before this "
                   "Kampagnen can use it. Afterwards every workstation needs this program version. "
                   "Make sure a backup exists. Upgrade now?").format(where=db.display),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            migrate.upgrade(db)
        finally:
            QGuiApplication.restoreOverrideCursor()
    except DatabaseError as exc:
        text, details = _explain(exc, db.display)
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
        box.setInformativeText(details)
        box.exec()
        return False
    return True


def fill_demo(db: Database) -> bool:
    """Generate demo data on a worker, with a progress dialog the clerk can cancel."""
    from desktop.cli import demo_stage  # noqa: PLC0415
    from desktop.db import demo  # noqa: PLC0415
    from desktop.ui.progress import run_with_progress  # noqa: PLC0415

    worker = Worker(demo.generate, db, persons=DEMO_PERSONS, seed=1, selections=True)
    outcome = run_with_progress(None, APP_NAME, lambda _done, _total, stage: demo_stage(stage), worker)
    if outcome.error is not None:
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate("App", "The demo data could not be created: {reason}").format(
                reason=outcome.error
            ),
        )
    return outcome.succeeded


def needs_setup(options: argparse.Namespace, settings: Settings) -> bool:
    """Whether the first-start assistant comes before the database is opened.

    It does on ``--setup``, and on a workstation not set up yet unless the run says which
    database to use (``--database``) or uses none of the clerk's (``--demo``).
    """
    if getattr(options, "setup", False):
        return True
    return not settings.get("setup_done") and not options.demo and not options.database


def run_gui(options: argparse.Namespace, settings: Settings, language: str) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    from desktop.ui.main_window import MainWindow  # noqa: PLC0415 - widgets only for the GUI

    logs.setup(getattr(options, "verbose", False))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    translators = i18n.install(app, language)
    call = getattr(options, "call", "")
    server = InstanceServer()
    if not server.listen():
        # This clerk's program runs already: it takes the call (or comes to the front).
        if instance.hand_over({"command": "call", "number": call} if call else {"command": "show"}):
            return 0
    if needs_setup(options, settings):
        from desktop.ui.setup_wizard import run_setup  # noqa: PLC0415

        if not run_setup(settings, language):
            # Cancelled: nothing was written; the assistant comes again at the next start.
            server.close()
            return 1
    if options.demo:
        db = demo_database()
    else:
        db = Database(resolve_url(options.database, settings.get("database_url")))
    if not prepare_database(db):
        return 1
    if options.demo and not fill_demo(db):
        return 1
    ctx = AppContext(settings=settings, db=db, language=language, demo=options.demo)
    window = MainWindow(ctx)
    server.request.connect(window.handle_request)
    window.show()
    if call:
        window.contacts.incoming_call(call)
    # What start-up created (modules, Qt wrappers, the mapper registry) lives as long as the
    # program: keeping it out of the garbage collector's full passes spares the window the
    # 60 ms pauses such a pass takes while a query or export allocates.
    gc.freeze()
    code = app.exec()
    server.close()
    db.dispose()
    del translators
    return code


def main() -> int:
    """Entry point of the windowed executable: the same as ``kampagnen`` without a command."""
    from desktop.cli import main as cli_main  # noqa: PLC0415

    return cli_main()
