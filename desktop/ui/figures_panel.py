"""The figures on the "Campaign" tab: totals and costs of the chosen action next to the whole campaign's.

Two small grids (Action | Campaign) for the tab's "Totals" and "Costs" group boxes, filled
from one :func:`campaign_totals` call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSplitter, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns.totals import CampaignTotals, Totals, campaign_totals
from desktop.context import AppContext
from desktop.ui import messages
from desktop.ui.costs_tab import OVER, percent, signed_money
from desktop.ui.labels import format_money

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DASH = "–"

Figure = Callable[[Totals], str]


def _count(value: int) -> str:
    return QLocale().toString(value)


class FigureGrid(QWidget):
    """Rows of figures with a column for the chosen action and one for the campaign.

    ``cell(row, column)`` gives the label of a value (column 0: action, 1: campaign).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(99, 1)  # rows at the top, the rest of a taller box empty below
        self.action_header = self._label("", bold=True)
        self.campaign_header = self._label(self.tr("Campaign"), bold=True)
        self.grid.addWidget(self.action_header, 0, 1, _RIGHT)
        self.grid.addWidget(self.campaign_header, 0, 2, _RIGHT)
        self.captions: list[QLabel] = []
        self.values: list[tuple[QLabel, QLabel]] = []

    def _label(self, text: str, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        return label

    def set_rows(self, captions: list[str]) -> None:
        """Lay out as many rows as ``captions``, reusing the labels there are."""
        while len(self.captions) < len(captions):
            row = len(self.captions) + 1
            caption = self._label("")
            cells = (self._label(""), self._label(""))
            self.grid.addWidget(caption, row, 0)
            self.grid.addWidget(cells[0], row, 1, _RIGHT)
            self.grid.addWidget(cells[1], row, 2, _RIGHT)
            self.captions.append(caption)
            self.values.append(cells)
        for number, caption in enumerate(self.captions):
            shown = number < len(captions)
            caption.setVisible(shown)
            for cell in self.values[number]:
                cell.setVisible(shown)
                cell.setToolTip("")
                cell.setPalette(self.palette())
            if shown:
                caption.setText(captions[number])

    def cell(self, row: int, column: int) -> QLabel:
        return self.values[row][column]

    def texts(self) -> dict[str, tuple[str, str]]:
        """What the grid shows: caption → (action, campaign), for tests and screen readers alike."""
        return {caption.text().strip(): (self.values[n][0].text(), self.values[n][1].text())
                for n, caption in enumerate(self.captions) if caption.isVisibleTo(self)}

    def show_header(self, action: str, tooltip: str) -> None:
        self.action_header.setText(action)
        self.action_header.setToolTip(tooltip)

    def fill(self, rows: list[tuple[str, Figure]], action: Totals | None, campaign: Totals | None) -> None:
        self.set_rows([caption for caption, _figure in rows])
        for number, (_caption, figure) in enumerate(rows):
            for column, totals in enumerate((action, campaign)):
                self.cell(number, column).setText((figure(totals) or _DASH) if totals is not None else _DASH)

    def mark_over(self, row: int, column: int, tooltip: str) -> None:
        """Show a value in red: over the estimate or the budget."""
        cell = self.cell(row, column)
        palette = QPalette(cell.palette())
        palette.setColor(QPalette.ColorRole.WindowText, OVER)
        cell.setPalette(palette)
        cell.setToolTip(tooltip)


class TotalsFigures(FigureGrid):
    """Members linked / not linked, generated, handled / open, response rate and responses per type."""

    def show_totals(self, totals: CampaignTotals | None, action: Totals | None) -> None:
        types = totals.response_types if totals else []
        rows: list[tuple[str, Figure]] = [
            (self.tr("Linked / not linked"), lambda t: f"{_count(t.linked)} / {_count(t.not_linked)}"),
            (self.tr("Generated"), lambda t: _count(t.generated)),
            (self.tr("Handled / open"), lambda t: f"{_count(t.handled)} / {_count(t.open)}"),
            (self.tr("Response rate"), lambda t: percent(t.response_rate)),
        ]
        # Responses per type, indented under the rate.
        rows += [(f"    {name}", lambda t, name=name: _count(t.responses.get(name, 0))) for name in types]
        self.fill(rows, action, totals.campaign if totals else None)
        rate = len(rows) - len(types) - 1
        for column in (0, 1):
            self.cell(rate, column).setToolTip(self.tr("Contacts who responded, as a share of those generated"))


class CostFigures(FigureGrid):
    """Estimated, actual, the difference, costs per contact and per response, and the budget used."""

    def show_costs(self, totals: CampaignTotals | None, action: Totals | None) -> None:
        rows: list[tuple[str, Figure]] = [
            (self.tr("Estimated"), lambda t: format_money(t.money.estimated)),
            (self.tr("Actual"), lambda t: format_money(t.money.actual)),
            (self.tr("Difference"), lambda t: signed_money(t.money.difference)),
            (self.tr("Per contact"), lambda t: format_money(t.cost_per_contact)),
            (self.tr("Per response"), lambda t: format_money(t.cost_per_response)),
            (self.tr("Budget used"), lambda t: percent(totals.budget_used) if t is totals.campaign else ""),
        ]
        self.fill(rows, action, totals.campaign if totals else None)
        for column, figures in enumerate((action, totals.campaign if totals else None)):
            if figures is not None and figures.money.difference > 0:
                self.mark_over(2, column, self.tr("Over the estimate"))
        if totals is not None and (totals.budget_used or 0) > 1:
            self.mark_over(5, 1, self.tr("Over budget"))
        if totals is not None and totals.budget_used is None:
            self.cell(5, 1).setToolTip(self.tr("No budget set"))


class _FigureArea(QScrollArea):
    """The figures at their full height where there is room; in a small window they scroll
    rather than making the window's minimum size larger."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view.parentWidget())
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(view)
        # The group box's background, not the scroll area's.
        self.viewport().setAutoFillBackground(False)
        view.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        # QScrollArea keeps its content's first size hint; the rows follow the campaign.
        return self.widget().sizeHint()

    def minimumSizeHint(self) -> QSize:
        lines = self.fontMetrics().height()
        return QSize(lines * 4, min(lines + 8, self.widget().sizeHint().height()))


class FiguresPanel(QObject):
    """Loads the campaign's figures and shows those of the chosen action and of the campaign.

    Attributes:
        totals_view, costs_view: The grids.
        totals_area, costs_area: The grids in scroll areas, for the tab's "Totals" and
            "Costs" group boxes.
    """

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.campaign_id = 0
        self.action_id = 0
        self.data: CampaignTotals | None = None
        self.totals_view = TotalsFigures(parent)
        self.costs_view = CostFigures(parent)
        self.totals_area = _FigureArea(self.totals_view)
        self.costs_area = _FigureArea(self.costs_view)
        self.splitter: QSplitter | None = None
        self.moved = False
        self._show()

    def show_campaign(self, campaign_id: int, action_id: int) -> None:
        """Load the figures of ``campaign_id`` (0: none) afresh and show ``action_id``'s next to them."""
        self.campaign_id, self.action_id = campaign_id, action_id
        self.data = None
        if campaign_id:
            try:
                with self.ctx.db.session() as session:
                    self.data = campaign_totals(session, campaign_id)
            except SQLAlchemyError as exc:
                messages.database_error(self.window, exc, self.ctx.db.display)
        self._show()

    def refresh(self) -> None:
        self.show_campaign(self.campaign_id, self.action_id)

    def _show(self) -> None:
        row = next((a for a in self.data.actions if a.action_id == self.action_id), None) if self.data else None
        header = self.tr("Action {number}").format(number=row.sequence) if row else self.tr("Action")
        for view in (self.totals_view, self.costs_view):
            view.show_header(header, row.name if row else "")
        action = row.totals if row else None
        self.totals_view.show_totals(self.data, action)
        self.costs_view.show_costs(self.data, action)
        for area in (self.totals_area, self.costs_area):
            # The number of rows follows the campaign's response types; the scroll area does
            # not pass its content's new size on by itself.
            area.updateGeometry()
        QTimer.singleShot(0, self, self.fit)

    def follow(self, splitter: QSplitter) -> None:
        """Give the figures their full height in ``splitter`` (below the target group), or the
        height the clerk last gave them by moving the line between them (kept in the settings,
        written when the main window closes)."""
        self.splitter = splitter
        splitter.splitterMoved.connect(self._moved)

    def _moved(self, _position: int, _index: int) -> None:
        self.moved = True
        if self.splitter is not None:
            self.ctx.settings.set("campaign_figures_height", self.splitter.sizes()[1])

    def fit(self) -> None:
        splitter = self.splitter
        if splitter is None or self.moved:
            return
        sizes = splitter.sizes()
        total = sum(sizes)
        if total <= 0 or len(sizes) != 2:
            return
        list_least = splitter.widget(0).minimumSizeHint().height()
        chosen = self.ctx.settings.get("campaign_figures_height")
        if chosen > 0:
            room = max(total - chosen, list_least)
        else:
            need = splitter.widget(1).sizeHint().height()
            # The list above keeps room for a few members; the figures scroll below that.
            room = max(total - need, min(list_least + 60, total // 2))
        splitter.setSizes([room, total - room])
