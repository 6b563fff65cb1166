"""The whole mass print as the clerk orders it: outputs, duplex, a printer that fails or vanishes.

Real LibreOffice, a real CUPS queue (``KampagnenPDF``, set up by ``tests/run``) and a
second real queue that a test deletes while the run works.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from test_run import LETTERS, TEMPLATE, counts, letter_action, letter_codes_in

from desktop.db.engine import Database
from desktop.db.models import MassRun, MassRunItem
from desktop.delivery import printing
from desktop.jobs import Cancelled
from desktop.merge import mass_print, run_plan
from desktop.merge.converter import find_libreoffice
from desktop.merge.pdf import PdfPipeline

pytestmark = pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> PdfPipeline:
    return PdfPipeline.find(tmp_path_factory.mktemp("lo"), processes=2, chunk_size=4, chunks_per_call=1)


def admin(*args: str) -> None:
    """A CUPS admin command (lpadmin, cupsdisable need root; CI has passwordless sudo)."""
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    subprocess.run([*prefix, *args], check=True, capture_output=True)


def run_state(db: Database, run_id: int) -> tuple[str, set[str]]:
    with db.engine.connect() as conn:
        status = conn.execute(select(MassRun.status).where(MassRun.id == run_id)).scalar_one()
        states = set(conn.execute(select(MassRunItem.state).where(MassRunItem.run_id == run_id)).scalars())
    return getattr(status, "value", status), states


def order(tmp_path: Path, **options: object) -> mass_print.Order:
    return mass_print.Order({"template_file": str(TEMPLATE), **options}, tmp_path / "alle.pdf",
                            resume=bool(options.pop("resume", False)))


def test_one_pdf_per_letter_named_by_letter_id_and_recipient(db: Database, pipeline: PdfPipeline,
                                                             tmp_path: Path) -> None:
    action = letter_action(db)
    folder = tmp_path / "Briefe"
    outcome = mass_print.generate(db, action, order(tmp_path, output=mass_print.LETTERS, folder=str(folder)),
                                  pipeline)

    run_id = outcome.result.run_id
    names = sorted(path.name for path in folder.iterdir())
    assert names == [f"{run_plan.letter_code(run_id, n + 1)}_Name{n:02d}_Vor{n}.pdf" for n in range(LETTERS)]
    assert outcome.files == [folder / name for name in names]
    third = PdfReader(folder / names[2])
    assert len(third.pages) == 1 and "Name02" in third.pages[0].extract_text()
    assert not (tmp_path / "alle.pdf").exists()  # only what the clerk asked for
    assert counts(db)[0] == LETTERS and run_state(db, run_id) == ("finished", {"archived"})


def test_duplex_gives_each_one_page_letter_a_blank_back(db: Database, pipeline: PdfPipeline, tmp_path: Path) -> None:
    action = letter_action(db)
    outcome = mass_print.generate(db, action, order(tmp_path, output=mass_print.PDF, duplex=True), pipeline)

    reader = PdfReader(outcome.result.combined)
    assert outcome.result.pages == len(reader.pages) == 2 * LETTERS
    fronts = [page.extract_text() for page in reader.pages[0::2]]
    backs = [page.extract_text().strip() for page in reader.pages[1::2]]
    assert all("Unser Angebot" in text for text in fronts) and backs == [""] * LETTERS
    assert {tuple(page.mediabox) for page in reader.pages} == {tuple(reader.pages[0].mediabox)}


def test_a_duplex_run_resumed_is_put_together_with_the_same_blank_backs(
        db: Database, pipeline: PdfPipeline, tmp_path: Path) -> None:
    action = letter_action(db)
    stop_at = 2 * pipeline.chunk_size
    with pytest.raises(Cancelled):  # the clerk stops once two chunks are archived
        mass_print.generate(db, action, order(tmp_path, output=mass_print.PDF, duplex=True), pipeline,
                            cancel=lambda: counts(db)[0] >= stop_at)
    outcome = mass_print.generate(db, action, order(tmp_path, output=mass_print.PDF, duplex=True, resume=True),
                                  pipeline)

    reader = PdfReader(outcome.result.combined)
    assert len(reader.pages) == 2 * LETTERS
    assert letter_codes_in(outcome.result.combined)[0::2] == [
        run_plan.letter_code(outcome.result.run_id, n) for n in range(1, LETTERS + 1)]


def test_the_printer_refusing_the_job_pauses_the_run_and_another_go_prints_it(
        db: Database, pipeline: PdfPipeline, tmp_path: Path, test_printer, read_output) -> None:
    action = letter_action(db)
    admin("cupsdisable", "-r", "Papierstau", test_printer.name)
    try:
        with pytest.raises(mass_print.RunPaused) as paused:
            mass_print.generate(db, action, order(tmp_path, output=mass_print.PRINT, printer=test_printer.name),
                                pipeline)
    finally:
        admin("cupsenable", test_printer.name)
    run_id = paused.value.run_id
    assert paused.value.letters_done and isinstance(paused.value.error, printing.PrinterPaused)
    assert run_state(db, run_id) == ("paused", {"archived"})
    with db.engine.connect() as conn:
        unfinished = run_plan.unfinished(conn, action)
    assert unfinished is not None and (unfinished.id, unfinished.done) == (run_id, LETTERS)

    outcome = mass_print.generate(
        db, action, order(tmp_path, output=mass_print.PRINT, printer=test_printer.name, resume=True), pipeline)

    assert outcome.job is not None and outcome.result.run_id == run_id
    assert counts(db) == (LETTERS, LETTERS, 1)  # nothing made twice
    assert run_state(db, run_id) == ("finished", {"printed"})
    # cups-pdf's file has no readable text (see tests/delivery): its pages count, the PDF sent tells the order.
    assert len(read_output(outcome.job).pages) == LETTERS
    assert letter_codes_in(outcome.result.combined) == [run_plan.letter_code(run_id, n) for n in range(1, LETTERS + 1)]


def test_a_printer_that_vanishes_mid_run_pauses_it_and_the_clerk_picks_another(
        db: Database, pipeline: PdfPipeline, tmp_path: Path, test_printer, read_output,
        monkeypatch: pytest.MonkeyPatch) -> None:
    action = letter_action(db)
    vanishing = f"Kampagnen-Weg-{uuid.uuid4().hex[:6]}"
    admin("lpadmin", "-p", vanishing, "-E", "-v", "file:///dev/null")
    monkeypatch.setattr(mass_print, "PRINTER_CHECK_SECONDS", 0.0)
    removed = []

    def progress(done: int, _total: int, _what: str) -> None:
        if done >= pipeline.chunk_size and not removed:  # someone unplugs it after the first chunk
            admin("lpadmin", "-x", vanishing)
            removed.append(done)

    try:
        with pytest.raises(mass_print.RunPaused) as paused:
            mass_print.generate(db, action, order(tmp_path, output=mass_print.PRINT, printer=vanishing), pipeline,
                                progress=progress)
    finally:
        if not removed:
            admin("lpadmin", "-x", vanishing)
    run_id = paused.value.run_id
    assert not paused.value.letters_done and isinstance(paused.value.error, printing.PrinterNotFound)
    status, states = run_state(db, run_id)
    assert status == "paused" and "archived" in states and states - {"archived"}  # stopped part-way
    assert 0 < counts(db)[0] < LETTERS

    outcome = mass_print.generate(
        db, action, order(tmp_path, output=mass_print.PRINT, printer=test_printer.name, resume=True), pipeline)

    assert outcome.job is not None and outcome.job.printer == test_printer.name
    assert counts(db) == (LETTERS, LETTERS, 1)
    assert run_state(db, run_id) == ("finished", {"printed"})
    with db.engine.connect() as conn:
        kept = conn.execute(select(MassRun.options).where(MassRun.id == run_id)).scalar_one()
    assert kept["printer"] == test_printer.name  # the run remembers where it went in the end
    assert len(read_output(outcome.job).pages) == LETTERS
    assert letter_codes_in(outcome.result.combined) == [run_plan.letter_code(run_id, n) for n in range(1, LETTERS + 1)]


def test_a_printer_that_does_not_exist_starts_nothing(db: Database, pipeline: PdfPipeline, tmp_path: Path) -> None:
    action = letter_action(db)
    with pytest.raises(printing.PrinterNotFound):
        mass_print.generate(db, action, order(tmp_path, output=mass_print.PRINT, printer="Gibt-es-nicht"), pipeline)
    assert counts(db) == (0, 0, 0)
    with db.engine.connect() as conn:
        assert run_plan.unfinished(conn, action) is None
