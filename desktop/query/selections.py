"""Saved queries (selections, distribution lists): list, load, save, copy, delete, hand over.

A selection stores the query definition, not its result: the members of a target group are
taken from it when it is linked to an action (issue 4) and frozen there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.errors import ConcurrentEditError
from desktop.db.locking import locked
from desktop.db.models import ActionSelection, Campaign, CampaignAction, Selection
from desktop.query.definition import QueryDefinition, parse


class Problem(str, enum.Enum):
    """Why a selection cannot be saved or deleted; the window words each one."""

    NAME_REQUIRED = "name_required"
    NAME_TAKEN = "name_taken"
    IN_USE = "in_use"


class InvalidSelection(ValueError):
    """The request cannot be carried out as asked.

    Attributes:
        field: The input to correct ("name"), or "" for deletion.
        problem: What is wrong.
        campaigns: For IN_USE, the campaigns that use the selection ("2026-003 Frühjahr").
    """

    def __init__(self, field: str, problem: Problem, campaigns: list[str] | None = None) -> None:
        super().__init__(f"{field}: {problem.value} {', '.join(campaigns or [])}".strip())
        self.field = field
        self.problem = problem
        self.campaigns = campaigns or []


@dataclass(frozen=True)
class SelectionRow:
    """One line of the list of selections."""

    id: int
    name: str
    description: str
    is_distribution_list: bool
    updated_at: dt.datetime | None
    updated_by: str
    row_version: int


@dataclass(frozen=True)
class SelectionData:
    """A selection as the query window edits it; ``id`` 0 for a new one."""

    id: int
    name: str
    definition: QueryDefinition
    description: str = ""
    is_distribution_list: bool = False
    row_version: int = 0
    updated_at: dt.datetime | None = None
    updated_by: str = ""

    def replace(self, **changes: object) -> SelectionData:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def _to_data(s: Selection) -> SelectionData:
    return SelectionData(
        id=s.id,
        name=s.name,
        definition=parse(s.definition),
        description=s.description,
        is_distribution_list=s.is_distribution_list,
        row_version=s.row_version,
        updated_at=s.updated_at,
        updated_by=s.updated_by,
    )


def list_selections(session: Session, distribution_lists_only: bool = False) -> list[SelectionRow]:
    """All selections by name, as the clerk scans them (case ignored)."""
    query = select(
        Selection.id, Selection.name, Selection.description, Selection.is_distribution_list,
        Selection.updated_at, Selection.updated_by, Selection.row_version,
    ).order_by(func.lower(Selection.name), Selection.id)
    if distribution_lists_only:
        query = query.where(Selection.is_distribution_list.is_(True))
    return [SelectionRow(*row) for row in session.execute(query)]


def load(session: Session, selection_id: int) -> SelectionData | None:
    """The selection, or None when another clerk deleted it.

    Raises:
        desktop.query.definition.InvalidQuery: The stored definition no longer fits the
            field catalogue; its problems name the conditions.
    """
    selection = session.get(Selection, selection_id, populate_existing=True)
    return _to_data(selection) if selection else None


def find_by_name(session: Session, name: str, except_id: int = 0) -> SelectionRow | None:
    """The selection called ``name``, case ignored (names are unique that way)."""
    # Compared in Python: SQLite's lower() folds only A-Z, so "ÄRZTE" and "ärzte" would pass
    # there and be refused on PostgreSQL. A database holds a few hundred selections at most.
    wanted = name.strip().lower()
    return next((r for r in list_selections(session) if r.name.lower() == wanted and r.id != except_id), None)


def _name_taken(session: Session, name: str, own_id: int) -> bool:
    return find_by_name(session, name, own_id) is not None


def save(session: Session, data: SelectionData, overwrite: bool = False) -> SelectionData:
    """Create (``data.id == 0``) or update a selection.

    Args:
        session: An open session; the caller commits.
        data: The values, with the ``row_version`` they were loaded at.
        overwrite: Save even if another clerk saved in between.

    Raises:
        InvalidSelection: No name, or the name is used by another selection.
        ConcurrentEditError: Another clerk changed or deleted the selection meanwhile.
    """
    name = data.name.strip()
    if not name:
        raise InvalidSelection("name", Problem.NAME_REQUIRED)
    if _name_taken(session, name, data.id):
        raise InvalidSelection("name", Problem.NAME_TAKEN)
    if data.id:
        selection = locked(session, Selection, data.id, None if overwrite else data.row_version, "selection")
    else:
        selection = Selection()
        session.add(selection)
    selection.name = name
    selection.description = data.description.strip()
    selection.definition = data.definition.to_json()
    selection.is_distribution_list = data.is_distribution_list
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("selection", data.id) from exc
    return _to_data(selection)


def _free_name(session: Session, name: str, suffix: str) -> str:
    """"name suffix", or "name suffix 2", "name suffix 3" … whichever no selection has yet.

    A long name is shortened rather than the suffix, so "(copy)" stays visible.
    """
    room = Selection.__table__.c.name.type.length - len(suffix) - 1 - 4
    base = f"{name[:room].rstrip()} {suffix}".strip()
    candidate, number = base, 1
    while _name_taken(session, candidate, 0):
        number += 1
        candidate = f"{base} {number}"
    return candidate


def duplicate(session: Session, selection_id: int, name_suffix: str) -> SelectionData:
    """Copy a selection as "<name> <suffix>" (numbered if that name is taken)."""
    source = session.get(Selection, selection_id)
    if source is None:
        raise ConcurrentEditError("selection", selection_id)
    copy = Selection(
        name=_free_name(session, source.name, name_suffix),
        description=source.description,
        definition=dict(source.definition),
        is_distribution_list=source.is_distribution_list,
    )
    session.add(copy)
    session.flush()
    return _to_data(copy)


def users(session: Session, selection_id: int) -> list[str]:
    """The campaigns ("number name") that use the selection as data source or target group."""
    as_source = select(Campaign.id).where(Campaign.selection_id == selection_id)
    as_target = (
        select(CampaignAction.campaign_id)
        .join(ActionSelection, ActionSelection.action_id == CampaignAction.id)
        .where(ActionSelection.selection_id == selection_id)
    )
    rows = session.execute(
        select(Campaign.number, Campaign.name)
        .where(Campaign.id.in_(as_source.union(as_target).scalar_subquery()))
        .order_by(Campaign.number)
    )
    return [f"{number} {name}" for number, name in rows]


def delete(session: Session, selection_id: int, row_version: int | None) -> None:
    """Delete a selection no campaign uses.

    Raises:
        InvalidSelection: IN_USE, naming the campaigns; the selection stays.
        ConcurrentEditError: Someone changed it since ``row_version`` was read.
    """
    selection = locked(session, Selection, selection_id, row_version, "selection")
    # A campaign's data source or an action's link would silently lose where its members
    # came from; the clerk decides there first.
    campaigns = users(session, selection_id)
    if campaigns:
        raise InvalidSelection("", Problem.IN_USE, campaigns)
    session.delete(selection)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("selection", selection_id) from exc


def use_for_campaign(session: Session, campaign_id: int, selection_id: int | None) -> None:
    """Make the selection the campaign's data source (None clears it).

    Raises:
        ConcurrentEditError: The campaign or the selection was deleted meanwhile.
    """
    campaign = session.get(Campaign, campaign_id, populate_existing=True)
    if campaign is None:
        raise ConcurrentEditError("campaign", campaign_id)
    if selection_id is not None and session.get(Selection, selection_id) is None:
        raise ConcurrentEditError("selection", selection_id)
    campaign.selection_id = selection_id
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("campaign", campaign_id) from exc
