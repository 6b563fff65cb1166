"""Add or edit a campaign action: channel, template, sender, dossier entry, costs, e-mail or SMS text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import actions
from desktop.campaigns.actions import ActionData, ActionRow, InvalidAction, Problem
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import Channel
from desktop.db.models.base import current_login
from desktop.ui import messages
from desktop.ui.action_texts_panel import ActionTextsPanel
from desktop.ui.labels import date_format
from desktop.ui.member_labels import channel_label
from desktop.ui.messages import ConflictChoice

_NO_DATE = QDate(1900, 1, 1)  # QDateEdit cannot be empty; its minimum stands for "no date"
_SUBJECT_ROW = 7  # of the settings form, where the subject sits unless the channel is e-mail
_TEXT_CHANNELS = (Channel.EMAIL, Channel.SMS)


class ActionDialog(QDialog):
    """One action's settings. With ``action`` None it adds a new action to the campaign.

    Args:
        earlier: The campaign's actions, offered (when adding only) as the source of a
            target group to take over as it is.
    """

    def __init__(
        self,
        ctx: AppContext,
        campaign_id: int,
        action: ActionData | None,
        earlier: list[ActionRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = campaign_id
        self.action = action
        self.result_data: ActionData | None = None
        self.setWindowTitle(self.tr("New action") if action is None else self.tr("Edit action"))
        with ctx.db.session() as session:
            senders = actions.senders(session, action.sender_id if action else None)
            types = actions.dossier_item_types(session, action.dossier_item_type_id if action else None)
            templates = actions.templates(session)
            sequence = action.sequence if action else actions.next_sequence(session, campaign_id)
            me = None if action else actions.own_employee(session, current_login())
        self._me = me
        # Two pages rather than one long form: with an e-mail's texts below the settings
        # the dialog would not fit a laptop screen.
        self.tabs = QTabWidget(self)
        self.settings_page = QWidget(self.tabs)
        self.texts = ActionTextsPanel(self.tabs)
        self.tabs.addTab(self.settings_page, self.tr("Action"))
        self.tabs.addTab(self.texts, self.tr("Text"))
        form = QFormLayout(self.settings_page)
        self.form = form
        self.sequence = QSpinBox(self, minimum=1, maximum=999, value=sequence)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setFocus()  # where the clerk starts typing, not on the tabs above it
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self.planned = QDateEdit(self, calendarPopup=True)
        self.planned.setMinimumDate(_NO_DATE)
        self.planned.setSpecialValueText(" ")
        self.planned.setDate(_NO_DATE)
        self.planned.setDisplayFormat(date_format())
        self.template = self._choices(templates, self.tr("(none yet)"))
        self.sender = self._choices(senders, self.tr("(nobody)"))
        self.dossier_type = self._choices(types, self.tr("(none)"))
        self.subject = QLineEdit(self)
        self.subject.setMaxLength(actions.SUBJECT_MAX)
        self.subject_label = QLabel(self.tr("Su&bject:"), self)
        self.subject_label.setBuddy(self.subject)
        self.texts.add_insert_target(self.subject)
        self.per_contact = QComboBox(self)
        self.per_contact.addItem(self.tr("one for each contact"), True)
        self.per_contact.addItem(self.tr("one for the whole action"), False)
        self.handled = QCheckBox(self.tr("Mar&k the dossier entries as handled"), self)
        self.fixed_cost = self._money()
        self.cost_per_contact = self._money()
        self.exclude_used = QCheckBox(self.tr("Leave out contacts already used in an earlier action"), self)
        form.addRow(self.tr("N&umber:"), self.sequence)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("&Planned for:"), self.planned)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Sender:"), self.sender)
        form.addRow(self.tr("&Dossier entry type:"), self.dossier_type)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.tr("Dossier &entries:"), self.per_contact)
        form.addRow("", self.handled)
        form.addRow(self.tr("&Fixed costs:"), self.fixed_cost)
        form.addRow(self.tr("Costs per &contact:"), self.cost_per_contact)
        form.addRow("", self.exclude_used)
        self.take_over: QComboBox | None = None
        if action is None:
            self.take_over = QComboBox(self)
            self.take_over.addItem(self.tr("(no, start empty)"), None)
            for row in earlier:
                self.take_over.addItem(self.tr("Action {number}: {name} ({count} members)").format(
                    number=row.sequence, name=row.name, count=row.members), row.id)
            self.take_over.setEnabled(bool(earlier))
            self.take_over.setToolTip(self.tr("The members are copied as they are, not found again."))
            form.addRow(self.tr("Take over target &group of:"), self.take_over)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.template.currentIndexChanged.connect(
            lambda: self.texts.set_template_chosen(self.template.currentData() is not None))
        self._channel_changed()
        self.setMinimumWidth(max(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().width()))
        self.adjustSize()
        self._fill(action)

    def _channel_changed(self) -> None:
        """Show the text page of an e-mail or SMS action; an e-mail's subject moves onto it."""
        channel = self._channel()
        self.tabs.setTabVisible(1, channel in _TEXT_CHANNELS)
        if channel in _TEXT_CHANNELS:
            self.tabs.setTabText(1, self.tr("E-mail") if channel is Channel.EMAIL else self.tr("SMS"))
            self.texts.set_channel(channel)
        # The subject is the e-mail's first line to write, next to its text; for a letter it
        # is a setting like the others (the «Betreff» field).
        in_mail = self.texts.mail_form.indexOf(self.subject) >= 0
        if (channel is Channel.EMAIL) != in_mail:
            source, target, row = ((self.form, self.texts.mail_form, 0) if not in_mail
                                   else (self.texts.mail_form, self.form, _SUBJECT_ROW))
            source.takeRow(self.subject)
            target.insertRow(row, self.subject_label, self.subject)
            self.subject_label.show()
            self.subject.show()

    def _channel(self) -> Channel:
        return Channel(self.channel.currentData())  # Qt hands the str back, not the enum

    def _choices(self, choices: list[actions.Choice], empty: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(empty, None)
        for id_, text in choices:
            combo.addItem(text, id_)
        return combo

    def _money(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self, maximum=9_999_999.99, decimals=2, suffix=" €")
        spin.setGroupSeparatorShown(True)
        return spin

    def _fill(self, action: ActionData | None) -> None:
        if action is None:
            self.name.setText(self.tr("Action {number}").format(number=self.sequence.value()))
            self.name.selectAll()
            self.sender.setCurrentIndex(max(0, self.sender.findData(self._me)))
            return
        self.name.setText(action.name)
        self.channel.setCurrentIndex(self.channel.findData(action.channel))
        if action.planned_date:
            self.planned.setDate(QDate(action.planned_date.year, action.planned_date.month, action.planned_date.day))
        else:
            self.planned.setDate(_NO_DATE)
        for combo, value in ((self.template, action.template_id), (self.sender, action.sender_id),
                             (self.dossier_type, action.dossier_item_type_id)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.subject.setText(action.subject)
        self.per_contact.setCurrentIndex(0 if action.dossier_per_contact else 1)
        self.handled.setChecked(action.handled_on_creation)
        self.fixed_cost.setValue(float(action.fixed_cost))
        self.cost_per_contact.setValue(float(action.cost_per_contact))
        self.exclude_used.setChecked(action.exclude_used_contacts)
        self.texts.fill(action)

    def settings(self) -> dict[str, object]:
        """The entered values of :data:`desktop.campaigns.actions.SETTINGS`."""
        date = self.planned.date()
        return {
            "template_id": self.template.currentData(),
            "sender_id": self.sender.currentData(),
            "dossier_item_type_id": self.dossier_type.currentData(),
            "subject": self.subject.text().strip(),
            "dossier_per_contact": bool(self.per_contact.currentData()),
            "handled_on_creation": self.handled.isChecked(),
            "fixed_cost": Decimal(str(round(self.fixed_cost.value(), 2))),
            "cost_per_contact": Decimal(str(round(self.cost_per_contact.value(), 2))),
            "exclude_used_contacts": self.exclude_used.isChecked(),
            "planned_date": None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day()),
            **self.texts.values(),
        }

    def accept(self) -> None:
        self._save(overwrite=False)

    def _save(self, overwrite: bool) -> None:
        try:
            with self.ctx.db.session() as session:
                if self.action is None:
                    source = self.take_over.currentData() if self.take_over else None
                    stored = actions.add(session, self.campaign_id, self.name.text(), self._channel(),
                                         copy_members_from=source, require_texts=True, **self.settings())
                    if stored.sequence != self.sequence.value():
                        stored = actions.save(session, stored.replace(sequence=self.sequence.value()))
                else:
                    entered = self.action.replace(sequence=self.sequence.value(), name=self.name.text(),
                                                  channel=self._channel(), **self.settings())
                    stored = actions.save(session, entered, overwrite=overwrite)
        except InvalidAction as exc:
            self._explain(exc)
            return
        except ConcurrentEditError as exc:
            self._conflict(exc)
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.result_data = stored
        super().accept()

    def _conflict(self, exc: ConcurrentEditError) -> None:
        if exc.deleted:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Another user deleted this action (or its campaign) while you were editing it. "
                "Your entries could not be saved."))
            self.reject()
            return
        title = self.action.name if self.action else self.name.text()
        choice = messages.ask_conflict(self, exc, title)
        if choice == ConflictChoice.OVERWRITE:
            self._save(overwrite=True)
        elif choice == ConflictChoice.RELOAD:
            with self.ctx.db.session() as session:
                self.action = actions.load(session, self.action.id) if self.action else None
            self._fill(self.action)

    def _explain(self, exc: InvalidAction) -> None:
        text = {
            Problem.NAME_REQUIRED: self.tr("Please enter a name for the action."),
            Problem.SEQUENCE_INVALID: self.tr("The number of an action must be 1 or more."),
            Problem.SEQUENCE_TAKEN: self.tr(
                "Another action of this campaign already has the number {number}. Please choose another number."
            ).format(number=self.sequence.value()),
            Problem.COST_NEGATIVE: self.tr("Costs cannot be negative."),
            Problem.SUBJECT_TOO_LONG: self.tr("The subject is too long."),
            Problem.SOURCE_OTHER_CAMPAIGN: self.tr("Only the target group of an action of this campaign can be taken over."),
            Problem.SUBJECT_REQUIRED: self.tr("Please enter the subject of the e-mail."),
            Problem.MAIL_TEXT_REQUIRED: self.tr("Please write the text of the e-mail (as plain text, HTML or both)."),
            Problem.REPLY_TO_INVALID: self.tr(
                "“{address}” is not an e-mail address. Enter one address such as info@example.org as "
                "Reply-To, or leave it empty so that replies go to the sender.").format(
                address=self.texts.reply_to.text().strip()),
            Problem.SMS_TEXT_REQUIRED: self.tr("Please write the text of the SMS."),
        }.get(exc.problem) or self._fault_text(exc)
        QMessageBox.warning(self, self.tr("Cannot save the action"), text)
        field = {"name": self.name, "sequence": self.sequence, "subject": self.subject,
                 "fixed_cost": self.fixed_cost, "cost_per_contact": self.cost_per_contact}.get(exc.field)
        field = field or self.texts.widget_for(exc.field) or self.name
        self.tabs.setCurrentIndex(1 if self.texts.isAncestorOf(field) else 0)
        field.setFocus()

    def _fault_text(self, exc: InvalidAction) -> str:
        """An unknown field or unreadable braces, naming the text they are in."""
        which = {"subject": self.tr("Subject"), "mail_text": self.tr("E-mail text"),
                 "mail_html": self.tr("HTML text"), "sms_text": self.tr("SMS text")}.get(exc.field, exc.field)
        fault = exc.fault
        if exc.problem is Problem.TEXT_UNREADABLE or fault is None or not fault.field:
            return self.tr("{text}, line {line}: the fields cannot be read. Check the braces {braces}.").format(
                text=which, line=fault.line if fault else "?", braces="{{ }}, {% %}")
        if fault.suggestions:
            return self.tr("{text}: unknown field «{field}» — did you mean «{suggestion}»?").format(
                text=which, field=fault.field, suggestion="», «".join(fault.suggestions))
        return self.tr("{text}: unknown field «{field}». Choose the fields with “Insert field”.").format(
            text=which, field=fault.field)
