"""Find persons to add to a target group: chosen ones, all found, or a new one."""

from __future__ import annotations

import enum

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.campaigns.persons import search_definition
from desktop.context import AppContext
from desktop.query import results
from desktop.query.definition import QueryDefinition
from desktop.ui.new_person_dialog import NewPersonDialog
from desktop.ui.result_table_model import ResultTableModel
from desktop.ui.worker import Worker

COLUMNS = ("code", "first_name", "last_name", "org_name", "postcode", "city", "email")


class Choice(enum.Enum):
    """What the clerk asked for when the dialog was accepted."""

    CHOSEN = "chosen"  # the persons marked in the list
    ALL_FOUND = "all_found"  # everybody the search finds (mass assignment)
    NEW_PERSON = "new_person"  # the person just created


class PersonPickerDialog(QDialog):
    """A quick search over all persons; each word must appear in code, name, city or organisation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice = Choice.CHOSEN
        self.definition: QueryDefinition | None = None
        self.new_person_id = 0
        self._worker: Worker | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Add persons"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by code, name, city or organisation…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.count_label = QLabel(self)
        self.model = ResultTableModel(ctx.db, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrow keys move in the list
        self.view.setAccessibleName(self.tr("Persons found"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("&New person…"), self)
        self.all_button = QPushButton(self.tr("Add &all found"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add &chosen"))
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.all_button)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.run)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self.accept)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.all_button.clicked.connect(self._add_all)
        self.new_button.clicked.connect(self._new_person)
        self.resize(820, 480)
        self.run()

    def run(self) -> None:
        """Search on a worker; an older search still going is cancelled."""
        self.definition = search_definition(self.search.text())
        self._generation += 1
        generation = self._generation
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        if self.definition is None:
            self.model.show(QueryDefinition(fields=COLUMNS), [])
            self.count_label.setText(self.tr("Type part of a name, code, city or organisation."))
            self._update_buttons()
            return
        definition = QueryDefinition(where=self.definition.where, fields=COLUMNS)
        self.count_label.setText(self.tr("Searching…"))
        worker = Worker(results.matching_ids, self.ctx.db, definition)
        worker.signals.succeeded.connect(lambda ids: self._show(generation, definition, ids))
        self._worker = worker
        worker.start()

    def _show(self, generation: int, definition: QueryDefinition, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._worker = None
        self.model.show(definition, ids)
        self.view.resizeColumnsToContents()
        self.count_label.setText(self.tr("%n person(s) found", "", len(ids)))
        self._update_buttons()

    def chosen_ids(self) -> list[int]:
        return [self.model.person_id(index.row()) for index in self.view.selectionModel().selectedRows()]

    def found(self) -> int:
        return len(self.model.ids)

    def _update_buttons(self, *_: object) -> None:
        self.add_button.setEnabled(bool(self.view.selectionModel().selectedRows()))
        self.all_button.setEnabled(self.found() > 0)
        self.all_button.setText(self.tr("Add &all %n found", "", self.found()))

    def accept(self) -> None:
        if self.choice is Choice.CHOSEN and not self.chosen_ids():
            return
        super().accept()

    def _add_all(self) -> None:
        self.choice = Choice.ALL_FOUND
        self.accept()

    def _new_person(self) -> None:
        dialog = NewPersonDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id:
            self.new_person_id = dialog.person_id
            self.choice = Choice.NEW_PERSON
            self.accept()
