"""A mass run end to end with the real LibreOffice: letters, archive, dossier, costs, resume."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.campaigns import members
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    Cost,
    Document,
    DossierItem,
    DossierItemType,
    Employee,
    MassRunItem,
    Organisation,
    Person,
)
from desktop.db.models.enums import Salutation
from desktop.jobs import Cancelled
from desktop.merge import run, run_plan
from desktop.merge.converter import find_libreoffice
from desktop.merge.pdf import PdfPipeline
from desktop.paths import resources_dir

TEMPLATE = resources_dir() / "templates" / "Geschaeftsbrief_de.docx"
LETTERS = 12

pytestmark = pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> PdfPipeline:
    return PdfPipeline.find(tmp_path_factory.mktemp("lo"), processes=2, chunk_size=5)


def letter_action(db: Database) -> int:
    with db.session() as session:
        outgoing = DossierItemType(code="AUSG", name="Ausgangspost")
        sender = Employee(code="MA1", first_name="Thomas", last_name="Schneider", signature_title="Vertrieb",
                          email="t.schneider@example.org", phone="0221 1")
        campaign = Campaign(number="2026-077", name="Frühjahr & Sommer")
        org = Organisation(code="O1", name="Müller & Söhne <GmbH>")
        session.add_all([outgoing, sender, campaign, org])
        session.flush()
        action = CampaignAction(campaign_id=campaign.id, sequence=1, name="Brief", subject="Unser Angebot",
                                dossier_item_type_id=outgoing.id, sender_id=sender.id,
                                cost_per_contact=Decimal("0.85"), handled_on_creation=True)
        people = [Person(code=f"{n:04d}", salutation=Salutation.MS if n % 2 else Salutation.MR, first_name=f"Vor{n}",
                         last_name=f"Name{n:02d}", street=f"Hauptstraße {n}", postcode="50667", city="Köln",
                         organisation_id=org.id if n == 3 else None) for n in range(LETTERS)]
        session.add(action)
        session.add_all(people)
        session.flush()
        members.add_persons(session.connection(), action.id, [p.id for p in people])
        return action.id


def letter_codes_in(pdf: Path) -> list[str]:
    """The letter IDs as printed ("Unser Zeichen: …"), page by page."""
    codes = []
    for page in PdfReader(pdf).pages:
        found = re.search(r"Zeichen:\s*(\d{5}-\d{5})", page.extract_text())
        codes.append(found.group(1) if found else "")
    return codes


def counts(db: Database) -> tuple[int, int, int]:
    with db.engine.connect() as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (DossierItem.__table__, Document.__table__, Cost.__table__))


def test_a_run_writes_each_letter_its_archive_and_dossier_item_and_the_costs(db: Database, pipeline: PdfPipeline,
                                                                              tmp_path: Path) -> None:
    action = letter_action(db)
    run_id = run_plan.claim(db, action, {"template_file": str(TEMPLATE)}, resume=False)
    result = run.execute(db, run_id, pipeline, tmp_path / "alle.pdf", today=dt.date(2026, 11, 25))

    assert (result.letters, result.pages) == (LETTERS, LETTERS)
    codes = letter_codes_in(result.combined)
    assert codes == [run_plan.letter_code(run_id, n) for n in range(1, LETTERS + 1)]
    text = PdfReader(result.combined).pages[0].extract_text()
    assert "Herrn Vor0 Name00" in text and "Sehr geehrter Herr Name00," in text
    assert "Datum: 25. November 2026" in text
    assert "„Frühjahr & Sommer“" in text  # an ampersand comes out as written
    with db.engine.connect() as conn:
        items = conn.execute(select(DossierItem.person_id, DossierItem.handled, DossierItem.document_id,
                                    DossierItem.subject).where(DossierItem.action_id == action)).all()
        cost = conn.execute(select(Cost.amount, Cost.quantity).where(Cost.mass_run_id == run_id)).one()
        generated = conn.execute(select(CampaignAction.generated_at).where(CampaignAction.id == action)).scalar()
        states = set(conn.execute(select(MassRunItem.state).where(MassRunItem.run_id == run_id)).scalars())
        archived = conn.execute(select(Document.content).join(
            MassRunItem, MassRunItem.document_id == Document.id).where(MassRunItem.position == 4)).scalar_one()
    assert len(items) == LETTERS and all(handled and doc and subject == "Unser Angebot"
                                         for _, handled, doc, subject in items)
    assert cost == (Decimal("10.20"), LETTERS)
    assert generated is not None and states == {"archived"}
    # The archived PDF of letter 4 is that contact's own letter: Name03, at Müller & Söhne.
    page = PdfReader(io.BytesIO(archived)).pages[0].extract_text()
    assert "Name03" in page and "Müller & Söhne <GmbH>" in page and "Name04" not in page


@pytest.mark.parametrize("stop_after_chunks", [1, 2])
def test_a_run_stopped_halfway_and_resumed_ends_as_an_uninterrupted_one(
        db: Database, pipeline: PdfPipeline, tmp_path: Path, stop_after_chunks: int) -> None:
    action = letter_action(db)
    run_id = run_plan.claim(db, action, {"template_file": str(TEMPLATE)}, resume=False)
    def stop() -> bool:  # the clerk presses Cancel once some chunks are archived
        return counts(db)[0] >= stop_after_chunks * pipeline.chunk_size

    with pytest.raises(Cancelled):
        run.execute(db, run_id, pipeline, tmp_path / "alle.pdf", cancel=stop)
    archived_so_far = counts(db)[0]
    assert 0 < archived_so_far < LETTERS
    assert run_plan.claim(db, action, {}, resume=True) == run_id
    result = run.execute(db, run_id, pipeline, tmp_path / "alle.pdf")

    assert counts(db) == (LETTERS, LETTERS, 1)
    assert letter_codes_in(result.combined) == [run_plan.letter_code(run_id, n) for n in range(1, LETTERS + 1)]
