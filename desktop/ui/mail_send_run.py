"""Send the e-mails of an action as the clerk chose in :class:`MailSendDialog`: progress, outcome."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from desktop.context import AppContext
from desktop.db.models import CampaignAction
from desktop.delivery import mail_run
from desktop.delivery.smtp_client import ConnectError, SmtpSettings
from desktop.merge import mass_print, run_plan
from desktop.merge.pdf import ConversionError, ConverterMissing
from desktop.merge.template import TemplateError
from desktop.ui import messages
from desktop.ui.labels import format_datetime
from desktop.ui.mail_send_dialog import MailSendDialog, reason_text
from desktop.ui.progress import run_with_progress
from desktop.ui.worker import Worker


def mail_job(ctx: AppContext, action_id: int) -> mail_run.MailJob:
    """What a run needs: the mail server of the settings, LibreOffice if the letter is attached.

    Raises:
        ConverterMissing: The action attaches the letter and no converter is installed.
    """
    with ctx.db.engine.connect() as conn:
        attach = conn.execute(select(CampaignAction.mail_attach_letter)
                              .where(CampaignAction.id == action_id)).scalar_one()
    return mail_run.MailJob(SmtpSettings.load(ctx.settings),
                            pipeline=mass_print.pipeline_for(ctx.settings) if attach else None,
                            mail_from=ctx.settings.get("mail_from"))


def send_mails(ctx: AppContext, parent: QWidget, action_id: int) -> bool:
    """Open the dialog and send (or send again) what the clerk chose; True when e-mails went out."""
    dialog = MailSendDialog(ctx, action_id, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        title, retry = dialog.windowTitle(), dialog.retry
        permanent, uncertain = dialog.also_refused.isChecked(), dialog.also_uncertain.isChecked()
    finally:
        dialog.deleteLater()
    try:
        job = mail_job(ctx, action_id)
    except ConverterMissing:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MailSend", "The letter to attach needs LibreOffice (or Microsoft Word). Install it and try again."))
        return False
    if retry:
        worker = Worker(mail_run.retry_failed, ctx.db, action_id, job, permanent=permanent, uncertain=uncertain)
    else:
        worker = Worker(mail_run.send_action, ctx.db, action_id, job)

    def label(done: int, total: int, what: str) -> str:
        if what == "letters":
            return QCoreApplication.translate("MailSend", "Letter {done} of {total}").format(done=done, total=total)
        return QCoreApplication.translate("MailSend", "E-mail {done} of {total}").format(done=done, total=total)

    outcome = run_with_progress(parent, title, label, worker)
    error = outcome.error
    if outcome.cancelled:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "MailSend", "Sending was stopped. Nobody got an e-mail twice; “Send e-mails” goes on with the rest."))
    elif isinstance(error, ConnectError):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MailSend", "The mail server {host}:{port} did not take the e-mails: {reason}\n\nCheck the mail server, "
            "user and password in the settings. Nothing was sent twice; sending again goes on with the rest.").format(
            host=job.smtp.host, port=job.smtp.port, reason=error))
    elif isinstance(error, mail_run.MailNotReady):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MailSend", "The e-mails cannot be sent: {reason}. Complete the action first.").format(reason=error))
    elif isinstance(error, run_plan.RunInProgress):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "MailSend", "{who} is sending the e-mails of this action on {host} right now (since {when}).").format(
            who=error.started_by or "?", host=error.host or "?", when=format_datetime(error.started_at)))
    elif isinstance(error, (run_plan.NothingToGenerate, mail_run.NothingToRetry)):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "MailSend", "There is nobody to send an e-mail to."))
    elif isinstance(error, (ConversionError, TemplateError)):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MailSend", "The letters to attach could not be made: {reason}").format(reason=error))
    elif isinstance(error, SQLAlchemyError):
        messages.database_error(parent, error, ctx.db.display)
    elif error is not None:
        raise error
    elif outcome.succeeded:
        _show_result(parent, title, outcome.result)
        return True
    return False


def _show_result(parent: QWidget, title: str, result: mail_run.MailResult) -> None:
    text = QCoreApplication.translate(
        "MailSend", "{sent} e-mails sent; {failed} failed; {uncertain} may have arrived; {skipped} left out.").format(
        sent=result.sent, failed=len(result.failed), uncertain=len(result.uncertain), skipped=len(result.skipped))
    box = QMessageBox(QMessageBox.Icon.Information if not (result.failed or result.uncertain)
                      else QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    lines = [f"{o.code}  {o.name}  <{o.address}>: {reason_text(o.reason)}"
             for o in (*result.failed, *result.uncertain, *result.skipped)]
    if lines:
        box.setInformativeText(QCoreApplication.translate(
            "MailSend", "Open “Send e-mails” again to send the failed ones once more."))
        box.setDetailedText("\n".join(lines))
    box.exec()
