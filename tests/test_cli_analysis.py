"""``kampagnen totals``, ``totalize`` and ``analysis``: the figures of the demo campaign, counted anew here."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import create_engine, text

from cli_process import run_kampagnen


def raw(demo_file: Path, sql: str) -> list[tuple]:
    engine = create_engine(f"sqlite:///{demo_file}")
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(sql))]
    engine.dispose()
    return rows


def test_totals_count_the_members_items_and_responses_of_each_action(tmp_path, demo_file) -> None:
    result = run_kampagnen(tmp_path, "--database", str(demo_file), "totals", "2026-001")
    assert result.returncode == 0, result.stderr
    lines = {line.split("  ")[0]: line.split() for line in result.stdout.splitlines() if line[:1].isdigit()}
    for action_id, sequence, name in raw(demo_file, "SELECT id, sequence, name FROM campaign_action "
                                                    "WHERE campaign_id = 1 ORDER BY sequence"):
        (linked,), = raw(demo_file, f"SELECT count(*) FROM action_member WHERE action_id = {action_id} AND linked")
        (items,), = raw(demo_file, f"SELECT count(*) FROM dossier_item WHERE action_id = {action_id} "
                                   "AND person_id IS NOT NULL")
        (answered,), = raw(demo_file, "SELECT count(DISTINCT r.dossier_item_id) FROM response r JOIN dossier_item i "
                                      f"ON i.id = r.dossier_item_id WHERE i.action_id = {action_id}")
        cells = lines[f"{sequence} {name}"]
        numbers = cells[len(name.split()) + 1:]
        assert (int(numbers[0]), int(numbers[2]), int(numbers[5])) == (linked, items, answered)


def test_totalize_by_handled_and_response_writes_the_tree_for_excel(tmp_path, demo_file) -> None:
    out = tmp_path / "tree.csv"
    result = run_kampagnen(tmp_path, "--database", str(demo_file), "totalize", "2026-001", "handled", "response",
                           "--export", str(out))
    assert result.returncode == 0, result.stderr
    (items,), = raw(demo_file, "SELECT count(*) FROM dossier_item WHERE campaign_id = 1 AND person_id IS NOT NULL")
    assert f"All dossier items: {items}" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Handled", "Response", "Count", "Costs"]
    responses = dict(raw(demo_file, "SELECT t.name, count(*) FROM response r JOIN response_type t "
                                    "ON t.id = r.response_type_id JOIN dossier_item i ON i.id = r.dossier_item_id "
                                    "WHERE i.campaign_id = 1 GROUP BY t.name"))
    counted = {row[1]: int(row[2]) for row in rows[1:] if row[1] and row[1] != "(no response)"}
    assert counted == responses  # the demo's items have one response each at most
    assert sum(int(row[2]) for row in rows[1:] if row[0]) == items


def test_analysis_exports_need_a_known_campaign(tmp_path, demo_file) -> None:
    result = run_kampagnen(tmp_path, "--database", str(demo_file), "analysis", "contacts", str(tmp_path / "c.xlsx"))
    assert result.returncode == 1 and "--campaign" in result.stderr
    result = run_kampagnen(tmp_path, "--database", str(demo_file), "analysis", "contacts", str(tmp_path / "c.csv"),
                           "--campaign", "1999-999")
    assert result.returncode == 1 and "1999-999" in result.stderr
    result = run_kampagnen(tmp_path, "--database", str(demo_file), "analysis", "campaigns", str(tmp_path / "k.csv"))
    assert result.returncode == 0, result.stderr
    with (tmp_path / "k.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert [r[0] for r in rows[1:]] == [n for (n,) in raw(demo_file, "SELECT number FROM campaign ORDER BY number")]
    assert rows[1][2] == "Finished"  # the status in words
