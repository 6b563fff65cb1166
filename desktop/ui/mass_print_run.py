"""Run a mass print the clerk set up in :class:`MassPrintDialog`: progress, time left, outcome."""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.context import AppContext
from desktop.delivery import printing
from desktop.merge import mass_print, run, run_plan
from desktop.merge.pdf import ConversionError, ConverterMissing, PdfPipeline
from desktop.merge.template import TemplateError
from desktop.ui import messages
from desktop.ui.labels import format_datetime
from desktop.ui.mass_print_dialog import MassPrintDialog
from desktop.ui.progress import run_with_progress
from desktop.ui.worker import Worker


def run_mass_print(ctx: AppContext, parent: QWidget, action_id: int) -> bool:
    """Open the dialog and run what the clerk chose; True when letters were generated."""
    dialog = MassPrintDialog(ctx, action_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        dialog.deleteLater()
        return False
    order, title = dialog.order(), dialog.windowTitle()
    try:
        pipeline = dialog.pipeline()
    except ConverterMissing:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MassPrint", "LibreOffice was not found. Install LibreOffice (or Microsoft Word) and try again."))
        return False
    finally:
        dialog.deleteLater()
    return _run(ctx, parent, title, action_id, order, pipeline)


def _run(ctx: AppContext, parent: QWidget, title: str, action_id: int, order: mass_print.Order,
         pipeline: PdfPipeline) -> bool:
    started = time.monotonic()

    def label(done: int, total: int, _what: str) -> str:
        text = QCoreApplication.translate("MassPrint", "Letter {done} of {total}").format(done=done, total=total)
        elapsed = time.monotonic() - started
        if done and total > done and elapsed > 2:
            left = int(elapsed / done * (total - done))
            text += "\n" + QCoreApplication.translate("MassPrint", "About {minutes}:{seconds:02d} min left").format(
                minutes=left // 60, seconds=left % 60)
        return text

    worker = Worker(mass_print.generate, ctx.db, action_id, order, pipeline)
    outcome = run_with_progress(parent, title, label, worker)
    error = outcome.error
    if outcome.cancelled:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "MassPrint", "The run was stopped. The letters done so far are archived; “Continue” in the mass print "
            "dialog finishes the rest without writing any letter twice."))
    elif isinstance(error, run_plan.AlreadyGenerated):
        answer = QMessageBox.question(parent, title, QCoreApplication.translate(
            "MassPrint", "The letters of this action were generated on {when} by {who}. Generate them once more? "
            "That writes new letters, dossier entries and costs.").format(
            when=format_datetime(error.finished_at), who=error.started_by or "?"))
        if answer == QMessageBox.StandardButton.Yes:
            return _run(ctx, parent, title, action_id, dataclasses.replace(order, again=True), pipeline)
    elif isinstance(error, run_plan.RunInProgress):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "MassPrint", "{who} is generating the letters of this action on {host} right now (since {when}). "
            "Wait until that run has finished.").format(
            who=error.started_by or "?", host=error.host or "?", when=format_datetime(error.started_at)))
    elif isinstance(error, run_plan.NothingToGenerate):
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "MassPrint", "The action has no linked member to write to."))
    elif isinstance(error, printing.PrintError):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MassPrint", "The letters are generated and archived, and saved in {file}, but printing failed: "
            "{reason}\n\nCheck the printer and print that file again.").format(file=order.combined, reason=error))
    elif isinstance(error, (ConversionError, TemplateError, run.NoTemplate)):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MassPrint", "The run stopped: {reason}\n\nThe letters done so far are archived; “Continue” in the mass "
            "print dialog goes on from there.").format(reason=error))
    elif isinstance(error, SQLAlchemyError):
        messages.database_error(parent, error, ctx.db.display)
    elif error is not None:
        raise error
    elif outcome.succeeded:
        result = outcome.result.result
        text = QCoreApplication.translate("MassPrint", "{letters} letters ({pages} pages) generated and archived; "
                                          "saved in {file}.").format(letters=result.letters, pages=result.pages,
                                                                     file=result.combined)
        if outcome.result.job is not None:
            text += "\n" + QCoreApplication.translate("MassPrint", "Sent to the printer {printer}.").format(
                printer=outcome.result.job.printer)
        QMessageBox.information(parent, title, text)
        return True
    return False
