"""Word's own mail-merge fields beyond MERGEFIELD: IF rules, Address Block, Greeting Line."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from wordxml import (add, begin, body_texts, end, instr, mergefield, new_document, open_docx, save, separate,
                     simple_field, text_run)

from desktop.merge.jinja_source import word_if
from desktop.merge.template import PreparedTemplate, ProblemCode, Recipient, Sender, merge_data, scan


def data(**changes: str) -> dict[str, str]:
    recipient = Recipient(salutation="ms", title="Dr.", first_name="Anna", last_name="Müller",
                          street="Ring 1", postcode="50667", city="Köln")
    values = merge_data(recipient, Sender("Max Mustermann"), today=dt.date(2026, 11, 25))
    values.update(changes)
    return values


def test_if_with_merge_fields_in_condition_and_branch(tmp_path: Path) -> None:
    # { IF "{ MERGEFIELD Titel }" <> "" "{ MERGEFIELD Titel } " "" \* MERGEFORMAT }{ MERGEFIELD Nachname }
    doc = new_document()
    add(doc.add_paragraph(), begin(), instr(' IF "'), mergefield("Titel"), instr('" <> "" "'),
        mergefield("Titel"), instr(' " "" \\* MERGEFORMAT '), separate(), text_run("Dr. "), end(),
        mergefield("Nachname"))
    template = PreparedTemplate(save(doc, tmp_path / "t.docx"))
    assert body_texts(template.render(data())) == ["Dr. Müller"]
    assert body_texts(template.render(data(Titel=""))) == ["Müller"]


def test_nested_if_fields(tmp_path: Path) -> None:
    # { IF { MERGEFIELD Anrede } = "Frau" "Liebe" "{ IF { MERGEFIELD Anrede } = "Herr" "Lieber" "Hallo" }" }
    doc = new_document()
    add(doc.add_paragraph(), begin(), instr(" IF "), mergefield("Anrede"), instr(' = "Frau" "Liebe" "'),
        begin(), instr(" IF "), mergefield("Anrede"), instr(' = "Herr" "Lieber" "Hallo" '), separate(),
        end(), instr('" '), separate(), text_run("Liebe"), end())
    template = PreparedTemplate(save(doc, tmp_path / "t.docx"))
    assert [body_texts(template.render(data(Anrede=a)))[0] for a in ("Frau", "Herr", "")] == [
        "Liebe", "Lieber", "Hallo"]


def test_address_block_and_greeting_line_fields(tmp_path: Path) -> None:
    doc = new_document()
    add(doc.add_paragraph(), simple_field(
        "ADDRESSBLOCK", instruction=' ADDRESSBLOCK \\f "<<_TITLE0_ >><<_FIRST0_>>" \\l 1031 \\c 2 '))
    add(doc.add_paragraph(), begin(), instr(' GREETINGLINE \\f "<<_GREETING_ >><<_LAST0_>>," \\l 1031 '),
        separate(), text_run("Sehr geehrte Frau Muster,"), end())
    source = save(doc, tmp_path / "t.docx")
    assert body_texts(PreparedTemplate(source).render(data())) == [
        "Frau Dr. Anna Müller\nRing 1\n50667 Köln", "Sehr geehrte Frau Dr. Müller,"]
    assert [(f.written, f.canonical) for f in scan(source).fields] == [
        ("ADDRESSBLOCK", "Adressblock"), ("GREETINGLINE", "Briefanrede")]


def test_other_field_around_a_merge_field_stays_a_word_field(tmp_path: Path) -> None:
    doc = new_document()
    add(doc.add_paragraph(), text_run("Seite "), simple_field("PAGE", instruction=" PAGE "))
    add(doc.add_paragraph(), begin(), instr(" QUOTE "), mergefield("Vorname"), separate(),
        text_run("«Vorname»"), end())
    source = save(doc, tmp_path / "t.docx")
    merged = PreparedTemplate(source).render(data())
    assert body_texts(merged) == ["Seite ", "«Vorname»"]  # python-docx skips fldSimple results
    document = zipfile.ZipFile(io.BytesIO(merged)).read("word/document.xml").decode()
    assert 'w:instr=" PAGE "' in document
    assert "QUOTE " in document and ">Anna<" in document  # the field's code holds the value
    problems = [(p.code, p.text) for p in scan(source).problems]
    assert problems == [(ProblemCode.UNSUPPORTED_FIELD, "QUOTE { MERGEFIELD Vorname \\* MERGEFORMAT }")]


def test_a_lone_field_stays_when_its_paragraph_is_the_only_one(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_table(rows=1, cols=1).cell(0, 0).text = "{{ Firma2 }}"
    doc.sections[0].header.paragraphs[0].text = "{{ Firma2 }}"
    doc.add_paragraph("Ende")
    result = open_docx(PreparedTemplate(save(doc, tmp_path / "t.docx")).render(data()))
    assert result.tables[0].cell(0, 0).text == ""
    assert [p.text for p in result.sections[0].header.paragraphs] == [""]


@pytest.mark.parametrize(
    ("left", "op", "right", "expected"),
    [
        ("Frau", "=", "Frau", True),
        ("Frau", "=", "frau", False),  # Word compares case-sensitively
        ("Frau", "<>", "Herr", True),
        ("10", ">", "9", True),  # numbers as numbers
        ("2,5", "<", "10", True),
        ("Nan", "=", "Nan", True),  # a name, not a float
        ("Müller", "=", "M*", True),
        ("Müller", "=", "M?ller", True),
        ("Müller", "<>", "S*", True),
        ("", "=", "", True),
        ("b", ">=", "a", True),
    ],
)
def test_word_if(left: str, op: str, right: str, expected: bool) -> None:
    assert word_if(left, op, right) is expected
