"""The template store: import with checks, versions, re-import from Word, restore, delete, runs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select
from wordxml import add, mergefield, new_document, save, text_run

from desktop.campaigns import members
from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import (
    Campaign,
    CampaignAction,
    MassRun,
    Person,
    Template,
    TemplateVersion,
)
from desktop.db.models.base import utcnow
from desktop.db.models.enums import RunStatus
from desktop.merge import run, run_plan, template_files, templates
from desktop.merge.template import Location, ProblemCode
from desktop.merge.template_files import EditsNotReadIn
from desktop.merge.templates import (
    FileProblem,
    NameTaken,
    TemplateFileError,
    TemplateInUse,
)


def letter(path: Path, greeting: str = "Guten Tag {{ Vorname }},", *, header: str = "{{ Kampagne }}") -> Path:
    """A small letter: an address table, a greeting, a Word merge field, a header."""
    doc = new_document()
    doc.add_paragraph("{{ Adressblock }}")
    doc.add_paragraph(greeting)
    add(doc.add_paragraph(), text_run("Ihr Zeichen: "), mergefield("BriefID"))
    table = doc.add_table(rows=2, cols=2)
    table.cell(1, 0).add_paragraph("{{ Datum }}")
    doc.sections[0].header.paragraphs[0].text = header
    save(doc, path)
    return path


@pytest.fixture
def with_typo(tmp_path: Path) -> Path:
    """A Dutch letter whose author mistyped a field in the greeting and in a table cell."""
    path = tmp_path / "Brief_nl.docx"
    doc = new_document()
    doc.add_paragraph("{{ Adressblock }}")
    doc.add_paragraph("Beste {{ Vornam }},")
    table = doc.add_table(rows=2, cols=2)
    table.cell(1, 0).add_paragraph("{{ Dautm }}")
    save(doc, path)
    return path


def test_import_stores_version_1_with_the_findings_and_their_places(db: Database, with_typo: Path) -> None:
    result = templates.import_template(db, with_typo)

    assert (result.name, result.revision, result.unchanged) == ("Brief nl", 1, False)
    unknown = [(p.text, p.location, p.suggestions[:1]) for p in result.scan.problems
               if p.code is ProblemCode.UNKNOWN_FIELD]
    assert unknown == [("Vornam", Location("body", None, 2), ("Vorname",)),
                       ("Dautm", Location("body", None, 2, (1, 2, 1)), ("Datum",))]
    [row] = templates.list_templates(db)
    assert (row.name, row.language, row.revision, row.filename) == ("Brief nl", "nl", 1, "Brief_nl.docx")
    assert row.imported_by and row.imported_at is not None
    assert [v.revision for v in templates.versions(db, row.id)] == [1]
    with db.engine.connect() as conn:
        assert templates.content(conn, row.id) == with_typo.read_bytes()
        assert templates.content(conn, row.id, 1) == with_typo.read_bytes()
    # Checked again later (before a run), the same findings come back.
    assert templates.check(db, row.id).problems == result.scan.problems


def test_name_and_language_given_or_guessed(db: Database, tmp_path: Path) -> None:
    plain = templates.import_template(db, letter(tmp_path / "Einladung.docx"))
    named = templates.import_template(db, letter(tmp_path / "x_en.docx"), name="  Sommerfest  ", language="nl",
                                      description="Einladung zum Sommerfest")
    english = templates.import_template(db, letter(tmp_path / "Invitation_EN.docx"))
    rows = {r.id: r for r in templates.list_templates(db)}
    assert (rows[plain.template_id].name, rows[plain.template_id].language) == ("Einladung", "de")
    assert (rows[named.template_id].name, rows[named.template_id].language) == ("Sommerfest", "nl")
    assert rows[named.template_id].description == "Einladung zum Sommerfest"
    assert rows[english.template_id].language == "en"
    with pytest.raises(ValueError, match="language"):
        templates.import_template(db, letter(tmp_path / "y.docx"), language="fr")


def test_a_name_is_taken_once_whatever_its_case(db: Database, tmp_path: Path) -> None:
    templates.import_template(db, letter(tmp_path / "Brief.docx"))
    with pytest.raises(NameTaken) as taken:
        templates.import_template(db, letter(tmp_path / "other.docx"), name="BRIEF")
    assert taken.value.name == "BRIEF"
    assert [r.name for r in templates.list_templates(db)] == ["Brief"]


@pytest.mark.parametrize(("text", "code", "paragraph"), [
    ("Guten Tag {{ Vorname }", ProblemCode.SPLIT_FIELD, 2),
    ("Guten Tag { {Vorname}}", ProblemCode.SPLIT_FIELD, 2),
    ("Guten Tag {{ Vorname|kaputt }}", ProblemCode.SYNTAX_ERROR, None),
])
def test_a_file_with_broken_fields_is_refused_naming_the_place(
        db: Database, tmp_path: Path, text: str, code: ProblemCode, paragraph: int | None) -> None:
    path = letter(tmp_path / "Kaputt.docx", text)
    with pytest.raises(TemplateFileError) as refused:
        templates.import_template(db, path)
    assert refused.value.problem is FileProblem.BROKEN and refused.value.path == path
    assert [(p.code, p.location.part, p.location.paragraph) for p in refused.value.problems] == [
        (code, "body", paragraph)]
    assert templates.list_templates(db) == []


def test_files_that_are_no_word_documents_are_refused(db: Database, tmp_path: Path) -> None:
    text = tmp_path / "Liste.docx"
    text.write_text("Vorname;Nachname\n", encoding="utf-8")
    workbook = tmp_path / "Tabelle.xlsx"
    with zipfile.ZipFile(workbook, "w") as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"/>')
        z.writestr("xl/workbook.xml", "<workbook/>")
    old = tmp_path / "Alt.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    refused = {}
    for path in (text, workbook, old, tmp_path / "weg.docx", tmp_path):
        with pytest.raises(TemplateFileError) as error:
            templates.import_template(db, path)
        refused[path.name] = error.value.problem
    assert refused == {"Liste.docx": FileProblem.NOT_WORD, "Tabelle.xlsx": FileProblem.NOT_WORD,
                       "Alt.doc": FileProblem.OLD_WORD, "weg.docx": FileProblem.NOT_FOUND,
                       tmp_path.name: FileProblem.UNREADABLE}
    assert templates.list_templates(db) == []


def test_reimport_makes_revision_2_and_keeps_version_1(db: Database, tmp_path: Path) -> None:
    first = letter(tmp_path / "Brief.docx")
    imported = templates.import_template(db, first)
    second = letter(tmp_path / "Brief v2.docx", "Liebe {{ Vorname }},")

    result = templates.reimport(db, imported.template_id, second, imported.row_version)

    assert (result.revision, result.unchanged) == (2, False)
    assert result.row_version > imported.row_version
    [row] = templates.list_templates(db)
    assert (row.revision, row.filename, row.row_version) == (2, "Brief v2.docx", result.row_version)
    assert [(v.revision, v.filename, v.current) for v in templates.versions(db, row.id)] == [
        (2, "Brief v2.docx", True), (1, "Brief.docx", False)]
    with db.engine.connect() as conn:
        assert templates.content(conn, row.id) == second.read_bytes()
        assert templates.content(conn, row.id, 1) == first.read_bytes()


def test_reimporting_the_same_content_makes_no_new_version(db: Database, tmp_path: Path) -> None:
    path = letter(tmp_path / "Brief.docx")
    imported = templates.import_template(db, path)
    copy = tmp_path / "Kopie.docx"
    copy.write_bytes(path.read_bytes())

    result = templates.reimport(db, imported.template_id, copy, imported.row_version)

    assert result.unchanged and result.revision == 1 and result.row_version == imported.row_version
    assert [v.revision for v in templates.versions(db, imported.template_id)] == [1]
    assert templates.list_templates(db)[0].filename == "Brief.docx"


def test_a_broken_reimport_keeps_the_current_version(db: Database, tmp_path: Path) -> None:
    imported = templates.import_template(db, letter(tmp_path / "Brief.docx"))
    with pytest.raises(TemplateFileError):
        templates.reimport(db, imported.template_id, letter(tmp_path / "Kaputt.docx", "{{ Vorname }"),
                           imported.row_version)
    assert [v.revision for v in templates.versions(db, imported.template_id)] == [1]


def test_restore_makes_an_old_version_current_as_a_new_revision(db: Database, tmp_path: Path) -> None:
    first = letter(tmp_path / "Brief.docx")
    imported = templates.import_template(db, first)
    changed = templates.reimport(db, imported.template_id, letter(tmp_path / "Neu.docx", "Hallo {{ Vornam }}"),
                                 imported.row_version)

    restored = templates.restore_version(db, imported.template_id, 1, changed.row_version)

    assert restored.revision == 3 and restored.scan.problems == []
    assert [(v.revision, v.filename) for v in templates.versions(db, imported.template_id)] == [
        (3, "Brief.docx"), (2, "Neu.docx"), (1, "Brief.docx")]
    with db.engine.connect() as conn:
        assert templates.content(conn, imported.template_id) == first.read_bytes()
    # Restoring what is current already changes nothing.
    again = templates.restore_version(db, imported.template_id, 3, restored.row_version)
    assert again.unchanged and again.revision == 3


def test_a_stale_row_version_is_refused_and_names_who_changed_it(db: Database, tmp_path: Path) -> None:
    imported = templates.import_template(db, letter(tmp_path / "Brief.docx"))
    mine = letter(tmp_path / "Meins.docx", "Hallo {{ Vorname }}")
    theirs = templates.reimport(db, imported.template_id, letter(tmp_path / "Ihrs.docx", "Moin {{ Vorname }}"),
                                imported.row_version)

    with pytest.raises(ConcurrentEditError) as stale:
        templates.reimport(db, imported.template_id, mine, imported.row_version)
    assert stale.value.updated_by and not stale.value.deleted
    with pytest.raises(ConcurrentEditError):
        templates.restore_version(db, imported.template_id, 1, imported.row_version)
    with pytest.raises(ConcurrentEditError):
        templates.delete_template(db, imported.template_id, imported.row_version)
    assert templates.list_templates(db)[0].revision == theirs.revision == 2
    # The clerk chose to import over the other clerk's version.
    assert templates.reimport(db, imported.template_id, mine, None).revision == 3


def action_with_member(db: Database, template_id: int | None = None) -> int:
    with db.session() as session:
        campaign = Campaign(number="2026-050", name="Frühjahr")
        session.add(campaign)
        session.flush()
        action = CampaignAction(campaign_id=campaign.id, sequence=1, name="Einladung", template_id=template_id)
        person = Person(code="001", first_name="Anna", last_name="Zeta", street="S 1", postcode="50667", city="Köln")
        session.add_all([action, person])
        session.flush()
        members.add_persons(session.connection(), action.id, [person.id])
        return action.id


def test_delete_is_refused_while_an_unfinished_run_uses_the_template(db: Database, tmp_path: Path) -> None:
    imported = templates.import_template(db, letter(tmp_path / "Brief.docx"))
    action = action_with_member(db)
    run_id = run_plan.claim(db, action, {"template_id": imported.template_id}, resume=False)
    run_plan.close(db, run_id, RunStatus.FAILED, "printer out of paper")  # resumable: still needs it

    with pytest.raises(TemplateInUse) as refused:
        templates.delete_template(db, imported.template_id, imported.row_version)
    [use] = refused.value.runs
    assert (use.run_id, use.campaign, use.action, use.status) == (run_id, "2026-050 Frühjahr", "Einladung", "failed")
    assert templates.list_templates(db)

    run_plan.close(db, run_id, RunStatus.FINISHED)
    templates.delete_template(db, imported.template_id, imported.row_version)
    assert templates.list_templates(db) == []
    with db.engine.connect() as conn:
        assert conn.execute(select(TemplateVersion.id)).all() == []
        assert conn.execute(select(MassRun.template_id)).scalar_one() is None  # the finished run forgets it


def test_delete_is_refused_for_an_action_still_to_be_generated(db: Database, tmp_path: Path) -> None:
    imported = templates.import_template(db, letter(tmp_path / "Brief.docx"))
    action = action_with_member(db, imported.template_id)
    with pytest.raises(TemplateInUse) as refused:
        templates.delete_template(db, imported.template_id, imported.row_version)
    assert refused.value.actions == ("2026-050 Frühjahr / 1 Einladung",) and refused.value.runs == ()

    with db.session() as session:
        session.get(CampaignAction, action).generated_at = utcnow()
    with db.session() as session:
        before = session.get(CampaignAction, action).row_version
    templates.delete_template(db, imported.template_id, imported.row_version)
    with db.session() as session:
        done = session.get(CampaignAction, action)
        # Its letters are archived; it forgets the template, and an open editor notices.
        assert done.template_id is None and done.row_version == before + 1


def test_a_run_merges_the_revision_it_started_with(db: Database, tmp_path: Path) -> None:
    first = letter(tmp_path / "Brief.docx")
    imported = templates.import_template(db, first)
    action = action_with_member(db)
    run_id = run_plan.claim(db, action, {"template_id": imported.template_id}, resume=False)
    run_plan.close(db, run_id, RunStatus.CANCELLED)
    second = letter(tmp_path / "Brief2.docx", "Liebe {{ Vorname }},")
    templates.reimport(db, imported.template_id, second, imported.row_version)

    resumed = run_plan.claim(db, action, {"template_id": imported.template_id}, resume=True)

    assert resumed == run_id
    with db.engine.connect() as conn:
        stored = conn.execute(select(MassRun.options, MassRun.template_revision).where(MassRun.id == run_id)).one()
        assert stored.options["template_revision"] == stored.template_revision == 1
        assert run.template_bytes(conn, stored.options) == first.read_bytes()
        # Without a revision (a run planned before versions existed) the current one.
        assert run.template_bytes(conn, {"template_id": imported.template_id}) == second.read_bytes()
        with pytest.raises(run.NoTemplate):
            run.template_bytes(conn, {"template_id": imported.template_id, "template_revision": 7})


def test_editing_in_word_goes_through_one_file_per_template(db: Database, tmp_path: Path) -> None:
    imported = templates.import_template(db, letter(tmp_path / "Brief_de.docx"))
    folder = tmp_path / "edit"

    path = template_files.export_for_editing(db, imported.template_id, folder)

    assert path.parent == folder and path.suffix == ".docx" and "Brief de" in path.name
    assert path.read_bytes() == (tmp_path / "Brief_de.docx").read_bytes()
    assert template_files.export_for_editing(db, imported.template_id, folder) == path
    assert template_files.edited_exports(folder) == {}
    letter(path, "Liebe {{ Vorname }},")  # the clerk saves in Word
    assert template_files.edited_exports(folder) == {imported.template_id: path}
    # Written again before the changes are read in, they would be lost: refused.
    with pytest.raises(EditsNotReadIn):
        template_files.export_for_editing(db, imported.template_id, folder)

    result = templates.reimport(db, imported.template_id, path, imported.row_version)
    template_files.mark_read(folder, imported.template_id)

    assert result.revision == 2
    assert template_files.edited_exports(folder) == {}
    assert template_files.export_for_editing(db, imported.template_id, folder) == path
    templates.restore_version(db, imported.template_id, 1, result.row_version)
    # Not edited since: the file simply gets the restored version.
    assert template_files.export_for_editing(db, imported.template_id, folder) == path
    with db.engine.connect() as conn:
        assert path.read_bytes() == templates.content(conn, imported.template_id)


def test_an_edited_file_can_be_overwritten_on_request(db: Database, tmp_path: Path) -> None:
    imported = templates.import_template(db, letter(tmp_path / "Brief.docx"))
    folder = tmp_path / "edit"
    path = template_files.export_for_editing(db, imported.template_id, folder)
    letter(path, "Verworfen {{ Vorname }}")
    assert template_files.export_for_editing(db, imported.template_id, folder, overwrite=True) == path
    assert path.read_bytes() == (tmp_path / "Brief.docx").read_bytes()
    assert template_files.edited_exports(folder) == {}


def test_a_word_template_file_is_exported_as_a_document(db: Database, tmp_path: Path) -> None:
    dotx = tmp_path / "Vorlage.dotx"
    source = letter(tmp_path / "Vorlage.docx")
    with zipfile.ZipFile(source) as z_in, zipfile.ZipFile(dotx, "w") as z_out:
        for item in z_in.infolist():
            data = z_in.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            z_out.writestr(item, data)
    imported = templates.import_template(db, dotx)
    path = template_files.export_for_editing(db, imported.template_id, tmp_path / "edit")
    assert path.suffix == ".docx"
    assert b"document.main+xml" in zipfile.ZipFile(path).read("[Content_Types].xml")


def test_check_all_counts_the_findings_of_each_template(db: Database, tmp_path: Path, with_typo: Path) -> None:
    clean = templates.import_template(db, letter(tmp_path / "Gut.docx"))
    typo = templates.import_template(db, with_typo)
    seen = []
    found = templates.check_all(db, progress=lambda done, total, _what: seen.append((done, total)))
    assert {key: len(value.problems) for key, value in found.items()} == {clean.template_id: 0, typo.template_id: 2}
    assert seen[-1] == (2, 2)


def test_each_version_is_a_row_and_the_template_holds_the_current_one(db: Database, tmp_path: Path) -> None:
    imported = templates.import_template(db, letter(tmp_path / "Brief.docx"))
    templates.reimport(db, imported.template_id, letter(tmp_path / "Zwei.docx", "Hi {{ Vorname }}"), None)
    with db.engine.connect() as conn:
        template = conn.execute(select(Template.revision, Template.sha256)).one()
        current = conn.execute(select(TemplateVersion.sha256).where(
            TemplateVersion.revision == template.revision)).scalar_one()
    assert current == template.sha256


def test_a_deleted_template_leaves_no_untouched_file_behind(db: Database, tmp_path: Path) -> None:
    kept = templates.import_template(db, letter(tmp_path / "Bearbeitet.docx"))
    gone = templates.import_template(db, letter(tmp_path / "Unberuehrt.docx"))
    folder = tmp_path / "edit"
    edited = template_files.export_for_editing(db, kept.template_id, folder)
    untouched = template_files.export_for_editing(db, gone.template_id, folder)
    letter(edited, "Geändert {{ Vorname }}")
    for imported in (kept, gone):
        templates.delete_template(db, imported.template_id, imported.row_version)
        template_files.forget_export(folder, imported.template_id)
    assert edited.is_file() and not untouched.exists()  # the clerk's changes are never thrown away
    assert template_files.edited_exports(folder) == {}
