"""The query window ("Abfrage erstellen") as a clerk uses it, in German.

Conditions are built in the condition rows, the live count is awaited (it runs on a worker
after a 400 ms pause in typing), and what the window shows is compared with what the query
engine finds for the same definition.

Modal dialogs other than message boxes (Save as selection, Columns, the operating system's
file dialog) are replaced by stand-ins that fill in their fields and answer as the clerk
would; the real dialogs' widgets are used where the stand-in gets hold of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
)
from sqlalchemy import delete, select

from desktop.campaigns import service
from desktop.context import AppContext
from desktop.db import demo
from desktop.db.engine import Database
from desktop.db.folding import fold
from desktop.db.models import ActionMember
from desktop.db.models.enums import MemberOrigin
from desktop.query import compiler, export, results, selections
from desktop.query.definition import QueryDefinition, parse
from desktop.query.fields import DEFAULT_OUTPUT, P
from desktop.settings import Settings
from desktop.ui.columns_dialog import ColumnsDialog
from desktop.ui.query_dialog import QueryDialog
from desktop.ui.result_table_model import display
from desktop.ui.save_selection_dialog import SaveSelectionDialog

YEAR = dt.date.today().year
COUNT = re.compile(r"(\d+) Person(?:en)? gefunden")
PLEASE_CORRECT = "Bitte korrigieren Sie die markierten Bedingungen."
PLEASE_CORRECT_FIRST = "Bitte korrigieren Sie zuerst die markierten Bedingungen."
CLOSE_QUESTION = "Die Abfrage wurde geändert. Vor dem Schließen als Selektion speichern?"

GERMAN_HEADERS = [
    "Kontaktnummer", "Anrede", "Titel", "Vorname", "Namenszusatz", "Nachname",
    "Organisation", "Straße", "PLZ", "Ort", "E-Mail",
]

# The example: in Köln or Bonn, at an organisation with more than 20 employees,
# not in the target group of action 1 ("2026-001 / 1 Pilot Köln/Bonn" in the demo data).
SCENARIO_WHERE: dict[str, Any] = {
    "match": "all",
    "items": [
        {"field": "city", "op": "in", "value": ["Köln", "Bonn"]},
        {"field": "org_employees", "op": "gt", "value": 20},
        {"field": "action_member", "op": "not_exists", "value": 1},
    ],
}
# Persons of the scenario put into the target group of action 1, so "not" has work to do.
IN_ACTION_1 = 3


def scenario(**changes: Any) -> QueryDefinition:
    definition = parse({"version": 1, "where": SCENARIO_WHERE})
    return dataclasses.replace(definition, **changes)


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def big_db(sqlite_db: Database) -> Database:
    """600 demo persons (Köln: 68, Bonn: 30); three of the scenario's in action 1's target group."""
    demo.generate(sqlite_db, persons=600, seed=1)
    without_action = parse({"version": 1, "where": {"match": "all", "items": SCENARIO_WHERE["items"][:2]}})
    with sqlite_db.session() as session:
        for person_id in results.matching_ids(sqlite_db, without_action)[:IN_ACTION_1]:
            session.add(ActionMember(action_id=1, person_id=person_id, origin=MemberOrigin.MANUAL))
    return sqlite_db


def leave_unchanged(dialog: QueryDialog) -> None:
    """Let a query a test changed close without "Vor dem Schließen als Selektion speichern?"."""
    if shiboken6.isValid(dialog):
        dialog._saved_raw = dialog.raw_definition()


@pytest.fixture
def open_query(qtbot, sqlite_db: Database, message_boxes) -> Iterator[Callable[..., QueryDialog]]:
    """Opens shown query dialogs (German unless told); waits for their queries at the end.

    pytest-qt closes the dialogs after the test, before the fixtures' teardown; a query the
    test changed would then ask whether to save it, so it is marked unchanged first. Tests
    that close a dialog on purpose answer that question themselves.
    """

    def make(db: Database | None = None, language: str = "de", **kwargs: Any) -> QueryDialog:
        ctx = AppContext(settings=Settings(), db=db or sqlite_db, language=language)
        dialog = QueryDialog(ctx, **kwargs)
        qtbot.addWidget(dialog, before_close_func=leave_unchanged)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    # A count still running on the thread pool must not outlive the test's database.
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


# -- helpers: what the clerk sees and does ----------------------------------------------------


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def wait_for_count(qtbot, dialog: QueryDialog, timeout: int = 5000) -> int:
    """The number in "<n> Personen gefunden" once the debounced count has come back.

    The label keeps the previous count during the 400 ms pause, so the pause must be over
    (the debounce timer idle) before a count in the label is the current one.
    """
    def settled() -> bool:
        return not dialog._timer.isActive() and COUNT.fullmatch(dialog.ui.countLabel.text()) is not None

    qtbot.waitUntil(settled, timeout=timeout)
    return int(COUNT.fullmatch(dialog.ui.countLabel.text()).group(1))  # type: ignore[union-attr]


def wait_for_problem(qtbot, dialog: QueryDialog) -> None:
    qtbot.waitUntil(
        lambda: not dialog._timer.isActive() and dialog.ui.countLabel.text() == PLEASE_CORRECT, timeout=5000
    )


def choose(combo: QComboBox, data: object) -> None:
    """Pick the entry with this data, as the clerk picks it from the list."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def type_text(widget, text: str) -> None:
    """Key presses for ``text``; QTest.keyClicks knows ASCII only ("Köln" aborts Qt)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Replace the field's content by typing, as the clerk does."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def set_condition(qtbot, row, field: str, op: str, text: str | None = None, choice: object = None) -> None:
    """Field and comparison from their lists, then the value typed or picked."""
    choose(row.field_combo, field)
    choose(row.op_combo, op)
    widget = row.value_widgets[0]
    if text is not None:
        assert isinstance(widget, QLineEdit)
        type_into(qtbot, widget, text)
    if choice is not None:
        assert isinstance(widget, QComboBox)
        choose(widget, choice)


def add_row(qtbot, dialog: QueryDialog):
    qtbot.mouseClick(dialog.root.add_condition_button, Qt.MouseButton.LeftButton)
    return dialog.root.items[-1]


def headers(dialog: QueryDialog) -> list[str]:
    model = dialog.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def shown_rows(dialog: QueryDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def column(dialog: QueryDialog, key: str) -> list[str]:
    c = dialog.model.definition.fields.index(key)
    return [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount())]


def engine_count(db: Database, definition: QueryDefinition) -> int:
    with db.engine.connect() as conn:
        return conn.execute(compiler.select_count(definition)).scalar_one()


def engine_rows(db: Database, definition: QueryDefinition) -> list[list[str]]:
    """The result as the engine orders it, each value written as the window writes it."""
    with db.engine.connect() as conn:
        rows = conn.execute(compiler.select_rows(definition)).all()
    return [[display(key, value) for key, value in zip(definition.fields, row[1:])] for row in rows]


def click_header(qtbot, view: QTableView, section: int) -> None:
    view.scrollTo(view.model().index(0, section))
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def button(widget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if plain(b.text()) == text]
    assert len(found) == 1, f"no button {text!r}: {[plain(b.text()) for b in widget.findChildren(QPushButton)]}"
    return found[0]


def answer_save_dialog(monkeypatch, name: str, description: str = "", distribution_list: bool = False,
                       seen: list[dict[str, Any]] | None = None) -> None:
    """The clerk types into "Als Selektion speichern" and presses Speichern."""

    def exec_(dialog: SaveSelectionDialog) -> QDialog.DialogCode:
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        if seen is not None:
            seen.append({
                "title": dialog.windowTitle(), "name": dialog.name_edit.text(), "save": plain(save.text()),
                "checkbox": plain(dialog.distribution_check.text()),
            })
        dialog.show()
        dialog.name_edit.selectAll()
        dialog.name_edit.del_()
        assert not save.isEnabled(), "Speichern is offered without a name"
        QApplication.processEvents()
        dialog.name_edit.setFocus()
        type_text(dialog.name_edit, name)
        dialog.description_edit.setPlainText(description)
        dialog.distribution_check.setChecked(distribution_list)
        assert save.isEnabled()
        dialog.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SaveSelectionDialog, "exec", exec_)


def stored_selections(db: Database) -> list[selections.SelectionRow]:
    with db.session() as session:
        return selections.list_selections(session)


# -- 1. the scenario ------------------------------------------------------------------


def test_the_scenario_in_dutch(dutch, qtbot, big_db, open_query, monkeypatch, tmp_path, private_home,
                               message_boxes) -> None:
    """A Dutch clerk builds the same query, sees Dutch words throughout and exports it."""
    dialog = open_query(big_db, language="nl")
    assert dialog.windowTitle() == "Query maken"
    assert re.fullmatch(r"\d+ personen gevonden", (wait_for_dutch_count(qtbot, dialog)))
    for field, op, kwargs, shown in (
        ("city", "in", {"text": "Köln; Bonn"}, ("Plaats", "is een van")),
        ("org_employees", "gt", {"text": "20"}, ("Aantal medewerkers", "is groter dan")),
        ("action_member", "not_exists", {"choice": 1}, ("Zit in de doelgroep van campagneactie", "nee")),
    ):
        row = add_row(qtbot, dialog)
        set_condition(qtbot, row, field, op, **kwargs)
        assert (row.field_combo.currentText().strip(), row.op_combo.currentText()) == shown
    assert plain(dialog.root.add_condition_button.text()) == "+ Voorwaarde"
    found = int(wait_for_dutch_count(qtbot, dialog).split()[0])
    assert found == len(results.matching_ids(big_db, parse({"version": 1, "where": SCENARIO_WHERE})))
    headers = [dialog.model.headerData(i, Qt.Orientation.Horizontal) for i in range(dialog.model.columnCount())]
    assert headers[:3] == ["Relatienummer", "Aanhef", "Titel"] and "Achternaam" in headers
    assert {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())} <= {"De heer", "Mevrouw", "(neutraal)"}

    path = tmp_path / "Keulen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(path), ""))
    message_boxes.answer("Nee")
    dialog.ui.csvButton.click()
    qtbot.waitUntil(lambda: bool(message_boxes.seen), timeout=10_000)
    assert "is geschreven (regels: " in message_boxes.last.text and "Het bestand nu openen?" in message_boxes.last.text
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(";")[:2] == ["Relatienummer", "Aanhef"]
    assert len(lines) == found + 1


def wait_for_dutch_count(qtbot, dialog: QueryDialog) -> str:
    qtbot.waitUntil(
        lambda: not dialog._timer.isActive() and dialog.ui.countLabel.text().endswith("gevonden"), timeout=5000
    )
    return dialog.ui.countLabel.text()



def test_koeln_or_bonn_big_organisations_not_in_action_1(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    assert dialog.windowTitle() == "Abfrage erstellen"
    assert not dialog.ui.useButton.isVisible()  # only when opened for a campaign
    # A new query has no condition yet and finds everybody; "+ Bedingung" narrows it.
    assert dialog.root.items == []
    assert wait_for_count(qtbot, dialog) == 600
    assert dialog.model.rowCount() == results.PAGE

    row = add_row(qtbot, dialog)
    set_condition(qtbot, row, "city", "in", text="Köln; Bonn")
    assert row.field_combo.currentText().strip() == "Ort"
    assert row.op_combo.currentText() == "ist einer von"
    assert row.value_widgets[0].placeholderText() == "Werte durch ; getrennt"

    row = add_row(qtbot, dialog)
    assert plain(dialog.root.add_condition_button.text()) == "+ Bedingung"
    set_condition(qtbot, row, "org_employees", "gt", text="20")
    assert row.field_combo.currentText().strip() == "Anzahl Mitarbeiter"
    assert row.op_combo.currentText() == "ist größer als"

    row = add_row(qtbot, dialog)
    set_condition(qtbot, row, "action_member", "not_exists", choice=1)
    assert row.field_combo.currentText().strip() == "Ist in der Zielgruppe der Aktion"
    assert row.op_combo.currentText() == "nein"
    assert row.value_widgets[0].currentText().endswith("/ 1 Pilot Köln/Bonn")

    found = wait_for_count(qtbot, dialog)

    # The rows built the definition, and the count is the engine's.
    definition = dialog.definition()
    assert definition == scenario()
    expected_ids = results.matching_ids(big_db, definition)
    assert found == engine_count(big_db, definition) == len(expected_ids) > 20
    assert dialog.ui.countLabel.text() == f"{found} Personen gefunden"
    with big_db.session() as session:
        in_action = set(session.scalars(select(ActionMember.person_id).where(ActionMember.action_id == 1)))
    assert len(in_action & set(dialog.model.ids)) == 0
    assert found == engine_count(big_db, scenario(where=parse(
        {"version": 1, "where": {"match": "all", "items": SCENARIO_WHERE["items"][:2]}}).where)) - IN_ACTION_1

    # The result: every match, in the engine's order, under German headings.
    assert headers(dialog) == GERMAN_HEADERS
    assert dialog.model.rowCount() == found
    assert dialog.model.ids == expected_ids
    assert shown_rows(dialog) == engine_rows(big_db, definition)
    assert set(column(dialog, "city")) == {"Köln", "Bonn"}
    last_names = [fold(name) for name in column(dialog, "last_name")]
    assert last_names == sorted(last_names)


def where_count(db: Database, where: dict[str, Any]) -> int:
    return engine_count(db, parse({"version": 1, "where": where}))


def test_not_or_group_and_remove_change_the_count(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    city = add_row(qtbot, dialog)
    set_condition(qtbot, city, "city", "in", text="Köln; Bonn")
    in_cities = wait_for_count(qtbot, dialog)
    assert in_cities == where_count(big_db, {"match": "all", "items": [SCENARIO_WHERE["items"][0]]}) == 98

    assert plain(city.not_check.text()) == "nicht"
    qtbot.mouseClick(city.not_check, Qt.MouseButton.LeftButton)
    assert wait_for_count(qtbot, dialog) == 600 - in_cities
    qtbot.mouseClick(city.not_check, Qt.MouseButton.LeftButton)
    assert wait_for_count(qtbot, dialog) == in_cities

    # "+ Gruppe": at least one of two conditions.
    qtbot.mouseClick(dialog.root.add_group_button, Qt.MouseButton.LeftButton)
    group = dialog.root.items[1]
    choose(group.match_combo, "any")
    assert group.match_combo.currentText() == "Mindestens eine dieser Bedingungen gilt (oder)"
    set_condition(qtbot, group.items[0], "org_employees", "ge", text="100")
    qtbot.mouseClick(group.add_condition_button, Qt.MouseButton.LeftButton)
    set_condition(qtbot, group.items[1], "last_name", "starts_with", text="M")
    found = wait_for_count(qtbot, dialog)

    assert found == where_count(big_db, {"match": "all", "items": [
        SCENARIO_WHERE["items"][0],
        {"match": "any", "items": [
            {"field": "org_employees", "op": "ge", "value": 100},
            {"field": "last_name", "op": "starts_with", "value": "M"},
        ]},
    ]})
    assert 0 < found < in_cities

    # The group's ✕ removes it with its conditions.
    qtbot.mouseClick(remove_button(group, "Diese Gruppe entfernen"), Qt.MouseButton.LeftButton)
    assert wait_for_count(qtbot, dialog) == in_cities
    assert len(dialog.root.items) == 1

    # One person: the singular.
    code = column(dialog, "code")[0]
    set_condition(qtbot, city, "code", "eq", text=code)
    assert wait_for_count(qtbot, dialog) == 1
    assert dialog.ui.countLabel.text() == "1 Person gefunden"
    assert column(dialog, "code") == [code]


def remove_button(item, tooltip: str) -> QToolButton:
    found = [b for b in item.findChildren(QToolButton) if b.toolTip() == tooltip]
    return found[0]


def test_query_without_conditions_finds_everybody_with_and_or_or(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    assert wait_for_count(qtbot, dialog) == 600

    choose(dialog.root.match_combo, "any")
    assert wait_for_count(qtbot, dialog) == 600
    assert dialog.definition().where.items == ()  # type: ignore[union-attr]


@pytest.mark.parametrize("match", ["all", "any"])
def test_group_without_conditions_restricts_nothing(german, qtbot, big_db, open_query, match) -> None:
    dialog = open_query(big_db)
    city = add_row(qtbot, dialog)
    set_condition(qtbot, city, "city", "in", text="Köln; Bonn")
    assert wait_for_count(qtbot, dialog) == 98

    # "+ Gruppe" brings a first condition; the clerk removes it and leaves the group empty.
    qtbot.mouseClick(dialog.root.add_group_button, Qt.MouseButton.LeftButton)
    group = dialog.root.items[1]
    choose(group.match_combo, match)
    qtbot.mouseClick(remove_button(group.items[0], "Diese Bedingung entfernen"), Qt.MouseButton.LeftButton)
    assert group.items == []

    assert wait_for_count(qtbot, dialog) == 98
    definition = dialog.definition()
    assert definition is not None and definition.where.items[1].items == ()
    assert engine_count(big_db, definition) == 98


# -- 2. a value that is no number -------------------------------------------------------------


def test_number_field_given_a_word_is_explained_next_to_its_row(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw({"match": "all", "items": [SCENARIO_WHERE["items"][0]]})
    wait_for_count(qtbot, dialog)
    row = add_row(qtbot, dialog)

    set_condition(qtbot, row, "org_employees", "gt", text="zwanzig")
    wait_for_problem(qtbot, dialog)

    assert row.error_label.isVisible()
    assert row.error_label.text() == (
        "Bedingung 2: „zwanzig“ ist kein gültiger Wert für „Anzahl Mitarbeiter“; bitte korrigieren Sie ihn."
    )
    assert not dialog.root.items[0].error_label.isVisible()
    assert dialog.ui.countLabel.text() == PLEASE_CORRECT

    type_into(qtbot, row.value_widgets[0], "20")
    found = wait_for_count(qtbot, dialog)

    assert not row.error_label.isVisible()
    assert row.error_label.text() == ""
    two_conditions = parse({"version": 1, "where": {"match": "all", "items": SCENARIO_WHERE["items"][:2]}})
    assert found == engine_count(big_db, two_conditions)


def test_error_in_a_nested_group_is_shown_at_its_row(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw({"match": "all", "items": [
        SCENARIO_WHERE["items"][0],
        {"match": "any", "items": [
            {"field": "org_employees", "op": "gt", "value": 100},
            {"field": "created_at", "op": "last_days", "value": 30},
        ]},
    ]})
    wait_for_count(qtbot, dialog)
    group = dialog.root.items[1]
    type_into(qtbot, group.items[0].value_widgets[0], "viele")
    wait_for_problem(qtbot, dialog)

    assert group.items[0].error_label.isVisible()
    assert group.items[0].error_label.text().startswith("Bedingung 2.1: „viele“ ist kein gültiger Wert")
    assert not group.items[1].error_label.isVisible()


# -- 3. quick filter --------------------------------------------------------------------------


def test_quick_filter_narrows_the_rows_and_clearing_restores_them(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    everyone = wait_for_count(qtbot, dialog)
    assert dialog.ui.filterEdit.placeholderText() == "Ergebnis eingrenzen: in allen Spalten suchen"

    type_text(dialog.ui.filterEdit, "bonn")
    narrowed = wait_for_count(qtbot, dialog)

    assert 0 < narrowed < everyone
    assert dialog.model.rowCount() == narrowed
    for row in shown_rows(dialog):  # in any column, as the clerk reads it
        assert any("bonn" in fold(cell) for cell in row), row
    # Everybody living in Bonn is still there.
    assert column(dialog, "city").count("Bonn") == engine_count(
        big_db, scenario(where=parse({"version": 1, "where": {"match": "all", "items": [
            {"field": "city", "op": "eq", "value": "Bonn"}, *SCENARIO_WHERE["items"][1:]]}}).where)
    )

    dialog.ui.filterEdit.clear()
    assert wait_for_count(qtbot, dialog) == everyone
    assert dialog.model.rowCount() == everyone


def test_quick_filter_finds_a_whole_number_in_a_number_column(german, qtbot, big_db, open_query) -> None:
    shown = ("last_name", "first_name", "org_name", "org_employees")
    with big_db.session() as session:
        opened = selections.save(session, selections.SelectionData(0, "Köln/Bonn groß", scenario(fields=shown)))
    dialog = open_query(big_db, selection=opened)
    everyone = wait_for_count(qtbot, dialog)
    employees = column(dialog, "org_employees")
    wanted = next(n for n in employees if n)
    assert wanted.isdigit()

    type_text(dialog.ui.filterEdit, wanted)
    found = wait_for_count(qtbot, dialog)

    assert 0 < employees.count(wanted) <= found < everyone
    for row in shown_rows(dialog):
        assert row[3] == wanted or any(wanted in fold(cell) for cell in row[:3]), row
    narrowed = scenario(fields=shown, where=parse({"version": 1, "where": {"match": "all", "items": [
        SCENARIO_WHERE, {"match": "any", "items": [
            {"field": "org_employees", "op": "eq", "value": int(wanted)},
            *({"field": key, "op": "contains", "value": wanted} for key in shown[:3]),
        ]},
    ]}}).where)
    assert found == engine_count(big_db, narrowed)

    # A text that is no whole number looks in the text columns only.
    type_into(qtbot, dialog.ui.filterEdit, f"{wanted},5")
    assert wait_for_count(qtbot, dialog) == 0


# -- 4. sorting by a header click -------------------------------------------------------------


def test_header_click_sorts_ascending_then_descending(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    found = wait_for_count(qtbot, dialog)
    view, header = dialog.ui.resultView, dialog.ui.resultView.horizontalHeader()
    city = DEFAULT_OUTPUT.index("city")
    assert headers(dialog)[city] == "Ort"

    click_header(qtbot, view, city)
    assert wait_for_count(qtbot, dialog) == found

    cities = column(dialog, "city")
    assert cities == sorted(cities, key=fold)
    assert cities[0] == "Bonn" and cities[-1] == "Köln"
    assert dialog.model.ids == results.matching_ids(big_db, scenario(order=(("city", False),)))
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (city, Qt.SortOrder.AscendingOrder)

    click_header(qtbot, view, city)
    assert wait_for_count(qtbot, dialog) == found

    cities = column(dialog, "city")
    assert cities == sorted(cities, key=fold, reverse=True)
    assert cities[0] == "Köln" and cities[-1] == "Bonn"
    assert dialog.model.ids == results.matching_ids(big_db, scenario(order=(("city", True),)))
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (city, Qt.SortOrder.DescendingOrder)

    # Another column starts ascending again.
    last_name = DEFAULT_OUTPUT.index("last_name")
    click_header(qtbot, view, last_name)
    wait_for_count(qtbot, dialog)
    names = [fold(n) for n in column(dialog, "last_name")]
    assert names == sorted(names)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (last_name, Qt.SortOrder.AscendingOrder)


# -- 5. long results load while scrolling -----------------------------------------------------


NOT_KOELN = {"match": "all", "items": [{"field": "city", "op": "ne", "value": "Köln"}]}


def test_long_result_loads_pages_of_200_while_scrolling(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(NOT_KOELN)
    found = wait_for_count(qtbot, dialog)
    expected = results.matching_ids(big_db, parse({"version": 1, "where": NOT_KOELN}))
    assert found == len(expected) > 2 * results.PAGE

    model, view = dialog.model, dialog.ui.resultView
    assert model.rowCount() == results.PAGE == 200
    assert model.canFetchMore(QModelIndex())

    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=3000)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == found, timeout=3000)

    assert not model.canFetchMore(QModelIndex())
    assert [row.id for row in model.rows] == expected
    assert shown_rows(dialog) == engine_rows(big_db, parse({"version": 1, "where": NOT_KOELN}))


def test_first_page_is_shown_while_the_count_goes_on(german, qtbot, big_db, open_query, monkeypatch) -> None:
    """The rows come before the count; when the count comes they stay (no reset, no jump)."""
    gate = threading.Event()
    real = results.matching_ids

    def held_after_the_first_page(*args: Any, first_page: Callable[[list[int]], None], **kwargs: Any) -> list[int]:
        def page_then_wait(ids: list[int]) -> None:
            first_page(ids)
            gate.wait(10)
        return real(*args, first_page=page_then_wait, **kwargs)

    monkeypatch.setattr(results, "matching_ids", held_after_the_first_page)
    dialog = open_query(big_db)
    dialog.root.set_raw(NOT_KOELN)
    dialog.run()
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == results.PAGE, timeout=5000)
    assert dialog.ui.countLabel.text() == "Suche läuft…"
    first_rows = shown_rows(dialog)
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.rowsRemoved.connect(lambda *_: resets.append("removed"))
    gate.set()
    found = wait_for_count(qtbot, dialog)
    assert found > results.PAGE and resets == []
    assert shown_rows(dialog) == first_rows and model.canFetchMore(QModelIndex())


def test_person_deleted_while_scrolling_is_not_replaced_by_a_duplicate(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(NOT_KOELN)
    found = wait_for_count(qtbot, dialog)
    model = dialog.model
    deleted = model.ids[250]  # on the second page, not loaded yet
    with big_db.engine.begin() as conn:  # a colleague deletes the contact
        conn.execute(delete(P).where(P.c.id == deleted))

    for _ in range(3):
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())

    shown = [row.id for row in model.rows]
    assert deleted not in shown
    assert len(shown) == len(set(shown)), "a person is listed twice"
    assert len(shown) == found - 1
    assert [model.person_id(r) for r in range(model.rowCount())] == shown


# -- 6. columns -------------------------------------------------------------------------------


def test_columns_dialog_removes_and_moves_columns(german, qtbot, big_db, open_query, monkeypatch) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    found = wait_for_count(qtbot, dialog)
    seen: dict[str, Any] = {}

    def exec_(columns: ColumnsDialog) -> QDialog.DialogCode:
        seen["title"] = columns.windowTitle()
        seen["shown"] = [columns.shown.item(i).text() for i in range(columns.shown.count())]
        email = [i for i in range(columns.shown.count()) if columns.shown.item(i).text().startswith("E-Mail")]
        columns.shown.setCurrentRow(email[0])
        button(columns, "← Entfernen").click()
        columns.shown.setCurrentRow(columns.columns().index("city"))
        button(columns, "Nach oben").click()
        assert columns.ok_button.isEnabled()
        seen["ok"] = plain(columns.ok_button.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnsDialog, "exec", exec_)
    qtbot.mouseClick(dialog.ui.columnsButton, Qt.MouseButton.LeftButton)
    assert wait_for_count(qtbot, dialog) == found

    assert seen["title"] == "Spalten des Ergebnisses"
    assert seen["shown"][5] == "Nachname  (Person)"
    assert seen["ok"] == "OK"
    assert headers(dialog) == [
        "Kontaktnummer", "Anrede", "Titel", "Vorname", "Namenszusatz", "Nachname",
        "Organisation", "Straße", "Ort", "PLZ",
    ]
    assert set(column(dialog, "city")) == {"Köln", "Bonn"}
    assert dialog.model.rowCount() == found


def test_columns_dialog_refuses_ok_without_columns(german, qtbot, big_db, open_query, monkeypatch) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    wait_for_count(qtbot, dialog)
    seen: list[bool] = []

    def exec_(columns: ColumnsDialog) -> QDialog.DialogCode:
        remove = button(columns, "← Entfernen")
        while columns.shown.count():
            columns.shown.setCurrentRow(0)
            remove.click()
        seen.append(columns.ok_button.isEnabled())
        button(columns, "Standardspalten").click()
        seen.append(columns.ok_button.isEnabled())
        seen.append(columns.columns() == DEFAULT_OUTPUT)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ColumnsDialog, "exec", exec_)
    qtbot.mouseClick(dialog.ui.columnsButton, Qt.MouseButton.LeftButton)

    assert seen == [False, True, True]
    assert headers(dialog) == GERMAN_HEADERS


# -- 7. export --------------------------------------------------------------------------------


class FileDialog:
    """Stands in for the operating system's save dialog: records what it was asked, answers a path."""

    def __init__(self, monkeypatch, answer: Path | str) -> None:
        self.answer = str(answer)
        self.asked: list[tuple[str, str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, _parent, caption: str, suggested: str, file_filter: str, *args: Any) -> tuple[str, str]:
        self.asked.append((caption, suggested, file_filter))
        return self.answer, ""


@pytest.fixture
def opened_files(monkeypatch) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def test_csv_export_for_excel(german, qtbot, big_db, open_query, message_boxes, monkeypatch, tmp_path,
                              private_home, opened_files) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    found = wait_for_count(qtbot, dialog)
    folder = tmp_path / "Exporte"
    folder.mkdir()
    files = FileDialog(monkeypatch, folder / "koeln_bonn")  # the clerk leaves out ".csv"

    message_boxes.answer("Nein")
    qtbot.mouseClick(dialog.ui.csvButton, Qt.MouseButton.LeftButton)

    caption, suggested, file_filter = files.asked[0]
    assert caption == "Ergebnis exportieren"
    assert file_filter == "CSV für Excel (*.csv)"
    assert Path(suggested).name.startswith("Abfrage ") and suggested.endswith(".csv")
    written = folder / "koeln_bonn.csv"
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert lines[0] == ";".join(GERMAN_HEADERS)
    assert len(lines) - 1 == found
    first = lines[1].split(";")
    assert first[GERMAN_HEADERS.index("Nachname")] == column(dialog, "last_name")[0]
    assert first[GERMAN_HEADERS.index("Anrede")] in ("Frau", "Herr", "(neutral)", "")

    box = message_boxes.last
    assert box.title == "Export"
    assert box.text == f"{written} wurde geschrieben (Zeilen: {found}). Datei jetzt öffnen?"
    assert sorted(box.buttons) == ["Ja", "Nein"]
    assert opened_files == []

    assert dialog.ctx.settings.get("last_export_folder") == str(folder)
    assert Settings().get("last_export_folder") == str(folder)  # kept for the next session

    # The next export starts in that folder, as an Excel workbook.
    files.answer = str(folder / "koeln_bonn.xlsx")
    message_boxes.answer("Nein")
    qtbot.mouseClick(dialog.ui.excelButton, Qt.MouseButton.LeftButton)

    _caption, suggested, file_filter = files.asked[1]
    assert Path(suggested).parent == folder
    assert file_filter == "Excel-Arbeitsmappe (*.xlsx)"
    assert message_boxes.last.text == f"{folder / 'koeln_bonn.xlsx'} wurde geschrieben (Zeilen: {found}). Datei jetzt öffnen?"
    with zipfile.ZipFile(folder / "koeln_bonn.xlsx") as book:
        assert book.testzip() is None
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = book.read("xl/sharedStrings.xml").decode("utf-8") if "xl/sharedStrings.xml" in book.namelist() else ""
    assert sheet.count("<row ") == found + 1
    assert "Nachname" in sheet + strings
    assert opened_files == []


def test_export_answered_yes_opens_the_file(german, qtbot, big_db, open_query, message_boxes, monkeypatch,
                                            tmp_path, opened_files) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    wait_for_count(qtbot, dialog)
    FileDialog(monkeypatch, tmp_path / "liste.csv")

    message_boxes.answer("Ja")
    qtbot.mouseClick(dialog.ui.csvButton, Qt.MouseButton.LeftButton)

    assert [url.toLocalFile() for url in opened_files] == [str(tmp_path / "liste.csv")]


def test_export_cancelled_in_the_file_dialog_writes_nothing(german, qtbot, big_db, open_query, monkeypatch,
                                                            tmp_path) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    wait_for_count(qtbot, dialog)
    files = FileDialog(monkeypatch, "")

    qtbot.mouseClick(dialog.ui.excelButton, Qt.MouseButton.LeftButton)

    assert len(files.asked) == 1
    assert dialog.ctx.settings.get("last_export_folder") == ""


def test_export_into_a_missing_folder_is_explained(german, qtbot, big_db, open_query, message_boxes,
                                                   monkeypatch, tmp_path) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    wait_for_count(qtbot, dialog)
    target = tmp_path / "gelöscht" / "liste.csv"
    FileDialog(monkeypatch, target)

    message_boxes.answer("OK")
    qtbot.mouseClick(dialog.ui.csvButton, Qt.MouseButton.LeftButton)

    box = message_boxes.last
    assert box.title == "Export"
    assert box.text == (
        f"Die Datei {target} konnte nicht geschrieben werden: "
        "der Ordner existiert nicht. Bitte wählen Sie einen anderen Ordner."
    )
    assert box.buttons == ["OK"]
    assert not target.parent.exists()
    # Only a folder written to is offered again next time.
    assert dialog.ctx.settings.get("last_export_folder") == ""
    assert Settings().get("last_export_folder") == ""


def test_export_to_a_file_open_in_excel_is_explained(german, qtbot, big_db, open_query, message_boxes,
                                                     monkeypatch, tmp_path) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    wait_for_count(qtbot, dialog)
    target = tmp_path / "liste.xlsx"
    FileDialog(monkeypatch, target)

    def locked(*_args: Any, **_kwargs: Any) -> int:  # Windows refuses a file Excel holds open
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(export, "export_xlsx", locked)

    message_boxes.answer("OK")
    qtbot.mouseClick(dialog.ui.excelButton, Qt.MouseButton.LeftButton)

    assert message_boxes.last.text == (
        f"Die Datei {target} konnte nicht geschrieben werden: der Zugriff wurde verweigert. Vielleicht ist "
        "die Datei in Excel geöffnet: Schließen Sie sie dort oder wählen Sie einen anderen Namen."
    )
    assert dialog.ctx.settings.get("last_export_folder") == ""


def test_export_and_save_with_a_condition_to_correct_say_so(german, qtbot, big_db, open_query, message_boxes,
                                                            monkeypatch, tmp_path) -> None:
    dialog = open_query(big_db)
    row = add_row(qtbot, dialog)
    set_condition(qtbot, row, "org_employees", "gt", text="zwanzig")
    wait_for_problem(qtbot, dialog)
    files = FileDialog(monkeypatch, tmp_path / "liste.csv")
    asked: list[str] = []
    monkeypatch.setattr(SaveSelectionDialog, "exec", lambda _d: asked.append("name") or QDialog.DialogCode.Rejected)

    for pressed, title in ((dialog.ui.excelButton, "Export"), (dialog.ui.csvButton, "Export"),
                           (dialog.ui.saveButton, "Als Selektion speichern")):
        message_boxes.answer("OK")
        qtbot.mouseClick(pressed, Qt.MouseButton.LeftButton)

        box = message_boxes.last
        assert (box.title, box.text, box.buttons) == (title, PLEASE_CORRECT_FIRST, ["OK"])
        assert row.error_label.isVisible()

    assert len(message_boxes.seen) == 3
    assert files.asked == [] and asked == []
    assert not (tmp_path / "liste.csv").exists()
    assert stored_selections(big_db) == []


# -- 8. save as selection ---------------------------------------------------------------------


def test_save_as_selection(german, qtbot, big_db, open_query, monkeypatch) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    wait_for_count(qtbot, dialog)
    seen: list[dict[str, Any]] = []
    answer_save_dialog(monkeypatch, "Köln/Bonn groß", "Für die Messe-Einladung", distribution_list=True, seen=seen)

    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)

    assert seen == [{"title": "Als Selektion speichern", "name": "", "save": "Speichern",
                     "checkbox": "Als Verteiler verwenden"}]
    [row] = stored_selections(big_db)
    assert (row.name, row.description, row.is_distribution_list) == (
        "Köln/Bonn groß", "Für die Messe-Einladung", True
    )
    with big_db.session() as session:
        saved = selections.load(session, row.id)
    assert saved is not None and saved.definition == scenario()
    assert dialog.windowTitle() == "Abfrage „Köln/Bonn groß“"

    # Saving again under the same name updates it: still one selection.
    type_into(qtbot, dialog.root.items[1].value_widgets[0], "50")
    wait_for_count(qtbot, dialog)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)

    assert seen[1]["name"] == "Köln/Bonn groß"  # offered as it is
    assert [r.name for r in stored_selections(big_db)] == ["Köln/Bonn groß"]
    with big_db.session() as session:
        saved = selections.load(session, row.id)
    assert saved is not None
    assert saved.definition.where.items[1].value == 50


def test_new_query_under_a_taken_name_is_refused(german, qtbot, big_db, open_query, monkeypatch,
                                                 message_boxes) -> None:
    with big_db.session() as session:
        selections.save(session, selections.SelectionData(0, "Köln/Bonn groß", scenario()))
    dialog = open_query(big_db)
    dialog.root.set_raw(NOT_KOELN)
    wait_for_count(qtbot, dialog)
    answer_save_dialog(monkeypatch, "KÖLN/BONN GROß")

    message_boxes.answer("OK")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)

    box = message_boxes.last
    assert box.title == "Als Selektion speichern"
    assert box.text.startswith("Es gibt bereits eine Selektion „KÖLN/BONN GROß“")
    assert box.text.endswith("Bitte wählen Sie einen anderen Namen.")
    [row] = stored_selections(big_db)
    with big_db.session() as session:
        assert selections.load(session, row.id).definition == scenario()  # type: ignore[union-attr]
    assert dialog.windowTitle() == "Abfrage erstellen"
    assert dialog.selection is None


# -- closing a changed query -------------------------------------------------------------------


def test_closing_a_changed_query_asks_whether_to_save_it(german, qtbot, big_db, open_query, message_boxes,
                                                         monkeypatch) -> None:
    dialog = open_query(big_db)
    everyone = wait_for_count(qtbot, dialog)
    row = add_row(qtbot, dialog)
    set_condition(qtbot, row, "city", "eq", text="Bonn")
    in_bonn = wait_for_count(qtbot, dialog)
    assert in_bonn < everyone
    close = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    assert plain(close.text()) == "Schließen"

    # "Abbrechen": the window stays open with the query as it was.
    message_boxes.answer("Abbrechen")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    box = message_boxes.last
    assert box.title == "Abfrage schließen"
    assert box.text == CLOSE_QUESTION
    assert sorted(box.buttons) == ["Abbrechen", "Speichern", "Verwerfen"]
    assert dialog.isVisible()
    assert len(dialog.root.items) == 1 and dialog.root.items[0].raw() == {"field": "city", "op": "eq", "value": "Bonn"}
    assert wait_for_count(qtbot, dialog) == in_bonn

    # Esc asks too; "Verwerfen" closes without saving anything.
    message_boxes.answer("Verwerfen")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert message_boxes.last.text == CLOSE_QUESTION
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert stored_selections(big_db) == []
    assert len(message_boxes.seen) == 2

    # The window's X asks too; "Speichern" asks for the selection's name as "Als Selektion
    # speichern" does, and the window stays open when that is cancelled ...
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    found = wait_for_count(qtbot, dialog)
    monkeypatch.setattr(SaveSelectionDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    message_boxes.answer("Speichern")
    assert not dialog.close()

    assert message_boxes.last.clicked == "Speichern"
    assert dialog.isVisible()
    assert stored_selections(big_db) == []

    # ... and closes once the selection is saved.
    seen: list[dict[str, Any]] = []
    answer_save_dialog(monkeypatch, "Köln/Bonn groß", seen=seen)
    message_boxes.answer("Speichern")
    assert dialog.close()

    assert message_boxes.last.text == CLOSE_QUESTION
    assert [s["title"] for s in seen] == ["Als Selektion speichern"]
    assert not dialog.isVisible()
    [saved] = stored_selections(big_db)
    assert saved.name == "Köln/Bonn groß"
    with big_db.session() as session:
        opened = selections.load(session, saved.id)
    assert opened is not None and opened.definition == scenario()
    assert len(message_boxes.seen) == 4

    # The saved selection opened again and closed unchanged: no question.
    dialog = open_query(big_db, selection=opened)
    assert wait_for_count(qtbot, dialog) == found
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert len(message_boxes.seen) == 4

    # Nor for a new query whose only condition was removed again.
    dialog = open_query(big_db)
    row = add_row(qtbot, dialog)
    set_condition(qtbot, row, "city", "eq", text="Bonn")
    qtbot.mouseClick(remove_button(row, "Diese Bedingung entfernen"), Qt.MouseButton.LeftButton)
    assert wait_for_count(qtbot, dialog) == everyone
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert len(message_boxes.seen) == 4


# -- 9. from the campaign editor --------------------------------------------------------------


def click_campaign(qtbot, window, number: str) -> None:
    view = window.campaign_list.ui.campaignView
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == number:
            rect = view.visualRect(model.index(r, 1))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{number} is not in the list")


def while_modal(action: Callable[[QueryDialog], None]) -> list[BaseException]:
    """Run ``action`` on the query dialog once its exec() is running; close it if the action failed."""
    errors: list[BaseException] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QueryDialog):
            QTimer.singleShot(10, attempt)
            return
        try:
            action(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test after exec() returned
            errors.append(exc)
        if dialog.isVisible():
            leave_unchanged(dialog)  # closing must not wait for "Vor dem Schließen … speichern?"
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return errors


def test_use_query_for_campaign_from_the_editor(german, qtbot, big_db, main_window, open_query,
                                                monkeypatch) -> None:
    window = main_window(big_db, language="de")
    click_campaign(qtbot, window, f"{YEAR}-002")
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.ui.campaignTab)
    assert editor.ui.dataSourceLabel.text() == "Noch keine Abfrage gewählt."
    campaign_id = editor.campaign_id
    answer_save_dialog(monkeypatch, "Messegäste Köln/Bonn")
    seen: dict[str, Any] = {}

    def build_and_use(dialog: QueryDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["use"] = (dialog.ui.useButton.isVisible(), plain(dialog.ui.useButton.text()))
        row = add_row(qtbot, dialog)
        set_condition(qtbot, row, "city", "in", text="Köln; Bonn")
        dialog.root.add_condition(SCENARIO_WHERE["items"][1])
        seen["count"] = wait_for_count(qtbot, dialog)
        qtbot.mouseClick(dialog.ui.useButton, Qt.MouseButton.LeftButton)

    errors = while_modal(build_and_use)
    qtbot.mouseClick(editor.ui.editQueryButton, Qt.MouseButton.LeftButton)
    assert errors == []

    assert seen["title"] == f"Abfrage für Kampagne {YEAR}-002"
    assert seen["use"] == (True, "Für Kampagne verwenden")
    [row] = stored_selections(big_db)
    assert row.name == "Messegäste Köln/Bonn"
    with big_db.session() as session:
        campaign = service.load(session, campaign_id)
    assert campaign is not None and campaign.selection_id == row.id
    assert editor.ui.dataSourceLabel.text() == "Abfrage: Messegäste Köln/Bonn"
    assert not window.isWindowModified()

    # Opened again, the campaign's query is there as it was saved; using it unchanged
    # asks for no name again.
    asked: list[dict[str, Any]] = []
    answer_save_dialog(monkeypatch, "nicht gefragt", seen=asked)

    def look(dialog: QueryDialog) -> None:
        seen["again"] = (dialog.windowTitle(), dialog.root.raw(), wait_for_count(qtbot, dialog))
        qtbot.mouseClick(dialog.ui.useButton, Qt.MouseButton.LeftButton)
        seen["accepted"] = dialog.result() == QDialog.DialogCode.Accepted

    errors = while_modal(look)
    qtbot.mouseClick(editor.ui.editQueryButton, Qt.MouseButton.LeftButton)
    assert errors == []
    title, where, count = seen["again"]
    assert title == "Abfrage „Messegäste Köln/Bonn“"
    assert parse({"version": 1, "where": where}).where == parse(
        {"version": 1, "where": {"match": "all", "items": SCENARIO_WHERE["items"][:2]}}
    ).where
    assert count == seen["count"]
    assert seen["accepted"] and asked == []
    assert [r.name for r in stored_selections(big_db)] == ["Messegäste Köln/Bonn"]
    assert editor.ui.dataSourceLabel.text() == "Abfrage: Messegäste Köln/Bonn"


def test_ctrl_2_opens_an_empty_query(german, qtbot, big_db, main_window, open_query, monkeypatch) -> None:
    window = main_window(big_db, language="de")
    opened: list[tuple[str, bool, int, int]] = []

    def exec_(dialog: QueryDialog) -> int:
        # The window is deleted once exec() returns: its count must be in by then (see
        # test_count_coming_back_after_the_window_was_closed_is_ignored).
        opened.append((dialog.windowTitle(), dialog.ui.useButton.isVisibleTo(dialog), len(dialog.root.items),
                       wait_for_count(qtbot, dialog)))
        return 0

    monkeypatch.setattr(QueryDialog, "exec", exec_)
    assert plain(window.ui.actionCreateQuery.text()) == "Abfrage erstellen…"

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)

    assert opened == [("Abfrage erstellen", False, 0, 600)]


# -- what a clerk trips over ------------------------------------------------------------------


@pytest.mark.parametrize("where", ["quick filter", "condition value"])
def test_enter_in_a_text_field_opens_no_dialog(german, qtbot, big_db, open_query, monkeypatch, where) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    wait_for_count(qtbot, dialog)
    opened: list[str] = []
    monkeypatch.setattr(ColumnsDialog, "exec", lambda _d: opened.append("Spalten") or 0)
    monkeypatch.setattr(SaveSelectionDialog, "exec", lambda _d: opened.append("Als Selektion speichern") or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: opened.append("Export") or ("", ""))
    edit = dialog.ui.filterEdit if where == "quick filter" else dialog.root.items[0].value_widgets[0]

    type_into(qtbot, edit, "Bonn" if where == "quick filter" else "Bonn; Köln")
    assert dialog._timer.isActive()  # the count waits for a pause in typing
    runs = dialog._generation
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert opened == []
    assert dialog.isVisible()
    # Enter counts at once instead of waiting for the pause.
    assert not dialog._timer.isActive()
    assert dialog._generation == runs + 1
    assert wait_for_count(qtbot, dialog) > 0


def test_is_one_of_on_a_pick_list_takes_the_names_shown(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    row = add_row(qtbot, dialog)
    choose(row.field_combo, "country")
    offered = [row.value_widgets[0].itemText(i) for i in range(row.value_widgets[0].count())]
    assert "Deutschland" in offered and "Niederlande" in offered  # what "ist" shows

    set_condition(qtbot, row, "country", "in", text="Deutschland; Niederlande")
    found = wait_for_count(qtbot, dialog)

    expected = engine_count(big_db, parse({"version": 1, "where": {"match": "all", "items": [
        {"field": "country", "op": "in", "value": ["DE", "NL"]}]}}))
    assert found == expected > 0


def test_quick_filter_searches_the_salutation_column_too(german, qtbot, big_db, open_query) -> None:
    dialog = open_query(big_db)
    dialog.root.set_raw(SCENARIO_WHERE)
    wait_for_count(qtbot, dialog)
    women = column(dialog, "salutation").count("Frau")
    assert women > 0

    type_text(dialog.ui.filterEdit, "Frau")
    found = wait_for_count(qtbot, dialog)

    assert found >= women
    assert "Frau" in column(dialog, "salutation")


@pytest.mark.parametrize(
    ("field", "op", "typed", "label"),
    [
        ("org_employees", "gt", [], "Anzahl Mitarbeiter"),
        ("city", "in", [], "Ort"),
        ("org_employees", "between", ["", "100"], "Anzahl Mitarbeiter"),
    ],
    ids=["number left empty", "is one of left empty", "between with one end"],
)
def test_value_not_yet_entered_is_asked_for(german, qtbot, big_db, open_query, field, op, typed, label) -> None:
    dialog = open_query(big_db)
    row = add_row(qtbot, dialog)
    choose(row.field_combo, field)
    choose(row.op_combo, op)
    inputs = [w for w in row.value_widgets if isinstance(w, QLineEdit)]
    for edit, text in zip(inputs, typed):
        type_into(qtbot, edit, text)
    wait_for_problem(qtbot, dialog)

    assert row.error_label.text() == f"Bedingung 1: Bitte geben Sie einen Wert für „{label}“ ein."


def test_closed_query_windows_are_released(german, qtbot, big_db, main_window, open_query) -> None:
    window = main_window(big_db, language="de")

    for _ in range(3):
        while_modal(lambda dialog: (wait_for_count(qtbot, dialog), dialog.reject()))
        window.ui.actionCreateQuery.trigger()
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert window.findChildren(QueryDialog) == []


def test_count_coming_back_after_the_window_was_closed_is_ignored(german, qtbot, big_db, main_window,
                                                                   monkeypatch) -> None:
    window = main_window(big_db, language="de")
    real_matching_ids = results.matching_ids
    counted, reported = threading.Event(), threading.Event()

    def slow_count(*args: Any, **kwargs: Any) -> list[int]:
        ids = real_matching_ids(*args, **kwargs)
        counted.set()  # past its last look at the cancel flag
        reported.wait(5)
        return ids

    monkeypatch.setattr(results, "matching_ids", slow_count)
    closed: list[bool] = []

    def close_at_once(dialog: QueryDialog) -> None:  # the clerk closes before the count is shown
        assert counted.wait(5)
        dialog.reject()
        closed.append(not dialog.isVisible())

    errors = while_modal(close_at_once)
    window.ui.actionCreateQuery.trigger()
    assert errors == [] and closed == [True]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QueryDialog) == []

    reported.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()  # the late count arrives: it must be dropped quietly
