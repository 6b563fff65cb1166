"""The campaign editor's response types and follow-up rules, and its two new tabs.

Every change is saved at once; what the tab shows is compared with rows read from the
database independently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from sqlalchemy import func, select

from desktop.contacts import tasks
from desktop.contacts.tasks import NewTask
from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import (
    DossierItem,
    DossierItemType,
    Employee,
    FollowUpRule,
    Person,
    Response,
    ResponseType,
    Task,
)
from desktop.settings import Settings
from desktop.ui.campaign_editor import CampaignEditor
from desktop.ui.follow_up_rule_dialog import FollowUpRuleDialog
from desktop.ui.response_setup_tab import ResponseSetupTab

FAIR, NEWSLETTER = 2, 3  # demo campaigns
INVITATION = 3  # the fair's letter action, with three follow-up rules


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable[[Any], None]) -> list[Any]:
    """The next ``exec`` of ``dialog_class`` runs ``fill`` on the real dialog instead of waiting."""
    opened: list[Any] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return opened


def typed(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The next input boxes answer ``text``; returns the texts they were opened with."""
    asked: list[str] = []
    answer = text

    def get_text(_parent: Any, _title: str, _label: str, *args: Any, text: str = "", **kwargs: Any) -> tuple[str, bool]:
        asked.append(text)
        return answer, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


@pytest.fixture
def ctx(demo_db: Database) -> AppContext:
    return AppContext(settings=Settings(), db=demo_db, language="en")


@pytest.fixture
def tab(qtbot, ctx: AppContext, message_boxes) -> ResponseSetupTab:
    widget = ResponseSetupTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def types_in_db(db: Database, campaign: int) -> list[tuple[str, bool]]:
    with db.session() as session:
        return [tuple(row) for row in session.execute(
            select(ResponseType.name, ResponseType.active).where(ResponseType.campaign_id == campaign)
            .order_by(ResponseType.sort_order, ResponseType.id))]


def listed(tab: ResponseSetupTab) -> list[tuple[str, bool]]:
    return [(tab.type_list.item(r).text(), tab.type_list.item(r).checkState() == Qt.CheckState.Checked)
            for r in range(tab.type_list.count())]


def choose_type(tab: ResponseSetupTab, name: str) -> None:
    tab.type_list.setCurrentRow([text for text, _ in listed(tab)].index(name))


def rules_in_db(db: Database, action: int) -> list[tuple[str, str, int | None, int, bool]]:
    with db.session() as session:
        return [tuple(row) for row in session.execute(
            select(ResponseType.name, FollowUpRule.subject, FollowUpRule.assignee_id, FollowUpRule.due_in_days,
                   FollowUpRule.working_days)
            .join(ResponseType, ResponseType.id == FollowUpRule.response_type_id)
            .where(FollowUpRule.action_id == action).order_by(FollowUpRule.id))]


def rule_cells(tab: ResponseSetupTab) -> list[list[str]]:
    table = tab.rule_table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_types_are_listed_in_order_and_added_renamed_moved_saved(tab: ResponseSetupTab, demo_db: Database,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    tab.show_campaign(FAIR)
    assert listed(tab) == types_in_db(demo_db, FAIR)
    assert [name for name, _ in listed(tab)][:2] == ["Interesse", "Unterlagen angefordert"]

    typed(monkeypatch, "Rückruf erwünscht")
    tab.add_type_button.click()
    assert types_in_db(demo_db, FAIR)[-1] == ("Rückruf erwünscht", True)
    assert tab._current_type().name == "Rückruf erwünscht"

    asked = typed(monkeypatch, "Ruft zurück")
    tab.rename_type_button.click()
    assert asked == ["Rückruf erwünscht"]
    tab.up_button.click()
    tab.up_button.click()
    names = [name for name, _ in types_in_db(demo_db, FAIR)]
    assert names == ["Interesse", "Unterlagen angefordert", "Ruft zurück", "Teilnahme zugesagt", "Absage"]
    assert listed(tab) == types_in_db(demo_db, FAIR)
    assert tab._current_type().name == "Ruft zurück"


def test_a_duplicate_name_is_refused(tab: ResponseSetupTab, demo_db: Database, message_boxes,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    tab.show_campaign(FAIR)
    before = types_in_db(demo_db, FAIR)
    typed(monkeypatch, "absage")
    message_boxes.answer("OK")
    tab.add_type_button.click()
    assert message_boxes.last.text == "There is already a response type of that name."
    assert types_in_db(demo_db, FAIR) == before == listed(tab)


def test_unticking_deactivates(tab: ResponseSetupTab, demo_db: Database) -> None:
    tab.show_campaign(FAIR)
    tab.type_list.item(3).setCheckState(Qt.CheckState.Unchecked)
    assert types_in_db(demo_db, FAIR)[3] == ("Absage", False)
    assert listed(tab)[3] == ("Absage", False)


def test_removing_a_type_with_responses_deactivates_it(tab: ResponseSetupTab, demo_db: Database,
                                                       message_boxes) -> None:
    used_name, responses = "Teilnahme zugesagt", 2
    with demo_db.session() as session:  # two invitees said they would come
        kind = session.scalar(select(ResponseType.id).where(ResponseType.campaign_id == FAIR,
                                                            ResponseType.name == used_name))
        letter = session.scalar(select(DossierItemType.id).where(DossierItemType.code == "AUSG"))
        for person in session.scalars(select(Person.id).order_by(Person.id).limit(responses)):
            item = DossierItem(person_id=person, campaign_id=FAIR, action_id=INVITATION, type_id=letter,
                               subject="Einladung zur Messe")
            session.add(item)
            session.flush()
            session.add(Response(dossier_item_id=item.id, response_type_id=kind))
    total = len(types_in_db(demo_db, FAIR))
    tab.show_campaign(FAIR)
    choose_type(tab, used_name)
    message_boxes.answer("Deactivate")
    tab.remove_type_button.click()
    assert "cannot be deleted" in message_boxes.last.text
    assert "deactivated" in message_boxes.last.informative
    assert (used_name, False) in types_in_db(demo_db, FAIR)
    assert len(types_in_db(demo_db, FAIR)) == total
    with demo_db.session() as session:
        kept = session.scalar(select(func.count(Response.id)).join(ResponseType)
                              .where(ResponseType.name == used_name, ResponseType.campaign_id == FAIR))
    assert kept == responses
    assert (used_name, False) in listed(tab)


def test_removing_an_unused_type_asks_and_deletes_it_with_its_rules(tab: ResponseSetupTab, demo_db: Database,
                                                                     message_boxes) -> None:
    tab.show_campaign(FAIR)
    choose_type(tab, "Teilnahme zugesagt")
    message_boxes.answer("Cancel")
    tab.remove_type_button.click()
    assert "Teilnahme zugesagt" in [name for name, _ in types_in_db(demo_db, FAIR)]
    assert message_boxes.last.informative == "Its follow-up rules (1) are deleted with it."
    message_boxes.answer("Delete")
    tab.remove_type_button.click()
    assert "Teilnahme zugesagt" not in [name for name, _ in types_in_db(demo_db, FAIR)]
    assert listed(tab) == types_in_db(demo_db, FAIR)
    assert all(rule[0] != "Teilnahme zugesagt" for rule in rules_in_db(demo_db, INVITATION))
    assert len(rule_cells(tab)) == len(rules_in_db(demo_db, INVITATION)) == 2


def test_rules_of_the_chosen_action_are_shown(tab: ResponseSetupTab, demo_db: Database) -> None:
    tab.show_campaign(FAIR)
    assert tab.action_id() == INVITATION
    with demo_db.session() as session:
        names = dict(session.execute(select(Employee.id, Employee.first_name + " " + Employee.last_name)).all())
    expected = [[kind, subject, names[who] if who else "(account manager)", str(days), "yes" if working else "no"]
                for kind, subject, who, days, working in rules_in_db(demo_db, INVITATION)]
    assert rule_cells(tab) == expected
    assert expected[1] == ["Unterlagen angefordert", "Nachfassen", "(account manager)", "7", "no"]
    tab.action_combo.setCurrentIndex(1)  # the reminder e-mail has none
    assert rule_cells(tab) == [] and not tab.edit_rule_button.isEnabled()


def test_a_rule_added_in_the_dialog_is_saved(tab: ResponseSetupTab, demo_db: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    tab.show_campaign(FAIR)
    choose_type(tab, "Interesse")

    def fill(dialog: FollowUpRuleDialog) -> None:
        assert dialog.windowTitle() == "New follow-up rule"
        assert dialog.response_combo.currentText() == "Interesse"  # the type chosen in the list
        assert dialog.assignee_combo.currentText() == "(account manager)"
        dialog.subject_edit.setText("Prospekt schicken")
        dialog.days_spin.setValue(3)
        dialog.working_check.setChecked(False)
        dialog.accept()

    drive(monkeypatch, FollowUpRuleDialog, fill)
    tab.add_rule_button.click()
    assert rules_in_db(demo_db, INVITATION)[-1] == ("Interesse", "Prospekt schicken", None, 3, False)
    assert rule_cells(tab)[-1] == ["Interesse", "Prospekt schicken", "(account manager)", "3", "no"]
    assert tab._current_rule().subject == "Prospekt schicken"

    def colleague(dialog: FollowUpRuleDialog) -> None:
        assert dialog.windowTitle() == "Follow-up rule"
        assert dialog.subject_edit.text() == "Prospekt schicken"
        dialog.assignee_combo.setCurrentIndex(dialog.assignee_combo.findData(4))
        dialog.response_combo.setCurrentIndex(dialog.response_combo.findText("Absage"))
        dialog.accept()

    drive(monkeypatch, FollowUpRuleDialog, colleague)
    tab.edit_rule_button.click()
    assert rules_in_db(demo_db, INVITATION)[-1] == ("Absage", "Prospekt schicken", 4, 3, False)
    assert len(rules_in_db(demo_db, INVITATION)) == 4


def test_account_manager_saves_no_assignee(tab: ResponseSetupTab, demo_db: Database,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    tab.show_campaign(FAIR)
    tab.rule_table.selectRow(0)  # "Unterlagen senden", given to employee 3

    def fill(dialog: FollowUpRuleDialog) -> None:
        assert dialog.assignee_combo.currentData() == 3
        dialog.assignee_combo.setCurrentIndex(dialog.assignee_combo.findText("(account manager)"))
        dialog.accept()

    drive(monkeypatch, FollowUpRuleDialog, fill)
    tab.edit_rule_button.click()
    assert rules_in_db(demo_db, INVITATION)[0] == ("Unterlagen angefordert", "Unterlagen senden", None, 1, True)


def test_removing_a_rule_asks_first(tab: ResponseSetupTab, demo_db: Database, message_boxes) -> None:
    tab.show_campaign(FAIR)
    tab.rule_table.selectRow(1)
    message_boxes.answer("Yes")
    tab.remove_rule_button.click()
    assert "“Nachfassen”" in message_boxes.last.text
    assert [rule[1] for rule in rules_in_db(demo_db, INVITATION)] == ["Unterlagen senden",
                                                                      "Termin am Messestand vereinbaren"]


def test_the_campaign_editor_has_the_new_tabs_and_follows_the_campaign(qtbot, ctx: AppContext, demo_db: Database,
                                                                        message_boxes) -> None:
    with demo_db.session() as session:
        tasks.add(session, NewTask("Zeitungsanzeigen schalten", 2, None, campaign_id=FAIR))
        tasks.add(session, NewTask("Übersetzung bestellen", 3, None, campaign_id=NEWSLETTER))
    editor = CampaignEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    tabs = editor.ui.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["&General", "&Campaign", "Cos&ts", "Response t&ypes", "Tas&ks"]
    assert not tabs.isEnabled()  # no campaign yet

    editor.open(FAIR)
    tabs.setCurrentWidget(editor.response_tab)
    assert listed(editor.response_tab) == types_in_db(demo_db, FAIR)
    assert editor.response_tab.action_combo.count() == 2
    with demo_db.session() as session:
        planning = session.scalars(select(Task.id).where(Task.campaign_id == FAIR, Task.person_id.is_(None))).all()
    assert sorted(row.id for row in editor.tasks_tab.rows) == sorted(planning)
    assert "Zeitungsanzeigen schalten" in [row.subject for row in editor.tasks_tab.rows]

    editor.open(NEWSLETTER)
    assert listed(editor.response_tab) == types_in_db(demo_db, NEWSLETTER)
    assert [name for name, _ in listed(editor.response_tab)][1] == "Geen interesse"
    assert editor.response_tab.action_combo.currentText() == "1  Nieuwsbrief versturen"
    assert editor.response_tab.rule_table.rowCount() == 0
    assert [row.subject for row in editor.tasks_tab.rows] == ["Übersetzung bestellen"]

    editor.open(0)
    assert editor.response_tab.type_list.count() == 0 and editor.tasks_tab.campaign_id is None
