"""The e-mail run of an action: one personal e-mail per linked member. No Qt.

Planning, resuming and locking are those of the letter run (:func:`desktop.merge.run_plan.claim`:
one item per linked member, at most one run of an action at work). An e-mail run never
starts afresh over an unfinished one: it always resumes it, since starting anew would mail
everyone once more.

Each item goes PLANNED → (CONVERTED: its letter's PDF archived, when the action attaches the
letter) → SENDING → SENT / FAILED, or SKIPPED (no-e-mail flag, invalid address). Nobody is
mailed twice, and this is how:

- The Message-ID is made and committed with the state SENDING *before* the server hears of
  the e-mail; SENT, the archived .eml and the dossier item are committed in one transaction
  right after the server accepted it.
- A run that died between the two (killed, power cut, database gone) leaves the item in
  SENDING. When the run is resumed such items are **not** sent again: the server may well
  have delivered them. They become FAILED with the kind *uncertain* and are listed, with
  their Message-ID, so the clerk can look in the sent folder or ask the provider, and send
  them again deliberately (:func:`retry_failed` with ``uncertain=True``). The same holds
  for a connection that broke after the whole message went to the server. We chose to
  miss a mail over sending one twice: a missing one is found in the list and sent in a
  second; a double one cannot be taken back.

Bookkeeping goes by batches of :data:`BATCH` e-mails: the batch is marked SENDING in one
transaction, sent, and its outcomes recorded in one more. A run that dies mid-batch leaves
at most that many e-mails *uncertain*; two commits per e-mail would cost more than the
sending itself.

The letter attached is the contact's own, merged from the action's template and converted
by the letter machinery (:class:`desktop.merge.pdf.PdfPipeline`). Each converted chunk of
letters is archived with its items, then its e-mails go out while LibreOffice converts the
next chunks. A resumed run attaches the same letter (same letter ID); an e-mail whose
letter is not converted is not sent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, update

from desktop.db.engine import Database
from desktop.db.models import ActionMember, Campaign, CampaignAction, Document, MassRunItem, Person
from desktop.db.models.enums import ItemState, RunStatus
from desktop.delivery import mail_record
from desktop.delivery.mail_check import address_error, mail_address, problem_of
from desktop.delivery.mail_message import (
    Address,
    MailTemplate,
    build_message,
    new_message_id,
)
from desktop.delivery.smtp_client import UNCERTAIN, SendError, SmtpSender, SmtpSettings, send_test_mail
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.merge import run_plan
from desktop.merge.letter_data import merge_data
from desktop.merge.pdf import PdfPipeline
from desktop.merge.preview import PREVIEW_ID
from desktop.merge.run import letter_language, recipients, sender_of, template_bytes
from desktop.merge.run_archive import action_facts
from desktop.merge.template import PreparedTemplate

I = MassRunItem.__table__
P = Person.__table__
A = CampaignAction.__table__
M = ActionMember.__table__
TO_SEND = (ItemState.PLANNED.value, ItemState.RENDERED.value, ItemState.CONVERTED.value)
PAGE = 100  # items read at a time while sending
BATCH = 10  # e-mails marked SENDING, sent and recorded together (see the module doc)


@dataclass(frozen=True)
class Outcome:
    """A recipient who got no e-mail (or maybe did): who, which address, and why."""

    person_id: int
    code: str
    name: str
    address: str
    reason: str
    message_id: str = ""


@dataclass(frozen=True)
class MailResult:
    """The state of the whole run after this pass."""

    run_id: int
    sent: int
    failed: list[Outcome] = field(default_factory=list)  # temporary or permanent
    skipped: list[Outcome] = field(default_factory=list)
    uncertain: list[Outcome] = field(default_factory=list)


class MailNotReady(ValueError):
    """The action cannot be mailed: no text, no sender address or no letter template."""


class NothingToRetry(LookupError):
    """The action has no e-mail run with failed recipients of the kinds asked for."""


@dataclass(frozen=True)
class MailJob:
    """What a run needs besides the database.

    Attributes:
        pipeline: Converts the letters to attach; needed only when the action attaches them.
        template_file: A .docx to merge the letters from instead of the action's template.
        mail_from: The sender address when the action's employee has none.
        connect: Makes the SMTP sender (tests and the benchmark pass their own).
    """

    smtp: SmtpSettings
    pipeline: PdfPipeline | None = None
    template_file: Path | None = None
    mail_from: str = ""
    today: dt.date | None = None
    connect: Callable[[SmtpSettings], SmtpSender] = SmtpSender


def send_action(db: Database, action_id: int, job: MailJob, *, progress: Progress = no_progress,
                cancel: Callable[[], bool] = lambda: False) -> MailResult:
    """Send the action's e-mails, or go on with its unfinished run.

    Raises:
        RunInProgress, AlreadyGenerated, NothingToGenerate: see :func:`run_plan.claim`
            (AlreadyGenerated: the e-mails were sent; use :func:`retry_failed`).
        MailNotReady: Nothing was planned or sent.
        ConnectError: The server cannot be reached; the run stays resumable.
        Cancelled: The clerk cancelled; the run stays resumable.
    """
    with db.engine.connect() as conn:
        action = conn.execute(select(A).where(A.c.id == action_id)).one()
    _check_ready(action, job)
    options: dict[str, Any] = {"channel": "email", "template_id": action.template_id, "sender_id": action.sender_id}
    if job.template_file is not None:
        options["template_file"] = str(job.template_file)
    run_id = run_plan.claim(db, action_id, options, resume=True)
    return _guarded(db, run_id, job, progress, cancel)


def retry_failed(db: Database, action_id: int, job: MailJob, *, permanent: bool = False, uncertain: bool = False,
                 progress: Progress = no_progress, cancel: Callable[[], bool] = lambda: False) -> MailResult:
    """*Erneut senden*: send the failed e-mails of the action's last run once more.

    Args:
        permanent: Also those the server refused for good (the clerk corrected the address).
        uncertain: Also those that may have arrived (the clerk checked they did not).

    Raises:
        NothingToRetry: There is no failed e-mail of the kinds asked for.
    """
    kinds = {"temporary"} | ({"permanent"} if permanent else set()) | ({UNCERTAIN} if uncertain else set())
    R = run_plan.R
    with db.engine.begin() as conn:
        last = conn.execute(select(R.c.id, R.c.status).where(R.c.action_id == action_id)
                            .order_by(R.c.id.desc()).limit(1)).first()
        if last is None:
            raise NothingToRetry(action_id)
        if last.status == RunStatus.FINISHED.value:  # reopened, so claim takes it over (and locks it)
            conn.execute(update(R).where(R.c.id == last.id).values(status=RunStatus.PAUSED.value))
    run_id = run_plan.claim(db, action_id, {}, resume=True)
    with db.engine.begin() as conn:
        mail_record.recover(conn, run_id)
        failed = conn.execute(select(I.c.id, I.c.error, I.c.document_id).where(
            I.c.run_id == run_id, I.c.state == ItemState.FAILED.value)).all()
        again = [row for row in failed if mail_record.error_kind(row.error) in kinds]
        for row in again:
            state = ItemState.CONVERTED if row.document_id else ItemState.PLANNED
            conn.execute(update(I).where(I.c.id == row.id).values(state=state.value, error=""))
    if not again:
        run_plan.close(db, run_id, RunStatus.FINISHED)
        raise NothingToRetry(action_id)
    return _guarded(db, run_id, job, progress, cancel)


def _check_ready(action: Any, job: MailJob) -> None:
    if not (action.mail_text or action.mail_html).strip():
        raise MailNotReady("the action has no e-mail text")
    if action.mail_attach_letter and not (action.template_id or job.template_file):
        raise MailNotReady("the action attaches the letter but names no template")
    if action.mail_attach_letter and job.pipeline is None:
        raise MailNotReady("attaching the letter needs the PDF converter")


def _guarded(db: Database, run_id: int, job: MailJob, progress: Progress, cancel: Callable[[], bool]) -> MailResult:
    with run_plan.closing(db, run_id):
        return _execute(db, run_id, job, progress, cancel)


@dataclass(frozen=True)
class _Run:
    """What every e-mail of the run shares, read once."""

    id: int
    action: Any
    facts: Any
    options: dict[str, Any]
    sender: Any
    context: dict[str, Any]


def _execute(db: Database, run_id: int, job: MailJob, progress: Progress, cancel: Callable[[], bool]) -> MailResult:
    with db.engine.begin() as conn:
        mail_record.recover(conn, run_id)
        row = conn.execute(select(run_plan.R).where(run_plan.R.c.id == run_id)).one()
        action = conn.execute(select(A).where(A.c.id == row.action_id)).one()
        run = _shared(conn, run_id, action, row.sender_id, dict(row.options or {}), job)
    _check_ready(action, job)
    from_address = run.sender.email or job.mail_from
    if address_error(from_address or "") is not None:
        raise MailNotReady(f"no usable sender address: {from_address!r}")
    _skip_unmailable(db, run_id)
    sender = _Sender(db, run, job, Address(run.sender.name, from_address), progress, cancel)
    with job.connect(job.smtp) as client:
        sender.client = client
        if action.mail_attach_letter:
            assert job.pipeline is not None
            _convert_letters(db, run, job.pipeline, sender, cancel)
        sender.send_waiting()
    with db.engine.begin() as conn:
        mail_record.finish(conn, run_id, run.facts)
    return result_of(db, run_id)


def _shared(conn: Connection, run_id: int, action: Any, sender_id: int | None, options: dict[str, Any],
            job: MailJob) -> _Run:
    """What every e-mail of a run shares: the action's facts, the sender, the merge context."""
    facts = action_facts(conn, action.id, sender_id)
    campaign = conn.execute(select(Campaign.number, Campaign.name).where(Campaign.id == facts.campaign_id)).one()
    return _Run(run_id, action, facts, options, sender_of(conn, facts.sender_id), {
        "campaign": campaign.name, "campaign_number": campaign.number, "action": facts.name,
        "subject": facts.subject, "today": job.today or dt.date.today(), "language": letter_language(conn, options)})


def send_test(db: Database, action_id: int, job: MailJob, to_address: str) -> None:
    """*Testmail an mich senden*: the first member's e-mail, to ``to_address``; records nothing.

    The letter attached (if the action attaches one) is merged and converted for this test
    alone and carries no real letter ID.

    Raises:
        MailNotReady, NothingToGenerate: as a run would; ConnectError, SendError: the server's answer.
    """
    with db.engine.connect() as conn:
        action = conn.execute(select(A).where(A.c.id == action_id)).one()
        _check_ready(action, job)
        first = conn.execute(
            select(M.c.person_id).join(P, P.c.id == M.c.person_id)
            .where(M.c.action_id == action_id, M.c.linked, M.c.exclusion_reason == "")
            .order_by(P.c.sort_key, P.c.id).limit(1)).scalar()
        if first is None:
            raise run_plan.NothingToGenerate(action_id)
        options = {"template_id": action.template_id}
        if job.template_file is not None:
            options = {"template_file": str(job.template_file)}
        run = _shared(conn, 0, action, None, options, job)
        person = recipients(conn, [first])[first]
        letter_template = template_bytes(conn, options) if action.mail_attach_letter else None
    data = merge_data(person, run.sender, letter_id=PREVIEW_ID, **run.context)
    attachment = None
    if letter_template is not None:
        assert job.pipeline is not None
        letter = job.pipeline.convert_one(PreparedTemplate(letter_template).render(data))
        attachment = (f"Brief-{PREVIEW_ID}.pdf", letter)
    sender = Address(run.sender.name, run.sender.email or job.mail_from)
    if address_error(sender.email or "") is not None:
        raise MailNotReady(f"no usable sender address: {sender.email!r}")
    template = MailTemplate(action.subject or action.name, action.mail_text, action.mail_html)
    send_test_mail(job.smtp, build_message(template.render(data), sender=sender, to=Address("", to_address),
                                           reply_to=action.reply_to, message_id=new_message_id(sender),
                                           attachment=attachment))


def _skip_unmailable(db: Database, run_id: int) -> None:
    """Persons who must get no e-mail now (flag set, address broken since linking)."""
    with db.engine.begin() as conn:
        rows = conn.execute(
            select(I.c.id.label("item_id"), P.c.id, P.c.code, P.c.first_name, P.c.name_prefix, P.c.last_name,
                   P.c.email, P.c.no_email).join(P, P.c.id == I.c.person_id)
            .where(I.c.run_id == run_id, I.c.state.in_(TO_SEND))).all()
        for row in rows:
            problem = problem_of(row)
            if problem is not None:
                reason = f"{problem.reason}: {problem.detail}" if problem.detail else problem.reason
                mail_record.skip(conn, row.item_id, reason)


def _convert_letters(db: Database, run: _Run, pipeline: PdfPipeline, sender: _Sender,
                     cancel: Callable[[], bool]) -> None:
    """Merge and convert the letters still missing, each archived with its item; each chunk's
    e-mails go out as soon as its letters are archived."""
    with db.engine.connect() as conn:
        items = conn.execute(select(I.c.id, I.c.person_id, I.c.letter_code).where(
            I.c.run_id == run.id, I.c.state.in_(TO_SEND), I.c.document_id.is_(None)).order_by(I.c.position)).all()
        if not items:
            return
        prepared = PreparedTemplate(template_bytes(conn, run.options))
    by_code = {item.letter_code: item for item in items}

    def letters() -> Iterator[tuple[str, bytes]]:
        for start in range(0, len(items), pipeline.chunk_size):
            chunk = items[start:start + pipeline.chunk_size]
            with db.engine.connect() as conn:
                people = recipients(conn, [item.person_id for item in chunk])
            for item in chunk:
                data = merge_data(people[item.person_id], run.sender, letter_id=item.letter_code, **run.context)
                yield item.letter_code, prepared.render(data)

    for converted in pipeline.convert_iter(letters(), cancel=cancel, total=len(items)):
        with db.engine.begin() as conn:
            for letter in converted:
                document = mail_record.store_document(conn, f"{letter.letter_id}.pdf", "application/pdf", letter.data)
                conn.execute(update(I).where(I.c.id == by_code[letter.letter_id].id).values(
                    state=ItemState.CONVERTED.value, document_id=document, pages=letter.pages))
            run_plan.heartbeat(conn, run.id)
        sender.send([by_code[letter.letter_id].id for letter in converted])


class _Sender:
    """Sends the run's e-mails over one SMTP connection, in batches (see the module doc)."""

    def __init__(self, db: Database, run: _Run, job: MailJob, sender: Address, progress: Progress,
                 cancel: Callable[[], bool]) -> None:
        self.db, self.run, self.sender, self.progress, self.cancel = db, run, sender, progress, cancel
        self.template = MailTemplate(run.action.subject or run.action.name, run.action.mail_text,
                                     run.action.mail_html)
        self.attach = bool(run.action.mail_attach_letter)
        self.client: SmtpSender | None = None
        with db.engine.connect() as conn:
            self.total = len(conn.execute(select(I.c.id).where(I.c.run_id == run.id, I.c.state.in_(TO_SEND))).all())
        self.done = 0
        progress(0, self.total, "mails")

    def send_waiting(self) -> None:
        """Every e-mail still to send whose letter (if one is attached) is there."""
        while True:
            with self.db.engine.connect() as conn:
                query = select(I.c.id).where(I.c.run_id == self.run.id, I.c.state.in_(TO_SEND))
                if self.attach:
                    query = query.where(I.c.document_id.is_not(None))
                page = conn.execute(query.order_by(I.c.position).limit(PAGE)).scalars().all()
            if not page:
                return
            self.send(page)

    def send(self, item_ids: list[int]) -> None:
        """Send the e-mails of these items, in print order, and record each outcome."""
        with self.db.engine.connect() as conn:
            items = conn.execute(select(I.c.id, I.c.person_id, I.c.letter_code, I.c.document_id, I.c.message_id)
                                 .where(I.c.id.in_(item_ids), I.c.state.in_(TO_SEND)).order_by(I.c.position)).all()
            people = recipients(conn, [item.person_id for item in items])
            pdfs = _letters(conn, [item.document_id for item in items]) if self.attach else {}
        for start in range(0, len(items), BATCH):
            self._batch(items[start:start + BATCH], people, pdfs)
        with self.db.engine.begin() as conn:
            run_plan.heartbeat(conn, self.run.id)

    def _batch(self, items: list[Any], people: dict[int, Any], pdfs: dict[int, bytes]) -> None:
        if self.cancel():
            raise Cancelled()
        run, sender = self.run, self.sender
        mails = []
        for item in items:
            data = merge_data(people[item.person_id], run.sender, letter_id=item.letter_code, **run.context)
            to = Address(data["Name"], mail_address(people[item.person_id].email))
            message_id = item.message_id or new_message_id(sender)
            message = build_message(
                self.template.render(data), sender=sender, to=to, reply_to=run.action.reply_to,
                message_id=message_id,
                attachment=(f"Brief-{item.letter_code}.pdf", pdfs[item.document_id]) if self.attach else None)
            mails.append((item, to, message_id, message["Subject"], message.as_bytes()))
        assert self.client is not None
        self.client.connect()  # a server out of reach stops the run before the items are touched
        with self.db.engine.begin() as conn:
            for item, _to, message_id, _subject, _raw in mails:
                mail_record.mark_sending(conn, item.id, message_id)
        outcomes: list[SendError | None] = []
        for _item, to, _message_id, _subject, raw in mails:
            try:
                self.client.send(sender.email, to.email, raw)
            except SendError as exc:
                outcomes.append(exc)
            else:
                outcomes.append(None)
        with self.db.engine.begin() as conn:
            for (item, to, _message_id, subject, raw), error in zip(mails, outcomes):
                if error is None:
                    mail_record.record_sent(conn, run.facts, item.id, item.person_id, item.letter_code, raw,
                                            subject, to.email)
                else:
                    mail_record.record_failed(conn, item.id, error.kind, str(error))
        self.done += len(mails)
        self.progress(self.done, self.total, "mails")


def _letters(conn: Connection, document_ids: list[int | None]) -> dict[int, bytes]:
    rows = conn.execute(select(Document.id, Document.content).where(
        Document.id.in_([d for d in document_ids if d is not None])))
    return {row.id: bytes(row.content) for row in rows}


def result_of(db: Database, run_id: int) -> MailResult:
    """The recipients of a run by outcome (what the clerk sees after a run)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(I.c.state, I.c.error, I.c.message_id, P.c.id, P.c.code, P.c.first_name, P.c.name_prefix,
                   P.c.last_name, P.c.email).join(P, P.c.id == I.c.person_id)
            .where(I.c.run_id == run_id).order_by(I.c.position)).all()
    sent, failed, skipped, uncertain = 0, [], [], []
    for row in rows:
        if row.state == ItemState.SENT.value:
            sent += 1
            continue
        name = " ".join(f"{row.first_name} {row.name_prefix} {row.last_name}".split())
        outcome = Outcome(row.id, row.code, name, row.email or "", row.error, row.message_id)
        if row.state == ItemState.SKIPPED.value:
            skipped.append(outcome)
        elif row.state == ItemState.FAILED.value:
            (uncertain if mail_record.error_kind(row.error) == UNCERTAIN else failed).append(outcome)
    return MailResult(run_id, sent, failed, skipped, uncertain)
