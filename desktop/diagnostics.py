"""What the program found on this workstation: used by ``kampagnen selftest``.

Each check says in a sentence what was found and, where something needed is missing,
what to do about it. Needs a QGuiApplication (for the Qt platform and the printers).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication

from desktop import paths
from desktop.db import secrets
from desktop.db.engine import Database
from desktop.db.errors import DatabaseUnreachable, NotKampagnenDatabase, SchemaTooNew
from desktop.db.migrate import SchemaState, current_revision, head_revision, schema_state
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
