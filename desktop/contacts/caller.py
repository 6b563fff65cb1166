"""Who is calling: the persons a phone number belongs to, with their open campaign items.

A number is looked up in the persons' phone and mobile numbers and in the organisations'
switchboard numbers; a call from an organisation's number offers all its persons. Numbers
are compared in E.164 form (see :mod:`desktop.db.phones`), so "+49 221 1234567",
"0049 221 1234567" and "0221/123-4567" all find the same contact.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import false, func, or_, select
from sqlalchemy.orm import Session

from desktop.db.models import Campaign, CampaignAction, CampaignStatus, DossierItem, Organisation, Person
from desktop.db.folding import fold, folded_match
from desktop.db.phones import phone_key

RUNNING = (CampaignStatus.PLANNED, CampaignStatus.ACTIVE)
# An organisation with more persons than this is listed with the first ones only.
MOST_PER_ORGANISATION = 50


def office_region(language: str, configured: str = "") -> str:
    """The country a number without a country code is read in: the setting, else by language."""
    if configured.strip():
        return configured.strip().upper()
    return "NL" if language == "nl" else "DE"


class MatchedBy(enum.Enum):
    """Which number of the contact the caller's number is."""

    PHONE = "phone"
    MOBILE = "mobile"
    ORGANISATION = "organisation"
    NAME = "name"  # found by name or code, not by a number


@dataclass(frozen=True)
class CallerMatch:
    """A person the number belongs to, and what of theirs is open in campaigns.

    Attributes:
        open_items: The person's items of running campaigns and items not yet handled,
            newest first, as (dossier item id, "campaign number name – action name").
    """

    person_id: int
    code: str
    name: str
    organisation: str
    city: str
    matched_by: MatchedBy
    number: str
    open_items: tuple[tuple[int, str], ...]


def find_callers(session: Session, number: str, region: str = "DE") -> list[CallerMatch]:
    """The persons ``number`` belongs to: own numbers first, then the organisation's persons.

    Returns an empty list for a number that cannot be read as a phone number.
    """
    key = phone_key(number, region)
    if not key:
        return []
    org_name = select(Organisation.name).where(Organisation.id == Person.organisation_id).scalar_subquery()
    own = session.execute(
        select(Person, org_name).where(or_(Person.phone_key == key, Person.mobile_key == key))
        .order_by(Person.sort_key, Person.id)
    ).all()
    found: dict[int, tuple[Person, str, MatchedBy, str]] = {}
    for person, org in own:
        by = MatchedBy.PHONE if person.phone_key == key else MatchedBy.MOBILE
        found[person.id] = (person, org or "", by, person.phone if by is MatchedBy.PHONE else person.mobile)
    organisations = session.execute(
        select(Organisation.id, Organisation.name, Organisation.phone).where(Organisation.phone_key == key)
    ).all()
    for org_id, name, phone in organisations:
        staff = session.scalars(
            select(Person).where(Person.organisation_id == org_id, Person.deceased == false())
            .order_by(Person.sort_key, Person.id).limit(MOST_PER_ORGANISATION)
        )
        for person in staff:
            found.setdefault(person.id, (person, name, MatchedBy.ORGANISATION, phone))
    items = open_items(session, list(found))
    return [
        CallerMatch(p.id, p.code, p.full_name, org, p.city, by, raw, tuple(items.get(p.id, ())))
        for p, org, by, raw in found.values()
    ]


def open_items(session: Session, person_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """Each person's dossier items of campaigns still running or not yet handled, newest first.

    A letter is often handled the moment it is printed, yet the campaign waits for the
    answer: so an item of a planned or active campaign counts as open either way.
    """
    if not person_ids:
        return {}
    label = func.coalesce(Campaign.number, "") + " " + func.coalesce(Campaign.name, "")
    rows = session.execute(
        select(DossierItem.person_id, DossierItem.id, label, func.coalesce(CampaignAction.name, ""))
        .join(Campaign, Campaign.id == DossierItem.campaign_id)
        .outerjoin(CampaignAction, CampaignAction.id == DossierItem.action_id)
        .where(DossierItem.person_id.in_(person_ids),
               or_(DossierItem.handled == false(), Campaign.status.in_(RUNNING)))
        .order_by(DossierItem.created_at.desc(), DossierItem.id.desc())
    ).all()
    result: dict[int, list[tuple[int, str]]] = {}
    for person_id, item_id, campaign, action in rows:
        result.setdefault(person_id, []).append((item_id, f"{campaign} – {action}" if action else campaign))
    return result


def find_by_name(session: Session, text: str, limit: int = 50) -> list[CallerMatch]:
    """Persons whose code, name, city or organisation holds every word of ``text``."""
    words = text.split()
    if not words:
        return []
    org = select(Organisation.name).where(Organisation.id == Person.organisation_id).scalar_subquery()
    query = select(Person, org).order_by(Person.sort_key, Person.id).limit(limit)
    for word in words:
        # Folded as every search of the program: "muller" finds "Müller", "özdemir" "Özdemir".
        target = fold(word)
        query = query.where(or_(*(folded_match(column, target, "contains") for column in
                                  (Person.code, Person.last_name, Person.first_name, Person.city, org))))
    rows = session.execute(query).all()
    items = open_items(session, [p.id for p, _org in rows])
    return [CallerMatch(p.id, p.code, p.full_name, org or "", p.city, MatchedBy.NAME, "",
                        tuple(items.get(p.id, ()))) for p, org in rows]


def looks_like_number(text: str) -> bool:
    """Whether a search text is a phone number rather than a name: digits and + ( ) / - . only."""
    stripped = text.strip()
    return bool(stripped) and any(ch.isdigit() for ch in stripped) and all(
        ch.isdigit() or ch in " +()/-." for ch in stripped)


def find_contact(session: Session, text: str, region: str = "DE") -> list[CallerMatch]:
    """What the "find contact" field finds: by phone number, else by code, name, city or organisation."""
    if looks_like_number(text):
        found = find_callers(session, text, region)
        if found:
            return found
    return find_by_name(session, text)
