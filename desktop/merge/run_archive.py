"""What a mass run writes for each letter: the archived PDF, the dossier item, the state.

Each chunk of converted letters is archived in one transaction together with the items'
new state, so a letter is either archived with its dossier item or not at all: a run killed
at any moment never writes one twice and never loses one. No Qt here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, bindparam, func, insert, select, update

from desktop.db.models import Campaign, CampaignAction, Cost, Document, DossierItem, DossierItemType, MassRun
from desktop.db.models import MassRunItem
from desktop.db.models.base import current_login, utcnow
from desktop.db.models.enums import CostBasis, CostKind, ItemState

I = MassRunItem.__table__  # noqa: E741 - the table of items
R = MassRun.__table__
A = CampaignAction.__table__


@dataclass(frozen=True)
class ArchivedLetter:
    """A converted letter ready to archive."""

    item_id: int
    person_id: int
    letter_code: str
    pdf: bytes
    pages: int


@dataclass(frozen=True)
class ActionFacts:
    """What the archive needs to know of the action (read once per run)."""

    action_id: int
    campaign_id: int
    name: str
    subject: str
    type_id: int
    per_contact: bool
    handled: bool
    cost_per_contact: Decimal
    sender_id: int | None


class NoDossierType(LookupError):
    """The action names no dossier item type and the database has none to fall back on."""


def action_facts(conn: Connection, action_id: int, sender_id: int | None) -> ActionFacts:
    """The action's settings for the dossier; a missing type falls back to outgoing mail."""
    row = conn.execute(select(A).where(A.c.id == action_id)).one()
    type_id = row.dossier_item_type_id or conn.execute(
        select(DossierItemType.id).order_by((DossierItemType.code != "AUSG"), DossierItemType.id).limit(1)
    ).scalar()
    if type_id is None:
        raise NoDossierType(action_id)
    return ActionFacts(row.id, row.campaign_id, row.name, row.subject or row.name, type_id, row.dossier_per_contact,
                       row.handled_on_creation, Decimal(row.cost_per_contact or 0), sender_id or row.sender_id)


def archive(conn: Connection, facts: ActionFacts, letters: Sequence[ArchivedLetter]) -> None:
    """Archive a chunk of letters: documents, dossier items (per contact) and item states.

    Three statements for the whole chunk, each with one row per letter: a mass run
    archives thousands of letters, and a statement per letter would cost more than the
    conversion.
    """
    now, login = utcnow(), current_login()
    contents = [letter.pdf for letter in letters]
    document_ids = conn.execute(
        insert(Document.__table__).returning(Document.__table__.c.id, sort_by_parameter_order=True),
        [{"name": f"{letter.letter_code}.pdf", "mime_type": "application/pdf", "size": len(content),
          "sha256": hashlib.sha256(content).hexdigest(), "content": content, "storage_path": "",
          "created_at": now, "created_by": login} for letter, content in zip(letters, contents)],
    ).scalars().all()
    dossier_ids: list[int | None] = [None] * len(letters)
    if facts.per_contact:
        dossier_ids = list(conn.execute(
            insert(DossierItem.__table__).returning(DossierItem.__table__.c.id, sort_by_parameter_order=True),
            [{"person_id": letter.person_id, "campaign_id": facts.campaign_id, "action_id": facts.action_id,
              "type_id": facts.type_id, "subject": facts.subject, "text": "", "handled": facts.handled,
              "handled_at": now if facts.handled else None, "employee_id": facts.sender_id,
              "document_id": document_id, "created_at": now, "row_version": 1, "updated_at": now,
              "updated_by": login} for letter, document_id in zip(letters, document_ids)],
        ).scalars().all())
    conn.execute(
        update(I).where(I.c.id == bindparam("item")).values(
            state=ItemState.ARCHIVED.value, document_id=bindparam("document"), dossier_item_id=bindparam("dossier"),
            pages=bindparam("page_count"), error="", updated_at=now),
        [{"item": letter.item_id, "document": document_id, "dossier": dossier_id, "page_count": letter.pages}
         for letter, document_id, dossier_id in zip(letters, document_ids, dossier_ids)],
    )


def finish(conn: Connection, run_id: int, facts: ActionFacts) -> int:
    """The run's bookings, each exactly once: the action's dossier item (when it has one for
    all), the variable costs, the action's generated date and the campaign's last run.

    Returns:
        How many letters the run archived.
    """
    now, login = utcnow(), current_login()
    done = (ItemState.ARCHIVED.value, ItemState.PRINTED.value)
    letters = conn.execute(select(func.count()).where(I.c.run_id == run_id, I.c.state.in_(done))).scalar_one()
    run = conn.execute(select(R.c.options).where(R.c.id == run_id)).one()
    options = dict(run.options or {})
    if not facts.per_contact and not options.get("action_dossier_item_id"):
        options["action_dossier_item_id"] = conn.execute(insert(DossierItem.__table__).values(
            person_id=None, campaign_id=facts.campaign_id, action_id=facts.action_id, type_id=facts.type_id,
            subject=facts.subject, text=f"{letters}", handled=facts.handled,
            handled_at=now if facts.handled else None, employee_id=facts.sender_id, created_at=now, row_version=1,
            updated_at=now, updated_by=login,
        )).inserted_primary_key[0]
        conn.execute(update(R).where(R.c.id == run_id).values(options=options))
    # One cost row per run (mass_run_id is unique): a resumed run finishes only once.
    booked = conn.execute(select(Cost.id).where(Cost.mass_run_id == run_id)).first()
    if booked is None and facts.cost_per_contact:
        conn.execute(insert(Cost.__table__).values(
            campaign_id=facts.campaign_id, action_id=facts.action_id, kind=CostKind.ACTUAL.value,
            basis=CostBasis.PER_CONTACT.value, amount=facts.cost_per_contact * letters, quantity=letters,
            unit_amount=facts.cost_per_contact, cost_date=now.date(), description=facts.name, mass_run_id=run_id,
            invoice_number="", supplier="", row_version=1, updated_at=now, updated_by=login,
        ))
    conn.execute(update(A).where(A.c.id == facts.action_id).values(generated_at=now))
    conn.execute(update(Campaign.__table__).where(Campaign.__table__.c.id == facts.campaign_id).values(last_run=now))
    return int(letters)
