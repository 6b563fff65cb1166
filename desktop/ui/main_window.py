"""The main window: campaign list on the left, campaign editor on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import service
from desktop.campaigns.service import CampaignData, CampaignRow
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.ui import backup_actions, messages
from desktop.ui.analyses_dialog import AnalysesDialog
from desktop.ui.campaign_editor import CampaignEditor
from desktop.ui.campaign_list import CampaignList
from desktop.ui.contact_hub import ContactHub, bring_to_front
from desktop.ui.diagnostics_dialog import DiagnosticsDialog
from desktop.ui.forms.ui_main_window import Ui_MainWindow
from desktop.ui.help_window import show_help
from desktop.ui.query_dialog import QueryDialog, load_selection
from desktop.ui.reports_dialog import ReportsDialog
from desktop.ui.selections_dialog import SelectionsDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.template_manager import TemplateManager
from desktop.ui.totalizer_dialog import TotalizerDialog


class MainWindow(QMainWindow):
    """Kampagnen's main window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.campaign_list = CampaignList(self)
        self.editor = CampaignEditor(ctx, self)
        splitter = self.ui.campaignSplitter
        splitter.addWidget(self.campaign_list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 780])
        self.contacts = ContactHub(ctx, self)
        self._setup_status_bar()
        self._connect()
        self._restore_state()
        self.reload_campaigns(ctx.settings.get("last_campaign_id"))

    def _setup_status_bar(self) -> None:
        if self.ctx.demo:
            text = self.tr("Demo database: {database}")
        elif self.ctx.db.is_embedded:
            text = self.tr("Local database: {database}")
        else:
            text = self.tr("Shared database: {database}")
        self.database_label = QLabel(text.format(database=self.ctx.db.display), self)
        self.statusBar().addPermanentWidget(self.database_label)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNewCampaign.triggered.connect(self.new_campaign)
        ui.actionSave.triggered.connect(lambda: self.editor.save())
        ui.actionQuit.triggered.connect(self.close)
        ui.actionCampaigns.triggered.connect(self.show_campaigns)
        ui.actionDuplicateCampaign.triggered.connect(self.duplicate_campaign)
        ui.actionDeleteCampaign.triggered.connect(self.delete_campaign)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionCreateQuery.triggered.connect(self.create_query)
        ui.actionSelections.triggered.connect(self.show_selections)
        ui.actionTemplates.triggered.connect(self.show_templates)
        # The platform's own key (Cmd+, on macOS; a .ui file can only name fixed keys), and
        # Ctrl+, where Qt knows none: the common one on Windows and Linux.
        ui.actionSettings.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences),
                                        QKeySequence("Ctrl+,")])
        ui.actionSettings.triggered.connect(self.show_settings)
        ui.actionFindContact.triggered.connect(lambda: self.contacts.find_contact())
        ui.actionRecordResponses.triggered.connect(lambda: self.contacts.record_response())
        ui.actionMyTasks.triggered.connect(lambda: self.contacts.my_tasks())
        ui.actionNewInterested.triggered.connect(lambda: self.contacts.new_interested())
        ui.actionBackup.triggered.connect(lambda: backup_actions.backup_now(self, self.ctx))
        ui.actionRestore.triggered.connect(self.restore_backup)
        ui.actionHelp.triggered.connect(lambda: show_help(self.ctx, self))
        ui.actionTotalizer.triggered.connect(lambda: self._analysis(TotalizerDialog))
        ui.actionAnalyses.triggered.connect(lambda: self._analysis(AnalysesDialog))
        ui.actionReports.triggered.connect(lambda: self._analysis(ReportsDialog))
        self.editor.edit_query_requested.connect(self.edit_campaign_query)
        lst = self.campaign_list
        lst.ui.newButton.clicked.connect(ui.actionNewCampaign.trigger)
        lst.ui.duplicateButton.clicked.connect(ui.actionDuplicateCampaign.trigger)
        lst.ui.deleteButton.clicked.connect(ui.actionDeleteCampaign.trigger)
        lst.delete_requested.connect(ui.actionDeleteCampaign.trigger)
        lst.may_leave = self.editor.maybe_leave
        lst.current_changed.connect(self._on_campaign_chosen)
        self.editor.saved.connect(self._on_saved)
        self.editor.dirty_changed.connect(self.setWindowModified)
        ui.actionSave.setEnabled(False)
        self.editor.dirty_changed.connect(ui.actionSave.setEnabled)

    # -- window state ------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.get("main_window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        splitter = settings.get("main_window_state")
        if splitter:
            self.ui.campaignSplitter.restoreState(QByteArray.fromBase64(splitter.encode("ascii")))
        self.setWindowTitle(self._title())

    def _title(self) -> str:
        suffix = self.tr(" (demo)") if self.ctx.demo else ""
        return f"Kampagnen{suffix}[*]"

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.set("main_window_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        splitter_state = self.ui.campaignSplitter.saveState().toBase64().data()
        settings.set("main_window_state", bytes(splitter_state).decode("ascii"))
        settings.set("last_campaign_id", self.editor.campaign_id)
        settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.editor.maybe_leave() or not self.contacts.close_all():
            event.ignore()
            return
        self.save_state()
        event.accept()

    # -- campaigns ---------------------------------------------------------------------

    def reload_campaigns(self, select_id: int = 0) -> None:
        try:
            with self.ctx.db.session() as session:
                rows = service.list_campaigns(session)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.campaign_list.set_rows(rows, select_id)

    def _on_campaign_chosen(self, campaign_id: int) -> None:
        try:
            self.editor.open(campaign_id)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
        has = bool(self.editor.campaign_id)
        self.ui.actionDuplicateCampaign.setEnabled(has)
        self.ui.actionDeleteCampaign.setEnabled(has)
        self.campaign_list.ui.duplicateButton.setEnabled(has)
        self.campaign_list.ui.deleteButton.setEnabled(has)

    def _on_saved(self, data: CampaignData | None) -> None:
        if data is None or self.campaign_list.model.row_of(data.id) < 0:
            self.reload_campaigns(data.id if data else 0)
            return
        self.campaign_list.update_row(CampaignRow(data.id, data.number, data.name, data.status))

    def show_campaigns(self) -> None:
        self.ui.pages.setCurrentWidget(self.ui.campaignsPage)
        self.campaign_list.focus_list()

    def new_campaign(self) -> None:
        if not self.editor.maybe_leave():
            return
        try:
            with self.ctx.db.session() as session:
                created = service.create(session, self.tr("New campaign"))
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.campaign_list.ui.filterEdit.clear()
        self.reload_campaigns(created.id)
        self.editor.ui.tabs.setCurrentWidget(self.editor.ui.generalTab)
        self.editor.ui.nameEdit.setFocus()
        self.editor.ui.nameEdit.selectAll()

    def duplicate_campaign(self) -> None:
        campaign_id = self.editor.campaign_id
        if not campaign_id or not self.editor.maybe_leave():
            return
        try:
            with self.ctx.db.session() as session:
                copy = service.duplicate(session, campaign_id, self.tr("(copy)"))
        except ConcurrentEditError:
            self.reload_campaigns()
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.campaign_list.ui.filterEdit.clear()
        self.reload_campaigns(copy.id)

    def delete_campaign(self) -> None:
        loaded = self.editor.loaded
        if loaded is None:
            return
        try:
            with self.ctx.db.session() as session:
                actions = service.action_count(session, loaded.id)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete campaign"))
        box.setText(self.tr("Delete the campaign “{number} {name}”?").format(number=loaded.number, name=loaded.name))
        box.setInformativeText(
            self.tr(
                "Its %n action(s) with their target groups and the responses recorded for the "
                "campaign are deleted too. Entries in the contacts' dossiers are kept. This cannot "
                "be undone.",
                "",
                actions,
            )
        )
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            with self.ctx.db.session() as session:
                service.delete(session, loaded.id, loaded.row_version)
        except ConcurrentEditError as exc:
            if exc.deleted:
                text = self.tr("The campaign had already been deleted by another user.")
            else:
                text = self.tr(
                    "The campaign was changed by {who} in the meantime and has not been deleted. "
                    "It is shown again with the latest changes; check it and delete it again if "
                    "you still want to."
                ).format(who=exc.updated_by or self.tr("another user"))
            QMessageBox.warning(self, self.tr("Delete campaign"), text)
            self.editor.show_campaign(None)
            self.reload_campaigns(0 if exc.deleted else loaded.id)
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.editor.show_campaign(None)
        self.reload_campaigns()

    # -- queries -----------------------------------------------------------------------

    def create_query(self) -> None:
        dialog = QueryDialog(self.ctx, parent=self)
        dialog.exec()
        dialog.deleteLater()  # a closed query window holds its result rows

    def show_selections(self) -> None:
        dialog = SelectionsDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def show_templates(self) -> None:
        dialog = TemplateManager(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()

    def edit_campaign_query(self) -> None:
        """The query behind the campaign's data source ("Abfrage editieren für Kampagne")."""
        if not self.editor.maybe_leave() or self.editor.loaded is None:
            return
        campaign = self.editor.loaded
        selection = None
        if campaign.selection_id:
            readable, selection = load_selection(self, self.ctx, campaign.selection_id, self.tr("Edit query for campaign"))
            if not readable:
                return
        dialog = QueryDialog(self.ctx, selection=selection, campaign=campaign, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.editor.open(campaign.id)

    def _analysis(self, kind: type) -> None:
        """The totalizer, analyses or reports, at the campaign shown (saved changes count)."""
        if not self.editor.maybe_leave():
            return
        dialog = kind(self.ctx, self, campaign_id=self.editor.campaign_id or None)
        dialog.exec()
        dialog.deleteLater()

    def handle_request(self, request: dict) -> None:
        """A later start of the program handed this over (see :mod:`desktop.instance`)."""
        if request.get("command") == "call" and str(request.get("number", "")).strip():
            self.contacts.incoming_call(str(request["number"]).strip())
        else:
            bring_to_front(self)

    def restore_backup(self) -> None:
        """Put a backup in place of the local database; every window then shows its data."""
        if not self.editor.maybe_leave() or not self.contacts.close_all():
            return
        if backup_actions.restore_from(self, self.ctx):
            self.editor.show_campaign(None)
            self.reload_campaigns(self.editor.campaign_id)

    def about(self) -> None:
        dialog = DiagnosticsDialog(self.ctx, self)
        dialog.exec()
        dialog.deleteLater()
