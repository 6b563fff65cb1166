"""The totalizer (``desktop.campaigns.totalizer``) against trees grouped by hand from the raw rows.

The campaign's dossier items of a contact count (the action item of "Beilage" has no
contact and no address, so it is not in the tree); an item's response is its latest one.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pytest

from desktop.campaigns import totalizer
from desktop.db.engine import Database

ZERO = Decimal(0)


def item_values(raw: Any, campaign_id: int) -> list[dict[str, Any]]:
    """Every field of every counted item, with its cost, taken from the rows."""
    persons = {p["id"]: p for p in raw.persons}
    employees = {e["id"]: f"{e['first_name']} {e['last_name']}".strip() or None for e in raw.employees}
    organisations = {o["id"]: o["name"] for o in raw.organisations}
    item_types = {t["id"]: t["name"] for t in raw.item_types}
    actions = {a["id"]: a for a in raw.actions}
    result = []
    for item in raw.items:
        if item["campaign_id"] != campaign_id or item["person_id"] is None:
            continue
        person = persons[item["person_id"]]
        action = actions.get(item["action_id"])
        latest = raw.latest_response(item["id"])
        result.append({
            "handled": bool(item["handled"]),
            "response": raw.type_name(latest["response_type_id"]) if latest else None,
            "action": action["name"] if action else None,
            "employee": employees.get(item["employee_id"]),
            "type": item_types[item["type_id"]],
            "city": person["city"] or None,
            "postcode_area": person["postcode"][:2] or None,
            "country": person["country"] or None,
            "organisation": organisations.get(person["organisation_id"]),
            "account_manager": employees.get(person["account_manager_id"]),
            "cost": action["cost_per_contact"] if action else ZERO,
        })
    return result


def tree_by_hand(values: list[dict[str, Any]], keys: Sequence[str]) -> list[tuple[Any, ...]]:
    """Groups as (value, count, cost, subgroups): no value last, then the larger first, then by text."""
    if not keys:
        return []
    groups: dict[Any, list[dict[str, Any]]] = {}
    for v in values:
        groups.setdefault(v[keys[0]], []).append(v)
    order = sorted(groups.items(), key=lambda g: (g[0] is None, -len(g[1]), str(g[0])))
    return [(value, len(members), sum((m["cost"] for m in members), ZERO), tree_by_hand(members, keys[1:]))
            for value, members in order]


def as_tuples(node: totalizer.Node) -> list[tuple[Any, ...]]:
    return [(c.value, c.count, c.cost, as_tuples(c)) for c in node.children]


def totalize(db: Database, campaign_id: int, keys: Sequence[str]) -> totalizer.Node:
    with db.session() as session:
        return totalizer.totalize(session, campaign_id, keys)


def test_handled_then_response_equals_the_counts_by_hand(db: Database, demo: Any, raw: Any) -> None:
    values = item_values(raw, demo.campaign)
    root = totalize(db, demo.campaign, ["handled", "response"])
    assert (root.count, root.cost) == (len(values), sum((v["cost"] for v in values), ZERO))
    assert as_tuples(root) == tree_by_hand(values, ["handled", "response"])
    # Written out: 6 handled (P1–P4 invitation, P1–P2 reminder), 5 open (2 invitation, 2 reminder, the note).
    handled, open_ = root.children
    assert (handled.value, handled.count, open_.value, open_.count) == (True, 6, False, 5)
    assert [(c.value, c.count) for c in handled.children] == [
        ("Absage", 2), ("Info angefordert", 1), ("Zusage", 1), (None, 2)]  # P2's latest is Absage
    assert [(c.value, c.count) for c in open_.children] == [("Zusage", 1), (None, 4)]
    assert handled.cost == Decimal("0.85") * 4 + Decimal("0.10") * 2
    assert all(type(c.value) is bool for c in root.children)  # SQLite's 0/1 become booleans


def test_cost_sums_are_each_items_cost_per_contact(db: Database, demo: Any, raw: Any) -> None:
    root = totalize(db, demo.campaign, ["action"])
    by_action = {c.value: (c.count, c.cost) for c in root.children}
    assert by_action == {"Einladung": (6, Decimal("5.10")), "Erinnerung": (4, Decimal("0.40")), None: (1, ZERO)}
    assert root.children[-1].value is None  # the note without action comes last


def assert_consistent(node: totalizer.Node, depth: int, levels: int) -> None:
    if depth == levels:
        assert node.children == []
        return
    assert node.children, f"a group at level {depth} has no subgroups"
    assert node.count == sum(c.count for c in node.children), f"count at level {depth} of {node.value!r}"
    assert node.cost == sum((c.cost for c in node.children), ZERO), f"cost at level {depth} of {node.value!r}"
    values = [c.value for c in node.children]
    assert len(values) == len(set(values)), f"a value twice under {node.value!r}"
    for child in node.children:
        assert_consistent(child, depth + 1, levels)


def test_three_levels_add_up_at_every_level(db: Database, demo: Any, raw: Any) -> None:
    keys = ["response", "action", "city"]
    root = totalize(db, demo.campaign, keys)
    values = item_values(raw, demo.campaign)
    assert root.count == len(values)
    assert_consistent(root, 0, 3)
    assert as_tuples(root) == tree_by_hand(values, keys)


@pytest.mark.parametrize("key", [f.key for f in totalizer.FIELDS])
def test_every_field_alone(db: Database, demo: Any, raw: Any, key: str) -> None:
    values = item_values(raw, demo.campaign)
    root = totalize(db, demo.campaign, [key])
    assert as_tuples(root) == tree_by_hand(values, [key]), key


@pytest.mark.parametrize("keys", [
    ["employee", "postcode_area", "account_manager"],
    ["organisation", "country", "type"],
    ["type", "handled", "employee"],
])
def test_other_combinations_match_by_hand(db: Database, demo: Any, raw: Any, keys: list[str]) -> None:
    root = totalize(db, demo.campaign, keys)
    assert_consistent(root, 0, 3)
    assert as_tuples(root) == tree_by_hand(item_values(raw, demo.campaign), keys)


def test_another_campaign_is_kept_apart(db: Database, demo: Any, raw: Any) -> None:
    root = totalize(db, demo.other_campaign, ["action", "response"])
    assert as_tuples(root) == tree_by_hand(item_values(raw, demo.other_campaign), ["action", "response"])
    assert root.count == 2


@pytest.mark.parametrize("keys", [
    [], ["handled", "response", "action", "city"], ["colour"], ["city", "city"], ["handled", "Handled"],
])
def test_invalid_key_lists_are_refused(db: Database, demo: Any, keys: list[str]) -> None:
    with pytest.raises(ValueError), db.session() as session:
        totalizer.totalize(session, demo.campaign, keys)


def test_rows_flatten_the_tree_depth_first(db: Database, demo: Any) -> None:
    root = totalize(db, demo.campaign, ["handled", "response"])

    def text(level: int, value: Any) -> str:
        if value is None:
            return "(none)"
        return ("yes" if value else "no") if level == 0 else f"{level}:{value}"

    rows = totalizer.rows(root, 2, text)
    expected = []
    for group in root.children:
        expected.append([text(0, group.value), "", group.count, group.cost])
        expected += [["", text(1, sub.value), sub.count, sub.cost] for sub in group.children]
    assert rows == expected
    assert rows[0] == ["yes", "", 6, root.children[0].cost]
    assert rows[-1][:3] == ["", "(none)", 4]
    assert totalizer.rows(totalizer.Node(None), 3, text) == []
