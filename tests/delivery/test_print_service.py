"""The print-service ZIP of a real mass run (LibreOffice): combined PDF plus manifest."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.campaigns import members
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    DossierItemType,
    Employee,
    Person,
)
from desktop.db.models.enums import Salutation
from desktop.delivery import print_service
from desktop.jobs import Cancelled
from desktop.merge import run, run_plan
from desktop.merge.converter import find_libreoffice
from desktop.merge.pdf import PdfPipeline
from desktop.paths import resources_dir

TEMPLATE = resources_dir() / "templates" / "Geschaeftsbrief_de.docx"
# Print order is by name; the postcodes are not in that order, and two are equal.
POSTCODES = ["80331", "10115", "1012 AB", "50667", "10115", "20095"]

pytestmark = pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> PdfPipeline:
    return PdfPipeline.find(tmp_path_factory.mktemp("lo"), processes=2, chunk_size=4)


def letter_action(db: Database) -> int:
    with db.session() as session:
        outgoing = DossierItemType(code="AUSG", name="Ausgangspost")
        sender = Employee(code="MA1", first_name="Thomas", last_name="Schneider")
        campaign = Campaign(number="2026-080", name="Druckdienst")
        session.add_all([outgoing, sender, campaign])
        session.flush()
        action = CampaignAction(campaign_id=campaign.id, sequence=1, name="Brief", subject="Unser Angebot",
                                dossier_item_type_id=outgoing.id, sender_id=sender.id)
        people = [Person(code=f"K{n}", salutation=Salutation.MS, first_name=f"Vor{n}", last_name=f"Name{n}",
                         street=f"Hauptstraße {n}", postcode=postcode, city="Amsterdam" if " " in postcode else "Ort",
                         country="NL" if " " in postcode else "DE")
                  for n, postcode in enumerate(POSTCODES)]
        session.add(action)
        session.add_all(people)
        session.flush()
        members.add_persons(session.connection(), action.id, [p.id for p in people])
        return action.id


@pytest.fixture
def generated(db: Database, pipeline: PdfPipeline, tmp_path: Path) -> tuple[Database, int, int]:
    action = letter_action(db)
    run_id = run_plan.claim(db, action, {"template_file": str(TEMPLATE)}, resume=False)
    run.execute(db, run_id, pipeline, tmp_path / "alle.pdf")
    return db, action, run_id


def read_zip(path: Path) -> tuple[list[str], PdfReader, list[dict[str, str]]]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        pdf = PdfReader(io.BytesIO(archive.read(next(n for n in names if n.endswith(".pdf")))))
        manifest = archive.read("manifest.csv")
    assert manifest.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(manifest.decode("utf-8-sig")), delimiter=";"))
    return names, pdf, rows


def code_on(page: object) -> str:
    found = re.search(r"Zeichen:\s*(\d{5}-\d{5})", page.extract_text())  # type: ignore[attr-defined]
    return found.group(1) if found else ""


def test_the_zip_holds_the_combined_pdf_and_a_manifest_line_per_letter(generated: tuple[Database, int, int],
                                                                       tmp_path: Path) -> None:
    db, action, run_id = generated
    with db.engine.connect() as conn:
        assert print_service.exportable_run(conn, action) == run_id
    target = tmp_path / "druck.zip"
    result = print_service.export_zip(db, run_id, target)

    names, pdf, rows = read_zip(target)
    assert sorted(names) == ["druck.pdf", "manifest.csv"] and not (tmp_path / "druck.zip.part").exists()
    assert (result.letters, result.pages) == (len(POSTCODES), len(pdf.pages))
    assert [row["LetterID"] for row in rows] == [run_plan.letter_code(run_id, n) for n in range(1, 7)]
    starts = [int(row["StartPage"]) for row in rows]
    pages = [int(row["Pages"]) for row in rows]
    assert starts[0] == 1 and all(s + p == nxt for s, p, nxt in zip(starts, pages, starts[1:]))
    assert starts[-1] + pages[-1] - 1 == len(pdf.pages)
    for row in rows:  # each letter starts where the manifest says
        assert code_on(pdf.pages[int(row["StartPage"]) - 1]) == row["LetterID"]
    first = rows[0]
    assert (first["ContactCode"], first["Name"], first["Address1"], first["Address2"], first["Address3"]) == (
        "K0", "Vor0 Name0", "Frau Vor0 Name0", "Hauptstraße 0", "80331 Ort")
    dutch = rows[2]
    assert (dutch["Postcode"], dutch["City"], dutch["Country"], dutch["Address1"]) == (
        "1012 AB", "Amsterdam", "NL", "Mevrouw Vor2 Name2")
    assert dutch["Address4"] == "NIEDERLANDE"


def test_sorted_by_postcode_the_pdf_and_manifest_follow_the_postcodes(generated: tuple[Database, int, int],
                                                                      tmp_path: Path) -> None:
    db, _, run_id = generated
    print_service.export_zip(db, run_id, tmp_path / "sortiert.zip", sort_by_postcode=True)
    _, pdf, rows = read_zip(tmp_path / "sortiert.zip")
    # Equal postcodes (10115) keep their print order: K1 before K4.
    assert [row["ContactCode"] for row in rows] == ["K1", "K4", "K2", "K5", "K3", "K0"]
    assert [code_on(pdf.pages[int(row["StartPage"]) - 1]) for row in rows] == [row["LetterID"] for row in rows]


def test_a_cancelled_export_leaves_no_file(generated: tuple[Database, int, int], tmp_path: Path) -> None:
    db, _, run_id = generated
    with pytest.raises(Cancelled):
        print_service.export_zip(db, run_id, tmp_path / "druck.zip", cancel=lambda: True)
    assert list(tmp_path.glob("druck*")) == []


def test_a_run_without_archived_letters_is_refused(db: Database, tmp_path: Path) -> None:
    action = letter_action(db)
    with db.engine.connect() as conn:
        assert print_service.exportable_run(conn, action) is None
    run_id = run_plan.claim(db, action, {"template_file": str(TEMPLATE)}, resume=False)
    with pytest.raises(print_service.NoArchivedLetters):
        print_service.export_zip(db, run_id, tmp_path / "druck.zip")
    assert not (tmp_path / "druck.zip").exists()
