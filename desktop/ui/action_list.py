"""The actions of a campaign ("Aktion wählen"): list, add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import actions
from desktop.campaigns.actions import ActionRow
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import Channel
from desktop.ui import messages
from desktop.ui.action_dialog import ActionDialog
from desktop.ui.labels import format_datetime
from desktop.ui.member_labels import channel_label
from desktop.ui.tables import pick_list

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ActionList(QWidget):
    """The campaign's actions in order; the chosen one's target group is shown below.

    Signals:
        current_changed(int): Another action was chosen (its id; 0: none), or the chosen
            one was edited (a new channel leaves out other members). Reloading the list
            for new counts does not emit it.
    """

    current_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id = 0
        self.rows: list[ActionRow] = []
        self._chosen = 0
        self.table = pick_list(self, [self.tr("No."), self.tr("Action"), self.tr("Channel"), self.tr("Members"),
                                      self.tr("Linked"), self.tr("Generated")], stretch=1)
        self.table.setAccessibleName(self.tr("Actions"))
        self.new_button = QPushButton(self.tr("Ne&w action…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.delete_button = QPushButton(self.tr("&Delete action…"), self)
        self.print_button = QPushButton(self.tr("&Mass print…"), self)
        # Two by two: a campaign tab has little height to spare.
        buttons = QGridLayout()
        for number, button in enumerate((self.new_button, self.edit_button, self.delete_button, self.print_button)):
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setRowStretch(2, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.print_button.clicked.connect(self.mass_print)
        self.table.doubleClicked.connect(self.edit)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete)

    def show_campaign(self, campaign_id: int, select_id: int | None = None) -> None:
        """List the actions of ``campaign_id`` (0: none); keeps the chosen one if it still exists."""
        keep = self.current().id if select_id is None and self.current() else select_id
        self.campaign_id = campaign_id
        self.rows = []
        if campaign_id:
            try:
                with self.ctx.db.session() as session:
                    self.rows = actions.list_actions(session, campaign_id)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            locale = QLocale()
            cells = [str(row.sequence), row.name, channel_label(row.channel), locale.toString(row.members),
                     locale.toString(row.linked), format_datetime(row.generated_at)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 3, 4):
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(number, column, item)
        chosen = next((n for n, row in enumerate(self.rows) if row.id == keep), 0 if self.rows else -1)
        if chosen >= 0:
            self.table.selectRow(chosen)
        self.table.blockSignals(False)
        self.new_button.setEnabled(bool(campaign_id))
        self._selection_changed()

    def current(self) -> ActionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selection_changed(self) -> None:
        current = self.current()
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        channel = current.channel if current else Channel.LETTER
        self.print_button.setText({
            Channel.EMAIL: self.tr("&Send e-mails…"), Channel.SMS: self.tr("Export &SMS…"),
        }.get(channel, self.tr("&Mass print…")))
        self.print_button.setEnabled(current is not None and current.linked > 0 and channel != Channel.DOSSIER_ONLY)
        chosen = current.id if current else 0
        if chosen != self._chosen:  # the target group below reloads only for another action
            self._chosen = chosen
            self.current_changed.emit(chosen)

    def add(self) -> None:
        dialog = ActionDialog(self.ctx, self.campaign_id, None, self.rows, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_data:
            self.show_campaign(self.campaign_id, dialog.result_data.id)
        dialog.deleteLater()

    def edit(self) -> None:
        current = self.current()
        if current is None:
            return
        with self.ctx.db.session() as session:
            data = actions.load(session, current.id)
        if data is None:
            QMessageBox.information(self, self.tr("Edit action"),
                                    self.tr("Another user deleted this action in the meantime."))
            self.show_campaign(self.campaign_id)
            return
        dialog = ActionDialog(self.ctx, self.campaign_id, data, self.rows, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_campaign(self.campaign_id, current.id)
            self.current_changed.emit(current.id)
        dialog.deleteLater()

    def mass_print(self) -> None:
        """Carry out the chosen action by its channel: *Massendruck* of letters (also for a
        print service), the e-mails, or the SMS file for the gateway."""
        from desktop.ui.export_run import export_print_service, export_sms  # noqa: PLC0415
        from desktop.ui.mail_send_run import send_mails  # noqa: PLC0415
        from desktop.ui.mass_print_run import run_mass_print  # noqa: PLC0415 - loads QtPdf only when needed

        current = self.current()
        if current is None:
            return
        if current.channel == Channel.EMAIL:
            done = send_mails(self.ctx, self, current.id)
        elif current.channel == Channel.SMS:
            done = export_sms(self.ctx, self, current.id)
        else:
            done = run_mass_print(self.ctx, self, current.id)
            if done and current.channel == Channel.PRINT_SERVICE:
                export_print_service(self.ctx, self, current.id)
        if done:
            self.show_campaign(self.campaign_id, current.id)

    def delete(self) -> None:
        """Delete the chosen action after asking; more insistently when it has generated items."""
        current = self.current()
        if current is None:
            return
        with self.ctx.db.session() as session:
            data = actions.load(session, current.id)
            generated = actions.generated_items(session, current.id) if data else 0
        if data is None:
            self.show_campaign(self.campaign_id)
            return
        text = self.tr("Delete action {number} “{name}” with its target group of %n person(s)?", "",
                       current.members).format(number=current.sequence, name=current.name)
        if generated:
            text += "\n\n" + self.tr(
                "The action has already generated %n dossier entry(s). They stay in the contacts' history, "
                "but no longer point to this action.", "", generated)
        answer = QMessageBox.warning(self, self.tr("Delete action"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.session() as session:
                actions.delete(session, data.id, data.row_version)
        except ConcurrentEditError:
            QMessageBox.warning(self, self.tr("Delete action"), self.tr(
                "Another user changed or deleted the action in the meantime; it was not deleted. "
                "Check it and delete it again if you still want to."))
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
        self.show_campaign(self.campaign_id)
