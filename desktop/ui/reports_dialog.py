"""Printable reports (*Berichte*): choose one, the campaign(s), then save it as PDF or print it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import service
from desktop.context import AppContext
from desktop.ui import messages, report_document
from desktop.ui.busy import busy

ALL = -1  # the combo box entry "all campaigns"



class ReportsDialog(QDialog):
    """Choose a report and its campaign(s); save it as PDF or print it.

    Attributes:
        choose_file: Asks where to save; takes the suggested path, returns the chosen one or "".
            Tests replace it.
        open_file: Opens a written PDF in the workstation's viewer. Tests replace it.
        choose_printer: Shows the print dialog for a printer; True when the clerk clicked Print.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, campaign_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Reports"))
        self.choose_file = self._ask_file
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.choose_printer = lambda printer: QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

        kinds = QGroupBox(self.tr("Report"), self)
        kinds_layout = QVBoxLayout(kinds)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for number, (kind, text) in enumerate((
                ("summary", self.tr("Campaign &summary (figures, costs and charts of one campaign)")),
                ("actions", self.tr("&Actions per campaign")),
                ("selections", self.tr("Available se&lections")))):
            button = QRadioButton(text, kinds)
            self.kind_group.addButton(button, number)
            self.kind_buttons[kind] = button
            kinds_layout.addWidget(button)
        self.campaign = QComboBox(self)
        form = QFormLayout()
        form.addRow(self.tr("&Campaign:"), self.campaign)

        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(kinds)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        self.kind_group.idToggled.connect(lambda _id, on: on and self._update())
        self._load_campaigns(campaign_id)
        self.kind_buttons["summary" if campaign_id is not None else "actions"].setChecked(True)
        self._update()

    def _load_campaigns(self, campaign_id: int | None) -> None:
        try:
            with self.ctx.db.session() as session:
                rows = sorted(service.list_campaigns(session), key=lambda r: r.number)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            rows = []
        self.campaign.addItem(self.tr("All campaigns"), ALL)
        for row in rows:
            self.campaign.addItem(f"{row.number} {row.name}", row.id)
        found = self.campaign.findData(campaign_id) if campaign_id is not None else -1
        self.campaign.setCurrentIndex(max(found, 0))

    @property
    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def campaign_ids(self) -> list[int] | None:
        """The chosen campaign as a list, None for all (and for the selections report)."""
        data = self.campaign.currentData()
        if self.kind == "selections" or data in (None, ALL):
            return None
        return [data]

    def _update(self) -> None:
        kind = self.kind
        self.campaign.setEnabled(kind != "selections")
        # The summary is of one campaign: "all campaigns" cannot be chosen for it.
        all_item = self.campaign.model().item(0) if isinstance(self.campaign.model(), QStandardItemModel) else None
        if all_item is not None:
            all_item.setEnabled(kind != "summary")
        if kind == "summary" and self.campaign.currentIndex() == 0 and self.campaign.count() > 1:
            self.campaign.setCurrentIndex(1)
        ready = kind != "summary" or self.campaign.count() > 1
        self.pdf_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _suggested_path(self) -> Path:
        folder = self.ctx.settings.get("last_export_folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = report_document.report_title(self.kind)
        if self.kind == "summary":
            name += " " + self.campaign.currentText().split(" ", 1)[0]
        return Path(folder) / f"{name.replace('/', '-')}.pdf"

    def _ask_file(self, suggested: Path) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"), str(suggested),
                                                    self.tr("PDF files (*.pdf)"))
        return path

    def save_pdf(self) -> None:
        """Ask for the file, write the report, offer to open it."""
        chosen = self.choose_file(self._suggested_path())
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            with busy():
                pages = report_document.write_report(self.ctx.db, self.kind, path, self.campaign_ids())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr(
                "The file {path} could not be written: {reason}").format(path=path, reason=exc.strerror or exc))
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.ctx.settings.set("last_export_folder", str(path.parent))
        self.ctx.settings.save()
        answer = QMessageBox.question(self, self.tr("Save as PDF"), self.tr(
            "The report was saved to {path} (%n page(s)). Open it now?", None, pages).format(path=path))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_file(path)

    def print_report(self) -> None:
        """Show the print dialog, then print the report on the chosen printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(report_document.page_orientation(self.kind))
        if not self.choose_printer(printer):
            return
        try:
            with busy():
                report_document.print_report(self.ctx.db, self.kind, printer, self.campaign_ids())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Print"), self.tr("The report could not be printed: {reason}").format(
                reason=exc.strerror or exc))
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
