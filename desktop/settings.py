"""Every setting of the program, declared once with its type and default.

Settings are a small JSON file in the per-user config folder, readable without Qt so the
CLI and the core use the same values as the window. Secrets never go here: passwords live
in the operating system's keyring (see :mod:`desktop.db.secrets`).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
]
DECLARED: dict[str, Setting] = {s.key: s for s in _DECLARATIONS}


class Settings:
    """Typed access to the settings file.

    Args:
        path: The JSON file; defaults to ``settings.json`` in the user config folder.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self._load()

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

    def get(self, key: str) -> Any:
        decl = DECLARED[key]
        value = self._values.get(key, decl.default)
        try:
            return decl.type(value)
        except (TypeError, ValueError):
            return decl.default

    def set(self, key: str, value: Any) -> None:
        decl = DECLARED[key]
        self._values[key] = decl.type(value)

    def save(self) -> None:
        """Write atomically so a crash never leaves half a settings file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._values, fh, indent=2, sort_keys=True)
        os.replace(tmp, self.path)
