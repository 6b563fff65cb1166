"""The main window as a clerk uses it: list, editor, saving, conflicts, German texts."""

from __future__ import annotations

import datetime as dt
import getpass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from desktop.campaigns import service
from desktop.campaigns.service import CampaignData
from desktop.db.engine import Database

YEAR = dt.date.today().year
COLLEAGUE = "k.meier"


# -- helpers: what the clerk sees and does ------------------------------------------------------


def plain(text: str) -> str:
    """A label or button text as the clerk reads it: mnemonic '&' removed ('&&' is '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def rows(window) -> list[tuple[str, str, str]]:
    """The campaign list as shown, top to bottom: (number, name, status)."""
    model = window.campaign_list.ui.campaignView.model()
    return [
        tuple(model.index(r, c).data() for c in range(3))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def row_of(window, number: str) -> tuple[str, str, str]:
    found = [row for row in rows(window) if row[0] == number]
    assert found, f"{number} is not in the list {rows(window)}"
    return found[0]


def click_campaign(qtbot, window, number: str) -> None:
    """Click the campaign's row in the list, as the clerk does."""
    view = window.campaign_list.ui.campaignView
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == number:
            rect = view.visualRect(model.index(r, 1))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{number} is not in the list {rows(window)}")


def type_into(qtbot, line_edit, text: str) -> None:
    """Replace the field's content by typing, as the clerk does (emits textEdited)."""
    line_edit.setFocus()
    line_edit.selectAll()
    if text:
        qtbot.keyClicks(line_edit, text)
    else:
        qtbot.keyClick(line_edit, Qt.Key.Key_Delete)


def stored(db: Database, campaign_id: int) -> CampaignData | None:
    with db.session() as session:
        return service.load(session, campaign_id)


def stored_names(db: Database) -> list[str]:
    with db.session() as session:
        return [row.name for row in service.list_campaigns(session)]


def shown_number(window) -> str:
    return window.editor.ui.numberEdit.text()


def press_save(qtbot, window) -> None:
    """Ctrl+S in the window."""
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def colleague_saves(db: Database, campaign_id: int, monkeypatch, **changes: object) -> CampaignData:
    """Another clerk, at another workstation, saves the campaign in between."""
    with monkeypatch.context() as m:
        m.setattr(getpass, "getuser", lambda: COLLEAGUE)
        with db.session() as session:
            data = service.load(session, campaign_id)
            assert data is not None
            return service.save(session, data.replace(**changes))


def colleague_deletes(db: Database, campaign_id: int) -> None:
    with db.session() as session:
        data = service.load(session, campaign_id)
        assert data is not None
        service.delete(session, data.id, data.row_version)


# -- German -----------------------------------------------------------------------------------


def test_german_menus_tabs_and_groups(german, demo_db, main_window) -> None:
    window = main_window(demo_db, language="de")

    menus = [plain(action.text()) for action in window.menuBar().actions()]
    assert menus == ["Datei", "Bearbeiten", "Kontakte", "Auswertung", "Hilfe"]
    edit_menu = [plain(a.text()) for a in window.ui.menuEdit.actions() if not a.isSeparator()]
    assert "Kampagnen" in edit_menu
    assert "Kampagne duplizieren" in edit_menu
    assert "Kampagne löschen…" in edit_menu

    tabs = window.editor.ui.tabs
    assert [plain(tabs.tabText(i)) for i in range(tabs.count())] == [
        "Allgemein", "Kampagne", "Kosten", "Reaktionsarten", "Aufgaben"]

    tabs.setCurrentWidget(window.editor.ui.campaignTab)
    ui = window.editor.ui
    groups = [ui.dataSourceGroup, ui.actionsGroup, ui.recipientsGroup, ui.costsGroup, ui.totalsGroup]
    assert [g.title() for g in groups] == [
        "Datenquelle wählen",
        "Aktion wählen",
        "Gruppe von Daten für Aktionen / Auswahl der Empfänger",
        "Kosten",
        "Summen",
    ]
    for group in groups:
        assert group.isVisible()
    assert plain(ui.editQueryButton.text()) == "Abfrage editieren für Kampagne…"
    assert plain(window.editor.campaign_tab.list_button.text()) == "Verteiler wählen…"
    assert window.editor.campaign_tab.action_list.isVisible()
    assert window.editor.campaign_tab.target_group.isVisible()
    # The figures of the action chosen and of the campaign.
    figures = window.editor.campaign_tab.figures
    assert ui.costsLayout.itemAt(0).widget() is figures.costs_area
    assert ui.totalsLayout.itemAt(0).widget() is figures.totals_area
    assert figures.costs_area.isVisible() and figures.totals_area.isVisible()


def test_german_status_bar_list_and_status_names(german, demo_db, main_window) -> None:
    window = main_window(demo_db, language="de")

    assert window.database_label.isVisible()
    assert window.database_label.text() == f"Lokale Datenbank: {demo_db.display}"

    header = window.campaign_list.ui.campaignView.horizontalHeader()
    model = window.campaign_list.ui.campaignView.model()
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())] == [
        "Nummer",
        "Name",
        "Status",
    ]
    assert rows(window) == [
        (f"{YEAR}-004", "Kundenzufriedenheit", "Geplant"),
        (f"{YEAR}-003", "Nieuwsbrief najaar", "Geplant"),
        (f"{YEAR}-002", "Einladung Messe Köln", "Aktiv"),
        (f"{YEAR}-001", "Frühjahrsmailing Bestandskunden", "Abgeschlossen"),
    ]
    combo = window.editor.ui.statusCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Geplant",
        "Aktiv",
        "Abgeschlossen",
        "Abgebrochen",
    ]
    assert combo.currentText() == "Geplant"
    assert window.editor.ui.lastRunLabel.text() == "noch nie"
    assert plain(window.editor.revert_button.text()) == "Änderungen verwerfen"
    assert plain(window.editor.save_button.text()) == "Speichern"
    assert [plain(b.text()) for b in (
        window.campaign_list.ui.newButton,
        window.campaign_list.ui.duplicateButton,
        window.campaign_list.ui.deleteButton,
    )] == ["Neu", "Duplizieren", "Löschen…"]


def _cut_off(window) -> list[str]:
    """Visible labels, buttons and group titles whose text does not fit their width."""
    problems = []
    for label in window.findChildren(QLabel):
        text = plain(label.text()) if label.buddy() else label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text
        )
        if not label.isVisible() or not text or label.wordWrap() or rich:
            continue
        needed = label.fontMetrics().horizontalAdvance(text)
        if label.contentsRect().width() < needed:
            problems.append(f"label {text!r}: {label.contentsRect().width()} < {needed}")
    for button in window.findChildren(QAbstractButton):
        text = plain(button.text())
        if not button.isVisible() or not text:
            continue
        if button.width() < button.sizeHint().width():
            problems.append(f"button {text!r}: {button.width()} < {button.sizeHint().width()}")
    for group in window.findChildren(QGroupBox):
        if group.isVisible() and group.width() < group.fontMetrics().horizontalAdvance(group.title()):
            problems.append(f"group {group.title()!r}: {group.width()}")
    return problems


def test_german_texts_are_not_cut_off(german, qtbot, demo_db, main_window) -> None:
    window = main_window(demo_db, language="de", size=(1100, 680))
    # The longest campaign name, in the title above the form.
    click_campaign(qtbot, window, f"{YEAR}-001")
    QApplication.processEvents()
    assert shown_number(window) == f"{YEAR}-001"
    assert _cut_off(window) == []
    window.editor.ui.tabs.setCurrentWidget(window.editor.ui.campaignTab)
    QApplication.processEvents()
    assert _cut_off(window) == []


def test_german_unsaved_changes_question(german, qtbot, demo_db, main_window, message_boxes) -> None:
    window = main_window(demo_db, language="de")
    type_into(qtbot, window.editor.ui.nameEdit, "Umfrage 2026")

    message_boxes.answer("Abbrechen")
    click_campaign(qtbot, window, f"{YEAR}-002")

    box = message_boxes.last
    assert box.title == "Ungespeicherte Änderungen"
    assert box.text == "Die Kampagne „Kundenzufriedenheit“ hat ungespeicherte Änderungen. Sollen sie gespeichert werden?"
    assert sorted(box.buttons) == ["Abbrechen", "Speichern", "Verwerfen"]
    assert window.editor.ui.nameEdit.text() == "Umfrage 2026"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Ihre 2 Aktionen "),
        ("en", "Its 2 actions "),
    ],
)
def test_delete_question_names_campaign_and_actions(
    request, qtbot, demo_db, main_window, message_boxes, language, expected
) -> None:
    if language == "de":
        request.getfixturevalue("german")
    window = main_window(demo_db, language=language)
    click_campaign(qtbot, window, f"{YEAR}-002")

    cancel = "Abbrechen" if language == "de" else "Cancel"
    message_boxes.answer(cancel)
    qtbot.mouseClick(window.campaign_list.ui.deleteButton, Qt.MouseButton.LeftButton)

    box = message_boxes.last
    assert f"{YEAR}-002 Einladung Messe Köln" in box.text
    assert expected in box.informative


# -- new campaign, saving ------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["button", "ctrl+n"])
def test_new_campaign_is_listed_focused_and_saved(qtbot, sqlite_db, main_window, how) -> None:
    window = main_window()
    assert rows(window) == []

    if how == "button":
        qtbot.mouseClick(window.campaign_list.ui.newButton, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert rows(window) == [(f"{YEAR}-001", "New campaign", "Planned")]
    assert window.campaign_list.current_id() == window.editor.campaign_id != 0
    name = window.editor.ui.nameEdit
    assert window.editor.ui.tabs.currentWidget() is window.editor.ui.generalTab
    assert name.hasFocus()
    assert name.selectedText() == "New campaign"
    assert not window.isWindowModified()

    qtbot.keyClicks(name, "Sommerfest Kunden")
    assert name.text() == "Sommerfest Kunden"
    assert window.isWindowModified()
    press_save(qtbot, window)

    assert not window.isWindowModified()
    assert not window.ui.actionSave.isEnabled()
    saved = stored(sqlite_db, window.editor.campaign_id)
    assert saved is not None
    assert (saved.number, saved.name) == (f"{YEAR}-001", "Sommerfest Kunden")
    assert rows(window) == [(f"{YEAR}-001", "Sommerfest Kunden", "Planned")]
    assert window.editor.ui.titleLabel.text() == f"{YEAR}-001  Sommerfest Kunden"


def test_second_new_campaign_gets_the_next_number(qtbot, sqlite_db, main_window) -> None:
    window = main_window()
    window.ui.actionNewCampaign.trigger()
    window.ui.actionNewCampaign.trigger()
    assert [r[0] for r in rows(window)] == [f"{YEAR}-002", f"{YEAR}-001"]
    assert shown_number(window) == f"{YEAR}-002"


def test_editing_marks_window_modified_and_discard_reverts(qtbot, demo_db, main_window) -> None:
    window = main_window(demo_db)
    editor = window.editor
    assert shown_number(window) == f"{YEAR}-004"
    assert not window.isWindowModified()
    assert not window.ui.actionSave.isEnabled()
    assert not editor.save_button.isEnabled()

    type_into(qtbot, editor.ui.nameEdit, "Umfrage unter Kunden")
    editor.ui.descriptionEdit.setFocus()
    qtbot.keyClicks(editor.ui.descriptionEdit, "Nur Deutschland. ")

    assert window.isWindowModified()
    assert window.ui.actionSave.isEnabled()
    assert editor.save_button.isEnabled()
    assert editor.revert_button.isEnabled()

    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)

    assert editor.ui.nameEdit.text() == "Kundenzufriedenheit"
    assert editor.ui.descriptionEdit.toPlainText() == (
        "Telefonische Umfrage unter Kunden mit Bestellung im letzten Jahr."
    )
    assert not window.isWindowModified()
    assert not window.ui.actionSave.isEnabled()
    assert stored(demo_db, editor.campaign_id).name == "Kundenzufriedenheit"


def test_typing_the_old_value_back_is_not_a_change(qtbot, demo_db, main_window) -> None:
    window = main_window(demo_db)
    name = window.editor.ui.nameEdit
    type_into(qtbot, name, "Kundenzufriedenheit!")
    assert window.isWindowModified()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert name.text() == "Kundenzufriedenheit"
    assert not window.isWindowModified()


# -- leaving a campaign with unsaved changes ----------------------------------------------------------


def test_switching_away_and_cancel_stays_on_the_edited_campaign(
    qtbot, demo_db, main_window, message_boxes
) -> None:
    window = main_window(demo_db)
    type_into(qtbot, window.editor.ui.nameEdit, "Umfrage unter Kunden")

    message_boxes.answer("Cancel")
    click_campaign(qtbot, window, f"{YEAR}-002")

    box = message_boxes.last
    assert box.title == "Unsaved changes"
    assert box.text == "The campaign “Kundenzufriedenheit” has unsaved changes. Save them?"
    assert sorted(box.buttons) == ["Cancel", "Discard", "Save"]
    assert shown_number(window) == f"{YEAR}-004"
    assert window.editor.ui.nameEdit.text() == "Umfrage unter Kunden"
    assert window.isWindowModified()
    # The list puts its selection back once the click has been handled.
    qtbot.waitUntil(lambda: window.campaign_list.current_id() == 4, timeout=1000)
    assert stored(demo_db, 4).name == "Kundenzufriedenheit"


def highlighted(window) -> list[str]:
    selected = window.campaign_list.ui.campaignView.selectionModel().selectedRows()
    return [index.data() for index in selected]


@pytest.mark.parametrize("how", ["mouse", "arrow key"])
def test_switching_away_and_cancel_highlights_the_edited_campaign(
    qtbot, demo_db, main_window, message_boxes, how
) -> None:
    window = main_window(demo_db)
    type_into(qtbot, window.editor.ui.nameEdit, "Umfrage unter Kunden")
    assert highlighted(window) == [f"{YEAR}-004"]

    message_boxes.answer("Cancel")
    if how == "mouse":
        click_campaign(qtbot, window, f"{YEAR}-002")
    else:
        view = window.campaign_list.ui.campaignView
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Down)
    QApplication.processEvents()

    assert message_boxes.last.title == "Unsaved changes"
    assert shown_number(window) == f"{YEAR}-004"
    assert highlighted(window) == [f"{YEAR}-004"]


def test_switching_away_and_discard_moves_on(qtbot, demo_db, main_window, message_boxes) -> None:
    window = main_window(demo_db)
    type_into(qtbot, window.editor.ui.nameEdit, "Umfrage unter Kunden")

    message_boxes.answer("Discard")
    click_campaign(qtbot, window, f"{YEAR}-002")

    assert shown_number(window) == f"{YEAR}-002"
    assert window.editor.ui.nameEdit.text() == "Einladung Messe Köln"
    assert not window.isWindowModified()
    assert row_of(window, f"{YEAR}-004")[1] == "Kundenzufriedenheit"
    assert stored(demo_db, 4).name == "Kundenzufriedenheit"


def test_switching_away_and_save_saves(qtbot, demo_db, main_window, message_boxes) -> None:
    window = main_window(demo_db)
    type_into(qtbot, window.editor.ui.nameEdit, "Umfrage unter Kunden")

    message_boxes.answer("Save")
    click_campaign(qtbot, window, f"{YEAR}-002")

    assert shown_number(window) == f"{YEAR}-002"
    assert not window.isWindowModified()
    assert row_of(window, f"{YEAR}-004")[1] == "Umfrage unter Kunden"
    assert stored(demo_db, 4).name == "Umfrage unter Kunden"


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_window_open(
    qtbot, demo_db, main_window, message_boxes
) -> None:
    window = main_window(demo_db)
    type_into(qtbot, window.editor.ui.nameEdit, "Umfrage unter Kunden")

    message_boxes.answer("Cancel")
    assert not window.close()

    assert message_boxes.last.title == "Unsaved changes"
    assert window.isVisible()
    assert window.editor.ui.nameEdit.text() == "Umfrage unter Kunden"


# -- validation -----------------------------------------------------------------------------------------


def test_saving_without_name_explains_and_focuses_the_name(
    qtbot, demo_db, main_window, message_boxes
) -> None:
    window = main_window(demo_db)
    editor = window.editor
    type_into(qtbot, editor.ui.nameEdit, "")
    assert window.isWindowModified()
    editor.ui.tabs.setCurrentWidget(editor.ui.campaignTab)

    message_boxes.answer("OK")
    press_save(qtbot, window)

    box = message_boxes.last
    assert box.title == "Cannot save the campaign"
    assert box.text == "Please enter a name for the campaign."
    assert editor.ui.tabs.currentWidget() is editor.ui.generalTab
    # A window manager gives the window back its activation when the box closes; the
    # offscreen platform does not, so do it here. Focus then goes where the editor put it.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert editor.ui.nameEdit.hasFocus()
    assert window.isWindowModified()
    assert stored(demo_db, 4).name == "Kundenzufriedenheit"
    assert row_of(window, f"{YEAR}-004")[1] == "Kundenzufriedenheit"


# -- another clerk saved or deleted meanwhile -----------------------------------------------------------


CONFLICT_BUTTONS = ["Keep editing", "Reload, discard mine", "Save mine over theirs"]


def _edit_while_colleague_saves(qtbot, db, window, monkeypatch) -> None:
    assert shown_number(window) == f"{YEAR}-004"
    type_into(qtbot, window.editor.ui.nameEdit, "Umfrage meine Fassung")
    colleague_saves(db, 4, monkeypatch, name="Von Kollegin geändert")


def _check_conflict_box(box) -> None:
    assert box.title == "Changed by someone else"
    assert COLLEAGUE in box.text
    # The campaign is named as the colleague saved it, not by the clerk's unsaved name.
    assert f"“{YEAR}-004 Kundenzufriedenheit”" in box.text, box.text
    assert sorted(box.buttons) == CONFLICT_BUTTONS


def test_conflict_keep_editing_keeps_my_text(qtbot, demo_db, main_window, message_boxes, monkeypatch) -> None:
    window = main_window(demo_db)
    _edit_while_colleague_saves(qtbot, demo_db, window, monkeypatch)

    message_boxes.answer("Keep editing")
    press_save(qtbot, window)

    _check_conflict_box(message_boxes.last)
    assert window.editor.ui.nameEdit.text() == "Umfrage meine Fassung"
    assert window.isWindowModified()
    assert stored(demo_db, 4).name == "Von Kollegin geändert"


def test_conflict_reload_shows_colleagues_version(qtbot, demo_db, main_window, message_boxes, monkeypatch) -> None:
    window = main_window(demo_db)
    _edit_while_colleague_saves(qtbot, demo_db, window, monkeypatch)

    message_boxes.answer("Reload, discard mine")
    press_save(qtbot, window)

    _check_conflict_box(message_boxes.last)
    assert window.editor.ui.nameEdit.text() == "Von Kollegin geändert"
    assert COLLEAGUE in window.editor.ui.changedLabel.text()
    assert not window.isWindowModified()
    assert row_of(window, f"{YEAR}-004")[1] == "Von Kollegin geändert"
    assert stored(demo_db, 4).name == "Von Kollegin geändert"


def test_conflict_save_mine_over_theirs(qtbot, demo_db, main_window, message_boxes, monkeypatch) -> None:
    window = main_window(demo_db)
    _edit_while_colleague_saves(qtbot, demo_db, window, monkeypatch)

    message_boxes.answer("Save mine over theirs")
    press_save(qtbot, window)

    _check_conflict_box(message_boxes.last)
    assert stored(demo_db, 4).name == "Umfrage meine Fassung"
    assert window.editor.ui.nameEdit.text() == "Umfrage meine Fassung"
    assert not window.isWindowModified()
    assert row_of(window, f"{YEAR}-004")[1] == "Umfrage meine Fassung"
    assert COLLEAGUE not in window.editor.ui.changedLabel.text()


def _edit_while_colleague_deletes(qtbot, db, window) -> None:
    assert shown_number(window) == f"{YEAR}-004"
    type_into(qtbot, window.editor.ui.nameEdit, "Umfrage meine Fassung")
    window.editor.ui.descriptionEdit.setPlainText("Nur Bestandskunden anrufen.")
    colleague_deletes(db, 4)


def test_conflict_deleted_save_as_new(qtbot, demo_db, main_window, message_boxes) -> None:
    window = main_window(demo_db)
    _edit_while_colleague_deletes(qtbot, demo_db, window)

    message_boxes.answer("Save as new campaign")
    press_save(qtbot, window)

    box = message_boxes.last
    assert "deleted" in box.text
    assert f"“{YEAR}-004 Kundenzufriedenheit”" in box.text
    assert sorted(box.buttons) == ["Discard my entries", "Save as new campaign"]
    # SQLite may hand the freed id 4 to the new campaign, so check by content.
    new_id = window.editor.campaign_id
    assert new_id != 0
    assert "Kundenzufriedenheit" not in stored_names(demo_db)
    saved = stored(demo_db, new_id)
    assert saved is not None
    assert (saved.name, saved.description) == ("Umfrage meine Fassung", "Nur Bestandskunden anrufen.")
    assert window.campaign_list.current_id() == new_id
    assert row_of(window, saved.number)[1] == "Umfrage meine Fassung"
    assert "Kundenzufriedenheit" not in [r[1] for r in rows(window)]
    assert len(rows(window)) == 4
    assert not window.isWindowModified()


def test_conflict_deleted_discard_my_entries(qtbot, demo_db, main_window, message_boxes) -> None:
    window = main_window(demo_db)
    _edit_while_colleague_deletes(qtbot, demo_db, window)

    message_boxes.answer("Discard my entries")
    press_save(qtbot, window)

    assert "deleted" in message_boxes.last.text
    assert sorted(stored_names(demo_db)) == sorted(r[1] for r in rows(window))
    assert "Umfrage meine Fassung" not in stored_names(demo_db)
    assert len(rows(window)) == 3
    assert window.editor.campaign_id != 4
    assert not window.isWindowModified()


# -- delete, duplicate, filter ------------------------------------------------------------------------


def test_delete_cancel_keeps_the_campaign(qtbot, demo_db, main_window, message_boxes) -> None:
    window = main_window(demo_db)
    click_campaign(qtbot, window, f"{YEAR}-002")

    message_boxes.answer("Cancel")
    qtbot.mouseClick(window.campaign_list.ui.deleteButton, Qt.MouseButton.LeftButton)

    box = message_boxes.last
    assert box.title == "Delete campaign"
    assert box.text == f"Delete the campaign “{YEAR}-002 Einladung Messe Köln”?"
    assert sorted(box.buttons) == ["Cancel", "Delete"]
    assert len(rows(window)) == 4
    assert shown_number(window) == f"{YEAR}-002"
    assert stored(demo_db, 2) is not None


def test_delete_removes_the_campaign(qtbot, demo_db, main_window, message_boxes) -> None:
    window = main_window(demo_db)
    click_campaign(qtbot, window, f"{YEAR}-002")

    message_boxes.answer("Delete")
    qtbot.mouseClick(window.campaign_list.ui.deleteButton, Qt.MouseButton.LeftButton)

    assert [r[0] for r in rows(window)] == [f"{YEAR}-004", f"{YEAR}-003", f"{YEAR}-001"]
    assert stored(demo_db, 2) is None
    assert "Einladung Messe Köln" not in stored_names(demo_db)
    assert shown_number(window) != f"{YEAR}-002"
    assert window.editor.campaign_id == window.campaign_list.current_id()


def test_delete_key_in_list_asks_too(qtbot, demo_db, main_window, message_boxes) -> None:
    window = main_window(demo_db)
    click_campaign(qtbot, window, f"{YEAR}-003")

    message_boxes.answer("Delete")
    qtbot.keyClick(window.campaign_list.ui.campaignView, Qt.Key.Key_Delete)

    assert f"{YEAR}-003 Nieuwsbrief najaar" in message_boxes.last.text
    assert f"{YEAR}-003" not in [r[0] for r in rows(window)]


def test_duplicate_selects_the_copy(qtbot, demo_db, main_window) -> None:
    window = main_window(demo_db)
    click_campaign(qtbot, window, f"{YEAR}-002")

    qtbot.mouseClick(window.campaign_list.ui.duplicateButton, Qt.MouseButton.LeftButton)

    copy_id = window.editor.campaign_id
    assert copy_id not in (0, 2)
    assert window.campaign_list.current_id() == copy_id
    assert shown_number(window) == f"{YEAR}-005"
    assert window.editor.ui.nameEdit.text() == "Einladung Messe Köln (copy)"
    assert row_of(window, f"{YEAR}-005") == (f"{YEAR}-005", "Einladung Messe Köln (copy)", "Planned")
    assert row_of(window, f"{YEAR}-002") == (f"{YEAR}-002", "Einladung Messe Köln", "Active")
    with demo_db.session() as session:
        assert service.action_count(session, copy_id) == 2


def test_filter_shows_only_matching_campaigns(qtbot, demo_db, main_window) -> None:
    window = main_window(demo_db)
    box = window.campaign_list.ui.filterEdit

    qtbot.keyClicks(box, "Messe")
    assert rows(window) == [(f"{YEAR}-002", "Einladung Messe Köln", "Active")]

    box.clear()
    qtbot.keyClicks(box, "nieuws")
    assert [r[1] for r in rows(window)] == ["Nieuwsbrief najaar"]

    box.clear()
    qtbot.keyClicks(box, f"{YEAR}-001")
    assert [r[1] for r in rows(window)] == ["Frühjahrsmailing Bestandskunden"]

    box.clear()
    assert len(rows(window)) == 4


# -- remembered between sessions ------------------------------------------------------------------------


def test_size_and_last_campaign_are_remembered(qtbot, demo_db, main_window) -> None:
    # The offscreen screen is 800 pixels wide: a remembered size must fit on it.
    first = main_window(demo_db, size=(760, 580))
    click_campaign(qtbot, first, f"{YEAR}-002")
    first.ui.campaignSplitter.setSizes([230, 500])
    list_width = first.ui.campaignSplitter.sizes()[0]
    assert first.close()

    second = main_window(demo_db)

    assert (second.width(), second.height()) == (760, 580)
    assert second.ui.campaignSplitter.sizes()[0] == list_width
    assert second.campaign_list.current_id() == 2
    assert shown_number(second) == f"{YEAR}-002"
    assert second.editor.ui.nameEdit.text() == "Einladung Messe Köln"
