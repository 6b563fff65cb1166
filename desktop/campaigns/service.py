"""Campaign records: list, create, save with optimistic locking, duplicate, delete."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.errors import ConcurrentEditError
from desktop.db.locking import locked
from desktop.db.models import Campaign, CampaignAction, CampaignStatus, FollowUpRule, ResponseType


class Problem(enum.Enum):
    """Why a campaign cannot be saved as entered; the UI words each one."""

    NAME_REQUIRED = "name_required"
    NUMBER_REQUIRED = "number_required"
    NUMBER_TAKEN = "number_taken"
    DATES_REVERSED = "dates_reversed"
    BUDGET_NEGATIVE = "budget_negative"


class InvalidCampaign(ValueError):
    """The entered values cannot be saved; ``field`` names the input to correct."""

    def __init__(self, field: str, problem: Problem) -> None:
        super().__init__(f"{field}: {problem.value}")
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class CampaignRow:
    """One line of the campaign list."""

    id: int
    number: str
    name: str
    status: CampaignStatus


@dataclass(frozen=True)
class CampaignData:
    """The editable fields of a campaign as the editor shows them.

    ``row_version`` is the version the clerk started from; saving compares it with the
    database so that nobody overwrites another clerk's changes unknowingly.
    """

    id: int
    row_version: int
    number: str
    name: str
    description: str = ""
    status: CampaignStatus = CampaignStatus.PLANNED
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    budget: Decimal | None = None
    last_run: dt.datetime | None = None
    updated_by: str = ""
    updated_at: dt.datetime | None = None
    # The data source (a saved selection); changed through desktop.query.selections.
    selection_id: int | None = None
    selection_name: str = ""
    selection_is_list: bool = False  # a distribution list (Verteiler) rather than a query

    def replace(self, **changes: object) -> CampaignData:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def same_content(self, other: CampaignData) -> bool:
        """True when the fields a clerk edits are equal."""
        return all(getattr(self, f) == getattr(other, f) for f in EDITABLE_FIELDS)


EDITABLE_FIELDS = (
    "number",
    "name",
    "description",
    "status",
    "planned_start",
    "planned_end",
    "budget",
)


def _to_data(c: Campaign) -> CampaignData:
    return CampaignData(
        id=c.id,
        row_version=c.row_version,
        number=c.number,
        name=c.name,
        description=c.description,
        status=c.status,
        planned_start=c.planned_start,
        planned_end=c.planned_end,
        budget=c.budget,
        last_run=c.last_run,
        updated_by=c.updated_by,
        updated_at=c.updated_at,
        selection_id=c.selection_id,
        selection_name=c.selection.name if c.selection else "",
        selection_is_list=bool(c.selection and c.selection.is_distribution_list),
    )


def list_campaigns(session: Session) -> list[CampaignRow]:
    """All campaigns, newest number first."""
    rows = session.execute(
        select(Campaign.id, Campaign.number, Campaign.name, Campaign.status).order_by(
            Campaign.number.desc(), Campaign.id.desc()
        )
    )
    return [CampaignRow(*row) for row in rows]


def load(session: Session, campaign_id: int) -> CampaignData | None:
    campaign = session.get(Campaign, campaign_id, populate_existing=True)
    return _to_data(campaign) if campaign else None


def action_count(session: Session, campaign_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(CampaignAction).where(CampaignAction.campaign_id == campaign_id)
    ) or 0


def next_number(session: Session, today: dt.date | None = None) -> str:
    """The next free campaign number of the year, e.g. ``2026-007``."""
    year = (today or dt.date.today()).year
    prefix = f"{year}-"
    numbers = session.scalars(select(Campaign.number).where(Campaign.number.like(f"{prefix}%")))
    highest = 0
    for number in numbers:
        match = re.fullmatch(rf"{year}-(\d+)", number)
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{prefix}{highest + 1:03d}"


def create(session: Session, name: str, today: dt.date | None = None) -> CampaignData:
    """Create a planned campaign with the next free number."""
    campaign = Campaign(number=next_number(session, today), name=name.strip() or name)
    session.add(campaign)
    session.flush()
    return _to_data(campaign)


def _validate(session: Session, data: CampaignData) -> None:
    if not data.name.strip():
        raise InvalidCampaign("name", Problem.NAME_REQUIRED)
    if not data.number.strip():
        raise InvalidCampaign("number", Problem.NUMBER_REQUIRED)
    taken = session.scalar(
        select(Campaign.id).where(Campaign.number == data.number.strip(), Campaign.id != data.id)
    )
    if taken is not None:
        raise InvalidCampaign("number", Problem.NUMBER_TAKEN)
    if data.planned_start and data.planned_end and data.planned_end < data.planned_start:
        raise InvalidCampaign("planned_end", Problem.DATES_REVERSED)
    if data.budget is not None and data.budget < 0:
        raise InvalidCampaign("budget", Problem.BUDGET_NEGATIVE)


def _locked(session: Session, campaign_id: int, row_version: int | None) -> Campaign:
    return locked(session, Campaign, campaign_id, row_version, "campaign")


def save(session: Session, data: CampaignData, overwrite: bool = False) -> CampaignData:
    """Write the editor's values.

    Args:
        session: An open session; the caller commits.
        data: The values, with the ``row_version`` they were loaded at.
        overwrite: Save even if another clerk saved in between (the clerk chose so).

    Raises:
        InvalidCampaign: A value must be corrected first.
        ConcurrentEditError: Another clerk saved or deleted the campaign meanwhile.
    """
    _validate(session, data)
    campaign = _locked(session, data.id, None if overwrite else data.row_version)
    campaign.number = data.number.strip()
    campaign.name = data.name.strip()
    campaign.description = data.description
    campaign.status = data.status
    campaign.planned_start = data.planned_start
    campaign.planned_end = data.planned_end
    campaign.budget = data.budget
    try:
        session.flush()
    except StaleDataError as exc:  # a save slipped in between our read and write
        raise ConcurrentEditError("campaign", data.id) from exc
    return _to_data(campaign)


def duplicate(session: Session, campaign_id: int, name_suffix: str) -> CampaignData:
    """Copy a campaign with its actions, response types and follow-up rules, but no members or results."""
    source = session.get(Campaign, campaign_id)
    if source is None:
        raise ConcurrentEditError("campaign", campaign_id)
    # Shorten the original name rather than the suffix, so "(copy)" stays visible.
    room = Campaign.__table__.c.name.type.length - len(name_suffix) - 1
    copy = Campaign(
        number=next_number(session),
        name=f"{source.name[:room].rstrip()} {name_suffix}".strip(),
        description=source.description,
        status=CampaignStatus.PLANNED,
        planned_start=source.planned_start,
        planned_end=source.planned_end,
        budget=source.budget,
        selection_id=source.selection_id,
        owner_id=source.owner_id,
    )
    settings = (
        "sequence name channel template_id sender_id dossier_item_type_id subject "
        "mail_text mail_html mail_attach_letter reply_to sms_text "
        "dossier_per_contact handled_on_creation fixed_cost cost_per_contact "
        "exclude_used_contacts planned_date"
    ).split()
    actions = {}
    for action in source.actions:
        actions[action.id] = CampaignAction(**{k: getattr(action, k) for k in settings})
        copy.actions.append(actions[action.id])
    session.add(copy)
    session.flush()
    response_types = {}
    for rt in session.scalars(select(ResponseType).where(ResponseType.campaign_id == source.id)):
        response_types[rt.id] = ResponseType(campaign_id=copy.id, name=rt.name, sort_order=rt.sort_order,
                                             active=rt.active)
        session.add(response_types[rt.id])
    session.flush()
    # The follow-up rules go with their actions, pointing at the copied response types.
    for rule in session.scalars(select(FollowUpRule).where(FollowUpRule.action_id.in_(actions))):
        session.add(FollowUpRule(
            action_id=actions[rule.action_id].id, response_type_id=response_types[rule.response_type_id].id,
            subject=rule.subject, assignee_id=rule.assignee_id, due_in_days=rule.due_in_days,
            working_days=rule.working_days))
    session.flush()
    return _to_data(copy)


def delete(session: Session, campaign_id: int, row_version: int | None) -> None:
    """Delete a campaign with its actions; contacts' dossier items stay (unlinked).

    Raises:
        ConcurrentEditError: Someone changed it since ``row_version`` was read.
    """
    campaign = _locked(session, campaign_id, row_version)
    session.delete(campaign)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("campaign", campaign_id) from exc
