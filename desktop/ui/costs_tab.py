"""The campaign editor's costs tab: estimated against actual per action, the budget, and the cost entries.

Entries are written at once by their dialog (there is no separate "save" for this tab).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import costs
from desktop.campaigns.costs import CostEntry, InvalidCost, Money
from desktop.campaigns.totals import CampaignTotals, Totals, campaign_totals
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import CostBasis, CostKind
from desktop.ui import messages
from desktop.ui.cost_dialog import CostDialog, describe
from desktop.ui.labels import format_date, format_money
from desktop.ui.tables import pick_list

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OVER = QColor("#c62828")  # over the estimate or the budget


def signed_money(value: Decimal) -> str:
    """A difference: "+12.00 €" when over the estimate, "−3.00 €" when under.

    With the sign in front, not the locale's accounting brackets "(€3.00)".
    """
    text = format_money(abs(value))
    return f"+{text}" if value > 0 else f"\N{MINUS SIGN}{text}" if value < 0 else text


def percent(share: float | None) -> str:
    """0.38 as "38 %" in the UI locale; empty for None."""
    if share is None:
        return ""
    return QCoreApplication.translate("CostsTab", "{value} %").format(
        value=QLocale().toString(share * 100, "f", 0))


def basis_label(entry: CostEntry) -> str:
    """What the amount is based on: an invoice, a fixed amount, or so many contacts at so much."""
    if entry.basis is CostBasis.INVOICE:
        return QCoreApplication.translate("CostsTab", "Invoice")
    if entry.basis is CostBasis.PER_CONTACT:
        if entry.quantity and entry.unit_amount is not None:
            return QCoreApplication.translate("CostsTab", "Per contact: {quantity} × {unit}").format(
                quantity=QLocale().toString(entry.quantity), unit=format_money(entry.unit_amount))
        return QCoreApplication.translate("CostsTab", "Per contact")
    return QCoreApplication.translate("CostsTab", "Fixed")


class CostsTab(QWidget):
    """Estimated against actual costs per action and in total, the budget used, and the entries behind them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        self.totals: CampaignTotals | None = None
        self.entries: list[CostEntry] = []
        self.action_names: dict[int, str] = {}
        self._build_overview()
        self._build_entries()
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview_group, 2)
        layout.addWidget(self.entries_group, 3)
        self.show_campaign(None)

    def _build_overview(self) -> None:
        self.overview_group = QGroupBox(self.tr("Estimated against actual"), self)
        self.overview = pick_list(self.overview_group, [
            self.tr("No."), self.tr("Action"), self.tr("Estimated"), self.tr("Actual"), self.tr("Difference"),
            self.tr("Per contact"), self.tr("Per response")], stretch=1)
        self.overview.horizontalHeaderItem(4).setToolTip(self.tr("Actual minus estimated: red when over."))
        self.overview.horizontalHeaderItem(5).setToolTip(self.tr("Actual costs per contact reached."))
        self.overview.horizontalHeaderItem(6).setToolTip(self.tr("Actual costs per contact who responded."))
        self.budget_label = QLabel(self.overview_group)
        self.budget_bar = QProgressBar(self.overview_group)
        self.budget_bar.setRange(0, 100)
        self.budget_bar.setMaximumWidth(240)
        budget = QHBoxLayout()
        budget.addWidget(self.budget_label)
        budget.addWidget(self.budget_bar, 1)
        budget.addStretch(1)
        layout = QVBoxLayout(self.overview_group)
        layout.addWidget(self.overview, 1)
        layout.addLayout(budget)

    def _build_entries(self) -> None:
        self.entries_group = QGroupBox(self.tr("Cost entries"), self)
        self.table = pick_list(self.entries_group, [
            self.tr("Kind"), self.tr("Basis"), self.tr("Action"), self.tr("Amount"), self.tr("Date"),
            self.tr("Invoice no."), self.tr("Supplier"), self.tr("Description")], stretch=7)
        # The action's name and the description share the width; both are cut rather than the figures.
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Mnemonics: "Costs" leaves only t for the tab; e, s, o, a, l, w, p are taken by the
        # menus, the editor's and the campaign list's buttons, which stay visible.
        self.estimate_button = QPushButton(self.tr("New esti&mate…"), self.entries_group)
        self.invoice_button = QPushButton(self.tr("New in&voice…"), self.entries_group)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self.entries_group)
        self.delete_button = QPushButton(self.tr("&Delete…"), self.entries_group)
        self.read_only_note = QLabel(self.tr("Costs booked by a mass run cannot be changed here."),
                                     self.entries_group)
        self.read_only_note.setWordWrap(True)
        # The buttons go under the table: it needs the whole width for supplier and description.
        row = QHBoxLayout()
        for button in (self.estimate_button, self.invoice_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addWidget(self.read_only_note, 1)
        layout = QVBoxLayout(self.entries_group)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.estimate_button.clicked.connect(lambda: self.new_entry(invoice=False))
        self.invoice_button.clicked.connect(lambda: self.new_entry(invoice=True))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(self.edit)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit)

    # -- showing --------------------------------------------------------------------------

    def show_campaign(self, campaign_id: int | None, select_id: int = 0) -> None:
        """Show the costs of ``campaign_id`` (None or 0: none); keeps the chosen entry of the same campaign."""
        if campaign_id and campaign_id == self.campaign_id and not select_id and self.current():
            select_id = self.current().id
        self.campaign_id = campaign_id or None
        self.setEnabled(self.campaign_id is not None)
        self.totals, self.entries = None, []
        if self.campaign_id:
            try:
                with self.ctx.db.session() as session:
                    self.totals = campaign_totals(session, self.campaign_id)
                    self.entries = costs.entries(session, self.campaign_id)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
        self.action_names = {a.action_id: f"{a.sequence}  {a.name}" for a in self.totals.actions} if self.totals \
            else {}
        self._show_overview()
        self._show_budget()
        self._show_entries(select_id)

    def _show_overview(self) -> None:
        rows: list[tuple[str, str, Money, Totals | None]] = []
        if self.totals:
            rows = [(str(a.sequence), a.name, a.totals.money, a.totals) for a in self.totals.actions]
            rows.append(("", self.tr("(whole campaign)"), self.totals.costs.campaign, None))
            rows.append(("", self.tr("Total"), self.totals.costs.total, self.totals.campaign))
        self.overview.setRowCount(len(rows))
        bold = QFont(self.overview.font())
        bold.setBold(True)
        for number, (sequence, name, money, totals) in enumerate(rows):
            cells = [sequence, name, format_money(money.estimated), format_money(money.actual),
                     signed_money(money.difference),
                     format_money(totals.cost_per_contact) if totals else "",
                     format_money(totals.cost_per_response) if totals else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(_RIGHT)
                if column == 4 and money.difference > 0:
                    item.setForeground(QBrush(OVER))
                    item.setToolTip(self.tr("Over the estimate"))
                if number == len(rows) - 1:
                    item.setFont(bold)
                self.overview.setItem(number, column, item)

    def _show_budget(self) -> None:
        money = self.totals.costs if self.totals else None
        used = money.budget_used if money else None
        if money is None or used is None:
            self.budget_label.setText(self.tr("No budget set") if money else "")
            self.budget_bar.hide()
            return
        self.budget_label.setText(self.tr("Budget {budget}, used {share}").format(
            budget=format_money(money.budget), share=percent(used)))
        self.budget_bar.show()
        self.budget_bar.setValue(min(100, max(0, round(used * 100))))
        self.budget_bar.setFormat(percent(used))
        over = used > 1
        self.budget_bar.setProperty("over_budget", over)
        # A style sheet, not the palette: the Windows style paints the bar in its own colour.
        self.budget_bar.setStyleSheet(
            f"QProgressBar {{ border: 1px solid palette(mid); border-radius: 2px; text-align: center; }}"
            f"QProgressBar::chunk {{ background-color: {OVER.name()}; }}" if over else "")
        self.budget_bar.setToolTip(self.tr("Over budget") if over else "")

    def _show_entries(self, select_id: int) -> None:
        self.table.setRowCount(len(self.entries))
        italic = QFont(self.table.font())
        italic.setItalic(True)
        chosen = 0
        for number, entry in enumerate(self.entries):
            if entry.from_run:
                kind = self.tr("Actual, booked by mass run")
            elif entry.kind is CostKind.ESTIMATED:
                kind = self.tr("Estimate")
            else:
                kind = self.tr("Actual")
            action = self.action_names.get(entry.action_id, "") if entry.action_id else self.tr("(whole campaign)")
            cells = [kind, basis_label(entry), action, format_money(entry.amount), format_date(entry.cost_date),
                     entry.invoice_number, entry.supplier, entry.description.splitlines()[0] if entry.description
                     else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(_RIGHT)
                if entry.from_run:
                    item.setFont(italic)
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(self.tr("Booked by a mass run for the letters or e-mails it made; "
                                            "it cannot be changed or deleted by hand."))
                self.table.setItem(number, column, item)
            if entry.id == select_id:
                chosen = number
        if self.entries:
            self.table.selectRow(chosen)
        self.read_only_note.setVisible(any(entry.from_run for entry in self.entries))
        self._update_buttons()

    def current(self) -> CostEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def _update_buttons(self) -> None:
        entry = self.current()
        changeable = entry is not None and not entry.from_run
        self.edit_button.setEnabled(changeable)
        self.delete_button.setEnabled(changeable)

    # -- changing -------------------------------------------------------------------------

    def new_entry(self, invoice: bool) -> None:
        if self.campaign_id:
            self._open_dialog(None, invoice)

    def edit(self) -> None:
        entry = self.current()
        if entry is not None and not entry.from_run:
            self._open_dialog(entry, entry.basis is CostBasis.INVOICE)

    def _open_dialog(self, entry: CostEntry | None, invoice: bool) -> None:
        dialog = CostDialog(self.ctx, self.campaign_id, entry, self, invoice=invoice)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            if accepted or dialog.conflict:
                self.show_campaign(self.campaign_id, dialog.saved_id)
        finally:
            dialog.deleteLater()

    def delete(self) -> None:
        """Delete the chosen entry after asking."""
        entry = self.current()
        if entry is None or entry.from_run:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete cost entry"), "", parent=self)
        if entry.basis is CostBasis.INVOICE:
            box.setText(self.tr("Delete the invoice {number} of {supplier} over {amount}?").format(
                number=entry.invoice_number, supplier=entry.supplier, amount=format_money(entry.amount)))
        elif entry.kind is CostKind.ESTIMATED:
            box.setText(self.tr("Delete the estimate “{description}” over {amount}?").format(
                description=entry.description or basis_label(entry), amount=format_money(entry.amount)))
        else:
            box.setText(self.tr("Delete the cost “{description}” over {amount}?").format(
                description=entry.description or basis_label(entry), amount=format_money(entry.amount)))
        go = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not go:
            return
        row = self.table.currentRow()
        try:
            with self.ctx.db.session() as session:
                costs.delete(session, entry.id, entry.row_version)
        except InvalidCost:
            QMessageBox.information(self, self.tr("Delete cost entry"), self.tr(
                "This cost was booked by a mass run and cannot be deleted by hand."))
        except ConcurrentEditError:
            QMessageBox.warning(self, self.tr("Delete cost entry"), self.tr(
                "Another user changed or deleted “{name}” in the meantime; it was not deleted. "
                "Check the list and delete it again if you still want to.").format(name=describe(entry)))
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
        self.show_campaign(self.campaign_id)
        if self.entries:
            self.table.selectRow(min(max(row, 0), len(self.entries) - 1))
