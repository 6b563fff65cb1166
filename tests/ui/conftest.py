"""Shared fixtures of the window tests: a main window, German, demo data, message boxes.

Message boxes are modal: ``exec()`` runs its own event loop until a button is clicked, so
a test that triggers one must have arranged the answer beforehand. ``message_boxes``
does that with timers that fire inside the box's event loop. A box nobody expected is
closed by a watchdog (so the test cannot hang) and fails the test.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import i18n
from desktop.context import AppContext
from desktop.db import demo
from desktop.db.engine import Database
from desktop.settings import Settings


HERE = Path(__file__).resolve().parent

# The offscreen platform plugin cannot pass a window's size limits on and says so with a
# Qt warning whenever a main window or dialog is shown (and cannot raise one to the front
# either); that is not the program's doing.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def plain(text: str) -> str:
    """A label or button text as the clerk reads it: mnemonic '&' removed ('&&' is '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own settings folder (desktop.paths reads KAMPAGNEN_HOME at call time)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("KAMPAGNEN_HOME", str(home))
    return home


def _interface_language(qapp: QApplication, language: str) -> Iterator[None]:
    translators = i18n.install(qapp, language)
    assert translators, f"kampagnen_{language}.qm was not found"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """English, as the program installs it: only the plural forms ("2 actions")."""
    yield from _interface_language(qapp, "en")


@pytest.fixture
def german(qapp: QApplication, english: None) -> Iterator[None]:
    """German translations (Kampagnen's and Qt's own) for windows built in this test."""
    yield from _interface_language(qapp, "de")


@pytest.fixture
def dutch(qapp: QApplication, english: None) -> Iterator[None]:
    """Dutch translations (Kampagnen's and Qt's own) for windows built in this test."""
    yield from _interface_language(qapp, "nl")


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    """The migrated SQLite database with the demo data: four campaigns, a few contacts."""
    demo.generate(sqlite_db, persons=24, seed=1)
    return sqlite_db


@dataclass
class SeenBox:
    """What a message box said and which button the test clicked."""

    title: str
    text: str
    informative: str
    buttons: list[str]
    clicked: str = ""

    def __str__(self) -> str:
        return f"[{self.title}] {self.text} / {self.informative} {self.buttons}"


@dataclass
class MessageBoxes:
    """Answers modal QMessageBoxes for the code under test and records what they said.

    ``answer("Discard")`` arranges that the next message box is answered by clicking the
    button whose text (without '&') is "Discard"; several answers are used in order.
    """

    timeout: float = 5.0
    expected: list[str] = field(default_factory=list)
    seen: list[SeenBox] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _stopped: bool = False
    _deadline: float = 0.0

    def answer(self, *buttons: str) -> None:
        was_idle = not self.expected
        self.expected.extend(buttons)
        if was_idle:
            self._deadline = time.monotonic() + self.timeout
            QTimer.singleShot(0, self._attempt)

    @property
    def last(self) -> SeenBox:
        assert self.seen, "no message box was shown"
        return self.seen[-1]

    @staticmethod
    def _open_box() -> QMessageBox | None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and not box.property("kt_answered"):
            return box
        return None

    def _record(self, box: QMessageBox) -> SeenBox:
        box.setProperty("kt_answered", True)
        seen = SeenBox(
            title=box.windowTitle(),
            text=box.text(),
            informative=box.informativeText(),
            buttons=[plain(b.text()) for b in box.buttons()],
        )
        self.seen.append(seen)
        return seen

    def _attempt(self) -> None:
        if self._stopped or not self.expected:
            return
        box = self._open_box()
        if box is None:
            if time.monotonic() > self._deadline:
                self.problems.append(f"no message box appeared to answer {self.expected[0]!r}")
                self.expected.clear()
                return
            QTimer.singleShot(10, self._attempt)
            return
        wanted = self.expected.pop(0)
        seen = self._record(box)
        for button in box.buttons():
            if plain(button.text()) == wanted:
                seen.clicked = wanted
                button.click()
                break
        else:
            self.problems.append(f"no button {wanted!r} in {seen}")
            _dismiss(box)
        if self.expected:
            self._deadline = time.monotonic() + self.timeout
            QTimer.singleShot(0, self._attempt)

    def watch(self) -> None:
        """Close message boxes nobody expected, so a test fails instead of hanging."""
        if self._stopped or self.expected:
            return
        box = self._open_box()
        if box is not None:
            self.problems.append(f"unexpected message box: {self._record(box)}")
            _dismiss(box)


def _dismiss(box: QMessageBox) -> None:
    escape = box.escapeButton()
    if escape is not None:
        escape.click()
    else:
        box.reject()


@pytest.fixture
def message_boxes(qapp: QApplication) -> Iterator[MessageBoxes]:
    boxes = MessageBoxes()
    watchdog = QTimer()
    watchdog.setInterval(250)
    watchdog.timeout.connect(boxes.watch)
    watchdog.start()
    yield boxes
    watchdog.stop()
    boxes._stopped = True
    pending = list(boxes.expected)
    boxes.expected.clear()
    assert not boxes.problems, "; ".join(boxes.problems)
    assert not pending, f"these answers were never needed: {pending}"


WindowFactory = Callable[..., "MainWindow"]  # noqa: F821


@pytest.fixture
def main_window(qtbot, sqlite_db: Database, message_boxes: MessageBoxes) -> WindowFactory:
    """Builds shown main windows on ``sqlite_db`` (or another database) with fresh Settings.

    Call it with ``language=`` matching the translators installed (``german`` fixture).
    """
    from desktop.ui.main_window import MainWindow  # noqa: PLC0415 - after the QApplication exists

    def make(db: Database | None = None, language: str = "en", size: tuple[int, int] | None = None) -> MainWindow:
        ctx = AppContext(settings=Settings(), db=db or sqlite_db, language=language, demo=False)
        window = MainWindow(ctx)
        # Unsaved changes left by a test must not make the closing window ask.
        qtbot.addWidget(window, before_close_func=lambda w: w.editor.revert())
        if size:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        QApplication.processEvents()
        return window

    return make
