"""Help → About / Diagnostics: the findings, the report on the clipboard, the log folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop import __version__, diagnostics, logs
from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.diagnostics import Check, Level
from desktop.settings import Settings
from desktop.ui.diagnostics_dialog import DiagnosticsDialog


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.fixture(autouse=True)
def printers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnostics, "available_printers", lambda: ["Büro 2. OG"])
    monkeypatch.setattr(diagnostics, "default_printer", lambda: "Büro 2. OG")


class Opener:
    def __init__(self, succeeds: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.succeeds = succeeds

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.succeeds


def make(qtbot, db: Database, **kwargs) -> DiagnosticsDialog:
    dialog = DiagnosticsDialog(AppContext(settings=Settings(), db=db), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # mnemonics work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def rows(dialog: DiagnosticsDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def test_the_dialog_lists_the_checks(qtbot, sqlite_db: Database, private_home: Path) -> None:
    dialog = make(qtbot, sqlite_db)

    assert dialog.windowTitle() == "About Kampagnen / Diagnostics"
    found = rows(dialog)
    expected = diagnostics.run_checks(Settings(), sqlite_db)
    assert [(r[1], r[2]) for r in found] == [(c.label, c.text) for c in expected]
    assert ("OK", "Printers", "Büro 2. OG *") in found
    shown = [label.text() for label in dialog.findChildren(type(dialog.status))]
    assert any(__version__ in text for text in shown)
    assert sqlite_db.display in shown
    assert str(logs.log_folder()) in shown
    assert str(logs.log_folder()).startswith(str(private_home))


def test_levels_are_shown_with_word_and_icon(qtbot, sqlite_db: Database) -> None:
    checks = [
        Check("Database", Level.OK, "fine"),
        Check("Printers", Level.WARNING, "No printer is installed."),
        Check("PDF converter", Level.ERROR, "Neither Word nor LibreOffice was found."),
    ]
    dialog = make(qtbot, sqlite_db, checks=checks)
    assert [r[0] for r in rows(dialog)] == ["OK", "WARNING", "ERROR"]
    for row in range(3):
        assert not dialog.table.item(row, 0).icon().isNull()
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_copy_report_puts_the_report_on_the_clipboard(qtbot, sqlite_db: Database) -> None:
    dialog = make(qtbot, sqlite_db)
    QApplication.clipboard().clear()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    text = QApplication.clipboard().text()
    assert text.startswith(f"Kampagnen {__version__} - diagnostic report")
    assert sqlite_db.display in text
    assert str(logs.log_file()) in text
    assert "clipboard" in dialog.status.text()
    assert dialog.status.isVisible()


def test_open_log_folder_calls_the_opener_with_the_log_folder(qtbot, sqlite_db: Database) -> None:
    opener = Opener()
    dialog = make(qtbot, sqlite_db, opener=opener)

    qtbot.mouseClick(dialog.open_logs_button, Qt.MouseButton.LeftButton)

    assert len(opener.urls) == 1
    assert Path(opener.urls[0].toLocalFile()) == logs.log_folder()
    assert dialog.status.text() == ""


def test_a_log_folder_that_cannot_be_opened_is_named(qtbot, sqlite_db: Database) -> None:
    dialog = make(qtbot, sqlite_db, opener=Opener(succeeds=False))
    dialog.open_log_folder()
    assert str(logs.log_folder()) in dialog.status.text()


def test_keyboard(qtbot, sqlite_db: Database) -> None:
    opener = Opener()
    dialog = make(qtbot, sqlite_db, opener=opener)
    assert plain(dialog.copy_button.text()) == "Copy report"
    assert plain(dialog.open_logs_button.text()) == "Open log folder"
    assert dialog.close_button.isDefault()

    qtbot.keyClick(dialog.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(opener.urls) == 1, timeout=2000)  # a mnemonic animates the click
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "clipboard" in dialog.status.text(), timeout=5000)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_nothing_is_cut_off(qtbot, sqlite_db: Database) -> None:
    dialog = make(qtbot, sqlite_db)
    assert dialog.width() >= 700 and dialog.height() >= 460
    table = dialog.table
    viewport = table.viewport().height()
    used = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert used <= viewport, "the findings need a scroll bar at the dialog's first size"
    for button in (dialog.copy_button, dialog.open_logs_button, dialog.close_button):
        assert button.width() >= button.sizeHint().width()
