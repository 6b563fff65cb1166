"""The phone rings after the mailing: caller → contact → response → two follow-up tasks.

"The first participant calls shortly after the mailing and asks for sales documents. At
the first ring you already see that the caller is a campaign participant. You open the
detail view, enter the response and check the master data. The program makes sure that
your colleague sends the documents and puts the case back in front of the sales rep in
time for the follow-up call."
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    CampaignStatus,
    Channel,
    DossierItem,
    DossierItemType,
    Employee,
    FollowUpRule,
    Person,
    Response,
    ResponseType,
    Task,
    utcnow,
)
from desktop.db.models.base import current_login
from desktop.instance import InstanceServer
from desktop.ui.contact_window import ContactWindow
from desktop.ui.response_dialog import ResponseDialog

ROOT = Path(__file__).resolve().parents[2]
FRIDAY = dt.date(2026, 11, 27)


@pytest.fixture
def mailing(sqlite_db: Database) -> dict[str, int]:
    """A fair invitation sent to Anna Weber, with the rules of the scenario."""
    with sqlite_db.session() as s:
        letter = DossierItemType(code="AUSG", name="Ausgangspost")
        me = Employee(code="MA01", first_name="Christiane", last_name="Sauer", login=current_login())
        colleague = Employee(code="MA02", first_name="Wigbert", last_name="Zorbach")
        sales = Employee(code="MA03", first_name="Jonas", last_name="Brandt")
        s.add_all([letter, me, colleague, sales])
        s.flush()
        campaign = Campaign(number="2026-002", name="Einladung Messe Köln", status=CampaignStatus.ACTIVE,
                            owner_id=me.id)
        s.add(campaign)
        s.flush()
        action = CampaignAction(campaign_id=campaign.id, sequence=1, name="Einladung per Brief",
                                channel=Channel.LETTER, dossier_item_type_id=letter.id, generated_at=utcnow())
        anna = Person(code="000042", first_name="Anna", last_name="Weber", phone="0221 1234567", city="Köln",
                      account_manager_id=sales.id)
        other = Person(code="000043", first_name="Bernd", last_name="Kaiser", phone="0228 7654321")
        s.add_all([action, anna, other])
        s.flush()
        types = [ResponseType(campaign_id=campaign.id, name=name, sort_order=i) for i, name in
                 enumerate(["Interesse", "Unterlagen angefordert", "Teilnahme zugesagt", "Absage"])]
        s.add_all(types)
        s.flush()
        s.add_all([
            FollowUpRule(action_id=action.id, response_type_id=types[1].id, subject="Unterlagen senden",
                         assignee_id=colleague.id, due_in_days=1, working_days=True),
            FollowUpRule(action_id=action.id, response_type_id=types[1].id, subject="Nachfassen",
                         assignee_id=None, due_in_days=7, working_days=False),
        ])
        item = DossierItem(person_id=anna.id, campaign_id=campaign.id, action_id=action.id, type_id=letter.id,
                           subject="Einladung zur Messe", handled=True, handled_at=utcnow())
        s.add(item)
        s.flush()
        return {"anna": anna.id, "item": item.id, "colleague": colleague.id, "sales": sales.id,
                "requested": types[1].id}


def open_windows(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_call_leads_to_the_response_and_two_tasks(qtbot, main_window, sqlite_db, mailing, private_home) -> None:
    window = main_window(sqlite_db)
    # The telephone system starts "kampagnen call" while the window is open.
    server = InstanceServer(parent=window)
    assert server.listen()
    server.request.connect(window.handle_request)
    env = dict(os.environ, KAMPAGNEN_HOME=str(private_home), QT_QPA_PLATFORM="offscreen")
    call = subprocess.Popen([sys.executable, "-m", "desktop", "call", "+49 (221) 123 45-67"], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: bool(open_windows(ContactWindow)), timeout=60_000)
        assert call.wait(timeout=60) == 0, call.stderr.read()
    finally:
        server.close()
        if call.poll() is None:  # it opened a window of its own: the hand-over failed
            call.kill()

    # At the first ring: the caller, and that she takes part in the campaign.
    contact = open_windows(ContactWindow)[0]
    assert contact.person_id == mailing["anna"]
    assert contact.banner.isVisible()
    assert "+49 (221) 123 45-67" in contact.banner.text() or "0221 1234567" in contact.banner.text()
    assert "2026-002 Einladung Messe Köln" in contact.banner.text()

    # The detail view: the letter in the dossier; the response is recorded from there.
    contact.show_tab("dossier")
    table = contact.dossier.table
    assert table.rowCount() == 1
    table.selectRow(0)
    qtbot.mouseClick(contact.dossier.response_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_windows(ResponseDialog)), timeout=5000)
    dialog = open_windows(ResponseDialog)[0]
    dialog.today = lambda: FRIDAY
    assert dialog.target is not None and dialog.target.item_id == mailing["item"]
    dialog.types.setFocus()
    qtbot.keyClick(dialog.types, Qt.Key.Key_2)  # Unterlagen angefordert
    qtbot.keyClick(dialog.types, Qt.Key.Key_Return)

    with sqlite_db.session() as s:
        recorded = s.scalars(select(Response)).all()
        tasks = {t.subject: (t.assignee_id, t.due, t.person_id) for t in s.scalars(select(Task))}
    assert [(r.dossier_item_id, r.response_type_id) for r in recorded] == [(mailing["item"], mailing["requested"])]
    # The colleague sends the documents the next working day (Friday → Monday); the sales
    # rep, the person's account manager, calls back a week later.
    assert tasks == {
        "Unterlagen senden": (mailing["colleague"], dt.date(2026, 11, 30), mailing["anna"]),
        "Nachfassen": (mailing["sales"], dt.date(2026, 12, 4), mailing["anna"]),
    }
    # The open contact window shows them at once; the colleague finds his in his task list.
    contact.show_tab("tasks")
    qtbot.waitUntil(lambda: contact.tasks.table.rowCount() == 2, timeout=5000)
    tasks_window = window.contacts.my_tasks()
    combo = tasks_window.employee_combo
    combo.setCurrentIndex(combo.findData(mailing["colleague"]))
    qtbot.waitUntil(lambda: [r.subject for r in tasks_window.rows] == ["Unterlagen senden"], timeout=5000)


def test_closing_the_main_window_closes_the_contact_windows(qtbot, main_window, sqlite_db, mailing) -> None:
    window = main_window(sqlite_db)
    contact = window.contacts.open_contact(mailing["anna"])
    tasks_window = window.contacts.my_tasks()
    assert contact.isVisible() and tasks_window.isVisible()
    assert window.close()
    assert not open_windows(ContactWindow) and not open_windows(type(tasks_window))
