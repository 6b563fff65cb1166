"""The user guide (F1): the shipped pages, their pictures and anchors, and the help window."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from desktop import paths
from desktop.context import AppContext
from desktop.ui.help_window import HelpWindow, guide_path, show_help

HELP = paths.resources_dir() / "help"
LANGUAGES = ("de", "nl", "en")
TITLES = {"de": "Kampagnen – Benutzerhandbuch", "nl": "Kampagnen – Gebruikershandleiding",
          "en": "Kampagnen – User guide"}


class _Page(HTMLParser):
    """Collects a page's image sources, anchors, and the links of its table of contents."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.anchors: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img" and values.get("src"):
            self.images.append(values["src"] or "")
        for key in ("name", "id"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.anchors.add(values[key] or "")
        if tag == "a" and (values.get("href") or "").startswith("#"):
            self.links.append((values["href"] or "")[1:])


def _page(lang: str) -> _Page:
    page = _Page()
    page.feed((HELP / lang / "index.html").read_text(encoding="utf-8"))
    return page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_exists_with_its_title(lang: str) -> None:
    text = (HELP / lang / "index.html").read_text(encoding="utf-8")
    assert f"<title>{TITLES[lang]}</title>" in text
    assert "<script" not in text.lower()  # QTextBrowser runs none; the guide must not need it


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_image_exists_in_the_help_images(lang: str) -> None:
    images = _page(lang).images
    assert len(images) >= 8
    folder = HELP / lang
    for src in images:
        path = (folder / src).resolve()
        assert path.is_relative_to((HELP / "img" / lang).resolve()), src
        assert path.is_file(), f"{lang}: missing picture {src} (run tests/tools/help_screenshots.py)"
        assert path.stat().st_size < 150_000, f"{src} is too big"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_of_the_contents_has_its_anchor(lang: str) -> None:
    page = _page(lang)
    assert {"contents", "query", "campaign", "massprint", "responses", "monitoring", "settings"} <= page.anchors
    assert len(page.links) >= 6
    for anchor in page.links:
        assert anchor in page.anchors, f"{lang}: #{anchor} leads nowhere"


def test_unknown_language_falls_back_to_english() -> None:
    assert guide_path("de") == HELP / "de" / "index.html"
    assert guide_path("fr") == HELP / "en" / "index.html"


def test_window_shows_the_german_guide(qtbot) -> None:
    window = HelpWindow("de")
    qtbot.addWidget(window)
    window.show()
    assert window.browser.documentTitle() == TITLES["de"]
    assert "Abfrage erstellen" in window.browser.toPlainText()
    assert window.browser.source().toLocalFile() == str(HELP / "de" / "index.html")


def test_window_falls_back_to_english(qtbot) -> None:
    window = HelpWindow("xx")
    qtbot.addWidget(window)
    assert window.browser.documentTitle() == TITLES["en"]


def test_images_are_loaded_from_the_local_files(qtbot) -> None:
    window = HelpWindow("nl")
    qtbot.addWidget(window)
    src = _page("nl").images[0]
    data = window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
    assert data  # the PNG's bytes, read from resources/help/img next to the page


def test_search_finds_a_word_and_wraps_around(qtbot) -> None:
    window = HelpWindow("de")
    qtbot.addWidget(window)
    assert window.find("Summierer")
    assert window.browser.textCursor().selectedText() == "Summierer"
    assert window.find("summierer")  # the next one, then from the top again
    for _ in range(20):
        assert window.find("Summierer")
    assert not window.find("Quarkspeise")
    assert window.not_found.text()


def test_show_help_opens_one_window_and_jumps_to_the_anchor(qtbot, tmp_path: Path) -> None:
    ctx = AppContext(settings=None, db=None, language="en")  # type: ignore[arg-type] - not used
    first = show_help(ctx, None, "monitoring")
    qtbot.addWidget(first)
    assert first.browser.source().fragment() == "monitoring"
    assert show_help(ctx, None) is first
