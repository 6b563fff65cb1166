"""Entering or changing one cost entry: a purchase invoice, or an estimate (fixed or per contact)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import actions, costs
from desktop.campaigns.costs import CostEntry, InvalidCost, Problem
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import CostBasis, CostKind
from desktop.ui import messages
from desktop.ui.labels import date_format, format_money
from desktop.ui.tables import form_dialog

_LIMIT = 99_999_999.99  # what the MONEY column holds


def _money_spin(parent: QWidget) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    # Negative amounts are credit notes; zero is refused by the core.
    spin.setRange(-_LIMIT, _LIMIT)
    spin.setDecimals(2)
    spin.setSuffix(" €")
    spin.setGroupSeparatorShown(True)
    spin.setMinimumWidth(150)
    return spin


def _decimal(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(str(round(spin.value(), 2))).quantize(Decimal("0.01"))


class CostDialog(QDialog):
    """Asks for an invoice or an estimate and saves it; stays open while something must be corrected.

    Args:
        campaign_id: The campaign the entry belongs to.
        entry: The entry to change, None for a new one.
        invoice: For a new entry: an invoice (actual) rather than an estimate.

    Attributes:
        saved_id: The id of the saved entry once accepted.
        conflict: Another clerk changed or deleted the entry; the caller reloads its list.
    """

    def __init__(self, ctx: AppContext, campaign_id: int, entry: CostEntry | None,
                 parent: QWidget | None = None, invoice: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.entry = entry
        self.invoice = entry.basis is CostBasis.INVOICE if entry else invoice
        self.kind = CostKind.ACTUAL if self.invoice else (entry.kind if entry else CostKind.ESTIMATED)
        self.saved_id = 0
        self.conflict = False
        self.contacts: dict[int, int] = {}
        self._offered = 0
        with ctx.db.session() as session:
            action_rows = actions.list_actions(session, campaign_id)
            self.contacts = {id_: part.contacts for id_, part in costs.money(session, campaign_id).actions.items()}
        form = QFormLayout()
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("(whole campaign)"), None)
        for row in action_rows:
            self.action_combo.addItem(f"{row.sequence}  {row.name}", row.id)
        self.amount_spin = _money_spin(self)
        self.description_edit = QLineEdit(self)
        self.invoice_number_edit = QLineEdit(self)
        self.invoice_number_edit.setMaxLength(50)
        self.supplier_edit = QLineEdit(self)
        self.supplier_edit.setMaxLength(200)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.basis_combo = QComboBox(self)
        self.basis_combo.addItem(self.tr("Fixed amount"), CostBasis.FIXED)
        self.basis_combo.addItem(self.tr("Per contact"), CostBasis.PER_CONTACT)
        self.quantity_spin = QSpinBox(self)
        self.quantity_spin.setRange(0, 99_999_999)
        self.quantity_spin.setGroupSeparatorShown(True)
        self.unit_spin = _money_spin(self)
        self.unit_spin.setDecimals(4)  # postage and print are priced in fractions of a cent
        if self.invoice:
            self.setWindowTitle(self.tr("Invoice") if entry else self.tr("New invoice"))
            self._row(form, self.tr("Invoice &number:"), self.invoice_number_edit)
            self._row(form, self.tr("&Supplier:"), self.supplier_edit)
            self._row(form, self.tr("Invoice &date:"), self.date_edit)
            self._row(form, self.tr("&Amount:"), self.amount_spin)
            self._row(form, self.tr("A&ction:"), self.action_combo)
            self._row(form, self.tr("Desc&ription:"), self.description_edit)
            # An invoice has an amount only; the unplaced fields would sit on the form's top.
            for unused in (self.basis_combo, self.quantity_spin, self.unit_spin):
                unused.hide()
        else:
            if self.kind is CostKind.ACTUAL:
                self.setWindowTitle(self.tr("Actual cost"))
            else:
                self.setWindowTitle(self.tr("Estimate") if entry else self.tr("New estimate"))
            self._row(form, self.tr("A&ction:"), self.action_combo)
            self._row(form, self.tr("&Basis:"), self.basis_combo)
            self.quantity_label = self._row(form, self.tr("&Quantity:"), self.quantity_spin)
            self.unit_label = self._row(form, self.tr("&Unit amount:"), self.unit_spin)
            self._row(form, self.tr("&Amount:"), self.amount_spin)
            self._row(form, self.tr("Desc&ription:"), self.description_edit)
            self.description_edit.setPlaceholderText(self.tr("e.g. design, postage"))
            for unused in (self.invoice_number_edit, self.supplier_edit, self.date_edit):
                unused.hide()
        form_dialog(self, form, 420)
        self._fill(entry)
        self.basis_combo.currentIndexChanged.connect(self._basis_changed)
        self.action_combo.currentIndexChanged.connect(self._action_changed)
        self.quantity_spin.valueChanged.connect(self._compute)
        self.unit_spin.valueChanged.connect(self._compute)
        self._basis_changed()

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _fill(self, entry: CostEntry | None) -> None:
        today = dt.date.today()
        date = entry.cost_date if entry and entry.cost_date else today
        self.date_edit.setDate(QDate(date.year, date.month, date.day))
        if entry is None:
            return
        self.action_combo.setCurrentIndex(max(self.action_combo.findData(entry.action_id), 0))
        self.amount_spin.setValue(float(entry.amount))
        self.description_edit.setText(entry.description)
        self.invoice_number_edit.setText(entry.invoice_number)
        self.supplier_edit.setText(entry.supplier)
        if not self.invoice:
            index = self.basis_combo.findData(entry.basis)
            self.basis_combo.setCurrentIndex(max(index, 0))
            self.quantity_spin.setValue(entry.quantity or 0)
            self.unit_spin.setValue(float(entry.unit_amount or 0))

    def _basis(self) -> CostBasis:
        # The combo hands the enumeration's value back as a plain str.
        return CostBasis.INVOICE if self.invoice else CostBasis(self.basis_combo.currentData())

    def _per_contact(self) -> bool:
        return self._basis() is CostBasis.PER_CONTACT

    def _basis_changed(self, *_: object) -> None:
        if self.invoice:
            return
        per_contact = self._per_contact()
        for widget in (self.quantity_label, self.quantity_spin, self.unit_label, self.unit_spin):
            widget.setVisible(per_contact)
        # Per contact, the amount is quantity times unit amount; it cannot be typed over.
        self.amount_spin.setReadOnly(per_contact)
        self.amount_spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons if per_contact
                                          else QDoubleSpinBox.ButtonSymbols.UpDownArrows)
        if per_contact and not self.quantity_spin.value():
            self._action_changed()
        self._compute()

    def _action_changed(self, *_: object) -> None:
        # Offer the members the action reaches as the quantity, unless the clerk typed another one.
        if self._per_contact() and self.quantity_spin.value() in (0, self._offered):
            action_id = self.action_combo.currentData()
            if action_id is not None and self.contacts.get(action_id):
                self._offered = self.contacts[action_id]
                self.quantity_spin.setValue(self._offered)

    def _compute(self, *_: object) -> None:
        if self._per_contact():
            unit = Decimal(str(round(self.unit_spin.value(), 4)))
            self.amount_spin.setValue(float((unit * self.quantity_spin.value()).quantize(Decimal("0.01"))))

    # -- saving ---------------------------------------------------------------------------

    def entered(self) -> CostEntry:
        """The entry as typed (on top of the one being changed)."""
        per_contact = self._per_contact()
        basis = self._basis()
        old = self.entry
        qdate = self.date_edit.date()
        date = dt.date(qdate.year(), qdate.month(), qdate.day()) if self.invoice else (old.cost_date if old else None)
        return CostEntry(
            id=old.id if old else 0,
            campaign_id=self.campaign_id,
            action_id=self.action_combo.currentData(),
            kind=self.kind,
            basis=basis,
            amount=_decimal(self.amount_spin),
            quantity=self.quantity_spin.value() if per_contact else None,
            unit_amount=Decimal(str(round(self.unit_spin.value(), 4))) if per_contact else None,
            invoice_number=self.invoice_number_edit.text().strip(),
            supplier=self.supplier_edit.text().strip(),
            cost_date=date,
            description=self.description_edit.text().strip(),
            row_version=old.row_version if old else 0,
        )

    def accept(self) -> None:
        entry = self.entered()
        try:
            with self.ctx.db.session() as session:
                saved_id = costs.save(session, entry)
        except InvalidCost as exc:
            self._explain(exc)
            return
        except ConcurrentEditError:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Another user changed or deleted this cost entry in the meantime, so it was not saved. "
                "The list now shows the current entries; check them and enter your change again."))
            self.conflict = True
            self.reject()
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.saved_id = saved_id
        super().accept()

    def _explain(self, exc: InvalidCost) -> None:
        field, text = {
            Problem.AMOUNT_REQUIRED: (
                self.unit_spin if self._per_contact() and self.unit_spin.value() == 0 else
                self.quantity_spin if self._per_contact() else self.amount_spin,
                self.tr("Please enter the amount.") if not self._per_contact() else
                self.tr("Please enter the quantity and the amount per contact.")),
            Problem.INVOICE_NUMBER_REQUIRED: (self.invoice_number_edit,
                                              self.tr("Please enter the invoice number.")),
            Problem.SUPPLIER_REQUIRED: (self.supplier_edit, self.tr("Please enter the supplier.")),
            Problem.DATE_REQUIRED: (self.date_edit, self.tr("Please enter the invoice date.")),
            Problem.ACTION_OF_OTHER_CAMPAIGN: (self.action_combo, self.tr(
                "The chosen action no longer belongs to this campaign. Please choose another one.")),
            Problem.BOOKED_BY_RUN: (self.amount_spin, self.tr(
                "This cost was booked by a mass run and cannot be changed by hand.")),
        }[exc.problem]
        QMessageBox.warning(self, self.tr("Cannot save the cost entry"), text)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()


def describe(entry: CostEntry) -> str:
    """A short name of an entry for questions and messages: invoice number and supplier, or the amount."""
    if entry.basis is CostBasis.INVOICE:
        return f"{entry.invoice_number} {entry.supplier}".strip()
    return f"{entry.description} {format_money(entry.amount)}".strip()
