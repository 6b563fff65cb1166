"""The first letter of an action as PDF, before anything runs (the dialog's preview). No Qt here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ActionMember, Campaign, CampaignAction, Person
from desktop.jobs import Progress, no_progress
from desktop.merge.letter_data import merge_data
from desktop.merge.pdf import PdfPipeline
from desktop.merge.run import letter_language, recipients, sender_of
from desktop.merge.template import PreparedTemplate

PREVIEW_ID = "00000-00000"  # a preview is no letter: it gets no real letter ID


def first_letter(
    db: Database,
    action_id: int,
    template: Path,
    sender_id: int | None,
    pipeline: PdfPipeline,
    today: dt.date,
    *,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> bytes | None:
    """The PDF of the letter the first linked member would get; None when there is none."""
    options = {"template_file": str(template)}
    with db.engine.connect() as conn:
        first = conn.execute(
            select(ActionMember.person_id).join(Person, Person.id == ActionMember.person_id)
            .where(ActionMember.action_id == action_id, ActionMember.linked, ActionMember.exclusion_reason == "")
            .order_by(Person.sort_key, Person.id).limit(1)
        ).scalar()
        if first is None:
            return None
        action = conn.execute(select(CampaignAction).where(CampaignAction.id == action_id)).one()
        campaign = conn.execute(select(Campaign.number, Campaign.name).where(Campaign.id == action.campaign_id)).one()
        recipient = recipients(conn, [first])[first]
        sender = sender_of(conn, sender_id or action.sender_id)
        language = letter_language(conn, options)
    progress(1, 3, "merging")
    data = merge_data(recipient, sender, campaign=campaign.name, campaign_number=campaign.number, action=action.name,
                      subject=action.subject or action.name, letter_id=PREVIEW_ID, today=today, language=language)
    letter = PreparedTemplate(template.read_bytes()).render(data)
    progress(2, 3, "converting")
    return pipeline.convert_one(letter)
