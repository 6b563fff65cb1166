"""A campaign's response types and its actions' follow-up rules, as the campaign editor sets them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import FollowUpRule, Response, ResponseType


@dataclass(frozen=True)
class ResponseTypeData:
    """A response type as edited; id 0 for a new one."""

    id: int
    name: str
    active: bool = True


def response_type_rows(session: Session, campaign_id: int) -> list[ResponseTypeData]:
    """All of the campaign's response types, inactive ones too, in their order."""
    rows = session.execute(
        select(ResponseType.id, ResponseType.name, ResponseType.active)
        .where(ResponseType.campaign_id == campaign_id)
        .order_by(ResponseType.sort_order, ResponseType.id)
    )
    return [ResponseTypeData(id_, name, active) for id_, name, active in rows]


def used_response_types(session: Session, campaign_id: int) -> set[int]:
    """The campaign's response types some response was recorded with."""
    return set(session.scalars(
        select(Response.response_type_id).join(ResponseType, ResponseType.id == Response.response_type_id)
        .where(ResponseType.campaign_id == campaign_id).distinct()
    ))


def save_response_types(session: Session, campaign_id: int, wanted: list[ResponseTypeData]) -> list[int]:
    """Make the campaign's response types ``wanted``, in that order (the caller commits).

    A type left out is deleted, unless responses were recorded with it: then it is kept,
    inactive, so the recorded responses keep their meaning. Returns the ids in order.

    Raises:
        ValueError: A name is empty or given twice.
    """
    names = [w.name.strip() for w in wanted]
    if any(not n for n in names):
        raise ValueError("empty")
    if len({n.casefold() for n in names}) != len(names):
        raise ValueError("duplicate")
    existing = {t.id: t for t in session.scalars(
        select(ResponseType).where(ResponseType.campaign_id == campaign_id))}
    used = used_response_types(session, campaign_id)
    ids = []
    for order, (data, name) in enumerate(zip(wanted, names)):
        kind = existing.pop(data.id, None) if data.id else None
        if kind is None:
            kind = ResponseType(campaign_id=campaign_id)
            session.add(kind)
        kind.name, kind.active, kind.sort_order = name, data.active, order
        session.flush()
        ids.append(kind.id)
    for gone in existing.values():
        if gone.id in used:
            gone.active = False
            gone.sort_order = len(ids) + gone.sort_order
        else:
            session.delete(gone)
    session.flush()
    return ids


@dataclass(frozen=True)
class RuleData:
    """A follow-up rule as edited; ``assignee_id`` None means the person's account manager."""

    id: int
    response_type_id: int
    subject: str
    assignee_id: int | None
    due_in_days: int
    working_days: bool


def rules_of_action(session: Session, action_id: int) -> list[RuleData]:
    """The action's follow-up rules, in the order they were made."""
    rules = session.scalars(select(FollowUpRule).where(FollowUpRule.action_id == action_id)
                            .order_by(FollowUpRule.id))
    return [RuleData(r.id, r.response_type_id, r.subject, r.assignee_id, r.due_in_days, r.working_days)
            for r in rules]


def save_rules(session: Session, action_id: int, wanted: list[RuleData]) -> None:
    """Make the action's follow-up rules ``wanted`` (the caller commits).

    Raises:
        ValueError: A rule has no task subject or a negative number of days.
    """
    for rule in wanted:
        if not rule.subject.strip():
            raise ValueError("subject")
        if rule.due_in_days < 0:
            raise ValueError("days")
    existing = {r.id: r for r in session.scalars(select(FollowUpRule).where(FollowUpRule.action_id == action_id))}
    for data in wanted:
        rule = existing.pop(data.id, None) if data.id else None
        if rule is None:
            rule = FollowUpRule(action_id=action_id)
            session.add(rule)
        rule.response_type_id = data.response_type_id
        rule.subject = data.subject.strip()
        rule.assignee_id = data.assignee_id
        rule.due_in_days = data.due_in_days
        rule.working_days = data.working_days
    for gone in existing.values():
        session.delete(gone)
    session.flush()

