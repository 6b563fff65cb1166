"""*Massendruck* from the window: preview, a 500-letter run to the cups-pdf printer, resume."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.campaigns import members
from desktop.context import AppContext
from desktop.db import demo
from desktop.db.engine import Database
from desktop.db.models import ActionMember, CampaignAction, Document, DossierItem, MassRunItem
from desktop.merge.converter import find_libreoffice
from desktop.settings import Settings
from desktop.ui import mass_print_run
from desktop.ui.mass_print_dialog import MassPrintDialog

pytestmark = pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
LETTERS = 500
SUDO = [] if os.geteuid() == 0 else ["sudo", "-n"]  # CUPS admin commands; CI has passwordless sudo


def demo_action(db: Database, persons: int, letters: int) -> tuple[Database, int, int]:
    """Action 1 of campaign 2 of a demo database, with the first ``letters`` persons linked."""
    demo.generate(db, persons=persons, seed=5)
    with db.engine.begin() as conn:
        action = conn.execute(select(CampaignAction.id).where(CampaignAction.campaign_id == 2)
                              .order_by(CampaignAction.sequence)).scalars().first()
        members.add_persons(conn, action, range(1, letters + 1))
        linked = conn.execute(select(func.count()).where(ActionMember.action_id == action,
                                                         ActionMember.linked)).scalar_one()
    return db, action, linked


@pytest.fixture
def big_action(sqlite_db: Database) -> tuple[Database, int, int]:
    """About 500 linked members (some are excluded: no address, deceased …)."""
    return demo_action(sqlite_db, 1400, LETTERS)


@pytest.fixture
def small_action(sqlite_db: Database) -> tuple[Database, int, int]:
    """A dozen linked members."""
    return demo_action(sqlite_db, 200, 12)


def counts(db: Database, action: int) -> tuple[int, int]:
    with db.engine.connect() as conn:
        dossier = conn.execute(select(func.count()).where(DossierItem.action_id == action)).scalar_one()
        documents = conn.execute(select(func.count()).select_from(Document)).scalar_one()
    return dossier, documents


def test_the_dialog_previews_the_first_letter(german, qtbot, big_action, message_boxes) -> None:
    db, action, _linked = big_action
    dialog = MassPrintDialog(AppContext(Settings(), db, language="de"), action)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.pageCount() == 3, timeout=30_000)
    assert dialog.letters > 0 and str(dialog.letters) in dialog.summary.text()


def test_a_500_letter_run_to_the_printer(german, qtbot, big_action, message_boxes, monkeypatch, tmp_path: Path,
                                         test_printer) -> None:  # noqa: ANN001
    db, action, linked = big_action
    assert linked > 400
    ctx = AppContext(Settings(), db, language="de")

    def choose(dialog: MassPrintDialog) -> int:
        dialog.to_printer.setChecked(True)
        dialog.printer.setCurrentText(test_printer.name)
        dialog.pdf_path.setText(str(tmp_path / "alle.pdf"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MassPrintDialog, "exec", choose)
    before = set(test_printer.out_dir.glob("*.pdf"))
    message_boxes.timeout = 180  # the box comes when all letters are done
    message_boxes.answer("OK")
    assert mass_print_run.run_mass_print(ctx, None, action)
    assert "generiert" in message_boxes.last.text or "generated" in message_boxes.last.text
    assert counts(db, action) == (linked, linked)
    assert len(PdfReader(tmp_path / "alle.pdf").pages) == linked
    with db.engine.connect() as conn:
        assert set(conn.execute(select(MassRunItem.state)).scalars()) == {"printed"}
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not set(test_printer.out_dir.glob("*.pdf")) - before:
        time.sleep(0.5)
    printed = sorted(set(test_printer.out_dir.glob("*.pdf")) - before)
    assert printed, "cups-pdf wrote nothing"
    size = -1
    while time.monotonic() < deadline and printed[-1].stat().st_size != size:  # written in place
        size = printed[-1].stat().st_size
        time.sleep(1)
    assert len(PdfReader(printed[-1]).pages) == linked


def test_the_dialog_previews_the_first_three_letters_and_checks_the_template(
        qtbot, small_action, message_boxes, tmp_path: Path) -> None:  # noqa: ANN001
    db, action, _linked = small_action
    dialog = MassPrintDialog(AppContext(Settings(), db, language="en"), action)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.pageCount() == 3, timeout=30_000)
    assert "every field is known" in dialog.check_label.text() and dialog.start_button.isEnabled()

    broken = tmp_path / "kaputt.docx"  # a tag Word broke apart: {{ Vorname } }
    from docx import Document as WordDocument  # noqa: PLC0415

    document = WordDocument()
    document.add_paragraph("Hallo {{ Vorname } }")
    document.save(broken)
    dialog.template.insertItem(0, broken.name, f"file:{broken}")
    dialog.template.setCurrentIndex(0)
    assert "1 error that would spoil" in dialog.check_label.text() and not dialog.start_button.isEnabled()
    assert dialog.check_details.isEnabled()


def test_a_printer_refusing_the_job_pauses_and_the_clerk_prints_on_another(
        qtbot, small_action, message_boxes, monkeypatch, tmp_path: Path, test_printer) -> None:  # noqa: ANN001
    db, action, linked = small_action
    ctx = AppContext(Settings(), db, language="en")

    def choose(dialog: MassPrintDialog) -> int:
        dialog.to_printer.setChecked(True)
        dialog.printer.setCurrentText(test_printer.name)
        dialog.pdf_path.setText(str(tmp_path / "alle.pdf"))
        dialog.accept()
        return dialog.result()

    def other_printer(*_args, **_kwargs) -> tuple[str, bool]:  # noqa: ANN002, ANN003
        subprocess.run([*SUDO, "cupsenable", test_printer.name], check=True)  # "the other one" works
        return test_printer.name, True

    monkeypatch.setattr(MassPrintDialog, "exec", choose)
    monkeypatch.setattr(mass_print_run.QInputDialog, "getItem", other_printer)
    subprocess.run([*SUDO, "cupsdisable", "-r", "Papierstau", test_printer.name], check=True)
    message_boxes.timeout = 120
    message_boxes.answer("Other printer…", "OK")
    try:
        assert mass_print_run.run_mass_print(ctx, None, action)
    finally:
        subprocess.run([*SUDO, "cupsenable", test_printer.name], check=True)
    paused, done = message_boxes.seen[-2:]
    assert "did not take them" in paused.text and "Papierstau" in paused.text
    assert sorted(paused.buttons) == ["Later", "Other printer…", "Try again"]
    assert "Sent to the printer" in done.text
    assert counts(db, action) == (linked, linked)
    with db.engine.connect() as conn:
        assert set(conn.execute(select(MassRunItem.state)).scalars()) == {"printed"}
