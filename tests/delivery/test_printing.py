"""Printing a PDF on a real CUPS queue (cups-pdf, set up by tests/run), by lp and through Qt.

cups-pdf turns every job into a PDF in the queue's output directory, named ``…-job_N.pdf``
after the CUPS job id, so a test reads back what the "printer" got. The text survives the
lp path only because the test PDF uses a standard font without embedding: cups-pdf goes
PDF → PostScript → Ghostscript, which drops the Unicode map of embedded subset fonts (as
LibreOffice's and Qt's are), leaving unreadable glyphs; a paper printer does not care.
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject

from desktop.delivery import printing
from desktop.delivery.printing import PrinterNotFound, PrinterPaused, PrintFailed, PrintJob, print_pdf
from desktop.jobs import CancelFlag, Cancelled

pytestmark = pytest.mark.slow

METHODS = ["lp", "qt"]


@pytest.fixture
def letters_pdf(tmp_path: Path) -> Path:
    """Two pages, "Brief 1" and "Brief 2", in Helvetica (not embedded, see the module doc)."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    for number in (1, 2):
        page = writer.add_blank_page(595, 842)  # A4 in points
        content = StreamObject()
        content.set_data(f"BT /F1 24 Tf 72 720 Td (Brief {number}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    path = tmp_path / "lauf.pdf"
    with path.open("wb") as file:
        writer.write(file)
    return path


@pytest.fixture
def method(request: pytest.FixtureRequest) -> str:
    """The print path; the Qt one needs the QApplication pytest-qt makes."""
    if request.param == "qt":
        request.getfixturevalue("qapp")
    return request.param


def all_job_ids(printer: str) -> set[str]:
    result = subprocess.run(["lpstat", "-W", "all", "-o", printer], capture_output=True, text=True, check=True)
    return {line.split()[0] for line in result.stdout.splitlines() if line.strip()}


def texts(reader: PdfReader) -> list[str]:
    return [page.extract_text().strip() for page in reader.pages]


def job_attribute(printer: str, job: PrintJob, name: str, tmp_path: Path) -> str | None:
    """One IPP attribute of a job as CUPS keeps it (what a real printer would be told)."""
    assert shutil.which("ipptool"), "ipptool (cups-ipp-utils) is needed; tests/run installs it"
    assert job.job_id is not None
    script = (
        "{ OPERATION Get-Job-Attributes GROUP operation-attributes-tag "
        "ATTR charset attributes-charset utf-8 ATTR naturalLanguage attributes-natural-language en "
        "ATTR uri printer-uri $uri ATTR integer job-id $job ATTR name requesting-user-name $user "
        f"DISPLAY {name} }}"
    )
    test_file = tmp_path / f"get-{name}.test"
    test_file.write_text(script, encoding="utf-8")
    job_number = job.job_id.rsplit("-", 1)[1]
    result = subprocess.run(
        ["ipptool", "-t", "-d", f"job={job_number}", "-d", f"user={getpass.getuser()}", f"ipp://localhost/printers/{printer}", str(test_file)],
        capture_output=True, text=True, check=False,
    )
    for line in result.stdout.splitlines():
        key, _, value = line.strip().partition(" = ")
        if key.split(" ")[0] == name:
            return value
    return None


def admin(*args: str) -> None:
    """Run a CUPS admin command (cupsdisable & co. need root; CI has passwordless sudo)."""
    prefix: list[str] = []
    if os.geteuid() != 0:
        if subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False).returncode != 0:
            if os.environ.get("CI"):
                pytest.fail("pausing the test queue needs root or passwordless sudo")
            pytest.skip("pausing the test queue needs root or passwordless sudo")
        prefix = ["sudo", "-n"]
    subprocess.run([*prefix, *args], check=True, capture_output=True)


# --- what the printer gets ---------------------------------------------------------------


def test_lp_prints_every_page_with_its_text(test_printer, letters_pdf: Path, read_output, tmp_path: Path) -> None:
    job = print_pdf(letters_pdf, test_printer.name, method="lp", title="Massendruck Müller")

    assert job.method == "lp"
    assert job.job_id and job.job_id.startswith(f"{test_printer.name}-")
    assert texts(read_output(job)) == ["Brief 1", "Brief 2"]


def test_qt_prints_every_page_as_an_image_on_a4(qapp, test_printer, letters_pdf: Path, read_output, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    job = print_pdf(letters_pdf, test_printer.name, method="qt", progress=lambda done, total, _what: seen.append((done, total)))

    # Qt does not say which CUPS job it made; print_pdf finds it in the queue.
    assert job.method == "qt" and job.job_id and job.pages == 2
    assert seen == [(1, 2), (2, 2)]
    reader = read_output(job)
    assert len(reader.pages) == 2
    width, height = (round(float(v)) for v in reader.pages[0].mediabox.upper_right)
    assert (width, height) == (595, 842)


@pytest.mark.parametrize("method", METHODS, indirect=True)
def test_copies_come_out_as_whole_sets(method: str, test_printer, letters_pdf: Path, read_output, tmp_path: Path) -> None:
    # cups-pdf cannot make copies itself, so CUPS repeats the collated document and the
    # file holds both sets: what a printer would stack in its tray.
    job = print_pdf(letters_pdf, test_printer.name, method=method, copies=2)

    reader = read_output(job)
    assert job_attribute(test_printer.name, job, "copies", tmp_path) == "2"
    assert len(reader.pages) == 4
    if method == "lp":
        assert texts(reader) == ["Brief 1", "Brief 2", "Brief 1", "Brief 2"]


def test_lp_asks_for_duplex_or_explicitly_one_sided(test_printer, letters_pdf: Path, read_output, tmp_path: Path) -> None:
    duplex = print_pdf(letters_pdf, test_printer.name, method="lp", duplex=True)
    simplex = print_pdf(letters_pdf, test_printer.name, method="lp")

    read_output(duplex)
    read_output(simplex)
    assert job_attribute(test_printer.name, duplex, "sides", tmp_path) == "two-sided-long-edge"
    assert job_attribute(test_printer.name, simplex, "sides", tmp_path) == "one-sided"


def test_qt_drops_duplex_the_printer_does_not_offer(qapp, test_printer, letters_pdf: Path, read_output, tmp_path: Path) -> None:
    # The cups-pdf driver has no duplex unit; Qt then keeps the driver's one-sided default.
    job = print_pdf(letters_pdf, test_printer.name, method="qt", duplex=True)

    read_output(job)
    assert job_attribute(test_printer.name, job, "sides", tmp_path) == "one-sided"


# --- printers ------------------------------------------------------------------------------


def test_the_test_printer_is_listed_without_qt(test_printer) -> None:
    assert test_printer.name in printing.list_printers()
    assert printing.printer_exists(test_printer.name)
    assert not printing.printer_exists("Kein-Drucker-hier")
    assert not printing.printer_exists("")


# --- failures a run must survive --------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS, indirect=True)
def test_unknown_printer_is_not_found_and_nothing_is_queued(method: str, test_printer, letters_pdf: Path) -> None:
    before = all_job_ids(test_printer.name)

    with pytest.raises(PrinterNotFound) as raised:
        print_pdf(letters_pdf, "Kein-Drucker-hier", method=method)

    assert raised.value.printer == "Kein-Drucker-hier"
    assert all_job_ids(test_printer.name) == before


@pytest.mark.parametrize("method", METHODS, indirect=True)
def test_paused_printer_is_refused_before_sending(method: str, test_printer, letters_pdf: Path) -> None:
    # lp would take the job and CUPS would hold it until someone resumes the printer.
    before = all_job_ids(test_printer.name)
    admin("cupsdisable", "-r", "Papierstau im Test", test_printer.name)
    try:
        with pytest.raises(PrinterPaused) as raised:
            print_pdf(letters_pdf, test_printer.name, method=method)
    finally:
        admin("cupsenable", test_printer.name)

    assert isinstance(raised.value, PrintFailed)
    assert raised.value.reason == "Papierstau im Test"
    assert all_job_ids(test_printer.name) == before


@pytest.mark.parametrize("method", METHODS, indirect=True)
def test_printer_not_accepting_jobs_fails(method: str, test_printer, letters_pdf: Path) -> None:
    before = all_job_ids(test_printer.name)
    admin("cupsreject", "-r", "Wartung", test_printer.name)
    try:
        with pytest.raises(PrintFailed) as raised:
            print_pdf(letters_pdf, test_printer.name, method=method)
    finally:
        admin("cupsaccept", test_printer.name)

    assert not isinstance(raised.value, PrinterPaused)
    expected = "not accepting jobs" if method == "lp" else "CUPS did not accept the job"
    assert expected in raised.value.detail
    assert all_job_ids(test_printer.name) == before


def test_scheduler_down_is_a_print_failure(test_printer, letters_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUPS_SERVER", "/nonexistent/cups.sock")

    with pytest.raises(PrintFailed, match="not running"):
        print_pdf(letters_pdf, test_printer.name, method="lp")


# --- cancel ------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHODS, indirect=True)
def test_cancel_before_sending_queues_nothing(method: str, test_printer, letters_pdf: Path) -> None:
    before = all_job_ids(test_printer.name)

    with pytest.raises(Cancelled):
        print_pdf(letters_pdf, test_printer.name, method=method, cancel=lambda: True)

    assert all_job_ids(test_printer.name) == before


def test_qt_cancel_while_painting_still_sends_the_whole_document(qapp, test_printer, letters_pdf: Path, read_output) -> None:
    # Neither of Qt's print engines can abort, so a half document would reach the paper.
    flag = CancelFlag()

    def progress(done: int, _total: int, _what: str) -> None:
        if done == 1:
            flag.set()

    job = print_pdf(letters_pdf, test_printer.name, method="qt", progress=progress, cancel=flag)

    assert flag()
    assert len(read_output(job).pages) == 2


# --- arguments ---------------------------------------------------------------------------------


def test_missing_file_and_bad_arguments(tmp_path: Path, letters_pdf: Path) -> None:
    with pytest.raises(FileNotFoundError):
        print_pdf(tmp_path / "fehlt.pdf", "irgendwer")
    with pytest.raises(ValueError):
        print_pdf(letters_pdf, "irgendwer", copies=0)
    with pytest.raises(ValueError):
        print_pdf(letters_pdf, "irgendwer", method="fax")


def test_method_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(printing.METHOD_ENV, "qt")
    assert printing._choose_method(None) == "qt"
    assert printing._choose_method("lp") == "lp"
    monkeypatch.delenv(printing.METHOD_ENV)
    expected = "lp" if shutil.which("lp") else "qt"
    assert printing._choose_method(None) == expected
