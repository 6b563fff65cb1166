"""Printable reports: actions per campaign, available selections, and a campaign summary.

Each report is HTML in a ``QTextDocument`` (the summary with two QtCharts charts as image
resources), laid out for the page of a PDF file or a printer and painted page by page
with a header line (program, report title, date of printing) and the page number. Only a
``QApplication`` is needed (the charts are graphics widgets), no window.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTimeZone,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.campaigns import analyses
from desktop.campaigns.totals import Totals, campaign_totals
from desktop.db.engine import Database
from desktop.db.models import Campaign, CampaignAction
from desktop.ui import report_charts
from desktop.ui.labels import date_format, format_date, format_money, status_label
from desktop.ui.member_labels import channel_label

KINDS = ("actions", "selections", "summary")


class NoCampaign(LookupError):
    """The summary needs one campaign, and none (or an unknown one) was given."""


def _a(text: str) -> str:
    # The column headers the analyses (Excel exports) use, translated there.
    return QCoreApplication.translate("Analyses", text)


def page_orientation(kind: str) -> QPageLayout.Orientation:
    """Landscape for the wide table of actions per campaign, portrait otherwise."""
    return QPageLayout.Orientation.Landscape if kind == "actions" else QPageLayout.Orientation.Portrait


def report_title(kind: str) -> str:
    """The clerk's name of a report kind."""
    return {
        "actions": QCoreApplication.translate("Reports", "Actions per campaign"),
        "selections": QCoreApplication.translate("Reports", "Available selections"),
        "summary": QCoreApplication.translate("Reports", "Campaign summary"),
    }[kind]


# -- values as the report shows them ------------------------------------------------------------------


def format_count(value: int | None) -> str:
    return "" if value is None else QLocale().toString(int(value))


def format_percent(share: float | None) -> str:
    """A share (0.125) as a percentage in the locale ("12,5 %")."""
    return "" if share is None else f"{QLocale().toString(share * 100, 'f', 1)}\u00a0%"


def local_date(value: dt.datetime | None) -> str:
    """The workstation's local date of a UTC timestamp."""
    if value is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(local.date(), date_format())


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}"


def _e(text: object) -> str:
    return html.escape(str(text or ""))


# -- HTML building blocks --------------------------------------------------------------------------


@dataclass
class Cell:
    text: str
    number: bool = False


@dataclass(frozen=True)
class Page:
    """The text width of the pages in the paint device's pixels, and its resolution."""

    width: int
    dpi: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> Page:
        return cls(device.width(), device.logicalDpiX())


def _screen_dpi() -> float:
    # What Qt's text layout takes as the screen's resolution (qt_defaultDpi).
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 100.0


@dataclass
class Report:
    """A report ready to be laid out: its title, HTML and the images the HTML names."""

    title: str
    html: str
    images: dict[str, QImage] = field(default_factory=dict)


def _num(text: str) -> Cell:
    return Cell(text, number=True)


def _table(headers: Sequence[Cell], rows: Iterable[Sequence[Cell]], total: Sequence[Cell] | None = None) -> str:
    """A bordered table; numbers right-aligned; the header row repeats on every page."""
    def row(cells: Sequence[Cell], tag: str, bold: bool = False) -> str:
        parts = []
        for cell in cells:
            align = ' align="right"' if cell.number else ""
            text = _e(cell.text).replace("\n", "<br>")
            parts.append(f"<{tag}{align}>{'<b>' + text + '</b>' if bold and text else text}</{tag}>")
        return f"<tr>{''.join(parts)}</tr>"

    body = "".join(row(cells, "td") for cells in rows)
    foot = row(total, "td", bold=True) if total else ""
    return (f'<table width="100%" cellspacing="0"><thead>{row(headers, "th")}</thead>'
            f"<tbody>{body}{foot}</tbody></table>")


def _facts(pairs: Sequence[tuple[str, str]]) -> str:
    rows = "".join(f'<tr><td class="label">{_e(label)}</td><td>{_e(value or "–")}</td></tr>' for label, value in pairs)
    return f'<table class="facts" cellspacing="0">{rows}</table>'


def _heads(*texts: str, numbers_from: int) -> list[Cell]:
    return [Cell(text, number=i >= numbers_from) for i, text in enumerate(texts)]


def _action_label(sequence: int, name: str) -> str:
    return f"{sequence}. {name}"


def _label_length(categories: int) -> int:
    # What fits under a group of bars in a chart across the page.
    return max(10, 100 // max(categories, 1))


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


# -- the reports -------------------------------------------------------------------------------------


def _campaigns(session: Session, campaign_ids: Sequence[int] | None) -> list[Campaign]:
    query = select(Campaign).order_by(Campaign.number)
    if campaign_ids:
        query = query.where(Campaign.id.in_(campaign_ids))
    return list(session.scalars(query))


def _actions_report(session: Session, campaign_ids: Sequence[int] | None, _page: Page) -> Report:
    title = report_title("actions")
    parts = [f"<h1>{_e(title)}</h1>"]
    campaigns = _campaigns(session, campaign_ids)
    if not campaigns:
        parts.append("<p><i>" + _e(QCoreApplication.translate("Reports", 'There are no campaigns.')) + "</i></p>")
    headers = _heads(QCoreApplication.translate("Reports", "No."), _a("Action"), _a("Channel"), _a("Planned date"), _a("Generated on"),
                     _a("Members linked"), _a("Generated"), _a("Responded"), _a("Response rate"),
                     _a("Estimated costs"), _a("Actual costs"), numbers_from=5)
    headers[0].number = True
    for campaign in campaigns:
        figures = campaign_totals(session, campaign.id)
        dates = {a.id: (a.planned_date, a.generated_at) for a in session.scalars(
            select(CampaignAction).where(CampaignAction.campaign_id == campaign.id))}
        facts = [QCoreApplication.translate("Reports", "Status: {status}").format(status=status_label(campaign.status))]
        if campaign.planned_start or campaign.planned_end:
            facts.append(QCoreApplication.translate("Reports", "Planned: {period}").format(period=_period(campaign.planned_start, campaign.planned_end)))
        if campaign.budget is not None:
            facts.append(QCoreApplication.translate("Reports", "Budget: {amount}").format(amount=format_money(campaign.budget)))
        parts.append(f"<h2>{_e(campaign.number)} {_e(campaign.name)}</h2>")
        parts.append(f"<p>{' &nbsp;·&nbsp; '.join(_e(f) for f in facts)}</p>")
        if not figures.actions:
            parts.append("<p><i>" + _e(QCoreApplication.translate("Reports", 'The campaign has no actions yet.')) + "</i></p>")
            continue
        rows = []
        for row in figures.actions:
            t = row.totals
            planned, generated_at = dates.get(row.action_id, (None, None))
            rows.append([_num(str(row.sequence)), Cell(row.name), Cell(channel_label(row.channel)),
                         Cell(format_date(planned)), Cell(local_date(generated_at)), _num(format_count(t.linked)),
                         _num(format_count(t.generated)), _num(format_count(t.responded)),
                         _num(format_percent(t.response_rate)), _num(format_money(t.money.estimated)),
                         _num(format_money(t.money.actual))])
        c = figures.campaign
        total = [Cell(""), Cell(QCoreApplication.translate("Reports", "Campaign total")), Cell(""), Cell(""), Cell(""), _num(format_count(c.linked)),
                 _num(format_count(c.generated)), _num(format_count(c.responded)),
                 _num(format_percent(c.response_rate)), _num(format_money(c.money.estimated)),
                 _num(format_money(c.money.actual))]
        parts.append(_table(headers, rows, total))
        if figures.costs.campaign.estimated or figures.costs.campaign.actual:
            parts.append('<p class="note">' + _e(QCoreApplication.translate("Reports", "The campaign total includes the costs entered for the whole campaign.")) + '</p>')
    return Report(title, "".join(parts))


def _selections_report(session: Session, _campaign_ids: Sequence[int] | None, _page: Page) -> Report:
    title = report_title("selections")
    parts = [f"<h1>{_e(title)}</h1>"]
    rows = analyses.BY_KEY["selections"].rows(session, None)
    if not rows:
        parts.append("<p><i>" + _e(QCoreApplication.translate("Reports", 'There are no saved selections.')) + "</i></p>")
        return Report(title, "".join(parts))
    headers = _heads(_a("Selection"), _a("Description"), _a("Distribution list"), _a("Created"),
                     _a("Data source of campaigns"), _a("Linked to actions"), _a("Last linked"), numbers_from=4)
    headers[6].number = False
    yes, no = QCoreApplication.translate("Reports", "yes"), QCoreApplication.translate("Reports", "no")
    cells = [[Cell(name), Cell(description), Cell(yes if is_list else no), Cell(local_date(created)),
              _num(format_count(sources)), _num(format_count(links)), Cell(local_date(last))]
             for name, description, is_list, created, sources, links, last in rows]
    parts.append(_table(headers, cells))
    parts.append('<p class="note">' + _e(QCoreApplication.translate("Reports", "Selections: {count}; distribution lists among them: {lists}.").format(count=format_count(len(rows)), lists=format_count(sum(1 for r in rows if r[2])))) + '</p>')
    return Report(title, "".join(parts))


def _summary_report(session: Session, campaign_ids: Sequence[int] | None, page: Page) -> Report:
    title = report_title("summary")
    campaign = session.get(Campaign, campaign_ids[0]) if campaign_ids else None
    if campaign is None:
        raise NoCampaign(campaign_ids[0] if campaign_ids else None)
    figures = campaign_totals(session, campaign.id)
    c = figures.campaign
    parts = [f"<h1>{_e(title)}</h1>", f"<h2>{_e(campaign.number)} {_e(campaign.name)}</h2>"]
    facts = [(QCoreApplication.translate("Reports", "Number"), campaign.number), (QCoreApplication.translate("Reports", "Name"), campaign.name),
             (QCoreApplication.translate("Reports", "Status"), status_label(campaign.status)),
             (QCoreApplication.translate("Reports", "Planned"), _period(campaign.planned_start, campaign.planned_end)),
             (QCoreApplication.translate("Reports", "Budget"), format_money(campaign.budget)),
             (QCoreApplication.translate("Reports", "Estimated costs"), format_money(c.money.estimated)),
             (QCoreApplication.translate("Reports", "Actual costs"), format_money(c.money.actual)),
             (QCoreApplication.translate("Reports", "Budget used"), format_percent(figures.budget_used))]
    if campaign.description.strip():
        facts.insert(2, (QCoreApplication.translate("Reports", "Description"), campaign.description.strip()))
    parts.append(_facts(facts))
    if not figures.actions:
        parts.append("<p><i>" + _e(QCoreApplication.translate("Reports", 'The campaign has no actions yet.')) + "</i></p>")
        return Report(title, "".join(parts))
    labels = [_action_label(a.sequence, a.name) for a in figures.actions]
    parts.append(_totals_section(figures.actions, labels, c))
    images: dict[str, QImage] = {}
    parts.append(_responses_section(figures, labels, page, images))
    parts.append(_costs_section(figures, labels, page, images))
    return Report(title, "".join(parts), images)


def _totals_section(actions: Sequence, labels: Sequence[str], c: Totals) -> str:
    headers = _heads(QCoreApplication.translate("Reports", "Action"), QCoreApplication.translate("Reports", "Members linked"), QCoreApplication.translate("Reports", "Generated"), QCoreApplication.translate("Reports", "Handled"), QCoreApplication.translate("Reports", "Open"),
                     QCoreApplication.translate("Reports", "Responded"), QCoreApplication.translate("Reports", "Response rate"), numbers_from=1)

    def cells(label: str, t: Totals) -> list[Cell]:
        return [Cell(label), *(_num(format_count(v)) for v in (t.linked, t.generated, t.handled, t.open,
                                                               t.responded)), _num(format_percent(t.response_rate))]

    rows = [cells(label, a.totals) for label, a in zip(labels, actions)]
    return "<h3>" + _e(QCoreApplication.translate("Reports", 'Totals')) + "</h3>" + _table(headers, rows, cells(QCoreApplication.translate("Reports", "Campaign total"), c))


def _chart_html(key: str, image: QImage, page: Page, images: dict[str, QImage]) -> str:
    images[key] = image
    # Qt scales an image's size from the screen's to the printer's resolution: give it in screen pixels.
    shown = page.width * _screen_dpi() / page.dpi
    return f'<p align="center"><img src="{key}" width="{shown:.0f}" height="{shown * image.height() / image.width():.0f}"></p>'


def _responses_section(figures, labels: Sequence[str], page: Page, images: dict[str, QImage]) -> str:
    parts = ["<h3>" + _e(QCoreApplication.translate("Reports", 'Responses per type')) + "</h3>"]
    types = figures.response_types
    if not types:
        parts.append("<p><i>" + _e(QCoreApplication.translate("Reports", 'No response types are set up for this campaign.')) + "</i></p>")
        return "".join(parts)
    headers = [Cell(QCoreApplication.translate("Reports", "Action")), *(_num(name) for name in types), _num(QCoreApplication.translate("Reports", "All responses"))]

    def cells(label: str, t: Totals) -> list[Cell]:
        return [Cell(label), *(_num(format_count(t.responses.get(name, 0))) for name in types),
                _num(format_count(sum(t.responses.values())))]

    rows = [cells(label, a.totals) for label, a in zip(labels, figures.actions)]
    parts.append(_table(headers, rows, cells(QCoreApplication.translate("Reports", "Campaign total"), figures.campaign)))
    image = report_charts.bar_chart(
        QCoreApplication.translate("Reports", "Responses per action"), [_short(label, _label_length(len(labels))) for label in labels],
        [(name, [a.totals.responses.get(name, 0) for a in figures.actions]) for name in types],
        QCoreApplication.translate("Reports", "Responses"), page.width)
    parts.append(_chart_html("report-chart-responses.png", image, page, images))
    return "".join(parts)


def _costs_section(figures, labels: Sequence[str], page: Page, images: dict[str, QImage]) -> str:
    headers = _heads(QCoreApplication.translate("Reports", "Action"), QCoreApplication.translate("Reports", "Estimated"), QCoreApplication.translate("Reports", "Actual"), QCoreApplication.translate("Reports", "Difference"), QCoreApplication.translate("Reports", "Cost per contact"),
                     QCoreApplication.translate("Reports", "Cost per response"), numbers_from=1)

    def cells(label: str, estimated: Decimal, actual: Decimal, per_contact: Decimal | None,
              per_response: Decimal | None) -> list[Cell]:
        return [Cell(label), _num(format_money(estimated)), _num(format_money(actual)),
                _num(format_money(actual - estimated)), _num(format_money(per_contact)),
                _num(format_money(per_response))]

    rows = [cells(label, a.totals.money.estimated, a.totals.money.actual, a.totals.cost_per_contact,
                  a.totals.cost_per_response) for label, a in zip(labels, figures.actions)]
    whole = figures.costs.campaign
    chart_labels = [_short(label, _label_length(len(labels) + 1)) for label in labels]
    estimated = [float(a.totals.money.estimated) for a in figures.actions]
    actual = [float(a.totals.money.actual) for a in figures.actions]
    if whole.estimated or whole.actual:
        rows.append(cells(QCoreApplication.translate("Reports", "Whole campaign (entries without action)"), whole.estimated, whole.actual, None, None))
        chart_labels.append(QCoreApplication.translate("Reports", "Whole campaign"))
        estimated.append(float(whole.estimated))
        actual.append(float(whole.actual))
    c = figures.campaign
    total = cells(QCoreApplication.translate("Reports", "Total"), c.money.estimated, c.money.actual, c.cost_per_contact, c.cost_per_response)
    parts = ["<h3>" + _e(QCoreApplication.translate("Reports", 'Costs, estimated against actual')) + "</h3>", _table(headers, rows, total),
             '<p class="note">' + _e(QCoreApplication.translate("Reports", "Difference: actual minus estimated costs. Cost per contact and per response: actual costs divided by the contacts generated or the contacts who responded.")) + '</p>']
    image = report_charts.bar_chart(
        QCoreApplication.translate("Reports", "Costs per action, estimated and actual"), chart_labels,
        [(QCoreApplication.translate("Reports", "Estimated"), estimated), (QCoreApplication.translate("Reports", "Actual"), actual)], QCoreApplication.translate("Reports", "Costs in €"), page.width)
    parts.append(_chart_html("report-chart-costs.png", image, page, images))
    return "".join(parts)


BUILDERS = {"actions": _actions_report, "selections": _selections_report, "summary": _summary_report}


def build_report(db: Database, kind: str, campaign_ids: Sequence[int] | None, page: Page) -> Report:
    """The report's title, HTML and chart images, for pages of the given text width."""
    if kind not in BUILDERS:
        raise ValueError(kind)
    with db.session() as session:
        return BUILDERS[kind](session, campaign_ids, page)


# -- layout and painting -----------------------------------------------------------------------------


def _style() -> str:
    # Qt scales px lengths (and image sizes) from the screen's 96 dpi to the printer's.
    def p(value: float) -> str:
        return f"{value}px"

    return (
        "body { font-size: 9pt; }"
        "h1 { font-size: 15pt; font-weight: bold; margin-bottom: 0; }"
        "h2 { font-size: 12pt; font-weight: bold; margin-top: 12pt; margin-bottom: 4pt; }"
        "h3 { font-size: 10.5pt; font-weight: bold; margin-top: 12pt; margin-bottom: 4pt; }"
        "p.note { font-size: 8pt; color: #444444; }"
        f"table {{ border-collapse: collapse; margin-top: {p(2)}; margin-bottom: {p(10)}; }}"
        f"th, td {{ border: {p(1)} solid #777777; padding: {p(3)}; font-size: 8.5pt; vertical-align: top; }}"
        "th { background-color: #e6e6e6; font-weight: bold; }"
        "table.facts td { border-width: 0; }"
        "td.label { font-weight: bold; }"
    )


def _small_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8)
    return font


def _keep_headings_with_next(document: QTextDocument, page_height: float, dpi: float) -> None:
    """Start a heading on the next page when too little of what it heads would follow it here."""
    keep = dpi * 4 / 2.54  # 4 cm: the heading, a line of text and the first rows of a table
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() >= 2:
            top = layout.blockBoundingRect(block).top()
            if top % page_height > page_height - keep:
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
        block = block.next()
    # Lay everything out anew: after the changes above Qt would leave later blocks unpainted.
    document.markContentsDirty(0, document.characterCount())


def _paint(device: QPagedPaintDevice, report: Report, title_date: dt.date) -> int:
    """Lay the report out for ``device`` and paint it, page by page; returns the page count."""
    width, height = device.width(), device.height()
    small = _small_font()
    metrics = QFontMetricsF(small, device)
    header_h = metrics.height() * 2.2
    footer_h = metrics.height() * 2.2
    body_h = height - header_h - footer_h
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(_style())
    body_font = QFont()
    body_font.setPointSizeF(9)
    document.setDefaultFont(body_font)
    # Break lines between words only (not inside "Bestandskunden"): columns widen instead.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    for name, image in report.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(report.html)
    document.setPageSize(QSizeF(width, body_h))
    _keep_headings_with_next(document, body_h, device.logicalDpiY())
    pages = max(1, document.pageCount())
    header = QCoreApplication.translate("Reports", "Kampagnen – {title} – printed {date}").format(title=report.title, date=format_date(title_date))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Reports", "The printer or file could not be opened."))
    try:
        pen = QPen(QColor("#777777"))
        pen.setWidthF(max(1.0, device.logicalDpiY() / 200))
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(small)
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(0, 0, width, header_h * 0.7), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             header)
            painter.setPen(pen)
            for y in (header_h * 0.8, height - footer_h * 0.8):
                painter.drawLine(QPointF(0, y), QPointF(width, y))
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(0, height - footer_h * 0.7, width, footer_h * 0.7),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             QCoreApplication.translate("Reports", "Page {page} of {pages}").format(page=page + 1, pages=pages))
            painter.save()
            painter.translate(0, header_h - page * body_h)
            document.drawContents(painter, QRectF(0, page * body_h, width, body_h))
            painter.restore()
    finally:
        painter.end()
    return pages


def widgets_ready() -> bool:
    """True when a QApplication runs: QtCharts draws with graphics widgets and needs one."""
    return isinstance(QCoreApplication.instance(), QApplication)


def _require_widgets() -> None:
    if not widgets_ready():
        raise RuntimeError("reports need a QApplication (QtCharts draws with graphics widgets)")


def write_report(db: Database, kind: str, path: Path, campaign_ids: Sequence[int] | None = None, *,
                 title_date: dt.date | None = None) -> int:
    """Write a report as an A4 PDF file; returns its number of pages.

    Args:
        kind: ``actions``, ``selections`` or ``summary``.
        campaign_ids: The campaigns of the actions report (None: all) or the one of the summary.
        title_date: The date of printing shown on every page (default: today).

    Raises:
        NoCampaign: The summary was asked for without a (known) campaign.
        OSError: The file cannot be written.
    """
    _require_widgets()
    path = Path(path)
    with open(path, "wb"):
        pass  # says why in the clerk's terms (no folder, no permission) before Qt would fail silently
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(page_orientation(kind))
    writer.setResolution(300)
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setCreator("Kampagnen")
    report = build_report(db, kind, campaign_ids, Page.of(writer))
    writer.setTitle(report.title)
    return _paint(writer, report, title_date or dt.date.today())


def print_report(db: Database, kind: str, printer: QPrinter, campaign_ids: Sequence[int] | None = None, *,
                 title_date: dt.date | None = None) -> int:
    """Print a report on ``printer`` (as set up by a print dialog); returns the number of pages."""
    _require_widgets()
    report = build_report(db, kind, campaign_ids, Page.of(printer))
    printer.setDocName(report.title)
    return _paint(printer, report, title_date or dt.date.today())
