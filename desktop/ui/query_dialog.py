"""Abfrage erstellen: conditions, live count, result, export, save, hand-over to a campaign."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns.service import CampaignData
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.query import choices as choice_lists
from desktop.query import results, selections
from desktop.query.definition import Condition, ConditionGroup, InvalidQuery, QueryDefinition, parse
from desktop.query.fields import BY_KEY, FieldType, Op
from desktop.query_texts import explain_problem, value_label
from desktop.ui import messages
from desktop.ui.columns_dialog import ColumnsDialog
from desktop.ui.condition_group import ConditionGroup as ConditionGroupWidget
from desktop.ui.forms.ui_query_dialog import Ui_QueryDialog
from desktop.ui.result_export import export_result
from desktop.ui.result_table_model import ResultTableModel
from desktop.ui.save_selection_dialog import SaveSelectionDialog
from desktop.ui.worker import Worker

DEBOUNCE_MS = 400


def load_selection(
    parent: QWidget, ctx: AppContext, selection_id: int, title: str
) -> tuple[bool, selections.SelectionData | None]:
    """Read a saved selection to open it: (True, data), (True, None) when another clerk
    deleted it, or (False, None) after telling the clerk why it cannot be opened."""
    try:
        with ctx.db.session() as session:
            return True, selections.load(session, selection_id)
    except InvalidQuery as exc:
        QMessageBox.warning(parent, title, "\n".join(explain_problem(p) for p in exc.problems))
    except SQLAlchemyError as exc:
        messages.database_error(parent, exc, ctx.db.display)
    return False, None


class QueryDialog(QDialog):
    """Build a query, see what it finds, and do something with the result.

    Args:
        selection: A saved selection to edit (None: a new query).
        campaign: When opened from a campaign ("Abfrage editieren für Kampagne"), the
            campaign that "Use for campaign" hands the selection to.
    """

    def __init__(
        self,
        ctx: AppContext,
        selection: selections.SelectionData | None = None,
        campaign: CampaignData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selection = selection
        self.campaign = campaign
        self.ui = Ui_QueryDialog()
        self.ui.setupUi(self)
        definition = selection.definition if selection else QueryDefinition()
        self.fields = definition.fields
        self.order = definition.order
        self.root = ConditionGroupWidget(self._choices, parent=self.ui.conditionsHolder)
        self.ui.conditionsHolderLayout.addWidget(self.root)
        self.ui.conditionsHolderLayout.addStretch(1)
        self.model = ResultTableModel(ctx.db, self)
        self.ui.resultView.setModel(self.model)
        self._generation = 0
        self._worker: Worker | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self._choice_cache: dict[str, list[tuple[object, str]]] = {}
        self._sized_for: tuple[str, ...] = ()
        # The saved query is counted while the window is being built: the database works
        # on its own thread and the result is there sooner.
        self._start(definition)
        header = self.ui.resultView.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self.ui.resultView.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.ui.useButton.setVisible(campaign is not None)

        self.root.changed.connect(self._timer.start)
        self.ui.filterEdit.textChanged.connect(self._timer.start)
        self.ui.columnsButton.clicked.connect(self.choose_columns)
        self.ui.excelButton.clicked.connect(lambda: self.export("xlsx"))
        self.ui.csvButton.clicked.connect(lambda: self.export("csv"))
        self.ui.saveButton.clicked.connect(self.save_selection)
        self.ui.useButton.clicked.connect(self.use_for_campaign)
        self.ui.buttonBox.rejected.connect(self.reject)

        # A new query starts without conditions: it finds everybody, and "+ Condition" narrows.
        if selection:
            self.root.set_raw(definition.to_json()["where"])
        self._saved_raw = self.raw_definition()
        self._update_title()
        geometry = ctx.settings.get("query_dialog_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        split = ctx.settings.get("query_dialog_splitter")
        if not split or not self.ui.splitter.restoreState(QByteArray.fromBase64(split.encode("ascii"))):
            # Room for about six conditions; the result takes the rest.
            self.ui.splitter.setSizes([300, max(300, self.height() - 300)])
        self._timer.stop()  # building the rows is no change of the clerk's; it is counted

    def _update_title(self) -> None:
        if self.selection:
            self.setWindowTitle(self.tr("Query “{name}”").format(name=self.selection.name))
        elif self.campaign:
            self.setWindowTitle(self.tr("Query for campaign {number}").format(number=self.campaign.number))

    def _choices(self, field: Any) -> list[tuple[object, str]]:
        if field.key not in self._choice_cache:
            try:
                with self.ctx.db.session() as session:
                    self._choice_cache[field.key] = choice_lists.choices(session, field)
            except SQLAlchemyError:
                self._choice_cache[field.key] = []
        return self._choice_cache[field.key]

    # -- the query ----------------------------------------------------------------------------

    def raw_definition(self) -> dict[str, Any]:
        return {
            "version": 1,
            "where": self.root.raw(),
            "fields": list(self.fields),
            "order": [{"field": key, "descending": desc} for key, desc in self.order],
        }

    def definition(self) -> QueryDefinition | None:
        """The query as entered; problems are shown next to their rows and None returned."""
        try:
            definition = parse(self.raw_definition())
        except InvalidQuery as exc:
            self.root.show_errors({p.where: explain_problem(p) for p in exc.problems})
            self.ui.countLabel.setText(self.tr("Please correct the marked conditions."))
            self.model.clear()  # an old result under a changed query would mislead
            return None
        self.root.show_errors({})
        return definition

    def _checked_definition(self, title: str) -> QueryDefinition | None:
        """The query for an action the clerk asked for; says so when it must be corrected."""
        definition = self.definition()
        if definition is None:
            QMessageBox.information(self, title, self.tr("Please correct the marked conditions first."))
        return definition

    def effective_definition(self) -> QueryDefinition | None:
        """The query narrowed by the quick filter: some shown column holds the text."""
        definition = self.definition()
        text = self.ui.filterEdit.text().strip()
        if definition is None or not text:
            return definition
        quick = ConditionGroup(False, tuple(self._quick_conditions(definition.fields, text)))
        return dataclasses.replace(definition, where=ConditionGroup(True, (definition.where, quick)))

    def _quick_conditions(self, keys: tuple[str, ...], text: str) -> list[Condition]:
        """One condition per shown column that can hold ``text`` as the clerk reads it."""
        conditions = []
        for key in keys:
            field = BY_KEY[key]
            if field.type is FieldType.TEXT:
                conditions.append(Condition(key, Op.CONTAINS, text))
            elif field.type is FieldType.CHOICE:
                # Pick lists are searched by the words shown ("Frau"), not the codes stored.
                values = tuple(
                    str(v) for v, _ in self._choices(field) if text.casefold() in value_label(key, str(v)).casefold()
                )
                if values:
                    conditions.append(Condition(key, Op.IN, values))
            elif field.type is FieldType.NUMBER and text.isdigit():
                conditions.append(Condition(key, Op.EQ, Decimal(text)))
        return conditions

    def run(self) -> None:
        """Count and list the matches on a worker; an older run still going is cancelled."""
        self._timer.stop()  # a change still waiting for its pause is part of this run
        definition = self.effective_definition()
        if self._worker is not None:
            self._worker.cancel()
        if definition is not None:
            self._start(definition)

    def _start(self, definition: QueryDefinition) -> None:
        self._generation += 1
        generation = self._generation
        self.ui.countLabel.setText(self.tr("Searching…"))
        worker = Worker(results.matching_ids, self.ctx.db, definition)
        worker.kwargs["first_page"] = worker.signals.partial.emit
        worker.signals.partial.connect(lambda ids: self._show_first_page(generation, definition, ids))
        worker.signals.succeeded.connect(lambda ids: self._show(generation, definition, ids))
        worker.signals.failed.connect(lambda exc: self._failed(generation, exc))
        self._worker = worker
        worker.start()

    def _show_first_page(self, generation: int, definition: QueryDefinition, ids: list[int]) -> None:
        """The first rows, while the search for all of them (and the count) goes on."""
        if generation == self._generation:
            self._show_rows(definition, ids)

    def _show(self, generation: int, definition: QueryDefinition, ids: list[int]) -> None:
        if generation != self._generation:
            return  # the clerk changed the query meanwhile; a newer run is on its way
        self._worker = None
        if not self.model.extend(definition, ids):
            self._show_rows(definition, ids)
        self.ui.countLabel.setText(self.tr("%n person(s) found", "", len(ids)))

    def _show_rows(self, definition: QueryDefinition, ids: list[int]) -> None:
        columns_changed = self._sized_for != definition.fields
        self.model.show(definition, ids)
        if columns_changed and ids:
            self._size_columns()
            self._sized_for = definition.fields
        self._show_sort_indicator()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._worker = None
        self.ui.countLabel.setText(self.tr("The query could not be run."))
        if isinstance(exc, SQLAlchemyError):
            messages.database_error(self, exc, self.ctx.db.display)

    def _sort(self, key: str, descending: bool) -> None:
        self.order = ((key, descending),)
        self.run()

    def _size_columns(self) -> None:
        """Columns as wide as their first page needs, but none wider than a third of the view."""
        view = self.ui.resultView
        view.horizontalHeader().setResizeContentsPrecision(40)  # the first rows tell enough
        view.resizeColumnsToContents()
        widest = max(120, view.viewport().width() // 3)
        for column in range(self.model.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), widest))

    def _header_clicked(self, column: int) -> None:
        """A click sorts by the column; a second click on it reverses the order."""
        key = self.fields[column]
        descending = bool(self.order) and self.order[0] == (key, False)
        self._sort(key, descending)

    def _show_sort_indicator(self) -> None:
        header = self.ui.resultView.horizontalHeader()
        if self.order and self.order[0][0] in self.fields:
            key, descending = self.order[0]
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.fields.index(key), order)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def choose_columns(self) -> None:
        dialog = ColumnsDialog(self.fields, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.columns() != self.fields:
            self.fields = dialog.columns()
            self.run()
        dialog.deleteLater()

    # -- export -------------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Excel or CSV: the result as shown (quick filter included) into a file."""
        if self._checked_definition(self.tr("Export")) is None:
            return
        definition = self.effective_definition()
        if definition is not None:
            export_result(self, self.ctx, definition, kind, self._file_stem())

    def _file_stem(self) -> str:
        name = self.selection.name if self.selection else self.tr("Query")
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
        return f"{safe} {dt.date.today().isoformat()}"

    # -- saving and hand-over -----------------------------------------------------------------

    def save_selection(self) -> selections.SelectionData | None:
        """Save the query as a selection (asking for its name); the saved selection or None.

        An opened selection is saved in place, under the name now given (a rename); the
        selections list has "Duplicate" for a copy.
        """
        definition = self._checked_definition(self.tr("Save as selection"))
        if definition is None:
            return None
        current = self.selection
        ask = SaveSelectionDialog(
            current.name if current else "", current.description if current else "",
            current.is_distribution_list if current else False, self,
        )
        if ask.exec() != QDialog.DialogCode.Accepted:
            return None
        data = selections.SelectionData(
            id=current.id if current else 0,
            name=ask.name,
            description=ask.description,
            definition=definition,
            is_distribution_list=ask.is_distribution_list,
            row_version=current.row_version if current else 0,
        )
        ask.deleteLater()
        try:
            with self.ctx.db.session() as session:
                saved = selections.save(session, data)
        except selections.InvalidSelection as exc:
            QMessageBox.warning(self, self.tr("Save as selection"), self._selection_problem(exc, ask.name))
            return None
        except ConcurrentEditError:
            QMessageBox.warning(
                self, self.tr("Save as selection"),
                self.tr("Another user changed or deleted this selection in the meantime. Save it under a new name."),
            )
            return None
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return None
        self.selection = saved
        self._saved_raw = self.raw_definition()
        self._update_title()
        return saved

    def use_for_campaign(self) -> None:
        if self.campaign is None:
            return
        saved = self.save_selection() if self.selection is None or self.definition() != self.selection.definition else self.selection
        if saved is None:
            return
        try:
            with self.ctx.db.session() as session:
                selections.use_for_campaign(session, self.campaign.id, saved.id)
        except ConcurrentEditError:
            QMessageBox.warning(
                self, self.tr("Use for campaign"),
                self.tr("The campaign was changed by another user in the meantime; open it again and retry."),
            )
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.accept()

    def _selection_problem(self, exc: selections.InvalidSelection, name: str) -> str:
        """Why a selection could not be saved, in the clerk's words."""
        value = getattr(exc.problem, "value", "")
        if value == "name_taken":
            return self.tr("There is already a selection called “{name}”. Please choose another name.").format(name=name)
        if value == "name_required":
            return self.tr("Please enter a name for the selection.")
        return str(exc)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter in a value field counts at once; it must not press a button of the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._timer.stop()
            self.run()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # noqa: D102 - Close, Esc and the window's X all come here
        if self.raw_definition() != self._saved_raw:
            answer = QMessageBox.question(
                self, self.tr("Close query"),
                self.tr("The query was changed. Save it as a selection before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and self.save_selection() is None:
                return
        super().reject()

    def done(self, result: int) -> None:  # noqa: D102 - Qt's name; remember the size
        # A count still on its way must find the window gone: a newer generation drops it.
        self._generation += 1
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel()
        settings = self.ctx.settings
        settings.set("query_dialog_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        settings.set("query_dialog_splitter", bytes(self.ui.splitter.saveState().toBase64().data()).decode("ascii"))
        settings.save()
        super().done(result)

