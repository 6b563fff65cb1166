"""*Massendruck* from the window: preview, a 500-letter run to the cups-pdf printer, resume."""

from __future__ import annotations

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


@pytest.fixture
def big_action(sqlite_db: Database) -> tuple[Database, int, int]:
    """Action 1 of campaign 2 of a demo database, with about 500 linked members."""
    demo.generate(sqlite_db, persons=1400, seed=5)
    with sqlite_db.engine.begin() as conn:
        action = conn.execute(select(CampaignAction.id).where(CampaignAction.campaign_id == 2)
                              .order_by(CampaignAction.sequence)).scalars().first()
        members.add_persons(conn, action, range(1, LETTERS + 1))
        linked = conn.execute(select(func.count()).where(ActionMember.action_id == action,
                                                         ActionMember.linked)).scalar_one()
    return sqlite_db, action, linked


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
    qtbot.waitUntil(lambda: dialog.document.pageCount() == 1, timeout=30_000)
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
