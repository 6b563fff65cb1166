"""What an e-mail run writes for each recipient: state, archived .eml, dossier item. No Qt.

A failed item's ``error`` starts with its kind: ``temporary: …``, ``permanent: …`` or
``uncertain: …`` (see :mod:`desktop.delivery.smtp_client`), followed by the server's reply,
so *Erneut senden* knows which ones to send again.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import Connection, func, insert, select, update

from desktop.db.models import (
    Campaign,
    CampaignAction,
    Cost,
    Document,
    DossierItem,
    MassRun,
    MassRunItem,
)
from desktop.db.models.base import current_login, utcnow
from desktop.db.models.enums import CostBasis, CostKind, ItemState
from desktop.merge.run_archive import ActionFacts

I = MassRunItem.__table__
R = MassRun.__table__
D = Document.__table__
UNCERTAIN_REASON = "uncertain: the program stopped after handing this e-mail to the server and before recording it"


def error_kind(error: str) -> str:
    """The kind of a failed item's error ("temporary", "permanent", "uncertain")."""
    return error.partition(":")[0]


def recover(conn: Connection, run_id: int) -> int:
    """Items left in SENDING by a run that died are failed as *uncertain*, never resent blindly.

    Returns:
        How many there were.
    """
    return conn.execute(update(I).where(I.c.run_id == run_id, I.c.state == ItemState.SENDING.value).values(
        state=ItemState.FAILED.value, error=UNCERTAIN_REASON, updated_at=utcnow())).rowcount


def store_document(conn: Connection, name: str, mime_type: str, content: bytes) -> int:
    """Archive a file (a letter's PDF, a sent e-mail); returns the document's id."""
    return int(conn.execute(insert(D).values(
        name=name, mime_type=mime_type, size=len(content), sha256=hashlib.sha256(content).hexdigest(),
        content=content, storage_path="", created_at=utcnow(), created_by=current_login())).inserted_primary_key[0])


def mark_sending(conn: Connection, item_id: int, message_id: str) -> None:
    """Noted (and committed by the caller) before the server hears of the e-mail."""
    conn.execute(update(I).where(I.c.id == item_id).values(
        state=ItemState.SENDING.value, message_id=message_id, error="", updated_at=utcnow()))


def record_sent(conn: Connection, facts: ActionFacts, item_id: int, person_id: int, letter_code: str,
                eml: bytes, subject: str, to: str) -> None:
    """The e-mail went out: archive it, write the contact's dossier item, mark the item sent."""
    now = utcnow()
    document_id = store_document(conn, f"{letter_code}.eml", "message/rfc822", eml)
    dossier_id = None
    if facts.per_contact:
        dossier_id = conn.execute(insert(DossierItem.__table__).values(
            person_id=person_id, campaign_id=facts.campaign_id, action_id=facts.action_id, type_id=facts.type_id,
            subject=subject[:300], text=f"E-Mail an {to}", handled=facts.handled,
            handled_at=now if facts.handled else None, employee_id=facts.sender_id, document_id=document_id,
            created_at=now, row_version=1, updated_at=now, updated_by=current_login())).inserted_primary_key[0]
    # The item keeps its letter's PDF (if any) as document; the e-mail is the dossier's.
    conn.execute(update(I).where(I.c.id == item_id).values(
        state=ItemState.SENT.value, dossier_item_id=dossier_id, error="", updated_at=now,
        document_id=func.coalesce(I.c.document_id, document_id)))


def record_failed(conn: Connection, item_id: int, kind: str, reply: str) -> None:
    """The e-mail was refused (or may not have arrived): the reason, for the clerk to read."""
    conn.execute(update(I).where(I.c.id == item_id).values(
        state=ItemState.FAILED.value, error=f"{kind}: {reply}", updated_at=utcnow()))


def skip(conn: Connection, item_id: int, reason: str) -> None:
    """The person gets no e-mail (no-e-mail flag, invalid address); nothing was sent."""
    conn.execute(update(I).where(I.c.id == item_id).values(
        state=ItemState.SKIPPED.value, error=reason, updated_at=utcnow()))


def finish(conn: Connection, run_id: int, facts: ActionFacts) -> int:
    """The run's bookings: the action's dossier item (when not per contact), the costs of
    the e-mails sent (updated by a retry), the action's and the campaign's dates.

    Returns:
        How many e-mails the run has sent in all.
    """
    now, login = utcnow(), current_login()
    sent = int(conn.execute(select(func.count()).where(
        I.c.run_id == run_id, I.c.state == ItemState.SENT.value)).scalar_one())
    options = dict(conn.execute(select(R.c.options).where(R.c.id == run_id)).scalar_one() or {})
    if not facts.per_contact and not options.get("action_dossier_item_id"):
        options["action_dossier_item_id"] = conn.execute(insert(DossierItem.__table__).values(
            person_id=None, campaign_id=facts.campaign_id, action_id=facts.action_id, type_id=facts.type_id,
            subject=facts.subject, text=f"{sent}", handled=facts.handled, handled_at=now if facts.handled else None,
            employee_id=facts.sender_id, created_at=now, row_version=1, updated_at=now,
            updated_by=login)).inserted_primary_key[0]
        conn.execute(update(R).where(R.c.id == run_id).values(options=options))
    if facts.cost_per_contact:
        amount = facts.cost_per_contact * sent
        booked = conn.execute(update(Cost.__table__).where(Cost.mass_run_id == run_id).values(
            amount=amount, quantity=sent, updated_at=now)).rowcount
        if not booked:
            conn.execute(insert(Cost.__table__).values(
                campaign_id=facts.campaign_id, action_id=facts.action_id, kind=CostKind.ACTUAL.value,
                basis=CostBasis.PER_CONTACT.value, amount=amount, quantity=sent,
                unit_amount=facts.cost_per_contact, cost_date=dt.date.today(), description=facts.name,
                mass_run_id=run_id, invoice_number="", supplier="", row_version=1, updated_at=now,
                updated_by=login))
    conn.execute(update(CampaignAction.__table__).where(CampaignAction.id == facts.action_id)
                 .values(generated_at=now))
    conn.execute(update(Campaign.__table__).where(Campaign.id == facts.campaign_id).values(last_run=now))
    return sent
