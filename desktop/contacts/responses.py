"""Recording a contact's response to a campaign, and the tasks its follow-up rules create."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from desktop.contacts.tasks import due_date
from desktop.db.models import (
    Campaign,
    CampaignAction,
    DossierItem,
    Employee,
    FollowUpRule,
    Organisation,
    Person,
    Response,
    ResponseType,
    Task,
    utcnow,
)


@dataclass(frozen=True)
class Target:
    """A dossier item a response can be recorded for, with what the clerk checks first."""

    item_id: int
    person_id: int
    person: str
    person_code: str
    campaign_id: int
    campaign: str
    action_id: int | None
    action: str
    subject: str
    created_at: dt.datetime
    handled: bool
    responses: tuple[str, ...]


def _targets(session: Session, *where: object) -> list[Target]:
    query = (
        select(DossierItem, Person, Campaign, CampaignAction.name)
        .join(Person, Person.id == DossierItem.person_id)
        .join(Campaign, Campaign.id == DossierItem.campaign_id)
        .outerjoin(CampaignAction, CampaignAction.id == DossierItem.action_id)
        .where(*where)
        .order_by(DossierItem.created_at.desc(), DossierItem.id.desc())
    )
    rows = session.execute(query).all()
    answered: dict[int, list[str]] = {}
    if rows:
        for item_id, name in session.execute(
            select(Response.dossier_item_id, ResponseType.name)
            .join(ResponseType, ResponseType.id == Response.response_type_id)
            .where(Response.dossier_item_id.in_([r[0].id for r in rows]))
            .order_by(Response.recorded_at, Response.id)
        ):
            answered.setdefault(item_id, []).append(name)
    return [
        Target(item.id, person.id, person.full_name, person.code, campaign.id, f"{campaign.number} {campaign.name}",
               item.action_id, action or "", item.subject, item.created_at, item.handled,
               tuple(answered.get(item.id, ())))
        for item, person, campaign, action in rows
    ]


def target(session: Session, item_id: int) -> Target | None:
    """The dossier item ``item_id`` as a target, or None when it is no campaign item."""
    found = _targets(session, DossierItem.id == item_id)
    return found[0] if found else None


def targets_of_person(session: Session, person_id: int, campaign_id: int | None = None) -> list[Target]:
    """The person's campaign items, newest first (only those of ``campaign_id`` if given)."""
    where = [DossierItem.person_id == person_id]
    if campaign_id is not None:
        where.append(DossierItem.campaign_id == campaign_id)
    return _targets(session, *where)


def response_types(session: Session, campaign_id: int) -> list[tuple[int, str]]:
    """The campaign's active response types as (id, name), in their order."""
    rows = session.execute(
        select(ResponseType.id, ResponseType.name)
        .where(ResponseType.campaign_id == campaign_id, ResponseType.active == true())
        .order_by(ResponseType.sort_order, ResponseType.id)
    )
    return [(id_, name) for id_, name in rows]


class AssignedBecause(enum.Enum):
    """Who a follow-up task went to, and why."""

    NAMED = "named"  # the colleague the rule names
    ACCOUNT_MANAGER = "account_manager"  # the person's account manager
    ORGANISATION_MANAGER = "organisation_manager"  # the organisation's account manager
    CAMPAIGN_OWNER = "campaign_owner"  # no account manager: the campaign's owner
    RECORDER = "recorder"  # nobody else: the clerk who recorded the response


@dataclass(frozen=True)
class CreatedTask:
    """A task a follow-up rule made."""

    id: int
    subject: str
    assignee_id: int
    assignee: str
    due: dt.date
    because: AssignedBecause


@dataclass(frozen=True)
class Recorded:
    """What recording a response did."""

    response_id: int
    tasks: tuple[CreatedTask, ...]


class NotRecordable(ValueError):
    """The item or response type is gone, or the type is not the campaign's."""


def _assignee(session: Session, rule: FollowUpRule, person: Person, campaign: Campaign,
              recorder: int | None) -> tuple[int | None, AssignedBecause]:
    if rule.assignee_id:
        return rule.assignee_id, AssignedBecause.NAMED
    # An account manager or owner who left (inactive) would never see the task.
    active = set(session.scalars(select(Employee.id).where(Employee.active == true())))
    if person.account_manager_id in active:
        return person.account_manager_id, AssignedBecause.ACCOUNT_MANAGER
    if person.organisation_id:
        manager = session.scalar(
            select(Organisation.account_manager_id).where(Organisation.id == person.organisation_id))
        if manager in active:
            return manager, AssignedBecause.ORGANISATION_MANAGER
    if campaign.owner_id in active:
        return campaign.owner_id, AssignedBecause.CAMPAIGN_OWNER
    return recorder, AssignedBecause.RECORDER


def record(
    session: Session,
    item_id: int,
    response_type_id: int,
    *,
    note: str = "",
    employee_id: int | None = None,
    handled: bool = True,
    today: dt.date | None = None,
) -> Recorded:
    """Record the response and create the tasks of the action's follow-up rules for it.

    Args:
        item_id: The dossier item answered (the letter, e-mail, call …).
        employee_id: The clerk recording it; also the assignee of last resort.
        handled: Mark the dossier item handled.
        today: The day the due dates count from (for tests); default today.

    Raises:
        NotRecordable: The item is gone or no campaign item, or the type is not the campaign's.
    """
    item = session.get(DossierItem, item_id)
    response_type = session.get(ResponseType, response_type_id)
    if item is None or item.person_id is None or item.campaign_id is None:
        raise NotRecordable("item")
    if response_type is None or response_type.campaign_id != item.campaign_id:
        raise NotRecordable("response_type")
    today = today or dt.date.today()
    response = Response(dossier_item_id=item.id, response_type_id=response_type.id, note=note.strip(),
                        employee_id=employee_id)
    session.add(response)
    if handled and not item.handled:
        item.handled = True
        item.handled_at = utcnow()
    session.flush()
    person = session.get(Person, item.person_id)
    campaign = session.get(Campaign, item.campaign_id)
    assert person is not None and campaign is not None  # the foreign keys hold them
    rules = session.scalars(
        select(FollowUpRule).where(FollowUpRule.action_id == item.action_id,
                                   FollowUpRule.response_type_id == response_type.id)
        .order_by(FollowUpRule.id)
    ).all() if item.action_id else []
    created = []
    for rule in rules:
        assignee, because = _assignee(session, rule, person, campaign, employee_id)
        if assignee is None:
            continue  # nobody at all to give it to: the clerk is told by the caller
        due = due_date(today, rule.due_in_days, rule.working_days)
        text = f"{response_type.name}: {note.strip()}" if note.strip() else response_type.name
        task = Task(assignee_id=assignee, due=due, subject=rule.subject, text=text, person_id=person.id,
                    dossier_item_id=item.id, campaign_id=campaign.id, response_id=response.id)
        session.add(task)
        session.flush()
        employee = session.get(Employee, assignee)
        created.append(CreatedTask(task.id, task.subject, assignee, employee.display_name if employee else "",
                                   due, because))
    return Recorded(response.id, tuple(created))


def take_back(session: Session, response_id: int) -> int:
    """Delete a response recorded by mistake, with the open tasks it created; returns how many tasks.

    Tasks already done stay: somebody did the work.
    """
    response = session.get(Response, response_id)
    if response is None:
        return 0
    tasks = session.scalars(select(Task).where(Task.response_id == response_id, Task.done.is_(False))).all()
    for task in tasks:
        session.delete(task)
    session.delete(response)
    session.flush()
    return len(tasks)


def set_handled(session: Session, item_id: int, handled: bool) -> None:
    """Mark a dossier item handled or open again."""
    item = session.get(DossierItem, item_id)
    if item is None:
        raise NotRecordable("item")
    item.handled = handled
    item.handled_at = utcnow() if handled else None
    session.flush()
