"""Finding a caller by any notation of the number, and entering an interested person once only."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    CampaignStatus,
    Channel,
    DossierItem,
    DossierItemType,
    MemberOrigin,
    Organisation,
    Person,
    utcnow,
)
from desktop.settings import Settings
from desktop.ui.caller_dialog import CallerDialog
from desktop.ui.contact_window import ContactWindow
from desktop.ui.duplicate_dialog import DuplicateDialog
from desktop.ui.new_person_dialog import NewPersonDialog


def people(db: Database) -> dict[str, int]:
    with db.session() as s:
        calls = DossierItemType(code="TEL", name="Telefonat")
        s.add(calls)
        s.flush()
        campaign = Campaign(number="2026-002", name="Einladung Messe Köln", status=CampaignStatus.ACTIVE)
        s.add(campaign)
        s.flush()
        action = CampaignAction(campaign_id=campaign.id, sequence=1, name="Telefonaktion",
                                channel=Channel.DOSSIER_ONLY, dossier_item_type_id=calls.id, generated_at=utcnow())
        firm = Organisation(code="O1", name="Hartung GmbH", phone="0221 98765-0")
        s.add_all([action, firm])
        s.flush()
        anna = Person(code="000042", first_name="Anna", last_name="Müller", phone="0221 1234567",
                      postcode="50667", city="Köln", email="anna.mueller@example.org")
        staff = [Person(code=f"00010{i}", first_name=f"Kai{i}", last_name="Hartung", organisation_id=firm.id)
                 for i in range(2)]
        s.add_all([anna, *staff])
        s.flush()
        s.add(DossierItem(person_id=anna.id, campaign_id=campaign.id, action_id=action.id, type_id=calls.id,
                          subject="Einladung"))
        return {"anna": anna.id, "action": action.id}


def visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_the_caller_is_found_by_any_notation_and_opened_with_the_campaign(qtbot, sqlite_db) -> None:
    ids = people(sqlite_db)
    dialog = CallerDialog(AppContext(settings=Settings(), db=sqlite_db, language="de"))
    qtbot.addWidget(dialog)
    dialog.show()
    opened: list[tuple[int, str]] = []
    dialog.open_person.connect(lambda person, banner: opened.append((person, banner)))
    qtbot.keyClicks(dialog.search, "0049 (221) 123 45-67")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 1, (dialog.search.text(), dialog.status.text())
    assert dialog.table.item(0, 0).text() == "Anna Müller"
    assert dialog.table.item(0, 4).text() == "2026-002 Einladung Messe Köln – Telefonaktion"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened and opened[0][0] == ids["anna"]
    assert "0221 1234567" in opened[0][1] and "2026-002 Einladung Messe Köln" in opened[0][1]


def test_a_switchboard_number_offers_the_organisations_people(qtbot, sqlite_db) -> None:
    people(sqlite_db)
    dialog = CallerDialog(AppContext(settings=Settings(), db=sqlite_db, language="de"))
    qtbot.addWidget(dialog)
    dialog.show_number("+49 221 987650")
    assert sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())) == [
        "Kai0 Hartung", "Kai1 Hartung"]


def test_an_unknown_number_offers_a_new_person_with_that_number(qtbot, sqlite_db) -> None:
    people(sqlite_db)
    dialog = CallerDialog(AppContext(settings=Settings(), db=sqlite_db, language="de"))
    qtbot.addWidget(dialog)
    dialog.show()
    wanted: list[str] = []
    dialog.new_person.connect(wanted.append)
    dialog.show_number("0211 555 666")
    assert dialog.table.rowCount() == 0
    assert "0211 555 666" in dialog.status.text()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert wanted == ["0211 555 666"]


def answer_duplicates(qtbot, button: str) -> list[DuplicateDialog]:
    """Click ``use`` or ``create`` in the duplicate dialog when it comes up."""
    seen: list[DuplicateDialog] = []

    def attempt() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, DuplicateDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, attempt)
            return
        seen.append(found[0])
        (found[0].use_button if button == "use" else found[0].create_button).click()

    QTimer.singleShot(0, attempt)
    return seen


def fill(qtbot, dialog: NewPersonDialog, **values: str) -> None:
    for key, value in values.items():
        dialog.edits[key].setText(value)


def test_an_interested_caller_who_exists_is_taken_instead_of_entered_twice(qtbot, main_window, sqlite_db) -> None:
    ids = people(sqlite_db)
    window = main_window(sqlite_db)
    seen = answer_duplicates(qtbot, "use")

    def enter() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewPersonDialog) and w.isVisible())
        assert dialog.edits["phone"].text() == "0221/1234567"
        fill(qtbot, dialog, first_name="anna", last_name="MÜLLER", postcode="50 667")
        dialog.choose_action(ids["action"])
        dialog.accept()

    QTimer.singleShot(50, enter)
    person_id = window.contacts.new_interested(phone="0221/1234567")
    assert person_id == ids["anna"]
    assert [d.table.item(0, 0).text() for d in seen] == ["Anna Müller"]
    assert "name and postcode" in seen[0].table.item(0, 4).text() and "phone" in seen[0].table.item(0, 4).text()
    with sqlite_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 3  # nobody new
        member = s.scalars(select(ActionMember).where(ActionMember.person_id == ids["anna"])).one()
        assert (member.action_id, member.origin, member.linked) == (ids["action"], MemberOrigin.MANUAL, True)
    assert [w.person_id for w in visible(ContactWindow)] == [ids["anna"]]


def test_a_new_interested_person_goes_into_the_action_with_an_open_item(qtbot, main_window, sqlite_db) -> None:
    ids = people(sqlite_db)
    window = main_window(sqlite_db)
    seen = answer_duplicates(qtbot, "create")

    def enter() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewPersonDialog) and w.isVisible())
        fill(qtbot, dialog, first_name="Jan", last_name="Müller", postcode="50667", city="Köln")
        dialog.choose_action(ids["action"])
        dialog.accept()

    QTimer.singleShot(50, enter)
    person_id = window.contacts.new_interested()
    assert len(seen) == 1  # same name and postcode: asked, and entered anyway
    with sqlite_db.session() as s:
        jan = s.get(Person, person_id)
        assert (jan.first_name, jan.last_name, jan.code) == ("Jan", "Müller", "000102")
        items = s.scalars(select(DossierItem).where(DossierItem.person_id == person_id)).all()
        assert [(i.action_id, i.handled) for i in items] == [(ids["action"], False)]
