"""Choosing the interface language and installing Qt translators (QtCore only)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import paths

log = logging.getLogger(__name__)

LANGUAGES = ("de", "nl", "en")


def choose_language(cli_lang: str | None, setting: str) -> str:
    """``--lang`` wins, then the setting, then the system's language; English otherwise."""
    for candidate in (cli_lang, setting):
        if candidate and candidate in LANGUAGES:
            return candidate
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Kampagnen's and Qt's own translations for ``language``.

    Returns the translators, which must stay referenced as long as the app runs.
    """
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    # English needs a file too: it holds only the plural forms ("1 action", "2 actions").
    candidates = [(f"kampagnen_{language}", str(paths.translations_dir()))]
    if language != "en":
        # Qt's own strings: standard buttons (Speichern, Abbrechen), calendar, dialogs.
        candidates.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed
