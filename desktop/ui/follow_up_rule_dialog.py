"""One follow-up rule of an action: which response creates which task, for whom, by when."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop.contacts.follow_up import ResponseTypeData, RuleData
from desktop.contacts.person_record import Choice
from desktop.ui.tables import form_dialog

MAX_DAYS = 365


class FollowUpRuleDialog(QDialog):
    """Edits one rule (or a new one); ``rule()`` is the result after OK.

    Args:
        response_types: The campaign's response types; inactive ones are offered only when
            the rule already uses one.
        employees: Colleagues as (id, name); "(account manager)" is added in front.
        rule: The rule to edit, or None for a new one.
    """

    def __init__(self, response_types: list[ResponseTypeData], employees: list[Choice],
                 rule: RuleData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = rule.id if rule else 0
        self.setWindowTitle(self.tr("Follow-up rule") if rule and rule.id else self.tr("New follow-up rule"))
        self.response_combo = QComboBox(self)
        for kind in response_types:
            if kind.active or (rule and kind.id == rule.response_type_id):
                self.response_combo.addItem(kind.name if kind.active else self.tr("{name} (inactive)").format(
                    name=kind.name), kind.id)
        self.subject_edit = QLineEdit(rule.subject if rule else "", self)
        self.subject_edit.setMaxLength(300)
        self.subject_edit.setPlaceholderText(self.tr("e.g. Send the documents"))
        self.assignee_combo = QComboBox(self)
        self.assignee_combo.addItem(self.tr("(account manager)"), None)
        for id_, name in employees:
            self.assignee_combo.addItem(name, id_)
        self.assignee_combo.setToolTip(self.tr("The account manager is the one entered for the contact."))
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(0, MAX_DAYS)
        self.days_spin.setValue(rule.due_in_days if rule else 1)
        self.working_check = QCheckBox(self.tr("Count &working days only (Monday to Friday)"), self)
        self.working_check.setChecked(rule.working_days if rule else True)
        if rule:
            self.response_combo.setCurrentIndex(max(self.response_combo.findData(rule.response_type_id), 0))
            index = self.assignee_combo.findData(rule.assignee_id)
            if index < 0 and rule.assignee_id is not None:  # a colleague who has left meanwhile
                self.assignee_combo.addItem(self.tr("employee {id}").format(id=rule.assignee_id), rule.assignee_id)
                index = self.assignee_combo.count() - 1
            self.assignee_combo.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        form.addRow(self.tr("When the &response is:"), self.response_combo)
        form.addRow(self.tr("create the &task:"), self.subject_edit)
        form.addRow(self.tr("&assigned to:"), self.assignee_combo)
        form.addRow(self.tr("due &in (days):"), self.days_spin)
        form.addRow("", self.working_check)
        form_dialog(self, form, 480)

    def rule(self) -> RuleData:
        """The rule as entered (id 0 for a new one)."""
        return RuleData(id=self._id, response_type_id=self.response_combo.currentData(),
                        subject=self.subject_edit.text().strip(), assignee_id=self.assignee_combo.currentData(),
                        due_in_days=self.days_spin.value(), working_days=self.working_check.isChecked())

    def accept(self) -> None:
        if self.response_combo.currentData() is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The campaign has no response types yet."))
            return
        if not self.subject_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please enter the task to be created."))
            self.subject_edit.setFocus()
            return
        super().accept()
