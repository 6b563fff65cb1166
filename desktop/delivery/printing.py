"""Sending a finished PDF (the combined letters of a mass run) to a local printer.

Two ways, behind one function, :func:`print_pdf`:

* **lp** (Linux, macOS): CUPS's ``lp`` gets the PDF itself. CUPS renders it for the printer,
  so nothing is rasterised here and a run of a thousand letters is queued in a second.
* **qt** (Windows, and where ``lp`` is missing): each page is rendered with QtPdf into an
  image and painted onto a :class:`QPrinter` chosen by name. This needs a
  ``QGuiApplication`` (the window has one, the CLI creates one); painting onto a QPrinter
  from a worker thread is allowed by Qt.

``KAMPAGNEN_PRINT_METHOD`` (``auto``, ``lp`` or ``qt``) or the ``method`` argument forces
one way, so the Qt path is tested against the same CUPS queue as ``lp`` (a QPrinter in
``NativeFormat`` prints through CUPS on Linux).

Every failure the clerk can do something about is a :class:`PrintError`: the printer is
not there (:class:`PrinterNotFound`), it is paused (:class:`PrinterPaused`) or the job was
refused (:class:`PrintFailed`). None of them leaves a job behind, so a run can pause,
show the message and go on later without printing anyone twice.

Only QtGui/QtPdf/QtPrintSupport, imported when the Qt path runs: the CLI lists and checks
printers through CUPS without loading Qt.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.jobs import Cancelled, Progress, no_progress

METHOD_ENV = "KAMPAGNEN_PRINT_METHOD"
METHODS = ("auto", "lp", "qt")

# Pages are rendered at most this fine for the Qt path: 300 dpi is what office lasers print
# text at, and an A4 page at 1200 dpi would be a 540 MB image.
QT_RENDER_DPI = 300

# Submitting a large combined PDF to a remote CUPS server takes a while; a hung server must
# still not hang the run for ever.
LP_TIMEOUT = 300.0
LPSTAT_TIMEOUT = 30.0

_REQUEST_ID = re.compile(r"request id is (\S+-\d+)")


class PrintError(Exception):
    """A printer could not take the job; ``printer`` names it for the message."""

    def __init__(self, printer: str, message: str) -> None:
        super().__init__(message)
        self.printer = printer


class PrinterNotFound(PrintError):
    """The printer is not (or no longer) among the system's printers; nothing was sent."""

    def __init__(self, printer: str) -> None:
        super().__init__(printer, f"printer not found: {printer}")


class PrintFailed(PrintError):
    """The print system refused the job; ``detail`` is its own words (e.g. lp's error)."""

    def __init__(self, printer: str, detail: str) -> None:
        super().__init__(printer, f"printing on {printer} failed: {detail}")
        self.detail = detail


class PrinterPaused(PrintFailed):
    """The printer is stopped in CUPS (``cupsdisable``, or after a device error).

    CUPS would still accept the job and hold it until someone resumes the printer, so a run
    would pile its letters up unseen; it is refused before sending instead.
    """

    def __init__(self, printer: str, reason: str) -> None:
        super().__init__(printer, f"the printer is paused: {reason}" if reason else "the printer is paused")
        self.reason = reason


@dataclass(frozen=True)
class PrintJob:
    """A job handed to the print system.

    Attributes:
        printer: The printer's name.
        method: ``"lp"`` or ``"qt"``.
        job_id: The CUPS request id (``"KampagnenPDF-12"``); None where the print system
            does not say (Windows).
        pages: Pages painted per copy (Qt path); None for lp, which does not say.
    """

    printer: str
    method: str
    job_id: str | None
    pages: int | None = None


def print_pdf(
    path: Path,
    printer: str,
    *,
    copies: int = 1,
    duplex: bool = False,
    title: str | None = None,
    method: str | None = None,
    progress: Progress = no_progress,
    cancel: Callable[[], bool] = lambda: False,
) -> PrintJob:
    """Print a PDF file on the named printer.

    Copies are collated, so each copy of a combined letters PDF comes out as a whole set.
    With ``duplex`` the letters must each have an even number of pages, or the next letter
    starts on the back of the last page of the one before.

    Args:
        path: The PDF file.
        printer: A name from :func:`list_printers` (or ``available_printers()``).
        copies: How many copies of the whole document.
        duplex: Print on both sides (long edge), else explicitly one-sided.
        title: The job's name in the printer queue; the file name by default.
        method: ``"lp"``, ``"qt"`` or ``"auto"``; None reads ``KAMPAGNEN_PRINT_METHOD``.
        progress: Told the pages painted (Qt path) or 0/1 around the submission (lp).
        cancel: Polled until the document goes to the printer; after that it is sent
            whole, since neither lp nor Qt's print engines can take back half a job.

    Returns:
        The queued job.

    Raises:
        PrinterNotFound: The printer is not among the system's printers.
        PrinterPaused: The printer is stopped in CUPS.
        PrintFailed: The print system refused the job, or the PDF could not be read.
        Cancelled: ``cancel`` returned True before sending; nothing was queued.
        FileNotFoundError: ``path`` does not exist.
    """
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    if not path.is_file():
        raise FileNotFoundError(path)
    chosen = _choose_method(method)
    if cancel():
        raise Cancelled()
    title = title or path.name
    send = _print_with_lp if chosen == "lp" else _print_with_qt
    try:
        return send(path, printer, copies, duplex, title, progress, cancel)
    except TimeoutError as exc:  # a hung CUPS server: the run pauses like for any refusal
        raise PrintFailed(printer, str(exc)) from exc


def list_printers() -> list[str]:
    """Names of the printers (CUPS destinations, ``Printer/instance`` included).

    Through ``lpstat -e`` where CUPS is installed, so the CLI needs no Qt; elsewhere through
    Qt (``available_printers()``, which needs a QGuiApplication).
    """
    if _has_cups():
        result = _run(["lpstat", "-e"], LPSTAT_TIMEOUT)
        return [line.strip() for line in result.stdout.splitlines() if line.strip()]
    from desktop.delivery.printers import available_printers

    return available_printers()


def printer_exists(name: str) -> bool:
    """Whether ``name`` is one of :func:`list_printers`."""
    return bool(name) and name in list_printers()


def wait_for_job(job: PrintJob, timeout: float = 60.0, *, poll: float = 0.25) -> None:
    """Wait until a CUPS job has left the queue (completed, cancelled or aborted).

    Raises:
        ValueError: The job has no CUPS id (Windows, or the print system did not say).
        TimeoutError: The job is still queued after ``timeout`` seconds.
    """
    if job.job_id is None:
        raise ValueError("the job has no CUPS request id to wait for")
    deadline = time.monotonic() + timeout
    while True:
        if job.job_id not in _cups_job_ids(job.printer, which="not-completed"):
            return
        if time.monotonic() >= deadline:
            raise TimeoutError(f"print job {job.job_id} still queued after {timeout:g} s")
        time.sleep(poll)


def _choose_method(method: str | None) -> str:
    chosen = (method or os.environ.get(METHOD_ENV) or "auto").strip().lower()
    if chosen not in METHODS:
        raise ValueError(f"unknown print method {chosen!r} (one of {', '.join(METHODS)})")
    if chosen == "auto":
        # Windows has no lp; a Mac or Linux desk without the CUPS client tools still has
        # Qt's print support.
        return "lp" if sys.platform != "win32" and shutil.which("lp") else "qt"
    return chosen


def _has_cups() -> bool:
    return sys.platform != "win32" and shutil.which("lpstat") is not None


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a CUPS command whose output is parsed: in the C locale, since it is translated."""
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.run(args, capture_output=True, text=True, env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise TimeoutError(f"{args[0]} did not answer within {timeout:g} s") from exc


def _check_cups_printer(printer: str) -> None:
    """Refuse early what CUPS would refuse (no such printer) or silently hold (a paused one)."""
    if not printer_exists(printer):
        # With the scheduler down lpstat lists nothing; that is not a missing printer.
        if "not running" in _run(["lpstat", "-r"], LPSTAT_TIMEOUT).stdout:
            raise PrintFailed(printer, "the print system (CUPS scheduler) is not running")
        raise PrinterNotFound(printer)
    queue = printer.split("/", 1)[0]  # lpstat -p knows queues, not instances
    result = _run(["lpstat", "-p", queue], LPSTAT_TIMEOUT)
    lines = result.stdout.splitlines()
    if lines and lines[0].startswith(f"printer {queue} disabled"):
        reason = " ".join(line.strip() for line in lines[1:] if line.startswith("\t"))
        raise PrinterPaused(printer, reason)


def _cups_job_ids(printer: str, *, which: str) -> list[str]:
    """Ids of the printer's jobs: ``which`` is "not-completed", "completed" or "all"."""
    queue = printer.split("/", 1)[0]
    result = _run(["lpstat", "-W", which, "-o", queue], LPSTAT_TIMEOUT)
    if result.returncode != 0:
        raise PrinterNotFound(printer)
    return [line.split()[0] for line in result.stdout.splitlines() if line and not line[0].isspace()]


def _print_with_lp(
    path: Path, printer: str, copies: int, duplex: bool, title: str, progress: Progress, cancel: Callable[[], bool]
) -> PrintJob:
    if shutil.which("lp") is None:
        raise PrintFailed(printer, "the CUPS command lp is not installed")
    _check_cups_printer(printer)
    if cancel():
        raise Cancelled()
    args = ["lp", "-d", printer, "-n", str(copies), "-t", title]
    args += ["-o", "sides=two-sided-long-edge" if duplex else "sides=one-sided"]
    if copies > 1:
        args += ["-o", "collate=true"]
    # An absolute path, so a file name starting with "-" is not read as an option.
    args.append(str(path.resolve()))
    progress(0, 1, title)
    result = _run(args, LP_TIMEOUT)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip() or f"lp exited with {result.returncode}"
        if "does not exist" in detail:  # removed between the check and lp
            raise PrinterNotFound(printer)
        raise PrintFailed(printer, detail)
    match = _REQUEST_ID.search(result.stdout)
    progress(1, 1, title)
    return PrintJob(printer, "lp", match.group(1) if match else None)


def _print_with_qt(
    path: Path, printer: str, copies: int, duplex: bool, title: str, progress: Progress, cancel: Callable[[], bool]
) -> PrintJob:
    from PySide6.QtCore import QCoreApplication, QSizeF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("printing through Qt needs a QGuiApplication; create one first")
    cups = _has_cups()
    if cups:
        _check_cups_printer(printer)
    info = QPrinterInfo.printerInfo(printer)
    if info.isNull():
        raise PrinterNotFound(printer)

    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise PrintFailed(printer, f"the PDF could not be read ({error.name})")
    pages = document.pageCount()

    qprinter = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    qprinter.setDocName(title)
    qprinter.setCopyCount(copies)
    qprinter.setCollateCopies(True)
    # Qt only takes a duplex mode the printer's driver offers; otherwise the default stays.
    qprinter.setDuplex(QPrinter.DuplexMode.DuplexLongSide if duplex else QPrinter.DuplexMode.DuplexNone)
    # The PDF already has its margins; the page image covers the whole sheet.
    qprinter.setFullPage(True)
    first = document.pagePointSize(0)
    landscape = first.width() > first.height()
    portrait = QSizeF(min(first.width(), first.height()), max(first.width(), first.height()))
    qprinter.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    qprinter.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)

    before = set(_cups_job_ids(printer, which="all")) if cups else set()
    if cancel():
        raise Cancelled()
    painter = QPainter()
    if not painter.begin(qprinter):
        raise PrintFailed(printer, "the printer could not be opened")
    # From here on the document is finished whatever cancel says: neither Qt engine can
    # abort (QPrinter.abort() is a no-op returning False for CUPS and Windows), ending the
    # painter sends what was painted, and half a run on paper is worse than a whole one.
    try:
        _paint_pages(document, qprinter, painter, printer, title, progress)
    except BaseException:
        painter.end()
        if cups:  # best effort: CUPS may have begun printing the first pages already
            for job_id in _our_new_jobs(printer, before):
                _run(["cancel", job_id], LPSTAT_TIMEOUT)
        raise
    ended = painter.end()
    if not cups:
        if not ended:
            raise PrintFailed(printer, "the printer did not accept the document")
        return PrintJob(printer, "qt", None, pages)
    # Qt ignores whether CUPS took the job (cupsPrintFile's result); the queue tells.
    new = _our_new_jobs(printer, before)
    if not ended or not new:
        raise PrintFailed(printer, "CUPS did not accept the job")
    return PrintJob(printer, "qt", max(new, key=_job_number), pages)


def _paint_pages(document, qprinter, painter, printer: str, title: str, progress: Progress) -> None:
    """Render each PDF page with QtPdf and paint it over the whole sheet."""
    from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
    from PySide6.QtGui import QImage, QPainter

    sheet = QRectF(painter.viewport())
    dpi = min(qprinter.resolution(), QT_RENDER_DPI)
    pages = document.pageCount()
    for index in range(pages):
        if index and not qprinter.newPage():
            raise PrintFailed(printer, f"the printer refused page {index + 1}")
        size = document.pagePointSize(index)
        pixels = QSize(max(1, round(size.width() * dpi / 72)), max(1, round(size.height() * dpi / 72)))
        # QtPdf leaves the paper transparent; printers (and the PDF engine behind CUPS)
        # want opaque pixels, so the page goes onto white first.
        image = QImage(pixels, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        compose = QPainter(image)
        compose.drawImage(0, 0, document.render(index, pixels))
        compose.end()
        target = QSizeF(pixels).scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRectF(sheet.topLeft(), target), image)
        progress(index + 1, pages, title)


def _our_new_jobs(printer: str, before: set[str]) -> list[str]:
    """Jobs on the printer's queue that were not there before, ours if any are."""
    queue = printer.split("/", 1)[0]
    result = _run(["lpstat", "-W", "all", "-o", queue], LPSTAT_TIMEOUT)
    new = []
    for line in result.stdout.splitlines():
        fields = line.split()
        if len(fields) >= 2 and not line[0].isspace() and fields[0] not in before:
            new.append((fields[0], fields[1]))
    # Someone else may print on the same queue meanwhile; a server that maps user names
    # shows none as ours, and then any new job is the best guess.
    user = getpass.getuser()
    return [job_id for job_id, owner in new if owner == user] or [job_id for job_id, _owner in new]


def _job_number(job_id: str) -> int:
    return int(job_id.rsplit("-", 1)[1])
