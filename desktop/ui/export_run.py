"""Files for others to send: the SMS file for a gateway, the ZIP for a print service."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from desktop.context import AppContext
from desktop.db.models import CampaignAction
from desktop.delivery import print_service, sms_export
from desktop.delivery.sms_text import GSM_7, SmsTemplateError
from desktop.merge import run_plan
from desktop.ui import messages
from desktop.ui.labels import format_datetime
from desktop.ui.member_labels import left_out_label
from desktop.ui.progress import run_with_progress
from desktop.ui.worker import Worker


def _target(ctx: AppContext, parent: QWidget, action_id: int, title: str, suffix: str, filter_text: str) -> Path | None:
    """The file the clerk chose, in the last export folder, named after the action."""
    with ctx.db.engine.connect() as conn:
        name = conn.execute(select(CampaignAction.name).where(CampaignAction.id == action_id)).scalar() or "Aktion"
    folder = Path(ctx.settings.get("last_export_folder") or Path.home())
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(folder / f"{name.replace('/', '-')}{suffix}"),
                                                filter_text)
    if not path:
        return None
    ctx.settings.set("last_export_folder", str(Path(path).parent))
    return Path(path)


def export_sms(ctx: AppContext, parent: QWidget, action_id: int) -> bool:
    """Write the action's SMS for the gateway; True when the file was written."""
    title = QCoreApplication.translate("Export", "Export SMS")
    target = _target(ctx, parent, action_id, title, ".csv", QCoreApplication.translate("Export", "CSV files (*.csv)"))
    if target is None:
        return False
    with ctx.db.engine.connect() as conn:
        resume = run_plan.unfinished(conn, action_id) is not None
    worker = Worker(sms_export.export_sms, ctx.db, action_id, target, resume=resume)
    outcome = run_with_progress(parent, title, lambda done, total, _what: QCoreApplication.translate(
        "Export", "SMS {done} of {total}").format(done=done, total=total), worker)
    error = outcome.error
    if isinstance(error, SmsTemplateError):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "Export", "The SMS text of the action cannot be used: {reason}. Correct it in the action.").format(
            reason=error))
    elif isinstance(error, run_plan.AlreadyGenerated):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Export", "The SMS of this action were exported on {when} by {who}.").format(
            when=format_datetime(error.finished_at), who=error.started_by or "?"))
    elif isinstance(error, run_plan.RunInProgress):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Export", "{who} is exporting this action on {host} right now (since {when}).").format(
            who=error.started_by or "?", host=error.host or "?", when=format_datetime(error.started_at)))
    elif isinstance(error, run_plan.NothingToGenerate):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Export", "The action has no linked member with a mobile number."))
    elif isinstance(error, (OSError, SQLAlchemyError)):
        _failed(ctx, parent, title, error)
    elif error is not None:
        raise error
    elif outcome.succeeded:
        result: sms_export.SmsExportResult = outcome.result
        box = QMessageBox(QMessageBox.Icon.Information, title, QCoreApplication.translate(
            "Export", "{count} SMS written to {file}; {left} contacts left out, {long} texts longer than one SMS.")
            .format(count=result.exported, file=result.target, left=len(result.left_out), long=len(result.too_long)),
            QMessageBox.StandardButton.Ok, parent)
        lines = [f"{o.contact_code}  {o.name}: {left_out_label(o.reason)}" for o in result.left_out]
        lines += [QCoreApplication.translate("Export", "{code}  {name}: {length} characters, {parts} SMS ({encoding})")
                  .format(code=t.contact_code, name=t.name, length=t.length.length, parts=t.length.parts,
                          encoding="GSM-7" if t.length.encoding == GSM_7 else "Unicode") for t in result.too_long]
        if lines:
            box.setDetailedText("\n".join(lines))
        box.exec()
        return True
    return False


def export_print_service(ctx: AppContext, parent: QWidget, action_id: int) -> bool:
    """After a mass print: offer the letters as a ZIP for the print service; True when written."""
    title = QCoreApplication.translate("Export", "Hand over to the print service")
    answer = QMessageBox.question(parent, title, QCoreApplication.translate(
        "Export", "Save the letters for the print service now, as a ZIP with the PDF and its manifest, sorted by "
        "postcode?"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    target = _target(ctx, parent, action_id, title, ".zip", QCoreApplication.translate("Export", "ZIP files (*.zip)"))
    if target is None:
        return False
    with ctx.db.engine.connect() as conn:
        run_id = print_service.exportable_run(conn, action_id)
    if run_id is None:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Export", "The action has no generated letters yet."))
        return False
    worker = Worker(print_service.export_zip, ctx.db, run_id, target, sort_by_postcode=True)
    outcome = run_with_progress(parent, title, lambda done, total, _what: QCoreApplication.translate(
        "Export", "Letter {done} of {total}").format(done=done, total=total), worker)
    if isinstance(outcome.error, (OSError, SQLAlchemyError)):
        _failed(ctx, parent, title, outcome.error)
    elif outcome.error is not None:
        raise outcome.error
    elif outcome.succeeded:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Export", "{letters} letters ({pages} pages) saved for the print service in {file}.").format(
            letters=outcome.result.letters, pages=outcome.result.pages, file=outcome.result.target))
        return True
    return False


def _failed(ctx: AppContext, parent: QWidget, title: str, error: BaseException) -> None:
    if isinstance(error, SQLAlchemyError):
        messages.database_error(parent, error, ctx.db.display)
    else:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "Export", "The file could not be written: {reason}").format(reason=error))
