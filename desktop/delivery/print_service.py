"""The hand-over to a print service (Druckdienstleister): one ZIP, the PDF and its manifest.

The ZIP holds the combined PDF of a run's archived letters and ``manifest.csv``, one line
per letter with its letter ID, contact, postal address, page count and the page it starts
on in the PDF, so the print service can split, insert and frank the letters. The letters
come from the archive, never merged again: what the service prints is what the dossier
items point to. No Qt here.
"""

from __future__ import annotations

import csv
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select

from desktop.db.engine import Database
from desktop.db.models import Document, MassRun, MassRunItem
from desktop.db.models.enums import ItemState, RunStatus
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.merge.letter_data import Sender, merge_data
from desktop.merge.pdf_pages import combine_pdfs
from desktop.merge.run import letter_language, recipients

I = MassRunItem.__table__
R = MassRun.__table__
DONE = (ItemState.ARCHIVED.value, ItemState.PRINTED.value)
# A run whose letters are all archived: finished, or paused because only the printer failed.
EXPORTABLE = (RunStatus.FINISHED.value, RunStatus.PAUSED.value)
ADDRESS_LINES = 6  # organisation (2), person, street, postal line, country
MANIFEST = "manifest.csv"
HEADERS = ("LetterID", "ContactCode", "Name", *(f"Address{n}" for n in range(1, ADDRESS_LINES + 1)),
           "Postcode", "City", "Country", "Pages", "StartPage")
BATCH = 200  # letters read from the archive at a time


class NoArchivedLetters(LookupError):
    """The run (or action) has no archived letters to hand over."""


@dataclass(frozen=True)
class ManifestRow:
    """One letter as the print service's manifest lists it (``start_page`` counts from 1)."""

    item_id: int
    letter_code: str
    contact_code: str
    name: str
    address: tuple[str, ...]
    postcode: str
    city: str
    country: str
    pages: int
    start_page: int = 0


@dataclass(frozen=True)
class ExportResult:
    """What went into the ZIP."""

    run_id: int
    letters: int
    pages: int  # of the combined PDF, blank duplex backs included
    target: Path


def exportable_run(conn: Connection, action_id: int) -> int | None:
    """The action's last finished or paused run with archived letters, if any."""
    has_letters = select(func.count()).where(I.c.run_id == R.c.id, I.c.state.in_(DONE)).scalar_subquery()
    return conn.execute(
        select(R.c.id).where(R.c.action_id == action_id, R.c.status.in_(EXPORTABLE), has_letters > 0)
        .order_by(R.c.id.desc()).limit(1)
    ).scalar()


def manifest_rows(conn: Connection, run_id: int, *, sort_by_postcode: bool = False) -> list[ManifestRow]:
    """The run's archived letters in the order of the combined PDF, without start pages.

    Sorted by postcode, letters with the same postcode keep their print order. The
    address is today's address of the contact, laid out as in the letters.
    """
    run = conn.execute(select(R.c.options).where(R.c.id == run_id)).one()
    language = letter_language(conn, dict(run.options or {}))
    items = conn.execute(
        select(I.c.id, I.c.person_id, I.c.letter_code, I.c.pages).where(I.c.run_id == run_id, I.c.state.in_(DONE))
        .order_by(I.c.position)
    ).all()
    rows: list[ManifestRow] = []
    for start in range(0, len(items), BATCH):
        chunk = items[start : start + BATCH]
        people = recipients(conn, [item.person_id for item in chunk])
        for item in chunk:
            person = people[item.person_id]
            data = merge_data(person, Sender(), letter_id=item.letter_code, language=language)
            rows.append(ManifestRow(item.id, item.letter_code, person.contact_number, data["Name"],
                                    tuple(data["Adressblock"].split("\n")), person.postcode, person.city,
                                    person.country, int(item.pages or 0)))
    if sort_by_postcode:
        # sorted() is stable: equal postcodes stay in print order. In Python, not SQL: a
        # PostgreSQL collation would ignore the space in Dutch postcodes ("1012 AB").
        rows.sort(key=lambda row: row.postcode.strip().upper())
    return rows


def export_zip(
    db: Database,
    run_id: int,
    target_zip: Path,
    *,
    sort_by_postcode: bool = False,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> ExportResult:
    """Write the run's letters for a print service: ``<name>.pdf`` and ``manifest.csv`` in a ZIP.

    The ZIP is written beside ``target_zip`` as ``….part`` and renamed when complete, so a
    cancelled or failed export leaves no half file for the service to pick up. Memory stays
    flat however many letters: the PDF is combined into a temporary file and streamed into
    the ZIP from there.

    Raises:
        NoArchivedLetters: The run has no archived letters (not generated yet).
        Cancelled: The clerk cancelled; nothing was written.
    """
    with db.engine.connect() as conn:
        options = conn.execute(select(R.c.options).where(R.c.id == run_id)).scalar()
        rows = manifest_rows(conn, run_id, sort_by_postcode=sort_by_postcode)
    if not rows:
        raise NoArchivedLetters(run_id)
    duplex = bool((options or {}).get("duplex"))
    rows = _with_start_pages(rows, duplex)
    target_zip = Path(target_zip)
    part = target_zip.with_name(target_zip.name + ".part")
    try:
        with tempfile.TemporaryDirectory(prefix=f"kampagnen-print-service-{run_id}-") as folder:
            pdf = Path(folder) / f"{target_zip.stem}.pdf"
            pages = combine_pdfs(_contents(db, rows, progress, cancel), pdf, duplex=duplex)
            manifest = Path(folder) / MANIFEST
            _write_manifest(manifest, rows)
            # The PDF is compressed inside already: stored, not deflated again (faster, same size).
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.write(pdf, pdf.name)
                archive.write(manifest, MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        os.replace(part, target_zip)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return ExportResult(run_id, len(rows), pages, target_zip)


def _with_start_pages(rows: Sequence[ManifestRow], duplex: bool) -> list[ManifestRow]:
    """The rows with the page each letter starts on; in duplex, after a blank back."""
    numbered, page = [], 1
    for row in rows:
        numbered.append(ManifestRow(**{**row.__dict__, "start_page": page}))
        page += row.pages + (row.pages % 2 if duplex else 0)
    return numbered


def _contents(db: Database, rows: Sequence[ManifestRow], progress: Progress,
              cancel: Callable[[], bool]) -> Iterator[bytes]:
    """The letters' archived PDFs in the rows' order, a batch read at a time."""
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        with db.engine.connect() as conn:
            found = dict(conn.execute(
                select(I.c.id, Document.content).join(Document, Document.id == I.c.document_id)
                .where(I.c.id.in_([row.item_id for row in chunk]))
            ).all())
        for done, row in enumerate(chunk, start + 1):
            if cancel():
                raise Cancelled()
            yield bytes(found[row.item_id])
            progress(done, len(rows), row.letter_code)


def _write_manifest(path: Path, rows: Sequence[ManifestRow]) -> None:
    # As German and Dutch Excel open it with a double click (see desktop.query.export); the
    # headers are fixed English names, since a print service's import reads them.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        for row in rows:
            address = [*row.address[:ADDRESS_LINES], *[""] * (ADDRESS_LINES - len(row.address))]
            writer.writerow([row.letter_code, row.contact_code, row.name, *address, row.postcode, row.city,
                             row.country, row.pages, row.start_page])
