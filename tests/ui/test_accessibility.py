"""Every window usable by keyboard and screen reader, in German, Dutch and English.

Each window of ``window_catalogue.SCENES`` is opened on demo data and checked, on every
tab page, by ``keyboard_audit``: no Alt+letter used twice, every input named for a screen
reader, Tab reaching every control and leaving every one, no text cut off, no controls on
top of each other, and a smallest size that fits a 1920×1080 screen at 150 %. The last
tests show that each check notices the fault it is there for.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

import keyboard_audit as audit
import window_catalogue
from desktop import i18n
from desktop.context import AppContext
from desktop.db import demo, migrate
from desktop.db.engine import Database
from desktop.settings import Settings

LANGUAGES = ("de", "nl", "en")


@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database for all windows: they only read it (built once, it saves minutes)."""
    db = Database(tmp_path_factory.mktemp("accessibility") / "demo.sqlite3")
    migrate.upgrade(db)
    demo.generate(db, persons=24, seed=1, selections=True)
    window_catalogue.prepare(db)
    yield db
    db.dispose()


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication, english: None) -> Iterator[str]:
    """The interface language of the test (the parameter), Kampagnen's and Qt's texts."""
    translators = i18n.install(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def _settle() -> None:
    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("scene", window_catalogue.SCENES, ids=lambda scene: scene.name)
def test_the_window_is_usable_by_keyboard_and_screen_reader(
    scene: window_catalogue.Scene, language: str, office_db: Database, qtbot, message_boxes,  # noqa: ANN001
) -> None:
    from desktop.ui.main_window import MainWindow  # noqa: PLC0415 - after the QApplication exists

    ctx = AppContext(settings=Settings(), db=office_db, language=language, demo=False)
    main = MainWindow(ctx)
    qtbot.addWidget(main, before_close_func=lambda w: w.editor.revert())
    main.resize(1000, 700)
    main.show()
    qtbot.waitExposed(main)
    window = scene.open(ctx, main)
    qtbot.waitUntil(lambda: scene.ready(window), timeout=90_000)
    try:
        problems = audit.all_problems(window)
        if window is not main:
            # Escape closes every window but the main one (asking first where data would be lost).
            window.activateWindow()
            QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
            QApplication.processEvents()
            if window.isVisible():
                problems.append("Escape does not close the window")
    finally:
        if window is not main:
            window.close()
        _settle()
    assert not problems, f"{scene.name} in {language}:\n  " + "\n  ".join(problems)


# -- the checks notice what they are for ---------------------------------------------------------


@pytest.fixture
def faulty(qtbot) -> QDialog:  # noqa: ANN001
    """A dialog with one of each fault: it is what the checks above must never find."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout()
    named = QLineEdit(dialog)
    form.addRow("&Name:", named)
    form.addRow(QLineEdit(dialog))  # no label: a screen reader says only "edit"
    notes = QPlainTextEdit(dialog)  # keeps Tab for itself
    form.addRow("N&otes:", notes)
    table = QTableWidget(2, 2, dialog)  # without a name; after the notes, Tab never gets here
    form.addRow(table)
    narrow = QLabel("Kontakte ausschließen, die bereits verwendet wurden", dialog)
    narrow.setFixedWidth(60)
    form.addRow(narrow)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(QPushButton("&Save", dialog))
    layout.addWidget(QPushButton("&Send", dialog))
    QLineEdit(dialog).move(0, 0)  # created, never laid out: it covers the first label
    dialog.setMinimumSize(1400, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    named.setFocus()
    return dialog


def test_the_checks_find_each_fault(faulty: QDialog) -> None:
    clashes = audit.mnemonic_clashes(faulty)
    assert any("Alt+S" in p and "'&Save'" in p and "'&Send'" in p for p in clashes), clashes
    unnamed = audit.unnamed_controls(faulty)
    assert any(p.startswith("QLineEdit has no accessible name") for p in unnamed), unnamed
    assert any(p.startswith("QTableWidget has no accessible name") for p in unnamed), unnamed
    assert not any("'&Name:'" in p for p in unnamed), "a field with a label is named by it"
    tabbing = audit.tab_problems(faulty)
    assert any("Tab cannot leave QPlainTextEdit" in p for p in tabbing), tabbing
    cut = audit.cut_off(faulty)
    assert any("Kontakte ausschließen" in p and "60×" in p for p in cut), cut
    assert any("lie on top of each other" in p for p in audit.overlaps(faulty))
    assert audit.too_large(faulty) and "1400×" in audit.too_large(faulty)[0]
    assert audit.enter_problems(faulty) == []  # no OK button: Enter has nothing to press


def test_enter_must_press_ok(qtbot) -> None:  # noqa: ANN001
    dialog = QDialog()
    qtbot.addWidget(dialog)
    helper = QPushButton("&Columns…", dialog)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(helper)
    layout.addWidget(box)
    dialog.show()
    qtbot.waitExposed(dialog)
    helper.setDefault(True)
    found = audit.enter_problems(dialog)
    assert len(found) == 1 and found[0].startswith("Enter presses QPushButton '&Columns…', not QPushButton")
    helper.setDefault(False)
    box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    assert audit.enter_problems(dialog) == []


def test_a_mended_dialog_passes(faulty: QDialog) -> None:
    edits = faulty.findChildren(QLineEdit)
    edits[1].setAccessibleName("Second name")
    edits[2].hide()
    faulty.findChild(QPlainTextEdit).setTabChangesFocus(True)
    table = faulty.findChild(QTableWidget)
    table.setAccessibleName("Numbers")
    table.setTabKeyNavigation(False)
    faulty.findChildren(QPushButton)[1].setText("Sen&d")
    for label in faulty.findChildren(QLabel):
        if label.text().startswith("Kontakte"):
            label.setMinimumWidth(0)
            label.setMaximumWidth(16_777_215)
    faulty.setMinimumSize(400, 300)
    QApplication.processEvents()
    assert audit.all_problems(faulty) == []


def test_the_catalogue_opens_each_window_once() -> None:
    names = [scene.name for scene in window_catalogue.SCENES]
    assert len(names) == len(set(names))
    # Every dialog and window class of the program is in it, so a new one cannot slip past.
    shown = Path(window_catalogue.__file__).read_text(encoding="utf-8")
    ui = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    missing = []
    for module in sorted(ui.glob("*.py")):
        text = module.read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith("class ") and ("(QDialog)" in line or "(QWizard)" in line
                                              or "(QMainWindow)" in line or "Window(QWidget)" in line):
                name = line.split()[1].split("(")[0]
                if name not in shown:
                    missing.append(f"{module.name}: {name}")
    assert not missing, f"windows the accessibility checks never open: {missing}"
