"""Cost entries and estimated/actual money (``desktop.campaigns.costs``) against the raw rows.

Each step runs in its own ``db.session()``, as the costs tab does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, func, select

from desktop.campaigns import costs
from desktop.campaigns.costs import CostEntry, InvalidCost, Problem
from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import Cost, CostBasis, CostKind

ZERO = Decimal(0)


def parts_by_hand(raw: Any, campaign_id: int, action_id: int | None) -> dict[str, Any]:
    """The parts of ``costs.Money`` for an action (or the entries without one), from the rows."""
    parts = dict.fromkeys(("fixed", "per_contact", "estimated_other", "from_runs", "invoices", "actual_other"), ZERO)
    parts["contacts"] = 0
    if action_id is not None:
        action = raw.action(action_id)
        receivers = [m for m in raw.members if m["action_id"] == action_id and m["linked"]
                     and m["exclusion_reason"] == ""]
        parts["fixed"] = action["fixed_cost"]
        parts["per_contact"] = action["cost_per_contact"] * len(receivers)
        parts["contacts"] = len(receivers)
    for c in raw.costs:
        if c["campaign_id"] != campaign_id or c["action_id"] != action_id:
            continue
        if c["kind"] is CostKind.ESTIMATED:
            name = "estimated_other"
        elif c["mass_run_id"] is not None:
            name = "from_runs"
        elif c["basis"] is CostBasis.INVOICE:
            name = "invoices"
        else:
            name = "actual_other"
        parts[name] += c["amount"]
    return parts


def as_parts(money: costs.Money) -> dict[str, Any]:
    return {n: getattr(money, n) for n in ("fixed", "per_contact", "estimated_other", "from_runs", "invoices",
                                           "actual_other", "contacts")}


def test_money_parts_match_the_raw_rows(db: Database, demo: Any, raw: Any) -> None:
    with db.session() as session:
        result = costs.money(session, demo.campaign)
    assert set(result.actions) == set(demo.actions.values())
    total = dict.fromkeys(("fixed", "per_contact", "estimated_other", "from_runs", "invoices", "actual_other"), ZERO)
    total["contacts"] = 0
    for action_id, money in result.actions.items():
        want = parts_by_hand(raw, demo.campaign, action_id)
        assert as_parts(money) == want, raw.action(action_id)["name"]
        total = {k: total[k] + want[k] for k in total}
    whole = parts_by_hand(raw, demo.campaign, None)
    assert as_parts(result.campaign) == whole
    total = {k: total[k] + whole[k] for k in total}
    assert as_parts(result.total) == total
    assert result.total.estimated == sum((total[k] for k in ("fixed", "per_contact", "estimated_other")), ZERO)
    assert result.total.actual == sum((total[k] for k in ("from_runs", "invoices", "actual_other")), ZERO)
    assert result.total.difference == result.total.actual - result.total.estimated
    assert result.budget == Decimal("1000.00")
    assert result.budget_used == pytest.approx(float(result.total.actual / Decimal("1000.00")))


def test_money_written_out(db: Database, demo: Any) -> None:
    with db.session() as session:
        result = costs.money(session, demo.campaign)
    invitation = result.actions[demo.actions["invitation"]]
    # 6 linked; P7 unlinked by hand and P8 (deceased) get no letter.
    assert as_parts(invitation) == {"fixed": Decimal("150.00"), "per_contact": Decimal("5.10"),
                                    "estimated_other": Decimal("80.00"), "from_runs": Decimal("4.25"),
                                    "invoices": Decimal("199.99"), "actual_other": ZERO, "contacts": 6}
    assert as_parts(result.actions[demo.actions["reminder"]])["per_contact"] == Decimal("0.40")  # 4 × 0.10
    assert as_parts(result.campaign) == {"fixed": ZERO, "per_contact": ZERO, "estimated_other": Decimal("25.50"),
                                         "from_runs": ZERO, "invoices": Decimal("300.00"),
                                         "actual_other": Decimal("10.01"), "contacts": 0}
    assert (result.total.estimated, result.total.actual) == (Decimal("329.40"), Decimal("555.75"))
    # Amounts come back as cents on both backends (SQLite sums NUMERIC as a float).
    assert all(v.as_tuple().exponent == -2 for v in (result.campaign.invoices, result.campaign.actual_other))


def test_entries_list_estimates_first_then_actual_ones_by_date(db: Database, demo: Any, raw: Any) -> None:
    with db.session() as session:
        listed = costs.entries(session, demo.campaign)
    mine = [c for c in raw.costs if c["campaign_id"] == demo.campaign]
    order = sorted(mine, key=lambda c: (c["kind"] is not CostKind.ESTIMATED, c["cost_date"] is None,
                                        c["cost_date"] or dt.date.min, c["id"]))
    assert [e.id for e in listed] == [c["id"] for c in order]
    kinds = [e.kind for e in listed]
    assert kinds == sorted(kinds, key=lambda k: k is not CostKind.ESTIMATED)
    for entry, row in zip(listed, order):
        assert (entry.campaign_id, entry.action_id, entry.kind, entry.basis, entry.amount, entry.quantity,
                entry.unit_amount, entry.invoice_number, entry.supplier, entry.cost_date, entry.description,
                entry.row_version) == (
            row["campaign_id"], row["action_id"], row["kind"], row["basis"], row["amount"], row["quantity"],
            row["unit_amount"], row["invoice_number"], row["supplier"], row["cost_date"], row["description"],
            row["row_version"])
        assert entry.from_run is (row["mass_run_id"] is not None)
    assert sum(e.from_run for e in listed) == 2
    assert listed[-1].cost_date is None and listed[-1].description == "Versanddienst"  # actual without date last


def entry(demo: Any, **values: Any) -> CostEntry:
    base = CostEntry(0, demo.campaign, demo.actions["invitation"], CostKind.ESTIMATED, CostBasis.FIXED,
                     Decimal("10.00"))
    return dataclasses.replace(base, **values)


def stored(db: Database, cost_id: int) -> dict[str, Any]:
    with db.session() as session:
        columns = Cost.__table__.columns
        row = session.execute(select(*columns).where(Cost.id == cost_id)).one()
        return dict(zip(columns.keys(), row))


def count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Cost))


def test_save_adds_an_estimate(db: Database, demo: Any) -> None:
    with db.session() as session:
        before = costs.money(session, demo.campaign).actions[demo.actions["follow_up"]].estimated
    with db.session() as session:
        new_id = costs.save(session, entry(demo, action_id=demo.actions["follow_up"], basis=CostBasis.PER_CONTACT,
                                           amount=Decimal("36.00"), quantity=30, unit_amount=Decimal("1.20"),
                                           description="  Porto  ", invoice_number="X", supplier="Y"))
    row = stored(db, new_id)
    assert (row["kind"], row["basis"], row["amount"], row["quantity"], row["unit_amount"], row["description"],
            row["mass_run_id"], row["row_version"]) == (
        CostKind.ESTIMATED, CostBasis.PER_CONTACT, Decimal("36.00"), 30, Decimal("1.20"), "Porto", None, 1)
    assert (row["invoice_number"], row["supplier"]) == ("", "")  # an estimate has no invoice fields
    with db.session() as session:
        after = costs.money(session, demo.campaign).actions[demo.actions["follow_up"]].estimated
    assert after - before == Decimal("36.00")


@pytest.mark.parametrize(("missing", "field_name", "problem"), [
    ({"invoice_number": "  "}, "invoice_number", Problem.INVOICE_NUMBER_REQUIRED),
    ({"supplier": ""}, "supplier", Problem.SUPPLIER_REQUIRED),
    ({"cost_date": None}, "cost_date", Problem.DATE_REQUIRED),
    ({"amount": Decimal(0)}, "amount", Problem.AMOUNT_REQUIRED),
])
def test_an_invoice_needs_number_supplier_date_and_amount(db: Database, demo: Any, missing: dict[str, Any],
                                                          field_name: str, problem: Problem) -> None:
    invoice = entry(demo, kind=CostKind.ACTUAL, basis=CostBasis.INVOICE, invoice_number="R-1", supplier="Druckerei",
                    cost_date=dt.date(2026, 3, 9))
    before = count(db)
    with pytest.raises(InvalidCost) as caught, db.session() as session:
        costs.save(session, dataclasses.replace(invoice, **missing))
    assert (caught.value.field, caught.value.problem) == (field_name, problem)
    assert count(db) == before


def test_an_action_of_another_campaign_is_refused(db: Database, demo: Any) -> None:
    before = count(db)
    for action_id in (demo.other_action, 999_999):
        with pytest.raises(InvalidCost) as caught, db.session() as session:
            costs.save(session, entry(demo, action_id=action_id))
        assert (caught.value.field, caught.value.problem) == ("action_id", Problem.ACTION_OF_OTHER_CAMPAIGN)
    assert count(db) == before


def test_an_invoice_is_stored_as_actual_whatever_kind_was_given(db: Database, demo: Any) -> None:
    with db.session() as session:
        new_id = costs.save(session, entry(demo, kind=CostKind.ESTIMATED, basis=CostBasis.INVOICE,
                                           amount=Decimal("49.90"), invoice_number=" R-99 ", supplier=" Papier AG ",
                                           cost_date=dt.date(2026, 3, 9)))
    row = stored(db, new_id)
    assert (row["kind"], row["basis"], row["invoice_number"], row["supplier"]) == (
        CostKind.ACTUAL, CostBasis.INVOICE, "R-99", "Papier AG")
    with db.session() as session:
        money = costs.money(session, demo.campaign).actions[demo.actions["invitation"]]
    assert money.invoices == Decimal("199.99") + Decimal("49.90")


def test_editing_checks_the_row_version(db: Database, demo: Any) -> None:
    with db.session() as session:
        new_id = costs.save(session, entry(demo))
    before = count(db)
    with db.session() as session:
        first = next(e for e in costs.entries(session, demo.campaign) if e.id == new_id)
    with db.session() as session:
        costs.save(session, dataclasses.replace(first, amount=Decimal("12.00")))
    assert stored(db, new_id)["row_version"] == first.row_version + 1
    with pytest.raises(ConcurrentEditError), db.session() as session:  # a second clerk still has the old one
        costs.save(session, dataclasses.replace(first, amount=Decimal("99.00")))
    assert stored(db, new_id)["amount"] == Decimal("12.00")
    with pytest.raises(ConcurrentEditError), db.session() as session:
        costs.delete(session, new_id, first.row_version)
    with db.session() as session:
        costs.delete(session, new_id, first.row_version + 1)
    assert count(db) == before - 1
    with db.session() as session:
        assert session.get(Cost, new_id) is None
    with pytest.raises(ConcurrentEditError), db.session() as session:  # deleted meanwhile
        costs.delete(session, new_id, None)


def test_a_change_saved_while_saving_is_a_concurrent_edit(db: Database, demo: Any) -> None:
    """Another clerk saves between reading the entry and writing it: the write finds no row of its version."""
    with db.session() as session:
        new_id = costs.save(session, entry(demo))
    with db.session() as session:
        first = next(e for e in costs.entries(session, demo.campaign) if e.id == new_id)
    with pytest.raises(ConcurrentEditError) as caught, db.session() as mine:
        def other_clerk(*_args: object) -> None:
            with db.session() as theirs:
                costs.save(theirs, dataclasses.replace(first, amount=Decimal("20.00")))

        event.listen(mine, "before_flush", other_clerk, once=True)
        costs.save(mine, dataclasses.replace(first, amount=Decimal("30.00")))
    assert (caught.value.entity, caught.value.record_id) == ("cost", new_id)
    row = stored(db, new_id)
    assert (row["amount"], row["row_version"]) == (Decimal("20.00"), first.row_version + 1)


def test_run_booked_entries_cannot_be_changed_or_deleted(db: Database, demo: Any) -> None:
    with db.session() as session:
        booked = next(e for e in costs.entries(session, demo.campaign) if e.id == demo.run_cost)
    assert booked.from_run
    with pytest.raises(InvalidCost) as caught, db.session() as session:
        costs.delete(session, booked.id, booked.row_version)
    assert caught.value.problem is Problem.BOOKED_BY_RUN
    with pytest.raises(InvalidCost) as caught, db.session() as session:
        costs.save(session, dataclasses.replace(booked, amount=Decimal("1.00")))
    assert caught.value.problem is Problem.BOOKED_BY_RUN
    row = stored(db, booked.id)
    assert (row["amount"], row["row_version"]) == (Decimal("4.25"), booked.row_version)


def test_per_unit() -> None:
    assert costs.per_unit(Decimal(10), 3) == Decimal("3.33")
    assert costs.per_unit(Decimal("204.24"), 6) == Decimal("34.04")
    assert costs.per_unit(Decimal(10), 0) is None
    assert costs.per_unit(Decimal(10), -1) is None
    assert costs.per_unit(Decimal(0), 4) == Decimal("0.00")
    assert costs.per_unit(Decimal("0.25"), 2) == Decimal("0.13")  # half up, as invoices round
