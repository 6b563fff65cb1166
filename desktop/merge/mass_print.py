"""The whole mass print of an action as one job, for the window and the CLI. No Qt here.

Claim (or resume) the run, merge, convert and archive the letters, then deliver them:
print the combined PDF, keep it as a file, or write one PDF per letter into a folder.
Printing comes last, as one job. A printer that disappears while the letters are being
made, or refuses the job at the end, pauses the run (:class:`RunPaused`): the letters done
are archived, and the clerk resumes on the same or another printer without any letter
being made twice.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import paths
from desktop.db.engine import Database
from desktop.db.models import Document, MassRunItem, Person
from desktop.db.models.enums import ItemState, RunStatus
from desktop.delivery import printing
from desktop.jobs import Cancelled, Progress, no_progress
from desktop.merge import run, run_plan
from desktop.merge.pdf import PdfPipeline
from desktop.settings import Settings

PRINT, PDF, LETTERS = "print", "pdf", "letters"  # the outputs a clerk chooses from
PRINTER_CHECK_SECONDS = 10.0
_UNSAFE = re.compile(r"[^\w.-]+")


def pipeline_for(settings: Settings) -> PdfPipeline:
    """The PDF pipeline as the settings ask for it (Word or LibreOffice, its path, chunk sizes).

    Raises:
        ConverterMissing: Neither is installed (or LibreOffice is not where the settings say).
    """
    return PdfPipeline.find(paths.user_data_dir() / "libreoffice", settings.get("libreoffice_path"),
                            preference=settings.get("pdf_converter"),
                            chunk_size=max(1, settings.get("letters_per_chunk")),
                            chunks_per_call=min(200, max(1, settings.get("chunks_per_call"))))


@dataclass(frozen=True)
class Order:
    """What the clerk asked for in the dialog or on the command line.

    Attributes:
        options: Stored with the run: template_id or template_file, sender_id, output
            (:data:`PRINT`, :data:`PDF` or :data:`LETTERS`), printer, copies, duplex,
            folder (for :data:`LETTERS`).
        combined: Where the combined PDF goes (for :data:`LETTERS` it is not kept).
        resume: Continue the unfinished run.
        again: Generate once more an action generated before.
    """

    options: dict[str, Any]
    combined: Path
    resume: bool = False
    again: bool = False

    @property
    def output(self) -> str:
        return self.options.get("output") or (PRINT if self.options.get("printer") else PDF)


@dataclass(frozen=True)
class Outcome:
    """What the run delivered."""

    result: run.RunResult
    job: printing.PrintJob | None = None  # None when nothing was printed
    files: list[Path] = field(default_factory=list)  # the letters' own PDFs, for LETTERS


class RunPaused(Exception):
    """The printer failed; the run is paused and resumable with the same or another printer.

    Attributes:
        run_id: The paused run.
        error: What the printer did (:class:`printing.PrintError`).
        letters_done: Whether all letters are made and archived (only printing is left).
    """

    def __init__(self, run_id: int, error: printing.PrintError, letters_done: bool) -> None:
        super().__init__(str(error))
        self.run_id = run_id
        self.error = error
        self.letters_done = letters_done


class _PrinterWatch:
    """Tells, at most every ``PRINTER_CHECK_SECONDS``, whether the printer has gone."""

    def __init__(self, printer: str, cancel: Callable[[], bool]) -> None:
        self.printer = printer
        self.gone = False
        self._cancel = cancel
        self._checked = time.monotonic()

    def __call__(self) -> bool:
        """The run's cancel callback: True when the clerk cancelled or the printer is gone."""
        if self._cancel():
            return True
        if self.printer and time.monotonic() - self._checked >= PRINTER_CHECK_SECONDS:
            self._checked = time.monotonic()
            self.gone = not printing.printer_exists(self.printer)
        return self.gone


def generate(
    db: Database,
    action_id: int,
    order: Order,
    pipeline: PdfPipeline,
    *,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> Outcome:
    """Run the mass print of ``action_id`` and deliver the letters as ``order`` says.

    Raises:
        PrinterNotFound: The chosen printer does not exist; nothing was started.
        RunInProgress, AlreadyGenerated, NothingToGenerate: From :func:`run_plan.claim`;
            nothing was written.
        RunPaused: The printer vanished during the run or refused the job at its end.
        Cancelled, ConversionError, ConverterMissing, TemplateError, NoTemplate: The run
            stopped and stays resumable.
    """
    printer = (order.options.get("printer") or "") if order.output == PRINT else ""
    if order.output == PRINT and not printing.printer_exists(printer):
        raise printing.PrinterNotFound(printer)
    options = {**order.options, "output": order.output, "printer": printer}
    run_id = run_plan.claim(db, action_id, options, resume=order.resume, again=order.again)
    watch = _PrinterWatch(printer, cancel)
    with tempfile.TemporaryDirectory(prefix="kampagnen-letters-") as scratch:
        combined = order.combined if order.output != LETTERS else Path(scratch) / "combined.pdf"
        try:
            result = run.execute(db, run_id, pipeline, combined, today=today, progress=progress, cancel=watch)
        except Cancelled:
            if not watch.gone:
                raise
            error = printing.PrinterNotFound(printer)
            run_plan.close(db, run_id, RunStatus.PAUSED, str(error))
            raise RunPaused(run_id, error, letters_done=False) from None
        if order.output == LETTERS:
            files = export_letters(db, run_id, Path(order.options["folder"]))
            return Outcome(result, files=files)
    if order.output == PDF:
        return Outcome(result)
    try:
        job = printing.print_pdf(result.combined, printer, copies=int(order.options.get("copies") or 1),
                                 duplex=bool(order.options.get("duplex")), cancel=cancel)
    except printing.PrintError as error:
        run_plan.close(db, run_id, RunStatus.PAUSED, str(error))
        raise RunPaused(run_id, error, letters_done=True) from error
    run.mark_printed(db, run_id)
    return Outcome(result, job)


def export_letters(db: Database, run_id: int, folder: Path) -> list[Path]:
    """Write each archived letter of the run to ``folder`` as its own PDF, in print order.

    Files are named by letter ID and recipient (``00042-00001_Mueller_Anna.pdf``), so a print
    service or a clerk finds a letter by either; a file of that name is replaced.
    """
    folder.mkdir(parents=True, exist_ok=True)
    items = MassRunItem.__table__
    files = []
    with db.engine.connect() as conn:
        rows = conn.execution_options(yield_per=200).execute(
            select(items.c.letter_code, Person.last_name, Person.first_name, Document.content)
            .join(Document, Document.id == items.c.document_id).join(Person, Person.id == items.c.person_id)
            .where(items.c.run_id == run_id, items.c.state.in_((ItemState.ARCHIVED.value, ItemState.PRINTED.value)))
            .order_by(items.c.position))
        for code, last_name, first_name, content in rows:
            name = "_".join(part for part in (code, _file_part(last_name), _file_part(first_name)) if part)
            path = folder / f"{name}.pdf"
            path.write_bytes(content)
            files.append(path)
    return files


def _file_part(text: str | None) -> str:
    """A name as part of a file name on any system: letters, digits, '.', '-' (ä → ae)."""
    text = (text or "").translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
                                                  "Ü": "Ue", "ß": "ss"}))
    return _UNSAFE.sub("-", text).strip("-.")[:40]
