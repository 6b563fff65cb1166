"""Analyses (*Auswertungen*): pick a data set, look at its first rows, export it to Excel or CSV.

The export helpers at the end are shared with the totalizer: they ask for the file the way
the query export does (last folder and format remembered) and explain a file that cannot
be written (open in Excel …).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop import analysis_texts
from desktop.campaigns import analyses, service
from desktop.campaigns.analyses import Dataset
from desktop.context import AppContext
from desktop.db.models import CampaignStatus, Channel
from desktop.query.export import export_table
from desktop.ui import messages
from desktop.ui.busy import busy
from desktop.ui.labels import format_date, format_datetime, format_money, status_label
from desktop.ui.member_labels import channel_label, left_out_label
from desktop.ui.result_export import _write_problem
from desktop.ui.tables import button_row

PREVIEW_ROWS = 200
LEFT_OUT = "Left out because"  # the header whose codes (deceased …) are put into words

FileChooser = Callable[[str, str], "Path | None"]


class AnalysesDialog(QDialog):
    """The data sets of :mod:`desktop.campaigns.analyses`, previewed and exported.

    Attributes:
        choose_file: ``(title, stem) -> Path | None``: asks where to export; tests replace it.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, campaign_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Analyses"))
        self.choose_file: FileChooser = lambda title, stem: choose_export_file(self, ctx, title, stem)
        self.rows: list[list[Any]] = []
        self.datasets = QListWidget(self)
        self.datasets.addItems([QCoreApplication.translate("Analyses", d.label) for d in analyses.DATASETS])
        self.campaign = QComboBox(self)
        self.table = QTableWidget(0, 0, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrow keys move in the list
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.count = QLabel(self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self._layout()
        self._fill_campaigns(campaign_id)
        self.datasets.currentRowChanged.connect(self.reload)
        self.campaign.currentIndexChanged.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        self.datasets.setCurrentRow(0)
        self.datasets.setFocus()
        self.resize(1000, 560)

    def _layout(self) -> None:
        sets_label = QLabel(self.tr("&Data sets:"), self)
        sets_label.setBuddy(self.datasets)
        self.datasets.setMaximumWidth(max(220, self.datasets.sizeHintForColumn(0) + 24))
        left = QVBoxLayout()
        left.addWidget(sets_label)
        left.addWidget(self.datasets)
        self.campaign_label = QLabel(self.tr("&Campaign:"), self)
        self.campaign_label.setBuddy(self.campaign)
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        chooser = QHBoxLayout()
        chooser.addWidget(self.campaign_label)
        chooser.addWidget(self.campaign)
        chooser.addStretch(1)
        preview_label = QLabel(self.tr("&Preview:"), self)
        preview_label.setBuddy(self.table)
        right = QVBoxLayout()
        right.addLayout(chooser)
        right.addWidget(preview_label)
        right.addWidget(self.table, 1)
        right.addWidget(self.count)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(button_row(self, [self.export_button]))

    def _fill_campaigns(self, campaign_id: int | None) -> None:
        try:
            with self.ctx.db.session() as session:
                campaigns = service.list_campaigns(session)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            campaigns = []
        self.numbers = {row.id: row.number for row in campaigns}
        for row in campaigns:
            self.campaign.addItem(f"{row.number}  {row.name}", row.id)
        found = self.campaign.findData(campaign_id) if campaign_id is not None else -1
        self.campaign.setCurrentIndex(found if found >= 0 else 0 if campaigns else -1)

    # -- the chosen data set ----------------------------------------------------------

    def dataset(self) -> Dataset:
        return analyses.DATASETS[max(0, self.datasets.currentRow())]

    def campaign_id(self) -> int | None:
        return self.campaign.currentData()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Analyses", h) for h in self.dataset().headers]

    def reload(self) -> None:
        """Read the chosen data set in full and show its first rows."""
        dataset = self.dataset()
        self.campaign.setEnabled(dataset.needs_campaign)
        self.campaign_label.setEnabled(dataset.needs_campaign)
        try:
            with busy(), self.ctx.db.session() as session:
                self.rows = dataset.rows(session, self.campaign_id() if dataset.needs_campaign else None)
        except SQLAlchemyError as exc:
            self.rows = []
            messages.database_error(self, exc, self.ctx.db.display)
        self._show()

    def _show(self) -> None:
        headers = self.headers()
        left_out = self.dataset().headers.index(LEFT_OUT) if LEFT_OUT in self.dataset().headers else -1
        shown = self.rows[:PREVIEW_ROWS]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(shown))
        for number, row in enumerate(shown):
            for column, value in enumerate(row):
                item = QTableWidgetItem(left_out_label(value) if column == left_out and value else cell_text(value))
                if _is_number(value):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        text = self.tr("%n row(s)", "", len(self.rows))
        if len(self.rows) > PREVIEW_ROWS:
            text += " " + self.tr("(the first {shown} are shown here; the export holds all)").format(shown=PREVIEW_ROWS)
        self.count.setText(text)
        self.export_button.setEnabled(bool(headers) and (self.campaign_id() is not None
                                                          or not self.dataset().needs_campaign))

    # -- export -----------------------------------------------------------------------

    def export_rows(self) -> list[list[Any]]:
        """The full rows as they go into the file: words for codes, numbers stay numbers."""
        left_out = self.dataset().headers.index(LEFT_OUT) if LEFT_OUT in self.dataset().headers else -1
        return [[left_out_label(v) if c == left_out and v else exported_value(v) for c, v in enumerate(row)]
                for row in self.rows]

    def export(self) -> None:
        dataset = self.dataset()
        stem = QCoreApplication.translate("Analyses", dataset.label)
        if dataset.needs_campaign and self.campaign_id() is not None:
            stem = f"{stem} {self.numbers[self.campaign_id()]}"
        title = self.tr("Export the analysis")
        path = self.choose_file(title, stem)
        if path is not None:
            save_table(self, self.ctx, title, path, self.headers(), self.export_rows())


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def cell_text(value: Any) -> str:
    """A value of an analysis as the clerk reads it on screen (rates as percent)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no()[0 if value else 1]
    if isinstance(value, CampaignStatus):
        return status_label(value)
    if isinstance(value, Channel):
        return channel_label(value)
    if isinstance(value, float):  # the rates: response rate, budget used
        return QLocale().toString(value * 100, "f", 1) + " %"
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def exported_value(value: Any) -> Any:
    """A value as it goes into the file: enumerations in words, the rest unchanged."""
    return analysis_texts.in_words(value)


def yes_no() -> tuple[str, str]:
    return analysis_texts.yes_no()


# -- shared with the totalizer ------------------------------------------------------------


def choose_export_file(parent: QWidget, ctx: AppContext, title: str, stem: str) -> Path | None:
    """Ask where to write a table: in the last export folder, the last format offered first."""
    folder = ctx.settings.get("last_export_folder") or str(Path.home())
    kind = "csv" if ctx.settings.get("last_export_format") == "csv" else "xlsx"
    workbook = QCoreApplication.translate("QueryDialog", "Excel workbook (*.xlsx)")
    csv_file = QCoreApplication.translate("QueryDialog", "CSV for Excel (*.csv)")
    filters = [workbook, csv_file] if kind == "xlsx" else [csv_file, workbook]
    safe = "".join("-" if c in '/\\:*?"<>|' else c for c in stem).strip() or "export"
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / f"{safe}.{kind}"), ";;".join(filters), filters[0])
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen_filter == csv_file else ".xlsx"))
    return path


def save_table(parent: QWidget, ctx: AppContext, title: str, path: Path, headers: Sequence[str],
               rows: Sequence[Sequence[Any]]) -> bool:
    """Write ``rows`` to ``path`` (.xlsx or .csv), say why not if it fails, offer to open it.

    Returns:
        True when the file was written.
    """
    try:
        with busy():
            written = export_table(path, headers, rows, yes_no=yes_no())
    except OSError as exc:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "QueryDialog", "The file {path} could not be written: {reason}").format(
            path=path, reason=_write_problem(exc)))
        return False
    # Only a folder that worked is offered next time.
    ctx.settings.set("last_export_folder", str(path.parent))
    ctx.settings.set("last_export_format", "csv" if path.suffix.lower() == ".csv" else "xlsx")
    ctx.settings.save()
    answer = QMessageBox.question(parent, title, QCoreApplication.translate(
        "QueryDialog", "{path} has been written (rows: {count}). Open the file now?").format(path=path, count=written))
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return True

