"""The printable reports: figures in the PDF text, charts as images, page headers, dialog and command.

The expected figures are counted from the rows the test itself creates, not from
``campaign_totals``; the PDF's text is read back with ``pdftotext -layout``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

from desktop import cli_report
from desktop.context import AppContext
from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    ActionSelection,
    Campaign,
    CampaignAction,
    CampaignStatus,
    Channel,
    Cost,
    CostBasis,
    CostKind,
    DossierItem,
    DossierItemType,
    MemberOrigin,
    Person,
    Response,
    ResponseType,
    Selection,
)
from desktop.settings import Settings
from desktop.ui.labels import format_date, format_money
from desktop.ui.report_document import NoCampaign, format_percent, write_report

PRINTED = dt.date(2026, 5, 4)
TYPES = ("Interest", "Callback", "Declined")

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfimages"),
                                   reason="poppler-utils (pdftotext, pdfimages) is not installed")


@dataclass
class ActionSpec:
    """One action as the test builds it; the expected figures are counted from these lists."""

    name: str
    channel: Channel
    fixed: Decimal
    per_contact: Decimal
    linked: list[int]
    not_linked: list[int]
    items: list[int]
    handled: list[int]
    responses: dict[int, list[str]]  # person → response types recorded on their dossier item
    estimated: list[Decimal] = field(default_factory=list)
    actual: list[Decimal] = field(default_factory=list)

    @property
    def responded(self) -> int:
        return sum(1 for p in self.items if self.responses.get(p))

    def count(self, kind: str) -> int:
        return sum(types.count(kind) for types in self.responses.values())

    @property
    def money_estimated(self) -> Decimal:
        return self.fixed + self.per_contact * len(self.linked) + sum(self.estimated, Decimal(0))

    @property
    def money_actual(self) -> Decimal:
        return sum(self.actual, Decimal(0))


ACTIONS = [
    ActionSpec("Spring letter", Channel.LETTER, Decimal("100.00"), Decimal("0.80"), linked=[0, 1, 2, 3, 4],
               not_linked=[5], items=[0, 1, 2, 3, 4], handled=[0, 1, 2],
               responses={0: ["Interest"], 1: ["Interest", "Callback"], 3: ["Declined"]},
               estimated=[Decimal("50.00")], actual=[Decimal("180.25")]),
    ActionSpec("Reminder mail", Channel.EMAIL, Decimal("0.00"), Decimal("0.10"), linked=[0, 1, 2], not_linked=[],
               items=[0, 1, 2], handled=[0], responses={2: ["Callback"]}, actual=[Decimal("12.40")]),
]
CAMPAIGN_ESTIMATED = Decimal("30.00")
CAMPAIGN_ACTUAL = Decimal("25.00")
BUDGET = Decimal("1000.00")


def build(db: Database, number: str = "T-1", status: CampaignStatus = CampaignStatus.ACTIVE) -> int:
    """The campaign of ACTIONS with its members, dossier items, responses and costs; returns its id."""
    with db.session() as s:
        letter = DossierItemType(code=f"OUT-{number}", name="Outgoing")
        campaign = Campaign(number=number, name=f"Campaign {number}", status=status, budget=BUDGET,
                            planned_start=dt.date(2026, 3, 1), planned_end=dt.date(2026, 4, 30))
        persons = [Person(code=f"{number}-P{i}", last_name=f"Person {i}") for i in range(6)]
        s.add_all([letter, campaign, *persons])
        s.flush()
        types = {name: ResponseType(campaign_id=campaign.id, name=name, sort_order=i) for i, name in enumerate(TYPES)}
        s.add_all(types.values())
        for sequence, spec in enumerate(ACTIONS, start=1):
            action = CampaignAction(campaign_id=campaign.id, sequence=sequence, name=spec.name, channel=spec.channel,
                                    fixed_cost=spec.fixed, cost_per_contact=spec.per_contact,
                                    planned_date=dt.date(2026, 3, sequence),
                                    generated_at=dt.datetime(2026, 3, sequence, 10, tzinfo=dt.UTC))
            s.add(action)
            s.flush()
            for index, linked in [(p, True) for p in spec.linked] + [(p, False) for p in spec.not_linked]:
                s.add(ActionMember(action_id=action.id, person_id=persons[index].id, linked=linked,
                                   origin=MemberOrigin.MANUAL))
            for index in spec.items:
                item = DossierItem(person_id=persons[index].id, campaign_id=campaign.id, action_id=action.id,
                                   type_id=letter.id, subject=spec.name, handled=index in spec.handled)
                s.add(item)
                s.flush()
                for name in spec.responses.get(index, []):
                    s.add(Response(dossier_item_id=item.id, response_type_id=types[name].id))
            for amount in spec.estimated:
                s.add(Cost(campaign_id=campaign.id, action_id=action.id, kind=CostKind.ESTIMATED,
                           basis=CostBasis.FIXED, amount=amount))
            for amount in spec.actual:
                s.add(Cost(campaign_id=campaign.id, action_id=action.id, kind=CostKind.ACTUAL,
                           basis=CostBasis.INVOICE, amount=amount, invoice_number="R-1", supplier="Print Ltd",
                           cost_date=dt.date(2026, 3, 20)))
        s.add(Cost(campaign_id=campaign.id, kind=CostKind.ESTIMATED, basis=CostBasis.FIXED, amount=CAMPAIGN_ESTIMATED))
        s.add(Cost(campaign_id=campaign.id, kind=CostKind.ACTUAL, basis=CostBasis.FIXED, amount=CAMPAIGN_ACTUAL))
        s.commit()
        return campaign.id


def pdf_text(path: Path) -> list[str]:
    """The text of each page (pdftotext -layout), non-breaking spaces as spaces."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = out.replace("\xa0", " ").split("\f")
    return [page for page in pages if page.strip()]


def image_count(path: Path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return sum(1 for line in listing.splitlines()[2:] if line.split()[2:3] == ["image"])


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


def row(text: str, label: str, *cells: str) -> None:
    """The line starting with ``label`` holds ``cells`` in this order."""
    lines = [line for line in text.splitlines() if re.search(rf"(^|\s){re.escape(label)}(\s|$)", line)]
    assert lines, f"no line with {label!r} in:\n{text}"
    for line in lines:
        position, ok = line.index(label) + len(label), True
        for cell in map(plain, cells):
            found = line.find(cell, position)
            if found < 0:
                ok = False
                break
            position = found + len(cell)
        if ok:
            return
    pytest.fail(f"{cells} not in order in the line(s) {lines!r}")


def campaign_sums() -> dict[str, object]:
    items = sum(len(a.items) for a in ACTIONS)
    responded = sum(a.responded for a in ACTIONS)
    return {
        "linked": sum(len(a.linked) for a in ACTIONS), "generated": items,
        "handled": sum(len(a.handled) for a in ACTIONS), "responded": responded, "rate": responded / items,
        "estimated": sum((a.money_estimated for a in ACTIONS), CAMPAIGN_ESTIMATED),
        "actual": sum((a.money_actual for a in ACTIONS), CAMPAIGN_ACTUAL),
    }


@needs_poppler
def test_campaign_summary_shows_the_counted_figures_and_two_charts(sqlite_db: Database, tmp_path: Path) -> None:
    campaign_id = build(sqlite_db)
    target = tmp_path / "summary.pdf"

    pages = write_report(sqlite_db, "summary", target, [campaign_id], title_date=PRINTED)

    assert pages >= 1
    texts = pdf_text(target)
    assert len(texts) == pages
    text = "\n".join(texts)
    assert "Campaign summary" in text and "T-1 Campaign T-1" in text
    total = campaign_sums()
    row(text, "Budget", format_money(BUDGET))
    row(text, "Estimated costs", format_money(total["estimated"]))
    row(text, "Actual costs", format_money(total["actual"]))
    row(text, "Budget used", format_percent(float(total["actual"] / BUDGET)))
    for sequence, spec in enumerate(ACTIONS, start=1):
        label = f"{sequence}. {spec.name}"
        rate = format_percent(spec.responded / len(spec.items))
        # Totals: linked, generated, handled, open, responded, rate.
        row(text, label, str(len(spec.linked)), str(len(spec.items)), str(len(spec.handled)),
            str(len(spec.items) - len(spec.handled)), str(spec.responded), rate)
        # Responses per type, then all responses.
        row(text, label, *(str(spec.count(t)) for t in TYPES), str(sum(len(v) for v in spec.responses.values())))
        # Costs: estimated, actual, difference, cost per contact, cost per response.
        per_contact = (spec.money_actual / len(spec.items)).quantize(Decimal("0.01"))
        per_response = (spec.money_actual / spec.responded).quantize(Decimal("0.01"))
        row(text, label, format_money(spec.money_estimated), format_money(spec.money_actual),
            format_money(spec.money_actual - spec.money_estimated), format_money(per_contact),
            format_money(per_response))
    row(text, "Campaign total", str(total["linked"]), str(total["generated"]), str(total["handled"]),
        str(total["generated"] - total["handled"]), str(total["responded"]), format_percent(total["rate"]))
    row(text, "Whole campaign (entries without action)", format_money(CAMPAIGN_ESTIMATED), format_money(CAMPAIGN_ACTUAL))
    row(text, "Total", format_money(total["estimated"]), format_money(total["actual"]))
    assert format_money(Decimal("154.00")) in text  # 100 fixed + 5 × 0.80 + 50 estimated, counted by hand
    for number, page in enumerate(texts, start=1):
        assert f"Kampagnen – Campaign summary – printed {format_date(PRINTED)}" in page
        assert f"Page {number} of {pages}" in page
    assert image_count(target) >= 2  # responses per action, costs per action


@needs_poppler
def test_actions_per_campaign_lists_each_campaign_with_its_actions(sqlite_db: Database, tmp_path: Path) -> None:
    first = build(sqlite_db, "T-1")
    build(sqlite_db, "T-2", CampaignStatus.PLANNED)
    target = tmp_path / "actions.pdf"

    assert write_report(sqlite_db, "actions", target, None, title_date=PRINTED) >= 1

    text = "\n".join(pdf_text(target))
    assert "Actions per campaign" in text
    assert "T-1 Campaign T-1" in text and "T-2 Campaign T-2" in text
    assert "Status: Active" in text and "Status: Planned" in text
    assert format_money(BUDGET) in text
    for spec, channel in zip(ACTIONS, ("Letter to print", "E-mail")):
        row(text, spec.name, channel, str(len(spec.linked)), str(len(spec.items)), str(spec.responded),
            format_percent(spec.responded / len(spec.items)), format_money(spec.money_estimated),
            format_money(spec.money_actual))
    total = campaign_sums()
    row(text, "Campaign total", str(total["linked"]), str(total["generated"]), str(total["responded"]),
        format_percent(total["rate"]), format_money(total["estimated"]), format_money(total["actual"]))

    only = tmp_path / "only.pdf"
    write_report(sqlite_db, "actions", only, [first], title_date=PRINTED)
    text = "\n".join(pdf_text(only))
    assert "T-1 Campaign T-1" in text and "T-2" not in text


@needs_poppler
def test_every_page_has_the_header_and_its_number(sqlite_db: Database, tmp_path: Path) -> None:
    for number in range(12):
        build(sqlite_db, f"M-{number:02d}")
    target = tmp_path / "many.pdf"

    pages = write_report(sqlite_db, "actions", target, None, title_date=PRINTED)

    texts = pdf_text(target)
    assert pages >= 2 and len(texts) == pages
    for number, page in enumerate(texts, start=1):
        assert f"Kampagnen – Actions per campaign – printed {format_date(PRINTED)}" in page
        assert f"Page {number} of {pages}" in page
    assert all(f"M-{number:02d} Campaign M-{number:02d}" in "\n".join(texts) for number in range(12))


@needs_poppler
def test_selections_report_counts_campaigns_and_links(sqlite_db: Database, tmp_path: Path) -> None:
    campaign_id = build(sqlite_db)
    with sqlite_db.session() as s:
        s.add_all([Selection(name="Customers NRW", description="NRW only", is_distribution_list=True),
                   Selection(name="Prospects", description="Fair visitors")])
        s.flush()
        customers = s.query(Selection).filter_by(name="Customers NRW").one()
        s.get(Campaign, campaign_id).selection_id = customers.id
        for action in s.query(CampaignAction).filter_by(campaign_id=campaign_id):
            s.add(ActionSelection(action_id=action.id, selection_id=customers.id,
                                  linked_at=dt.datetime(2026, 3, 10, 9, tzinfo=dt.UTC)))
        s.commit()
    target = tmp_path / "selections.pdf"

    assert write_report(sqlite_db, "selections", target, None, title_date=PRINTED) == 1

    text = "\n".join(pdf_text(target))
    assert "Available selections" in text
    row(text, "Customers NRW", "NRW only", "yes", "1", str(len(ACTIONS)), format_date(dt.date(2026, 3, 10)))
    row(text, "Prospects", "Fair visitors", "no", "0", "0")


@needs_poppler
def test_german_labels_and_money(german: None, sqlite_db: Database, tmp_path: Path) -> None:
    build(sqlite_db)
    target = tmp_path / "aktionen.pdf"

    write_report(sqlite_db, "actions", target, None, title_date=PRINTED)

    text = "\n".join(pdf_text(target))
    assert "Brief (Druck)" in text  # the channel, as the program's German translation names it
    assert "Aktiv" in text
    assert "154,00 €" in text and "180,25 €" in text
    assert "04.05.2026" in text  # the date of printing, German style
    assert "60,0 %" in text  # 3 of 5 responded


def test_summary_needs_a_known_campaign(sqlite_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NoCampaign):
        write_report(sqlite_db, "summary", tmp_path / "x.pdf", None)
    with pytest.raises(NoCampaign):
        write_report(sqlite_db, "summary", tmp_path / "x.pdf", [999])


def test_unwritable_file_is_an_os_error(sqlite_db: Database, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_report(sqlite_db, "selections", tmp_path / "missing" / "x.pdf", None)


@needs_poppler
def test_summary_of_a_campaign_without_actions(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        campaign = Campaign(number="E-1", name="Empty", status=CampaignStatus.PLANNED)
        s.add(campaign)
        s.commit()
        campaign_id = campaign.id
    target = tmp_path / "empty.pdf"

    assert write_report(sqlite_db, "summary", target, [campaign_id]) == 1
    assert "The campaign has no actions yet." in "\n".join(pdf_text(target))


def test_dialog_saves_the_chosen_report_and_offers_to_open_it(qtbot, sqlite_db: Database, tmp_path: Path,
                                                             message_boxes) -> None:
    from desktop.ui.reports_dialog import ReportsDialog

    campaign_id = build(sqlite_db)
    build(sqlite_db, "T-2")
    dialog = ReportsDialog(AppContext(settings=Settings(), db=sqlite_db), campaign_id=campaign_id)
    qtbot.addWidget(dialog)
    assert dialog.kind == "summary" and dialog.campaign_ids() == [campaign_id]
    suggested: list[Path] = []
    opened: list[Path] = []
    dialog.choose_file = lambda path: suggested.append(path) or str(tmp_path / "summary")
    dialog.open_file = opened.append
    message_boxes.answer("Yes")

    dialog.pdf_button.click()

    target = tmp_path / "summary.pdf"
    assert suggested and suggested[0].suffix == ".pdf"
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert opened == [target]
    assert str(target) in message_boxes.last.text

    # All campaigns for the actions report; the selections report takes none.
    dialog.set_kind("actions")
    dialog.campaign.setCurrentIndex(0)
    assert dialog.campaign_ids() is None
    dialog.set_kind("selections")
    assert not dialog.campaign.isEnabled() and dialog.campaign_ids() is None
    # The summary cannot be of "all campaigns": it falls back to the first one.
    dialog.set_kind("summary")
    assert dialog.campaign_ids() is not None

    # Cancelled file chooser: nothing written, nothing asked.
    dialog.choose_file = lambda _path: ""
    dialog.pdf_button.click()


def _cli_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli_report.add_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


@needs_poppler
def test_command_writes_the_summary(sqlite_db: Database, tmp_path: Path, capsys) -> None:
    build(sqlite_db)
    target = tmp_path / "cli.pdf"

    assert cli_report.run(_cli_args("report", "summary", str(target), "--campaign", "T-1"), sqlite_db) == 0

    assert str(target) in capsys.readouterr().out
    assert image_count(target) >= 2
    assert cli_report.wants_widgets(["report", "summary", "x.pdf"])
    assert not cli_report.wants_widgets(["campaign", "list"])


def test_command_refuses_unknown_or_missing_campaigns(sqlite_db: Database, tmp_path: Path, capsys) -> None:
    build(sqlite_db)
    target = tmp_path / "cli.pdf"

    assert cli_report.run(_cli_args("report", "summary", str(target)), sqlite_db) == 1
    assert "--campaign" in capsys.readouterr().err
    assert cli_report.run(_cli_args("report", "actions", str(target), "--campaign", "NOPE"), sqlite_db) == 1
    assert "NOPE" in capsys.readouterr().err
    assert not target.exists()


def test_the_summary_prints_on_the_office_printer(sqlite_db: Database, tmp_path: Path, test_printer) -> None:
    """The same report on paper: a job on the real CUPS queue, whose pages carry the figures."""
    from pypdf import PdfReader  # noqa: PLC0415
    from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415

    from desktop.ui.report_document import print_report  # noqa: PLC0415

    campaign = build(sqlite_db)
    before = set(test_printer.out_dir.glob("*.pdf"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(test_printer.name)
    pages = print_report(sqlite_db, "summary", printer, [campaign])
    deadline = dt.datetime.now() + dt.timedelta(seconds=60)
    while not (new := set(test_printer.out_dir.glob("*.pdf")) - before):
        assert dt.datetime.now() < deadline, f"cups-pdf wrote nothing to {test_printer.out_dir}"
        subprocess.run(["sleep", "0.3"], check=True)
    printed = new.pop()
    try:
        while True:  # cups-pdf may still be writing the file
            try:
                reader = PdfReader(printed)
                count = len(reader.pages)
                break
            except Exception:  # noqa: BLE001 - a half-written PDF
                assert dt.datetime.now() < deadline, f"{printed} stays unreadable"
                subprocess.run(["sleep", "0.3"], check=True)
        # The printer's PDF has no text layer to read (ghostscript), but every page came out, on A4.
        assert count == pages >= 2
        width, height = (round(float(v)) for v in reader.pages[0].mediabox.upper_right)
        assert (width, height) == (595, 842)
    finally:
        printed.unlink(missing_ok=True)
