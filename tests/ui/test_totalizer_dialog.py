"""The totalizer: the tree's counts, shares and costs against counts made from the raw rows, and its export."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from sqlalchemy import select

from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    DossierItem,
    DossierItemType,
    Person,
    Response,
    ResponseType,
)
from desktop.settings import Settings
from desktop.ui.totalizer_dialog import TotalizerDialog

NO_RESPONSE = "(no response)"


@dataclass
class Data:
    campaign: int
    empty: int  # a campaign without dossier items


@pytest.fixture
def data(sqlite_db: Database) -> Data:
    """A campaign with 2 actions and 8 dossier items: 2 handled, 6 open; responses of two types."""
    with sqlite_db.session() as s:
        campaign = Campaign(number="2026-042", name="Herbstmailing")
        empty = Campaign(number="2026-043", name="Noch leer")
        letter = DossierItemType(code="OUT", name="Ausgangspost")
        s.add_all([campaign, empty, letter])
        s.flush()
        pilot = CampaignAction(campaign_id=campaign.id, sequence=1, name="Pilot", cost_per_contact=Decimal("1.50"))
        rest = CampaignAction(campaign_id=campaign.id, sequence=2, name="Rest", cost_per_contact=Decimal("0.80"))
        yes = ResponseType(campaign_id=campaign.id, name="Zusage", sort_order=1)
        no = ResponseType(campaign_id=campaign.id, name="Absage", sort_order=2)
        persons = [Person(code=f"{n:06d}", last_name=f"Person {n}", city="Köln" if n % 2 else "Bonn")
                   for n in range(8)]
        s.add_all([pilot, rest, yes, no, *persons])
        s.flush()
        items = [DossierItem(person_id=p.id, campaign_id=campaign.id, action_id=(pilot if n < 5 else rest).id,
                             type_id=letter.id, subject="Brief", handled=n in (1, 6))
                 for n, p in enumerate(persons)]
        s.add_all(items)
        s.flush()
        # Item 1 first declined, then registered: its latest response counts.
        for item, kind in [(items[1], no), (items[1], yes), (items[0], no), (items[3], yes), (items[7], yes)]:
            s.add(Response(dossier_item_id=item.id, response_type_id=kind.id))
            s.flush()
        return Data(campaign.id, empty.id)


def raw_items(db: Database, campaign_id: int) -> list[dict[str, Any]]:
    """Every dossier item of the campaign with its handled flag, latest response, action and cost."""
    with db.session() as s:
        latest: dict[int, tuple[int, str]] = {}
        for response_id, item_id, name in s.execute(
                select(Response.id, Response.dossier_item_id, ResponseType.name)
                .join(ResponseType, ResponseType.id == Response.response_type_id)):
            if item_id not in latest or response_id > latest[item_id][0]:
                latest[item_id] = (response_id, name)
        return [{"handled": "handled" if handled else "open",
                 "response": latest[item_id][1] if item_id in latest else NO_RESPONSE,
                 "action": action, "cost": cost}
                for item_id, handled, action, cost in s.execute(
                    select(DossierItem.id, DossierItem.handled, CampaignAction.name, CampaignAction.cost_per_contact)
                    .join(CampaignAction, CampaignAction.id == DossierItem.action_id)
                    .where(DossierItem.campaign_id == campaign_id))]


def expected(items: list[dict[str, Any]], keys: list[str]) -> dict[tuple[str, ...], tuple[int, Decimal]]:
    """Count and cost sum of every path of the tree, counted from the raw rows."""
    counts: Counter[tuple[str, ...]] = Counter()
    costs: dict[tuple[str, ...], Decimal] = {}
    for item in items:
        for depth in range(len(keys) + 1):
            path = tuple(item[k] for k in keys[:depth])
            counts[path] += 1
            costs[path] = costs.get(path, Decimal(0)) + item["cost"]
    return {path: (n, costs[path]) for path, n in counts.items()}


def shown(dialog: TotalizerDialog) -> dict[tuple[str, ...], list[str]]:
    """Every row of the tree by its path of values (the root's path is empty): count, share, costs."""
    found: dict[tuple[str, ...], list[str]] = {}

    def walk(item: QTreeWidgetItem, path: tuple[str, ...]) -> None:
        found[path] = [item.text(1), item.text(2), item.text(3)]
        for number in range(item.childCount()):
            child = item.child(number)
            walk(child, (*path, child.text(0)))

    assert dialog.tree.topLevelItemCount() == 1
    walk(dialog.tree.topLevelItem(0), ())
    return found


def money(value: Decimal) -> str:
    return f"€{value:,.2f}"  # QLocale en_US


@pytest.fixture
def open_dialog(qtbot, sqlite_db: Database, data: Data):
    def make(campaign_id: int | None = None) -> TotalizerDialog:
        ctx = AppContext(settings=Settings(), db=sqlite_db)
        dialog = TotalizerDialog(ctx, campaign_id=data.campaign if campaign_id is None else campaign_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def check_tree(dialog: TotalizerDialog, db: Database, campaign_id: int, keys: list[str]) -> None:
    want = expected(raw_items(db, campaign_id), keys)
    got = shown(dialog)
    assert set(got) == set(want)
    for path, (count, cost) in want.items():
        parent = want[path[:-1]][0] if path else count
        assert got[path] == [str(count), f"{100 * count / parent:.1f} %", money(cost)], path


def test_first_handled_then_response(open_dialog, sqlite_db: Database, data: Data) -> None:
    dialog = open_dialog()
    assert dialog.keys() == ["handled", "response"]
    root = dialog.tree.topLevelItem(0)
    assert root.text(0) == "All dossier items (8)"
    check_tree(dialog, sqlite_db, data.campaign, ["handled", "response"])
    got = shown(dialog)
    # The example of the issue: 6 open, 2 handled; of the handled, one registered.
    assert got[("open",)][:2] == ["6", "75.0 %"]
    assert got[("handled",)][:2] == ["2", "25.0 %"]
    assert got[("handled", "Zusage")][:2] == ["1", "50.0 %"]
    assert got[("handled", NO_RESPONSE)][:2] == ["1", "50.0 %"]
    # Largest group first, "no value" last.
    assert [root.child(0).text(0), root.child(1).text(0)] == ["open", "handled"]
    open_item = root.child(0)
    assert open_item.child(open_item.childCount() - 1).text(0) == NO_RESPONSE


def test_a_changed_level_counts_again(open_dialog, sqlite_db: Database, data: Data) -> None:
    dialog = open_dialog()
    dialog.levels[0].setCurrentIndex(dialog.levels[0].findData("action"))
    dialog.levels[1].setCurrentIndex(dialog.levels[1].findData("handled"))
    dialog.levels[2].setCurrentIndex(dialog.levels[2].findData("response"))
    assert dialog.keys() == ["action", "handled", "response"]
    check_tree(dialog, sqlite_db, data.campaign, ["action", "handled", "response"])
    dialog.levels[1].setCurrentIndex(0)  # "(none)": the third level goes too
    assert dialog.keys() == ["action"]
    assert dialog.levels[2].currentData() is None and not dialog.levels[2].isEnabled()
    check_tree(dialog, sqlite_db, data.campaign, ["action"])


def test_a_field_is_offered_in_one_level_only(open_dialog) -> None:
    dialog = open_dialog()

    def offered(level: int) -> set[str]:
        combo = dialog.levels[level]
        return {combo.itemData(row) for row in range(combo.count()) if combo.model().item(row).isEnabled()}

    assert "response" not in offered(0) and "handled" in offered(0)
    assert "handled" not in offered(1) and "response" in offered(1)
    assert {"handled", "response"}.isdisjoint(offered(2)) and None in offered(2)
    dialog.set_levels("city", "city", "response")  # a field twice is refused
    assert dialog.keys() == ["city"]
    assert dialog.levels[1].currentData() is None
    assert dialog.levels[0].currentText() == "City"


def test_expand_and_collapse(open_dialog) -> None:
    dialog = open_dialog()
    root = dialog.tree.topLevelItem(0)
    assert root.child(0).isExpanded()
    dialog.collapse_button.click()
    assert root.isExpanded() and not root.child(0).isExpanded()
    dialog.expand_button.click()
    assert root.child(0).isExpanded()


def test_campaign_without_items(open_dialog, data: Data) -> None:
    dialog = open_dialog(data.empty)
    assert dialog.campaign.currentData() == data.empty
    assert dialog.tree.topLevelItem(0).text(0) == "All dossier items (0)"
    assert not dialog.export_button.isEnabled()
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(data.campaign))
    assert dialog.tree.topLevelItem(0).text(1) == "8"
    assert dialog.export_button.isEnabled()


def test_share_in_german(open_dialog, german: None) -> None:
    assert shown(open_dialog())[("erledigt",)][1] == "25,0 %"


def expected_rows(items: list[dict[str, Any]], keys: list[str]) -> list[tuple[str, ...]]:
    """The export's rows (without order): the value in its level's column, count, costs."""
    result = []
    for path, (count, cost) in expected(items, keys).items():
        if path:
            cells = [""] * len(keys)
            cells[len(path) - 1] = path[-1]
            result.append((*cells, count, cost))
    return sorted(result, key=repr)


def test_export_csv(open_dialog, sqlite_db: Database, data: Data, tmp_path: Path, message_boxes) -> None:
    dialog = open_dialog()
    target = tmp_path / "summen.csv"
    asked = []
    dialog.choose_file = lambda title, stem: asked.append(stem) or target
    message_boxes.answer("No")  # open it now?
    dialog.export_button.click()
    assert asked == ["Totalizer 2026-042"]
    assert message_boxes.last.text == f"{target} has been written (rows: 7). Open the file now?"
    with target.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0] == ["Handled", "Response", "Count", "Costs"]
    rows = [(a, b, int(n), Decimal(c.replace(",", "."))) for a, b, n, c in lines[1:]]
    assert sorted(rows, key=repr) == expected_rows(raw_items(sqlite_db, data.campaign), ["handled", "response"])
    assert dialog.ctx.settings.get("last_export_format") == "csv"
    assert dialog.ctx.settings.get("last_export_folder") == str(tmp_path)


def read_xlsx(path: Path) -> list[list[Any]]:
    """The first sheet of a workbook as rows of str and float (openpyxl is not installed)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as book:
        strings = [("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
                   for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", ns)]
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter(f"{{{ns['m']}}}row"):
        cells: dict[int, Any] = {}
        for cell in row.findall("m:c", ns):
            letters = re.match(r"[A-Z]+", cell.get("r", "")).group()
            column = 0
            for letter in letters:
                column = column * 26 + ord(letter) - 64
            value = cell.findtext("m:v", namespaces=ns)
            cells[column - 1] = strings[int(value)] if cell.get("t") == "s" else float(value)
        rows.append([cells.get(c, "") for c in range(max(cells) + 1)] if cells else [])
    return rows


def test_export_xlsx_keeps_numbers(open_dialog, sqlite_db: Database, data: Data, tmp_path: Path,
                                   message_boxes) -> None:
    dialog = open_dialog()
    dialog.set_levels("action", "handled")
    target = tmp_path / "summen.xlsx"
    dialog.choose_file = lambda title, stem: target
    message_boxes.answer("No")
    dialog.export_button.click()
    sheet = read_xlsx(target)
    assert sheet[0] == ["Action", "Handled", "Count", "Costs"]
    rows = [(*(r + ["", ""])[:2], int(r[2]), Decimal(str(r[3])).quantize(Decimal("0.01"))) for r in sheet[1:]]
    assert sorted(rows, key=repr) == expected_rows(raw_items(sqlite_db, data.campaign), ["action", "handled"])
    assert dialog.ctx.settings.get("last_export_format") == "xlsx"


def test_export_to_a_missing_folder_says_why(open_dialog, tmp_path: Path, message_boxes) -> None:
    dialog = open_dialog()
    dialog.choose_file = lambda title, stem: tmp_path / "gone" / "summen.xlsx"
    message_boxes.answer("OK")
    dialog.export_button.click()
    assert "folder does not exist" in message_boxes.last.text
    assert not (tmp_path / "gone").exists()
    assert dialog.ctx.settings.get("last_export_folder") == ""


def test_cancelled_file_choice_writes_nothing(open_dialog, tmp_path: Path) -> None:
    dialog = open_dialog()
    dialog.choose_file = lambda title, stem: None
    dialog.export_button.click()
    assert list(tmp_path.glob("*.xlsx")) == []
