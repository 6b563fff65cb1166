"""A campaign's totals (``desktop.campaigns.totals``) against counts made by hand from the raw rows.

The demo campaign (see conftest) has two generated actions with a dossier item per contact,
one action not generated, and one with a single dossier item whose contacts are its runs'
items. Every expected figure is counted here in Python over the stored rows.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from desktop.campaigns import totals
from desktop.db.engine import Database

CENT = Decimal("0.01")


def per(amount: Decimal, units: int) -> Decimal | None:
    return (amount / units).quantize(CENT, rounding=ROUND_HALF_UP) if units else None


def assert_totals(got: totals.Totals, want: Any, what: str) -> None:
    counts = ("linked", "not_linked", "generated", "handled", "open", "responded")
    assert {n: getattr(got, n) for n in counts} == {n: getattr(want, n) for n in counts}, what
    assert list(got.responses.items()) == list(want.responses.items()), what
    assert got.response_rate == (want.responded / want.generated if want.generated else None), what
    money = ("fixed", "per_contact", "estimated_other", "from_runs", "invoices", "actual_other")
    assert {n: getattr(got.money, n) for n in money} == {n: getattr(want, n) for n in money}, what
    assert (got.money.estimated, got.money.actual, got.money.difference) == (
        want.estimated, want.actual, want.actual - want.estimated), what
    assert got.cost_per_contact == per(want.actual, want.generated), what
    assert got.cost_per_response == per(want.actual, want.responded), what


def test_every_action_and_the_campaign_match_the_raw_rows(db: Database, demo: Any, raw: Any) -> None:
    by_action, whole = raw.totals(demo.campaign)
    with db.session() as session:
        result = totals.campaign_totals(session, demo.campaign)
    assert [a.action_id for a in result.actions] == [a["id"] for a in raw.actions_of(demo.campaign)]
    for row in result.actions:
        action = raw.action(row.action_id)
        assert (row.sequence, row.name, row.channel) == (action["sequence"], action["name"], action["channel"])
        assert_totals(row.totals, by_action[row.action_id], f"action {row.name}")
    assert_totals(result.campaign, whole, "campaign")
    assert result.response_types == raw.type_names(demo.campaign)
    budget = next(c["budget"] for c in raw.campaigns if c["id"] == demo.campaign)
    assert result.budget_used == pytest.approx(float(whole.actual / budget))


def test_the_demo_figures_are_the_ones_the_scenario_describes(db: Database, demo: Any) -> None:
    """The same figures written out, so a mistake in the counting above cannot hide one in the code."""
    with db.session() as session:
        result = totals.campaign_totals(session, demo.campaign)
    rows = {a.name: a.totals for a in result.actions}
    invitation, reminder, follow_up, insert = (rows[n] for n in ("Einladung", "Erinnerung", "Nachfass", "Beilage"))
    figures = ("linked", "not_linked", "generated", "handled", "open", "responded")
    assert [getattr(invitation, f) for f in figures] == [6, 2, 6, 4, 2, 4]
    assert invitation.responses == {"Zusage": 3, "Absage": 1, "Info angefordert": 1, "Alt": 0}
    assert list(invitation.responses) == ["Zusage", "Absage", "Info angefordert", "Alt"]
    assert [getattr(reminder, f) for f in figures] == [4, 1, 4, 2, 2, 1]
    assert reminder.responses == {"Zusage": 0, "Absage": 1, "Info angefordert": 0, "Alt": 0}
    # Not generated: nothing reached, no rate, no cost per contact.
    assert [getattr(follow_up, f) for f in figures] == [3, 1, 0, 0, 0, 0]
    assert (follow_up.response_rate, follow_up.cost_per_contact, follow_up.cost_per_response) == (None, None, None)
    # One dossier item for all: P1, P2 (in both runs) and P3 were made; failed, skipped, planned, rendered not.
    assert [getattr(insert, f) for f in figures] == [5, 0, 3, 0, 0, 0]
    assert (invitation.money.estimated, invitation.money.actual) == (Decimal("235.10"), Decimal("204.24"))
    assert (reminder.money.estimated, reminder.money.actual) == (Decimal("12.70"), Decimal("40.00"))
    assert (follow_up.money.estimated, follow_up.money.actual) == (Decimal("53.60"), Decimal(0))
    assert (insert.money.estimated, insert.money.actual) == (Decimal("2.50"), Decimal("1.50"))
    assert invitation.response_rate == pytest.approx(4 / 6)
    assert invitation.cost_per_contact == Decimal("34.04")  # 204.24 / 6
    assert invitation.cost_per_response == Decimal("51.06")  # 204.24 / 4
    whole = result.campaign
    assert [getattr(whole, f) for f in figures] == [18, 4, 13, 6, 4, 5]
    assert whole.responses == {"Zusage": 3, "Absage": 2, "Info angefordert": 1, "Alt": 0}
    assert (whole.money.estimated, whole.money.actual, whole.money.difference) == (
        Decimal("329.40"), Decimal("555.75"), Decimal("226.35"))
    assert whole.cost_per_contact == Decimal("42.75")  # 555.75 / 13
    assert whole.cost_per_response == Decimal("111.15")  # 555.75 / 5
    assert result.budget_used == pytest.approx(0.55575)


def test_the_other_campaign_is_counted_on_its_own(db: Database, demo: Any, raw: Any) -> None:
    by_action, whole = raw.totals(demo.other_campaign)
    with db.session() as session:
        result = totals.campaign_totals(session, demo.other_campaign)
    assert [a.action_id for a in result.actions] == [demo.other_action]
    assert_totals(result.actions[0].totals, by_action[demo.other_action], "other action")
    assert_totals(result.campaign, whole, "other campaign")
    assert result.response_types == ["Zusage"]
    assert result.budget_used is None  # no budget


def test_action_totals_are_the_campaigns_row(db: Database, demo: Any, raw: Any) -> None:
    by_action, _whole = raw.totals(demo.campaign)
    with db.session() as session:
        for action_id in demo.actions.values():
            assert_totals(totals.action_totals(session, action_id), by_action[action_id], f"action {action_id}")
        assert totals.action_totals(session, 999_999) is None


def test_a_campaign_without_anything_has_zero_figures(db: Database, demo: Any) -> None:
    from desktop.db.models import Campaign

    with db.session() as session:
        empty = Campaign(number="2026-003", name="Leer")
        session.add(empty)
        session.flush()
        result = totals.campaign_totals(session, empty.id)
    assert result.actions == [] and result.response_types == []
    assert (result.campaign.generated, result.campaign.response_rate, result.campaign.cost_per_contact) == (0, None, None)
    assert (result.campaign.money.estimated, result.campaign.money.actual, result.budget_used) == (0, 0, None)


def test_a_used_type_replaced_by_one_of_the_same_name_is_not_counted_twice(db: Database, demo: Any) -> None:
    """The campaign editor removes the used type "Zusage" and adds a new "Zusage" in one save.

    ``save_response_types`` keeps the used one (inactive) beside the new one. The report and
    the figures panel show one column per entry of ``response_types`` with
    ``responses[name]``: every response must be shown once.
    """
    from desktop.contacts import follow_up

    with db.session() as session:
        kept = [follow_up.ResponseTypeData(r.id, r.name, r.active)
                for r in follow_up.response_type_rows(session, demo.campaign) if r.name != "Zusage"]
        follow_up.save_response_types(session, demo.campaign, [*kept, follow_up.ResponseTypeData(0, "Zusage")])
    with db.session() as session:
        result = totals.campaign_totals(session, demo.campaign)
    recorded = 6  # the campaign's responses, see conftest
    shown = sum(result.campaign.responses.get(name, 0) for name in result.response_types)
    assert shown == recorded, (
        f"response_types {result.response_types} with responses {result.campaign.responses} show {shown} "
        f"responses for {recorded} recorded")
