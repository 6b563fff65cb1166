"""Every setting of the program, declared once with its type and default.

Settings are a small JSON file in the per-user config folder, readable without Qt so the
CLI and the core use the same values as the window. Below them lies the machine-wide
configuration an administrator deploys (:func:`desktop.paths.machine_config_file`, written
by the Windows installer): for the keys in :data:`MACHINE_KEYS` it gives the defaults a
clerk's own settings override. Secrets never go into either file: passwords live in the
operating system's keyring (see :mod:`desktop.db.secrets`).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from desktop import paths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    """Declaration of one setting."""

    key: str
    type: type
    default: Any
    doc: str


_DECLARATIONS = [
    Setting("database_url", str, "", "Shared database URL without password; empty: embedded SQLite."),
    Setting("language", str, "system", "User interface language: system, de, nl or en."),
    Setting("pdf_converter", str, "auto", "auto, word or libreoffice."),
    Setting("libreoffice_path", str, "", "Path to soffice when it is not found by itself."),
    Setting("letters_per_chunk", int, 100, "Letters LibreOffice converts as one document in a mass print."),
    Setting("chunks_per_call", int, 10, "Documents of letters one LibreOffice call converts in a mass print."),
    Setting("smtp_host", str, "", "Mail server for e-mail actions; empty: e-mail is not set up."),
    Setting("smtp_port", int, 587, "Port of the mail server: 587 (STARTTLS), 465 (SSL) or 25."),
    Setting("smtp_security", str, "starttls", "starttls, ssl or none."),
    Setting("smtp_user", str, "", "Login at the mail server; its password is in the keyring."),
    Setting("mail_from", str, "", "Sender address of e-mails whose action's employee has none."),
    Setting("mail_per_minute", int, 0, "Most e-mails sent per minute (the provider's limit); 0: no limit."),
    Setting("mail_per_connection", int, 100, "E-mails sent over one connection before it is opened anew."),
    Setting("main_window_geometry", str, "", "Saved geometry of the main window (base64)."),
    Setting("main_window_state", str, "", "Saved splitter state of the main window (base64)."),
    Setting("campaign_figures_height", int, 0,
            "Height of the figures below the target group once the clerk moved the line between them "
            "(0: as high as they need)."),
    Setting("last_campaign_id", int, 0, "Campaign shown when the program starts."),
    Setting("query_dialog_geometry", str, "", "Saved geometry of the query dialog (base64)."),
    Setting("query_dialog_splitter", str, "", "Saved split between conditions and result (base64)."),
    Setting("last_export_folder", str, "", "Folder of the last Excel/CSV export."),
    Setting("last_export_format", str, "xlsx", "xlsx or csv: what the export offers first."),
    Setting("last_import_folder", str, "", "Folder of the last member CSV import."),
    Setting("last_printer", str, "", "Printer of the last mass print."),
    Setting("last_mass_print_output", str, "print", "print, pdf or letters: what the mass print offers first."),
    Setting("last_mass_print_template", str, "", "Template of the last mass print: id:N or file:PATH."),
    Setting("template_manager_geometry", str, "", "Saved geometry of the template manager (base64)."),
    Setting("last_template_folder", str, "", "Folder of the last letter template imported."),
    Setting("settings_dialog_geometry", str, "", "Saved geometry of the settings dialog (base64)."),
    Setting("employee_id", int, 0, "Who the clerk is (sender, tasks); 0: the employee with this login."),
    Setting("phone_region", str, "", "Country of phone numbers without a country code (DE, NL …); empty: by language."),
    Setting("contact_window_geometry", str, "", "Saved geometry of the contact window (base64)."),
    Setting("response_dialog_geometry", str, "", "Saved geometry of the response capture window (base64)."),
    Setting("last_response_campaign_id", int, 0, "Campaign the response capture searched persons in last."),
    Setting("my_tasks_geometry", str, "", "Saved geometry of the task list (base64)."),
    Setting("my_tasks_show_done", bool, False, "Whether the task list shows done tasks too."),
    Setting("caller_dialog_geometry", str, "", "Saved geometry of the caller lookup (base64)."),
    Setting("setup_done", bool, False, "The first-start assistant has run on this workstation."),
    Setting("backup_folder", str, "", "Folder of the backups of the local database; empty: the data folder's backups/."),
]
DECLARED: dict[str, Setting] = {s.key: s for s in _DECLARATIONS}


# What an administrator may set for the whole machine; the rest is the clerk's own.
MACHINE_KEYS = frozenset({
    "database_url", "pdf_converter", "libreoffice_path", "language", "mail_from",
    "smtp_host", "smtp_port", "smtp_security", "smtp_user", "phone_region",
})

Source = Literal["user", "machine", "default"]


def _line_of(text: str, key: str) -> int:
    """Return the number of the first line of ``text`` naming ``key`` (1 if none does)."""
    quoted = json.dumps(key, ensure_ascii=False)
    return next((n for n, line in enumerate(text.splitlines(), 1) if quoted in line), 1)


def load_machine_config(path: Path) -> dict[str, Any]:
    """Read the machine-wide configuration, keeping only the valid administrator keys.

    Nothing in it can stop the program: an unreadable or invalid file, a key that is not in
    :data:`MACHINE_KEYS` or a value of the wrong JSON type is logged as a warning with file
    and line, and left out.

    Args:
        path: The JSON file; a missing file is an empty configuration.

    Returns:
        The valid values by key.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")  # Notepad and the installer may write a BOM
        raw = json.loads(text)
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError as exc:
        log.warning("%s:%d: machine configuration ignored, not valid JSON: %s", path, exc.lineno, exc.msg)
        return {}
    except (OSError, ValueError) as exc:
        log.warning("%s: machine configuration ignored, unreadable: %s", path, exc)
        return {}
    if not isinstance(raw, dict):
        log.warning('%s:1: machine configuration ignored, it must be a JSON object {"key": value, ...}', path)
        return {}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        line = _line_of(text, key)
        if key not in MACHINE_KEYS:
            log.warning("%s:%d: %r ignored, not a machine-wide setting (allowed: %s)",
                        path, line, key, ", ".join(sorted(MACHINE_KEYS)))
        elif type(value) is not DECLARED[key].type:  # exact: true is no port number
            log.warning("%s:%d: %r ignored, must be a JSON %s", path, line, key,
                        "number" if DECLARED[key].type is int else "string")
        else:
            values[key] = value
    try:
        has_password = urlsplit(values.get("database_url", "")).password is not None
    except ValueError:  # not a URL at all; the database connection will say so
        has_password = False
    if has_password:
        # Every user can read the file: the password belongs in each clerk's keyring.
        log.warning("%s:%d: database_url contains a password; remove it and store it in the keyring",
                    path, _line_of(text, "database_url"))
    return values


class Settings:
    """Typed access to the settings: the user's file over the machine-wide configuration.

    Args:
        path: The user's JSON file; defaults to ``settings.json`` in the user config folder.
        machine_path: The machine-wide JSON file; defaults to
            :func:`desktop.paths.machine_config_file`.
    """

    def __init__(self, path: Path | None = None, machine_path: Path | None = None) -> None:
        self.path = path or paths.user_config_dir() / "settings.json"
        self.machine_path = machine_path or paths.machine_config_file()
        self._values: dict[str, Any] = {}
        self._load()

    @cached_property
    def _machine(self) -> dict[str, Any]:
        # Read at the first get(), not in __init__: by then logging is set up, so a warning
        # about the file reaches the log file (the windowed program has no console).
        return load_machine_config(self.machine_path)

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            # A damaged file must not stop the program; defaults apply, the file is kept.
            log.warning("settings file %s unreadable (%s); using defaults", self.path, exc)
            return
        if isinstance(raw, dict):
            self._values = {k: v for k, v in raw.items() if k in DECLARED}

    def _lookup(self, key: str) -> tuple[Any, Source]:
        decl = DECLARED[key]
        layers: tuple[tuple[dict[str, Any], Source], ...] = ((self._values, "user"), (self._machine, "machine"))
        for values, source in layers:
            value = values.get(key)
            if value is None or isinstance(value, (list, dict)):
                continue  # not set, or hand-edited into something no setting can be
            try:
                return decl.type(value), source
            except (TypeError, ValueError):
                pass  # a hand-edited value of the wrong type: as if not set
        return decl.default, "default"

    def get(self, key: str) -> Any:
        """Return the value of a setting.

        Args:
            key: A declared key.

        Returns:
            The user's value if set, else the machine-wide one, else the declared default.
        """
        return self._lookup(key)[0]

    def source(self, key: str) -> Source:
        """Return where the value :meth:`get` gives comes from (for diagnostics).

        Args:
            key: A declared key.

        Returns:
            ``"user"``, ``"machine"`` or ``"default"``.
        """
        return self._lookup(key)[1]

    def set(self, key: str, value: Any) -> None:
        """Set the user's value (written by :meth:`save`).

        A value equal to the machine-wide one is not kept as the user's own, so that the
        clerk follows when the administrator changes it (a settings dialog saves every field).

        Args:
            key: A declared key.
            value: The new value, converted to the declared type.
        """
        typed = DECLARED[key].type(value)
        if key in self._machine and typed == self._machine[key]:
            self._values.pop(key, None)
        else:
            self._values[key] = typed

    def save(self) -> None:
        """Write the user's values atomically so a crash never leaves half a settings file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._values, fh, indent=2, sort_keys=True)
        os.replace(tmp, self.path)
