"""The totals and costs on the "Campaign" tab, for the chosen action and for the campaign.

Expected figures are counted here from the raw rows (members, dossier items, responses,
cost entries), not taken from the core's totals.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    CampaignAction,
    Cost,
    CostKind,
    DossierItem,
    Response,
    ResponseType,
)
from desktop.ui.costs_tab import signed_money
from desktop.ui.labels import format_money

SPRING = 1  # the demo's finished mailing: two actions with letters, responses, an invoice


def counted(db: Database, action_ids: list[int]) -> dict[str, tuple[str, ...] | str]:
    """The figures of the actions ``action_ids`` together, as the grid shows them, from the raw rows."""
    with db.session() as session:
        def members(linked: bool) -> int:
            return session.scalar(select(func.count()).select_from(ActionMember).where(
                ActionMember.action_id.in_(action_ids), ActionMember.linked.is_(linked)))

        def items(*where: object) -> int:
            return session.scalar(select(func.count()).select_from(DossierItem).where(
                DossierItem.action_id.in_(action_ids), DossierItem.person_id.is_not(None), *where))

        generated, handled = items(), items(DossierItem.handled.is_(True))
        responded = session.scalar(select(func.count(func.distinct(Response.dossier_item_id)))
                                   .join(DossierItem, DossierItem.id == Response.dossier_item_id)
                                   .where(DossierItem.action_id.in_(action_ids)))
        types = session.execute(select(ResponseType.id, ResponseType.name)
                                .where(ResponseType.campaign_id == SPRING)).all()
        per_type = {name: session.scalar(select(func.count()).select_from(Response)
                                         .join(DossierItem, DossierItem.id == Response.dossier_item_id)
                                         .where(DossierItem.action_id.in_(action_ids),
                                                Response.response_type_id == type_id))
                    for type_id, name in types}
    figures: dict[str, tuple[str, ...] | str] = {
        "Linked / not linked": f"{members(True)} / {members(False)}",
        "Generated": str(generated),
        "Handled / open": f"{handled} / {generated - handled}",
        "Response rate": f"{round(100 * responded / generated)} %" if generated else "–",
    }
    figures.update({name: str(count) for name, count in per_type.items()})
    return figures


def actual_and_estimated(db: Database, action_id: int) -> tuple[Decimal, Decimal]:
    with db.session() as session:
        action = session.get(CampaignAction, action_id)
        receivers = session.scalar(select(func.count()).select_from(ActionMember).where(
            ActionMember.action_id == action_id, ActionMember.linked.is_(True), ActionMember.exclusion_reason == ""))
        estimated = (action.fixed_cost or 0) + (action.cost_per_contact or 0) * receivers
        actual = Decimal(0)
        for cost in session.scalars(select(Cost).where(Cost.action_id == action_id)):
            if cost.kind is CostKind.ESTIMATED:
                estimated += cost.amount
            else:
                actual += cost.amount
    return Decimal(estimated).quantize(Decimal("0.01")), actual.quantize(Decimal("0.01"))


def add_responses(db: Database) -> None:
    """Two responses of different types to two letters of the second action, one more to the first letter."""
    with db.session() as session:
        second = session.scalar(select(CampaignAction.id).where(CampaignAction.campaign_id == SPRING)
                                .order_by(CampaignAction.sequence.desc()))
        items = session.scalars(select(DossierItem.id).where(DossierItem.action_id == second)
                                .order_by(DossierItem.id).limit(2)).all()
        types = session.scalars(select(ResponseType.id).where(ResponseType.campaign_id == SPRING)
                                .order_by(ResponseType.id).limit(2)).all()
        session.add_all([Response(dossier_item_id=items[0], response_type_id=types[0]),
                         Response(dossier_item_id=items[1], response_type_id=types[1]),
                         Response(dossier_item_id=items[0], response_type_id=types[1])])


def open_spring(main_window, demo_db: Database):
    add_responses(demo_db)
    window = main_window(demo_db, size=(1200, 800))
    window.editor.open(SPRING)
    window.editor.ui.tabs.setCurrentWidget(window.editor.ui.campaignTab)
    QApplication.processEvents()
    return window


def action_ids(db: Database) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(CampaignAction.id).where(CampaignAction.campaign_id == SPRING)
                                    .order_by(CampaignAction.sequence)))


def check_figures(window, db: Database, action_id: int) -> None:
    shown = window.editor.campaign_tab.figures.totals_view.texts()
    for_action = counted(db, [action_id])
    for_campaign = counted(db, action_ids(db))
    assert {caption: values[0] for caption, values in shown.items()} == for_action
    assert {caption: values[1] for caption, values in shown.items()} == for_campaign


def test_totals_equal_the_counted_rows_and_follow_the_chosen_action(demo_db: Database, main_window) -> None:
    window = open_spring(main_window, demo_db)
    tab = window.editor.campaign_tab
    first, second = action_ids(demo_db)
    assert tab.action_list.current().id == first
    check_figures(window, demo_db, first)
    assert tab.figures.totals_view.action_header.text() == "Action 1"

    tab.action_list.table.selectRow(1)
    assert tab.figures.totals_view.action_header.text() == "Action 2"
    check_figures(window, demo_db, second)
    # Not a comparison of zeros: the demo's letters were generated and answered.
    shown = tab.figures.totals_view.texts()
    assert int(shown["Generated"][0]) > 0
    with demo_db.session() as session:
        types = session.scalars(select(ResponseType.name).where(ResponseType.campaign_id == SPRING)).all()
    assert sum(int(shown[name][1]) for name in types) > 0


def test_costs_equal_the_entries_and_follow_the_chosen_action(demo_db: Database, main_window) -> None:
    window = open_spring(main_window, demo_db)
    tab = window.editor.campaign_tab
    for row, action_id in enumerate(action_ids(demo_db)):
        tab.action_list.table.selectRow(row)
        estimated, actual = actual_and_estimated(demo_db, action_id)
        shown = tab.figures.costs_view.texts()
        assert shown["Estimated"][0] == format_money(estimated)
        assert shown["Actual"][0] == format_money(actual)
        assert shown["Difference"][0] == signed_money(actual - estimated)
        assert shown["Budget used"][0] == "–"
    # The campaign: its actions' estimates, the estimates of the whole campaign, every actual entry.
    with demo_db.session() as session:
        whole = sum(session.scalars(select(Cost.amount).where(
            Cost.campaign_id == SPRING, Cost.kind == CostKind.ESTIMATED, Cost.action_id.is_(None))), Decimal(0))
        actual = sum(session.scalars(select(Cost.amount).where(
            Cost.campaign_id == SPRING, Cost.kind == CostKind.ACTUAL)), Decimal(0))
    estimated = whole + sum(actual_and_estimated(demo_db, a)[0] for a in action_ids(demo_db))
    shown = tab.figures.costs_view.texts()
    assert shown["Estimated"][1] == format_money(estimated)
    assert shown["Actual"][1] == format_money(actual)
    assert shown["Budget used"][1].endswith("%")


def test_figures_follow_a_target_group_change(demo_db: Database, main_window, message_boxes) -> None:
    window = open_spring(main_window, demo_db)
    tab = window.editor.campaign_tab
    tab.action_list.table.selectRow(1)
    second = action_ids(demo_db)[1]
    before = tab.figures.totals_view.texts()["Linked / not linked"]
    panel = tab.target_group
    panel.view.selectRow(0)
    panel.set_linked(False)
    after = tab.figures.totals_view.texts()["Linked / not linked"]
    assert after != before
    assert after[0] == counted(demo_db, [second])["Linked / not linked"]
    estimated, _actual = actual_and_estimated(demo_db, second)
    assert tab.figures.costs_view.texts()["Estimated"][0] == format_money(estimated)


def test_figures_fit_their_group_boxes_at_the_default_size(demo_db: Database, main_window) -> None:
    window = open_spring(main_window, demo_db)
    ui = window.editor.ui
    tab = window.editor.campaign_tab
    tab.action_list.table.selectRow(1)
    QApplication.processEvents()
    figures = tab.figures
    for group, area, view in ((ui.totalsGroup, figures.totals_area, figures.totals_view),
                              (ui.costsGroup, figures.costs_area, figures.costs_view)):
        assert view.isVisible() and area.isVisible()
        # Everything in view: the grid needs no scrolling, and no label is narrower than its text.
        assert area.verticalScrollBar().maximum() == 0, f"{group.title()} must scroll"
        assert area.horizontalScrollBar().maximum() == 0, f"{group.title()} must scroll"
        assert area.viewport().height() >= view.minimumSizeHint().height()
        for label in view.findChildren(QLabel):
            if label.isVisible():
                assert label.width() >= label.sizeHint().width(), f"{label.text()} is cut off"
                assert label.height() >= label.minimumSizeHint().height(), f"{label.text()} is cut off"


def test_the_height_the_clerk_gives_the_figures_is_kept_for_the_next_start(demo_db: Database, main_window) -> None:
    window = open_spring(main_window, demo_db)
    splitter = window.editor.ui.figuresSplitter
    list_height, figures_height = splitter.sizes()
    # The clerk drags the line down: more members in view, the figures scroll.
    splitter.moveSplitter(list_height + 80, 1)
    QApplication.processEvents()
    moved = splitter.sizes()[1]
    assert moved < figures_height
    window.save_state()

    again = main_window(demo_db, size=(1200, 800))
    again.editor.open(SPRING)
    again.editor.ui.tabs.setCurrentWidget(again.editor.ui.campaignTab)
    QApplication.processEvents()
    QApplication.processEvents()
    assert again.editor.ui.figuresSplitter.sizes()[1] == moved
