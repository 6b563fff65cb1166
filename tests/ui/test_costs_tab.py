"""The campaign editor's costs tab and the cost dialog.

The figures shown are compared with sums computed here from the raw rows (cost entries,
the actions' fixed and per-contact costs, their members), not with the core's results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    Cost,
    CostBasis,
    CostKind,
    MassRun,
)
from desktop.settings import Settings
from desktop.ui.cost_dialog import CostDialog
from desktop.ui.costs_tab import CostsTab, signed_money
from desktop.ui.labels import format_money

SPRING = 1  # the demo's finished mailing: two actions, estimates, an invoice


def drive(monkeypatch: pytest.MonkeyPatch, fill: Callable[[CostDialog], None]) -> list[CostDialog]:
    """The next cost dialogs run ``fill`` on the real dialog instead of waiting for the clerk."""
    opened: list[CostDialog] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(CostDialog, "exec", exec_)
    return opened


@pytest.fixture
def ctx(demo_db: Database) -> AppContext:
    return AppContext(settings=Settings(), db=demo_db, language="en")


@pytest.fixture
def tab(qtbot, ctx: AppContext, message_boxes) -> CostsTab:
    widget = CostsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.show_campaign(SPRING)
    return widget


def _cents(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def expected_money(db: Database, campaign_id: int) -> dict[int | None, tuple[Decimal, Decimal]]:
    """(estimated, actual) per action id and None for the whole campaign, from the raw rows."""
    result: dict[int | None, list[Decimal]] = {None: [Decimal(0), Decimal(0)]}
    with db.session() as session:
        for action in session.scalars(select(CampaignAction).where(CampaignAction.campaign_id == campaign_id)):
            receivers = session.scalar(select(func.count()).select_from(ActionMember).where(
                ActionMember.action_id == action.id, ActionMember.linked.is_(True),
                ActionMember.exclusion_reason == ""))
            result[action.id] = [_cents(action.fixed_cost) + _cents(action.cost_per_contact) * receivers,
                                 Decimal(0)]
        for cost in session.scalars(select(Cost).where(Cost.campaign_id == campaign_id)):
            result[cost.action_id][0 if cost.kind is CostKind.ESTIMATED else 1] += _cents(cost.amount)
    return {key: (value[0], value[1]) for key, value in result.items()}


def overview_rows(tab: CostsTab) -> list[list[str]]:
    table = tab.overview
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def entry_rows(tab: CostsTab) -> list[list[str]]:
    table = tab.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def test_overview_shows_estimated_and_actual_per_action_and_in_total(tab: CostsTab, demo_db: Database) -> None:
    expected = expected_money(demo_db, SPRING)
    rows = overview_rows(tab)
    with demo_db.session() as session:
        actions = session.execute(select(CampaignAction.id, CampaignAction.sequence, CampaignAction.name)
                                  .where(CampaignAction.campaign_id == SPRING)
                                  .order_by(CampaignAction.sequence)).all()
    assert len(rows) == len(actions) + 2
    for row, (action_id, sequence, name) in zip(rows, actions, strict=False):
        estimated, actual = expected[action_id]
        assert row[:5] == [str(sequence), name, format_money(estimated), format_money(actual),
                           signed_money(actual - estimated)]
    estimated, actual = expected[None]
    assert rows[-2][1:5] == ["(whole campaign)", format_money(estimated), format_money(actual),
                             signed_money(actual - estimated)]
    total_estimated = sum(pair[0] for pair in expected.values())
    total_actual = sum(pair[1] for pair in expected.values())
    assert rows[-1][1:4] == ["Total", format_money(total_estimated), format_money(total_actual)]
    assert total_estimated > 0 and total_actual > 0  # the demo has both
    assert tab.overview.item(len(rows) - 1, 2).font().bold()
    assert not tab.overview.item(0, 2).font().bold()

    with demo_db.session() as session:
        budget = session.scalar(select(Campaign.budget).where(Campaign.id == SPRING))
    share = round(float(total_actual / budget) * 100)
    assert tab.budget_label.text() == f"Budget {format_money(budget)}, used {share} %"
    assert tab.budget_bar.isVisible() and tab.budget_bar.value() == share
    assert not tab.budget_bar.property("over_budget")


def test_over_budget_turns_the_bar_red_and_no_budget_is_said(tab: CostsTab, demo_db: Database) -> None:
    with demo_db.session() as session:
        session.get(Campaign, SPRING).budget = Decimal("1.00")
    tab.show_campaign(SPRING)
    assert tab.budget_bar.property("over_budget") is True
    assert "#c62828" in tab.budget_bar.styleSheet()
    assert tab.budget_bar.value() == 100

    with demo_db.session() as session:
        session.get(Campaign, SPRING).budget = None
    tab.show_campaign(SPRING)
    assert tab.budget_label.text() == "No budget set"
    assert tab.budget_bar.isHidden()


def test_new_invoice_is_saved_with_all_fields_and_raises_the_actual_costs(
        tab: CostsTab, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    before = expected_money(demo_db, SPRING)
    with demo_db.session() as session:
        action_id, name = session.execute(select(CampaignAction.id, CampaignAction.name).where(
            CampaignAction.campaign_id == SPRING).order_by(CampaignAction.sequence)).first()

    def fill(dialog: CostDialog) -> None:
        assert dialog.date_edit.date() == QDate.currentDate()  # today by default
        dialog.invoice_number_edit.setText("RE-77")
        dialog.supplier_edit.setText("Lettershop Meier")
        dialog.date_edit.setDate(QDate(2026, 3, 14))
        dialog.amount_spin.setValue(1234.5)
        dialog.action_combo.setCurrentIndex(dialog.action_combo.findData(action_id))
        dialog.description_edit.setText("Kuvertieren")
        dialog.accept()

    opened = drive(monkeypatch, fill)
    tab.invoice_button.click()
    assert len(opened) == 1

    with demo_db.session() as session:
        cost = session.scalar(select(Cost).where(Cost.invoice_number == "RE-77"))
        assert (cost.campaign_id, cost.action_id, cost.kind, cost.basis, cost.amount, cost.supplier,
                cost.cost_date, cost.description, cost.mass_run_id) == (
            SPRING, action_id, CostKind.ACTUAL, CostBasis.INVOICE, Decimal("1234.50"), "Lettershop Meier",
            dt.date(2026, 3, 14), "Kuvertieren", None)
    after = expected_money(demo_db, SPRING)
    assert after[action_id][1] == before[action_id][1] + Decimal("1234.50")
    assert overview_rows(tab)[0][3] == format_money(after[action_id][1])
    chosen = entry_rows(tab)[tab.table.currentRow()]
    assert chosen[:8] == ["Actual", "Invoice", f"1  {name}", format_money(Decimal("1234.50")), "3/14/2026", "RE-77",
                          "Lettershop Meier", "Kuvertieren"]


def test_estimate_per_contact_computes_the_amount(tab: CostsTab, demo_db: Database,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: CostDialog) -> None:
        assert not dialog.quantity_spin.isVisibleTo(dialog)
        dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData(CostBasis.PER_CONTACT))
        assert dialog.quantity_spin.isVisibleTo(dialog) and dialog.amount_spin.isReadOnly()
        dialog.quantity_spin.setValue(200)
        dialog.unit_spin.setValue(0.85)
        assert dialog.amount_spin.value() == pytest.approx(170.0)
        dialog.description_edit.setText("Porto")
        dialog.accept()

    drive(monkeypatch, fill)
    tab.estimate_button.click()
    with demo_db.session() as session:
        cost = session.scalar(select(Cost).where(Cost.description == "Porto"))
        assert (cost.kind, cost.basis, cost.action_id, cost.quantity, cost.unit_amount, cost.amount) == (
            CostKind.ESTIMATED, CostBasis.PER_CONTACT, None, 200, Decimal("0.85"), Decimal("170.00"))
    assert overview_rows(tab)[-2][2] == format_money(expected_money(demo_db, SPRING)[None][0])


def test_invoice_without_supplier_is_refused_naming_the_field(
        tab: CostsTab, demo_db: Database, monkeypatch: pytest.MonkeyPatch, message_boxes) -> None:
    with demo_db.session() as session:
        count = session.scalar(select(func.count()).select_from(Cost))
    stayed_open: list[bool] = []

    def fill(dialog: CostDialog) -> None:
        dialog.invoice_number_edit.setText("RE-78")
        dialog.amount_spin.setValue(50)
        message_boxes.answer("OK")
        dialog.accept()
        stayed_open.append(dialog.result() != QDialog.DialogCode.Accepted)
        assert dialog.focusWidget() is dialog.supplier_edit
        dialog.reject()

    drive(monkeypatch, fill)
    tab.invoice_button.click()
    assert stayed_open == [True]
    assert message_boxes.last.text == "Please enter the supplier."
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Cost)) == count


def _book_run_cost(db: Database) -> int:
    with db.session() as session:
        action_id = session.scalar(select(CampaignAction.id).where(CampaignAction.campaign_id == SPRING)
                                   .order_by(CampaignAction.sequence))
        run = MassRun(action_id=action_id)
        session.add(run)
        session.flush()
        cost = Cost(campaign_id=SPRING, action_id=action_id, kind=CostKind.ACTUAL, basis=CostBasis.PER_CONTACT,
                    amount=Decimal("9.90"), quantity=11, unit_amount=Decimal("0.90"), mass_run_id=run.id,
                    cost_date=dt.date(2026, 4, 1), description="Porto")
        session.add(cost)
        session.flush()
        return cost.id


def test_run_booked_entry_cannot_be_edited_or_deleted(tab: CostsTab, demo_db: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    cost_id = _book_run_cost(demo_db)
    tab.show_campaign(SPRING, cost_id)
    row = tab.table.currentRow()
    assert tab.current().id == cost_id and tab.current().from_run
    assert entry_rows(tab)[row][0] == "Actual, booked by mass run"
    assert tab.table.item(row, 0).font().italic()
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    assert tab.read_only_note.isVisible()
    opened = drive(monkeypatch, lambda dialog: dialog.reject())
    tab.edit()  # double-click or Return: nothing opens
    tab.delete()  # the Delete key: nothing is asked (an unexpected box would fail the test)
    assert opened == []
    with demo_db.session() as session:
        assert session.get(Cost, cost_id) is not None

    tab.table.selectRow(0)  # an estimate entered by hand
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()


def test_delete_asks_first(tab: CostsTab, demo_db: Database, message_boxes) -> None:
    with demo_db.session() as session:
        cost_id = session.scalar(select(Cost.id).where(Cost.campaign_id == SPRING, Cost.kind == CostKind.ESTIMATED)
                                 .order_by(Cost.id))
    tab.show_campaign(SPRING, cost_id)
    assert tab.current().id == cost_id
    count = tab.table.rowCount()

    message_boxes.answer("Cancel")
    tab.delete_button.click()
    assert message_boxes.last.text.startswith("Delete the estimate")
    with demo_db.session() as session:
        assert session.get(Cost, cost_id) is not None
    assert tab.table.rowCount() == count

    message_boxes.answer("Delete")
    tab.delete_button.click()
    with demo_db.session() as session:
        assert session.get(Cost, cost_id) is None
    assert tab.table.rowCount() == count - 1
    assert overview_rows(tab)[-2][2] == format_money(expected_money(demo_db, SPRING)[None][0])


def test_change_by_someone_else_is_explained_and_reloaded(
        tab: CostsTab, demo_db: Database, monkeypatch: pytest.MonkeyPatch, message_boxes) -> None:
    with demo_db.session() as session:
        cost_id = session.scalar(select(Cost.id).where(Cost.campaign_id == SPRING, Cost.kind == CostKind.ESTIMATED)
                                 .order_by(Cost.id))
    tab.show_campaign(SPRING, cost_id)
    with demo_db.session() as session:  # another clerk, meanwhile
        session.get(Cost, cost_id).description = "Gestaltung und Satz"

    def fill(dialog: CostDialog) -> None:
        dialog.amount_spin.setValue(150)
        message_boxes.answer("OK")
        dialog.accept()

    drive(monkeypatch, fill)
    tab.edit_button.click()
    assert "Another user changed or deleted" in message_boxes.last.text
    with demo_db.session() as session:
        assert session.get(Cost, cost_id).amount == Decimal("100.00")
    assert "Gestaltung und Satz" in [row[7] for row in entry_rows(tab)]


def test_costs_tab_sits_after_the_campaign_tab(qtbot, ctx: AppContext, message_boxes) -> None:
    from desktop.ui.campaign_editor import CampaignEditor

    editor = CampaignEditor(ctx)
    qtbot.addWidget(editor)
    tabs = editor.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "&General", "&Campaign", "Cos&ts", "Response t&ypes", "Tas&ks"]
    editor.open(SPRING)
    assert editor.costs_tab.campaign_id == SPRING and editor.costs_tab.table.rowCount() > 0
    editor.open(0)
    assert not editor.costs_tab.isEnabled() and editor.costs_tab.table.rowCount() == 0
