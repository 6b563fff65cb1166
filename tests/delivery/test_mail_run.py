"""The e-mail run against real SMTP servers on loopback: what arrives, states, retries, crashes."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.campaigns import members
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    Channel,
    Document,
    DossierItem,
    DossierItemType,
    Employee,
    MassRunItem,
    Person,
)
from desktop.db.models.enums import Salutation
from desktop.delivery import mail_record, mail_run
from desktop.delivery.mail_check import check_addresses
from desktop.delivery.mail_run import MailJob
from desktop.delivery.smtp_client import ConnectError, SmtpSender, SmtpSettings
from desktop.merge import run_plan
from desktop.merge.converter import find_libreoffice
from desktop.merge.pdf import PdfPipeline
from desktop.paths import resources_dir

sys.path.insert(0, str(Path(__file__).parent))
from smtp_servers import (
    Collect,
    Dropping,
    DroppingAfterData,
    Greylisting,
    Refusing,
    free_port,
    smtp_server,
)

PEOPLE = 6  # mailable; two more are left out (flag, invalid address)
TEMPLATE = resources_dir() / "templates" / "Geschaeftsbrief_de.docx"


def address(n: int) -> str:
    return f"person{n}@example.org"


def mail_action(db: Database, *, attach: bool = False) -> int:
    with db.session() as session:
        outgoing = DossierItemType(code="AUSG", name="Ausgangspost")
        sender = Employee(code="MA1", first_name="Thomas", last_name="Schneider", email="t.schneider@example.org")
        campaign = Campaign(number="2026-078", name="Frühjahr & Sommer")
        session.add_all([outgoing, sender, campaign])
        session.flush()
        action = CampaignAction(
            campaign_id=campaign.id, sequence=1, name="Mail", channel=Channel.EMAIL, sender_id=sender.id,
            subject="Angebot für {{ Vorname }} {{ achternaam }}", dossier_item_type_id=outgoing.id,
            mail_text="{{ Briefanrede }}\nIhr Zeichen {{ BriefID }}\n", reply_to="antwort@example.org",
            mail_html="<p>{{ Briefanrede }}</p><p>{{ Firma }}</p>", mail_attach_letter=attach)
        people = [Person(code=f"{n:04d}", salutation=Salutation.MS, first_name=f"Vor{n}", last_name=f"Name{n:02d}",
                         email=address(n), street="Hauptstraße 1", postcode="50667", city="Köln")
                  for n in range(PEOPLE)]
        people[2].last_name = 'O\'Brien & <Söhne> "Q"'
        later_flagged = Person(code="0100", first_name="Flag", last_name="Later", email="flag@example.org")
        invalid = Person(code="0101", first_name="Bad", last_name="Dots", email="bad..dots@example.org")
        session.add(action)
        session.add_all([*people, later_flagged, invalid])
        session.flush()
        members.add_persons(session.connection(), action.id, [p.id for p in [*people, later_flagged, invalid]])
        later_flagged.no_email = True  # set after linking: the run must still leave the person out
        return action.id


def states(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(Person.email, MassRunItem.state).join(Person, Person.id == MassRunItem.person_id))
        return {email: state for email, state in rows}


def job(smtp: SmtpSettings, **kwargs: object) -> MailJob:
    return MailJob(smtp, **kwargs)  # type: ignore[arg-type]


def test_each_recipient_gets_one_personal_mail_archived_with_a_dossier_item(db: Database) -> None:
    action = mail_action(db)
    handler = Collect()
    with smtp_server(handler, per_connection=4) as smtp:
        result = mail_run.send_action(db, action, job(smtp))

    assert result.sent == PEOPLE and not result.failed and not result.uncertain
    assert sorted((o.code, o.reason.split(":")[0]) for o in result.skipped) == [
        ("0100", "no_email"), ("0101", "invalid_address")]
    assert sorted(handler.to()) == sorted(address(n) for n in range(PEOPLE))
    assert handler.connections == 2  # 6 mails, 4 per connection
    by_to = {m["To"].addresses[0].addr_spec: m for m in handler.messages}
    mail = by_to[address(2)]
    assert mail["From"].addresses[0].addr_spec == "t.schneider@example.org"
    assert str(mail["From"].addresses[0].display_name) == "Thomas Schneider"
    assert mail["Reply-To"] == "antwort@example.org"
    assert mail["Subject"] == 'Angebot für Vor2 O\'Brien & <Söhne> "Q"'
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert "Sehr geehrte Frau O'Brien & <Söhne> \"Q\"," in text
    assert "O&#39;Brien &amp; &lt;Söhne&gt; &#34;Q&#34;" in html
    with db.engine.connect() as conn:
        items = conn.execute(select(MassRunItem.letter_code, MassRunItem.message_id, Person.email, MassRunItem.state)
                             .join(Person, Person.id == MassRunItem.person_id)).all()
        dossier = conn.execute(select(func.count()).select_from(DossierItem).where(
            DossierItem.action_id == action, DossierItem.document_id.is_not(None))).scalar_one()
        emls = conn.execute(select(Document.content).where(Document.mime_type == "message/rfc822")).scalars().all()
    sent = {email: (code, mid) for code, mid, email, state in items if state == "sent"}
    assert f"Ihr Zeichen {sent[address(2)][0]}" in text
    assert {m["Message-ID"] for m in handler.messages} == {mid for _, mid in sent.values()}
    assert dossier == PEOPLE and len(emls) == PEOPLE
    assert any(sent[address(2)][1].encode() in eml for eml in emls)


def test_addresses_are_checked_before_a_run(db: Database) -> None:
    action = mail_action(db)
    with db.engine.connect() as conn:
        problems = check_addresses(conn, action)
    # In the order of the person list: Dots before Later.
    assert [(p.code, p.reason) for p in problems] == [("0101", "invalid_address"), ("0100", "no_email")]
    assert problems[0].address == "bad..dots@example.org" and "two periods" in problems[0].detail


def test_refused_recipients_fail_for_good_and_only_they_are_retried(db: Database) -> None:
    action = mail_action(db)
    handler = Refusing({address(1), address(4)})
    with smtp_server(handler) as smtp:
        result = mail_run.send_action(db, action, job(smtp))
        assert result.sent == PEOPLE - 2
        assert sorted(o.address for o in result.failed) == [address(1), address(4)]
        assert all(o.reason.startswith("permanent: 550") for o in result.failed)
        with pytest.raises(mail_run.NothingToRetry):  # permanent failures are retried only on request
            mail_run.retry_failed(db, action, job(smtp))
        handler.refused.clear()  # the clerk corrected the addresses
        again = mail_run.retry_failed(db, action, job(smtp), permanent=True)
    assert again.sent == PEOPLE and not again.failed
    assert sorted(handler.to()) == sorted(address(n) for n in range(PEOPLE))  # each exactly once


def test_a_temporary_refusal_is_retried_and_then_everyone_has_exactly_one(db: Database) -> None:
    action = mail_action(db)
    handler = Greylisting()
    with smtp_server(handler) as smtp:
        first = mail_run.send_action(db, action, job(smtp))
        assert first.sent == 0 and len(first.failed) == PEOPLE
        assert all(o.reason.startswith("temporary: 451") for o in first.failed)
        again = mail_run.retry_failed(db, action, job(smtp))
    assert again.sent == PEOPLE
    assert sorted(handler.to()) == sorted(address(n) for n in range(PEOPLE))


def test_a_dropped_connection_fails_one_mail_and_the_run_goes_on(db: Database) -> None:
    action = mail_action(db)
    handler = Dropping(after=2)
    with smtp_server(handler) as smtp:
        first = mail_run.send_action(db, action, job(smtp))
        assert first.sent == PEOPLE - 1 and len(first.failed) == 1
        assert first.failed[0].reason.startswith("temporary: connection lost")
        assert len(handler.messages) == PEOPLE - 1
        again = mail_run.retry_failed(db, action, job(smtp))
    assert again.sent == PEOPLE and len(handler.messages) == PEOPLE
    assert sorted(handler.to()) == sorted(address(n) for n in range(PEOPLE))


def test_a_connection_lost_after_the_data_is_uncertain_and_not_resent_by_itself(db: Database) -> None:
    action = mail_action(db)
    handler = DroppingAfterData(at=3)
    with smtp_server(handler) as smtp:
        first = mail_run.send_action(db, action, job(smtp))
        assert first.sent == PEOPLE - 1 and [o.reason.split(":")[0] for o in first.uncertain] == ["uncertain"]
        assert first.uncertain[0].message_id
        assert len(handler.messages) == PEOPLE  # the server did take it
        with pytest.raises(mail_run.NothingToRetry):
            mail_run.retry_failed(db, action, job(smtp))
    assert len(handler.messages) == PEOPLE


def test_a_crash_between_sent_and_recorded_is_reported_uncertain_not_mailed_twice(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    action = mail_action(db)
    handler = Collect()
    real = mail_record.record_sent
    calls = {"n": 0}

    def crash_on_third(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("power cut")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mail_record, "record_sent", crash_on_third)
    monkeypatch.setattr(mail_run, "BATCH", 2)  # the third e-mail is the first of the second batch
    with smtp_server(handler) as smtp:
        with pytest.raises(RuntimeError):
            mail_run.send_action(db, action, job(smtp))
        # The second batch went out, and its outcomes were never recorded.
        assert list(states(db).values()).count("sending") == 2 and len(handler.messages) == 4
        resumed = mail_run.send_action(db, action, job(smtp))
        assert resumed.sent == PEOPLE - 2 and len(resumed.uncertain) == 2
        assert {outcome.reason for outcome in resumed.uncertain} == {mail_record.UNCERTAIN_REASON}
        assert len(handler.messages) == PEOPLE  # the uncertain ones were not sent again
        assert sorted(handler.to()) == sorted(address(n) for n in range(PEOPLE))
        # The clerk checked they did not arrive and sends them deliberately (same Message-IDs).
        again = mail_run.retry_failed(db, action, job(smtp), uncertain=True)
    assert again.sent == PEOPLE and len(handler.messages) == PEOPLE + 2
    assert {m["Message-ID"] for m in handler.messages[-2:]} == {o.message_id for o in resumed.uncertain}


def test_an_unreachable_server_stops_the_run_resumably_without_touching_anyone(db: Database) -> None:
    action = mail_action(db)
    unreachable = SmtpSettings("127.0.0.1", free_port(), "none", timeout=2.0)
    with pytest.raises(ConnectError):
        mail_run.send_action(db, action, job(unreachable))
    assert set(states(db).values()) == {"planned", "skipped"}
    handler = Collect()
    with smtp_server(handler) as smtp:
        result = mail_run.send_action(db, action, job(smtp))
    assert result.sent == PEOPLE and len(handler.messages) == PEOPLE
    with pytest.raises(run_plan.AlreadyGenerated):  # a second run would mail everyone again
        mail_run.send_action(db, action, job(smtp))


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_each_attachment_is_that_contacts_own_letter(db: Database, tmp_path: Path) -> None:
    action = mail_action(db, attach=True)
    pipeline = PdfPipeline.find(tmp_path / "lo", processes=2, chunk_size=4)
    handler = Collect()
    with smtp_server(handler) as smtp:
        result = mail_run.send_action(db, action, job(smtp, pipeline=pipeline, template_file=TEMPLATE))
    assert result.sent == PEOPLE and len(handler.messages) == PEOPLE
    for mail in handler.messages:
        to = mail["To"].addresses[0].addr_spec
        n = int(to.removeprefix("person").split("@")[0])
        (attachment,) = list(mail.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_filename().startswith("Brief-")
        page = PdfReader(io.BytesIO(attachment.get_content())).pages[0].extract_text()
        surname = "O'Brien" if n == 2 else f"Name{n:02d}"
        assert surname in page and all(f"Name{m:02d}" not in page for m in range(PEOPLE) if m != n)
        assert attachment.get_filename() == f"Brief-{_letter_id(page)}.pdf"


def _letter_id(page: str) -> str:
    import re

    found = re.search(r"Zeichen:\s*(\d{5}-\d{5})", page)
    return found.group(1) if found else ""


def test_the_rate_limit_spaces_the_mails_and_connections_are_renewed() -> None:
    now = {"t": 100.0}
    waited: list[float] = []

    def sleep(seconds: float) -> None:  # the clock moves only when the sender waits
        waited.append(seconds)
        now["t"] += seconds

    handler = Collect()
    with smtp_server(handler, per_minute=30, per_connection=2) as smtp:
        with SmtpSender(smtp, clock=lambda: now["t"], sleep=sleep) as client:
            for n in range(5):
                client.send("t.schneider@example.org", address(n), b"Subject: x\r\n\r\nHallo\r\n")
    assert waited == [2.0] * 4  # 30 per minute: one every 2 s, the first at once
    assert len(handler.messages) == 5 and handler.connections == 3
