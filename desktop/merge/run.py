"""Executing a planned mass run: merge, convert, archive, book, combine, print. No Qt here.

The run works through its items in print order. Letters are merged chunk by chunk while
LibreOffice converts the previous chunks (:class:`desktop.merge.pdf.PdfPipeline`); each
converted chunk is archived in one transaction with its items' new state
(:mod:`desktop.merge.run_archive`). A run killed at any moment is resumed with the items not
yet archived: nothing is written twice and nothing is missing. The combined PDF holds every
letter once: the pipeline's own when the run went through in one go, otherwise put together
from the archived letters.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, update

from desktop.db.engine import Database
from desktop.db.models import Campaign, Document, Employee, MassRunItem, Organisation, Person, Template
from desktop.db.models.base import utcnow
from desktop.db.models.enums import ItemState
from desktop.jobs import Progress, no_progress
from desktop.merge import run_plan, templates
from desktop.merge.letter_data import Recipient, Sender, merge_data
from desktop.merge.pdf import PdfPipeline, combine_pdfs
from desktop.merge.run_archive import ArchivedLetter, action_facts, archive, finish
from desktop.merge.template import PreparedTemplate

I = MassRunItem.__table__  # noqa: E741 - the table of items
P = Person.__table__
O = Organisation.__table__  # noqa: E741
PENDING = (ItemState.PLANNED.value, ItemState.RENDERED.value, ItemState.CONVERTED.value)
DONE = (ItemState.ARCHIVED.value, ItemState.PRINTED.value)


@dataclass(frozen=True)
class RunResult:
    """What a run produced."""

    run_id: int
    letters: int
    pages: int
    combined: Path  # every letter once, in print order


class NoTemplate(LookupError):
    """The run names no template, or its template is gone."""


def template_bytes(conn: Connection, options: dict[str, Any]) -> bytes:
    """The run's template: an imported one (``template_id``) or a file (``template_file``).

    With ``template_revision`` (noted when the run was planned) the imported template is
    read as it was then: a resumed run merges the same letter as before, even when the
    template was re-imported in between.
    """
    if options.get("template_id"):
        revision = options.get("template_revision")
        try:
            return templates.content(conn, options["template_id"], revision)
        except templates.TemplateNotFound as exc:
            raise NoTemplate(str(exc)) from exc
    if options.get("template_file"):
        path = Path(options["template_file"])
        if not path.is_file():
            raise NoTemplate(str(path))
        return path.read_bytes()
    raise NoTemplate("")


def letter_language(conn: Connection, options: dict[str, Any]) -> str:
    """The language the letters are written in: the template's, not each recipient's.

    A German template gets German salutations and dates for every recipient; a clerk who
    writes to Dutch contacts in Dutch chooses the Dutch template.
    """
    if options.get("language"):
        return str(options["language"])
    if options.get("template_id"):
        language = conn.execute(select(Template.language).where(Template.id == options["template_id"])).scalar()
        return language or "de"
    stem = Path(str(options.get("template_file", ""))).stem.lower()
    return next((code for code in ("nl", "en", "de") if stem.endswith(f"_{code}")), "de")


def sender_of(conn: Connection, employee_id: int | None) -> Sender:
    """The signing employee as the merge engine wants it (empty when the action has none)."""
    if employee_id is None:
        return Sender()
    row = conn.execute(select(Employee).where(Employee.id == employee_id)).first()
    if row is None:
        return Sender()
    name = row.signature_name or f"{row.first_name} {row.last_name}".strip()
    return Sender(name=name, title=row.signature_title, email=row.email, phone=row.phone)


def recipients(conn: Connection, person_ids: Sequence[int]) -> dict[int, Recipient]:
    """The recipients of a chunk: persons with their organisation's name lines."""
    rows = conn.execute(
        select(P, O.c.name.label("org_name"), O.c.name2.label("org_name2"))
        .outerjoin(O, O.c.id == P.c.organisation_id).where(P.c.id.in_(list(person_ids)))
    )
    return {
        r.id: Recipient(
            salutation=getattr(r.salutation, "value", r.salutation), title=r.title, first_name=r.first_name,
            name_prefix=r.name_prefix,
            last_name=r.last_name, contact_number=r.code, function=r.function, department=r.department,
            email=r.email, phone=r.phone, mobile=r.mobile, company=r.org_name or "", company2=r.org_name2 or "",
            street=r.street, postcode=r.postcode, city=r.city, country=r.country, language=r.letter_language,
        )
        for r in rows
    }


def execute(
    db: Database,
    run_id: int,
    pipeline: PdfPipeline,
    combined: Path,
    *,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> RunResult:
    """Work through a claimed run (see :func:`desktop.merge.run_plan.claim`) to its end.

    Args:
        pipeline: Converts the merged letters to PDF.
        combined: Where the combined, print-ready PDF of all the run's letters goes.

    Raises:
        Cancelled: The clerk cancelled; the run stays resumable.
        NoTemplate, ConversionError, ConverterMissing, TemplateError: The run stopped; it is
            marked failed with the reason and stays resumable.
    """
    with run_plan.closing(db, run_id):
        return _execute(db, run_id, pipeline, combined, today or dt.date.today(), progress, cancel)


def _execute(db: Database, run_id: int, pipeline: PdfPipeline, combined: Path, today: dt.date,
             progress: Progress, cancel: Callable[[], bool]) -> RunResult:
    with db.engine.connect() as conn:
        run = conn.execute(select(run_plan.R).where(run_plan.R.c.id == run_id)).one()
        options = dict(run.options or {})
        duplex = bool(options.get("duplex"))
        facts = action_facts(conn, run.action_id, run.sender_id)
        prepared = PreparedTemplate(template_bytes(conn, options))
        language = letter_language(conn, options)
        sender = sender_of(conn, facts.sender_id)
        campaign = conn.execute(select(Campaign.number, Campaign.name).where(Campaign.id == facts.campaign_id)).one()
        items = conn.execute(
            select(I.c.id, I.c.person_id, I.c.letter_code, I.c.state).where(I.c.run_id == run_id)
            .order_by(I.c.position)
        ).all()
    pending = [item for item in items if item.state in PENDING]
    resumed = len(pending) < len(items)
    by_code = {item.letter_code: item for item in pending}
    context = {"campaign": campaign.name, "campaign_number": campaign.number, "action": facts.name,
               "subject": facts.subject, "today": today, "language": language}

    def letters() -> Iterator[tuple[str, bytes]]:
        """Merged letters in print order, a chunk's recipients read at a time."""
        for start in range(0, len(pending), pipeline.chunk_size):
            chunk = pending[start : start + pipeline.chunk_size]
            with db.engine.begin() as conn:
                people = recipients(conn, [item.person_id for item in chunk])
                conn.execute(update(I).where(I.c.id.in_([item.id for item in chunk]))
                             .values(state=ItemState.RENDERED.value, updated_at=utcnow()))
            for item in chunk:
                data = merge_data(people[item.person_id], sender, letter_id=item.letter_code, **context)
                yield item.letter_code, prepared.render(data)

    done_before = len(items) - len(pending)
    with tempfile.TemporaryDirectory(prefix=f"kampagnen-run-{run_id}-") as folder:
        work = Path(folder)
        chunks = pipeline.convert_iter(
            letters(), combined=None if resumed else work / "combined.pdf", duplex=duplex,
            cancel=cancel, total=len(pending),
            progress=lambda done, _total, what: progress(done_before + done, len(items), what))
        for converted in chunks:
            with db.engine.begin() as conn:
                archive(conn, facts, [
                    ArchivedLetter(by_code[c.letter_id].id, by_code[c.letter_id].person_id, c.letter_id, c.data,
                                   c.pages)
                    for c in converted])
                run_plan.heartbeat(conn, run_id)
        with db.engine.begin() as conn:
            letters_done = finish(conn, run_id, facts)
        combined.parent.mkdir(parents=True, exist_ok=True)
        if resumed:
            pages = _combine_from_archive(db, run_id, combined, duplex)
        else:
            shutil.move(work / "combined.pdf", combined)
            pages = _pages(db, run_id, duplex)
    return RunResult(run_id, letters_done, pages, combined)


def _pages(db: Database, run_id: int, duplex: bool) -> int:
    """The pages of the combined PDF: the letters', and with ``duplex`` the blank backs."""
    with db.engine.connect() as conn:
        counts = conn.execute(select(I.c.pages).where(I.c.run_id == run_id)).scalars()
        return sum((p or 0) + ((p or 0) % 2 if duplex else 0) for p in counts)


def _combine_from_archive(db: Database, run_id: int, combined: Path, duplex: bool) -> int:
    """The combined PDF of a resumed run: every archived letter once, in print order."""
    with db.engine.connect() as conn:
        rows = conn.execution_options(yield_per=200).execute(
            select(Document.content).join(I, Document.id == I.c.document_id)
            .where(I.c.run_id == run_id, I.c.state.in_(DONE)).order_by(I.c.position)
        )
        return combine_pdfs((bytes(content) for content in rows.scalars()), combined, duplex=duplex)


def mark_printed(db: Database, run_id: int) -> None:
    """After the combined PDF went to the printer: every archived letter is printed."""
    with db.engine.begin() as conn:
        conn.execute(update(I).where(I.c.run_id == run_id, I.c.state == ItemState.ARCHIVED.value)
                     .values(state=ItemState.PRINTED.value, updated_at=utcnow()))
