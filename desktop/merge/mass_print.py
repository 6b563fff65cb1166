"""The whole mass print of an action as one job, for the window and the CLI. No Qt here.

Claim (or resume) the run, merge, convert and archive the letters, write the combined PDF
and print it. Printing comes last: a printer that fails leaves the letters archived and the
PDF written, and the clerk prints that file again or picks another printer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.db.engine import Database
from desktop.delivery import printing
from desktop.jobs import Progress, no_progress
from desktop.merge import run, run_plan
from desktop.merge.pdf import PdfPipeline
from desktop.settings import Settings


def pipeline_for(settings: Settings) -> PdfPipeline:
    """The PDF pipeline as the settings ask for it (LibreOffice's path, chunk size).

    Raises:
        ConverterMissing: LibreOffice is not installed (or not where the settings say).
    """
    return PdfPipeline.find(paths.user_data_dir() / "libreoffice", settings.get("libreoffice_path"),
                            chunk_size=max(1, settings.get("letters_per_chunk")))


@dataclass(frozen=True)
class Order:
    """What the clerk asked for in the dialog or on the command line.

    Attributes:
        options: Stored with the run: template_id or template_file, language, printer,
            copies, duplex.
        combined: Where the combined PDF goes.
        resume: Continue the unfinished run.
        again: Generate once more an action generated before.
    """

    options: dict[str, Any]
    combined: Path
    resume: bool = False
    again: bool = False


@dataclass(frozen=True)
class Outcome:
    result: run.RunResult
    job: printing.PrintJob | None  # None when nothing was to be printed


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
    """Run the mass print of ``action_id``.

    Raises:
        RunInProgress, AlreadyGenerated, NothingToGenerate: From :func:`run_plan.claim`;
            nothing was written.
        Cancelled, ConversionError, ConverterMissing, TemplateError, NoTemplate: The run
            stopped and stays resumable.
        PrintError: The letters are archived and the PDF written; printing failed.
    """
    printer = order.options.get("printer") or ""
    if printer and not printing.printer_exists(printer):
        raise printing.PrinterNotFound(printer)
    run_id = run_plan.claim(db, action_id, order.options, resume=order.resume, again=order.again)
    result = run.execute(db, run_id, pipeline, order.combined, today=today, progress=progress, cancel=cancel)
    if not printer:
        return Outcome(result, None)
    job = printing.print_pdf(result.combined, printer, copies=int(order.options.get("copies") or 1),
                             duplex=bool(order.options.get("duplex")), cancel=cancel)
    run.mark_printed(db, run_id)
    return Outcome(result, job)
