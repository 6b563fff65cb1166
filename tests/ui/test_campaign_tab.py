"""The "Kampagne" tab driven as a clerk would: actions, target groups, pilot, import, linking.

Modal dialogs are driven through their own widgets: ``exec`` is replaced by a function
that fills the real dialog as a clerk would and presses OK (``accept``), so the dialog's
own saving code runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog
from sqlalchemy import select

from desktop.campaigns import actions, service
from desktop.context import AppContext
from desktop.db import demo
from desktop.db.engine import Database
from desktop.db.models import ActionMember, Channel, Employee, Person, Template
from desktop.db.models.base import current_login
from desktop.query import results, selections
from desktop.query.definition import parse
from desktop.query.selections import SelectionData
from desktop.settings import Settings
from desktop.ui.action_dialog import ActionDialog
from desktop.ui.campaign_editor import CampaignEditor
from desktop.ui.link_selection_dialog import LinkSelectionDialog
from desktop.ui.member_import import ImportReportDialog
from desktop.ui.person_picker_dialog import PersonPickerDialog

AMSTERDAM = {"where": {"match": "all", "items": [{"field": "city", "op": "eq", "value": "Amsterdam"}]}}
NETHERLANDS = {"where": {"match": "all", "items": [{"field": "country", "op": "eq", "value": "NL"}]}}


@pytest.fixture
def nl_db(sqlite_db: Database) -> Database:
    demo.generate(sqlite_db, persons=400, seed=4)
    with sqlite_db.session() as session:
        for name, definition in (("Interessenten Amsterdam", AMSTERDAM), ("Interessenten Niederlande", NETHERLANDS)):
            selections.save(session, SelectionData(id=0, name=name, definition=parse(definition)))
    return sqlite_db


@pytest.fixture
def editor(qtbot, nl_db: Database, message_boxes) -> CampaignEditor:  # noqa: ANN001
    widget = CampaignEditor(AppContext(settings=Settings(), db=nl_db, language="de"))
    qtbot.addWidget(widget)
    with nl_db.session() as session:
        campaign = service.create(session, "Interessenten NL")
    widget.open(campaign.id)
    widget.ui.tabs.setCurrentWidget(widget.ui.campaignTab)
    widget.resize(1000, 700)
    widget.show()
    return widget


def drive(monkeypatch, dialog_class: type[QDialog], fill: Callable[[Any], None]) -> list[Any]:  # noqa: ANN001
    """The next ``exec`` of ``dialog_class`` runs ``fill`` on the real dialog instead of waiting."""
    opened: list[Any] = []

    def exec_(dialog: Any) -> int:
        opened.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return opened


def add_action(editor: CampaignEditor, monkeypatch, name: str, take_over: int = 0,  # noqa: ANN001
               channel: Channel = Channel.LETTER, subject: str = "", text: str = "") -> None:
    """Adds an action; ``text`` is the e-mail's or the SMS's text, which those channels need."""
    def fill(dialog: ActionDialog) -> None:
        dialog.name.setText(name)
        dialog.channel.setCurrentIndex(dialog.channel.findData(channel))
        dialog.subject.setText(subject)
        (dialog.texts.sms_text if channel is Channel.SMS else dialog.texts.mail_text).setPlainText(text)
        if take_over:
            dialog.take_over.setCurrentIndex(take_over)
        dialog.accept()

    drive(monkeypatch, ActionDialog, fill)
    editor.campaign_tab.action_list.new_button.click()


def link(editor: CampaignEditor, monkeypatch, name: str, exclude_used: bool = False) -> dict[str, bool]:  # noqa: ANN001
    """Links the selection ``name``; returns what the dialog offered."""
    offered: dict[str, bool] = {}

    def fill(dialog: LinkSelectionDialog) -> None:
        row = [r.name for r in dialog.rows].index(name)
        dialog.table.selectRow(row)
        offered["exclude_used"] = dialog.exclude_box.isEnabled()
        dialog.exclude_box.setChecked(exclude_used)
        dialog.accept()

    drive(monkeypatch, LinkSelectionDialog, fill)
    editor.campaign_tab.target_group.link_selection_button.click()
    return offered


def members_of(db: Database, action_id: int, linked: bool | None = None) -> set[int]:
    query = select(ActionMember.person_id).where(ActionMember.action_id == action_id)
    if linked is not None:
        query = query.where(ActionMember.linked == linked)
    with db.engine.connect() as conn:
        return set(conn.execute(query).scalars())


def test_pilot_in_amsterdam_then_the_netherlands_without_the_pilot(german, editor, nl_db, monkeypatch,
                                                                    message_boxes) -> None:
    actions = editor.campaign_tab.action_list
    panel = editor.campaign_tab.target_group
    add_action(editor, monkeypatch, "Pilot Amsterdam")
    message_boxes.answer("OK")
    link(editor, monkeypatch, "Interessenten Amsterdam")
    amsterdam = set(results.matching_ids(nl_db, parse(AMSTERDAM)))
    assert "hinzugefügt" in message_boxes.last.text
    pilot = actions.current()
    assert pilot is not None and pilot.sequence == 1 and pilot.members == len(amsterdam) > 0
    assert members_of(nl_db, pilot.id) == amsterdam

    add_action(editor, monkeypatch, "Alle Niederlande")
    second = actions.current()
    assert second is not None and second.sequence == 2 and second.members == 0
    message_boxes.answer("OK")
    offered = link(editor, monkeypatch, "Interessenten Niederlande", exclude_used=True)
    assert offered["exclude_used"]  # action 2 has an earlier action
    netherlands = set(results.matching_ids(nl_db, parse(NETHERLANDS)))
    pilot_linked = members_of(nl_db, pilot.id, linked=True)
    assert members_of(nl_db, second.id) == netherlands - pilot_linked
    assert "früheren Aktion" in message_boxes.last.text

    # The table shows the target group with its origin; the counts are in the list above.
    assert actions.current().members == len(netherlands - pilot_linked)
    assert panel.model.total + panel.excluded_model.total == len(netherlands - pilot_linked)
    first_row = panel.model.rows[0]
    assert panel.model.item(0, 6).text() == "Selektion „Interessenten Niederlande“"
    assert panel.model.item(0, 1).text() == first_row.code


def test_the_same_selection_twice_is_refused_with_the_reason(german, editor, nl_db, monkeypatch,
                                                             message_boxes) -> None:
    add_action(editor, monkeypatch, "Brief")
    message_boxes.answer("OK")
    link(editor, monkeypatch, "Interessenten Amsterdam")
    before = members_of(nl_db, editor.campaign_tab.action_list.current().id)
    message_boxes.answer("OK")
    link(editor, monkeypatch, "Interessenten Amsterdam")
    assert "bereits" in message_boxes.last.text and "Interessenten Amsterdam" in message_boxes.last.text
    assert members_of(nl_db, editor.campaign_tab.action_list.current().id) == before


def test_taking_over_the_group_of_an_earlier_action_when_adding(german, editor, nl_db, monkeypatch,
                                                                message_boxes) -> None:
    add_action(editor, monkeypatch, "Brief")
    message_boxes.answer("OK")
    link(editor, monkeypatch, "Interessenten Amsterdam")
    first = editor.campaign_tab.action_list.current()
    add_action(editor, monkeypatch, "Nachfass per E-Mail", take_over=1, channel=Channel.EMAIL,
               subject="Nachfass", text="{{ Briefanrede }}\n\nwie versprochen …")
    second = editor.campaign_tab.action_list.current()
    assert members_of(nl_db, second.id) == members_of(nl_db, first.id)
    panel = editor.campaign_tab.target_group
    assert {panel.model.item(row, 6).text() for row in range(panel.model.rowCount())} == {"Aus Aktion 1"}


def test_unlink_and_link_members_with_the_buttons(german, editor, nl_db, monkeypatch, message_boxes) -> None:
    add_action(editor, monkeypatch, "Brief")
    message_boxes.answer("OK")
    link(editor, monkeypatch, "Interessenten Amsterdam")
    panel = editor.campaign_tab.target_group
    action = editor.campaign_tab.action_list.current()
    panel.view.selectRow(0)
    person = panel.model.person_id(0)
    panel.unlink_button.click()
    assert person not in members_of(nl_db, action.id, linked=True)
    assert panel.model.item(0, 0).text() == "nein"
    assert editor.campaign_tab.action_list.current().linked == action.linked - 1
    panel.view.selectRow(0)
    panel.link_button.click()
    assert person in members_of(nl_db, action.id, linked=True)


def test_persons_who_must_not_get_the_letter_are_listed_apart(german, editor, nl_db, monkeypatch,
                                                              message_boxes) -> None:
    with nl_db.session() as session:
        session.add(Person(code="X1", last_name="Zonder Adres", city="Amsterdam", country="NL", street=""))
    add_action(editor, monkeypatch, "Brief")
    message_boxes.answer("OK")
    link(editor, monkeypatch, "Interessenten Amsterdam")
    panel = editor.campaign_tab.target_group
    reasons = {panel.excluded_model.item(r, 1).text(): panel.excluded_model.item(r, 0).text()
               for r in range(panel.excluded_model.rowCount())}
    assert reasons["X1"] == "keine vollständige Postanschrift"
    assert panel.tabs.tabText(1) == f"Ausgeschlossen ({len(reasons)})"


def test_add_persons_by_hand_and_a_new_person(german, editor, nl_db, monkeypatch, message_boxes, qtbot) -> None:
    add_action(editor, monkeypatch, "Brief")
    action = editor.campaign_tab.action_list.current()

    def choose_two(dialog: PersonPickerDialog) -> None:
        dialog.search.setText("Amsterdam")
        dialog.run()
        qtbot.waitUntil(lambda: dialog.found() > 2, timeout=5000)
        dialog.view.selectRow(0)
        dialog.view.selectionModel().select(dialog.model.index(1, 0), dialog.view.selectionModel().SelectionFlag.Select
                                            | dialog.view.selectionModel().SelectionFlag.Rows)
        dialog.accept()

    drive(monkeypatch, PersonPickerDialog, choose_two)
    message_boxes.answer("OK")
    editor.campaign_tab.target_group.add_button.click()
    assert len(members_of(nl_db, action.id)) == 2
    assert "2 Personen" in message_boxes.last.text


def test_csv_import_fills_two_actions_at_once(german, editor, nl_db, monkeypatch, message_boxes,
                                              tmp_path: Path) -> None:
    add_action(editor, monkeypatch, "Brief")
    add_action(editor, monkeypatch, "Nachfass")
    first, second = editor.campaign_tab.action_list.rows
    campaign = editor.loaded.number
    with nl_db.engine.connect() as conn:
        codes = list(conn.execute(select(Person.code).order_by(Person.id).limit(6)).scalars())
    lines = ["Kontaktcode;Kampagne;Aktion;Gekoppelt"]
    lines += [f"{code};{campaign};{1 if n < 4 else 2};J" for n, code in enumerate(codes)]
    path = tmp_path / "mitglieder.csv"
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown = drive(monkeypatch, ImportReportDialog, lambda dialog: None)
    editor.campaign_tab.target_group.import_button.click()
    assert len(members_of(nl_db, first.id)) == 4 and len(members_of(nl_db, second.id)) == 2
    assert "6 Zeilen gelesen" in shown[0].summary.text()


def test_a_broken_csv_names_its_lines_and_changes_nothing(german, editor, nl_db, monkeypatch, message_boxes,
                                                          tmp_path: Path) -> None:
    add_action(editor, monkeypatch, "Brief")
    action = editor.campaign_tab.action_list.current()
    with nl_db.engine.connect() as conn:
        code = conn.execute(select(Person.code).limit(1)).scalar_one()
    path = tmp_path / "kaputt.csv"
    path.write_text(f"Kontaktcode;Gekoppelt\n{code};J\nGIBTSNICHT;J\n{code};vielleicht\n", encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown = drive(monkeypatch, ImportReportDialog, lambda dialog: None)
    editor.campaign_tab.target_group.import_button.click()
    assert members_of(nl_db, action.id) == set()
    report = shown[0].details.toPlainText()
    assert "Zeile 3" in report and "GIBTSNICHT" in report and "Zeile 4" in report
    assert "nichts importiert" in shown[0].summary.text()


def test_two_clerks_edit_the_same_action_and_nothing_is_lost(german, editor, nl_db, monkeypatch,
                                                             message_boxes) -> None:
    add_action(editor, monkeypatch, "Brief")
    action_id = editor.campaign_tab.action_list.current().id
    with nl_db.session() as session:
        mine = ActionDialog(editor.ctx, editor.campaign_id, actions.load(session, action_id), [], editor)
    with nl_db.session() as session:  # the colleague saves first
        theirs = actions.load(session, action_id)
        actions.save(session, theirs.replace(subject="Betreff der Kollegin"))
    mine.subject.setText("Mein Betreff")
    message_boxes.answer("Weiter bearbeiten")
    mine.accept()
    assert "gespeichert" in message_boxes.last.text
    assert mine.result() != QDialog.DialogCode.Accepted and mine.subject.text() == "Mein Betreff"
    message_boxes.answer("Meine trotzdem speichern")
    mine.accept()
    assert mine.result() == QDialog.DialogCode.Accepted
    with nl_db.session() as session:
        assert actions.load(session, action_id).subject == "Mein Betreff"


def test_deleting_an_action_asks_first(german, editor, nl_db, monkeypatch, message_boxes) -> None:
    add_action(editor, monkeypatch, "Brief")
    action_list = editor.campaign_tab.action_list
    message_boxes.answer("Abbrechen")
    action_list.delete_button.click()
    assert len(action_list.rows) == 1
    message_boxes.answer("Ja")
    action_list.delete_button.click()
    assert action_list.rows == [] and "Brief" in message_boxes.last.text


def test_a_distribution_list_as_the_data_source(german, editor, nl_db, monkeypatch, message_boxes) -> None:
    with nl_db.session() as session:
        selections.save(session, SelectionData(id=0, name="Verteiler Messe", definition=parse(AMSTERDAM),
                                               is_distribution_list=True))
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, names, _current, _editable):  # noqa: ANN001, ANN202
        offered.append(names)
        return "Verteiler Messe", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    editor.campaign_tab.list_button.click()
    assert offered == [["Verteiler Messe"]]  # only distribution lists are offered
    assert editor.ui.dataSourceLabel.text() == "Verteiler: Verteiler Messe"
    assert editor.loaded.selection_name == "Verteiler Messe"


def test_a_new_action_proposes_the_clerk_as_sender_and_no_date(german, editor, nl_db) -> None:
    with nl_db.session() as session:
        me = session.scalar(select(Employee.id).where(Employee.login == current_login()))
    dialog = ActionDialog(editor.ctx, editor.campaign_id, None, [], editor)
    assert me is not None and dialog.sender.currentData() == me
    assert dialog.planned.text().strip() == "" and dialog.settings()["planned_date"] is None
    dialog.deleteLater()


def test_unlinking_keeps_the_clerks_place_in_the_list(german, editor, nl_db, monkeypatch, message_boxes) -> None:
    add_action(editor, monkeypatch, "Brief")
    message_boxes.answer("OK")
    link(editor, monkeypatch, "Interessenten Amsterdam")
    panel = editor.campaign_tab.target_group
    panel.view.selectRow(3)
    person = panel.model.person_id(3)
    panel.unlink_button.click()
    assert [i.row() for i in panel.view.selectionModel().selectedRows()] == [3]
    assert panel.model.person_id(3) == person and panel.model.item(3, 0).text() == "nein"


# -- the e-mail and SMS texts of an action ---------------------------------------------------------


def new_action_dialog(editor: CampaignEditor, qtbot) -> ActionDialog:  # noqa: ANN001
    dialog = ActionDialog(editor.ctx, editor.campaign_id, None, [], editor)
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: ActionDialog, channel: Channel) -> None:
    dialog.channel.setCurrentIndex(dialog.channel.findData(channel))


def test_the_text_page_follows_the_channel_and_takes_the_subject_along(german, editor, qtbot) -> None:
    dialog = new_action_dialog(editor, qtbot)
    texts = dialog.texts
    assert not dialog.tabs.isTabVisible(1)  # a letter has no text here: its template is the text
    choose(dialog, Channel.EMAIL)
    assert dialog.tabs.isTabVisible(1) and texts.stack.currentWidget() is texts.mail_page
    assert texts.mail_page.isAncestorOf(dialog.subject)  # written next to the e-mail's text
    choose(dialog, Channel.SMS)
    assert dialog.tabs.isTabVisible(1) and texts.stack.currentWidget() is texts.sms_page
    assert dialog.settings_page.isAncestorOf(dialog.subject)
    assert dialog.form.getWidgetPosition(dialog.subject)[0] == 7  # back in its place
    choose(dialog, Channel.PRINT_SERVICE)
    assert not dialog.tabs.isTabVisible(1) and dialog.settings_page.isAncestorOf(dialog.subject)


def test_the_sms_counter_counts_while_the_clerk_types(german, editor, qtbot) -> None:
    dialog = new_action_dialog(editor, qtbot)
    choose(dialog, Channel.SMS)
    counter = dialog.texts.sms_counter
    dialog.texts.sms_text.setPlainText("Grüße aus Köln")  # umlauts are GSM-7
    assert counter.text().startswith("14 / 160") and "1 SMS" in counter.text() and "GSM-7" in counter.text()
    dialog.texts.sms_text.insertPlainText(" " + "x" * 146)
    assert counter.text().startswith("161 / 160") and "2 SMS" in counter.text()
    dialog.texts.sms_text.setPlainText("Bis morgen 😀")  # an emoji is two UTF-16 units
    assert counter.text().startswith("13 / 70") and "1 SMS" in counter.text() and "‘😀’" in counter.text()


def test_insert_field_writes_at_the_cursor_of_the_text_being_written(german, editor, qtbot) -> None:
    dialog = new_action_dialog(editor, qtbot)
    choose(dialog, Channel.EMAIL)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = dialog.texts
    labels = [a.text() for a in texts.field_menu.actions()]
    assert "Vorname – First name" in labels and len(labels) == len(texts.field_menu.actions())

    def insert(name: str) -> None:
        next(a for a in texts.field_menu.actions() if a.data() == name).trigger()

    texts.mail_text.setPlainText("Hallo !")
    cursor = texts.mail_text.textCursor()
    cursor.setPosition(6)
    texts.mail_text.setTextCursor(cursor)
    texts.mail_text.setFocus()
    qtbot.waitUntil(texts.mail_text.hasFocus)
    insert("Vorname")
    assert texts.mail_text.toPlainText() == "Hallo {{ Vorname }}!"

    dialog.subject.setText("Einladung")
    dialog.subject.setFocus()
    qtbot.waitUntil(dialog.subject.hasFocus)
    dialog.subject.setCursorPosition(0)
    insert("Firma")
    assert dialog.subject.text() == "{{ Firma }}Einladung"
    assert texts.mail_text.toPlainText() == "Hallo {{ Vorname }}!"

    choose(dialog, Channel.SMS)  # the subject box is not on the SMS page: the SMS text gets it
    insert("Nachname")
    assert texts.sms_text.toPlainText() == "{{ Nachname }}"


def test_saving_an_e_mail_action_stores_its_texts(german, editor, nl_db, monkeypatch, message_boxes) -> None:
    def fill(dialog: ActionDialog) -> None:
        dialog.name.setText("Einladung per E-Mail")
        choose(dialog, Channel.EMAIL)
        dialog.subject.setText("Einladung, {{ Vorname }}")
        dialog.texts.mail_text.setPlainText("{{ Briefanrede }}\n\nwir laden Sie ein.\n")
        dialog.texts.mail_html.setPlainText("<p>{{ Briefanrede }}</p>")
        dialog.texts.attach_letter.setChecked(True)
        dialog.texts.reply_to.setText("messe@example.org")
        dialog.accept()

    opened = drive(monkeypatch, ActionDialog, fill)
    editor.campaign_tab.action_list.new_button.click()
    assert opened[0].result() == QDialog.DialogCode.Accepted
    with nl_db.session() as session:
        stored = actions.load(session, editor.campaign_tab.action_list.current().id)
    assert (stored.channel, stored.subject, stored.mail_text, stored.mail_html, stored.mail_attach_letter,
            stored.reply_to) == (Channel.EMAIL, "Einladung, {{ Vorname }}", "{{ Briefanrede }}\n\nwir laden Sie ein.\n",
                                 "<p>{{ Briefanrede }}</p>", True, "messe@example.org")
    # Opened again, the dialog shows them where they were written.
    with nl_db.session() as session:
        session.add(Template(name="Einladung", content=b"docx"))
    dialog = ActionDialog(editor.ctx, editor.campaign_id, stored, [], editor)
    assert dialog.texts.mail_page.isAncestorOf(dialog.subject) and dialog.tabs.isTabVisible(1)
    assert dialog.texts.mail_html.toPlainText() == "<p>{{ Briefanrede }}</p>"
    assert dialog.texts.attach_hint.isVisibleTo(dialog.texts)  # no template chosen: the hint says so
    dialog.template.setCurrentIndex(1)
    assert not dialog.texts.attach_hint.isVisibleTo(dialog.texts)
    dialog.deleteLater()


def test_an_unknown_field_is_explained_and_the_cursor_put_into_its_text(german, editor, qtbot, message_boxes) -> None:
    dialog = new_action_dialog(editor, qtbot)
    choose(dialog, Channel.SMS)
    dialog.texts.sms_text.setPlainText("Hallo {{ Vornam }}")
    dialog.show()
    qtbot.waitExposed(dialog)
    message_boxes.answer("OK")
    dialog.accept()
    assert "«Vornam»" in message_boxes.last.text and "«Vorname»" in message_boxes.last.text
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 1
    assert dialog.focusWidget() is dialog.texts.sms_text
