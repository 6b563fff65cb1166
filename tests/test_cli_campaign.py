"""``kampagnen campaign`` and ``kampagnen action`` as a clerk or admin runs them: a real process.

Like ``tests/test_cli.py`` and ``tests/query_io/test_cli_query.py``: each command is
``python -m desktop`` with its own KAMPAGNEN_HOME, no screen and no terminal, here on a
demo database on SQLite and on PostgreSQL. What the commands print and write is compared
with what the core modules find in this process.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cli_process import run_kampagnen
from sqlalchemy import func, select

from desktop.campaigns import actions, members, service
from desktop.db import demo
from desktop.db.engine import Database
from desktop.db.models import ActionMember, Campaign, CampaignAction, Channel, Person
from desktop.query import results, selections
from desktop.query.definition import parse

AMSTERDAM = {"version": 1, "where": {"match": "all", "items": [{"field": "city", "op": "eq", "value": "Amsterdam"}]}}
NETHERLANDS = {"version": 1, "where": {"match": "all", "items": [{"field": "country", "op": "eq", "value": "NL"}]}}
GERMANY = {"version": 1, "where": {"match": "all", "items": [{"field": "country", "op": "eq", "value": "DE"}]}}
CREATED = re.compile(r"Campaign (\S+) “(.+)” created \(id (\d+)\)\.")


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.generate(db, persons=300, seed=1)
    return db


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def kampagnen(home: Path, db: Database, *args: str) -> subprocess.CompletedProcess[str]:
    return run_kampagnen(home, "--database", db.url.render_as_string(hide_password=False), *args)


def write_json(path: Path, content: Any) -> Path:
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def codes_of(db: Database, raw: dict[str, Any]) -> set[str]:
    """The codes of the persons a query definition finds now."""
    ids = results.matching_ids(db, parse(raw))
    with db.engine.connect() as conn:
        return set(conn.execute(select(Person.code).where(Person.id.in_(ids))).scalars())


def action_id(db: Database, number: str, sequence: int) -> int:
    with db.session() as session:
        return session.scalar(
            select(CampaignAction.id).join(Campaign).where(Campaign.number == number, CampaignAction.sequence == sequence)
        )


def group(db: Database, number: str, sequence: int) -> dict[str, members.MemberRow]:
    """The target group of an action by person code."""
    with db.engine.connect() as conn:
        return {row.code: row for row in members.member_rows(conn, action_id(db, number, sequence))}


def all_members(db: Database) -> list[tuple[int, int, bool]]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(ActionMember.action_id, ActionMember.person_id, ActionMember.linked))
        return sorted((a, p, bool(linked)) for a, p, linked in rows)


def campaign_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Campaign)).scalar_one()


def counts(stdout: str) -> dict[str, int]:
    """The "  Label: n" lines of add-selection."""
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^  ([^:\n]+): (\d+)$", stdout, re.M)}


def table(stdout: str) -> list[list[str]]:
    lines = stdout.split("\n")
    assert lines[-1] == ""
    return [line.split("\t") for line in lines[:-1]]


def setup_campaign(db: Database, *channels: Channel) -> str:
    """A campaign with one action per channel (1, 2 …) made with the core; returns its number."""
    with db.session() as session:
        campaign = service.create(session, "Vorbereitet")
        for sequence, channel in enumerate(channels, 1):
            actions.add(session, campaign.id, f"Aktion {sequence}", channel)
        return campaign.number


def save_selection(db: Database, name: str, raw: dict[str, Any]) -> None:
    with db.session() as session:
        selections.save(session, selections.SelectionData(id=0, name=name, definition=parse(raw)))


# -- the pilot ---------------------------------------------------------------------------------


def test_the_pilot_scenario_on_the_command_line(home: Path, demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    created = kampagnen(home, db, "campaign", "create", "Pilot Frühjahr")
    assert created.returncode == 0, created.stderr
    match = CREATED.fullmatch(created.stdout.strip())
    assert match, created.stdout
    number, name, campaign_id = match.group(1), match.group(2), int(match.group(3))
    assert name == "Pilot Frühjahr"
    with db.session() as session:
        stored = service.load(session, campaign_id)
    assert stored is not None and (stored.number, stored.name) == (number, "Pilot Frühjahr")

    for sequence, action_name in ((1, "Pilot"), (2, "Alle")):
        added = kampagnen(home, db, "action", "add", number, action_name)
        assert added.returncode == 0, added.stderr
        assert added.stdout.strip() == f"Action {sequence} “{action_name}” added to campaign {number}."

    listed = kampagnen(home, db, "campaign", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip("\n").split("\n")
    assert lines[0].split() == ["Number", "Name", "Status", "Actions"]
    assert len(lines) == 1 + campaign_count(db)
    assert [line for line in lines if line.startswith(number + " ")][0].split() == [number, "Pilot", "Frühjahr", "Planned", "2"]

    for selection, raw in (("Amsterdam", AMSTERDAM), ("Niederlande", NETHERLANDS)):
        saved = kampagnen(home, db, "selection", "save", selection, str(write_json(tmp_path / f"{selection}.json", raw)))
        assert saved.returncode == 0, saved.stderr

    # Action 1: the pilot group in Amsterdam.
    amsterdam = codes_of(db, AMSTERDAM)
    assert 0 < len(amsterdam) < 300
    pilot = kampagnen(home, db, "action", "add-selection", number, "1", "Amsterdam")
    assert pilot.returncode == 0, pilot.stderr
    assert pilot.stdout.startswith(f"Selection “Amsterdam” linked to action 1 of campaign {number}.\n")
    first = group(db, number, 1)
    assert set(first) == amsterdam
    linked_first = {code for code, row in first.items() if row.linked}
    assert counts(pilot.stdout) == {
        "Persons found": len(amsterdam), "Added": len(amsterdam), "Already members": 0,
        "Left out as used in an earlier action": 0,
        "Added but excluded from the channel": len(amsterdam) - len(linked_first),
    }

    # Action 2: everybody in the Netherlands but the pilot group.
    netherlands = codes_of(db, NETHERLANDS)
    assert linked_first <= netherlands
    everyone = kampagnen(home, db, "action", "add-selection", number, "2", "Niederlande", "--exclude-used")
    assert everyone.returncode == 0, everyone.stderr
    shown = counts(everyone.stdout)
    assert shown["Persons found"] == len(netherlands)
    assert shown["Left out as used in an earlier action"] == len(linked_first)
    assert shown["Added"] == len(netherlands - linked_first)

    listing = kampagnen(home, db, "action", "members", number, "2")
    assert listing.returncode == 0, listing.stderr
    rows = table(listing.stdout)
    assert rows[0] == ["Code", "Name", "Postcode", "City", "Linked", "Origin", "Added", "Excluded because"]
    second = group(db, number, 2)
    assert [row[0] for row in rows[1:]] == list(second)  # the order of the person list
    assert {row[0] for row in rows[1:]} == netherlands - linked_first
    assert not {row[0] for row in rows[1:]} & linked_first
    for row in rows[1:]:
        member = second[row[0]]
        assert row[1:4] == [member.name, member.postcode, member.city]
        assert row[4] == ("Y" if member.linked else "N")
        assert row[5] == "Selection “Niederlande”"
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", row[6])
        assert bool(row[7]) == (member.exclusion is not None)

    # Linking the same selection again is refused and names it and when it was linked.
    again = kampagnen(home, db, "action", "add-selection", number, "2", "Niederlande")
    assert again.returncode == 1
    assert again.stdout == ""
    assert "“Niederlande”" in again.stderr and "already on" in again.stderr and "only once" in again.stderr
    assert set(group(db, number, 2)) == set(second)

    # One file fills both actions: two Germans for the pilot, three for everybody.
    germans = sorted(codes_of(db, GERMANY) - set(first) - set(second))[:5]
    lines = ["Kontaktcode;Kampagne;Aktion;Gekoppelt"]
    lines += [f"{code};{number};1;J" for code in germans[:2]] + [f"{code};{number};2;N" for code in germans[2:]]
    both = tmp_path / "beide.csv"
    both.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = kampagnen(home, db, "action", "import-members", str(both))
    assert imported.returncode == 0, imported.stderr
    assert f"Campaign {number}, action 1: added 2, already members 0, excluded " in imported.stdout
    assert f"Campaign {number}, action 2: added 3, already members 0, excluded " in imported.stdout
    after_first, after_second = group(db, number, 1), group(db, number, 2)
    assert set(after_first) == set(first) | set(germans[:2])
    assert set(after_second) == set(second) | set(germans[2:])
    assert all(not after_second[code].linked for code in germans[2:])
    assert {after_first[code].origin_file for code in germans[:2]} == {"beide.csv"}

    # A broken file: every bad line named, nothing written.
    before = all_members(db)
    broken = tmp_path / "kaputt.csv"
    broken.write_text(
        "Kontaktcode;Kampagne;Aktion;Gekoppelt\n"
        f"{germans[0]};{number};1;J\n"
        f"UNBEKANNT;{number};1;J\n"
        f"{germans[1]};{number};7;J\n"
        f"{germans[2]};{number};2;vielleicht\n"
        f"{germans[3]};1999-999;1;J\n",
        encoding="utf-8",
    )
    refused = kampagnen(home, db, "action", "import-members", str(broken))
    assert refused.returncode == 1
    assert refused.stdout == ""
    problems = refused.stderr.strip().split("\n")
    assert problems[:-1] == [
        f"{broken}, line 3: there is no contact with the code “UNBEKANNT”.",
        f"{broken}, line 4: the campaign has no action number “7”.",
        f"{broken}, line 5: “vielleicht” is not a yes/no value (J/N) for “linked”.",
        f"{broken}, line 6: there is no campaign with the number “1999-999”.",
    ]
    assert problems[-1].startswith("Nothing was imported.")
    assert all_members(db) == before

    # The export: what Excel in a German office opens with a double click.
    target = tmp_path / "Alle.csv"
    exported = kampagnen(home, db, "action", "members", number, "2", "--export", str(target))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"{len(after_second)} rows written to {target}."
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with target.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle, delimiter=";"))
    assert written[0] == ["Code", "Name", "Postcode", "City", "Linked", "Origin", "Added", "Excluded because"]
    assert [row[0] for row in written[1:]] == list(after_second)
    assert {row[4] for row in written[1:]} == {"Y", "N"}
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == ["Alle.csv", "beide.csv", "kaputt.csv"]


# -- campaigns ---------------------------------------------------------------------------------


def test_a_campaign_gets_the_number_asked_for_unless_it_is_taken(home: Path, demo_db: Database) -> None:
    db = demo_db
    with db.session() as session:
        taken = service.list_campaigns(session)[0].number
        expected = service.next_number(session)
    before = campaign_count(db)

    chosen = kampagnen(home, db, "campaign", "create", "Messe Köln", "--number", "MESSE-2026")
    assert chosen.returncode == 0, chosen.stderr
    assert CREATED.fullmatch(chosen.stdout.strip()).group(1) == "MESSE-2026"

    refused = kampagnen(home, db, "campaign", "create", "Doppelt", "--number", taken)
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert f"“{taken}”" in refused.stderr
    nameless = kampagnen(home, db, "campaign", "create", "   ")
    assert nameless.returncode == 1 and nameless.stderr.strip()
    assert campaign_count(db) == before + 1

    plain = kampagnen(home, db, "campaign", "create", "Ohne Nummer")
    assert CREATED.fullmatch(plain.stdout.strip()).group(1) == expected


def test_an_action_takes_over_an_earlier_target_group(home: Path, demo_db: Database) -> None:
    db = demo_db
    number = setup_campaign(db, Channel.LETTER)
    save_selection(db, "Amsterdam", AMSTERDAM)
    members.link_selection(db, action_id(db, number, 1), selections_id(db, "Amsterdam"))
    first = group(db, number, 1)

    copied = kampagnen(home, db, "action", "add", number, "Nachfass", "--channel", "email", "--copy-members-from", "1",
                       "--exclude-used")
    assert copied.returncode == 0, copied.stderr
    lines = copied.stdout.strip().split("\n")
    assert lines[0] == f"Action 2 “Nachfass” added to campaign {number}."
    second = group(db, number, 2)
    assert set(second) == set(first)
    linked = sum(row.linked for row in second.values())
    assert lines[1] == (f"Target group of action 1 taken over: {len(second)} members, {linked} linked, "
                        f"{len(second) - linked} excluded.")
    with db.session() as session:
        data = actions.load(session, action_id(db, number, 2))
    assert data is not None and data.channel is Channel.EMAIL and data.exclude_used_contacts


def selections_id(db: Database, name: str) -> int:
    with db.session() as session:
        found = selections.find_by_name(session, name)
        assert found is not None
        return found.id


# -- what is unknown is named ------------------------------------------------------------------


def test_unknown_campaigns_actions_and_selections_are_named(home: Path, demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    number = setup_campaign(db, Channel.LETTER, Channel.EMAIL)
    save_selection(db, "Amsterdam", AMSTERDAM)
    codes = tmp_path / "codes.csv"
    codes.write_text("Kontaktcode\n000001\n", encoding="utf-8")
    before = all_members(db), campaign_count(db)

    for args in (["action", "add", "2099-999", "Neu"], ["action", "add-selection", "2099-999", "1", "Amsterdam"],
                 ["action", "members", "2099-999", "1"],
                 ["action", "import-members", str(codes), "--campaign", "2099-999", "--action", "1"]):
        result = kampagnen(home, db, *args)
        assert result.returncode == 1, args
        assert result.stdout == ""
        assert result.stderr.strip() == ("There is no campaign with the number “2099-999”. "
                                         "kampagnen campaign list shows the campaigns."), args

    for args in (["action", "add-selection", number, "5", "Amsterdam"], ["action", "members", number, "5"],
                 ["action", "add", number, "Kopie", "--copy-members-from", "5"],
                 ["action", "import-members", str(codes), "--campaign", number, "--action", "5"]):
        result = kampagnen(home, db, *args)
        assert result.returncode == 1, args
        assert result.stderr.strip() == f"Campaign {number} has no action 5. Its actions are: 1, 2.", args

    unknown = kampagnen(home, db, "action", "add-selection", number, "1", "Rotterdam")
    assert unknown.returncode == 1
    assert "“Rotterdam”" in unknown.stderr and "selection list" in unknown.stderr
    assert (all_members(db), campaign_count(db)) == before


def test_file_problems_are_one_sentence_each(home: Path, demo_db: Database, tmp_path: Path) -> None:
    db = demo_db
    number = setup_campaign(db, Channel.LETTER)
    codes = tmp_path / "codes.csv"
    codes.write_text("Kontaktcode\n000001\n000002\n", encoding="utf-8")
    missing = tmp_path / "fehlt.csv"
    before = all_members(db)

    cases = [
        (["action", "import-members", str(missing), "--campaign", number, "--action", "1"], str(missing)),
        (["action", "import-members", str(codes)], "--campaign and --action"),
        (["action", "import-members", str(codes), "--campaign", number], "together"),
        (["action", "members", number, "1", "--export", str(tmp_path / "liste.xlsx")], ".csv"),
        (["action", "members", number, "1", "--export", str(tmp_path / "nicht da" / "liste.csv")], "could not be written"),
    ]
    for args, expected in cases:
        result = kampagnen(home, db, *args)
        assert result.returncode == 1, args
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert expected in result.stderr, (args, result.stderr)
    assert all_members(db) == before

    ok = kampagnen(home, db, "action", "import-members", str(codes), "--campaign", number, "--action", "1")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.split("\n")[1] == f"  Campaign {number}, action 1: added 2, already members 0, excluded " + \
        str(sum(not row.linked for row in group(db, number, 1).values()))
    assert set(group(db, number, 1)) == {"000001", "000002"}


def test_members_lists_only_the_excluded_when_asked(home: Path, demo_db: Database) -> None:
    db = demo_db
    number = setup_campaign(db, Channel.EMAIL)
    save_selection(db, "Niederlande", NETHERLANDS)
    members.link_selection(db, action_id(db, number, 1), selections_id(db, "Niederlande"))
    everyone = group(db, number, 1)
    excluded = [code for code, row in everyone.items() if row.exclusion is not None]
    assert 0 < len(excluded) < len(everyone)

    result = kampagnen(home, db, "action", "members", number, "1", "--excluded")
    assert result.returncode == 0, result.stderr
    rows = table(result.stdout)[1:]
    assert [row[0] for row in rows] == excluded
    assert {row[4] for row in rows} == {"N"}
    assert all(row[7] for row in rows)

    empty = setup_campaign(db, Channel.LETTER)
    nobody = kampagnen(home, db, "action", "members", empty, "1")
    assert nobody.returncode == 0
    assert len(table(nobody.stdout)) == 1  # the header only
