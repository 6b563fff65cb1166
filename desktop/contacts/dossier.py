"""A person's history as the contact window shows it: dossier, campaigns, archived documents."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    Channel,
    Document,
    DossierItem,
    DossierItemType,
    Employee,
    MassRunItem,
    Response,
    ResponseType,
)
from desktop.merge.run_plan import letter_code


@dataclass(frozen=True)
class DossierFilter:
    """What the dossier list shows; None means "any"."""

    campaign_id: int | None = None
    type_id: int | None = None
    handled: bool | None = None


@dataclass(frozen=True)
class DossierRow:
    """One line of the dossier list."""

    id: int
    created_at: dt.datetime
    type_name: str
    campaign_id: int | None
    campaign: str
    action: str
    subject: str
    handled: bool
    response: str
    employee: str
    document_id: int | None
    document_name: str


def dossier(session: Session, person_id: int, shown: DossierFilter = DossierFilter()) -> list[DossierRow]:
    """The person's dossier items, newest first, with their latest response."""
    latest = (
        select(ResponseType.name)
        .join(Response, Response.response_type_id == ResponseType.id)
        .where(Response.dossier_item_id == DossierItem.id)
        .order_by(Response.recorded_at.desc(), Response.id.desc()).limit(1)
        .scalar_subquery()
    )
    employee = func.trim(func.coalesce(Employee.first_name, "") + " " + func.coalesce(Employee.last_name, ""))
    query = (
        select(DossierItem.id, DossierItem.created_at, DossierItemType.name, DossierItem.campaign_id,
               Campaign.number, Campaign.name, CampaignAction.name, DossierItem.subject, DossierItem.handled,
               latest, employee, DossierItem.document_id, Document.name)
        .join(DossierItemType, DossierItemType.id == DossierItem.type_id)
        .outerjoin(Campaign, Campaign.id == DossierItem.campaign_id)
        .outerjoin(CampaignAction, CampaignAction.id == DossierItem.action_id)
        .outerjoin(Employee, Employee.id == DossierItem.employee_id)
        .outerjoin(Document, Document.id == DossierItem.document_id)
        .where(DossierItem.person_id == person_id)
        .order_by(DossierItem.created_at.desc(), DossierItem.id.desc())
    )
    if shown.campaign_id is not None:
        query = query.where(DossierItem.campaign_id == shown.campaign_id)
    if shown.type_id is not None:
        query = query.where(DossierItem.type_id == shown.type_id)
    if shown.handled is not None:
        query = query.where(DossierItem.handled == shown.handled)
    return [
        DossierRow(id_, created, type_name, campaign_id, f"{number} {name}" if number else "", action or "",
                   subject, handled, response or "", employee_name or "", document_id, document_name or "")
        for (id_, created, type_name, campaign_id, number, name, action, subject, handled, response,
             employee_name, document_id, document_name) in session.execute(query)
    ]


@dataclass(frozen=True)
class MembershipRow:
    """A campaign action the person is in."""

    campaign_id: int
    campaign: str
    action_id: int
    action: str
    channel: Channel
    linked: bool
    exclusion_reason: str
    generated: bool


def memberships(session: Session, person_id: int) -> list[MembershipRow]:
    """The actions the person is a member of, newest campaign first."""
    has_item = (
        select(DossierItem.id)
        .where(DossierItem.person_id == person_id, DossierItem.action_id == CampaignAction.id)
        .exists()
    )
    rows = session.execute(
        select(Campaign.id, Campaign.number, Campaign.name, CampaignAction.id, CampaignAction.name,
               CampaignAction.channel, ActionMember.linked, ActionMember.exclusion_reason, has_item)
        .join(CampaignAction, CampaignAction.id == ActionMember.action_id)
        .join(Campaign, Campaign.id == CampaignAction.campaign_id)
        .where(ActionMember.person_id == person_id)
        .order_by(Campaign.number.desc(), CampaignAction.sequence)
    )
    return [MembershipRow(cid, f"{number} {name}", aid, action, channel, linked, reason, generated)
            for cid, number, name, aid, action, channel, linked, reason, generated in rows]


def campaigns_of(session: Session, person_id: int) -> list[tuple[int, str]]:
    """The campaigns in the person's dossier or target groups, for the dossier's filter."""
    in_dossier = select(DossierItem.campaign_id).where(DossierItem.person_id == person_id)
    in_groups = (select(CampaignAction.campaign_id)
                 .join(ActionMember, ActionMember.action_id == CampaignAction.id)
                 .where(ActionMember.person_id == person_id))
    rows = session.execute(
        select(Campaign.id, Campaign.number, Campaign.name)
        .where(Campaign.id.in_(in_dossier.union(in_groups)))
        .order_by(Campaign.number.desc())
    )
    return [(id_, f"{number} {name}") for id_, number, name in rows]


def item_types(session: Session) -> list[tuple[int, str]]:
    """Every dossier item type as (id, name), for the dossier's filter."""
    rows = session.execute(select(DossierItemType.id, DossierItemType.name).order_by(DossierItemType.name))
    return [(id_, name) for id_, name in rows]


@dataclass(frozen=True)
class ArchivedDocument:
    """A letter's PDF or a sent e-mail, as archived by a run."""

    id: int
    name: str
    mime_type: str
    content: bytes


def document(session: Session, document_id: int) -> ArchivedDocument | None:
    """The archived document's bytes, or None when it is gone."""
    row = session.execute(
        select(Document.id, Document.name, Document.mime_type, Document.content)
        .where(Document.id == document_id)
    ).first()
    if row is None or row.content is None:
        return None
    return ArchivedDocument(row.id, row.name, row.mime_type, bytes(row.content))


def normal_letter_code(text: str) -> str:
    """The letter ID as stored ("00042-00001") from what a clerk typed or a scanner read.

    "42-1", "42/1", "42 1" and "0004200001" all stand for "00042-00001"; "" when the text
    cannot be a letter ID.
    """
    parts = re.findall(r"\d+", text)
    if len(parts) == 1 and len(parts[0]) == 10:
        parts = [parts[0][:5], parts[0][5:]]
    if len(parts) != 2 or any(len(p) > 9 for p in parts) or not re.fullmatch(r"[\d\s/.-]+", text.strip()):
        return ""
    return letter_code(int(parts[0]), int(parts[1]))


def item_of_letter_code(session: Session, text: str) -> int | None:
    """The dossier item of the letter, e-mail or SMS with this letter ID, however typed."""
    code = normal_letter_code(text)
    if not code:
        return None
    return session.scalar(select(MassRunItem.dossier_item_id).where(MassRunItem.letter_code == code))
