"""``kampagnen template`` as an admin runs it: a real process on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli_process import run_kampagnen
from docx import Document

from desktop.db.engine import Database
from desktop.merge import templates


def letter(path: Path, greeting: str) -> Path:
    doc = Document()
    doc.add_paragraph("{{ Adressblock }}")
    doc.add_paragraph(greeting)
    doc.save(str(path))
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def kampagnen(home: Path, db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    return run_kampagnen(home, "--database", db.url.render_as_string(hide_password=False), "template", *args)


def test_import_prints_the_findings_with_their_places(db: Database, home: Path, tmp_path: Path) -> None:
    path = letter(tmp_path / "Brief_nl.docx", "Beste {{ Voornam }},")

    done = kampagnen(home, db, "import", str(path), "--name", "Nieuwsbrief")

    [row] = templates.list_templates(db)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [
        f"Template “Nieuwsbrief” imported as version 1 (id {row.id}).",
        "The check found:",
        "  Body text, paragraph 2: unknown field «Voornam» — did you mean «Vorname»?",
    ]
    assert (row.name, row.language) == ("Nieuwsbrief", "nl")

    listed = kampagnen(home, db, "list")
    assert listed.stdout.splitlines()[0].split() == ["Name", "Language", "Version", "Imported", "By", "Problems"]
    assert listed.stdout.splitlines()[1].startswith("Nieuwsbrief  nl        1")
    assert listed.stdout.splitlines()[1].endswith("1")

    checked = kampagnen(home, db, "check", "nieuwsbrief")
    assert checked.returncode == 1  # an error that spoils letters
    assert "unknown field «Voornam»" in checked.stdout


def test_a_broken_file_and_a_taken_name_are_refused(db: Database, home: Path, tmp_path: Path) -> None:
    good = letter(tmp_path / "Brief.docx", "Hallo {{ Vorname }},")
    assert kampagnen(home, db, "import", str(good)).returncode == 0
    broken = letter(tmp_path / "Kaputt.docx", "Hallo {{ Vorname }")

    refused = kampagnen(home, db, "import", str(broken))
    taken = kampagnen(home, db, "import", str(good))

    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.splitlines()[0] == (
        f"{broken} was not imported: its merge fields cannot be read. Correct them in Word and import the file again.")
    assert refused.stderr.splitlines()[1].startswith("Body text, paragraph 2: a field is broken apart")
    assert taken.returncode == 1
    assert taken.stderr.strip() == "There is already a template named “Brief”. Choose another name with --name."
    assert [r.name for r in templates.list_templates(db)] == ["Brief"]
    ok = kampagnen(home, db, "check", "Brief")
    assert (ok.returncode, ok.stdout.strip()) == (0, "Template “Brief” version 1: no problems.")
