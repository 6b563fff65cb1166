"""What the program found on this workstation: used by ``kampagnen selftest`` and by
*Help → About / Diagnostics*, which also copies a plain-text :func:`report` for support.

Each check says in a sentence what was found and, where something needed is missing,
what to do about it. Needs a QGuiApplication (for the Qt platform and the printers).
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import platform
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import alembic
import PySide6
import sqlalchemy
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication

from desktop import APP_NAME, __version__, logs, paths
from desktop.db import secrets
from desktop.db.engine import ENV_VAR, Database, display_url, normalise_url
from desktop.db.errors import (
    DatabaseError,
    DatabaseUnreachable,
    NotKampagnenDatabase,
    SchemaTooNew,
)
from desktop.db.migrate import (
    SchemaState,
    current_revision,
    head_revision,
    schema_state,
)
from desktop.delivery.printers import available_printers, default_printer
from desktop.merge.converter import find_converter
from desktop.settings import Settings


class Level(enum.Enum):
    OK = "OK"
    WARNING = "WARNING"
    ERROR = "ERROR"


@dataclass(frozen=True)
class Check:
    label: str
    level: Level
    text: str



def check_qt() -> Check:
    platform = QGuiApplication.platformName()
    return Check(QCoreApplication.translate("Selftest", "Qt platform"), Level.OK, f"{platform} (Qt {qVersion()})")


def check_database(db: Database) -> Check:
    label = QCoreApplication.translate("Selftest", "Database")
    where = db.display
    try:
        state = schema_state(db)
    except DatabaseUnreachable as exc:
        return Check(
            label,
            Level.ERROR,
            QCoreApplication.translate(
                "Selftest",
                "{where} cannot be reached ({reason}). Check the address, the network and "
                "the password stored for it.",
            ).format(where=where, reason=exc.reason.splitlines()[0] if exc.reason else ""),
        )
    except SchemaTooNew as exc:
        return Check(
            label,
            Level.ERROR,
            QCoreApplication.translate(
                "Selftest",
                "{where} was upgraded by a newer Kampagnen (schema {revision}). Install the "
                "newer program version on this workstation.",
            ).format(where=where, revision=exc.revision),
        )
    except NotKampagnenDatabase:
        return Check(
            label,
            Level.ERROR,
            QCoreApplication.translate(
                "Selftest", "{where} is not a Kampagnen database. Choose another database."
            ).format(where=where),
        )
    head = head_revision()
    if state is SchemaState.CURRENT:
        text = QCoreApplication.translate("Selftest", "{where}, schema version {revision} (current)")
        return Check(label, Level.OK, text.format(where=where, revision=head))
    if db.is_embedded and state is SchemaState.EMPTY:
        text = QCoreApplication.translate("Selftest", "{where} does not exist yet; it is created at the next start")
        return Check(label, Level.OK, text.format(where=where))
    if db.is_embedded:
        text = QCoreApplication.translate(
            "Selftest", "{where}, schema version {revision}; it is brought up to version {head} at the next start"
        )
        return Check(label, Level.OK, text.format(where=where, revision=current_revision(db), head=head))
    text = QCoreApplication.translate(
        "Selftest",
        "{where} must be brought up to schema version {head} first. Make a backup, then run "
        "'kampagnen db upgrade' once.",
    )
    return Check(label, Level.ERROR, text.format(where=where, head=head))


def check_converter(settings: Settings) -> Check:
    label = QCoreApplication.translate("Selftest", "PDF converter")
    converter = find_converter(settings.get("pdf_converter"), settings.get("libreoffice_path"))
    if converter is None:
        return Check(
            label,
            Level.ERROR,
            QCoreApplication.translate("Selftest", 
                "Neither Microsoft Word nor LibreOffice was found, so no letters can be made. "
                "Install LibreOffice, or enter the path to soffice in the settings."
            ),
        )
    if converter.kind == "word":
        return Check(label, Level.OK, QCoreApplication.translate("Selftest", "Microsoft Word"))
    version = converter.version() or "LibreOffice"
    return Check(label, Level.OK, f"{version} ({converter.path})")


def check_printers() -> Check:
    label = QCoreApplication.translate("Selftest", "Printers")
    printers = available_printers()
    if not printers:
        return Check(
            label,
            Level.WARNING,
            QCoreApplication.translate("Selftest", "No printer is installed. Letters can still be saved as PDF."),
        )
    default = default_printer()
    names = ", ".join(f"{p} *" if p == default else p for p in printers)
    return Check(label, Level.OK, names)


def check_keyring(db: Database) -> Check:
    label = QCoreApplication.translate("Selftest", "Keyring")
    backend = secrets.backend_name()
    if secrets.backend_usable():
        return Check(label, Level.OK, backend)
    needs_password = not db.is_embedded and db.url.password is None
    level = Level.ERROR if needs_password else Level.WARNING
    return Check(
        label,
        level,
        QCoreApplication.translate(
            "Selftest",
            "No keyring of the operating system is available ({backend}); the password of a "
            "shared database cannot be stored.",
        ).format(backend=backend),
    )


def check_translations() -> Check:
    label = QCoreApplication.translate("Selftest", "Translations")
    folder = paths.translations_dir()
    missing = [lang for lang in ("de", "nl", "en") if not (folder / f"kampagnen_{lang}.qm").is_file()]
    if missing:
        return Check(
            label,
            Level.ERROR,
            QCoreApplication.translate(
                "Selftest", "Missing in {folder}: {languages}. Reinstall the program."
            ).format(folder=folder, languages=", ".join(missing)),
        )
    return Check(label, Level.OK, "de, nl, en")


def run_checks(settings: Settings, db: Database) -> list[Check]:
    """All checks, in the order they are shown."""
    return [
        check_qt(),
        check_database(db),
        check_converter(settings),
        check_printers(),
        check_keyring(db),
        check_translations(),
    ]


# --- the report for support ------------------------------------------------------------
#
# Plain English text (support reads it, whatever the clerk's language; the findings of the
# checks are in the clerk's language). It holds no password and no contact data: database
# addresses are shown the way Database.display shows them, the log lines are scrubbed of
# e-mail addresses and phone numbers, and the whole text goes through logs.scrub() once
# more before it is handed out.

LOG_LINES = 50

# Settings that help support and hold neither secrets nor personal data (smtp_user and
# mail_from are logins/addresses and stay out).
_REPORTED_SETTINGS = (
    "language",
    "pdf_converter",
    "libreoffice_path",
    "smtp_host",
    "smtp_port",
    "smtp_security",
    "mail_per_minute",
    "phone_region",
    "backup_folder",
)


def _safe_url(text: str) -> str:
    """A configured database address as Database.display would show it (never a password)."""
    try:
        return display_url(normalise_url(text))
    except Exception:  # noqa: BLE001 - an unparsable setting is reported, not fatal
        return logs.hide_passwords(text) + "  (not a valid address)"


def _program_revision() -> str:
    try:
        return head_revision()
    except Exception as exc:  # noqa: BLE001 - a broken install is exactly what the report is for
        return f"unknown ({exc})"


def _schema_lines(db: Database) -> list[tuple[str, str]]:
    program = _program_revision()
    try:
        revision = current_revision(db)
    except DatabaseUnreachable as exc:
        first = exc.reason.splitlines()[0] if exc.reason else ""
        return [("Schema", f"cannot be read: {first}"), ("Program's schema", program)]
    if revision is None:
        found = "none (a new or foreign database)"
    elif revision == program:
        found = f"{revision} (current)"
    else:
        try:
            behind = schema_state(db) is SchemaState.BEHIND
        except DatabaseError:
            behind = False
        found = f"{revision} ({'needs an upgrade' if behind else 'newer than this program'})"
    return [("Schema", found), ("Program's schema", program)]


def tail(path: Path, lines: int = LOG_LINES) -> list[str]:
    """The last ``lines`` lines of a text file; [] when it cannot be read."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in deque(handle, maxlen=lines)]
    except OSError:
        return []


def _section(title: str, rows: list[tuple[str, str]]) -> list[str]:
    width = max((len(label) for label, _ in rows), default=0)
    return [title, *(f"  {label:<{width}}  {value}" for label, value in rows), ""]


def _home_as_tilde(text: str) -> str:
    # The clerk's login name is in the home folder's path; support does not need it.
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 3 else text


def report(settings: Settings, db: Database, checks: list[Check] | None = None) -> str:
    """A plain-text diagnostic report for support: versions, folders, database, checks, log.

    Args:
        settings: The user's settings.
        db: The database in use.
        checks: The results of :func:`run_checks` when the caller has them already (they
            take a few seconds: the converter is asked for its version).
    """
    if checks is None:
        checks = run_checks(settings, db)
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    out = [f"{APP_NAME} {__version__} - diagnostic report, {now}", ""]

    frozen = "yes (installed build)" if getattr(sys, "frozen", False) else "no (from source)"
    out += _section(
        "Program",
        [
            ("Version", __version__),
            ("Python", f"{platform.python_version()} ({platform.python_implementation()}, {sys.executable})"),
            ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__}, platform {QGuiApplication.platformName()})"),
            ("SQLAlchemy", sqlalchemy.__version__),
            ("Alembic", alembic.__version__),
            ("Operating system", f"{platform.platform()} ({platform.machine()})"),
            ("Built", frozen),
        ],
    )
    out += _section(
        "Folders",
        [
            ("Install", str(paths.install_root())),
            ("Settings", str(paths.user_config_dir())),
            ("Data", str(paths.user_data_dir())),
            ("Logs", str(logs.log_folder())),
            ("Translations", str(paths.translations_dir())),
        ],
    )

    configured = settings.get("database_url")
    from_env = os.environ.get(ENV_VAR, "")
    database = [
        ("Address", db.display),
        ("Kind", "embedded (SQLite on this workstation)" if db.is_embedded else f"shared ({db.url.get_backend_name()})"),
        ("In the settings", _safe_url(configured) if configured else "(none: embedded)"),
    ]
    if from_env:
        database.append((f"{ENV_VAR}", _safe_url(from_env)))
    database_check = QCoreApplication.translate("Selftest", "Database")
    if any(c.label == database_check and c.level is Level.ERROR for c in checks):
        # Asking again would wait for the same timeout; the check below says what failed.
        database.append(("Schema", "not read (see the database check below)"))
        database.append(("Program's schema", _program_revision()))
    else:
        database += _schema_lines(db)
    out += _section("Database", database)

    levels = {Level.OK: "OK", Level.WARNING: "WARNING", Level.ERROR: "ERROR"}
    out += _section("Checks", [(f"{levels[c.level]:<8}{c.label}", c.text) for c in checks])

    try:
        printers = available_printers()
        default = default_printer()
    except Exception as exc:  # noqa: BLE001
        printers, default = [], f"(cannot be listed: {exc})"
    out += _section(
        "Printers",
        [("Installed", ", ".join(printers) or "(none)"), ("Default", default or "(none)")],
    )
    out += _section("Keyring", [("Backend", secrets.backend_name()), ("Usable", "yes" if secrets.backend_usable() else "no")])
    out += _section("Settings", [(key, repr(settings.get(key))) for key in _REPORTED_SETTINGS])

    log_file = logs.log_file()
    lines = tail(log_file)
    out += [
        "Log",
        f"  File  {log_file}",
        f"  Last {len(lines)} lines (e-mail addresses and phone numbers replaced by {logs.BLANKED}):",
        *(f"    {logs.scrub(line)}" for line in lines),
        "",
    ]
    return logs.scrub(_home_as_tilde("\n".join(out)))
