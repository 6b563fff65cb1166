"""The analyses (``desktop.campaigns.analyses.DATASETS``) against values read by hand from the raw rows."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from desktop.campaigns import analyses
from desktop.db.engine import Database

CENT = Decimal("0.01")


def rows_of(db: Database, key: str, campaign_id: int | None) -> list[list[Any]]:
    with db.session() as session:
        return analyses.BY_KEY[key].rows(session, campaign_id)


def per(amount: Decimal, units: int) -> Decimal | None:
    return (amount / units).quantize(CENT, rounding=ROUND_HALF_UP) if units else None


def test_the_data_sets(db: Database, demo: Any) -> None:
    assert [d.key for d in analyses.DATASETS] == ["campaigns", "costs", "selections", "actions", "contacts"]
    assert [d.key for d in analyses.DATASETS if d.needs_campaign] == ["contacts"]
    assert set(analyses.BY_KEY) == {d.key for d in analyses.DATASETS}


@pytest.mark.parametrize("key", [d.key for d in analyses.DATASETS])
def test_every_row_has_a_value_per_heading(db: Database, demo: Any, raw: Any, key: str) -> None:
    dataset = analyses.BY_KEY[key]
    rows = rows_of(db, key, demo.campaign)
    expected = {
        "campaigns": len(raw.campaigns),
        "costs": len(raw.actions) + len(raw.campaigns),  # a row per action and one per campaign as a whole
        "selections": len(raw.selections),
        "actions": len(raw.actions),
        "contacts": sum(1 for m in raw.members if raw.action(m["action_id"])["campaign_id"] == demo.campaign),
    }[key]
    assert len(rows) == expected
    assert len(set(dataset.headers)) == len(dataset.headers)
    assert {len(r) for r in rows} == {len(dataset.headers)}, key


def test_contacts_need_a_campaign(db: Database, demo: Any) -> None:
    assert rows_of(db, "contacts", None) == []
    for key in ("campaigns", "costs", "selections", "actions"):  # the others ignore it
        assert rows_of(db, key, None) == rows_of(db, key, demo.campaign), key


def test_campaign_rows(db: Database, demo: Any, raw: Any) -> None:
    rows = rows_of(db, "campaigns", None)
    campaigns = sorted(raw.campaigns, key=lambda c: c["number"])
    assert [r[0] for r in rows] == [c["number"] for c in campaigns]
    for row, c in zip(rows, campaigns):
        _actions, t = raw.totals(c["id"])
        used = float(t.actual / c["budget"]) if c["budget"] else None
        expected = [c["number"], c["name"], c["status"], c["planned_start"], c["planned_end"], c["budget"],
                    len(raw.actions_of(c["id"])), t.linked, t.generated, t.handled, t.responded,
                    t.responded / t.generated if t.generated else None, t.estimated, t.actual]
        assert row[:-1] == expected, c["number"]
        assert row[-1] == (pytest.approx(used) if used is not None else None), c["number"]
    first = rows[0]
    assert first[6:14] == [4, 18, 13, 6, 5, pytest.approx(5 / 13), Decimal("329.40"), Decimal("555.75")]


def test_action_rows(db: Database, demo: Any, raw: Any) -> None:
    rows = rows_of(db, "actions", None)
    expected = []
    for c in sorted(raw.campaigns, key=lambda c: c["number"]):
        by_action, _whole = raw.totals(c["id"])
        for a in raw.actions_of(c["id"]):
            t = by_action[a["id"]]
            expected.append([c["number"], c["name"], a["sequence"], a["name"], a["channel"], a["planned_date"],
                             a["generated_at"], t.linked, t.not_linked, t.generated, t.handled, t.open, t.responded,
                             t.responded / t.generated if t.generated else None, t.estimated, t.actual,
                             per(t.actual, t.generated), per(t.actual, t.responded)])
    assert rows == expected
    invitation = rows[0]
    assert invitation[3] == "Einladung" and invitation[7:13] == [6, 2, 6, 4, 2, 4]


def test_cost_rows(db: Database, demo: Any, raw: Any) -> None:
    rows = rows_of(db, "costs", None)
    expected = []
    for c in sorted(raw.campaigns, key=lambda c: c["number"]):
        by_action, whole = raw.totals(c["id"])
        parts = [(a["sequence"], a["name"], by_action[a["id"]]) for a in raw.actions_of(c["id"])]
        campaign_only = type(whole)()
        for cost in raw.costs:
            if cost["campaign_id"] == c["id"] and cost["action_id"] is None:
                campaign_only.book(cost)
        for sequence, name, m in [*parts, (None, None, campaign_only)]:
            expected.append([c["number"], c["name"], sequence, name, m.fixed, m.per_contact, m.estimated_other,
                             m.estimated, m.from_runs, m.invoices, m.actual_other, m.actual, m.actual - m.estimated])
    assert rows == expected
    whole_campaign = rows[4]
    assert whole_campaign[2:4] == [None, None]
    assert whole_campaign[6:] == [Decimal("25.50"), Decimal("25.50"), 0, Decimal("300.00"), Decimal("10.01"),
                                  Decimal("310.01"), Decimal("284.51")]


def test_selection_rows(db: Database, demo: Any, raw: Any) -> None:
    rows = rows_of(db, "selections", None)
    expected = []
    for s in sorted(raw.selections, key=lambda s: s["name"]):
        links = [x["linked_at"] for x in raw.action_selections if x["selection_id"] == s["id"]]
        sources = sum(1 for c in raw.campaigns if c["selection_id"] == s["id"])
        expected.append([s["name"], s["description"], s["is_distribution_list"], s["created_at"], sources,
                         len(links), max(links) if links else None])
    assert rows == expected
    assert [r[0] for r in rows] == ["Freunde des Hauses", "Leer", "Messe 2025"]
    assert rows[0][4:6] == [2, 2] and rows[1][4:] == [0, 0, None]
    assert all(r[3].tzinfo is not None for r in rows)
    assert rows[0][6] is not None and rows[0][6].tzinfo is not None  # last linked: aware, as stored


def test_contact_rows(db: Database, demo: Any, raw: Any) -> None:
    rows = rows_of(db, "contacts", demo.campaign)
    persons = {p["id"]: p for p in raw.persons}
    organisations = {o["id"]: o["name"] for o in raw.organisations}
    campaign = next(c for c in raw.campaigns if c["id"] == demo.campaign)
    expected = []
    for m in raw.members:
        action = raw.action(m["action_id"])
        if action["campaign_id"] != demo.campaign:
            continue
        p = persons[m["person_id"]]
        items = [i for i in raw.items if i["action_id"] == action["id"] and i["person_id"] == p["id"]]
        assert len(items) <= 1
        item = items[0] if items else None
        latest = raw.latest_response(item["id"]) if item else None
        name = " ".join(x for x in (p["first_name"], p["name_prefix"], p["last_name"]) if x)
        expected.append(((action["sequence"], p["sort_key"], p["id"]), [
            campaign["number"], action["sequence"], action["name"], p["code"], name,
            organisations.get(p["organisation_id"]), p["postcode"], p["city"], m["linked"], m["exclusion_reason"],
            item["created_at"] if item else None, item["handled"] if item else None,
            raw.type_name(latest["response_type_id"]) if latest else None,
            latest["recorded_at"] if latest else None]))
    expected.sort(key=lambda e: e[0])
    assert rows == [e[1] for e in expected]
    jan = next(r for r in rows if r[1] == 1 and r[3] == "P2")
    assert jan[4:6] == ["Jan van Dijk", "Bolt BV"]
    assert jan[8:13] == [True, "", jan[10], True, "Absage"]  # the latest of Zusage, Absage
    hans = next(r for r in rows if r[1] == 1 and r[3] == "P8")
    assert hans[8:] == [False, "deceased", None, None, None, None]
    insert = [r for r in rows if r[1] == 4]  # one dossier item for all: none of a contact
    assert len(insert) == 5 and all(r[10:] == [None, None, None, None] for r in insert)
