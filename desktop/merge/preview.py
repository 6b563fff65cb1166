"""The first letters of an action as PDF, before anything runs (the dialog's preview). No Qt here."""

from __future__ import annotations

import collections
import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import ActionMember, Campaign, CampaignAction, Person
from desktop.jobs import Progress, no_progress
from desktop.merge.docx_chunk import join_letters
from desktop.merge.letter_data import merge_data
from desktop.merge.pdf import PdfPipeline, letter_marks
from desktop.merge.run import letter_language, recipients, sender_of, template_bytes
from desktop.merge.template import PreparedTemplate

PREVIEW_ID = "00000-00000"  # a preview is no letter: it gets no real letter ID
LETTERS = 3


def first_letters(
    db: Database,
    action_id: int,
    options: dict[str, Any],
    pipeline: PdfPipeline,
    today: dt.date,
    *,
    count: int = LETTERS,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,  # noqa: ARG001 - one LibreOffice call: nothing to stop between
) -> bytes | None:
    """The PDF of the letters the first ``count`` linked members would get; None when there is none.

    Args:
        options: The run's template and sender, as :func:`desktop.merge.run_plan.claim`
            takes them (``template_id`` or ``template_file``, ``sender_id``).

    Raises:
        NoTemplate, TemplateError, ConversionError, ConverterMissing: as the run would.
    """
    with db.engine.connect() as conn:
        first = conn.execute(
            select(ActionMember.person_id).join(Person, Person.id == ActionMember.person_id)
            .where(ActionMember.action_id == action_id, ActionMember.linked, ActionMember.exclusion_reason == "")
            .order_by(Person.sort_key, Person.id).limit(count)
        ).scalars().all()
        if not first:
            return None
        action = conn.execute(select(CampaignAction).where(CampaignAction.id == action_id)).one()
        campaign = conn.execute(select(Campaign.number, Campaign.name).where(Campaign.id == action.campaign_id)).one()
        people = recipients(conn, first)
        sender = sender_of(conn, options.get("sender_id") or action.sender_id)
        language = letter_language(conn, options)
        template = PreparedTemplate(template_bytes(conn, options))
    progress(1, 3, "merging")
    letters = [template.render(merge_data(
        people[person], sender, campaign=campaign.name, campaign_number=campaign.number, action=action.name,
        subject=action.subject or action.name, letter_id=PREVIEW_ID, today=today, language=language))
        for person in first]
    progress(2, 3, "converting")
    pdf = pipeline.convert_one(join_letters(letters))
    pages = _pages_per_letter(pdf, len(letters))
    if pages is not None and pages != 1:
        # Built for one-page letters: longer ones are joined again for their length, so page
        # numbers ("Seite 1 von 2") come out as in the run.
        pdf = pipeline.convert_one(join_letters(letters, pages))
    return pdf


def _pages_per_letter(pdf: bytes, letters: int) -> int | None:
    """The most frequent page count of the joined letters, from their start marks."""
    reader = PdfReader(io.BytesIO(pdf))
    starts = sorted(letter_marks(reader).values())
    if len(starts) != letters:
        return None
    counts = [b - a for a, b in zip(starts, [*starts[1:], len(reader.pages)])]
    return collections.Counter(counts).most_common(1)[0][0]
