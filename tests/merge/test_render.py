"""Merging letters: Jinja placeholders and Word MERGEFIELDs, in body, tables, headers, footers."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docxtpl import DocxTemplate
from wordxml import (add, begin, body_texts, end, instr, mergefield, new_document, open_docx,
                     save, separate, simple_field, text_run)

from desktop.merge.template import (PreparedTemplate, Recipient, Sender, TemplateError, merge_data,
                                    render)

ROOT = Path(__file__).resolve().parents[2]
TRICKY = 'Müller & <Söhne> "Bau"'


def letter_data(last_name: str = "Müller", **changes: str) -> dict[str, str]:
    recipient = Recipient(salutation="ms", title="Dr.", first_name="Anna", last_name=last_name,
                          company="Muster GmbH", street="Hohe Straße 1", postcode="50667",
                          city="Köln", country="DE", language="de")
    data = merge_data(recipient, Sender("Max Mustermann", "Vertrieb"), campaign="Frühjahr",
                      letter_id="K7-000042", today=dt.date(2026, 11, 25))
    data.update(changes)
    return data


def test_simple_and_complex_mergefields_keep_the_result_formatting(tmp_path: Path) -> None:
    doc = new_document()
    p = doc.add_paragraph("Hallo ")
    add(p, simple_field("Vorname", "<w:b/>"), text_run(" "), mergefield("Nachname", "<w:i/>"),
        text_run("!"))
    merged = open_docx(render(save(doc, tmp_path / "t.docx"), letter_data()))
    para = merged.paragraphs[0]
    assert para.text == "Hallo Anna Müller!"
    runs = {r.text: r for r in para.runs}
    assert runs["Anna"].bold and not runs["Anna"].italic
    assert runs["Müller"].italic and not runs["Müller"].bold


def test_placeholders_mergefields_header_footer_and_table(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Briefanrede }}")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Zeichen"
    table.cell(0, 1).text = "{{ BriefID }}"
    add(table.cell(1, 1).paragraphs[0], text_run("Datum: "), mergefield("Datum"))
    doc.sections[0].header.paragraphs[0].text = "Kampagne {{ Kampagne }}"
    add(doc.sections[0].footer.paragraphs[0], text_run("Absender: "), simple_field("Absender"))
    merged = open_docx(render(save(doc, tmp_path / "t.docx"), letter_data()))
    assert merged.paragraphs[0].text == "Sehr geehrte Frau Dr. Müller,"
    assert merged.tables[0].cell(0, 1).text == "K7-000042"
    assert merged.tables[0].cell(1, 1).text == "Datum: 25. November 2026"
    assert merged.sections[0].header.paragraphs[0].text == "Kampagne Frühjahr"
    assert merged.sections[0].footer.paragraphs[0].text == "Absender: Max Mustermann"


def test_special_characters_come_out_as_written(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Nachname }}")
    add(doc.add_paragraph(), mergefield("Nachname"))
    add(doc.add_paragraph(), simple_field("Nachname"))
    doc.add_paragraph("{{ Adressblock }}")
    result = render(save(doc, tmp_path / "t.docx"), letter_data(
        Nachname=TRICKY, Adressblock=f"{TRICKY}\nA & B"))
    assert body_texts(result) == [TRICKY, TRICKY, TRICKY, f"{TRICKY}\nA & B"]


def test_multi_line_values_become_line_breaks_in_both_kinds(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Adressblock }}")
    add(doc.add_paragraph(), mergefield("Adresblok", "<w:b/>"))
    data = letter_data()
    result = render(save(doc, tmp_path / "t.docx"), data)
    expected = "Muster GmbH\nFrau Dr. Anna Müller\nHohe Straße 1\n50667 Köln"
    assert data["Adressblock"] == expected
    assert body_texts(result) == [expected, expected]
    document_xml = zipfile.ZipFile(io.BytesIO(result)).read("word/document.xml").decode()
    assert document_xml.count("<w:br/>") == 6
    bold = open_docx(result).paragraphs[1].runs
    assert bold and all(run.bold for run in bold)


def test_dutch_and_english_aliases(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Voornaam }} {{ Tussenvoegsel }} {{ Achternaam }}, {{ FirstName }}")
    add(doc.add_paragraph(), mergefield("Aanhef"), text_run(" "), simple_field("Relatienummer"))
    doc.add_paragraph("{% if Bedrijf %}bij {{ Bedrijf|upper }}{% endif %}")
    recipient = Recipient(salutation="mr", first_name="Jan", name_prefix="de", last_name="Vries",
                          contact_number="P-17", company="Voorbeeld B.V.", language="nl",
                          country="NL")
    data = merge_data(recipient, Sender(country="NL"), today=dt.date(2026, 11, 25))
    assert body_texts(render(save(doc, tmp_path / "t.docx"), data)) == [
        "Jan de Vries, Jan", "Geachte heer De Vries, P-17", "bij VOORBEELD B.V."]


def test_a_line_of_only_an_empty_field_is_removed(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Firma }}")
    doc.add_paragraph("{{ Firma2 }}")
    add(doc.add_paragraph(), mergefield("Abteilung"))
    doc.add_paragraph("{{ Name }}")
    doc.add_paragraph("Text {{ Firma2 }}")
    doc.add_paragraph("")
    template = PreparedTemplate(save(doc, tmp_path / "t.docx"))
    empty = letter_data(Firma2="", Abteilung="")
    assert body_texts(template.render(empty)) == ["Muster GmbH", "Dr. Anna Müller", "Text ", ""]
    full = letter_data(Firma2="Werk Süd", Abteilung="Einkauf")
    assert body_texts(template.render(full)) == [
        "Muster GmbH", "Werk Süd", "Einkauf", "Dr. Anna Müller", "Text Werk Süd", ""]


def test_word_if_field_over_a_mergefield(tmp_path: Path) -> None:
    doc = new_document()
    # { IF { MERGEFIELD Anrede } = "Frau" "Sehr geehrte Frau" "Sehr geehrter Herr" } { MERGEFIELD Nachname }
    add(doc.add_paragraph(), begin(), instr(" IF "), mergefield("Anrede"),
        instr(' = "Frau" "Sehr geehrte Frau" "Sehr geehrter Herr" '), separate(),
        text_run("Sehr geehrte Frau"), end(), text_run(" "), mergefield("Nachname"))
    template = PreparedTemplate(save(doc, tmp_path / "t.docx"))
    assert body_texts(template.render(letter_data())) == ["Sehr geehrte Frau Müller"]
    assert body_texts(template.render(letter_data(Anrede="Herr", Nachname="Schmidt"))) == [
        "Sehr geehrter Herr Schmidt"]


def test_mergefield_switches_text_before_after_and_case(tmp_path: Path) -> None:
    doc = new_document()
    add(doc.add_paragraph(), simple_field("Titel", instruction=' MERGEFIELD Titel \\f " " '),
        simple_field("Nachname", instruction=" MERGEFIELD Nachname \\* Upper "))
    template = PreparedTemplate(save(doc, tmp_path / "t.docx"))
    assert body_texts(template.render(letter_data())) == ["Dr. MÜLLER"]
    assert body_texts(template.render(letter_data(Titel=""))) == ["MÜLLER"]


def test_tags_damaged_by_autocorrect_are_repaired(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ „Vorname“ }}|{{\u00a0Nachname\u00a0}}|{{ Vor- name }}|{{ E-Mail }}")
    result = render(save(doc, tmp_path / "t.docx"), letter_data(EMail="a@b.de"))
    assert body_texts(result) == ["Anna|Müller|Anna|a@b.de"]


def test_placeholder_split_over_runs_with_different_formatting(tmp_path: Path) -> None:
    doc = new_document()
    p = doc.add_paragraph("{{ Vor")
    p.add_run("name").bold = True
    p.add_run(" }} und {{ Ort }}")
    assert body_texts(render(save(doc, tmp_path / "t.docx"), letter_data())) == ["Anna und Köln"]


def test_unknown_fields_merge_as_empty_or_from_extra_data(tmp_path: Path) -> None:
    doc = new_document()
    add(doc.add_paragraph(), text_run("["), simple_field("Geburtstag"), text_run("]"),
        simple_field("Lieblings farbe", instruction=' MERGEFIELD "Lieblings farbe" '))
    doc.add_paragraph("[{{ Hobby }}]")
    template = PreparedTemplate(save(doc, tmp_path / "t.docx"))
    assert body_texts(template.render(letter_data())) == ["[]", "[]"]
    extra = letter_data(Geburtstag="1.1.", **{"Lieblings farbe": "blau"}, Hobby="Rad")
    assert body_texts(template.render(extra)) == ["[1.1.]blau", "[Rad]"]


def test_one_prepared_template_renders_many_different_letters(tmp_path: Path) -> None:
    doc = new_document()
    add(doc.add_paragraph(), mergefield("Vorname"), text_run(" "), simple_field("Nachname"))
    template = PreparedTemplate(save(doc, tmp_path / "t.docx"))
    names = [("Anna", "Ahn"), ("Bert", "Berg"), ("Cem", "Çelik")]
    for first, last in names:
        assert body_texts(template.render(letter_data(Vorname=first, Nachname=last))) == [
            f"{first} {last}"]


def test_word_template_and_mail_merge_settings_become_a_plain_letter(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Vorname }}")
    source = save(doc, tmp_path / "t.docx")
    with zipfile.ZipFile(io.BytesIO(source)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"document.main+xml", b"template.main+xml")
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"</w:settings>", b'<w:mailMerge><w:mainDocumentType w:val="formLetters"/>'
        b'<w:query w:val="SELECT * FROM `Adressen$`"/></w:mailMerge></w:settings>')
    dotx = io.BytesIO()
    with zipfile.ZipFile(dotx, "w") as z:
        for name, content in parts.items():
            z.writestr(name, content)
    result = render(dotx.getvalue(), letter_data())
    with zipfile.ZipFile(io.BytesIO(result)) as z:
        assert z.testzip() is None
        assert b"template.main+xml" not in z.read("[Content_Types].xml")
        assert b"mailMerge" not in z.read("word/settings.xml")
    assert body_texts(result) == ["Anna"]


def test_broken_tag_is_a_template_error(tmp_path: Path) -> None:
    doc = new_document()
    doc.add_paragraph("{{ Vorname ")
    with pytest.raises(TemplateError, match="document.xml"):
        PreparedTemplate(save(doc, tmp_path / "t.docx"))


def test_not_a_word_file_is_a_template_error() -> None:
    with pytest.raises(TemplateError):
        PreparedTemplate(b"plain text")


@pytest.mark.parametrize("sample", ["Geschaeftsbrief_de.docx", "Zakelijke_brief_nl.docx"])
def test_sample_templates_merge_like_docxtpl(tmp_path: Path, sample: str) -> None:
    source = (ROOT / "resources" / "templates" / sample).read_bytes()
    # A subject: docxtpl would keep its paragraph empty where the merge engine drops it.
    data = letter_data(last_name=TRICKY, Betreff="Angebot")
    ours = open_docx(render(source, data))
    # docxtpl itself, given the same canonical names.
    reference = DocxTemplate(io.BytesIO(source))
    # docxtpl draws no letter ID codes ({{ BriefIDQR(15) }}): the picture is no text in ours.
    reference.render(data | {"BriefIDQR": lambda *size: ""}, autoescape=True)
    reference.save(str(tmp_path / "reference.docx"))
    theirs = open_docx((tmp_path / "reference.docx").read_bytes())

    def texts(doc: object) -> list[str]:
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]  # type: ignore[attr-defined]
        heads = [p.text for s in doc.sections for p in s.header.paragraphs]  # type: ignore[attr-defined]
        return [p.text for p in doc.paragraphs] + cells + heads  # type: ignore[attr-defined]

    assert texts(ours) == texts(theirs)
    assert any(TRICKY in text for text in texts(ours))
    assert any("Frau Dr. Anna" in text for text in texts(ours))
