"""Run a mass print the clerk set up in :class:`MassPrintDialog`: progress, time left, outcome."""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.context import AppContext
from desktop.delivery import printing
from desktop.delivery.printers import available_printers
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
    elif isinstance(error, mass_print.RunPaused):
        printer = _after_pause(parent, title, order, error)
        if printer:
            options = {**order.options, "output": mass_print.PRINT, "printer": printer}
            return _run(ctx, parent, title, action_id, dataclasses.replace(order, options=options, resume=True),
                        pipeline)
    elif isinstance(error, printing.PrintError):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MassPrint", "The printer {printer} is not available: {reason}\n\nCheck the printer or choose another "
            "one. Letters generated before stay archived.").format(printer=error.printer, reason=error))
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
        if outcome.result.files:
            text = QCoreApplication.translate("MassPrint", "{letters} letters generated and archived; one PDF each "
                                              "in {folder}.").format(letters=result.letters,
                                                                     folder=order.options.get("folder"))
        if outcome.result.job is not None:
            text += "\n" + QCoreApplication.translate("MassPrint", "Sent to the printer {printer}.").format(
                printer=outcome.result.job.printer)
        QMessageBox.information(parent, title, text)
        return True
    return False


def _after_pause(parent: QWidget, title: str, order: mass_print.Order, paused: mass_print.RunPaused) -> str:
    """Ask what to do about a paused run: the printer to go on with, or "" for later."""
    printer = paused.error.printer
    if paused.letters_done:
        text = QCoreApplication.translate(
            "MassPrint", "All letters are generated and archived (saved in {file}), but the printer {printer} did not "
            "take them: {reason}").format(file=order.combined, printer=printer, reason=paused.error)
    else:
        text = QCoreApplication.translate(
            "MassPrint", "The printer {printer} is no longer available. The run is paused; the letters done so far "
            "are archived.").format(printer=printer)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "MassPrint", "Check the printer and try again, or choose another printer. “Continue” in the mass print "
        "dialog goes on later without writing any letter twice."))
    retry = box.addButton(QCoreApplication.translate("MassPrint", "&Try again"), QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(QCoreApplication.translate("MassPrint", "&Other printer…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("MassPrint", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    if box.clickedButton() is retry:
        return printer
    if box.clickedButton() is other:
        names = available_printers()
        current = names.index(printer) if printer in names else 0
        chosen, ok = QInputDialog.getItem(parent, title, QCoreApplication.translate("MassPrint", "Printer:"), names,
                                          current, False)
        return chosen if ok and chosen else ""
    return ""
