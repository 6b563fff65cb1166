"""The letter ID's QR code and barcode, through the real LibreOffice pipeline and back.

Letters merged from one template, each with its own letter ID, are joined into a chunk and
converted; every letter's PDF is rendered at 200 dpi with ``pdftoppm`` and read by zbar's
``zbarimg``, as a scanned response would be. Each must show its own letter's ID, and only it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm

from desktop.merge.converter import find_libreoffice
from desktop.merge.pdf import PdfPipeline
from desktop.merge.template import PreparedTemplate, Recipient, Sender, merge_data

SOFFICE = find_libreoffice()
ZBARIMG, PDFTOPPM = shutil.which("zbarimg"), shutil.which("pdftoppm")
IN_CI = bool(os.environ.get("CI")) and sys.platform == "linux"  # tests/run installs all three there
needs_tools = pytest.mark.skipif(None in (SOFFICE, ZBARIMG, PDFTOPPM) and not IN_CI,
                                 reason="needs LibreOffice, zbarimg (zbar-tools) and pdftoppm (poppler-utils)")


def template(folder: Path, *, in_footer: bool) -> bytes:
    """A one-page letter with the codes in the body, or in the header and footer."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.header.paragraphs[0].text = "Musterfirma GmbH" + (" · {{ BriefIDBarcode(40, 8) }}" if in_footer else "")
    section.footer.paragraphs[0].text = "Unser Zeichen: {{ BriefID }}"
    if in_footer:
        section.footer.add_paragraph("{{ BriefIDQR(15) }}")
    doc.add_paragraph("{{ Adressblock }}")
    doc.add_paragraph("{{ Briefanrede }}")
    doc.add_paragraph("wir freuen uns, Ihnen unser neues Angebot vorzustellen. " * 8)
    if not in_footer:
        doc.add_paragraph("Bitte geben Sie bei Ihrer Antwort an: {{ BriefIDBarcode }}")
        doc.add_paragraph("{{ BriefIDQR }}")
    doc.add_paragraph("Mit freundlichen Grüßen")
    path = folder / "template.docx"
    doc.save(str(path))
    return path.read_bytes()


def letters(template_docx: bytes, count: int) -> list[tuple[str, bytes]]:
    prepared = PreparedTemplate(template_docx)
    made = []
    for n in range(count):
        letter_id = f"00042-{n + 1:05d}"
        recipient = Recipient(salutation="ms", first_name="Anna", last_name=f"Muster{n}", street=f"Weg {n}",
                              postcode="50667", city="Köln")
        made.append((letter_id, prepared.render(merge_data(recipient, Sender("Max Mustermann"),
                                                           letter_id=letter_id))))
    return made


def codes_in(pdf: Path, folder: Path) -> list[str]:
    """Every code zbarimg reads on the pages of ``pdf`` rendered at 200 dpi ("QR-Code:…")."""
    if None in (ZBARIMG, PDFTOPPM):
        pytest.fail("zbarimg and pdftoppm must be installed (tests/run installs zbar-tools, poppler-utils)")
    subprocess.run([PDFTOPPM, "-r", "200", "-png", str(pdf), str(folder / pdf.stem)], check=True)
    found = []
    for page in sorted(folder.glob(f"{pdf.stem}-*.png")):
        result = subprocess.run([ZBARIMG, "-q", str(page)], capture_output=True, text=True, check=False)
        found += result.stdout.splitlines()
    return sorted(found)


def convert(workdir: Path, out: Path, made: list[tuple[str, bytes]]):
    if SOFFICE is None:
        pytest.fail("LibreOffice is not installed (CI must have it)")
    return PdfPipeline(SOFFICE, workdir, processes=1, chunk_size=len(made)).convert(made, out)


@needs_tools
@pytest.mark.parametrize("in_footer", [False, True], ids=["body", "header-footer"])
def test_each_letters_pdf_shows_its_own_letter_id_as_codes(in_footer, tmp_path) -> None:
    # Codes in the body keep the chunk's page breaks; in a header or footer they make
    # each letter a section of its own, with its own copy of the header and footer.
    made = letters(template(tmp_path, in_footer=in_footer), 4)
    result = convert(tmp_path / "work", tmp_path / "out", made)
    assert [letter.pages for letter in result.letters] == [1] * len(made)
    for (letter_id, _), converted in zip(made, result.letters, strict=True):
        assert codes_in(converted.path, tmp_path) == [f"CODE-128:{letter_id}", f"QR-Code:{letter_id}"]
