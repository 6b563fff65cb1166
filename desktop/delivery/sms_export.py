"""The SMS of an action as a CSV file for an SMS gateway, run like a mass print. No Qt here.

The export is a mass run (:mod:`desktop.merge.run_plan`): planned once with a letter ID per
linked member, its items committed a chunk at a time together with the dossier items, so a
second export never writes a dossier item twice, a cancelled one is resumed, and a clerk
is told who is exporting right now. Each exported contact's item is *archived* (the SMS
text is in the dossier item); a contact who may not or cannot get an SMS is *skipped* with
the reason. The CSV always holds every exported SMS of the run, also after a resume.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, bindparam, insert, select, update

from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    Channel,
    DossierItem,
    Person,
)
from desktop.db.models.base import current_login, utcnow
from desktop.db.models.enums import ItemState
from desktop.delivery.sms_text import (  # noqa: F401 - the module's public names
    BadNumber,
    SmsLength,
    SmsTemplate,
    SmsTemplateError,
    check_text,
    normalise_mobile,
)
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.merge import run_plan
from desktop.merge.letter_data import merge_data
from desktop.merge.run import PENDING, recipients, sender_of
from desktop.merge.run_archive import ActionFacts, action_facts, finish

I = run_plan.I
P = Person.__table__
M = ActionMember.__table__
CHUNK = 500
HEADERS = ("Number", "Text", "LetterID", "ContactCode", "Name")
# Reasons of a contact left out at export time (besides desktop.campaigns.members.Exclusion's).
DECEASED, NO_SMS, NO_MOBILE = "deceased", "no_sms", "no_mobile"


class NotAnSmsAction(ValueError):
    """The action's channel is not SMS: its target group was checked for another channel."""


@dataclass(frozen=True)
class LeftOut:
    """A contact of the target group who gets no SMS, and why (a reason code)."""

    contact_code: str
    name: str
    reason: str  # Exclusion value, or "invalid_number" / "not_a_mobile"


@dataclass(frozen=True)
class LongText:
    """A contact whose SMS is longer than the limit the clerk chose."""

    contact_code: str
    name: str
    length: SmsLength


@dataclass(frozen=True)
class SmsExportResult:
    """What the export wrote and what it left out."""

    run_id: int
    exported: int
    target: Path
    left_out: list[LeftOut] = field(default_factory=list)
    too_long: list[LongText] = field(default_factory=list)


def export_sms(
    db: Database,
    action_id: int,
    target_csv: Path,
    *,
    resume: bool = False,
    again: bool = False,
    max_parts: int = 1,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> SmsExportResult:
    """Export the SMS of ``action_id`` to ``target_csv`` (written atomically, ``.part`` first).

    Args:
        resume: Continue the export that stopped (see :func:`run_plan.claim`).
        again: Export once more, with new dossier items, an action exported before.
        max_parts: SMS longer than this many parts are listed in ``too_long`` (still exported).

    Raises:
        NotAnSmsAction: The action is no SMS action.
        SmsTemplateError: The action's SMS text is empty or cannot be merged; nothing started.
        RunInProgress, AlreadyGenerated, NothingToGenerate: From :func:`run_plan.claim`.
        Cancelled: The clerk cancelled; the export stays resumable, no file was written.
    """
    with db.engine.connect() as conn:
        action = conn.execute(select(CampaignAction.channel, CampaignAction.sms_text)
                              .where(CampaignAction.id == action_id)).one()
    if Channel(action.channel) is not Channel.SMS:
        raise NotAnSmsAction(action_id)
    template = SmsTemplate(action.sms_text or "")
    run_id = run_plan.claim(db, action_id, {"output": "sms", "file": str(target_csv)}, resume=resume, again=again)
    with run_plan.closing(db, run_id):
        return _export(db, run_id, template, Path(target_csv), max_parts, today or dt.date.today(), progress,
                       cancel)


def _export(db: Database, run_id: int, template: SmsTemplate, target: Path, max_parts: int, today: dt.date,
            progress: Progress, cancel: Callable[[], bool]) -> SmsExportResult:
    with db.engine.connect() as conn:
        action_id = conn.execute(select(run_plan.R.c.action_id).where(run_plan.R.c.id == run_id)).scalar_one()
        facts = action_facts(conn, action_id, None)
        sender = sender_of(conn, facts.sender_id)
        campaign = conn.execute(select(Campaign.number, Campaign.name).where(Campaign.id == facts.campaign_id)).one()
        items = conn.execute(select(I.c.id, I.c.person_id, I.c.letter_code, I.c.state, I.c.error)
                             .where(I.c.run_id == run_id).order_by(I.c.position)).all()
        left_out = _excluded_members(conn, action_id)
    context = {"campaign": campaign.name, "campaign_number": campaign.number, "action": facts.name,
               "subject": facts.subject, "today": today}
    too_long: list[LongText] = []
    exported = 0
    part = target.with_name(target.name + ".part")
    try:
        with part.open("w", encoding="utf-8-sig", newline="") as out:
            # As Excel in a German or Dutch office opens it (the clerk checks it before upload).
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            writer.writerow(HEADERS)
            for start in range(0, len(items), CHUNK):
                if cancel():
                    raise Cancelled()
                chunk = items[start : start + CHUNK]
                with db.engine.begin() as conn:
                    people = recipients(conn, [item.person_id for item in chunk])
                    flags = {row.id: row for row in conn.execute(
                        select(P.c.id, P.c.no_sms, P.c.deceased).where(P.c.id.in_([i.person_id for i in chunk])))}
                    sms: list[tuple[int, int, str]] = []  # (item, person, text) exported now
                    skipped: list[tuple[int, str]] = []
                    for item in chunk:
                        person = people[item.person_id]
                        data = merge_data(person, sender, letter_id=item.letter_code, **context)
                        name = data["Name"]
                        if item.state == ItemState.SKIPPED.value:
                            left_out.append(LeftOut(person.contact_number, name, item.error))
                            continue
                        reason, number = _number(person.mobile, person.country, flags[item.person_id])
                        if reason:
                            left_out.append(LeftOut(person.contact_number, name, reason))
                            if item.state in PENDING:
                                skipped.append((item.id, reason))
                            continue
                        text = template.render(data)
                        if item.state in PENDING:
                            sms.append((item.id, item.person_id, text))
                        writer.writerow([number, text, item.letter_code, person.contact_number, name])
                        exported += 1
                        length = check_text(text)
                        if length.parts > max_parts:
                            too_long.append(LongText(person.contact_number, name, length))
                    _archive(conn, facts, sms, skipped)
                    run_plan.heartbeat(conn, run_id)
                progress(min(start + CHUNK, len(items)), len(items), chunk[-1].letter_code)
        with db.engine.begin() as conn:
            finish(conn, run_id, facts)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return SmsExportResult(run_id, exported, target, left_out, too_long)


def _number(mobile: str, country: str, flags: object) -> tuple[str, str]:
    """(reason, "") when the person gets no SMS, else ("", the number in E.164).

    The flags are checked again here: they may have changed since the target group was made.
    """
    if getattr(flags, "deceased", False):
        return DECEASED, ""
    if getattr(flags, "no_sms", False):
        return NO_SMS, ""
    if not mobile.strip():
        return NO_MOBILE, ""
    try:
        return "", normalise_mobile(mobile, country or "DE")
    except BadNumber as exc:
        return exc.problem.value, ""


def _archive(conn: Connection, facts: ActionFacts, sms: list[tuple[int, int, str]],
             skipped: list[tuple[int, str]]) -> None:
    """Dossier items (per contact) and item states of a chunk, in the caller's transaction."""
    now, login = utcnow(), current_login()
    dossier_ids: list[int | None] = [None] * len(sms)
    if facts.per_contact and sms:
        dossier_ids = list(conn.execute(
            insert(DossierItem.__table__).returning(DossierItem.__table__.c.id, sort_by_parameter_order=True),
            [{"person_id": person, "campaign_id": facts.campaign_id, "action_id": facts.action_id,
              "type_id": facts.type_id, "subject": facts.subject, "text": text, "handled": facts.handled,
              "handled_at": now if facts.handled else None, "employee_id": facts.sender_id, "document_id": None,
              "created_at": now, "row_version": 1, "updated_at": now, "updated_by": login}
             for _item, person, text in sms],
        ).scalars().all())
    if sms:
        conn.execute(update(I).where(I.c.id == bindparam("item")).values(
            state=ItemState.ARCHIVED.value, dossier_item_id=bindparam("dossier"), error="", updated_at=now),
            [{"item": item, "dossier": dossier} for (item, _p, _t), dossier in zip(sms, dossier_ids)])
    if skipped:
        conn.execute(update(I).where(I.c.id == bindparam("item")).values(
            state=ItemState.SKIPPED.value, error=bindparam("reason"), updated_at=now),
            [{"item": item, "reason": reason} for item, reason in skipped])


def _excluded_members(conn: Connection, action_id: int) -> list[LeftOut]:
    """Members the target group left out for the channel (no SMS wanted, no mobile …)."""
    rows = conn.execute(
        select(P.c.code, P.c.title, P.c.first_name, P.c.name_prefix, P.c.last_name, M.c.exclusion_reason)
        .join(P, P.c.id == M.c.person_id)
        .where(M.c.action_id == action_id, M.c.exclusion_reason != "").order_by(P.c.sort_key, P.c.id)
    )
    return [LeftOut(row.code, " ".join(f"{row.title} {row.first_name} {row.name_prefix} {row.last_name}".split()),
                    row.exclusion_reason) for row in rows]
