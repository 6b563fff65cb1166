"""SMS for a gateway: lengths in GSM-7 and UCS-2, E.164 numbers, the CSV, dossier items once."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.campaigns import members
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    Channel,
    Cost,
    DossierItem,
    DossierItemType,
    MassRun,
    MassRunItem,
    Person,
)
from desktop.db.models.enums import ItemState, RunStatus
from desktop.delivery import sms_export
from desktop.delivery.sms_export import (
    BadNumber,
    SmsTemplateError,
    check_text,
    normalise_mobile,
)
from desktop.delivery.sms_text import GSM_7, UCS_2, NumberProblem, SmsTemplate
from desktop.jobs import Cancelled
from desktop.merge import run_plan

TEXT = "Hallo {{ Vorname }}, Ihr Termin: {{ Kenmerk }}. Antwort mit STOP."


@pytest.mark.parametrize(("text", "encoding", "length", "parts"), [
    ("", GSM_7, 0, 0),
    ("a" * 160, GSM_7, 160, 1),
    ("a" * 161, GSM_7, 161, 2),  # 153 + 8
    ("a" * 306, GSM_7, 306, 2),
    ("a" * 307, GSM_7, 307, 3),
    ("Grüße aus Köln, Straße 1 & Co. @ 5 £", GSM_7, 36, 1),  # ä ö ü ß are in the basic table
    ("€" * 80, GSM_7, 160, 1),  # the euro sign takes two septets
    ("€" * 81, GSM_7, 162, 2),
    ("a" * 152 + "€" + "a" * 152, GSM_7, 306, 3),  # … and is not split across parts (152 | 2 + 151 | 1)
    ("[x]{y}^~|\\", GSM_7, 18, 1),  # 8 extension characters, 2 septets each
    ("„Angebot“", UCS_2, 9, 1),  # German quotes are not GSM-7
    ("ç" * 70, UCS_2, 70, 1),  # only capital Ç is in the table
    ("ç" * 71, UCS_2, 71, 2),
    ("Hallo 😀", UCS_2, 8, 1),  # an emoji is two UTF-16 units
    ("😀" * 35, UCS_2, 70, 1),
    ("a" * 66 + "😀", UCS_2, 68, 1),
    ("a" * 66 + "😀" + "a" * 66, UCS_2, 134, 3),  # an emoji is not split across parts either
])
def test_sms_length_counts_septets_or_utf16_units_and_parts(text: str, encoding: str, length: int,
                                                           parts: int) -> None:
    checked = check_text(text)
    assert (checked.encoding, checked.length, checked.parts) == (encoding, length, parts)
    assert checked.single_limit == (160 if encoding == GSM_7 else 70)


def test_the_characters_that_force_unicode_are_named() -> None:
    assert check_text("„Hallo“ 😀 „du“").unicode_characters == "„“😀"


@pytest.mark.parametrize(("number", "region", "e164"), [
    ("0176 12345678", "DE", "+4917612345678"),
    ("+49 (0)171 1234567", "DE", "+491711234567"),
    ("0049 151 23456789", "NL", "+4915123456789"),
    ("06-12345678", "NL", "+31612345678"),
    ("+31 6 1234 5678", "DE", "+31612345678"),
    ("0612345678", "nl", "+31612345678"),
    ("0176 12345678", "XX", "+4917612345678"),  # an unknown country reads as German
])
def test_mobile_numbers_become_e164(number: str, region: str, e164: str) -> None:
    assert normalise_mobile(number, region) == e164


@pytest.mark.parametrize(("number", "region", "problem"), [
    ("0221 1234567", "DE", NumberProblem.NOT_MOBILE),  # Köln landline
    ("020 123 4567", "NL", NumberProblem.NOT_MOBILE),  # Amsterdam landline
    ("12345", "DE", NumberProblem.INVALID),
    ("Handy", "DE", NumberProblem.INVALID),
])
def test_numbers_that_cannot_get_an_sms_are_refused(number: str, region: str, problem: NumberProblem) -> None:
    with pytest.raises(BadNumber) as refused:
        normalise_mobile(number, region)
    assert refused.value.problem is problem


def test_the_sms_template_knows_aliases_and_refuses_unknown_fields() -> None:
    template = SmsTemplate("Hoi {{ Voornaam }} & {{ Nachname }} <3")
    assert template.render({"Vorname": "Anke", "Nachname": "de Vries"}) == "Hoi Anke & de Vries <3"
    with pytest.raises(SmsTemplateError, match="Vornam"):
        SmsTemplate("Hallo {{ Vornam }}")
    with pytest.raises(SmsTemplateError):
        SmsTemplate("Hallo {{ Vorname }")
    with pytest.raises(SmsTemplateError):
        SmsTemplate("  ")


def sms_action(db: Database, text: str = TEXT, *, per_contact: bool = True) -> tuple[int, dict[str, int]]:
    """An SMS action: three usable mobiles, a landline, a bad number, a no-SMS flag, no mobile."""
    with db.session() as session:
        kind = DossierItemType(code="SMS", name="SMS")
        campaign = Campaign(number="2026-090", name="Erinnerung")
        session.add_all([kind, campaign])
        session.flush()
        action = CampaignAction(campaign_id=campaign.id, sequence=1, name="SMS-Erinnerung", channel=Channel.SMS,
                                subject="Terminerinnerung", sms_text=text, dossier_item_type_id=kind.id,
                                dossier_per_contact=per_contact, cost_per_contact=Decimal("0.09"))
        people = [
            Person(code="A1", first_name="Anna", last_name="Adler", mobile="0176 12345678"),
            Person(code="B2", first_name="Bram", last_name="Bakker", mobile="06 12345678", country="NL"),
            Person(code="C3", first_name="Clara", last_name="Cremer", mobile="+49 151 23456789"),
            Person(code="D4", first_name="Dirk", last_name="Dorn", mobile="0221 1234567"),
            Person(code="E5", first_name="Eva", last_name="Ernst", mobile="0176 1"),
            Person(code="F6", first_name="Frank", last_name="Fuchs", mobile="0176 99999999", no_sms=True),
            Person(code="G7", first_name="Gerd", last_name="Gans", mobile=""),
        ]
        session.add(action)
        session.add_all(people)
        session.flush()
        members.add_persons(session.connection(), action.id, [p.id for p in people])
        return action.id, {p.code: p.id for p in people}


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def test_the_export_writes_the_gateway_csv_and_lists_who_is_left_out(db: Database, tmp_path: Path) -> None:
    action, _ = sms_action(db)
    target = tmp_path / "sms.csv"
    result = sms_export.export_sms(db, action, target, today=dt.date(2026, 3, 2))

    rows = read_csv(target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and not (tmp_path / "sms.csv.part").exists()
    assert rows[0] == ["Number", "Text", "LetterID", "ContactCode", "Name"]
    codes = {code: run_plan.letter_code(result.run_id, n) for n, code in enumerate(["A1", "B2", "C3", "D4", "E5"], 1)}
    assert rows[1:] == [
        ["+4917612345678", f"Hallo Anna, Ihr Termin: {codes['A1']}. Antwort mit STOP.", codes["A1"], "A1", "Anna Adler"],
        ["+31612345678", f"Hallo Bram, Ihr Termin: {codes['B2']}. Antwort mit STOP.", codes["B2"], "B2", "Bram Bakker"],
        ["+4915123456789", f"Hallo Clara, Ihr Termin: {codes['C3']}. Antwort mit STOP.", codes["C3"], "C3",
         "Clara Cremer"],
    ]
    assert result.exported == 3
    assert sorted((o.contact_code, o.reason) for o in result.left_out) == [
        ("D4", "not_a_mobile"), ("E5", "invalid_number"), ("F6", "no_sms"), ("G7", "no_mobile")]
    assert result.too_long == []
    with db.engine.connect() as conn:
        states = dict(conn.execute(select(MassRunItem.letter_code, MassRunItem.state)
                                   .where(MassRunItem.run_id == result.run_id)).all())
        errors = dict(conn.execute(select(MassRunItem.letter_code, MassRunItem.error)
                                   .where(MassRunItem.state == ItemState.SKIPPED.value)).all())
        dossier = conn.execute(select(DossierItem.subject, DossierItem.text, DossierItem.person_id)
                               .where(DossierItem.action_id == action)).all()
        cost = conn.execute(select(Cost.amount, Cost.quantity).where(Cost.mass_run_id == result.run_id)).one()
        generated = conn.execute(select(CampaignAction.generated_at).where(CampaignAction.id == action)).scalar()
    assert [states[codes[c]] for c in ("A1", "B2", "C3", "D4", "E5")] == ["archived"] * 3 + ["skipped"] * 2
    assert errors == {codes["D4"]: "not_a_mobile", codes["E5"]: "invalid_number"}
    assert len(dossier) == 3 and {subject for subject, _, _ in dossier} == {"Terminerinnerung"}
    assert all(text.startswith("Hallo ") for _, text, _ in dossier)
    assert cost == (Decimal("0.27"), 3) and generated is not None


def test_a_second_export_writes_no_dossier_item_twice(db: Database, tmp_path: Path) -> None:
    action, _ = sms_action(db)
    first = sms_export.export_sms(db, action, tmp_path / "1.csv")
    with pytest.raises(run_plan.AlreadyGenerated):
        sms_export.export_sms(db, action, tmp_path / "2.csv")
    assert not (tmp_path / "2.csv").exists()
    again = sms_export.export_sms(db, action, tmp_path / "3.csv", again=True)
    with db.engine.connect() as conn:
        dossier = conn.execute(select(func.count()).select_from(DossierItem)).scalar_one()
        costs = conn.execute(select(func.count()).select_from(Cost)).scalar_one()
    assert (first.exported, again.exported, dossier, costs) == (3, 3, 6, 2)  # again: as asked, once more


def test_a_cancelled_export_is_resumed_without_writing_anything_twice(db: Database, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sms_export, "CHUNK", 2)
    action, _ = sms_action(db)
    target = tmp_path / "sms.csv"
    calls = iter([False, True])  # the clerk cancels after the first chunk
    with pytest.raises(Cancelled):
        sms_export.export_sms(db, action, target, cancel=lambda: next(calls, True))
    assert not target.exists() and not target.with_name("sms.csv.part").exists()
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(DossierItem)).scalar_one() == 2
        assert conn.execute(select(MassRun.status)).scalar_one() == RunStatus.CANCELLED.value
    result = sms_export.export_sms(db, action, target, resume=True)
    rows = read_csv(target)
    with db.engine.connect() as conn:
        dossier = conn.execute(select(func.count()).select_from(DossierItem)).scalar_one()
        cost = conn.execute(select(Cost.quantity)).scalar_one()
    assert [row[3] for row in rows[1:]] == ["A1", "B2", "C3"]  # the CSV holds the whole run
    assert (result.exported, dossier, cost) == (3, 3, 3)
    assert sorted(o.contact_code for o in result.left_out) == ["D4", "E5", "F6", "G7"]


def test_flags_set_after_the_target_group_was_made_still_count(db: Database, tmp_path: Path) -> None:
    action, people = sms_action(db)
    with db.engine.begin() as conn:
        conn.execute(update(Person).where(Person.id == people["A1"]).values(no_sms=True))
    result = sms_export.export_sms(db, action, tmp_path / "sms.csv")
    assert result.exported == 2 and ("A1", "no_sms") in {(o.contact_code, o.reason) for o in result.left_out}


def test_long_texts_are_reported_with_their_length(db: Database, tmp_path: Path) -> None:
    action, _ = sms_action(db, "{{ Vorname }}: " + "Bitte rufen Sie uns an. " * 6 + "„Danke“")
    result = sms_export.export_sms(db, action, tmp_path / "sms.csv")
    assert result.exported == 3
    assert [(t.contact_code, t.length.encoding, t.length.parts) for t in result.too_long] == [
        ("A1", UCS_2, 3), ("B2", UCS_2, 3), ("C3", UCS_2, 3)]
    assert result.too_long[0].length.length == len("Anna: ") + 24 * 6 + 7


def test_one_dossier_item_for_the_action_when_the_action_says_so(db: Database, tmp_path: Path) -> None:
    action, _ = sms_action(db, per_contact=False)
    sms_export.export_sms(db, action, tmp_path / "sms.csv")
    with db.engine.connect() as conn:
        items = conn.execute(select(DossierItem.person_id, DossierItem.text)).all()
    assert items == [(None, "3")]


def test_an_action_without_sms_text_or_of_another_channel_is_refused(db: Database, tmp_path: Path) -> None:
    action, _ = sms_action(db, "")
    with pytest.raises(SmsTemplateError):
        sms_export.export_sms(db, action, tmp_path / "sms.csv")
    with db.engine.begin() as conn:
        conn.execute(update(CampaignAction).where(CampaignAction.id == action).values(channel=Channel.LETTER,
                                                                                     sms_text=TEXT))
    with pytest.raises(sms_export.NotAnSmsAction):
        sms_export.export_sms(db, action, tmp_path / "sms.csv")
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(MassRun)).scalar_one() == 0
