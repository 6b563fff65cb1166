"""Recording responses as a clerk does with a pile of reply cards: scan, digit, Enter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    DossierItem,
    DossierItemType,
    Employee,
    FollowUpRule,
    MassRun,
    MassRunItem,
    Person,
    Response,
    ResponseType,
    Task,
)
from desktop.settings import Settings
from desktop.ui.response_dialog import ResponseDialog

# A Wednesday; three working days later is Monday 30.11., nine calendar days Friday 04.12.
TODAY = dt.date(2026, 11, 25)
IN_3_WORKING_DAYS = dt.date(2026, 11, 30)
IN_9_DAYS = dt.date(2026, 12, 4)


@dataclass
class Data:
    """The ids of the records the tests look for."""

    anna: int
    bernd: int
    zorbach: int  # Anna's account manager
    sauer: int  # named by the rule "Nachfassen"
    owner: int  # the campaign's owner
    clerk: int  # the clerk recording
    letter: int  # Anna's letter, ID 00042-00001
    bernd_letter: int  # Bernd has no account manager, ID 00042-00002
    older: int  # an earlier letter to Anna, without a letter ID
    interest: int
    documents: int


@pytest.fixture
def data(sqlite_db: Database) -> Data:
    with sqlite_db.session() as s:
        def employee(code: str, first: str, last: str, login: str = "") -> Employee:
            e = Employee(code=code, first_name=first, last_name=last, login=login)
            s.add(e)
            return e

        zorbach = employee("WZ", "Wigbert", "Zorbach")
        sauer = employee("CS", "Christiane", "Sauer")
        owner = employee("OW", "Olga", "Owner")
        clerk = employee("CL", "Carla", "Clerk")
        s.flush()
        campaign = Campaign(number="2026-042", name="Herbstmailing", owner_id=owner.id)
        s.add(campaign)
        s.flush()
        action = CampaignAction(campaign_id=campaign.id, sequence=1, name="Brief Herbst")
        letter_type = DossierItemType(code="OUT", name="Ausgangspost")
        anna = Person(code="000123", first_name="Anna", last_name="Weber", city="Köln", account_manager_id=zorbach.id)
        bernd = Person(code="000124", first_name="Bernd", last_name="Brandt", city="Bonn")
        s.add_all([action, letter_type, anna, bernd])
        s.flush()
        types = [ResponseType(campaign_id=campaign.id, name=name, sort_order=n)
                 for n, name in enumerate(["Interesse", "Unterlagen angefordert", "Kein Interesse"], 1)]
        s.add_all(types)
        s.flush()
        s.add_all([
            FollowUpRule(action_id=action.id, response_type_id=types[1].id, subject="Unterlagen senden",
                         assignee_id=None, due_in_days=3, working_days=True),
            FollowUpRule(action_id=action.id, response_type_id=types[1].id, subject="Nachfassen",
                         assignee_id=sauer.id, due_in_days=9, working_days=False),
        ])

        def item(person: Person, created: dt.datetime) -> DossierItem:
            i = DossierItem(person_id=person.id, campaign_id=campaign.id, action_id=action.id,
                            type_id=letter_type.id, subject="Unser Herbstangebot", created_at=created)
            s.add(i)
            s.flush()
            return i

        older = item(anna, dt.datetime(2026, 9, 1, 9, tzinfo=dt.UTC))
        letter = item(anna, dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC))
        bernd_letter = item(bernd, dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC))
        run = MassRun(action_id=action.id)
        s.add(run)
        s.flush()
        s.add_all([MassRunItem(run_id=run.id, person_id=anna.id, position=1, letter_code="00042-00001",
                               dossier_item_id=letter.id),
                   MassRunItem(run_id=run.id, person_id=bernd.id, position=2, letter_code="00042-00002",
                               dossier_item_id=bernd_letter.id)])
        s.flush()
        return Data(anna.id, bernd.id, zorbach.id, sauer.id, owner.id, clerk.id, letter.id, bernd_letter.id,
                    older.id, types[0].id, types[1].id)


@pytest.fixture
def open_dialog(qtbot, sqlite_db: Database, data: Data, message_boxes):
    """Builds a shown response dialog; the clerk is Carla Clerk and today is TODAY."""

    def make(**preset: int) -> ResponseDialog:
        settings = Settings()
        settings.set("employee_id", data.clerk)
        dialog = ResponseDialog(AppContext(settings=settings, db=sqlite_db), **preset)
        dialog.today = lambda: TODAY
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        QApplication.processEvents()
        return dialog

    return make


def focused():
    return QApplication.focusWidget()


def type_text(qtbot, text: str) -> None:
    """Type where the focus is, as a scanner or the clerk does."""
    qtbot.keyClicks(focused(), text)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def responses_of(db: Database, item_id: int) -> list[tuple[int, str, int | None]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Response.response_type_id, Response.note, Response.employee_id)
                                            .where(Response.dossier_item_id == item_id))]


def tasks_of(db: Database, item_id: int) -> list[tuple[str, int, dt.date]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Task.subject, Task.assignee_id, Task.due)
                                            .where(Task.dossier_item_id == item_id).order_by(Task.id))]


def handled(db: Database, item_id: int) -> bool:
    with db.session() as s:
        return s.get(DossierItem, item_id).handled


def test_scan_digit_enter_records_the_response_and_its_tasks(qtbot, open_dialog, data, sqlite_db) -> None:
    dialog = open_dialog()
    assert focused() is dialog.letter_edit
    type_text(qtbot, "42-1")  # however the ID is typed
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.target_view.values["person"].text() == "Anna Weber (000123)"
    assert dialog.target_view.values["state"].text() == "Open"
    assert [dialog.types.item(i).text() for i in range(3)] == [
        "1  Interesse", "2  Unterlagen angefordert", "3  Kein Interesse"]
    press(qtbot, Qt.Key.Key_2)
    with qtbot.waitSignal(dialog.recorded) as signal:
        press(qtbot, Qt.Key.Key_Return)

    assert signal.args == [data.anna]
    assert responses_of(sqlite_db, data.letter) == [(data.documents, "", data.clerk)]
    assert handled(sqlite_db, data.letter)
    assert tasks_of(sqlite_db, data.letter) == [("Unterlagen senden", data.zorbach, IN_3_WORKING_DAYS),
                                                ("Nachfassen", data.sauer, IN_9_DAYS)]
    status = dialog.status.text()
    assert "Recorded “Unterlagen angefordert” for Anna Weber." in status
    assert "Unterlagen senden – Wigbert Zorbach, due Mon 11/30/2026" in status
    assert "Nachfassen – Christiane Sauer, due Fri 12/4/2026" in status
    assert "account manager" not in status  # nothing unusual to explain
    # Ready for the next card.
    assert dialog.letter_edit.text() == "" and focused() is dialog.letter_edit
    assert dialog.target is None and dialog.types.count() == 0
    assert "1 response" in dialog.counter.text()


def test_task_without_account_manager_goes_to_the_campaign_owner(qtbot, open_dialog, data, sqlite_db) -> None:
    dialog = open_dialog()
    type_text(qtbot, "0004200002")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)
    dialog.note_edit.setFocus()
    type_text(qtbot, "bitte Preisliste")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert responses_of(sqlite_db, data.bernd_letter) == [(data.documents, "bitte Preisliste", data.clerk)]
    assert tasks_of(sqlite_db, data.bernd_letter) == [("Unterlagen senden", data.owner, IN_3_WORKING_DAYS),
                                                      ("Nachfassen", data.sauer, IN_9_DAYS)]
    assert ("Unterlagen senden – Olga Owner, due Mon 11/30/2026 (campaign owner, as Bernd Brandt has no "
            "account manager)") in dialog.status.text()


def test_unknown_letter_id_says_so_inline_and_records_nothing(qtbot, open_dialog, data, sqlite_db) -> None:
    dialog = open_dialog()
    type_text(qtbot, "00042-00099")
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.message.text() == ("No letter with the ID 00042-00099 was found. Check the number on the "
                                     "letter, or search the person.")
    assert dialog.message.isVisible()
    assert focused() is dialog.letter_edit and dialog.letter_edit.selectedText() == "00042-00099"
    press(qtbot, Qt.Key.Key_2)  # a digit types into the field: it replaces the wrong ID
    assert dialog.letter_edit.text() == "2"
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    with sqlite_db.session() as s:
        assert s.scalars(select(Response)).all() == []

    # The next scan is found and clears the message.
    dialog.letter_edit.selectAll()
    type_text(qtbot, "00042-00001")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == ""
    assert dialog.target is not None and dialog.target.item_id == data.letter


def test_search_person_records_for_the_newest_letter(qtbot, open_dialog, data, sqlite_db) -> None:
    dialog = open_dialog()
    dialog.finder.search_edit.setFocus()
    type_text(qtbot, "weber")
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.finder.persons.count() == 1
    assert dialog.finder.items.rowCount() == 2
    assert dialog.target is not None and dialog.target.item_id == data.letter  # the newest preselected
    press(qtbot, Qt.Key.Key_Down)  # the older letter
    assert dialog.target.item_id == data.older
    press(qtbot, Qt.Key.Key_Return)  # on to the response types
    assert focused() is dialog.types
    press(qtbot, Qt.Key.Key_1)
    with qtbot.waitSignal(dialog.recorded):
        press(qtbot, Qt.Key.Key_Return)

    assert responses_of(sqlite_db, data.older) == [(data.interest, "", data.clerk)]
    assert responses_of(sqlite_db, data.letter) == []
    assert tasks_of(sqlite_db, data.older) == []
    assert "No follow-up tasks." in dialog.status.text()


def test_search_finding_several_persons_goes_on_by_keyboard(qtbot, open_dialog, data, sqlite_db) -> None:
    dialog = open_dialog()
    dialog.finder.search_edit.setFocus()
    type_text(qtbot, "00012")  # both codes
    press(qtbot, Qt.Key.Key_Return)
    assert [dialog.finder.persons.item(i).text() for i in range(2)] == [
        "Bernd Brandt (000124), Bonn", "Anna Weber (000123), Köln"]  # by name
    assert focused() is dialog.finder.persons
    assert dialog.target is not None and dialog.target.item_id == data.bernd_letter
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.target.item_id == data.letter
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.finder.items
    press(qtbot, Qt.Key.Key_3)  # a digit chooses the response from the items list too
    assert focused() is dialog.types and dialog.types.chosen() == (data.interest + 2, "Kein Interesse")
    press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert [r[0] for r in responses_of(sqlite_db, data.letter)] == [data.interest + 2]


def test_search_in_a_campaign_is_remembered(qtbot, open_dialog, data) -> None:
    dialog = open_dialog()
    combo = dialog.finder.campaign_combo
    combo.setCurrentIndex(combo.findText("2026-042 Herbstmailing"))
    assert dialog.ctx.settings.get("last_response_campaign_id") == combo.currentData()
    dialog.close()
    assert open_dialog().finder.campaign_combo.currentText() == "2026-042 Herbstmailing"


def test_undo_last_takes_back_the_response_and_its_open_tasks(qtbot, open_dialog, data, sqlite_db,
                                                              message_boxes) -> None:
    dialog = open_dialog()
    type_text(qtbot, "42/1")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return)
    assert len(tasks_of(sqlite_db, data.letter)) == 2

    message_boxes.answer("Take back")
    with qtbot.waitSignal(dialog.recorded) as signal:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)

    assert signal.args == [data.anna]
    assert message_boxes.last.text == "Take back “Unterlagen angefordert” for Anna Weber?"
    assert message_boxes.last.informative == "Open tasks it created are removed too: 2."
    assert responses_of(sqlite_db, data.letter) == []
    assert tasks_of(sqlite_db, data.letter) == []
    assert not handled(sqlite_db, data.letter)  # open again, as before the mistake
    assert "0 response" in dialog.counter.text()
    assert not dialog.undo_button.isEnabled()


def test_opened_at_a_dossier_item_records_for_it(qtbot, open_dialog, data, sqlite_db) -> None:
    dialog = open_dialog(item_id=data.older)
    assert dialog.target is not None and dialog.target.item_id == data.older
    assert focused() is dialog.types
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_Return)
    assert [r[0] for r in responses_of(sqlite_db, data.older)] == [data.interest + 2]


def test_opened_at_a_person_shows_their_letters(qtbot, open_dialog, data) -> None:
    dialog = open_dialog(person_id=data.bernd)
    assert dialog.finder.persons.count() == 1
    assert dialog.target is not None and dialog.target.item_id == data.bernd_letter


def test_remembers_its_size(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    dialog.resize(700, 500)  # within the offscreen screen (800x600)
    dialog.close()
    assert open_dialog().size().toTuple() == (700, 500)
