"""An interested person added on the spot and put into a campaign action in one step.

Before a new person is created, :func:`duplicates` looks for one who is probably the same:
the same last name at the same postcode, the same e-mail address, or the same phone
number (however written). The clerk then takes the existing person instead.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.campaigns import members, persons
from desktop.db.folding import fold
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    CampaignStatus,
    DossierItem,
    DossierItemType,
    Person,
)
from desktop.db.phones import phone_key


class Reason(enum.Enum):
    """Why an existing person is probably the one being entered."""

    NAME_AND_POSTCODE = "name_postcode"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class Duplicate:
    """An existing person the new one probably is."""

    person_id: int
    code: str
    name: str
    postcode: str
    city: str
    email: str
    reasons: tuple[Reason, ...]


def _postcode(text: str) -> str:
    return "".join(text.split()).upper()


def duplicates(session: Session, new: persons.NewPerson, limit: int = 20) -> list[Duplicate]:
    """Existing persons who are probably ``new``, best matches (most reasons) first."""
    tests: list[tuple[Reason, object]] = []
    if new.last_name.strip() and new.postcode.strip():
        # The sort key starts with the folded last name, so "müller", "Muller" and "MÜLLER"
        # match alike: the ways clerks type the same name differently.
        name = Person.sort_key.startswith(fold(new.last_name.strip()) + "\x1f", autoescape=True)
        postcode = func.upper(func.replace(Person.postcode, " ", "")) == _postcode(new.postcode)
        tests.append((Reason.NAME_AND_POSTCODE, name & postcode))
    if new.email.strip():
        tests.append((Reason.EMAIL, func.lower(Person.email) == new.email.strip().lower()))
    keys = {k for k in (phone_key(new.phone, new.country), phone_key(new.mobile, new.country)) if k}
    if keys:
        tests.append((Reason.PHONE, or_(Person.phone_key.in_(keys), Person.mobile_key.in_(keys))))
    if not tests:
        return []
    found: dict[int, tuple[Person, list[Reason]]] = {}
    for reason, test in tests:
        for person in session.scalars(select(Person).where(test).order_by(Person.id).limit(limit)):
            found.setdefault(person.id, (person, []))[1].append(reason)
    ranked = sorted(found.values(), key=lambda pair: (-len(pair[1]), pair[0].sort_key, pair[0].id))
    return [Duplicate(p.id, p.code, p.full_name, p.postcode, p.city, p.email, tuple(r)) for p, r in ranked[:limit]]


class Joined(enum.Enum):
    """What putting a person into an action did."""

    ADDED = "added"  # now a member; gets the action with its next run
    ADDED_WITH_ITEM = "added_with_item"  # the action ran already: the dossier item is there now
    ALREADY_MEMBER = "already_member"
    EXCLUDED = "excluded"  # a member, but must not get the channel (no letters, deceased …)


@dataclass(frozen=True)
class JoinResult:
    outcome: Joined
    item_id: int | None = None
    exclusion_reason: str = ""


def join_action(session: Session, person_id: int, action_id: int, employee_id: int | None) -> JoinResult:
    """Put the person into the action's target group (the caller commits).

    When the action was generated already, the person also gets its dossier item (open),
    so that their response can be recorded at once; the letter itself is not sent.
    """
    result = members.add_persons(session.connection(), action_id, [person_id])
    action = session.get(CampaignAction, action_id)
    assert action is not None
    if result.already_members:
        return JoinResult(Joined.ALREADY_MEMBER, _item_of(session, person_id, action_id))
    reason = session.scalar(select(ActionMember.exclusion_reason).where(
        ActionMember.action_id == action_id, ActionMember.person_id == person_id)) or ""
    if reason:
        return JoinResult(Joined.EXCLUDED, None, reason)
    if action.generated_at is None:
        return JoinResult(Joined.ADDED)
    campaign = session.get(Campaign, action.campaign_id)
    item = DossierItem(person_id=person_id, campaign_id=action.campaign_id, action_id=action.id,
                       type_id=action.dossier_item_type_id or _default_type(session), subject=action.subject
                       or action.name, handled=False, employee_id=employee_id or action.sender_id
                       or (campaign.owner_id if campaign else None))
    session.add(item)
    session.flush()
    return JoinResult(Joined.ADDED_WITH_ITEM, item.id)


def _item_of(session: Session, person_id: int, action_id: int) -> int | None:
    return session.scalar(select(DossierItem.id).where(
        DossierItem.person_id == person_id, DossierItem.action_id == action_id).order_by(DossierItem.id.desc()))


def _default_type(session: Session) -> int:
    found = session.scalar(select(DossierItemType.id).order_by(DossierItemType.id).limit(1))
    if found is None:
        raise LookupError("no dossier item type")
    return found


def add_interested(session: Session, new: persons.NewPerson, action_id: int | None,
                   employee_id: int | None) -> tuple[int, JoinResult | None]:
    """Create the person and, if ``action_id`` is given, put them into that action."""
    person = persons.create(session, new)
    if action_id is None:
        return person.id, None
    return person.id, join_action(session, person.id, action_id, employee_id)


def open_actions(session: Session) -> list[tuple[int, str]]:
    """Actions of planned and active campaigns as (id, "number campaign – action")."""
    rows = session.execute(
        select(CampaignAction.id, Campaign.number, Campaign.name, CampaignAction.name)
        .join(Campaign, Campaign.id == CampaignAction.campaign_id)
        .where(Campaign.status.in_((CampaignStatus.PLANNED, CampaignStatus.ACTIVE)))
        .order_by(Campaign.number.desc(), CampaignAction.sequence)
    )
    return [(id_, f"{number} {campaign} – {action}") for id_, number, campaign, action in rows]
