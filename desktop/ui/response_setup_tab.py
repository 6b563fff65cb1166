"""The campaign editor's response tab: the campaign's response types and its actions' follow-up rules.

Every change is written at once (there is no separate "save" for this tab), so what the
clerks recording responses see is always what is shown here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import actions
from desktop.campaigns.actions import ActionRow
from desktop.contacts import follow_up, person_record
from desktop.contacts.follow_up import ResponseTypeData, RuleData
from desktop.context import AppContext
from desktop.ui import messages
from desktop.ui.follow_up_rule_dialog import FollowUpRuleDialog
from desktop.ui.tables import pick_list

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ResponseSetupTab(QWidget):
    """Response types (add, rename, order, deactivate, remove) and follow-up rules per action."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        self.types: list[ResponseTypeData] = []
        self.used: set[int] = set()
        self.actions: list[ActionRow] = []
        self.rules: list[RuleData] = []
        self.employee_names: dict[int, str] = {}
        self._filling = False
        self._build_types()
        self._build_rules()
        # One above the other: the rules table needs the full width for its five columns.
        layout = QVBoxLayout(self)
        layout.addWidget(self.types_group, 2)
        layout.addWidget(self.rules_group, 3)
        self.show_campaign(None)

    def _build_types(self) -> None:
        self.types_group = QGroupBox(self.tr("Response types"), self)
        self.type_list = QListWidget(self.types_group)
        self.type_list.setToolTip(self.tr("Only ticked (active) types can be chosen when recording a response."))
        self.add_type_button = QPushButton(self.tr("A&dd…"), self.types_group)
        self.rename_type_button = QPushButton(self.tr("Rena&me…"), self.types_group)
        self.rename_type_button.setToolTip(self.tr("Rename the response type (F2)"))
        self.up_button = QPushButton(self.tr("Move &up"), self.types_group)
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button = QPushButton(self.tr("Move do&wn"), self.types_group)
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.remove_type_button = QPushButton(self.tr("Remo&ve…"), self.types_group)
        buttons = QGridLayout()
        for number, button in enumerate((self.add_type_button, self.rename_type_button, self.remove_type_button,
                                         self.up_button, self.down_button)):
            buttons.addWidget(button, number % 3, number // 3)
        buttons.setRowStretch(3, 1)
        row = QHBoxLayout(self.types_group)
        row.addWidget(self.type_list, 1)
        row.addLayout(buttons)
        self.add_type_button.clicked.connect(self.add_type)
        self.rename_type_button.clicked.connect(self.rename_type)
        self.up_button.clicked.connect(lambda: self.move_type(-1))
        self.down_button.clicked.connect(lambda: self.move_type(1))
        self.remove_type_button.clicked.connect(self.remove_type)
        self.type_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.type_list.itemChanged.connect(self._type_ticked)
        self.type_list.itemDoubleClicked.connect(lambda _i: self.rename_type())
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.type_list, self.rename_type)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.type_list, self.remove_type)
        QShortcut(QKeySequence("Ctrl+Up"), self.type_list, lambda: self.move_type(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.type_list, lambda: self.move_type(1))

    def _build_rules(self) -> None:
        self.rules_group = QGroupBox(self.tr("Follow-up tasks"), self)
        hint = QLabel(self.tr("When a response of this type is recorded for this action, these tasks are created."),
                      self.rules_group)
        hint.setWordWrap(True)
        self.action_combo = QComboBox(self.rules_group)
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        action_label = QLabel(self.tr("Actio&n:"), self.rules_group)
        action_label.setBuddy(self.action_combo)
        self.rule_table = pick_list(self.rules_group, [self.tr("Response"), self.tr("Task"), self.tr("Assigned to"),
                                                       self.tr("Days"), self.tr("Working days")], stretch=1)
        self.rule_table.horizontalHeaderItem(3).setToolTip(
            self.tr("The task is due so many days after the response is recorded."))
        self.add_rule_button = QPushButton(self.tr("Add &rule…"), self.rules_group)
        self.edit_rule_button = QPushButton(self.tr("Ed&it rule…"), self.rules_group)
        self.remove_rule_button = QPushButton(self.tr("Remove ru&le…"), self.rules_group)
        self.rules_note = QLabel(self.rules_group)
        self.rules_note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(action_label)
        top.addWidget(self.action_combo, 1)
        # The buttons under the table, so the task column gets the width.
        buttons = QHBoxLayout()
        for button in (self.add_rule_button, self.edit_rule_button, self.remove_rule_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.rules_group)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.rule_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.rules_note)
        self.action_combo.currentIndexChanged.connect(lambda _i: self._show_rules())
        self.add_rule_button.clicked.connect(self.add_rule)
        self.edit_rule_button.clicked.connect(self.edit_rule)
        self.remove_rule_button.clicked.connect(self.remove_rule)
        self.rule_table.doubleClicked.connect(self.edit_rule)
        self.rule_table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.rule_table, self.remove_rule)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.rule_table, self.edit_rule)

    # -- showing --------------------------------------------------------------------------

    def show_campaign(self, campaign_id: int | None) -> None:
        """Show the types and rules of ``campaign_id`` (None or 0: none); keeps the chosen action."""
        same = campaign_id == self.campaign_id
        keep_action = self.action_id() if same else None
        keep_type = self._current_type().id if same and self._current_type() else 0
        self.campaign_id = campaign_id or None
        self.setEnabled(self.campaign_id is not None)
        self.actions = []
        try:
            with self.ctx.db.session() as session:
                self.employee_names = dict(person_record.employees(session))
                if self.campaign_id:
                    self.actions = actions.list_actions(session, self.campaign_id)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
        self._load_types(keep_type)
        self._filling = True
        self.action_combo.clear()
        for action in self.actions:
            self.action_combo.addItem(f"{action.sequence}  {action.name}", action.id)
        index = self.action_combo.findData(keep_action) if keep_action else -1
        self.action_combo.setCurrentIndex(max(index, 0) if self.actions else -1)
        self._filling = False
        self._show_rules()

    def _load_types(self, select_id: int = 0) -> None:
        self.types, self.used = [], set()
        if self.campaign_id:
            try:
                with self.ctx.db.session() as session:
                    self.types = follow_up.response_type_rows(session, self.campaign_id)
                    self.used = follow_up.used_response_types(session, self.campaign_id)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
        self._filling = True
        self.type_list.clear()
        for kind in self.types:
            item = QListWidgetItem(kind.name, self.type_list)
            item.setData(Qt.ItemDataRole.UserRole, kind.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if kind.active else Qt.CheckState.Unchecked)
            if not kind.active:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(self.tr("Inactive: cannot be chosen for new responses."))
            if kind.id == select_id:
                self.type_list.setCurrentItem(item)
        if self.type_list.currentRow() < 0 and self.types:
            self.type_list.setCurrentRow(0)
        self._filling = False
        self._update_buttons()

    def _show_rules(self) -> None:
        if self._filling:
            return
        action_id = self.action_id()
        self.rules = []
        if action_id:
            try:
                with self.ctx.db.session() as session:
                    self.rules = follow_up.rules_of_action(session, action_id)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
        names = {kind.id: kind.name for kind in self.types}
        self.rule_table.setRowCount(len(self.rules))
        for number, rule in enumerate(self.rules):
            cells = [names.get(rule.response_type_id, "?"), rule.subject, self._assignee(rule.assignee_id),
                     str(rule.due_in_days), self.tr("yes") if rule.working_days else self.tr("no")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(_RIGHT)
                self.rule_table.setItem(number, column, item)
        if self.rules:
            self.rule_table.selectRow(0)
        if not self.actions:
            note = self.tr("The campaign has no actions yet. Add one on the “Campaign” tab first.")
        elif not any(kind.active for kind in self.types):
            note = self.tr("Add a response type first.")
        else:
            note = ""
        self.rules_note.setText(note)
        self.rules_note.setVisible(bool(note))
        self._update_buttons()

    def _assignee(self, employee_id: int | None) -> str:
        if employee_id is None:
            return self.tr("(account manager)")
        return self.employee_names.get(employee_id) or self.tr("employee {id}").format(id=employee_id)

    def action_id(self) -> int | None:
        """The action whose rules are shown."""
        return self.action_combo.currentData()

    def _current_type(self) -> ResponseTypeData | None:
        row = self.type_list.currentRow()
        return self.types[row] if 0 <= row < len(self.types) else None

    def _current_rule(self) -> RuleData | None:
        rows = self.rule_table.selectionModel().selectedRows()
        return self.rules[rows[0].row()] if rows and rows[0].row() < len(self.rules) else None

    def _update_buttons(self) -> None:
        row = self.type_list.currentRow()
        has_type = self._current_type() is not None
        self.rename_type_button.setEnabled(has_type)
        self.remove_type_button.setEnabled(has_type)
        self.up_button.setEnabled(has_type and row > 0)
        self.down_button.setEnabled(has_type and row < len(self.types) - 1)
        can_add = self.action_id() is not None and any(kind.active for kind in self.types)
        self.add_rule_button.setEnabled(can_add)
        has_rule = self._current_rule() is not None
        self.edit_rule_button.setEnabled(has_rule)
        self.remove_rule_button.setEnabled(has_rule)

    # -- response types -------------------------------------------------------------------

    def _save_types(self, wanted: list[ResponseTypeData], select: Callable[[list[int]], int]) -> bool:
        """Write the whole list of types; ``select`` picks the one to choose from the new ids."""
        try:
            with self.ctx.db.session() as session:
                ids = follow_up.save_response_types(session, self.campaign_id, wanted)
        except ValueError as exc:
            text = (self.tr("There is already a response type of that name.") if str(exc) == "duplicate"
                    else self.tr("Please enter a name."))
            QMessageBox.warning(self, self.tr("Response types"), text)
            self._load_types(self._current_type().id if self._current_type() else 0)
            return False
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            self._load_types()
            return False
        self._load_types(select(ids))
        self._show_rules()  # new names, and rules of a deleted type are gone
        return True

    def add_type(self) -> None:
        if not self.campaign_id:
            return
        name, ok = QInputDialog.getText(self, self.tr("New response type"),
                                        self.tr("Name of the response, e.g. “Documents requested”:"))
        if ok and name.strip():
            self._save_types([*self.types, ResponseTypeData(0, name.strip(), True)], lambda ids: ids[-1])

    def rename_type(self) -> None:
        kind = self._current_type()
        if kind is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename response type"), self.tr("New name:"), text=kind.name)
        if not ok or not name.strip() or name.strip() == kind.name:
            return
        wanted = [ResponseTypeData(t.id, name.strip(), t.active) if t.id == kind.id else t for t in self.types]
        self._save_types(wanted, lambda _ids: kind.id)

    def move_type(self, step: int) -> None:
        kind = self._current_type()
        row = self.type_list.currentRow()
        if kind is None or not 0 <= row + step < len(self.types):
            return
        wanted = list(self.types)
        wanted[row], wanted[row + step] = wanted[row + step], wanted[row]
        self._save_types(wanted, lambda _ids: kind.id)

    def _type_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        kind_id = item.data(Qt.ItemDataRole.UserRole)
        active = item.checkState() == Qt.CheckState.Checked
        wanted = [ResponseTypeData(t.id, t.name, active) if t.id == kind_id else t for t in self.types]
        self._save_types(wanted, lambda _ids: kind_id)

    def remove_type(self) -> None:
        kind = self._current_type()
        if kind is None:
            return
        rules = self._rules_using(kind.id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove response type"), "", parent=self)
        if kind.id in self.used:
            box.setText(self.tr("Responses were already recorded as “{name}”, so it cannot be deleted.").format(
                name=kind.name))
            box.setInformativeText(self.tr(
                "It will be deactivated instead: the recorded responses keep it, and it can no longer be "
                "chosen for new responses."))
            go = box.addButton(self.tr("&Deactivate"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(self.tr("Delete the response type “{name}”?").format(name=kind.name))
            if rules:
                box.setInformativeText(self.tr("Its follow-up rules ({count}) are deleted with it.").format(
                    count=rules))
            go = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not go:
            return
        row = self.type_list.currentRow()
        wanted = [t for t in self.types if t.id != kind.id]
        self._save_types(wanted, lambda ids: kind.id if kind.id in self.used else
                         (ids[min(row, len(ids) - 1)] if ids else 0))

    def _rules_using(self, type_id: int) -> int:
        try:
            with self.ctx.db.session() as session:
                return sum(1 for action in self.actions for rule in follow_up.rules_of_action(session, action.id)
                           if rule.response_type_id == type_id)
        except SQLAlchemyError:
            return 0

    # -- follow-up rules ------------------------------------------------------------------

    def _rule_dialog(self, rule: RuleData | None) -> RuleData | None:
        employees = sorted(self.employee_names.items(), key=lambda pair: pair[1])
        dialog = FollowUpRuleDialog(self.types, employees, rule, self)
        try:
            return dialog.rule() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _save_rules(self, wanted: list[RuleData]) -> None:
        action_id = self.action_id()
        if action_id is None:
            return
        try:
            with self.ctx.db.session() as session:
                follow_up.save_rules(session, action_id, wanted)
        except ValueError:
            QMessageBox.warning(self, self.tr("Follow-up rule"), self.tr("Please enter the task to be created."))
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
        self._show_rules()

    def add_rule(self) -> None:
        if self.action_id() is None:
            return
        chosen = self._current_type()
        rule = None
        if chosen is not None and chosen.active:  # offer the chosen type first
            rule = RuleData(0, chosen.id, "", None, 1, True)
        added = self._rule_dialog(rule)
        if added is not None:
            self._save_rules([*self.rules, added])
            self.rule_table.selectRow(len(self.rules) - 1)

    def edit_rule(self) -> None:
        rule = self._current_rule()
        if rule is None:
            return
        changed = self._rule_dialog(rule)
        if changed is not None:
            row = self.rules.index(rule)
            self._save_rules([changed if r is rule else r for r in self.rules])
            self.rule_table.selectRow(row)

    def remove_rule(self) -> None:
        rule = self._current_rule()
        if rule is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove follow-up rule"),
            self.tr("Remove the rule that creates the task “{subject}”? Tasks it created already stay.").format(
                subject=rule.subject),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._save_rules([r for r in self.rules if r is not rule])
