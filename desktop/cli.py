"""The ``kampagnen`` command: the window without a command, jobs for admins with one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop import (
    APP_NAME,
    __version__,
    cli_analysis,
    cli_campaign,
    cli_query,
    cli_report,
    cli_template,
    i18n,
    logs,
)
from desktop.db.engine import Database, resolve_url
from desktop.db.errors import DatabaseError, DatabaseUnreachable, NotKampagnenDatabase, SchemaTooNew
from desktop.settings import Settings

COMMANDS = ("db", "demo", "selftest", *cli_query.COMMANDS, *cli_campaign.COMMANDS, *cli_template.COMMANDS,
            *cli_analysis.COMMANDS, *cli_report.COMMANDS)

def _global_options(parser: argparse.ArgumentParser) -> None:
    # Before the translators are installed, translate() returns the English text.
    parser.add_argument("--database", metavar="URL", help=QCoreApplication.translate("Cli", "database URL or SQLite file (default: the local database)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=QCoreApplication.translate("Cli", "language of the interface"))
    parser.add_argument("--demo", action="store_true", help=QCoreApplication.translate("Cli", "open the window on a fresh demo database"))
    parser.add_argument("--setup", action="store_true", help=QCoreApplication.translate("Cli", "open the first-start assistant again (database, who you are, printer)"))
    parser.add_argument("--verbose", action="store_true", help=QCoreApplication.translate("Cli", "log details to the console"))


def build_parser() -> argparse.ArgumentParser:
    """The full parser; built after the translators are installed."""
    parser = argparse.ArgumentParser(
        prog="kampagnen",
        description=QCoreApplication.translate("Cli", "Kampagnen: campaigns, target groups and mass mailings. Without a command the window opens."),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar=QCoreApplication.translate("Cli", "COMMAND"))

    db = commands.add_parser("db", help=QCoreApplication.translate("Cli", "database administration"))
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar=QCoreApplication.translate("Cli", "COMMAND"))
    upgrade = db_commands.add_parser("upgrade", help=QCoreApplication.translate("Cli", "create the database or bring it to the newest schema"))
    upgrade.add_argument("--yes", action="store_true", help=QCoreApplication.translate("Cli", "do not ask before upgrading a shared database"))
    backup = db_commands.add_parser("backup", help=QCoreApplication.translate("Cli", "write a backup of the local database (also while the program runs)"))
    backup.add_argument("file", nargs="?", metavar=QCoreApplication.translate("Cli", "FILE"), help=QCoreApplication.translate("Cli", "the backup file or a folder (default: a dated file in the backup folder)"))
    restore = db_commands.add_parser("restore", help=QCoreApplication.translate("Cli", "replace the local database with a backup (the current data is backed up first)"))
    restore.add_argument("file", metavar=QCoreApplication.translate("Cli", "FILE"), help=QCoreApplication.translate("Cli", "the backup file to restore"))
    restore.add_argument("--yes", action="store_true", help=QCoreApplication.translate("Cli", "do not ask before replacing the database"))

    demo = commands.add_parser("demo", help=QCoreApplication.translate("Cli", "fill the database with demo data"))
    demo.add_argument("--persons", type=int, default=2000, help=QCoreApplication.translate("Cli", "number of persons (default 2000)"))
    demo.add_argument("--seed", type=int, default=1, help=QCoreApplication.translate("Cli", "the same seed gives the same data (default 1)"))
    demo.add_argument("--replace", action="store_true", help=QCoreApplication.translate("Cli", "delete all data in the database first"))

    commands.add_parser("selftest", help=QCoreApplication.translate("Cli", "check this workstation and the database"))
    call = commands.add_parser("call", help=QCoreApplication.translate("Cli", "show the caller with this phone number in the window (for telephone systems)"))
    call.add_argument("number", nargs="+", help=QCoreApplication.translate("Cli", "the caller's number, in any usual form"))
    cli_query.add_parsers(commands)
    cli_campaign.add_parsers(commands)
    cli_template.add_parsers(commands)
    cli_analysis.add_parsers(commands)
    cli_report.add_parsers(commands)
    return parser


def _wants_cli(argv: Sequence[str]) -> bool:
    pre = argparse.ArgumentParser(add_help=False)
    _global_options(pre)
    _known, rest = pre.parse_known_args(argv)
    return any(arg in COMMANDS or arg in ("-h", "--help", "--version") for arg in rest)


def _call_number(argv: Sequence[str]) -> str:
    """The number of ``kampagnen call NUMBER`` (its parts joined: "+49 221 1234567"), else ""."""
    pre = argparse.ArgumentParser(add_help=False)
    _global_options(pre)
    _known, rest = pre.parse_known_args(argv)
    if len(rest) >= 2 and rest[0] == "call":
        return " ".join(rest[1:]).strip()
    return ""


def _has_screen() -> bool:
    """False only on Linux without an X11 or Wayland display and no platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``kampagnen``; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    settings = Settings()
    pre = argparse.ArgumentParser(add_help=False)
    _global_options(pre)
    known, _rest = pre.parse_known_args(args_list)
    logs.setup(known.verbose)
    language = i18n.choose_language(known.lang, settings.get("language"))
    known.call = _call_number(args_list)
    if not _wants_cli(args_list):
        if not _has_screen():
            # Qt would abort with a message about plugins; say what is really wrong.
            app = QCoreApplication([sys.argv[0] if sys.argv else "kampagnen"])
            _translators = i18n.install(app, language)
            return _fail(
                QCoreApplication.translate(
                    "Cli",
                    "Kampagnen needs a screen, and none was found (DISPLAY is not set). Start it in a "
                    "desktop session; on a server use xvfb-run or one of the commands (kampagnen --help).",
                )
            )
        from desktop.app import run_gui  # noqa: PLC0415 - the CLI needs no widgets

        return run_gui(known, settings, language)

    # A console session: Qt only for translations, the platform name and printers.
    if not _has_screen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _known, rest = pre.parse_known_args(args_list)
    if cli_report.wants_widgets(rest):
        # QtCharts draws the report's charts with widgets: a QGuiApplication is not enough.
        from desktop.ui.report_charts import widget_application  # noqa: PLC0415 - only for reports

        app = widget_application([sys.argv[0] if sys.argv else "kampagnen"])
    else:
        app = QGuiApplication([sys.argv[0] if sys.argv else "kampagnen"])
    app.setApplicationName(APP_NAME)
    _translators = i18n.install(app, language)
    args = build_parser().parse_args(args_list)
    db = Database(resolve_url(args.database, settings.get("database_url")))
    try:
        if args.command == "db":
            if args.db_command == "backup":
                return cmd_db_backup(db, args.file)
            if args.db_command == "restore":
                return cmd_db_restore(db, args.file, args.yes)
            return cmd_db_upgrade(db, args.yes)
        if args.command == "demo":
            return cmd_demo(db, args.persons, args.seed, args.replace)
        if args.command == "selftest":
            return cmd_selftest(settings, db)
        if args.command in cli_query.COMMANDS:
            return cmd_query(args, db)
        if args.command in cli_campaign.COMMANDS:
            return cmd_campaign(args, db)
        if args.command in cli_template.COMMANDS:
            return _on_current_schema(db, lambda: cli_template.run(args, db))
        if args.command in cli_analysis.COMMANDS:
            return _on_current_schema(db, lambda: cli_analysis.run(args, db))
        if args.command in cli_report.COMMANDS:
            return _on_current_schema(db, lambda: cli_report.run(args, db))
        build_parser().print_help()
        return 0
    finally:
        db.dispose()


def demo_stage(stage: str) -> str:
    """What the demo generator is doing, for the progress line or dialog."""
    labels = {
        "employees": QCoreApplication.translate("Cli", "Creating employees…"),
        "organisations": QCoreApplication.translate("Cli", "Creating organisations…"),
        "persons": QCoreApplication.translate("Cli", "Creating persons…"),
        "campaigns": QCoreApplication.translate("Cli", "Creating campaigns…"),
        "history": QCoreApplication.translate("Cli", "Creating campaign history…"),
        "done": QCoreApplication.translate("Cli", "Done."),
    }
    return labels.get(stage, stage)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def explain_database_error(exc: DatabaseError, where: str) -> str:
    """One sentence for the console: what happened and what to do."""
    if isinstance(exc, DatabaseUnreachable):
        return QCoreApplication.translate("Cli", "The database {where} cannot be reached: {reason}. Check the address, the network and the password.").format(
            where=where, reason=exc.reason.splitlines()[0] if exc.reason else ""
        )
    if isinstance(exc, SchemaTooNew):
        return QCoreApplication.translate("Cli", "The database {where} was upgraded by a newer Kampagnen. Install the newer version.").format(where=where)
    if isinstance(exc, NotKampagnenDatabase):
        return QCoreApplication.translate("Cli", "{where} is not a Kampagnen database. Choose another database with --database.").format(where=where)
    return str(exc)


def cmd_db_upgrade(db: Database, yes: bool) -> int:
    from desktop.db import migrate  # noqa: PLC0415

    try:
        state = migrate.schema_state(db)
    except DatabaseError as exc:
        return _fail(explain_database_error(exc, db.display))
    head = migrate.head_revision()
    if state is migrate.SchemaState.CURRENT:
        print(QCoreApplication.translate("Cli", "The database {where} is up to date (schema {head}).").format(where=db.display, head=head))
        return 0
    if not db.is_embedded and not yes:
        question = QCoreApplication.translate("Cli", 
            "The shared database {where} will be brought to schema {head}. Every workstation then "
            "needs this program version. Continue? [y/N] "
        ).format(where=db.display, head=head)
        if not sys.stdin.isatty():
            return _fail(QCoreApplication.translate("Cli", "Not upgraded: confirm with --yes to upgrade a shared database without asking."))
        if input(question).strip().lower() not in ("y", "yes", "j", "ja"):
            return _fail(QCoreApplication.translate("Cli", "Not upgraded."))
    try:
        saved = migrate.upgrade(db)
    except DatabaseError as exc:
        return _fail(explain_backup_error(exc, db.display))
    if saved is not None:
        print(QCoreApplication.translate("Cli", "The previous data was backed up to {path}.").format(path=saved))
    print(QCoreApplication.translate("Cli", "The database {where} is now at schema {head}.").format(where=db.display, head=head))
    return 0


def explain_backup_error(exc: DatabaseError, where: str) -> str:
    """One sentence for the console about a failed backup or restore; ``where`` is the file."""
    from desktop.db import backup  # noqa: PLC0415

    if isinstance(exc, backup.NotEmbeddedDatabase):
        return QCoreApplication.translate("Cli", "{where} is a shared database: its administrator backs it up and restores it with pg_dump and pg_restore.").format(where=exc.path)
    if isinstance(exc, backup.NoDatabaseFile):
        return QCoreApplication.translate("Cli", "There is no database at {where} yet, so there is nothing to back up.").format(where=exc.path)
    if isinstance(exc, backup.NotSQLiteFile):
        return QCoreApplication.translate("Cli", "{where} is not a database file. Choose a Kampagnen backup (.sqlite3).").format(where=exc.path)
    if isinstance(exc, backup.BackupUnreadable):
        return QCoreApplication.translate("Cli", "{where} cannot be read: {reason}.").format(where=exc.path, reason=exc.reason)
    if isinstance(exc, backup.BackupFailed):
        return QCoreApplication.translate("Cli", "The backup {where} could not be written: {reason}.").format(where=exc.path, reason=exc.reason)
    if isinstance(exc, SchemaTooNew):
        return QCoreApplication.translate("Cli", "{where} was written by a newer Kampagnen (schema {revision}). Install the newer version to restore it.").format(where=where, revision=exc.revision)
    if isinstance(exc, NotKampagnenDatabase):
        return QCoreApplication.translate("Cli", "{where} is not a Kampagnen database.").format(where=where)
    return explain_database_error(exc, where)


def cmd_db_backup(db: Database, file: str | None) -> int:
    """``db backup [FILE]``: a consistent copy of the local database."""
    from desktop.db import backup  # noqa: PLC0415

    target = Path(file).expanduser() if file else None
    try:
        written = backup.backup(db, target=target)
    except DatabaseError as exc:
        return _fail(explain_backup_error(exc, str(target or db.display)))
    print(QCoreApplication.translate("Cli", "The database {where} was backed up to {path}.").format(where=db.display, path=written))
    return 0


def cmd_db_restore(db: Database, file: str, yes: bool) -> int:
    """``db restore FILE [--yes]``: replace the local database with a backup."""
    from desktop.db import backup  # noqa: PLC0415

    source = Path(file).expanduser()
    try:
        backup.database_path(db)
        revision = backup.check_backup_file(source)
    except DatabaseError as exc:
        return _fail(explain_backup_error(exc, str(source)))
    if not yes:
        if not sys.stdin.isatty():
            return _fail(QCoreApplication.translate("Cli", "Not restored: confirm with --yes to replace the database without asking."))
        question = QCoreApplication.translate("Cli",
            "The database {where} will be replaced by {path} (schema {revision}). The current data "
            "is backed up first. Close Kampagnen on this workstation before. Continue? [y/N] "
        ).format(where=db.display, path=source, revision=revision)
        if input(question).strip().lower() not in ("y", "yes", "j", "ja"):
            return _fail(QCoreApplication.translate("Cli", "Not restored."))
    try:
        saved = backup.restore(db, source)
    except DatabaseError as exc:
        return _fail(explain_backup_error(exc, str(source)))
    if saved is not None:
        print(QCoreApplication.translate("Cli", "The previous data was backed up to {path}.").format(path=saved))
    print(QCoreApplication.translate("Cli", "The database {where} was restored from {path}.").format(where=db.display, path=source))
    return 0


def cmd_demo(db: Database, persons: int, seed: int, replace: bool) -> int:
    from desktop.db import demo, migrate  # noqa: PLC0415

    try:
        state = migrate.schema_state(db)
    except DatabaseError as exc:
        return _fail(explain_database_error(exc, db.display))
    if state is not migrate.SchemaState.CURRENT:
        if not db.is_embedded:
            return _fail(QCoreApplication.translate("Cli", "The shared database must be upgraded first: kampagnen db upgrade"))
        try:
            migrate.upgrade(db)
        except DatabaseError as exc:
            return _fail(explain_backup_error(exc, db.display))
    if persons < 1:
        return _fail(QCoreApplication.translate("Cli", "--persons must be at least 1."))
    if replace:
        demo.clear(db)
    elif not demo.is_empty(db):
        return _fail(
            QCoreApplication.translate("Cli", "The database {where} already holds data. Use --replace to delete it and create demo data.").format(
                where=db.display
            )
        )

    def progress(done: int, total: int, what: str) -> None:
        percent = 100 * done // max(total, 1)
        print(f"\r{percent:3d} %  {demo_stage(what):<40}", end="", file=sys.stderr, flush=True)

    summary = demo.generate(db, persons=persons, seed=seed, selections=True, progress=progress)
    print(file=sys.stderr)
    print(
        QCoreApplication.translate("Cli", "Demo data created in {where}: {persons} persons, {organisations} organisations, {campaigns} campaigns ({seconds:.1f} s).").format(
            where=db.display,
            persons=summary.persons,
            organisations=summary.organisations,
            campaigns=summary.campaigns,
            seconds=summary.seconds,
        )
    )
    return 0


def cmd_query(args: argparse.Namespace, db: Database) -> int:
    """``query`` and ``selection``: only on a database at the newest schema."""
    return _on_current_schema(db, lambda: cli_query.run(args, db))


def cmd_campaign(args: argparse.Namespace, db: Database) -> int:
    """``campaign`` and ``action``: only on a database at the newest schema."""
    return _on_current_schema(db, lambda: cli_campaign.run(args, db))


def _on_current_schema(db: Database, command: Callable[[], int]) -> int:
    from desktop.db import migrate  # noqa: PLC0415

    try:
        state = migrate.schema_state(db)
    except DatabaseError as exc:
        return _fail(explain_database_error(exc, db.display))
    if state is not migrate.SchemaState.CURRENT:
        return _fail(QCoreApplication.translate("Cli", "The database {where} must be upgraded first: kampagnen db upgrade").format(where=db.display))
    return command()


def cmd_selftest(settings: Settings, db: Database) -> int:
    from desktop import diagnostics  # noqa: PLC0415

    print(f"{APP_NAME} {__version__} selftest")
    checks = diagnostics.run_checks(settings, db)
    level_names = {
        diagnostics.Level.OK: QCoreApplication.translate("Selftest", "OK"),
        diagnostics.Level.WARNING: QCoreApplication.translate("Selftest", "WARNING"),
        diagnostics.Level.ERROR: QCoreApplication.translate("Selftest", "ERROR"),
    }
    width = max(len(c.label) for c in checks)
    for check in checks:
        print(f"  {level_names[check.level]:<8} {check.label:<{width}}  {check.text}")
    errors = [c for c in checks if c.level is diagnostics.Level.ERROR]
    if errors:
        print(QCoreApplication.translate("Cli", "Kampagnen cannot work on this workstation until the errors above are fixed."), file=sys.stderr)
        return 1
    print(QCoreApplication.translate("Cli", "Everything Kampagnen needs was found."))
    return 0
