"""The PDF pipeline for mass letters, on the real LibreOffice.

Letters are made with python-docx the way a template would render them: a letterhead
(logo and "Musterfirma GmbH") on the first page, a shorter header on follow-up pages,
"Seite X von Y" in the footer, an address, paragraphs, a table, a numbered list and a QR
code of the letter's own in the body. One letter runs over two pages.
"""

from __future__ import annotations

import io
import os
import re
import sys
import zipfile
from pathlib import Path

import pytest
import segno
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree
from pypdf import PdfReader

from desktop.jobs import CancelFlag, Cancelled
from desktop.merge import soffice
from desktop.merge.converter import find_libreoffice
from desktop.merge.docx_chunk import MARKER_PREFIX, LetterNotJoinable, join_letters
from desktop.merge.pdf import ConversionError, ConverterMissing, PdfPipeline, combine_pdfs

SOFFICE = find_libreoffice()
needs_libreoffice = pytest.mark.skipif(SOFFICE is None and not os.environ.get("CI"),
                                       reason="LibreOffice is not installed")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LONG = 3  # the letter that runs over two pages
NAMES = [f"Empfänger{n:02d} Muster" for n in range(7)]


def _field(paragraph, instruction: str) -> None:
    for kind in ("begin", "instr", "separate", "result", "end"):
        run = paragraph.add_run("9" if kind == "result" else "")
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = f" {instruction} "
            run._r.append(node)
        elif kind != "result":
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
            run._r.append(node)


def _png(text: str, scale: int) -> io.BytesIO:
    out = io.BytesIO()
    segno.make(text, micro=False).save(out, kind="png", scale=scale)
    out.seek(0)
    return out


def make_letter(n: int, *, long: bool = False) -> bytes:
    """Letter ``n`` to NAMES[n], rendered as a template would render it."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.different_first_page_header_footer = True
    letterhead = section.first_page_header.paragraphs[0]
    letterhead.add_run().add_picture(_png("Musterfirma", 3), width=Cm(1.5))
    letterhead.add_run(" Musterfirma GmbH · Hauptstraße 1 · 12345 Musterstadt")
    section.header.paragraphs[0].text = "Musterfirma GmbH (Folgeseite)"
    for footer in (section.first_page_footer, section.footer):
        paragraph = footer.paragraphs[0]
        paragraph.add_run("Seite ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" von ")
        _field(paragraph, "NUMPAGES")
    doc.add_paragraph(NAMES[n])
    doc.add_paragraph(f"Weg {n + 1}")
    doc.add_paragraph("12345 Musterstadt")
    doc.add_paragraph(f"Sehr geehrte(r) {NAMES[n]},")
    for _ in range(14 if long else 2):
        doc.add_paragraph("Wir freuen uns, Ihnen unser neues Angebot vorzustellen. " * 6)
    for item in ("erster Punkt", "zweiter Punkt"):
        doc.add_paragraph(item, style="List Number")
    table = doc.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table._cells, ("Produkt", "Preis", "Abo", "10 €")):
        cell.text = text
    # A QR code of the letter's own, scaled by n: its width in the PDF tells whose it is.
    doc.add_paragraph().add_run().add_picture(_png(f"letter {n}", n + 1))
    doc.add_paragraph("Mit freundlichen Grüßen")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def letters() -> list[tuple[str, bytes]]:
    return [(f"L{n:03d}", make_letter(n, long=n == LONG)) for n in range(len(NAMES))]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """One work folder for the module, so the LibreOffice profiles are made only once."""
    return tmp_path_factory.mktemp("pdf-work")


def pipeline(workdir: Path, **options) -> PdfPipeline:
    if SOFFICE is None:
        pytest.fail("LibreOffice is not installed (CI must have it)")
    options = {"processes": 2, "chunk_size": 3, "chunks_per_call": 1} | options
    return PdfPipeline(SOFFICE, workdir, **options)


@pytest.fixture(scope="module")
def converted(letters, workdir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    reports = []
    result = pipeline(workdir).convert(letters, out, progress=lambda *args: reports.append(args))
    return result, reports, out


def text(path: Path, page: int = 0) -> str:
    return PdfReader(path).pages[page].extract_text()


def image_widths(page) -> list[int]:
    objects = page["/Resources"].get("/XObject", {})
    return sorted(int(objects[name].get_object()["/Width"]) for name in objects)


@needs_libreoffice
def test_each_letter_gets_its_own_pdf_and_the_combined_pdf_all_pages(converted) -> None:
    result, reports, out = converted
    assert [letter.letter_id for letter in result.letters] == [f"L{n:03d}" for n in range(len(NAMES))]
    assert [letter.pages for letter in result.letters] == [2 if n == LONG else 1 for n in range(len(NAMES))]
    assert len(PdfReader(result.combined).pages) == result.pages == len(NAMES) + 1
    assert [letter.first_page_in_combined for letter in result.letters] == [0, 1, 2, 3, 5, 6, 7]
    assert sorted(p.name for p in out.iterdir()) == sorted([f"L{n:03d}.pdf" for n in range(len(NAMES))]
                                                           + ["_all_letters.pdf"])
    assert reports == [(0, 7, "letters"), (3, 7, "letters"), (6, 7, "letters"), (7, 7, "letters")]


@needs_libreoffice
def test_each_pdf_starts_with_its_letter_and_holds_no_other(converted) -> None:
    result, _, _ = converted
    combined = PdfReader(result.combined)
    for n, letter in enumerate(result.letters):
        first = text(letter.path)
        assert NAMES[n] in first
        assert all(other not in first for other in NAMES if other != NAMES[n])
        assert combined.pages[letter.first_page_in_combined].extract_text() == first


@needs_libreoffice
def test_letterhead_page_numbers_and_totals_start_over_in_each_letter(converted) -> None:
    result, _, _ = converted
    for n, letter in enumerate(result.letters):
        pages = letter.pages
        for page in range(pages):
            content = text(letter.path, page)
            assert f"Seite {page + 1} von {pages}" in content, (n, page, content)
            assert ("Musterfirma GmbH · Hauptstraße 1" in content) == (page == 0)
            assert ("Musterfirma GmbH (Folgeseite)" in content) == (page > 0)


@needs_libreoffice
def test_body_table_lists_and_images_come_through(converted) -> None:
    result, _, _ = converted
    for n, letter in enumerate(result.letters):
        reader = PdfReader(letter.path)
        content = "".join(page.extract_text() for page in reader.pages)
        assert "Produkt" in content and "10 €" in content
        assert re.search(r"1\.\s*erster Punkt\s+2\.\s*zweiter Punkt", content), content
        widths = [w for page in reader.pages for w in image_widths(page)]
        # The letterhead's logo (scale 3) and the letter's own QR code (scale n + 1).
        assert widths == sorted([29 * 3, 29 * (n + 1)]), (n, widths)  # 21 modules + 2 × 4 quiet zone


@needs_libreoffice
def test_the_start_marks_stay_invisible(converted) -> None:
    # The marks are bookmarks: no text in any page, no destinations left in the output.
    result, _, _ = converted
    for path in [result.combined, *(letter.path for letter in result.letters)]:
        reader = PdfReader(path)
        assert MARKER_PREFIX not in "".join(page.extract_text() for page in reader.pages)
        assert reader.named_destinations == {}


@needs_libreoffice
def test_convert_iter_hands_out_chunks_in_order(letters, workdir, tmp_path) -> None:
    chunks = list(pipeline(workdir, chunk_size=2, chunks_per_call=2).convert_iter(letters, tmp_path))
    assert [[letter.letter_id for letter in chunk] for chunk in chunks] == [
        ["L000", "L001"], ["L002", "L003"], ["L004", "L005"], ["L006"]]
    assert all(letter.path.is_file() for chunk in chunks for letter in chunk)
    assert [letter.first_page_in_combined for chunk in chunks for letter in chunk] == [0, 1, 2, 3, 5, 6, 7]
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "_all_letters.pdf").exists()


@needs_libreoffice
def test_cancel_between_chunks_leaves_only_letters_handed_out(letters, workdir, tmp_path) -> None:
    cancel = CancelFlag()
    chunks = pipeline(workdir, chunk_size=2).convert_iter(letters, tmp_path, combined=tmp_path / "all.pdf",
                                                          cancel=cancel)
    first = next(chunks)
    cancel.set()
    with pytest.raises(Cancelled):
        next(chunks)
    assert sorted(tmp_path.iterdir()) == sorted(letter.path for letter in first)
    assert not list((workdir / "runs").iterdir())
    assert _soffice_processes(workdir) == []


@needs_libreoffice
def test_cancelled_convert_leaves_no_letter_behind(letters, workdir, tmp_path) -> None:
    cancel = CancelFlag()
    with pytest.raises(Cancelled):
        pipeline(workdir, chunk_size=2).convert(letters, tmp_path, cancel=cancel,
                                                progress=lambda done, total, what: done and cancel.set())
    assert list(tmp_path.iterdir()) == []


@needs_libreoffice
def test_convert_one_is_the_preview(letters, workdir) -> None:
    data = pipeline(workdir).convert_one(letters[LONG][1])
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2 and NAMES[LONG] in reader.pages[0].extract_text()


@needs_libreoffice
def test_combine_pdfs_joins_letter_pdfs(converted, tmp_path) -> None:
    result, _, _ = converted
    pages = combine_pdfs([letter.path for letter in reversed(result.letters)], tmp_path / "again.pdf")
    reader = PdfReader(tmp_path / "again.pdf")
    assert pages == len(reader.pages) == result.pages
    assert NAMES[-1] in reader.pages[0].extract_text()


@needs_libreoffice
def test_letters_that_start_with_a_table_start_on_their_own_page(workdir, tmp_path) -> None:
    def letter(n: int) -> bytes:
        doc = Document()
        address = doc.add_table(rows=1, cols=2)  # the address window and the sender's details
        address.cell(0, 0).text, address.cell(0, 1).text = NAMES[n], "Ihr Zeichen: ab"
        doc.add_paragraph("Sehr geehrte Damen und Herren,")
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()

    result = pipeline(workdir, chunk_size=3).convert([(f"T{n}", letter(n)) for n in range(3)], tmp_path)
    assert [letter.pages for letter in result.letters] == [1, 1, 1]
    for n, converted in enumerate(result.letters):
        assert text(converted.path).startswith(NAMES[n])


@needs_libreoffice
def test_a_personalised_letterhead_stays_with_its_letter(workdir, tmp_path) -> None:
    def letter(n: int) -> bytes:
        doc = Document()
        doc.sections[0].header.paragraphs[0].text = f"Persönlich für {NAMES[n]}"
        doc.add_paragraph(f"Sehr geehrte(r) {NAMES[n]},")
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()

    result = pipeline(workdir, chunk_size=3).convert([(f"H{n}", letter(n)) for n in range(3)], tmp_path)
    for n, converted in enumerate(result.letters):
        assert f"Persönlich für {NAMES[n]}" in text(converted.path)


def test_a_missing_libreoffice_is_reported(tmp_path) -> None:
    with pytest.raises(ConverterMissing):
        PdfPipeline(str(tmp_path / "no" / "soffice"), tmp_path)
    (tmp_path / "soffice").write_text("not a program")
    with pytest.raises(ConverterMissing):
        PdfPipeline(str(tmp_path / "soffice"), tmp_path)


def test_letter_ids_must_be_unique_file_names(letters, tmp_path) -> None:
    # Refused before anything is converted, so any program will do as the converter.
    for ids in (["a", "A"], ["../x", "y"], ["", "y"]):
        with pytest.raises(ValueError):
            PdfPipeline(sys.executable, tmp_path).convert(list(zip(ids, [letters[0][1]] * 2)), tmp_path / "out")


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in converter is a shell script")
def test_libreoffice_failing_is_a_conversion_error_with_its_stderr(letters, tmp_path) -> None:
    fake = _fake_soffice(tmp_path, 'echo "Error: source file could not be loaded" >&2')
    with pytest.raises(ConversionError) as caught:
        PdfPipeline(fake, tmp_path / "work", chunk_size=3).convert(letters, tmp_path / "out")
    assert caught.value.chunk == 0 and "could not be loaded" in caught.value.stderr
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in converter is a shell script")
def test_libreoffice_hanging_is_stopped(letters, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(soffice, "STARTUP_SECONDS", 0.5)
    fake = _fake_soffice(tmp_path, "sleep 60")
    with pytest.raises(ConversionError, match="longer than"):
        PdfPipeline(fake, tmp_path / "work", chunk_size=3, timeout=0.1).convert(letters[:2], tmp_path / "out")
    assert _soffice_processes(tmp_path / "work") == []


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in converter is a shell script")
def test_a_pdf_without_start_marks_is_refused(letters, tmp_path) -> None:
    # A converter that writes a PDF of the right name but without the letters' marks.
    blank = tmp_path / "blank.pdf"
    combine_pdfs([], blank)
    fake = _fake_soffice(tmp_path, f'for f; do :; done; cp "{blank}" "$outdir/$(basename "$f" .docx).pdf"')
    with pytest.raises(ConversionError, match="start mark"):
        PdfPipeline(fake, tmp_path / "work", chunk_size=3).convert(letters[:2], tmp_path / "out")


def _chunk_body(letters, page_total: int) -> tuple[etree._Element, zipfile.ZipFile]:
    chunk = zipfile.ZipFile(io.BytesIO(join_letters([docx for _, docx in letters[:3]], page_total)))
    return etree.fromstring(chunk.read("word/document.xml")).find(f"{W}body"), chunk


def test_letters_expected_on_one_page_are_joined_by_page_breaks(letters) -> None:
    body, chunk = _chunk_body(letters, 1)
    [section] = body.findall(f".//{W}sectPr")
    assert len(body.findall(f".//{W}br[@{W}type='page']")) == 2
    # What page 1 of a letter shows, every page shows: its letterhead, "Seite 1 von 1".
    assert section.find(f"{W}titlePg") is None
    assert [r.get(f"{W}type") for r in section.findall(f"{W}headerReference")] == ["default"]
    footers = b"".join(chunk.read(n) for n in chunk.namelist() if n.startswith("word/footer"))
    assert b"PAGE" not in footers and b">1<" in footers
    marks = [b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")]
    assert marks == [f"{MARKER_PREFIX}{n:06d}" for n in range(3)]


def test_letters_of_more_pages_get_a_section_each(letters) -> None:
    body, chunk = _chunk_body(letters, 2)
    sections = body.findall(f".//{W}sectPr")
    assert len(sections) == 3
    assert all(s.find(f"{W}pgNumType").get(f"{W}start") == "1" for s in sections)
    assert all(s.find(f"{W}type").get(f"{W}val") == "nextPage" for s in sections)
    assert all(s.find(f"{W}titlePg") is not None for s in sections)
    # Unchanged headers are inherited from the first letter's section.
    assert [len(s.findall(f"{W}headerReference")) for s in sections] == [2, 0, 0]
    footers = b"".join(chunk.read(n) for n in chunk.namelist() if n.startswith("word/footer"))
    assert b"NUMPAGES" not in footers and b" PAGE " in footers and b">2<" in footers
    marks = [b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")]
    assert marks == [f"{MARKER_PREFIX}{n:06d}" for n in range(3)]


def test_chunk_document_carries_each_letters_own_image(letters) -> None:
    chunk = zipfile.ZipFile(io.BytesIO(join_letters([docx for _, docx in letters[:3]])))
    rels = {rel.get("Id"): rel.get("Target") for rel in etree.fromstring(chunk.read("word/_rels/document.xml.rels"))}
    embeds = [blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
              for blip in etree.fromstring(chunk.read("word/document.xml")).iter(
                  "{http://schemas.openxmlformats.org/drawingml/2006/main}blip")]
    images = [chunk.read("word/" + rels[embed]) for embed in embeds]
    originals = []
    for _, docx in letters[:3]:
        with zipfile.ZipFile(io.BytesIO(docx)) as letter:
            originals += [letter.read(n) for n in letter.namelist() if n.startswith("word/media/")
                          and letter.read(n) in images]
    assert len(set(images)) == 3 and set(images) == set(originals)


def test_letters_with_footnotes_are_refused(letters) -> None:
    with zipfile.ZipFile(io.BytesIO(letters[1][1])) as letter:
        entries = {name: letter.read(name) for name in letter.namelist()}
    entries["word/document.xml"] = entries["word/document.xml"].replace(
        b"<w:t>Weg 2</w:t>", b'<w:t>Weg 2</w:t></w:r><w:r><w:footnoteReference w:id="1"/>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as changed:
        for name, data in entries.items():
            changed.writestr(name, data)
    with pytest.raises(LetterNotJoinable):
        join_letters([letters[0][1], out.getvalue()])


def _fake_soffice(folder: Path, body: str) -> str:
    """A stand-in for soffice: a shell script running ``body`` with $outdir set."""
    script = folder / "fake-soffice"
    script.write_text("#!/bin/sh\n"
                      'while [ "$1" != "--outdir" ]; do shift; done; outdir="$2"; shift 2\n'
                      f"{body}\n")
    script.chmod(0o755)
    return str(script)


def _soffice_processes(workdir: Path) -> list[int]:
    """Running processes whose command line names ``workdir`` (Linux; elsewhere none)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if str(workdir).encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            pass
    return found
