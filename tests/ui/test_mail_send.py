"""*E-Mails senden* and *SMS exportieren* from the action list, against a real SMTP server."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "delivery"))
from smtp_servers import Collect, Refusing, smtp_server  # noqa: E402

from desktop.campaigns import members  # noqa: E402
from desktop.context import AppContext  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.db.models import (  # noqa: E402
    Campaign,
    CampaignAction,
    Channel,
    DossierItemType,
    Employee,
    Person,
)
from desktop.settings import Settings  # noqa: E402
from desktop.ui import export_run, mail_send_run  # noqa: E402
from desktop.ui.mail_send_dialog import MailSendDialog  # noqa: E402

PEOPLE = 4


def action(db: Database, channel: Channel) -> int:
    """An e-mail or SMS action with four members who get it, one flagged, one broken."""
    with db.session() as session:
        outgoing = DossierItemType(code="AUSG", name="Ausgangspost")
        sender = Employee(code="MA1", first_name="Thomas", last_name="Schneider", email="t.schneider@example.org")
        campaign = Campaign(number="2026-079", name="Sommer")
        session.add_all([outgoing, sender, campaign])
        session.flush()
        row = CampaignAction(campaign_id=campaign.id, sequence=1, name="Rundschreiben", channel=channel,
                             sender_id=sender.id, subject="Hallo {{ Vorname }}", dossier_item_type_id=outgoing.id,
                             mail_text="{{ Briefanrede }}\nbis bald\n", sms_text="Hallo {{ Vorname }}, bis bald!")
        people = [Person(code=f"{n:04d}", first_name=f"Vor{n}", last_name=f"Name{n}", email=f"p{n}@example.org",
                         mobile=f"0151 2345678{n}") for n in range(PEOPLE)]
        flagged = Person(code="0100", first_name="Flag", last_name="Later", email="flag@example.org",
                         mobile="0151 23456999")
        broken = Person(code="0101", first_name="Bad", last_name="Dots", email="bad..dots@example.org",
                        mobile="12")
        session.add(row)
        session.add_all([*people, flagged, broken])
        session.flush()
        members.add_persons(session.connection(), row.id, [p.id for p in [*people, flagged, broken]])
        flagged.no_email = flagged.no_sms = True  # set after linking: still left out
        return row.id


def context(db: Database, port: int = 0) -> AppContext:
    settings = Settings()
    settings.set("smtp_host", "127.0.0.1" if port else "")
    settings.set("smtp_port", port or 587)
    settings.set("smtp_security", "none")
    return AppContext(settings, db, language="en")


def test_the_dialog_lists_who_gets_no_mail_and_needs_a_mail_server(english, qtbot, sqlite_db: Database) -> None:  # noqa: ANN001
    action_id = action(sqlite_db, Channel.EMAIL)
    dialog = MailSendDialog(context(sqlite_db), action_id)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 1).text(): dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert rows["Flag Later"] == "wants no e-mails"
    assert rows["Bad Dots"].startswith("not a valid e-mail address")
    assert dialog.summary.text() == f"{PEOPLE} members get the e-mail."
    assert "No mail server" in dialog.server.text() and not dialog.send_button.isEnabled()


def test_sending_from_the_window_and_sending_again_the_refused_one(english, qtbot, sqlite_db: Database, message_boxes,
                                                                    monkeypatch) -> None:  # noqa: ANN001
    action_id = action(sqlite_db, Channel.EMAIL)
    choices = iter([lambda d: None, lambda d: (d.also_refused.setChecked(True), d._retry())])

    def choose(dialog: MailSendDialog) -> int:
        step = next(choices)
        if step(dialog) is None and not dialog.retry:
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(MailSendDialog, "exec", choose)
    refusing = Refusing({"p2@example.org"})
    with smtp_server(refusing) as smtp:
        message_boxes.answer("OK")
        assert mail_send_run.send_mails(context(sqlite_db, smtp.port), None, action_id)
    first = message_boxes.last
    assert first.text == "3 e-mails sent; 1 failed; 0 may have arrived; 2 left out."
    assert sorted(refusing.to()) == ["p0@example.org", "p1@example.org", "p3@example.org"]
    accepting = Collect()
    with smtp_server(accepting) as smtp:
        message_boxes.answer("OK")
        assert mail_send_run.send_mails(context(sqlite_db, smtp.port), None, action_id)
    assert accepting.to() == ["p2@example.org"]  # only the refused one, nobody twice
    assert message_boxes.last.text.startswith(f"{PEOPLE} e-mails sent; 0 failed")


def test_sms_export_from_the_window(english, qtbot, sqlite_db: Database, message_boxes, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    action_id = action(sqlite_db, Channel.SMS)
    target = tmp_path / "sms.csv"
    monkeypatch.setattr(export_run.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    message_boxes.answer("OK")
    assert export_run.export_sms(context(sqlite_db), None, action_id)
    assert message_boxes.last.text.startswith(f"{PEOPLE} SMS written to {target}; 2 contacts left out")
    with target.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert len(rows) == PEOPLE + 1 and rows[1][0].startswith("+49151")
    assert rows[1][1] == "Hallo Vor0, bis bald!"


def test_print_service_zip_after_a_mass_print(english, qtbot, sqlite_db: Database, message_boxes, monkeypatch,
                                              tmp_path: Path) -> None:  # noqa: ANN001
    from test_print_service import POSTCODES, TEMPLATE, letter_action, read_zip  # noqa: PLC0415

    from desktop.merge import run, run_plan  # noqa: PLC0415
    from desktop.merge.pdf import PdfPipeline  # noqa: PLC0415

    action_id = letter_action(sqlite_db)
    run_id = run_plan.claim(sqlite_db, action_id, {"template_file": str(TEMPLATE)}, resume=False)
    run.execute(sqlite_db, run_id, PdfPipeline.find(tmp_path / "lo", chunk_size=4), tmp_path / "alle.pdf")
    target = tmp_path / "druckdienst.zip"
    monkeypatch.setattr(export_run.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    message_boxes.answer("Yes", "OK")
    assert export_run.export_print_service(context(sqlite_db), None, action_id)
    assert message_boxes.last.text.startswith(f"{len(POSTCODES)} letters ({len(POSTCODES)} pages) saved")
    _names, pdf, rows = read_zip(target)
    assert len(pdf.pages) == len(rows) == len(POSTCODES)
    assert [row["Postcode"] for row in rows] == sorted(POSTCODES)  # sorted for the postage discount
