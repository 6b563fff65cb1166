"""The list of saved selections ("Selektionen") as a clerk uses it, in German.

Open, new, duplicate and delete; a selection a campaign still uses is not deleted. The
query window it opens is replaced by a stand-in exec() that looks at it (or saves it) and
closes it, since its own behaviour is tested in test_query_dialog.py.
"""

from __future__ import annotations

import datetime as dt
import getpass
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import ActionSelection, Selection
from desktop.query import compiler, selections
from desktop.query.definition import QueryDefinition, parse
from desktop.settings import Settings
from desktop.ui.query_dialog import QueryDialog
from desktop.ui.save_selection_dialog import SaveSelectionDialog
from desktop.ui.selections_dialog import SelectionsDialog

YEAR = dt.date.today().year
COUNT = re.compile(r"(\d+) Person(?:en)? gefunden")

KOELN_BONN = {"match": "all", "items": [{"field": "city", "op": "in", "value": ["Köln", "Bonn"]}]}
CUSTOMERS = {"match": "all", "items": [{"field": "org_name", "op": "is_empty", "not": True}]}
PRESS = {"match": "any", "items": [
    {"field": "function", "op": "contains", "value": "Presse"},
    {"field": "email", "op": "starts_with", "value": "presse@"},
]}


def definition(where: dict[str, Any]) -> QueryDefinition:
    return parse({"version": 1, "where": where, "fields": ["last_name", "first_name", "city"]})


# -- fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def saved(demo_db: Database) -> dict[str, int]:
    """Three selections, one a distribution list; their ids by name."""
    ids = {}
    with demo_db.session() as session:
        for name, where, description, distribution in (
            ("Köln und Bonn", KOELN_BONN, "Für die Messe", False),
            ("alle Kunden", CUSTOMERS, "", False),
            ("Presse-Verteiler", PRESS, "Redaktionen", True),
        ):
            data = selections.SelectionData(0, name, definition(where), description, distribution)
            ids[name] = selections.save(session, data).id
    return ids


@pytest.fixture
def open_selections(qtbot, sqlite_db: Database, message_boxes) -> Iterator[Callable[..., SelectionsDialog]]:
    def make(db: Database | None = None) -> SelectionsDialog:
        dialog = SelectionsDialog(AppContext(settings=Settings(), db=db or sqlite_db, language="de"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        return dialog

    yield make
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def listed(dialog: SelectionsDialog) -> list[tuple[str, str]]:
    """(Name, Verteiler) of every line, top to bottom."""
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def highlighted(dialog: SelectionsDialog) -> list[str]:
    return [dialog.table.item(index.row(), 0).text() for index in dialog.table.selectionModel().selectedRows()]


def click_row(qtbot, dialog: SelectionsDialog, name: str, double: bool = False) -> None:
    table = dialog.table
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == name:
            center = table.visualItemRect(table.item(r, 0)).center()
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
            assert highlighted(dialog) == [name]
            if double:  # QTest's double click is the second press only
                qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
            return
    raise AssertionError(f"{name!r} is not listed: {listed(dialog)}")


def button(dialog: SelectionsDialog, text: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if plain(b.text()) == text]
    assert len(found) == 1, f"no button {text!r}: {[plain(b.text()) for b in dialog.findChildren(QPushButton)]}"
    return found[0]


def stored(db: Database) -> dict[str, selections.SelectionData]:
    with db.session() as session:
        rows = selections.list_selections(session)
        return {row.name: selections.load(session, row.id) for row in rows}  # type: ignore[misc]


def use_as_data_source(db: Database, campaign_number: str, selection_id: int) -> None:
    from desktop.db.models import Campaign  # noqa: PLC0415

    with db.session() as session:
        campaign_id = session.query(Campaign.id).filter(Campaign.number == campaign_number).scalar()
        selections.use_for_campaign(session, campaign_id, selection_id)


def wait_for_count(qtbot, dialog: QueryDialog) -> None:
    """Until the query window shows the count of its current query.

    The selections list deletes the window once its exec() returns, so a stand-in exec()
    lets the count come back first: a count arriving later would find the window gone.
    """
    qtbot.waitUntil(
        lambda: not dialog._timer.isActive() and bool(COUNT.fullmatch(dialog.ui.countLabel.text())), timeout=5000
    )


def look_at_query_dialog(qtbot, monkeypatch) -> list[dict[str, Any]]:
    """Replaces QueryDialog.exec: note what the window shows once its count is in, then close it."""
    seen: list[dict[str, Any]] = []

    def exec_(dialog: QueryDialog) -> QDialog.DialogCode:
        dialog.show()
        wait_for_count(qtbot, dialog)
        seen.append({
            "title": dialog.windowTitle(),
            "where": dialog.root.raw(),
            "fields": dialog.model.definition.fields,
            "count": dialog.ui.countLabel.text(),
            "use": dialog.ui.useButton.isVisible(),
        })
        dialog.reject()
        QThreadPool.globalInstance().waitForDone(10_000)  # no count left running for a closed window
        QApplication.processEvents()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QueryDialog, "exec", exec_)
    return seen


# -- the list ---------------------------------------------------------------------------------


def test_german_list_of_selections(german, qtbot, saved, demo_db, open_selections) -> None:
    dialog = open_selections(demo_db)

    assert dialog.windowTitle() == "Selektionen"
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Name", "Verteiler", "Zuletzt geändert",
    ]
    # By name as a clerk reads it: case does not matter.
    assert listed(dialog) == [("alle Kunden", ""), ("Köln und Bonn", ""), ("Presse-Verteiler", "ja")]
    changed = table.item(0, 2).text()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", changed), changed
    assert [plain(b.text()) for b in (dialog.open_button, dialog.new_button, dialog.duplicate_button,
                                      dialog.delete_button)] == ["Öffnen…", "Neue Abfrage…", "Duplizieren", "Löschen…"]
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert plain(close.text()) == "Schließen"
    assert highlighted(dialog) == ["alle Kunden"]
    assert dialog.open_button.isEnabled() and dialog.duplicate_button.isEnabled() and dialog.delete_button.isEnabled()


def test_without_selections_only_a_new_query_is_offered(german, qtbot, demo_db, open_selections) -> None:
    dialog = open_selections(demo_db)

    assert listed(dialog) == []
    assert dialog.new_button.isEnabled()
    assert not dialog.open_button.isEnabled()
    assert not dialog.duplicate_button.isEnabled()
    assert not dialog.delete_button.isEnabled()


def test_ctrl_3_opens_the_selections(german, qtbot, saved, demo_db, main_window, monkeypatch) -> None:
    window = main_window(demo_db, language="de")
    seen: list[tuple[str, list[tuple[str, str]]]] = []
    monkeypatch.setattr(
        SelectionsDialog, "exec", lambda dialog: seen.append((dialog.windowTitle(), listed(dialog))) or 0
    )
    assert plain(window.ui.actionSelections.text()) == "Selektionen…"

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)

    assert seen == [("Selektionen", [("alle Kunden", ""), ("Köln und Bonn", ""), ("Presse-Verteiler", "ja")])]


# -- open and new -----------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["button", "double click"])
def test_open_shows_the_saved_query(german, qtbot, saved, demo_db, open_selections, monkeypatch, how) -> None:
    dialog = open_selections(demo_db)
    seen = look_at_query_dialog(qtbot, monkeypatch)

    click_row(qtbot, dialog, "Köln und Bonn", double=how == "double click")
    if how == "button":
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert len(seen) == 1
    shown = seen[0]
    assert shown["title"] == "Abfrage „Köln und Bonn“"
    assert parse({"version": 1, "where": shown["where"]}).where == definition(KOELN_BONN).where
    assert shown["fields"] == ("last_name", "first_name", "city")
    with demo_db.engine.connect() as conn:
        expected = conn.execute(compiler.select_count(definition(KOELN_BONN))).scalar_one()
    assert shown["count"] == (f"{expected} Personen gefunden" if expected != 1 else "1 Person gefunden")
    assert expected > 0
    assert shown["use"] is False
    assert highlighted(dialog) == ["Köln und Bonn"]
    # The closed query window (with its result rows) is released.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert dialog.findChildren(QueryDialog) == []


def test_selection_that_no_longer_fits_is_explained(german, qtbot, demo_db, open_selections, monkeypatch,
                                                     message_boxes) -> None:
    with demo_db.session() as session:  # saved by an older version, with a field since removed
        session.add(Selection(name="Faxempfänger", definition={
            "version": 1, "where": {"match": "all", "items": [{"field": "fax", "op": "is_empty", "not": True}]},
        }))
    dialog = open_selections(demo_db)
    seen = look_at_query_dialog(qtbot, monkeypatch)

    message_boxes.answer("OK")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert seen == []
    box = message_boxes.last
    assert box.title == "Selektion öffnen"
    assert box.text == "Bedingung 1: Das Feld „fax“ gibt es nicht (mehr); bitte wählen Sie ein anderes Feld."


def test_new_query_saved_from_the_list_is_listed_and_highlighted(german, qtbot, saved, demo_db, open_selections,
                                                                  monkeypatch) -> None:
    dialog = open_selections(demo_db)

    def save_from_query(query: QueryDialog) -> QDialog.DialogCode:
        assert query.windowTitle() == "Abfrage erstellen"
        query.root.set_raw(PRESS)
        wait_for_count(qtbot, query)
        monkeypatch.setattr(SaveSelectionDialog, "exec", lambda ask: (
            ask.name_edit.setText("Bonner Presse"), QDialog.DialogCode.Accepted)[1])
        assert query.save_selection() is not None
        query.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QueryDialog, "exec", save_from_query)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)

    assert [name for name, _ in listed(dialog)] == ["alle Kunden", "Bonner Presse", "Köln und Bonn", "Presse-Verteiler"]
    assert highlighted(dialog) == ["Bonner Presse"]
    assert stored(demo_db)["Bonner Presse"].definition.where == definition(PRESS).where


def test_opened_selection_saved_under_a_new_name_is_renamed(german, qtbot, saved, demo_db, open_selections,
                                                            monkeypatch) -> None:
    dialog = open_selections(demo_db)
    click_row(qtbot, dialog, "Köln und Bonn")
    seen: dict[str, Any] = {}

    def ask_name(ask: SaveSelectionDialog) -> QDialog.DialogCode:
        seen["offered"] = (ask.name_edit.text(), ask.description_edit.toPlainText())
        ask.name_edit.setText("Messe Köln/Bonn")
        return QDialog.DialogCode.Accepted

    def rename(query: QueryDialog) -> QDialog.DialogCode:
        seen["before"] = query.windowTitle()
        wait_for_count(qtbot, query)
        monkeypatch.setattr(SaveSelectionDialog, "exec", ask_name)
        assert query.save_selection() is not None
        seen["after"] = query.windowTitle()
        query.reject()  # just saved: closes without asking
        seen["closed"] = not query.isVisible()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QueryDialog, "exec", rename)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert seen == {
        "before": "Abfrage „Köln und Bonn“", "offered": ("Köln und Bonn", "Für die Messe"),
        "after": "Abfrage „Messe Köln/Bonn“", "closed": True,
    }
    # The same selection under its new name, not a copy beside the old one.
    assert listed(dialog) == [("alle Kunden", ""), ("Messe Köln/Bonn", ""), ("Presse-Verteiler", "ja")]
    assert highlighted(dialog) == ["Messe Köln/Bonn"]
    in_db = stored(demo_db)
    renamed = in_db["Messe Köln/Bonn"]
    assert "Köln und Bonn" not in in_db
    assert renamed.id == saved["Köln und Bonn"]
    assert (renamed.definition, renamed.description) == (definition(KOELN_BONN), "Für die Messe")


def test_changed_selection_closed_with_verwerfen_stays_as_saved(german, qtbot, saved, demo_db, open_selections,
                                                                monkeypatch, message_boxes) -> None:
    dialog = open_selections(demo_db)
    click_row(qtbot, dialog, "Köln und Bonn")

    def change_and_close(query: QueryDialog) -> QDialog.DialogCode:
        query.root.set_raw(PRESS)
        wait_for_count(qtbot, query)
        message_boxes.answer("Verwerfen")
        query.reject()
        assert not query.isVisible()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QueryDialog, "exec", change_and_close)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    box = message_boxes.last
    assert (box.title, box.clicked) == ("Abfrage schließen", "Verwerfen")
    assert box.text == "Die Abfrage wurde geändert. Vor dem Schließen als Selektion speichern?"
    assert stored(demo_db)["Köln und Bonn"].definition == definition(KOELN_BONN)
    assert listed(dialog) == [("alle Kunden", ""), ("Köln und Bonn", ""), ("Presse-Verteiler", "ja")]
    assert highlighted(dialog) == ["Köln und Bonn"]


# -- duplicate --------------------------------------------------------------------------------


def test_duplicate_creates_a_copy(german, qtbot, saved, demo_db, open_selections) -> None:
    dialog = open_selections(demo_db)
    click_row(qtbot, dialog, "Presse-Verteiler")

    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)

    assert listed(dialog) == [
        ("alle Kunden", ""), ("Köln und Bonn", ""), ("Presse-Verteiler", "ja"), ("Presse-Verteiler (Kopie)", "ja"),
    ]
    assert highlighted(dialog) == ["Presse-Verteiler (Kopie)"]
    in_db = stored(demo_db)
    copy, original = in_db["Presse-Verteiler (Kopie)"], in_db["Presse-Verteiler"]
    assert copy.id != original.id
    assert (copy.definition, copy.description, copy.is_distribution_list) == (
        original.definition, "Redaktionen", True
    )

    # The same original again: the copy's name is taken, so it is numbered.
    click_row(qtbot, dialog, "Presse-Verteiler")
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)

    assert highlighted(dialog) == ["Presse-Verteiler (Kopie) 2"]
    assert len(stored(demo_db)) == 5


# -- delete -----------------------------------------------------------------------------------


def test_delete_asks_and_cancel_keeps_it(german, qtbot, saved, demo_db, open_selections, message_boxes) -> None:
    dialog = open_selections(demo_db)
    click_row(qtbot, dialog, "Köln und Bonn")

    message_boxes.answer("Abbrechen")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    box = message_boxes.last
    assert box.title == "Selektion löschen"
    assert box.text == "Die Selektion „Köln und Bonn“ löschen? Das kann nicht rückgängig gemacht werden."
    assert sorted(box.buttons) == ["Abbrechen", "Ja"]
    assert "Köln und Bonn" in stored(demo_db)
    assert len(listed(dialog)) == 3


@pytest.mark.parametrize("how", ["button", "Entf key"])
def test_delete_answered_yes_removes_it(german, qtbot, saved, demo_db, open_selections, message_boxes, how) -> None:
    dialog = open_selections(demo_db)
    click_row(qtbot, dialog, "Köln und Bonn")

    message_boxes.answer("Ja")
    if how == "button":
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    else:
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)

    assert message_boxes.last.clicked == "Ja"
    assert "Köln und Bonn" not in stored(demo_db)
    assert listed(dialog) == [("alle Kunden", ""), ("Presse-Verteiler", "ja")]
    assert len(highlighted(dialog)) == 1


@pytest.mark.parametrize("use", ["data source", "target group"])
def test_selection_used_by_a_campaign_is_not_deleted(german, qtbot, saved, demo_db, open_selections,
                                                      message_boxes, use) -> None:
    if use == "data source":
        use_as_data_source(demo_db, f"{YEAR}-002", saved["Köln und Bonn"])
        campaign = f"{YEAR}-002 Einladung Messe Köln"
    else:
        with demo_db.session() as session:  # action 1 belongs to 2026-001
            session.add(ActionSelection(action_id=1, selection_id=saved["Köln und Bonn"], member_count=3))
        campaign = f"{YEAR}-001 Frühjahrsmailing Bestandskunden"
    dialog = open_selections(demo_db)
    click_row(qtbot, dialog, "Köln und Bonn")

    message_boxes.answer("Ja", "OK")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    question, warning = message_boxes.seen
    assert question.clicked == "Ja"
    assert warning.title == "Selektion löschen"
    assert warning.text == (
        f"Die Selektion „Köln und Bonn“ wird von diesen Kampagnen verwendet und wurde nicht gelöscht: "
        f"{campaign}. Wählen Sie dort zuerst eine andere Datenquelle oder Zielgruppe."
    )
    assert "Köln und Bonn" in stored(demo_db)
    assert [name for name, _ in listed(dialog)] == ["alle Kunden", "Köln und Bonn", "Presse-Verteiler"]


def test_selection_changed_by_a_colleague_meanwhile_is_not_deleted(german, qtbot, saved, demo_db, open_selections,
                                                                    message_boxes, monkeypatch) -> None:
    dialog = open_selections(demo_db)
    click_row(qtbot, dialog, "Köln und Bonn")
    with monkeypatch.context() as m:  # another clerk saves it in between
        m.setattr(getpass, "getuser", lambda: "k.meier")
        with demo_db.session() as session:
            data = selections.load(session, saved["Köln und Bonn"])
            selections.save(session, data.replace(description="geändert"))  # type: ignore[union-attr]

    message_boxes.answer("Ja", "OK")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    assert message_boxes.last.text == (
        "Ein anderer Benutzer hat die Selektion inzwischen geändert oder gelöscht; sie wurde nicht gelöscht."
    )
    assert stored(demo_db)["Köln und Bonn"].description == "geändert"
