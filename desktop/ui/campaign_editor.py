"""The campaign editor on the right: tabs "General", "Campaign", "Costs", "Response types" and "Tasks"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import service
from desktop.campaigns.service import CampaignData, InvalidCampaign, Problem
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import CampaignStatus
from desktop.ui import messages
from desktop.ui.campaign_tab import CampaignTab
from desktop.ui.costs_tab import CostsTab
from desktop.ui.forms.ui_campaign_editor import Ui_CampaignEditor
from desktop.ui.labels import date_format, format_datetime, status_label
from desktop.ui.messages import ConflictChoice
from desktop.ui.planning_tasks_tab import PlanningTasksTab
from desktop.ui.response_setup_tab import ResponseSetupTab

# QDateEdit cannot be empty; its minimum date stands for "no date" and shows as blank.
_NO_DATE = QDate(1900, 1, 1)
_NO_BUDGET = -1.0


def _set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)


def _get_date(edit: QDateEdit) -> dt.date | None:
    date = edit.date()
    return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())


class CampaignEditor(QWidget):
    """Shows one campaign, tracks unsaved changes and saves with optimistic locking.

    Signals:
        saved(object): The campaign was written; carries the new :class:`CampaignData`.
        dirty_changed(bool): Whether there are unsaved changes.
        edit_query_requested(): The clerk wants to edit the campaign's query (data source).
    """

    saved = Signal(object)
    dirty_changed = Signal(bool)
    edit_query_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CampaignEditor()
        self.ui.setupUi(self)
        self._loaded: CampaignData | None = None
        self._dirty = False
        self._filling = False
        font = QFont(self.ui.titleLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        for status in CampaignStatus:
            self.ui.statusCombo.addItem(status_label(status), status)
        for edit in (self.ui.plannedStartEdit, self.ui.plannedEndEdit):
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(" ")
            edit.setDisplayFormat(date_format())
        self.ui.budgetSpin.setMinimum(_NO_BUDGET)
        self.ui.budgetSpin.setSpecialValueText(" ")
        self.ui.budgetSpin.setGroupSeparatorShown(True)
        buttons = self.ui.buttonBox
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.revert_button = buttons.button(QDialogButtonBox.StandardButton.Reset)
        self.revert_button.setText(self.tr("Di&scard changes"))
        self.save_button.clicked.connect(self.save)
        self.ui.editQueryButton.clicked.connect(self.edit_query_requested)
        self.revert_button.clicked.connect(self.revert)
        for signal in (
            self.ui.numberEdit.textEdited,
            self.ui.nameEdit.textEdited,
            self.ui.descriptionEdit.textChanged,
            self.ui.statusCombo.currentIndexChanged,
            self.ui.plannedStartEdit.dateChanged,
            self.ui.plannedEndEdit.dateChanged,
            self.ui.budgetSpin.valueChanged,
        ):
            signal.connect(self._on_edited)
        self.campaign_tab = CampaignTab(ctx, self.ui, self, self.maybe_leave, lambda: self.open(self.campaign_id))
        # Added here rather than in the form: each is a widget of its own. The tabs' and
        # menus' letters are taken on every tab, so the fields and buttons of each tab use
        # the others (tests/ui/test_accessibility.py checks it in every language); the
        # campaign list's buttons have none: they repeat the File menu's commands.
        self.costs_tab = CostsTab(ctx, self)
        self.ui.tabs.insertTab(self.ui.tabs.indexOf(self.ui.campaignTab) + 1, self.costs_tab, self.tr("Cos&ts"))
        self.response_tab = ResponseSetupTab(ctx, self)
        self.ui.tabs.addTab(self.response_tab, self.tr("Response t&ypes"))
        self.tasks_tab = PlanningTasksTab(ctx, self)
        self.ui.tabs.addTab(self.tasks_tab, self.tr("Tas&ks"))
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self.show_campaign(None)

    # -- showing -----------------------------------------------------------------------

    @property
    def loaded(self) -> CampaignData | None:
        """The campaign as last loaded or saved (without unsaved edits)."""
        return self._loaded

    @property
    def campaign_id(self) -> int:
        return self._loaded.id if self._loaded else 0

    def open(self, campaign_id: int) -> None:
        """Load and show a campaign (0: none)."""
        data = None
        if campaign_id:
            with self.ctx.db.session() as session:
                data = service.load(session, campaign_id)
        self.show_campaign(data)

    def show_campaign(self, data: CampaignData | None) -> None:
        self._loaded = data
        self._filling = True
        try:
            ui = self.ui
            ui.tabs.setEnabled(data is not None)
            ui.buttonBox.setEnabled(data is not None)
            if data is None:
                ui.titleLabel.setText(self.tr("No campaign selected"))
                for line in (ui.numberEdit, ui.nameEdit):
                    line.clear()
                ui.descriptionEdit.clear()
                ui.lastRunLabel.clear()
                ui.changedLabel.clear()
            else:
                self._fill(data)
        finally:
            self._filling = False
        self._set_dirty(False)
        self.campaign_tab.show_campaign(data.id if data else 0, data.selection_id if data else None)
        self.costs_tab.show_campaign(data.id if data else None)
        self.response_tab.show_campaign(data.id if data else None)
        self.tasks_tab.show_campaign(data.id if data else None)

    def _tab_changed(self, _index: int) -> None:
        # Actions added on the "Campaign" tab, costs entered on the "Costs" tab, responses
        # recorded or tasks done in other windows meanwhile.
        current = self.ui.tabs.currentWidget()
        if current is self.ui.campaignTab and self.campaign_id:
            self.campaign_tab.refresh_figures()
        elif current is self.costs_tab:
            self.costs_tab.show_campaign(self.campaign_id or None)
        elif current is self.response_tab:
            self.response_tab.show_campaign(self.campaign_id or None)
        elif current is self.tasks_tab:
            self.tasks_tab.show_campaign(self.campaign_id or None)

    def _fill(self, data: CampaignData) -> None:
        ui = self.ui
        ui.titleLabel.setText(f"{data.number}  {data.name}")
        ui.numberEdit.setText(data.number)
        ui.nameEdit.setText(data.name)
        ui.descriptionEdit.setPlainText(data.description)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(data.status))
        _set_date(ui.plannedStartEdit, data.planned_start)
        _set_date(ui.plannedEndEdit, data.planned_end)
        ui.budgetSpin.setValue(float(data.budget) if data.budget is not None else _NO_BUDGET)
        ui.lastRunLabel.setText(format_datetime(data.last_run) or self.tr("never"))
        if not data.selection_name:
            source = self.tr("No query chosen yet.")
        elif data.selection_is_list:
            source = self.tr("Distribution list: {name}").format(name=data.selection_name)
        else:
            source = self.tr("Query: {name}").format(name=data.selection_name)
        ui.dataSourceLabel.setText(source)
        ui.changedLabel.setText(
            self.tr("{when} by {who}").format(
                when=format_datetime(data.updated_at), who=data.updated_by or "?"
            )
        )

    def entered(self) -> CampaignData | None:
        """The values in the form, on top of the loaded campaign."""
        if self._loaded is None:
            return None
        ui = self.ui
        budget = ui.budgetSpin.value()
        return self._loaded.replace(
            number=ui.numberEdit.text().strip(),
            name=ui.nameEdit.text().strip(),
            description=ui.descriptionEdit.toPlainText(),
            status=ui.statusCombo.currentData(),
            planned_start=_get_date(ui.plannedStartEdit),
            planned_end=_get_date(ui.plannedEndEdit),
            budget=None if budget <= _NO_BUDGET else Decimal(str(round(budget, 2))),
        )

    # -- dirty tracking ----------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_edited(self, *_: object) -> None:
        if self._filling or self._loaded is None:
            return
        entered = self.entered()
        self._set_dirty(entered is not None and not entered.same_content(self._loaded))

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes; True when the clerk may move on."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The campaign “{name}” has unsaved changes. Save them?").format(
                name=self._loaded.name if self._loaded else ""
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def revert(self) -> None:
        self.show_campaign(self._loaded)

    # -- saving ------------------------------------------------------------------------

    def save(self, overwrite: bool = False) -> bool:
        """Save the form; True on success. Nothing typed is lost on failure."""
        entered = self.entered()
        if entered is None:
            return True
        try:
            with self.ctx.db.session() as session:
                stored = service.save(session, entered, overwrite=overwrite)
        except InvalidCampaign as exc:
            self._explain_invalid(exc)
            return False
        except ConcurrentEditError as exc:
            return self._resolve_conflict(exc, entered)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return False
        self.show_campaign(stored)
        self.saved.emit(stored)
        return True

    def _resolve_conflict(self, exc: ConcurrentEditError, entered: CampaignData) -> bool:
        # Name the campaign as the colleague knows it, not by what this clerk just typed.
        known = self._loaded or entered
        choice = messages.ask_conflict(self, exc, f"{known.number} {known.name}".strip())
        if choice == ConflictChoice.OVERWRITE:
            return self.save(overwrite=True)
        if choice == ConflictChoice.RELOAD:
            self.open(entered.id)
            if self._loaded:
                self.saved.emit(self._loaded)
            return True
        if choice == ConflictChoice.SAVE_AS_NEW:
            try:
                with self.ctx.db.session() as session:
                    created = service.create(session, entered.name)
                    stored = service.save(
                        session,
                        entered.replace(id=created.id, row_version=created.row_version, number=created.number),
                    )
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
                return False
            self.show_campaign(stored)
            self.saved.emit(stored)
            return True
        if choice == ConflictChoice.DISCARD:
            self.show_campaign(None)
            self.saved.emit(None)
            return True
        return False

    def _explain_invalid(self, exc: InvalidCampaign) -> None:
        text = {
            Problem.NAME_REQUIRED: self.tr("Please enter a name for the campaign."),
            Problem.NUMBER_REQUIRED: self.tr("Please enter a campaign number."),
            Problem.NUMBER_TAKEN: self.tr(
                "Another campaign already has the number {number}. Please choose another number.",
            ).format(number=self.ui.numberEdit.text().strip()),
            Problem.DATES_REVERSED: self.tr(
                "The planned end lies before the planned start. Please correct one of the dates."
            ),
            Problem.BUDGET_NEGATIVE: self.tr("The budget cannot be negative."),
        }[exc.problem]
        field = {
            "name": self.ui.nameEdit,
            "number": self.ui.numberEdit,
            "planned_end": self.ui.plannedEndEdit,
            "budget": self.ui.budgetSpin,
        }[exc.field]
        self.ui.tabs.setCurrentWidget(self.ui.generalTab)
        QMessageBox.warning(self, self.tr("Cannot save the campaign"), text)
        field.setFocus()
