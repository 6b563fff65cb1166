"""*E-Mails senden*: who gets the action's e-mail and who not, a test mail, then send or send again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from desktop.campaigns.members import Exclusion
from desktop.context import AppContext
from desktop.db.models import ActionMember, CampaignAction, MassRun
from desktop.delivery import mail_check, mail_run
from desktop.delivery.mail_record import error_kind
from desktop.delivery.smtp_client import PERMANENT, UNCERTAIN
from desktop.merge import run_plan
from desktop.ui.member_labels import exclusion_label
from desktop.ui.tables import pick_list
from desktop.ui.worker import Worker


def reason_text(reason: str, detail: str = "") -> str:
    """Why a person got no e-mail, in the clerk's words: a left-out reason or a server's answer."""
    if reason in {e.value for e in Exclusion}:
        return exclusion_label(Exclusion(reason))
    if reason == mail_check.NO_EMAIL:
        return exclusion_label(Exclusion.NO_EMAIL)
    if reason == mail_check.INVALID:
        return QCoreApplication.translate("MailSend", "not a valid e-mail address ({detail})").format(detail=detail)
    kind, _, reply = reason.partition(": ")
    if kind == UNCERTAIN:
        return QCoreApplication.translate(
            "MailSend", "may have arrived (the connection broke or the program stopped while sending): not sent again")
    if kind == PERMANENT:
        return QCoreApplication.translate("MailSend", "refused by the mail server: {reply}").format(reply=reply)
    return QCoreApplication.translate("MailSend", "not taken for now: {reply}").format(reply=reply or reason)


class MailSendDialog(QDialog):
    """Before an e-mail run: the members who get none and why, a test mail, *Senden*.

    After a run with failures it offers *Erneut senden* (the passing failures, and on
    request the refused or uncertain ones). ``retry`` tells which the clerk chose.
    """

    def __init__(self, ctx: AppContext, action_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id = action_id
        self.retry = False
        with ctx.db.engine.connect() as conn:
            self.action_name = conn.execute(select(CampaignAction.name).where(CampaignAction.id == action_id)).scalar()
            linked = conn.execute(select(func.count()).where(
                ActionMember.action_id == action_id, ActionMember.linked, ActionMember.exclusion_reason == "")
            ).scalar_one()
            problems = mail_check.check_addresses(conn, action_id)
            last_run = conn.execute(select(MassRun.id).where(MassRun.action_id == action_id)
                                    .order_by(MassRun.id.desc()).limit(1)).scalar()
            unfinished = run_plan.unfinished(conn, action_id) is not None
        self.last = mail_run.result_of(ctx.db, last_run) if last_run else None
        self.setWindowTitle(self.tr("Send e-mails: {name}").format(name=self.action_name or ""))
        # Linked members whose flag or address changed since linking are left out as well.
        left_out_now = sum(p.reason in (mail_check.NO_EMAIL, mail_check.INVALID) for p in problems)
        self.summary = QLabel(self.tr("%n member(s) get the e-mail.", "", max(0, linked - left_out_now)), self)
        self.table = pick_list(self, [self.tr("Contact"), self.tr("Name"), self.tr("Address"), self.tr("Why not")],
                               stretch=3)
        self.table.setAccessibleName(self.tr("Contacts who get no e-mail"))
        self.table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            for column, text in enumerate((problem.code, problem.name, problem.address,
                                           reason_text(problem.reason, problem.detail))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a server's or the address check's words can be long
                self.table.setItem(row, column, item)
        self.no_mail = QLabel(self.tr("%n member(s) get no e-mail:", "", len(problems)), self)
        self.server = QLabel(self)
        self.server.setWordWrap(True)
        host = ctx.settings.get("smtp_host")
        self.server.setText(self.tr("Sent through {host}:{port}.").format(host=host, port=ctx.settings.get("smtp_port"))
                            if host else self.tr("No mail server is set up: enter it in Settings first."))
        self.test_button = QPushButton(self.tr("&Test mail to me…"), self)
        self.also_refused = QCheckBox(self.tr("Also those the server &refused (the address was corrected)"), self)
        self.also_uncertain = QCheckBox(self.tr("Also those that &may have arrived (checked: they did not)"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.retry_button = buttons.addButton(self.tr("Send &again"), QDialogButtonBox.ButtonRole.AcceptRole)
        failed = bool(self.last and (self.last.failed or self.last.uncertain))
        # A run that stopped goes on with *Senden*: only those not yet sent get theirs.
        self.send_button.setEnabled(bool(host) and linked > 0 and (self.last is None or unfinished))
        self.retry_button.setVisible(failed)
        self.retry_button.setEnabled(bool(host))
        self.also_refused.setVisible(bool(self.last and any(
            error_kind(o.reason) == PERMANENT for o in self.last.failed)))
        self.also_uncertain.setVisible(bool(self.last and self.last.uncertain))
        self.test_button.setEnabled(bool(host) and linked > 0)
        if self.last is not None:
            self.summary.setText(self.tr("Sent: {sent}; failed: {failed}; maybe arrived: {uncertain}.").format(
                sent=self.last.sent, failed=len(self.last.failed), uncertain=len(self.last.uncertain)))
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.no_mail, self.table, self.server):
            layout.addWidget(widget)
        test = QHBoxLayout()
        test.addWidget(self.test_button)
        test.addStretch(1)
        layout.addLayout(test)
        for widget in (self.also_refused, self.also_uncertain):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.accept)
        self.retry_button.clicked.connect(self._retry)
        self.test_button.clicked.connect(self._test)
        self._worker: Worker | None = None
        self.resize(760, 460)

    def _retry(self) -> None:
        self.retry = True
        self.accept()

    def _test(self) -> None:
        """*Testmail an mich*: the first member's e-mail to the clerk's own address."""
        address, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("Send the first member's e-mail to:"),
                                           text=self.ctx.settings.get("mail_from"))
        if not ok or not address.strip():
            return
        from desktop.ui.mail_send_run import mail_job  # noqa: PLC0415 - the run module imports this one

        self.test_button.setEnabled(False)
        worker = Worker(mail_run.send_test, self.ctx.db, self.action_id, mail_job(self.ctx, self.action_id),
                        address.strip())
        worker.signals.succeeded.connect(lambda _r: self._tested(None, address))
        worker.signals.failed.connect(lambda exc: self._tested(exc, address))
        self._worker = worker
        worker.start()

    def _tested(self, error: BaseException | None, address: str) -> None:
        self.test_button.setEnabled(True)
        if error is None:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "The test e-mail went to {address}. Look at it in your mailbox.").format(address=address))
        else:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The test e-mail could not be sent: {reason}").format(reason=error))
