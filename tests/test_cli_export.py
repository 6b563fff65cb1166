"""``kampagnen action export-print-service`` and ``export-sms`` as a clerk runs them."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from test_cli_generate import kampagnen

from desktop.db.engine import Database
from desktop.db.models import ActionMember, CampaignAction, Channel, DossierItem, Person
from desktop.merge.converter import find_libreoffice

CAMPAIGN = f"{dt.date.today().year}-002"
SELECTION = "Interessenten Amsterdam"


def sms_action(database: Path, tmp_path: Path) -> str:
    """A new SMS action of the campaign to the selection, one of them with a landline as mobile."""
    added = kampagnen(tmp_path, database, "action", "add", CAMPAIGN, "SMS", "--channel", "sms")
    assert added.returncode == 0, added.stderr
    sequence = added.stdout.split()[1]  # "Action 3 “SMS” added …"
    db = Database(database)
    try:
        with db.engine.begin() as conn:
            conn.execute(update(CampaignAction).where(CampaignAction.sequence == int(sequence), CampaignAction.channel == Channel.SMS)
                         .values(sms_text="Hallo {{ Voornaam }}, bis morgen! {{ BriefID }}"))
            conn.execute(update(Person).values(mobile="0176 12345678", country="DE", no_sms=False))
    finally:
        db.dispose()
    linked = kampagnen(tmp_path, database, "action", "add-selection", CAMPAIGN, sequence, SELECTION)
    assert linked.returncode == 0, linked.stderr
    db = Database(database)
    try:
        with db.engine.begin() as conn:  # a landline entered as mobile, noticed only at export
            first = conn.execute(select(ActionMember.person_id).join(CampaignAction, CampaignAction.id == ActionMember.action_id).where(
                CampaignAction.sequence == int(sequence), CampaignAction.channel == Channel.SMS).limit(1)).scalar_one()
            conn.execute(update(Person).where(Person.id == first).values(mobile="0221 1234567"))
    finally:
        db.dispose()
    return sequence


def dossier_items(database: Path) -> int:
    db = Database(database)
    try:
        with db.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(DossierItem).where(
                DossierItem.action_id.is_not(None))).scalar_one()
    finally:
        db.dispose()


def test_export_sms_writes_the_csv_once_and_names_who_is_left_out(tmp_path: Path, demo_file: Path) -> None:
    sequence = sms_action(demo_file, tmp_path)
    before = dossier_items(demo_file)  # the demo has a history
    target = tmp_path / "sms.csv"
    done = kampagnen(tmp_path, demo_file, "action", "export-sms", CAMPAIGN, sequence, str(target))
    assert done.returncode == 0, done.stderr
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    assert rows and all(row[0] == "+4917612345678" and row[1].startswith("Hallo ") for row in rows)
    assert f"{len(rows)} SMS written to {target}" in done.stdout
    assert dossier_items(demo_file) == before + len(rows)
    left = [line for line in done.stdout.splitlines() if line.startswith("Left out:")]
    assert any("not a mobile number" in line for line in left)

    again = kampagnen(tmp_path, demo_file, "action", "export-sms", CAMPAIGN, sequence, str(tmp_path / "2.csv"))
    assert again.returncode == 1 and "--again" in again.stderr
    assert dossier_items(demo_file) == before + len(rows) and not (tmp_path / "2.csv").exists()


def test_export_sms_of_a_letter_action_and_print_service_without_letters_are_refused(
        tmp_path: Path, demo_file: Path) -> None:
    refused = kampagnen(tmp_path, demo_file, "action", "export-sms", CAMPAIGN, "1", str(tmp_path / "s.csv"))
    assert refused.returncode == 1 and "not an SMS action" in refused.stderr
    no_letters = kampagnen(tmp_path, demo_file, "action", "export-print-service", CAMPAIGN, "1",
                           str(tmp_path / "d.zip"))
    assert no_letters.returncode == 1 and "no generated letters yet" in no_letters.stderr
    assert not (tmp_path / "d.zip").exists()


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_export_print_service_packs_the_generated_letters(tmp_path: Path, demo_file: Path) -> None:
    assert kampagnen(tmp_path, demo_file, "action", "add-selection", CAMPAIGN, "1", SELECTION).returncode == 0
    before = dossier_items(demo_file)
    generated = kampagnen(tmp_path, demo_file, "action", "generate", CAMPAIGN, "1", "--pdf", str(tmp_path / "b.pdf"))
    assert generated.returncode == 0, generated.stderr
    target = tmp_path / "druckerei.zip"
    done = kampagnen(tmp_path, demo_file, "action", "export-print-service", CAMPAIGN, "1", str(target),
                     "--sort-postcode")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["druckerei.pdf", "manifest.csv"]
        lines = archive.read("manifest.csv").decode("utf-8-sig").splitlines()
    assert len(lines) - 1 == dossier_items(demo_file) - before
    assert f"{len(lines) - 1} letters" in done.stdout
