"""Scanning templates: fields with their locations, and the problems a clerk must see."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import nsdecls
from wordxml import add, begin, end, instr, mergefield, new_document, save, separate, simple_field, text_run

from desktop.merge.template import Location, ProblemCode, TemplateScan, render, scan


@pytest.fixture
def scanned(tmp_path: Path) -> TemplateScan:
    doc = new_document()
    doc.add_paragraph("{{ Firma }}")  # 1
    doc.add_paragraph("Hallo {{ Vornam }}")  # 2
    add(doc.add_paragraph(), mergefield("Nachname"), text_run(" "), simple_field("Voornaam"))  # 3
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 1).text = "{{ BriefID }}"
    table.cell(1, 0).add_paragraph("{{ Datum }}")  # the cell's second paragraph
    doc.add_paragraph("{ {Vorname}}")  # 4
    doc.add_paragraph("Liebe {{ „Vorname“ }}")  # 5
    add(doc.add_paragraph(), simple_field("Firma2"))  # 6
    add(doc.add_paragraph(), begin(), instr(" NEXT "), separate(), end())  # 7
    doc.sections[0].header.paragraphs[0].text = "{{ Kampagne }}"
    add(doc.sections[0].footer.paragraphs[0], mergefield("Absender"))
    second = doc.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Seite 2: {{ Betreff }}"
    return scan(save(doc, tmp_path / "t.docx"))


def test_fields_with_kind_name_and_location(scanned: TemplateScan) -> None:
    found = {(f.kind, f.written, f.canonical, f.location) for f in scanned.fields}
    assert found >= {
        ("placeholder", "Firma", "Firma", Location("body", None, 1)),
        ("placeholder", "Vornam", None, Location("body", None, 2)),
        ("mergefield", "Nachname", "Nachname", Location("body", None, 3)),
        ("mergefield", "Voornaam", "Vorname", Location("body", None, 3)),
        ("placeholder", "BriefID", "BriefID", Location("body", None, 1, (1, 1, 2))),
        ("placeholder", "Datum", "Datum", Location("body", None, 2, (1, 2, 1))),
        ("mergefield", "Firma2", "Firma2", Location("body", None, 6)),
        ("placeholder", "Kampagne", "Kampagne", Location("header", 1, 1)),
        ("mergefield", "Absender", "Absender", Location("footer", 1, 1)),
        ("placeholder", "Betreff", "Betreff", Location("header", 2, 1)),
    }
    assert scanned.names() >= {"Firma", "Nachname", "Vorname", "BriefID", "Absender"}


def test_problems_with_locations(scanned: TemplateScan) -> None:
    problems = {(p.code, p.location, p.severity) for p in scanned.problems}
    assert problems == {
        (ProblemCode.EMPTY_ADDRESS_LINE, Location("body", None, 1), "warning"),
        (ProblemCode.UNKNOWN_FIELD, Location("body", None, 2), "error"),
        (ProblemCode.SPLIT_FIELD, Location("body", None, 4), "error"),
        (ProblemCode.AUTOCORRECTED, Location("body", None, 5), "warning"),
        (ProblemCode.EMPTY_ADDRESS_LINE, Location("body", None, 6), "warning"),
        (ProblemCode.UNSUPPORTED_FIELD, Location("body", None, 7), "warning"),
    }
    assert not scanned.ok


def test_unknown_field_suggests_the_close_name(scanned: TemplateScan) -> None:
    unknown = [p for p in scanned.problems if p.code == ProblemCode.UNKNOWN_FIELD]
    assert [(p.text, p.suggestions[0]) for p in unknown] == [("Vornam", "Vorname")]


def test_autocorrected_tag_is_shown_as_written(scanned: TemplateScan) -> None:
    [problem] = [p for p in scanned.problems if p.code == ProblemCode.AUTOCORRECTED]
    assert "Vorname" in problem.text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{{ Vorname }", ProblemCode.SPLIT_FIELD),
        ("{{ Vorname } }", ProblemCode.SPLIT_FIELD),
        ("{{\u00a0Vorname\u00a0}}", ProblemCode.AUTOCORRECTED),
        ("{{ Vor- name }}", ProblemCode.AUTOCORRECTED),
        ("{{ Vorname| }}", ProblemCode.SYNTAX_ERROR),
        ("{{ Vorname|kaputt }}", ProblemCode.SYNTAX_ERROR),
    ],
)
def test_broken_and_autocorrected_tags(tmp_path: Path, text: str, code: ProblemCode) -> None:
    doc = new_document()
    doc.add_paragraph("Anschreiben")
    doc.add_paragraph(f"Hallo {text}")
    result = scan(save(doc, tmp_path / "t.docx"))
    assert [p.code for p in result.problems] == [code]
    assert result.problems[0].location.paragraph in (2, None)


def test_clean_template_has_no_problems(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Adressblock }}")
    doc.add_paragraph("{{ Briefanrede }}")
    add(doc.add_paragraph(), text_run("Ihr Zeichen: "), mergefield("Kenmerk"))
    result = scan(save(doc, tmp_path / "t.docx"))
    assert result.ok and result.problems == []
    assert [f.canonical for f in result.fields] == ["Adressblock", "Briefanrede", "BriefID"]


def test_location_description() -> None:
    assert Location("body", None, 3).describe() == "body, paragraph 3"
    assert Location("header", 2, 1, (1, 2, 3)).describe() == (
        "header of section 2, table 1 row 2 cell 3, paragraph 1")


def test_text_box_fields_are_merged_in_both_copies_and_listed_once(tmp_path: Path) -> None:
    def box(text: str) -> str:
        return (f'<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
                f'<w:p><w:r><w:t>{{{{ Firma2 }}}}</w:t></w:r></w:p>'
                '</w:txbxContent></v:textbox></v:shape></w:pict>')

    doc = new_document()
    doc.add_paragraph("Anschrift:")
    run = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           f'<mc:AlternateContent><mc:Choice Requires="v">{box("{{ Vorname }}")}</mc:Choice>'
           f'<mc:Fallback>{box("{{ Vorname }}")}</mc:Fallback></mc:AlternateContent></w:r>')
    add(doc.add_paragraph(), run)
    source = save(doc, tmp_path / "t.docx")
    result = scan(source)
    assert [(f.canonical, f.location.paragraph) for f in result.fields] == [("Vorname", 3), ("Firma2", 4)]
    merged = render(source, {"Vorname": "Anna", "Firma2": ""})
    document = zipfile.ZipFile(io.BytesIO(merged)).read("word/document.xml").decode()
    assert document.count(">Anna<") == 2 and "Firma2" not in document
    assert document.count("<w:p>") + document.count("<w:p ") == 4  # the empty Firma2 lines went
