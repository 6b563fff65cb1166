"""The target group of a campaign action: who is in it, where they came from, who is linked.

A target group is frozen when it is built: linking a selection copies the persons the
selection finds at that moment (one ``INSERT … SELECT``, never a loop over persons), and
later changes to the selection or to the persons do not change it. Only linked members
take part in a run. Persons who must not get the action's channel (deceased, the
do-not-contact flag of the channel, no postal address for a letter, no usable e-mail
address, no mobile number) stay in the group, unlinked, with the reason. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    delete,
    false,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    true,
    update,
)

from desktop.db.engine import Database
from desktop.db.models import ActionMember, ActionSelection, CampaignAction, Channel, MemberOrigin, Person, Selection
from desktop.db.models.base import current_login, utcnow
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.query import compiler
from desktop.query.definition import QueryDefinition, parse

M = ActionMember.__table__
P = Person.__table__
A = CampaignAction.__table__


class Exclusion(str, enum.Enum):
    """Why a member must not get the action's channel (stored in ``exclusion_reason``)."""

    DECEASED = "deceased"
    NO_LETTER = "no_letter"  # the person asked for no letters
    NO_EMAIL = "no_email"  # … no e-mails
    NO_SMS = "no_sms"  # … no SMS
    NO_ADDRESS = "no_address"  # no street, postcode or city
    NO_EMAIL_ADDRESS = "no_email_address"  # none, or not an address
    NO_MOBILE = "no_mobile"


def _blank(column: Any) -> ColumnElement[bool]:
    return func.trim(func.coalesce(column, "")) == ""


def _rules(channel: Channel) -> list[tuple[Exclusion, ColumnElement[bool]]]:
    """The exclusions of a channel as conditions on ``person``, the first that holds wins."""
    rules: list[tuple[Exclusion, ColumnElement[bool]]] = [(Exclusion.DECEASED, P.c.deceased == true())]
    if channel in (Channel.LETTER, Channel.PRINT_SERVICE):
        rules += [
            (Exclusion.NO_LETTER, P.c.no_letter == true()),
            (Exclusion.NO_ADDRESS, or_(_blank(P.c.street), _blank(P.c.postcode), _blank(P.c.city))),
        ]
    elif channel is Channel.EMAIL:
        email = func.coalesce(P.c.email, "")
        # Syntax only, as far as SQL sees it: something@something.something, no spaces.
        usable = and_(email.like("%_@_%._%"), not_(email.like("% %")), not_(email.like("%@%@%")))
        rules += [(Exclusion.NO_EMAIL, P.c.no_email == true()), (Exclusion.NO_EMAIL_ADDRESS, not_(usable))]
    elif channel is Channel.SMS:
        rules += [(Exclusion.NO_SMS, P.c.no_sms == true()), (Exclusion.NO_MOBILE, _blank(P.c.mobile))]
    return rules


def apply_exclusions(conn: Connection, action_id: int) -> int:
    """Mark and unlink the members of ``action_id`` who must not get its channel.

    Members already marked keep their reason. Returns how many were marked now.
    """
    channel = conn.execute(select(A.c.channel).where(A.c.id == action_id)).scalar_one()
    marked = 0
    for reason, holds in _rules(Channel(channel)):
        result = conn.execute(
            update(M)
            .where(
                M.c.action_id == action_id,
                M.c.exclusion_reason == "",
                M.c.person_id.in_(select(P.c.id).where(holds)),
            )
            .values(exclusion_reason=reason.value, linked=False)
        )
        marked += result.rowcount or 0
    return marked


class SelectionAlreadyLinked(ValueError):
    """The selection is linked to this action already; its members are in the group."""

    def __init__(self, selection_name: str, linked_at: dt.datetime) -> None:
        super().__init__(selection_name)
        self.selection_name = selection_name
        self.linked_at = linked_at


@dataclass(frozen=True)
class AddResult:
    """What adding persons to a target group did."""

    found: int  # persons the selection, filter or list named
    added: int  # new members (linked or excluded)
    already_members: int  # in the group before
    used_before: int  # left out: already used in an earlier action of the campaign
    excluded: int  # added, but unlinked: must not get this channel


def earlier_members(action_id: int) -> Select[Any]:
    """Persons linked in an earlier action (lower sequence number) of the same campaign."""
    this = A.alias("this_action")
    return (
        select(M.c.person_id)
        .join(A, A.c.id == M.c.action_id)
        .join(this, and_(this.c.campaign_id == A.c.campaign_id, A.c.sequence < this.c.sequence))
        .where(this.c.id == action_id, M.c.linked == true())
    )


def _add(
    conn: Connection,
    action_id: int,
    persons: Select[Any],
    *,
    origin: MemberOrigin,
    exclude_used: bool,
    selection_id: int | None = None,
    origin_action_id: int | None = None,
    origin_file: str = "",
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> AddResult:
    """Insert the persons ``persons`` selects (one ``id`` column) as members, set-based."""
    found_ids = persons.subquery("found")
    progress(0, 4, "persons")
    found = conn.execute(select(func.count()).select_from(found_ids)).scalar_one()
    current = select(M.c.person_id).where(M.c.action_id == action_id)
    already = conn.execute(
        select(func.count()).select_from(found_ids).where(found_ids.c.id.in_(current))
    ).scalar_one()
    if cancel():
        raise Cancelled()
    progress(1, 4, "persons")
    new = select(found_ids.c.id).where(found_ids.c.id.not_in(current))
    used_before = 0
    if exclude_used:
        used = earlier_members(action_id)
        used_before = conn.execute(
            select(func.count()).select_from(new.where(found_ids.c.id.in_(used)).subquery())
        ).scalar_one()
        new = new.where(found_ids.c.id.not_in(used))
    if cancel():
        raise Cancelled()
    progress(2, 4, "persons")
    now, login = utcnow(), current_login()
    columns = ["action_id", "person_id", "linked", "origin", "origin_selection_id", "origin_action_id",
               "origin_file", "exclusion_reason", "added_at", "added_by"]
    # Typed: PostgreSQL cannot tell the type of a bare parameter in a select list.
    new_ids = new.subquery("new")
    rows = select(
        cast(literal(action_id), Integer), new_ids.c.id, cast(literal(True), Boolean),
        cast(literal(origin.value), String), cast(literal(selection_id), Integer),
        cast(literal(origin_action_id), Integer), cast(literal(origin_file), String),
        cast(literal(""), String), literal(now, M.c.added_at.type), cast(literal(login), String),
    )
    size = select(func.count()).select_from(M).where(M.c.action_id == action_id)
    before = conn.execute(size).scalar_one()
    conn.execute(insert(M).from_select(columns, rows))
    # Counted rather than taken from rowcount, which drivers do not all give for this.
    added = conn.execute(size).scalar_one() - before
    if cancel():
        raise Cancelled()
    progress(3, 4, "persons")
    excluded = apply_exclusions(conn, action_id)
    progress(4, 4, "persons")
    return AddResult(found, added, already, used_before, excluded)


def link_selection(
    db: Database,
    action_id: int,
    selection_id: int,
    *,
    exclude_used: bool = False,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> AddResult:
    """Add the persons a saved selection finds now; all or nothing.

    Args:
        exclude_used: Leave out persons linked in an earlier action of the campaign (the
            pilot case: action 2 on everybody but action 1's pilot group).

    Raises:
        SelectionAlreadyLinked: The selection is linked to this action already.
        LookupError: The action or the selection no longer exists.
    """
    with db.engine.begin() as conn:
        row = conn.execute(select(Selection.name, Selection.definition).where(Selection.id == selection_id)).first()
        if row is None or conn.execute(select(A.c.id).where(A.c.id == action_id)).first() is None:
            raise LookupError(selection_id if row is None else action_id)
        linked_at = conn.execute(
            select(ActionSelection.linked_at).where(
                ActionSelection.action_id == action_id, ActionSelection.selection_id == selection_id
            )
        ).scalar()
        if linked_at is not None:
            raise SelectionAlreadyLinked(row.name, linked_at)
        definition = parse(row.definition)
        result = _add(conn, action_id, compiler.select_ids(definition, today), origin=MemberOrigin.SELECTION,
                      exclude_used=exclude_used, selection_id=selection_id, progress=progress, cancel=cancel)
        conn.execute(insert(ActionSelection.__table__).values(
            action_id=action_id, selection_id=selection_id, linked_at=utcnow(), member_count=result.added))
        return result


def add_by_filter(
    db: Database,
    action_id: int,
    definition: QueryDefinition,
    *,
    exclude_used: bool = False,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> AddResult:
    """Mass assignment: add every person a query finds, as added by hand."""
    with db.engine.begin() as conn:
        return _add(conn, action_id, compiler.select_ids(definition, today), origin=MemberOrigin.MANUAL,
                    exclude_used=exclude_used, progress=progress, cancel=cancel)


def add_persons(conn: Connection, action_id: int, person_ids: Iterable[int]) -> AddResult:
    """Add the persons ``person_ids`` by hand (the caller's transaction)."""
    ids = sorted(set(person_ids))
    return _add(conn, action_id, select(P.c.id).where(P.c.id.in_(ids)), origin=MemberOrigin.MANUAL,
                exclude_used=False)


def copy_from_action(conn: Connection, source_action_id: int, target_action_id: int) -> AddResult:
    """Take over the target group of an earlier action as it is (not recomputed).

    Members the clerk unlinked in the source stay unlinked. Members left out there because
    of the source's channel are judged by the new action's channel instead: someone
    without a postal address may well get an e-mail.
    """
    found = select(M.c.person_id.label("id")).where(M.c.action_id == source_action_id)
    result = _add(conn, target_action_id, found, origin=MemberOrigin.ACTION, exclude_used=False,
                  origin_action_id=source_action_id)
    unlinked = select(M.c.person_id).where(
        M.c.action_id == source_action_id, M.c.linked == false(), M.c.exclusion_reason == ""
    )
    # Only the rows this copy brought in: persons in the group before keep their state.
    conn.execute(
        update(M)
        .where(M.c.action_id == target_action_id, M.c.origin == MemberOrigin.ACTION.value,
               M.c.origin_action_id == source_action_id, M.c.person_id.in_(unlinked))
        .values(linked=False)
    )
    return result


def recheck(conn: Connection, action_id: int) -> int:
    """Judge the whole group again by the action's channel (after the channel changed).

    Members left out for the old channel are let in again (linked, as the exclusion had
    unlinked them) unless the new channel leaves them out too. Returns how many are left
    out now.
    """
    conn.execute(
        update(M).where(M.c.action_id == action_id, M.c.exclusion_reason != "")
        .values(exclusion_reason="", linked=True)
    )
    return apply_exclusions(conn, action_id)


def set_linked(conn: Connection, action_id: int, person_ids: Sequence[int], linked: bool) -> int:
    """Link or unlink members; excluded members stay unlinked. Returns how many changed."""
    result = conn.execute(
        update(M)
        .where(M.c.action_id == action_id, M.c.person_id.in_(list(person_ids)), M.c.linked != linked,
               M.c.exclusion_reason == "")
        .values(linked=linked)
    )
    return result.rowcount or 0


def remove(conn: Connection, action_id: int, person_ids: Sequence[int]) -> int:
    """Take persons out of the target group. Returns how many were removed."""
    result = conn.execute(delete(M).where(M.c.action_id == action_id, M.c.person_id.in_(list(person_ids))))
    return result.rowcount or 0


@dataclass(frozen=True)
class Summary:
    total: int
    linked: int
    excluded: int


def summary(conn: Connection, action_id: int) -> Summary:
    row = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((M.c.linked == true(), 1), else_=0)), 0),
            func.coalesce(func.sum(case((M.c.exclusion_reason != "", 1), else_=0)), 0),
        ).where(M.c.action_id == action_id)
    ).one()
    return Summary(int(row[0]), int(row[1]), int(row[2]))


@dataclass(frozen=True)
class MemberRow:
    """One member as the target-group table and the CLI show it."""

    person_id: int
    code: str
    name: str
    postcode: str
    city: str
    email: str
    linked: bool
    origin: MemberOrigin
    origin_selection: str  # the selection's name, for origin SELECTION
    origin_action: int | None  # the earlier action's sequence number, for origin ACTION
    origin_file: str
    added_at: dt.datetime
    added_by: str
    exclusion: Exclusion | None


def member_rows(
    conn: Connection, action_id: int, *, excluded: bool | None = None, offset: int = 0, limit: int | None = None
) -> list[MemberRow]:
    """Members in the order of the person list; ``excluded`` True/False for one kind only."""
    origin_action = A.alias("origin_action")
    query = (
        select(
            P.c.id, P.c.code, P.c.title, P.c.first_name, P.c.name_prefix, P.c.last_name, P.c.postcode,
            P.c.city, P.c.email, M.c.linked, M.c.origin, Selection.name, origin_action.c.sequence,
            M.c.origin_file, M.c.added_at, M.c.added_by, M.c.exclusion_reason,
        )
        .join(P, P.c.id == M.c.person_id)
        .outerjoin(Selection, Selection.id == M.c.origin_selection_id)
        .outerjoin(origin_action, origin_action.c.id == M.c.origin_action_id)
        .where(M.c.action_id == action_id)
        .order_by(P.c.sort_key, P.c.id)
        .offset(offset)
    )
    if excluded is not None:
        query = query.where((M.c.exclusion_reason != "") if excluded else (M.c.exclusion_reason == ""))
    if limit is not None:
        query = query.limit(limit)
    return [
        MemberRow(
            person_id=r[0], code=r[1], name=" ".join(p for p in (r[2], r[3], r[4], r[5]) if p),
            postcode=r[6], city=r[7], email=r[8], linked=bool(r[9]), origin=MemberOrigin(r[10]),
            origin_selection=r[11] or "", origin_action=r[12], origin_file=r[13], added_at=r[14],
            added_by=r[15], exclusion=Exclusion(r[16]) if r[16] else None,
        )
        for r in conn.execute(query)
    ]
