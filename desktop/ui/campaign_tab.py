"""The "Kampagne" tab: data source, actions, the chosen action's target group, its costs and totals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import actions, members
from desktop.campaigns.members import AddResult, SelectionAlreadyLinked
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import ActionSelection
from desktop.query import selections
from desktop.ui import messages
from desktop.ui.action_list import ActionList
from desktop.ui.figures_panel import FiguresPanel
from desktop.ui.forms.ui_campaign_editor import Ui_CampaignEditor
from desktop.ui.labels import format_datetime
from desktop.ui.link_selection_dialog import LinkSelectionDialog
from desktop.ui.member_import import import_members
from desktop.ui.person_picker_dialog import Choice, PersonPickerDialog
from desktop.ui.progress import run_with_progress
from desktop.ui.target_group_panel import TargetGroupPanel
from desktop.ui.worker import Worker


class CampaignTab(QObject):
    """Puts the action list, the target group and the figures into the editor's group boxes
    and runs what their buttons ask for.

    Args:
        ui: The campaign editor's form.
        window: The editor, parent of the dialogs.
        leave: Asks about unsaved changes of the campaign; True when the clerk may go on.
        reload: Shows the campaign afresh (after its data source changed).
    """

    def __init__(self, ctx: AppContext, ui: Ui_CampaignEditor, window: QWidget,
                 leave: Callable[[], bool], reload: Callable[[], None]) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.leave = leave
        self.reload = reload
        self.campaign_id = 0
        self.data_source_id: int | None = None
        self.action_list = ActionList(ctx, window)
        self.target_group = TargetGroupPanel(ctx, window)
        ui.actionsLayout.addWidget(self.action_list)
        ui.recipientsLayout.addWidget(self.target_group)
        self.figures = FiguresPanel(ctx, window)
        ui.costsLayout.addWidget(self.figures.costs_area)
        ui.totalsLayout.addWidget(self.figures.totals_area)
        # The target group is the long list; a campaign has a handful of actions, and the
        # other groups a line or two each (the figures scroll in a window made small).
        for group in (ui.dataSourceGroup, ui.actionsGroup, ui.costsGroup, ui.totalsGroup):
            group.setMinimumHeight(0)
        for group in (ui.costsGroup, ui.totalsGroup):
            group.layout().setContentsMargins(9, 2, 9, 4)
        # The target group and the figures share a splitter: the figures at their full
        # height, the list the rest; in a small window both scroll, and the clerk can move
        # the line between them.
        ui.figuresSplitter.setStretchFactor(0, 1)
        ui.figuresSplitter.setStretchFactor(1, 0)
        self.figures.follow(ui.figuresSplitter)
        ui.campaignLayout.setStretchFactor(ui.actionsGroup, 1)
        ui.campaignLayout.setStretchFactor(ui.figuresSplitter, 3)
        self.list_button = QPushButton(self.tr("Choose distri&bution list…"), window)
        ui.dataSourceLayout.insertWidget(ui.dataSourceLayout.indexOf(ui.editQueryButton), self.list_button)
        self.list_button.clicked.connect(self.choose_distribution_list)
        self._showing = False
        self.action_list.current_changed.connect(self.target_group.show_action)
        self.action_list.current_changed.connect(self._action_chosen)
        self.target_group.changed.connect(lambda: self.action_list.show_campaign(self.campaign_id))
        self.target_group.changed.connect(self.refresh_figures)
        # Connected after the list's own slot, so it runs once the (modal) run is over.
        self.action_list.print_button.clicked.connect(self.refresh_figures)
        self.target_group.link_selection_requested.connect(self.link_selection)
        self.target_group.import_requested.connect(self.import_members)
        self.target_group.add_persons_requested.connect(self.add_persons)

    def show_campaign(self, campaign_id: int, data_source_id: int | None) -> None:
        self.campaign_id = campaign_id
        self.data_source_id = data_source_id
        self.list_button.setEnabled(bool(campaign_id))
        before = self.action_list.current()
        self._showing = True  # the figures are loaded once below, not for each signal
        try:
            self.action_list.show_campaign(campaign_id)
        finally:
            self._showing = False
        after = self.action_list.current()
        if before is not None and after is not None and before.id == after.id:
            self.target_group.show_action(after.id)  # the same action: the list did not say so
        self.refresh_figures()

    def refresh_figures(self) -> None:
        """Load the totals and costs afresh (members, runs or responses may have changed)."""
        current = self.action_list.current()
        self.figures.show_campaign(self.campaign_id, current.id if current else 0)

    def _action_chosen(self, action_id: int) -> None:
        if not self._showing:
            self.figures.show_campaign(self.campaign_id, action_id)

    def _after_change(self) -> None:
        current = self.action_list.current()
        self.action_list.show_campaign(self.campaign_id, current.id if current else None)
        self.target_group.show_action(current.id if current else 0)
        self.refresh_figures()

    # -- data source ---------------------------------------------------------------------

    def choose_distribution_list(self) -> None:
        """Make a distribution list (Verteiler) the campaign's data source."""
        if not self.leave():
            return
        with self.ctx.db.session() as session:
            rows = selections.list_selections(session, distribution_lists_only=True)
        if not rows:
            QMessageBox.information(self.window, self.tr("Choose distribution list"), self.tr(
                "There are no distribution lists yet. Save a query as a distribution list first "
                "(Query → Save as selection, “distribution list”)."))
            return
        names = [row.name for row in rows]
        current = next((n for n, row in enumerate(rows) if row.id == self.data_source_id), 0)
        name, ok = QInputDialog.getItem(self.window, self.tr("Choose distribution list"),
                                        self.tr("Data source of the campaign:"), names, current, False)
        if not ok:
            return
        try:
            with self.ctx.db.session() as session:
                selections.use_for_campaign(session, self.campaign_id, rows[names.index(name)].id)
        except ConcurrentEditError:
            QMessageBox.warning(self.window, self.tr("Choose distribution list"), self.tr(
                "The campaign or the distribution list was deleted by another user in the meantime."))
        except SQLAlchemyError as exc:
            messages.database_error(self.window, exc, self.ctx.db.display)
        self.reload()

    # -- target group --------------------------------------------------------------------

    def link_selection(self) -> None:
        """Link a saved selection to the chosen action, on a worker with progress."""
        action = self.action_list.current()
        if action is None:
            return
        with self.ctx.db.session() as session:
            rows = selections.list_selections(session)
            linked = set(session.scalars(
                ActionSelection.__table__.select().with_only_columns(ActionSelection.selection_id)
                .where(ActionSelection.action_id == action.id)))
            data = actions.load(session, action.id)
        # The campaign's data source first: it is what the clerk means most of the time.
        rows.sort(key=lambda row: row.id != self.data_source_id)
        dialog = LinkSelectionDialog(rows, linked, has_earlier_actions=action.sequence > min(
            (r.sequence for r in self.action_list.rows), default=action.sequence),
            exclude_used=bool(data and data.exclude_used_contacts), parent=self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen, exclude_used = dialog.chosen(), dialog.exclude_used()
        dialog.deleteLater()
        if not accepted or chosen is None:
            return
        worker = Worker(members.link_selection, self.ctx.db, action.id, chosen.id, exclude_used=exclude_used)
        outcome = run_with_progress(self.window, self.tr("Link selection"),
                                    lambda _d, _t, _w: self.tr("Finding and adding the persons of “{name}”…")
                                    .format(name=chosen.name), worker)
        if isinstance(outcome.error, SelectionAlreadyLinked):
            QMessageBox.information(self.window, self.tr("Link selection"), self.tr(
                "The selection “{name}” was already linked to this action on {when}. Its persons are in the "
                "target group; a selection can be linked to an action only once.").format(
                name=outcome.error.selection_name, when=format_datetime(outcome.error.linked_at)))
        elif isinstance(outcome.error, LookupError):
            QMessageBox.warning(self.window, self.tr("Link selection"), self.tr(
                "The selection or the action was deleted by another user in the meantime."))
        elif isinstance(outcome.error, SQLAlchemyError):
            messages.database_error(self.window, outcome.error, self.ctx.db.display)
        elif outcome.succeeded:
            self._report(self.tr("Link selection"), outcome.result)
        self._after_change()

    def _report(self, title: str, result: AddResult) -> None:
        lines = [self.tr("%n person(s) added to the target group.", "", result.added)]
        if result.already_members:
            lines.append(self.tr("%n were members already.", "", result.already_members))
        if result.used_before:
            lines.append(self.tr("%n left out: already used in an earlier action.", "", result.used_before))
        if result.excluded:
            lines.append(self.tr("%n cannot be reached through this channel; they are listed under “Left out”.", "",
                                 result.excluded))
        QMessageBox.information(self.window, title, "\n".join(lines))

    def add_persons(self) -> None:
        """Add persons by hand: chosen ones, all a search finds, or a new person."""
        action = self.action_list.current()
        if action is None:
            return
        dialog = PersonPickerDialog(self.ctx, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        try:
            if dialog.choice is Choice.ALL_FOUND and dialog.definition is not None:
                worker = Worker(members.add_by_filter, self.ctx.db, action.id, dialog.definition)
                outcome = run_with_progress(self.window, self.tr("Add persons"),
                                            lambda _d, _t, _w: self.tr("Adding the persons found…"), worker)
                if outcome.error is not None:
                    raise outcome.error
                result = outcome.result if outcome.succeeded else None
            else:
                chosen = [dialog.new_person_id] if dialog.choice is Choice.NEW_PERSON else dialog.chosen_ids()
                with self.ctx.db.engine.begin() as conn:
                    result = members.add_persons(conn, action.id, chosen)
        except SQLAlchemyError as exc:
            messages.database_error(self.window, exc, self.ctx.db.display)
            return
        if result is not None:
            self._report(self.tr("Add persons"), result)
        self._after_change()

    def import_members(self) -> None:
        """Import members from a CSV file into the chosen action (or the actions it names)."""
        action = self.action_list.current()
        if action is None:
            return
        folder = self.ctx.settings.get("last_import_folder") or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import members"), folder, self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if not path:
            return
        self.ctx.settings.set("last_import_folder", str(Path(path).parent))
        import_members(self.ctx, self.window, Path(path), action.id)
        self._after_change()
