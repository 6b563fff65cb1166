"""``kampagnen action generate`` as a clerk runs it: letters, archive, a second run, printing."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest
from cli_process import run_kampagnen
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import DossierItem
from desktop.merge.converter import find_libreoffice

pytestmark = pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")


def kampagnen(tmp_path: Path, database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return run_kampagnen(home, "--database", str(database), *args)


def dossier_items(database: Path) -> int:
    db = Database(database)
    try:
        with db.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(DossierItem).where(
                DossierItem.action_id.is_not(None), DossierItem.campaign_id == 2)).scalar_one()
    finally:
        db.dispose()


def test_generate_writes_the_letters_once_and_again_only_when_asked(tmp_path: Path, demo_file: Path) -> None:
    linked = kampagnen(tmp_path, demo_file, "action", "add-selection", _campaign_2(), "1", "Interessenten Amsterdam")
    assert linked.returncode == 0, linked.stderr
    dry = kampagnen(tmp_path, demo_file, "action", "generate", _campaign_2(), "1", "--dry-run")
    letters = int(dry.stdout.split()[0])
    assert dry.returncode == 0 and letters > 0 and dossier_items(demo_file) == 0

    pdf = tmp_path / "briefe.pdf"
    done = kampagnen(tmp_path, demo_file, "action", "generate", _campaign_2(), "1", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert f"{letters} letters ({letters} pages) generated" in done.stdout
    assert len(PdfReader(pdf).pages) == letters and dossier_items(demo_file) == letters

    again = kampagnen(tmp_path, demo_file, "action", "generate", _campaign_2(), "1", "--pdf", str(pdf))
    assert again.returncode == 1 and "--again" in again.stderr
    assert dossier_items(demo_file) == letters


def test_an_imported_template_by_name_and_one_pdf_per_letter(tmp_path: Path, demo_file: Path) -> None:
    from desktop.paths import resources_dir  # noqa: PLC0415

    sample = resources_dir() / "templates" / "Zakelijke_brief_nl.docx"
    imported = kampagnen(tmp_path, demo_file, "template", "import", str(sample), "--name", "Brief NL")
    assert imported.returncode == 0, imported.stderr
    assert kampagnen(tmp_path, demo_file, "action", "add-selection", _campaign_2(), "1",
                     "Interessenten Amsterdam").returncode == 0
    folder = tmp_path / "brieven"
    done = kampagnen(tmp_path, demo_file, "action", "generate", _campaign_2(), "1", "--template", "brief nl",
                     "--letters", str(folder))
    assert done.returncode == 0, done.stderr
    files = sorted(folder.glob("*.pdf"))
    assert files and len(files) == dossier_items(demo_file)
    assert f"{len(files)} letters generated, one PDF each in {folder}" in done.stdout
    first = files[0]
    code = first.name[:11]
    text = PdfReader(first).pages[0].extract_text()
    assert re.fullmatch(r"\d{5}-\d{5}", code) and code in text and "Geachte" in text  # the Dutch letter


def test_generate_prints_on_the_cups_queue(tmp_path: Path, demo_file: Path, test_printer) -> None:  # noqa: ANN001
    assert kampagnen(tmp_path, demo_file, "action", "add-selection", _campaign_2(), "1",
                     "Interessenten Amsterdam").returncode == 0
    before = set(test_printer.out_dir.glob("*.pdf"))
    done = kampagnen(tmp_path, demo_file, "action", "generate", _campaign_2(), "1", "--pdf",
                     str(tmp_path / "b.pdf"), "--print", test_printer.name)
    assert done.returncode == 0, done.stderr
    letters = len(PdfReader(tmp_path / "b.pdf").pages)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not set(test_printer.out_dir.glob("*.pdf")) - before:
        time.sleep(0.5)
    printed = sorted(set(test_printer.out_dir.glob("*.pdf")) - before)
    assert printed, "cups-pdf wrote nothing"
    time.sleep(1)  # cups-pdf writes the file in place: let it finish
    assert len(PdfReader(printed[-1]).pages) == letters


def test_an_unknown_printer_is_named_before_anything_is_written(tmp_path: Path, demo_file: Path) -> None:
    assert kampagnen(tmp_path, demo_file, "action", "add-selection", _campaign_2(), "1",
                     "Interessenten Amsterdam").returncode == 0
    refused = kampagnen(tmp_path, demo_file, "action", "generate", _campaign_2(), "1", "--print", "Gibtsnicht")
    assert refused.returncode == 1 and "Gibtsnicht" in refused.stderr
    assert dossier_items(demo_file) == 0


def _campaign_2() -> str:
    import datetime as dt  # noqa: PLC0415

    return f"{dt.date.today().year}-002"


@pytest.mark.parametrize("kill_after", [1, 3])
def test_a_killed_run_resumed_ends_as_an_uninterrupted_one(tmp_path: Path, demo_file: Path, kill_after: int) -> None:
    """The process is killed (SIGKILL, no clean-up) after some chunks; --resume finishes."""
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    # Small chunks, each converted on its own, so the run can be killed between chunks
    # (and possibly inside one).
    (home / "config" / "settings.json").write_text('{"letters_per_chunk": 4, "chunks_per_call": 1}',
                                                    encoding="utf-8")
    assert kampagnen(tmp_path, demo_file, "action", "add-selection", _campaign_2(), "1",
                     "Interessenten Amsterdam").returncode == 0
    letters = int(kampagnen(tmp_path, demo_file, "action", "generate", _campaign_2(), "1", "--dry-run")
                  .stdout.split()[0])
    assert letters > 3 * 4
    pdf = tmp_path / "alle.pdf"
    from cli_process import ROOT  # noqa: PLC0415
    import os  # noqa: PLC0415
    import sys  # noqa: PLC0415

    env = {**os.environ, "KAMPAGNEN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--lang", "en", "--database", str(demo_file), "action", "generate",
         _campaign_2(), "1", "--pdf", str(pdf)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and dossier_items(demo_file) < kill_after * 4 and process.poll() is None:
        time.sleep(0.05)
    process.kill()
    process.wait()
    assert dossier_items(demo_file) < letters, "the run finished before it could be killed"

    resumed = kampagnen(tmp_path, demo_file, "action", "generate", _campaign_2(), "1", "--pdf", str(pdf), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert dossier_items(demo_file) == letters
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    codes = [re.search(r"Zeichen:\s*(\d{5}-\d{5})", text).group(1) for text in pages]
    assert len(codes) == letters and len(set(codes)) == letters and codes == sorted(codes)
