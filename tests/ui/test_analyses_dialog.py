"""Analyses: the data sets previewed and exported, checked against counts made from the raw rows."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.campaigns import analyses
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
    Person,
    Response,
    ResponseType,
)
from desktop.settings import Settings
from desktop.ui.analyses_dialog import PREVIEW_ROWS, AnalysesDialog


@dataclass
class Data:
    campaign: int  # 2 actions, 9 members (2 not linked), 7 dossier items, responses
    empty: int  # no actions


@pytest.fixture
def data(sqlite_db: Database) -> Data:
    with sqlite_db.session() as s:
        campaign = Campaign(number="2026-042", name="Herbstmailing", status=CampaignStatus.ACTIVE,
                            budget=Decimal("1000.00"))
        empty = Campaign(number="2026-043", name="Noch leer")
        letter = DossierItemType(code="OUT", name="Ausgangspost")
        s.add_all([campaign, empty, letter])
        s.flush()
        pilot = CampaignAction(campaign_id=campaign.id, sequence=1, name="Pilot", channel=Channel.LETTER,
                               fixed_cost=Decimal(100), cost_per_contact=Decimal("1.50"))
        rest = CampaignAction(campaign_id=campaign.id, sequence=2, name="Rest", channel=Channel.EMAIL)
        yes = ResponseType(campaign_id=campaign.id, name="Zusage", sort_order=1)
        no = ResponseType(campaign_id=campaign.id, name="Absage", sort_order=2)
        persons = [Person(code=f"{n:06d}", first_name="Eva", last_name=f"Muster{n}", city="Köln") for n in range(9)]
        s.add_all([pilot, rest, yes, no, *persons])
        s.flush()
        items = []
        for n, person in enumerate(persons):
            action = pilot if n < 5 else rest
            linked = n not in (4, 8)
            s.add(ActionMember(action_id=action.id, person_id=person.id, linked=linked, origin=MemberOrigin.MANUAL,
                               exclusion_reason="deceased" if n == 4 else ""))
            if linked:
                items.append(DossierItem(person_id=person.id, campaign_id=campaign.id, action_id=action.id,
                                         type_id=letter.id, handled=n in (1, 2, 6)))
        s.add_all(items)
        s.flush()
        for item, kind in [(items[1], no), (items[1], yes), (items[0], no), (items[5], yes)]:
            s.add(Response(dossier_item_id=item.id, response_type_id=kind.id))
            s.flush()
        return Data(campaign.id, empty.id)


@pytest.fixture
def open_dialog(qtbot, sqlite_db: Database, data: Data):
    def make(campaign_id: int | None = None) -> AnalysesDialog:
        dialog = AnalysesDialog(AppContext(settings=Settings(), db=sqlite_db), campaign_id=campaign_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def choose(dialog: AnalysesDialog, key: str) -> None:
    dialog.datasets.setCurrentRow([d.key for d in analyses.DATASETS].index(key))


def column(dialog: AnalysesDialog, header: str) -> int:
    return [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())].index(header)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


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
            column_number = 0
            for letter in re.match(r"[A-Z]+", cell.get("r", "")).group():
                column_number = column_number * 26 + ord(letter) - 64
            value = cell.findtext("m:v", namespaces=ns)
            cells[column_number - 1] = strings[int(value)] if cell.get("t") == "s" else float(value)
        rows.append([cells.get(c, "") for c in range(max(cells) + 1)] if cells else [])
    return rows


def test_the_campaign_is_chosen_only_for_data_sets_that_need_one(open_dialog, data: Data) -> None:
    dialog = open_dialog(data.empty)
    assert dialog.campaign.currentData() == data.empty
    assert [dialog.datasets.item(n).text() for n in range(dialog.datasets.count())] == [
        "Campaigns", "Costs, actual against estimated", "Selections", "Actions", "Contacts of a campaign"]
    for number, dataset in enumerate(analyses.DATASETS):
        dialog.datasets.setCurrentRow(number)
        assert dialog.campaign.isEnabled() == dataset.needs_campaign, dataset.key
        assert dialog.campaign_label.isEnabled() == dataset.needs_campaign
        assert dialog.table.columnCount() == len(dataset.headers)


def raw_campaign_counts(db: Database, campaign_id: int) -> dict[str, int]:
    with db.session() as s:
        in_campaign = CampaignAction.campaign_id == campaign_id
        return {
            "actions": s.scalar(select(func.count()).select_from(CampaignAction).where(in_campaign)),
            "linked": s.scalar(select(func.count()).select_from(ActionMember)
                               .join(CampaignAction, CampaignAction.id == ActionMember.action_id)
                               .where(in_campaign, ActionMember.linked.is_(True))),
            "generated": s.scalar(select(func.count()).select_from(DossierItem)
                                  .where(DossierItem.campaign_id == campaign_id)),
            "handled": s.scalar(select(func.count()).select_from(DossierItem)
                                .where(DossierItem.campaign_id == campaign_id, DossierItem.handled.is_(True))),
            "responded": s.scalar(select(func.count(func.distinct(Response.dossier_item_id)))
                                  .join(DossierItem, DossierItem.id == Response.dossier_item_id)
                                  .where(DossierItem.campaign_id == campaign_id)),
        }


def test_campaigns_preview_and_csv_export(open_dialog, sqlite_db: Database, data: Data, tmp_path: Path,
                                          message_boxes) -> None:
    dialog = open_dialog()
    choose(dialog, "campaigns")
    raw = raw_campaign_counts(sqlite_db, data.campaign)
    with sqlite_db.session() as s:
        campaigns = s.scalar(select(func.count()).select_from(Campaign))
    assert dialog.table.rowCount() == campaigns == 2
    assert dialog.count.text() == "2 rows"
    # On screen: words for the status, the rate in percent.
    assert dialog.table.item(0, column(dialog, "Status")).text() == "Active"
    assert dialog.table.item(1, column(dialog, "Status")).text() == "Planned"
    rate = raw["responded"] / raw["generated"]
    assert dialog.table.item(0, column(dialog, "Response rate")).text() == f"{100 * rate:.1f} %"
    assert dialog.table.item(0, column(dialog, "Budget")).text() == "€1,000.00"

    target = tmp_path / "kampagnen.csv"
    stems = []
    dialog.choose_file = lambda title, stem: stems.append(stem) or target
    message_boxes.answer("No")
    dialog.export_button.click()
    assert stems == ["Campaigns"]
    lines = read_csv(target)
    headers = list(analyses.BY_KEY["campaigns"].headers)
    assert lines[0] == headers
    assert len(lines) == 1 + campaigns
    row = dict(zip(headers, lines[1]))
    assert (row["Number"], row["Campaign"], row["Status"], row["Budget"]) == (
        "2026-042", "Herbstmailing", "Active", "1000,00")
    assert int(row["Actions"]) == raw["actions"] == 2
    assert int(row["Members linked"]) == raw["linked"] == 7
    assert int(row["Generated"]) == raw["generated"] == 7
    assert int(row["Handled"]) == raw["handled"] == 3
    assert int(row["Responded"]) == raw["responded"] == 3
    # The rate is a number (a fraction, with a decimal comma), not "28.6 %".
    assert float(row["Response rate"].replace(",", ".")) == pytest.approx(rate)
    empty = dict(zip(headers, lines[2]))
    assert (empty["Number"], empty["Status"], empty["Actions"], empty["Response rate"]) == ("2026-043", "Planned",
                                                                                            "0", "")


def raw_members(db: Database, campaign_id: int) -> dict[str, dict[str, Any]]:
    """Each member of the campaign's actions by contact code: action, linked, reason, handled, latest response."""
    with db.session() as s:
        latest: dict[int, tuple[int, str]] = {}
        for response_id, item_id, name in s.execute(
                select(Response.id, Response.dossier_item_id, ResponseType.name)
                .join(ResponseType, ResponseType.id == Response.response_type_id)):
            if item_id not in latest or response_id > latest[item_id][0]:
                latest[item_id] = (response_id, name)
        items = {(a, p): (i, h) for i, a, p, h in s.execute(
            select(DossierItem.id, DossierItem.action_id, DossierItem.person_id, DossierItem.handled))}
        result = {}
        for code, action_id, person_id, sequence, linked, reason in s.execute(
                select(Person.code, ActionMember.action_id, ActionMember.person_id, CampaignAction.sequence,
                       ActionMember.linked, ActionMember.exclusion_reason)
                .join(ActionMember, ActionMember.person_id == Person.id)
                .join(CampaignAction, CampaignAction.id == ActionMember.action_id)
                .where(CampaignAction.campaign_id == campaign_id)):
            item = items.get((action_id, person_id))
            result[code] = {"sequence": sequence, "linked": linked, "reason": reason,
                            "handled": None if item is None else item[1],
                            "response": latest[item[0]][1] if item and item[0] in latest else None}
        return result


def test_contacts_of_a_campaign_xlsx_export(open_dialog, sqlite_db: Database, data: Data, tmp_path: Path,
                                           message_boxes) -> None:
    dialog = open_dialog(data.campaign)
    choose(dialog, "contacts")
    raw = raw_members(sqlite_db, data.campaign)
    assert dialog.table.rowCount() == len(raw) == 9
    left_out = [dialog.table.item(r, column(dialog, "Left out because")).text() for r in range(9)]
    assert sorted(left_out) == [""] * 8 + ["deceased"]

    target = tmp_path / "kontakte.xlsx"
    stems = []
    dialog.choose_file = lambda title, stem: stems.append(stem) or target
    message_boxes.answer("No")
    dialog.export_button.click()
    assert stems == ["Contacts of a campaign 2026-042"]
    sheet = read_xlsx(target)
    headers = list(analyses.BY_KEY["contacts"].headers)
    assert sheet[0] == headers
    assert len(sheet) == 1 + len(raw)
    yes_no = {True: "yes", False: "no", None: ""}
    for line in sheet[1:]:
        row = dict(zip(headers, line + [""] * (len(headers) - len(line))))
        want = raw[row["Contact code"]]
        assert row["Number"] == "2026-042"
        assert row["Action no."] == float(want["sequence"])  # a number in the workbook
        assert row["Linked"] == yes_no[want["linked"]]
        assert row["Left out because"] == ("deceased" if want["reason"] == "deceased" else "")
        assert row["Handled"] == yes_no[want["handled"]]
        assert row["Response"] == (want["response"] or "")
    responses = sorted(r[headers.index("Response")] for r in sheet[1:] if len(r) > headers.index("Response"))
    assert [r for r in responses if r] == ["Absage", "Zusage", "Zusage"]  # the latest answer of a contact counts


def test_contacts_follow_the_chosen_campaign(open_dialog, data: Data) -> None:
    dialog = open_dialog(data.campaign)
    choose(dialog, "contacts")
    assert dialog.table.rowCount() == 9
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(data.empty))
    assert dialog.table.rowCount() == 0
    assert dialog.count.text() == "0 rows"


def test_preview_shows_the_first_rows_the_export_all(open_dialog, sqlite_db: Database, tmp_path: Path,
                                                     message_boxes) -> None:
    many = PREVIEW_ROWS + 50
    with sqlite_db.session() as s:
        big = Campaign(number="2026-099", name="Groß")
        s.add(big)
        s.flush()
        action = CampaignAction(campaign_id=big.id, sequence=1, name="Alle")
        persons = [Person(code=f"9{n:05d}", last_name=f"Viele{n}") for n in range(many)]
        s.add_all([action, *persons])
        s.flush()
        s.add_all([ActionMember(action_id=action.id, person_id=p.id, origin=MemberOrigin.MANUAL) for p in persons])
        big_id = big.id
    dialog = open_dialog(big_id)
    choose(dialog, "contacts")
    assert dialog.table.rowCount() == PREVIEW_ROWS
    assert dialog.count.text().startswith(f"{many} rows")
    target = tmp_path / "alle.csv"
    dialog.choose_file = lambda title, stem: target
    message_boxes.answer("No")
    dialog.export_button.click()
    assert len(read_csv(target)) == 1 + many


def test_actions_name_the_channel(open_dialog, tmp_path: Path, message_boxes) -> None:
    dialog = open_dialog()
    choose(dialog, "actions")
    assert {dialog.table.item(r, column(dialog, "Channel")).text() for r in range(2)} == {"Letter to print", "E-mail"}
    target = tmp_path / "aktionen.csv"
    dialog.choose_file = lambda title, stem: target
    message_boxes.answer("No")
    dialog.export_button.click()
    lines = read_csv(target)
    assert {line[4] for line in lines[1:]} == {"Letter to print", "E-mail"}


def test_a_file_open_elsewhere_is_explained(open_dialog, tmp_path: Path, message_boxes,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog()

    def refuse(*_args: Any, **_kwargs: Any) -> int:
        raise PermissionError(13, "Permission denied", str(tmp_path / "x.xlsx"))

    monkeypatch.setattr("desktop.ui.analyses_dialog.export_table", refuse)
    dialog.choose_file = lambda title, stem: tmp_path / "x.xlsx"
    message_boxes.answer("OK")
    dialog.export_button.click()
    assert "open in Excel" in message_boxes.last.text
