"""The letter ID as a QR code and a Code 128 barcode: pictures in merged letters.

Each picture is read back with zbar's ``zbarimg``, the way a response would be scanned.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from wordxml import (
    add,
    begin,
    end,
    instr,
    mergefield,
    new_document,
    open_docx,
    save,
    separate,
    simple_field,
    text_run,
)

from desktop.merge import barcodes
from desktop.merge.docx_chunk import join_letters
from desktop.merge.fields import resolve
from desktop.merge.template import (
    PreparedTemplate,
    Recipient,
    Sender,
    TemplateError,
    merge_data,
    scan,
)

ZBARIMG = shutil.which("zbarimg")
# CI (Debian, tests/run installs zbar-tools) must read the codes; elsewhere zbar may be missing.
needs_zbar = pytest.mark.skipif(ZBARIMG is None and not (os.environ.get("CI") and sys.platform == "linux"),
                                reason="zbarimg (zbar-tools) is not installed")
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
PKG_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"
EMU_PER_MM = 36_000


def read_codes(png: bytes, folder: Path) -> list[str]:
    """What zbarimg reads in a picture: "QR-Code:…", "CODE-128:…", one per code found."""
    if ZBARIMG is None:
        pytest.fail("zbarimg is not installed (tests/run installs zbar-tools)")
    path = folder / "code.png"
    path.write_bytes(png)
    result = subprocess.run([ZBARIMG, "-q", str(path)], capture_output=True, text=True, check=False)
    return sorted(result.stdout.splitlines())


def letter(letter_id: str) -> dict[str, str]:
    return merge_data(Recipient(salutation="ms", first_name="Anna", last_name="Müller"), Sender("Max Mustermann"),
                      letter_id=letter_id)


def pictures(docx: bytes, part: str = "word/document.xml") -> list[tuple[etree._Element, bytes]]:
    """(wp:inline, image bytes) of each picture in ``part`` of a .docx, in order."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        folder, name = part.rsplit("/", 1)
        rels = {rel.get("Id"): rel.get("Target")
                for rel in etree.fromstring(package.read(f"{folder}/_rels/{name}.rels")).iter(f"{PKG_R}Relationship")}
        found = []
        for inline in etree.fromstring(package.read(part)).iter(f"{WP}inline"):
            embed = next(inline.iter(f"{A}blip")).get(f"{R}embed")
            found.append((inline, package.read(f"{folder}/{rels[embed]}")))
        return found


def size_mm(inline: etree._Element) -> tuple[float, float]:
    extent = inline.find(f"{WP}extent")
    return int(extent.get("cx")) / EMU_PER_MM, int(extent.get("cy")) / EMU_PER_MM


def template(tmp_path: Path) -> bytes:
    doc = new_document()
    doc.add_paragraph("Sehr geehrte Frau {{ Nachname }},")
    doc.add_paragraph("{{ BriefIDQR }}")
    doc.add_paragraph("Ihr Zeichen: {{ BriefID }} {{ BriefIDBarcode }} bitte angeben")
    return save(doc, tmp_path / "t.docx")


@needs_zbar
def test_each_code_field_becomes_one_inline_picture_of_the_letter_id(tmp_path) -> None:
    letter_docx = PreparedTemplate(template(tmp_path)).render(letter("00042-00017"))
    merged = open_docx(letter_docx)
    assert len(merged.inline_shapes) == 2
    assert [p.text for p in merged.paragraphs] == ["Sehr geehrte Frau Müller,", "",
                                                   "Ihr Zeichen: 00042-00017  bitte angeben"]
    (qr, qr_png), (bar, bar_png) = pictures(letter_docx)
    assert read_codes(qr_png, tmp_path) == ["QR-Code:00042-00017"]
    assert read_codes(bar_png, tmp_path) == ["CODE-128:00042-00017"]
    assert size_mm(qr) == (18, 18) and size_mm(bar) == (50, 10)
    # The picture sits in the placeholder's run, between the text before and after it.
    run = bar.getparent().getparent()
    assert [child.tag.split("}")[1] for child in run] == ["t", "drawing", "t"]
    with zipfile.ZipFile(io.BytesIO(letter_docx)) as package:
        assert b'<Default Extension="png" ContentType="image/png"/>' in package.read("[Content_Types].xml")


@needs_zbar
def test_every_letter_gets_its_own_codes_from_one_prepared_template(tmp_path) -> None:
    prepared = PreparedTemplate(template(tmp_path))
    for letter_id in ("00001-00001", "00001-00002", "K7-000042"):
        found = [read_codes(png, tmp_path) for _, png in pictures(prepared.render(letter(letter_id)))]
        assert found == [[f"QR-Code:{letter_id}"], [f"CODE-128:{letter_id}"]]


@needs_zbar
def test_aliases_mergefields_and_sizes(tmp_path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ KenmerkQR }}")
    doc.add_paragraph("{{ LetterIDQR(25) }}")
    doc.add_paragraph("{{ Barcode(60, 12) }}")
    add(doc.add_paragraph(), mergefield("QR-Code"))
    add(doc.add_paragraph(), simple_field("KenmerkBarcode"))
    letter_docx = PreparedTemplate(save(doc, tmp_path / "t.docx")).render(letter("00042-00017"))
    found = pictures(letter_docx)
    assert [size_mm(inline) for inline, _ in found] == [(18, 18), (25, 25), (60, 12), (18, 18), (50, 10)]
    assert [read_codes(png, tmp_path) for _, png in found] == [
        ["QR-Code:00042-00017"]] * 2 + [["CODE-128:00042-00017"]] + [["QR-Code:00042-00017"]] + [
        ["CODE-128:00042-00017"]]
    # Each picture has a drawing id of its own: Word repairs a document with duplicates.
    ids = [inline.find(f"{WP}docPr").get("id") for inline, _ in found]
    assert len(set(ids)) == len(ids)


@needs_zbar
def test_codes_in_header_footer_and_table(tmp_path) -> None:
    doc = new_document()
    doc.add_paragraph("Brief")
    doc.add_table(rows=1, cols=2).cell(0, 1).text = "{{ BriefIDQR(15) }}"
    doc.sections[0].header.paragraphs[0].text = "Zeichen {{ BriefID }}"
    add(doc.sections[0].footer.paragraphs[0], text_run("Zeichen "), mergefield("BriefIDBarcode"))
    doc.sections[0].footer.add_paragraph("{{ BriefIDQR }}")
    letter_docx = PreparedTemplate(save(doc, tmp_path / "t.docx")).render(letter("00042-00017"))
    merged = open_docx(letter_docx)
    assert merged.sections[0].header.paragraphs[0].text == "Zeichen 00042-00017"
    [(_, cell_png)] = pictures(letter_docx)
    assert read_codes(cell_png, tmp_path) == ["QR-Code:00042-00017"]
    footer = merged.sections[0].footer.part.partname.lstrip("/")
    assert [read_codes(png, tmp_path) for _, png in pictures(letter_docx, footer)] == [
        ["CODE-128:00042-00017"], ["QR-Code:00042-00017"]]


def test_an_empty_letter_id_shows_no_picture(tmp_path) -> None:
    letter_docx = PreparedTemplate(template(tmp_path)).render(letter(""))
    merged = open_docx(letter_docx)
    assert len(merged.inline_shapes) == 0
    # The paragraph holding only the QR code goes, like any empty field's line.
    assert [p.text for p in merged.paragraphs] == ["Sehr geehrte Frau Müller,", "Ihr Zeichen:   bitte angeben"]


def test_as_text_a_code_field_is_the_letter_id(tmp_path) -> None:
    doc = new_document()
    doc.add_paragraph("{% if BriefIDQR %}Code {{ BriefIDQR|upper }}{% endif %}")
    merged = open_docx(PreparedTemplate(save(doc, tmp_path / "t.docx")).render(letter("k7-1")))
    assert merged.paragraphs[0].text == "Code K7-1" and len(merged.inline_shapes) == 0


def test_a_template_without_codes_is_merged_as_before(tmp_path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Vorname }} {{ BriefID }}")
    template_docx = save(doc, tmp_path / "t.docx")
    prepared = PreparedTemplate(template_docx)
    with zipfile.ZipFile(io.BytesIO(template_docx)) as before, \
            zipfile.ZipFile(io.BytesIO(prepared.render(letter("00042-00017")))) as after:
        assert after.namelist() == before.namelist()
        assert after.read("[Content_Types].xml") == before.read("[Content_Types].xml")
        assert after.read("word/_rels/document.xml.rels") == before.read("word/_rels/document.xml.rels")


def test_a_code_outside_the_text_is_refused_when_prepared(tmp_path) -> None:
    # A merge field in another field's instruction stays an instruction: no place for a picture.
    doc = new_document()
    add(doc.add_paragraph(), begin(), instr(' HYPERLINK "https://example.org/'), mergefield("BriefIDQR"),
        instr('" '), separate(), text_run("Antwort"), end())
    with pytest.raises(TemplateError, match="BriefIDQR"):
        PreparedTemplate(save(doc, tmp_path / "t.docx"))


@pytest.mark.parametrize("tag", ["{{ BriefIDQR(0) }}", "{{ BriefIDQR('gross') }}", "{{ BriefIDBarcode(50, 900) }}"])
def test_a_wrong_size_fails_the_letter_with_a_template_error(tmp_path, tag) -> None:
    doc = new_document()
    doc.add_paragraph(tag)
    with pytest.raises(TemplateError, match="millimetres"):
        PreparedTemplate(save(doc, tmp_path / "t.docx")).render(letter("00042-00017"))


def test_a_letter_id_no_barcode_can_hold_fails_the_letter(tmp_path) -> None:
    with pytest.raises(TemplateError, match="BriefIDBarcode"):
        PreparedTemplate(template(tmp_path)).render(letter("Zeichen-Ä"))


def test_the_check_knows_the_code_fields(tmp_path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ BriefIDQR }}")
    doc.add_paragraph("{{ KenmerkBarcode(40, 8) }}")
    add(doc.add_paragraph(), mergefield("QR-Code"))
    result = scan(save(doc, tmp_path / "t.docx"))
    assert result.problems == []
    assert [(f.written, f.canonical) for f in result.fields] == [
        ("BriefIDQR", "BriefIDQR"), ("KenmerkBarcode", "BriefIDBarcode"), ("QR-Code", "BriefIDQR")]


@pytest.mark.parametrize(("written", "canonical"), [
    ("KenmerkQR", "BriefIDQR"), ("LetterIDQR", "BriefIDQR"), ("QR-Code", "BriefIDQR"), ("qr code", "BriefIDQR"),
    ("KenmerkBarcode", "BriefIDBarcode"), ("LetterIDBarcode", "BriefIDBarcode"), ("Barcode", "BriefIDBarcode"),
    ("Streepjescode", "BriefIDBarcode")])
def test_code_field_aliases(written, canonical) -> None:
    assert resolve(written) == canonical


@needs_zbar
def test_chunks_carry_each_letters_own_codes(tmp_path) -> None:
    # Every letter's picture part has the same name; the chunk must keep them apart,
    # in the body (page breaks) and in a footer (a section per letter).
    doc = new_document()
    doc.add_paragraph("{{ BriefIDQR }}")
    doc.sections[0].footer.paragraphs[0].text = "{{ BriefIDBarcode }}"
    prepared = PreparedTemplate(save(doc, tmp_path / "t.docx"))
    ids = [f"00007-{n:05d}" for n in range(1, 4)]
    chunk = join_letters([prepared.render(letter(letter_id)) for letter_id in ids])
    assert [read_codes(png, tmp_path) for _, png in pictures(chunk)] == [[f"QR-Code:{i}"] for i in ids]
    with zipfile.ZipFile(io.BytesIO(chunk)) as package:
        footers = sorted(n for n in package.namelist() if n.startswith("word/footer"))
    assert [read_codes(png, tmp_path) for footer in footers for _, png in pictures(chunk, footer)] == [
        [f"CODE-128:{i}"] for i in ids]


@needs_zbar
def test_the_dutch_sample_shows_the_letter_id_as_a_qr_code(tmp_path) -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "templates" / "Zakelijke_brief_nl.docx"
    [(inline, png)] = pictures(PreparedTemplate(sample.read_bytes()).render(letter("00042-00017")))
    assert size_mm(inline) == (15, 15)
    assert read_codes(png, tmp_path) == ["QR-Code:00042-00017"]


def test_code128_values_use_digit_pairs_where_shorter() -> None:
    # Start C, 00, 04, code B, "2", "-", "0", code C, 00, 17, checksum, stop.
    assert barcodes.code128_values("00042-00017") == [105, 0, 4, 100, 18, 13, 16, 99, 0, 17, 50, 106]
    assert barcodes.code128_values("K7") == [104, 43, 23, (104 + 43 + 2 * 23) % 103, 106]
    with pytest.raises(ValueError):
        barcodes.code128_values("")


@needs_zbar
@pytest.mark.parametrize("text", ["0", "12", "12345", "K7-000042", "Hello, World! ~{}|", "1-2-3 4444 55555 666666 x"])
def test_code128_reads_back(text, tmp_path) -> None:
    assert read_codes(barcodes.code128_png(text), tmp_path) == [f"CODE-128:{text}"]
