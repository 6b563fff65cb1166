"""The template manager as a clerk uses it: import, findings, Word round trip, versions, delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop import paths
from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import Campaign, CampaignAction
from desktop.merge import templates
from desktop.settings import Settings
from desktop.ui.template_manager import TemplateManager
from desktop.ui.template_versions_dialog import TemplateVersionsDialog

MessageBoxes = object  # tests/ui/conftest.py's fixture (conftest modules are not imported)


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def letter(path: Path, greeting: str = "Guten Tag {{ Vorname }},") -> Path:
    doc = Document()
    doc.add_paragraph("{{ Adressblock }}")
    doc.add_paragraph(greeting)
    doc.add_paragraph("Mit freundlichen Grüßen")
    doc.save(str(path))
    return path


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path | None], list[str]]:
    """Answers the next file dialogs with ``path`` (None: the clerk cancels); returns their start folders."""
    asked: list[str] = []

    def arrange(path: Path | None) -> list[str]:
        def get_open_file_name(_parent: QWidget, _caption: str, start: str = "", _filter: str = "") -> tuple[str, str]:
            asked.append(start)
            return (str(path) if path else "", "")

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
        return asked

    return arrange


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files handed to the system's program (Word) instead of opening them."""
    urls: list[Path] = []

    def open_url(url: QUrl) -> bool:
        urls.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


@pytest.fixture
def manager(qtbot, sqlite_db: Database, message_boxes: MessageBoxes) -> Callable[[], TemplateManager]:
    def make() -> TemplateManager:
        dialog = TemplateManager(AppContext(settings=Settings(), db=sqlite_db))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        checked(qtbot, dialog)
        return dialog

    return make


def checked(qtbot, dialog: TemplateManager) -> None:
    """Wait until the background check filled in the problems column."""
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: all(dialog.table.item(r, 5).text() != "…" for r in range(dialog.table.rowCount())))


def listed(dialog: TemplateManager) -> list[list[str]]:
    """The table as the clerk reads it, without the import time."""
    return [[dialog.table.item(r, c).text() for c in (0, 1, 2, 4, 5)] for r in range(dialog.table.rowCount())]


def test_importing_shows_the_template_and_its_findings_at_once(
        qtbot, manager, choose_file, tmp_path: Path) -> None:
    dialog = manager()
    choose_file(letter(tmp_path / "Einladung_nl.docx", "Beste {{ Vornam }},"))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    checked(qtbot, dialog)

    who = listed(dialog)[0][3]
    assert listed(dialog) == [["Einladung nl", "Dutch", "1", who, "1"]]
    assert "“Einladung nl” imported as version 1." in dialog.status.text()
    findings = dialog.check_dialog
    assert findings is not None and findings.isVisible()
    assert findings.texts() == ["Body text, paragraph 2: unknown field «Vornam» — did you mean «Vorname»?"]
    assert dialog.ctx.settings.get("last_template_folder") == str(tmp_path)


def test_a_name_that_is_taken_is_asked_for_again(
        qtbot, manager, sqlite_db, choose_file, monkeypatch, tmp_path: Path) -> None:
    templates.import_template(sqlite_db, letter(tmp_path / "Brief.docx"))
    dialog = manager()
    (tmp_path / "neu").mkdir()
    choose_file(letter(tmp_path / "neu" / "Brief.docx", "Moin {{ Vorname }}"))
    asked: list[tuple[str, str]] = []

    def get_text(_parent: QWidget, _title: str, label: str, text: str = "") -> tuple[str, bool]:
        asked.append((label, text))
        return "Brief 2027", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert asked == [("A template named “Brief” exists already. Name of the new template:", "Brief (new)")]
    assert [row[0] for row in listed(dialog)] == ["Brief", "Brief 2027"]


def test_a_file_that_is_no_template_is_refused_with_the_reason(
        qtbot, manager, choose_file, message_boxes: MessageBoxes, tmp_path: Path) -> None:
    dialog = manager()
    broken = letter(tmp_path / "Kaputt.docx", "Guten Tag {{ Vorname }")
    choose_file(broken)
    message_boxes.answer("OK")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert message_boxes.last.text.splitlines() == [
        (f"{broken} was not imported: its merge fields cannot be read. Correct them in Word and import the file "
        "again."),
        ("Body text, paragraph 2: a field is broken apart in “Guten Tag {{ Vorname }”. Write {{ and }} without "
        "spaces or line breaks in between, or delete the field and type it again."),
    ]
    assert listed(dialog) == []


def test_a_template_edited_in_word_is_offered_for_reading_in_when_the_clerk_comes_back(
        qtbot, manager, sqlite_db, opened, message_boxes: MessageBoxes, tmp_path: Path) -> None:
    templates.import_template(sqlite_db, letter(tmp_path / "Brief.docx"))
    dialog = manager()

    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)

    [path] = opened
    assert path.parent == paths.user_data_dir() / "templates" and path.read_bytes() == (tmp_path / "Brief.docx").read_bytes()
    letter(path, "Liebe {{ Vornam }},")  # the clerk changes and saves it in Word
    message_boxes.answer("Yes")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    dialog.activateWindow()  # back from Word
    qtbot.waitUntil(lambda: listed(dialog)[0][2] == "2")
    checked(qtbot, dialog)

    assert "was changed in Word" in message_boxes.last.text
    assert listed(dialog)[0][4] == "1"
    assert "read in as version 2" in dialog.status.text()
    assert dialog.check_dialog.texts() == ["Body text, paragraph 2: unknown field «Vornam» — did you mean «Vorname»?"]
    # Not asked again until it is saved again.
    dialog.offer_edited()
    assert len(message_boxes.seen) == 1
    # Editing again opens the same file, now holding version 2.
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert opened == [path, path]


def test_a_file_broken_in_word_is_explained_once(
        qtbot, manager, sqlite_db, opened, message_boxes: MessageBoxes, tmp_path: Path) -> None:
    templates.import_template(sqlite_db, letter(tmp_path / "Brief.docx"))
    dialog = manager()
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    letter(opened[0], "Hallo {{ Vorname }")  # Word split the field
    message_boxes.answer("Yes", "OK")

    dialog.offer_edited()
    dialog.offer_edited()  # the clerk comes back once more, the file not saved again
    qtbot.wait(50)

    assert [box.title for box in message_boxes.seen] == ["Read in changes", "Read in template"]
    assert message_boxes.last.text.splitlines()[1].startswith("Body text, paragraph 2: a field is broken apart")
    assert listed(dialog)[0][2] == "1"


def test_read_in_again_starts_at_the_edited_file_and_says_when_nothing_changed(
        qtbot, manager, sqlite_db, opened, choose_file, tmp_path: Path) -> None:
    templates.import_template(sqlite_db, letter(tmp_path / "Brief.docx"))
    dialog = manager()
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    asked = choose_file(opened[0])

    qtbot.mouseClick(dialog.reimport_button, Qt.MouseButton.LeftButton)

    assert asked == [str(opened[0])]
    assert dialog.status.text() == f"{opened[0].name} holds the current version 1 of “Brief”; nothing was changed."
    choose_file(letter(tmp_path / "Neu.docx", "Moin {{ Vorname }},"))
    qtbot.mouseClick(dialog.reimport_button, Qt.MouseButton.LeftButton)
    assert listed(dialog)[0][2] == "2"
    assert "The check found no problems." in dialog.status.text()


def test_an_earlier_version_is_restored_from_the_versions(
        qtbot, manager, sqlite_db, monkeypatch, tmp_path: Path) -> None:
    first = templates.import_template(sqlite_db, letter(tmp_path / "Brief.docx"))
    templates.reimport(sqlite_db, first.template_id, letter(tmp_path / "Zwei.docx", "Hi {{ Vorname }}"), None)
    dialog = manager()
    seen: list[list[str]] = []

    def restore_first(versions: TemplateVersionsDialog) -> int:
        table = versions.table
        seen.append([table.item(r, 0).text() for r in range(table.rowCount())])
        table.selectRow(1)
        versions.restore_button.click()
        seen.append([table.item(r, 0).text() for r in range(table.rowCount())])
        return 0

    monkeypatch.setattr(TemplateVersionsDialog, "exec", restore_first)
    qtbot.mouseClick(dialog.versions_button, Qt.MouseButton.LeftButton)

    assert seen == [["2 (current)", "1"], ["3 (current)", "2", "1"]]
    assert listed(dialog)[0][2] == "3"
    assert dialog.status.text() == "An earlier version of “Brief” is current again, as version 3."
    with sqlite_db.engine.connect() as conn:
        assert templates.content(conn, first.template_id) == (tmp_path / "Brief.docx").read_bytes()


def test_enter_checks_the_chosen_template(qtbot, manager, sqlite_db, tmp_path: Path) -> None:
    templates.import_template(sqlite_db, letter(tmp_path / "Gut.docx"))
    templates.import_template(sqlite_db, letter(tmp_path / "Tippfehler.docx", "Hallo {{ Nachnahme }}"))
    dialog = manager()
    assert [row[4] for row in listed(dialog)] == ["none", "1"]
    dialog.table.selectRow(1)
    dialog.table.setFocus()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    assert dialog.check_dialog is not None and dialog.check_dialog.isVisible()
    assert dialog.check_dialog.windowTitle() == "Check of “Tippfehler”"
    assert dialog.check_dialog.texts() == [
        "Body text, paragraph 2: unknown field «Nachnahme» — did you mean «Nachname»?"]


def test_del_deletes_after_asking(qtbot, manager, sqlite_db, message_boxes: MessageBoxes, tmp_path: Path) -> None:
    templates.import_template(sqlite_db, letter(tmp_path / "Alt.docx"))
    templates.import_template(sqlite_db, letter(tmp_path / "Neu.docx"))
    dialog = manager()
    dialog.table.setFocus()
    message_boxes.answer("Cancel", "Yes")

    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [row[0] for row in listed(dialog)] == ["Alt", "Neu"]
    dialog.activateWindow()  # as the window system does when the question closes
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)

    assert message_boxes.last.text.startswith("Delete the template “Alt” with all its versions?")
    assert [row[0] for row in listed(dialog)] == ["Neu"]
    assert dialog.status.text() == "“Alt” was deleted."


def test_a_template_an_action_still_needs_is_not_deleted(
        qtbot, manager, sqlite_db, message_boxes: MessageBoxes, tmp_path: Path) -> None:
    imported = templates.import_template(sqlite_db, letter(tmp_path / "Brief.docx"))
    with sqlite_db.session() as session:
        campaign = Campaign(number="2026-009", name="Herbst")
        session.add(campaign)
        session.flush()
        session.add(CampaignAction(campaign_id=campaign.id, sequence=2, name="Nachfassen",
                                   template_id=imported.template_id))
    dialog = manager()
    message_boxes.answer("Yes", "OK")

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    assert message_boxes.last.text.splitlines()[:2] == [
        "The template “Brief” was not deleted: it is still needed by", "• action 2026-009 Herbst / 2 Nachfassen"]
    assert [row[0] for row in listed(dialog)] == ["Brief"]


def test_the_dialog_keeps_its_size(qtbot, manager) -> None:
    dialog = manager()
    dialog.resize(700, 520)  # the offscreen screen is 800 × 600
    dialog.reject()
    again = manager()
    assert (again.width(), again.height()) == (700, 520)


def test_buttons_need_a_chosen_template(manager) -> None:
    dialog = manager()
    assert listed(dialog) == []
    assert dialog.import_button.isEnabled()
    for button in (dialog.edit_button, dialog.reimport_button, dialog.versions_button, dialog.check_button,
                   dialog.delete_button):
        assert not button.isEnabled(), plain(button.text())


def test_ctrl_4_opens_the_templates(qtbot, main_window, monkeypatch) -> None:
    window = main_window()
    seen: list[str] = []
    monkeypatch.setattr(TemplateManager, "exec", lambda dialog: seen.append(dialog.windowTitle()) or 0)
    assert plain(window.ui.actionTemplates.text()) == "Templates…"

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)

    assert seen == ["Letter templates"]
