"""Export a query result to an Excel workbook or a CSV file, with progress and cancel."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.context import AppContext
from desktop.query import export
from desktop.query.definition import QueryDefinition
from desktop.query.fields import BY_KEY
from desktop.query_texts import field_label, shown_value
from desktop.ui.progress import run_with_progress
from desktop.ui.worker import Worker


def export_result(parent: QWidget, ctx: AppContext, definition: QueryDefinition, kind: str, stem: str) -> None:
    """Ask where to, write the file on a worker, then offer to open it.

    Args:
        kind: ``xlsx`` or ``csv``.
        stem: The suggested file name without extension.
    """
    settings = ctx.settings
    folder = settings.get("last_export_folder") or str(Path.home())
    suggested = str(Path(folder) / f"{stem}.{kind}")
    file_filter = (
        QCoreApplication.translate("QueryDialog", "Excel workbook (*.xlsx)") if kind == "xlsx"
        else QCoreApplication.translate("QueryDialog", "CSV for Excel (*.csv)")
    )
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("QueryDialog", "Export the result"), suggested, file_filter
    )
    if not path:
        return
    if not path.lower().endswith(f".{kind}"):
        path += f".{kind}"
    headers = [field_label(BY_KEY[key]) for key in definition.fields]
    job = export.export_xlsx if kind == "xlsx" else export.export_csv
    yes_no = (QCoreApplication.translate("QueryDialog", "yes"), QCoreApplication.translate("QueryDialog", "no"))
    worker = Worker(job, ctx.db, definition, Path(path), headers, format_value=lru_cache(maxsize=4096)(shown_value), yes_no=yes_no)
    title = QCoreApplication.translate("QueryDialog", "Export")
    outcome = run_with_progress(
        parent, title,
        lambda done, _total, _what: QCoreApplication.translate("QueryDialog", "Rows written: {count}…").format(count=done),
        worker,
    )
    if outcome.error is not None:
        QMessageBox.warning(
            parent, title,
            QCoreApplication.translate("QueryDialog", "The file {path} could not be written: {reason}").format(
                path=path, reason=_write_problem(outcome.error)
            ),
        )
        return
    if not outcome.succeeded:
        return
    # Only a folder that worked is offered next time.
    settings.set("last_export_folder", str(Path(path).parent))
    settings.set("last_export_format", kind)
    settings.save()
    answer = QMessageBox.question(
        parent, title,
        QCoreApplication.translate(
            "QueryDialog", "{path} has been written (rows: {count}). Open the file now?"
        ).format(path=path, count=int(outcome.result)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _write_problem(error: BaseException) -> str:
    """Why a file could not be written, in the clerk's words."""
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("QueryDialog", "the folder does not exist. Choose another folder.")
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "QueryDialog",
            "access was denied. The file may be open in Excel: close it there, or choose another name.",
        )
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)

