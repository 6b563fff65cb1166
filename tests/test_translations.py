"""German and Dutch translations are complete, current and loadable."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "tools"))
import update_translations as tool  # noqa: E402

LANGUAGES = ("de", "nl")
ALL_FILES = LANGUAGES + tool.PLURAL_ONLY  # English holds only the plural forms
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", ALL_FILES)
def test_every_text_is_translated(language: str) -> None:
    entries = messages(tool.ts_file(language))
    assert len(entries) > (0 if language in tool.PLURAL_ONLY else 100)
    untranslated = []
    for context, source, message in entries:
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            untranslated.append(f"{context}: {source}")
            continue
        # A translation must keep every placeholder, or .format() fails at run time.
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source, form)
    assert untranslated == []


@pytest.mark.parametrize("language", ALL_FILES)
def test_ts_files_hold_every_text_of_the_sources(language: str, tmp_path: Path) -> None:
    """Running lupdate again finds no text that is missing from the .ts file."""
    copy = tmp_path / f"kampagnen_{language}.ts"
    shutil.copy(tool.ts_file(language), copy)
    tool.update_ts(copy, plural_only=language in tool.PLURAL_ONLY)
    assert {(c, s) for c, s, _ in messages(copy)} == {(c, s) for c, s, _ in messages(tool.ts_file(language))}


@pytest.mark.parametrize("language", ALL_FILES)
def test_qm_files_are_built_from_the_current_ts(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    tool.release(tool.ts_file(language), fresh)
    assert fresh.read_bytes() == tool.qm_file(language).read_bytes(), "run tests/tools/update_translations.py"


def test_german_reads_as_german() -> None:
    translator = QTranslator()
    assert translator.load(str(tool.qm_file("de")))
    assert translator.translate("MainWindow", "&Edit") == "&Bearbeiten"
    assert translator.translate("CampaignEditor", "&General") == "&Allgemein"
    assert translator.translate("CampaignEditor", "&Campaign") == "&Kampagne"
    assert translator.translate("MainWindow", "&Campaigns") == "&Kampagnen"

