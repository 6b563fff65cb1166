"""The contact window as a clerk uses it: edit and save, conflicts, dossier, documents, tasks."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    Document,
    DossierItem,
    DossierItemType,
    Employee,
    Person,
    Task,
)
from desktop.settings import Settings
from desktop.ui.contact_window import ContactWindow

MessageBoxes = object  # tests/ui/conftest.py's fixture (conftest modules are not imported)


def person_with_items(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(DossierItem.person_id).where(DossierItem.person_id.isnot(None))
                              .order_by(DossierItem.person_id).limit(1))


@pytest.fixture
def window(qtbot, demo_db: Database, message_boxes: MessageBoxes) -> Callable[..., ContactWindow]:
    def make(person_id: int = 0) -> ContactWindow:
        ctx = AppContext(settings=Settings(), db=demo_db, language="de")
        contact = ContactWindow(ctx, person_id or person_with_items(demo_db))
        # Unsaved changes a test leaves must not make the closing window ask.
        qtbot.addWidget(contact, before_close_func=lambda w: w.discard())
        contact.show()
        qtbot.waitExposed(contact)
        contact.activateWindow()  # shortcuts (Ctrl+S) work in the active window only
        qtbot.waitUntil(contact.isActiveWindow)
        return contact

    return make


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def city_in_db(db: Database, person_id: int) -> str:
    with db.session() as session:
        return session.get(Person, person_id).city


def test_edited_city_is_saved_with_ctrl_s(qtbot, window, demo_db: Database) -> None:
    contact = window()
    assert not contact.save_button.isEnabled() and not contact.discard_button.isEnabled()
    type_into(qtbot, contact.form.edits["city"], "Aachen")
    assert contact.save_button.isEnabled() and contact.discard_button.isEnabled()
    qtbot.keyClick(contact.form.edits["city"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert city_in_db(demo_db, contact.person_id) == "Aachen"
    assert not contact.save_button.isEnabled()
    assert "Last saved by" in contact.saved_label.text()


def test_discard_shows_the_saved_values_again(qtbot, window, demo_db: Database) -> None:
    contact = window()
    before = contact.form.edits["city"].text()
    type_into(qtbot, contact.form.edits["city"], "Aachen")
    qtbot.mouseClick(contact.discard_button, Qt.MouseButton.LeftButton)
    assert contact.form.edits["city"].text() == before
    assert not contact.save_button.isEnabled()


def other_clerk_sets_city(db: Database, person_id: int, city: str) -> None:
    with db.session() as session:
        session.get(Person, person_id).city = city


def test_conflict_reload_shows_the_other_clerks_value(qtbot, window, demo_db: Database,
                                                      message_boxes) -> None:
    contact = window()
    type_into(qtbot, contact.form.edits["city"], "Aachen")
    other_clerk_sets_city(demo_db, contact.person_id, "Bremen")
    message_boxes.answer("Reload, discard mine")
    qtbot.mouseClick(contact.save_button, Qt.MouseButton.LeftButton)
    assert "while you were editing" in message_boxes.last.text
    assert contact.form.edits["city"].text() == "Bremen"
    assert not contact.form.is_modified()
    assert city_in_db(demo_db, contact.person_id) == "Bremen"


def test_conflict_overwrite_saves_mine(qtbot, window, demo_db: Database, message_boxes) -> None:
    contact = window()
    type_into(qtbot, contact.form.edits["city"], "Aachen")
    other_clerk_sets_city(demo_db, contact.person_id, "Bremen")
    message_boxes.answer("Save mine over theirs")
    qtbot.mouseClick(contact.save_button, Qt.MouseButton.LeftButton)
    assert city_in_db(demo_db, contact.person_id) == "Aachen"
    assert not contact.form.is_modified()


def test_person_deleted_meanwhile_is_said_clearly(qtbot, window, demo_db: Database, message_boxes) -> None:
    contact = window()
    type_into(qtbot, contact.form.edits["city"], "Aachen")
    with demo_db.session() as session:
        session.delete(session.get(Person, contact.person_id))
    message_boxes.answer("OK")
    qtbot.mouseClick(contact.save_button, Qt.MouseButton.LeftButton)
    assert "deleted by another user" in message_boxes.last.text
    assert contact.form.edits["city"].text() == "Aachen"  # still there to copy
    assert not contact.save_button.isEnabled()


def test_missing_last_name_is_named_and_focused(qtbot, window, demo_db: Database, message_boxes) -> None:
    contact = window()
    edit = contact.form.edits["last_name"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    contact.show_tab("dossier")
    message_boxes.answer("OK")
    qtbot.keyClick(contact, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Last name" in message_boxes.last.text
    assert contact.tabs.currentIndex() == 0
    assert contact.focusWidget() is edit


def test_closing_with_changes_asks(qtbot, window, demo_db: Database, message_boxes) -> None:
    contact = window()
    before = city_in_db(demo_db, contact.person_id)
    type_into(qtbot, contact.form.edits["city"], "Aachen")
    message_boxes.answer("Cancel")
    contact.close()
    assert contact.isVisible() and contact.form.edits["city"].text() == "Aachen"
    assert "Save the changes" in message_boxes.last.text
    message_boxes.answer("Save")
    contact.close()
    assert not contact.isVisible()
    assert city_in_db(demo_db, contact.person_id) == "Aachen" != before


def test_closing_and_discarding_leaves_the_database_alone(qtbot, window, demo_db: Database,
                                                          message_boxes) -> None:
    contact = window()
    before = city_in_db(demo_db, contact.person_id)
    type_into(qtbot, contact.form.edits["city"], "Aachen")
    message_boxes.answer("Discard")
    contact.close()
    assert not contact.isVisible()
    assert city_in_db(demo_db, contact.person_id) == before


def add_item(db: Database, person_id: int, campaign_id: int | None, subject: str,
             document: tuple[str, str, bytes] | None = None) -> int:
    with db.session() as session:
        document_id = None
        if document:
            name, mime_type, content = document
            row = Document(name=name, mime_type=mime_type, size=len(content),
                           sha256=hashlib.sha256(content).hexdigest(), content=content)
            session.add(row)
            session.flush()
            document_id = row.id
        type_id = session.scalar(select(DossierItemType.id).order_by(DossierItemType.id).limit(1))
        item = DossierItem(person_id=person_id, campaign_id=campaign_id, type_id=type_id, subject=subject,
                           document_id=document_id)
        session.add(item)
        session.flush()
        return item.id


def select_item(contact: ContactWindow, item_id: int) -> None:
    row = [r.id for r in contact.dossier.rows].index(item_id)
    contact.dossier.table.selectRow(row)


def test_dossier_filter_by_campaign(qtbot, window, demo_db: Database) -> None:
    person_id = person_with_items(demo_db)
    with demo_db.session() as session:
        campaign_id, other_id = session.scalars(select(Campaign.id).order_by(Campaign.id).limit(2)).all()
    add_item(demo_db, person_id, other_id, "Einladung")
    add_item(demo_db, person_id, None, "Telefonnotiz")
    contact = window(person_id)
    contact.show_tab("dossier")
    with demo_db.session() as session:
        everything = session.scalar(select(func.count()).where(DossierItem.person_id == person_id))
        in_campaign = session.scalar(select(func.count()).where(DossierItem.person_id == person_id,
                                                                 DossierItem.campaign_id == campaign_id))
    assert contact.dossier.table.rowCount() == everything
    box = contact.dossier.campaign_filter
    box.setCurrentIndex(box.findData(campaign_id))
    box.activated.emit(box.currentIndex())
    assert contact.dossier.table.rowCount() == in_campaign < everything
    assert {row.campaign_id for row in contact.dossier.rows} == {campaign_id}
    created = [row.created_at for row in contact.dossier.rows]
    assert created == sorted(created, reverse=True)


@pytest.mark.parametrize(("name", "mime_type", "suffix"), [
    ("00001-00001.pdf", "application/pdf", ".pdf"),
    ("00001-00002", "message/rfc822", ".eml"),
])
def test_open_document_hands_the_archived_bytes_to_the_viewer(qtbot, window, demo_db: Database, name: str,
                                                              mime_type: str, suffix: str) -> None:
    person_id = person_with_items(demo_db)
    content = b"%PDF-1.4 archived letter \x00\xff" if suffix == ".pdf" else b"Subject: Hallo\r\n\r\nText\r\n"
    item_id = add_item(demo_db, person_id, None, "Brief", (name, mime_type, content))
    contact = window(person_id)
    opened: list[Path] = []
    contact.open_file = lambda path: opened.append(path) or True
    contact.show_tab("dossier")
    select_item(contact, item_id)
    assert contact.dossier.open_button.isEnabled()
    qtbot.mouseClick(contact.dossier.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].suffix == suffix
    assert opened[0].read_bytes() == content


def test_no_document_no_open(qtbot, window, demo_db: Database) -> None:
    person_id = person_with_items(demo_db)
    item_id = add_item(demo_db, person_id, None, "Notiz")
    contact = window(person_id)
    contact.open_file = lambda path: pytest.fail("nothing to open")
    select_item(contact, item_id)
    assert not contact.dossier.open_button.isEnabled()
    contact.dossier.open_document()


def test_mark_handled_and_open_again(qtbot, window, demo_db: Database) -> None:
    person_id = person_with_items(demo_db)
    item_id = add_item(demo_db, person_id, None, "Rückruf")
    contact = window(person_id)
    select_item(contact, item_id)
    button = contact.dossier.handled_button
    assert button.text().replace("&", "") == "Mark handled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        assert session.get(DossierItem, item_id).handled
    assert button.text().replace("&", "") == "Mark open"  # the same item stays chosen
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        assert not session.get(DossierItem, item_id).handled


def test_record_response_asks_for_the_chosen_item(qtbot, window, demo_db: Database) -> None:
    contact = window()
    item_id = contact.dossier.rows[0].id
    select_item(contact, item_id)
    with qtbot.waitSignal(contact.response_requested) as signal:
        qtbot.mouseClick(contact.dossier.response_button, Qt.MouseButton.LeftButton)
    assert signal.args == [contact.person_id, item_id]


def add_task(db: Database, person_id: int, subject: str, due: dt.date) -> int:
    with db.session() as session:
        assignee = session.scalar(select(Employee.id).order_by(Employee.id).limit(1))
        task = Task(assignee_id=assignee, subject=subject, due=due, person_id=person_id)
        session.add(task)
        session.flush()
        return task.id


def test_task_done_leaves_the_list(qtbot, window, demo_db: Database) -> None:
    person_id = person_with_items(demo_db)
    today = dt.date.today()
    late = add_task(demo_db, person_id, "Rückruf", today - dt.timedelta(days=2))
    add_task(demo_db, person_id, "Angebot", today + dt.timedelta(days=5))
    contact = window(person_id)
    contact.show_tab("tasks")
    panel = contact.tasks
    ids = [row.id for row in panel.rows]
    assert late in ids
    assert panel.table.item(ids.index(late), 1).font().bold()  # overdue stands out
    assert "2" in contact.tabs.tabText(3)
    panel.table.selectRow(ids.index(late))
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert late not in [row.id for row in panel.rows]
    assert panel.table.rowCount() == len(ids) - 1
    with demo_db.session() as session:
        assert session.get(Task, late).done


def test_task_changed_meanwhile_is_reloaded(qtbot, window, demo_db: Database, message_boxes) -> None:
    person_id = person_with_items(demo_db)
    task_id = add_task(demo_db, person_id, "Rückruf", dt.date.today())
    contact = window(person_id)
    with demo_db.session() as session:
        session.get(Task, task_id).subject = "Rückruf morgen"
    contact.tasks.table.selectRow([row.id for row in contact.tasks.rows].index(task_id))
    message_boxes.answer("OK")
    qtbot.mouseClick(contact.tasks.done_button, Qt.MouseButton.LeftButton)
    assert "changed or deleted" in message_boxes.last.text
    assert [row.subject for row in contact.tasks.rows if row.id == task_id] == ["Rückruf morgen"]


def test_header_banner_and_tabs(qtbot, window, demo_db: Database) -> None:
    contact = window()
    with demo_db.session() as session:
        person = session.get(Person, contact.person_id)
        name, code = person.full_name, person.code
    assert contact.name_label.text() == name
    assert code in contact.info_label.text()
    assert contact.banner.isHidden()
    contact.set_call_banner("Incoming call from 0221 1234567")
    assert contact.banner.isVisible() and "0221" in contact.banner.text()
    contact.set_call_banner("")
    assert contact.banner.isHidden()
    for number, tab in enumerate(("master", "campaigns", "dossier", "tasks")):
        contact.show_tab(tab)
        assert contact.tabs.currentIndex() == number
    assert contact.membership_table.rowCount() >= 1


def test_reload_keeps_what_the_clerk_is_typing(qtbot, window, demo_db: Database) -> None:
    person_id = person_with_items(demo_db)
    contact = window(person_id)
    type_into(qtbot, contact.form.edits["city"], "Aachen")
    item_id = add_item(demo_db, person_id, None, "Antwort erfasst")
    contact.reload()
    assert contact.form.edits["city"].text() == "Aachen"
    assert item_id in [row.id for row in contact.dossier.rows]


def test_a_person_deleted_before_opening(qtbot, window, demo_db: Database) -> None:
    contact = window(999_999)
    assert "no longer exists" in contact.name_label.text()
    assert not contact.save_button.isEnabled()
    assert not contact.tabs.isTabEnabled(2)
