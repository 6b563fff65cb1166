"""Importing target groups from the CSV files offices have: what a clerk sees afterwards.

Files are real files in German and Dutch office flavours (cp1252 or UTF-8 with BOM,
semicolons or commas, quoted line breaks, blank lines, codes with leading zeros).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.campaigns import member_import, members
from desktop.campaigns.member_csv import Column, FileProblem, ImportFileError, Problem, ProblemKind
from desktop.campaigns.member_import import ActionResult
from desktop.db import demo
from desktop.db.engine import Database
from desktop.db.models import ActionMember, Campaign, CampaignAction, Channel, MemberOrigin, Person
from desktop.db.models.base import current_login
from desktop.jobs import Cancelled

ADDRESS = {"street": "Hauptstr. 1", "postcode": "50667", "city": "Köln"}


@pytest.fixture
def actions(db: Database) -> dict[str, int]:
    """Campaign 2026-001 with a letter (1) and an e-mail (2), 2026-002 with a letter; five persons."""
    with db.session() as session:
        first = Campaign(number="2026-001", name="Frühjahrsmailing")
        second = Campaign(number="2026-002", name="Messe")
        session.add_all([first, second])
        session.flush()
        letter = CampaignAction(campaign_id=first.id, sequence=1, name="Brief", channel=Channel.LETTER)
        mail = CampaignAction(campaign_id=first.id, sequence=2, name="E-Mail", channel=Channel.EMAIL)
        fair = CampaignAction(campaign_id=second.id, sequence=1, name="Einladung", channel=Channel.LETTER)
        session.add_all([letter, mail, fair])
        session.add_all([
            Person(code="00123", last_name="Müller", email="mueller@example.de", **ADDRESS),
            Person(code="00124", last_name="Jäger", email="", **ADDRESS),  # no e-mail address
            Person(code="00125", last_name="Weiß", email="weiss@example.de", **ADDRESS),
            Person(code="123", last_name="Kurz", email="kurz@example.de", **ADDRESS),
            Person(code="A-7", last_name="Tot", email="tot@example.de", deceased=True, **ADDRESS),
        ])
        session.flush()
        return {"letter": letter.id, "mail": mail.id, "fair": fair.id}


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def group(db: Database, action_id: int) -> dict[str, bool]:
    """The target group as the clerk sees it: code → linked."""
    with db.engine.connect() as conn:
        return {row.code: row.linked for row in members.member_rows(conn, action_id)}


def member_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(ActionMember)).scalar_one()


def test_a_german_excel_file_in_cp1252_fills_the_action(db: Database, actions: dict[str, int], tmp_path) -> None:
    path = write(tmp_path, "Zielgruppe März.csv", (
        "Kontaktcode;Name;Anschrift;Gekoppelt\r\n"
        '00123;Müller;"Hauptstr. 1\r\n50667 Köln";J\r\n'
        "\r\n"
        " 00124 ;Jäger;Ring 2;Nein\r\n"
        "00125;Weiß;;\r\n"
        ";;;\r\n"
    ), "cp1252")

    report = member_import.import_members(db, path, actions["letter"])

    assert group(db, actions["letter"]) == {"00123": True, "00124": False, "00125": True}
    assert report.written and not report.problems
    assert report.actions == (ActionResult(actions["letter"], "2026-001", 1, added=3, already_members=0),)
    with db.engine.connect() as conn:
        rows = members.member_rows(conn, actions["letter"])
    assert {(r.origin, r.origin_file, r.added_by) for r in rows} == {
        (MemberOrigin.IMPORT, "Zielgruppe März.csv", current_login())
    }
    assert all(r.added_at > dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5) for r in rows)


def test_a_dutch_file_in_utf8_with_bom_and_commas(db: Database, actions: dict[str, int], tmp_path) -> None:
    path = write(tmp_path, "doelgroep.csv", (
        "\ufeffRelatienummer,Naam,Gekoppeld\n"
        '00123,"Jansen, Jan",Ja\n'
        "00125,De Vries,nee\n"
        "123,Kurz,\n"
    ))

    report = member_import.import_members(db, path, actions["fair"])

    # "123" and "00123" are two contacts: codes are text.
    assert group(db, actions["fair"]) == {"00123": True, "00125": False, "123": True}
    assert report.actions[0].added == 3


def test_one_file_fills_two_actions_and_each_keeps_its_channel(
    db: Database, actions: dict[str, int], tmp_path
) -> None:
    path = write(tmp_path, "beide.csv", (
        "Kampagne;Lfd. Nr.;Kontakt-Nr\n"
        "2026-001;1;00123\n"
        "2026-001;2;00123\n"
        "2026-001;2;00124\n"
        "2026-002;1;00125\n"
    ))

    report = member_import.import_members(db, path, None)

    assert group(db, actions["letter"]) == {"00123": True}
    # 00124 has no e-mail address: in the e-mail's group, but not linked.
    assert group(db, actions["mail"]) == {"00123": True, "00124": False}
    assert group(db, actions["fair"]) == {"00125": True}
    assert report.actions == (
        ActionResult(actions["letter"], "2026-001", 1, added=1, already_members=0, excluded=0),
        ActionResult(actions["mail"], "2026-001", 2, added=2, already_members=0, excluded=1),
        ActionResult(actions["fair"], "2026-002", 1, added=1, already_members=0, excluded=0),
    )


def test_an_action_column_alone_means_the_actions_of_the_chosen_campaign(
    db: Database, actions: dict[str, int], tmp_path
) -> None:
    path = write(tmp_path, "acties.csv", "Actie;Contactcode\n1;00123\n2;00125\n;00124\n")

    member_import.import_members(db, path, actions["mail"])

    assert group(db, actions["letter"]) == {"00123": True}
    assert group(db, actions["mail"]) == {"00125": True, "00124": False}  # empty cell: the chosen action
    assert group(db, actions["fair"]) == {}


def test_a_file_with_mistakes_changes_nothing_and_names_the_lines(
    db: Database, actions: dict[str, int], tmp_path
) -> None:
    member_import.import_members(db, write(tmp_path, "vorher.csv", "Code\n00125\n"), actions["letter"])
    before = member_count(db)
    path = write(tmp_path, "fehler.csv", (
        "Kampagne;Aktion;Kontaktcode;Gekoppelt\n"  # 1
        "2026-001;1;00123;J\n"  # 2 fine
        "2026-001;1;99999;J\n"  # 3 nobody has this code
        "2026-001;1;;J\n"  # 4 no code
        "2026-001;1;00124;vielleicht\n"  # 5
        "2026-001;1;00124\n"  # 6 a field short
        "2031-777;1;00124;J\n"  # 7 no such campaign
        "2026-001;9;00124;J\n"  # 8 no such action
        "2026-001;1;00123;N\n"  # 9 duplicate of line 2: does not block
    ))

    report = member_import.import_members(db, path, None)

    assert member_count(db) == before
    assert group(db, actions["letter"]) == {"00125": True}
    assert report.blocked and not report.written
    assert report.lines_to_fix == [3, 4, 5, 6, 7, 8]
    assert report.problems == (
        Problem(3, ProblemKind.UNKNOWN_CODE, "99999"),
        Problem(4, ProblemKind.EMPTY_CODE, ""),
        Problem(5, ProblemKind.BAD_LINKED_VALUE, "vielleicht"),
        Problem(6, ProblemKind.WRONG_FIELD_COUNT, "2026-001;1;00124"),
        Problem(7, ProblemKind.UNKNOWN_CAMPAIGN, "2031-777"),
        Problem(8, ProblemKind.UNKNOWN_ACTION, "9"),
        Problem(9, ProblemKind.DUPLICATE, "00123", other_line=2),
    )


def test_duplicates_are_imported_once_and_linked_wins(db: Database, actions: dict[str, int], tmp_path) -> None:
    path = write(tmp_path, "doppelt.csv", "Code;Linked\n00123;N\n00124;yes\n00123;J\n\n00123;no\n")

    report = member_import.import_members(db, path, actions["letter"])

    assert group(db, actions["letter"]) == {"00123": True, "00124": True}
    assert report.written and not report.blocked
    assert report.actions[0].added == 2
    assert report.of_kind(ProblemKind.DUPLICATE) == [
        Problem(4, ProblemKind.DUPLICATE, "00123", other_line=2),
        Problem(6, ProblemKind.DUPLICATE, "00123", other_line=2),
    ]


def test_persons_already_in_the_group_are_left_as_they_were(
    db: Database, actions: dict[str, int], tmp_path
) -> None:
    with db.engine.begin() as conn:
        person = conn.execute(select(Person.id).where(Person.code == "00123")).scalar_one()
        members.add_persons(conn, actions["letter"], [person])
        members.set_linked(conn, actions["letter"], [person], False)
    path = write(tmp_path, "nochmal.csv", "Kontaktcode;Gekoppelt\n00123;J\n00124;J\nA-7;J\n")

    report = member_import.import_members(db, path, actions["letter"])

    assert group(db, actions["letter"]) == {"00123": False, "00124": True, "A-7": False}
    assert report.actions == (ActionResult(actions["letter"], "2026-001", 1, added=2, already_members=1, excluded=1),)
    with db.engine.connect() as conn:
        origins = {r.code: r.origin for r in members.member_rows(conn, actions["letter"])}
    assert origins["00123"] is MemberOrigin.MANUAL


def test_a_plain_list_of_codes_without_a_header(db: Database, actions: dict[str, int], tmp_path) -> None:
    path = write(tmp_path, "codes.txt", "00123\r\n00124\r\n\r\n  00125\r\n")

    report = member_import.import_members(db, path, actions["letter"])

    assert group(db, actions["letter"]) == {"00123": True, "00124": True, "00125": True}
    assert report.lines == 3


def test_a_check_tells_what_would_happen_and_writes_nothing(
    db: Database, actions: dict[str, int], tmp_path
) -> None:
    parsed = member_import.read(write(tmp_path, "probe.csv", "Code\n00123\n00124\n"))
    with db.engine.connect() as conn:
        report = member_import.check(conn, parsed, actions["letter"])

    assert report.actions[0].added == 2 and not report.written
    assert member_count(db) == 0


def test_a_cancelled_import_leaves_nothing_behind(db: Database, actions: dict[str, int], tmp_path) -> None:
    path = write(tmp_path, "abbruch.csv", "Code\n00123\n00124\n")
    stages: list[str] = []

    with pytest.raises(Cancelled):
        # Cancel once the members are written: the transaction must take them back.
        member_import.import_members(db, path, actions["letter"], progress=lambda _d, _t, what: stages.append(what),
                                     cancel=lambda: "writing" in stages)
    assert "writing" in stages
    assert member_count(db) == 0


def test_a_whole_demo_database_in_small_batches(db: Database, tmp_path, monkeypatch) -> None:
    """Many lookups and inserts per import (small batches), leading zeros, the demo's own campaign."""
    demo.generate(db, persons=300, seed=1, today=dt.date(2026, 3, 12))
    monkeypatch.setattr(member_import, "LOOKUP_BATCH", 7)
    monkeypatch.setattr(member_import, "INSERT_BATCH", 50)
    with db.engine.connect() as conn:
        codes = list(conn.execute(select(Person.code).order_by(Person.id)).scalars())
        action = conn.execute(
            select(CampaignAction.id).join(Campaign).where(Campaign.number == "2026-002", CampaignAction.sequence == 1)
        ).scalar_one()
    assert codes[0] == "000001"
    path = write(tmp_path, "alle.csv", "Kontaktcode\n" + "\n".join(reversed(codes)) + "\n", "cp1252")

    report = member_import.import_members(db, path, action)

    with db.engine.connect() as conn:
        summary = members.summary(conn, action)
    assert summary.total == report.actions[0].added == 300
    assert summary.excluded == report.actions[0].excluded > 0
    assert summary.linked == 300 - summary.excluded


# -- reading alone ----------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "columns"), [
    ("Kontaktcode", {Column.CODE}),
    ("KONTAKT-NR", {Column.CODE}),
    (" Contact code ", {Column.CODE}),
    ("nummer;Verknüpft", {Column.CODE, Column.LINKED}),
    ("Relatienummer;Campagnenummer;Actienummer;Gekoppeld", set(Column)),
    ("Code;Kampagnennummer;lfd.nr.", {Column.CODE, Column.CAMPAIGN, Column.ACTION}),
    ("Campaign,Action,Contact code,Linked", set(Column)),
    ("Name;Ort;Code", {Column.CODE}),
])
def test_headers_in_german_dutch_and_english(tmp_path, header: str, columns: set[Column]) -> None:
    delimiter = "," if "," in header else ";"
    row = delimiter.join(["1"] * (header.count(delimiter) + 1))
    parsed = member_import.read(write(tmp_path, "m.csv", f"{header}\n{row}\n"))
    assert parsed.columns == columns


def test_what_counts_as_linked(tmp_path) -> None:
    values = ["J", "ja", "Y", "yes", "1", "TRUE", "WAHR", "Ja", "", "N", "Nein", "no", "0", "false", "FALSCH", "Nee"]
    text = "Code;Gekoppelt\n" + "".join(f"c{i};{v}\n" for i, v in enumerate(values))
    parsed = member_import.read(write(tmp_path, "m.csv", text))
    assert [row.linked for row in parsed.rows] == [True] * 9 + [False] * 7


def test_line_numbers_are_the_lines_of_the_file(tmp_path) -> None:
    path = write(tmp_path, "m.csv", (
        "Kontaktcode\tAnschrift\tGekoppelt\n"  # 1
        '00123\t"Hauptstr. 1\n\n50667 Köln"\tJ\n'  # 2-4
        "\n"  # 5
        "00124\tRing 2\tkaputt\n"  # 6
    ))
    parsed = member_import.read(path)
    assert parsed.delimiter == "\t" and parsed.ignored_headers == ("Anschrift",)
    assert [row.line for row in parsed.rows] == [2]
    assert parsed.problems == [Problem(6, ProblemKind.BAD_LINKED_VALUE, "kaputt")]


def test_a_runaway_quote_names_the_line_where_it_starts(tmp_path) -> None:
    rest = "".join(f"{n:06d};Name {n}\n" for n in range(20_000))  # more than a field may hold
    parsed = member_import.read(write(tmp_path, "m.csv", f'Code;Name\n00123;Müller\n00124;"Jäger\n{rest}'))
    assert [row.code for row in parsed.rows] == ["00123"]
    assert parsed.problems == [Problem(3, ProblemKind.UNREADABLE_LINE, "")]


def test_excel_unicode_text_in_utf16_with_tabs(tmp_path) -> None:
    parsed = member_import.read(write(tmp_path, "m.txt", "\ufeffKontaktcode\tName\r\n00123\tMüller\r\n", "utf-16-le"))
    assert (parsed.delimiter, [row.code for row in parsed.rows]) == ("\t", ["00123"])


@pytest.mark.parametrize(("content", "problem"), [
    (b"", FileProblem.EMPTY),
    (b"\r\n\r\n", FileProblem.EMPTY),
    (b"Kontaktcode;Gekoppelt\r\n", FileProblem.EMPTY),
    (b"Name;Ort\nA;B\n", FileProblem.NO_CODE_COLUMN),
    (b"00123;J\n00124;N\n", FileProblem.NO_CODE_COLUMN),  # no header, more than one column
    (b"Code;Nummer\n1;2\n", FileProblem.DUPLICATE_COLUMN),
    (b"Code;Kampagne\n1;2026-001\n", FileProblem.NO_ACTION_COLUMN),
    (b"PK\x03\x04\x14\x00\x06\x00", FileProblem.NOT_CSV),  # an Excel workbook
])
def test_files_that_cannot_be_imported_at_all(tmp_path, content: bytes, problem: FileProblem) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as error:
        member_import.read(path)
    assert error.value.problem is problem and error.value.path == path


def test_a_missing_file_names_its_path(db: Database, actions: dict[str, int], tmp_path) -> None:
    path = tmp_path / "weg.csv"
    with pytest.raises(ImportFileError) as error:
        member_import.import_members(db, path, actions["letter"])
    assert error.value.problem is FileProblem.NOT_FOUND
    assert str(path) in str(error.value)
