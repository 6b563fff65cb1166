"""Import members from a CSV file: run it with progress, then show what happened, line by line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import member_import
from desktop.campaigns.member_import import ImportFileError, ImportReport, Problem
from desktop.context import AppContext
from desktop.member_import_texts import file_problem_text, line_problem_text
from desktop.ui import messages
from desktop.ui.progress import run_with_progress
from desktop.ui.worker import Worker


def import_members(ctx: AppContext, parent: QWidget, path: Path, action_id: int) -> ImportReport | None:
    """Import ``path`` into ``action_id`` (or the actions its lines name) and report on it."""
    worker = Worker(member_import.import_members, ctx.db, path, action_id)
    title = QCoreApplication.translate("MemberImport", "Import members")
    outcome = run_with_progress(parent, title, lambda done, total, stage: _progress_text(path, done, total, stage),
                                worker)
    if isinstance(outcome.error, ImportFileError):
        QMessageBox.warning(parent, title, file_problem_text(outcome.error))
    elif isinstance(outcome.error, LookupError):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MemberImport", "The action was deleted by another user in the meantime. Nothing was imported."))
    elif isinstance(outcome.error, SQLAlchemyError):
        messages.database_error(parent, outcome.error, ctx.db.display)
    elif isinstance(outcome.error, OSError):
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "MemberImport", "The file {file} could not be read: {reason}").format(
            file=path, reason=outcome.error.strerror or outcome.error))
    elif outcome.error is not None:
        raise outcome.error
    elif outcome.succeeded:
        ImportReportDialog(outcome.result, parent).exec()
        return outcome.result
    return None


def _progress_text(path: Path, done: int, total: int, stage: str) -> str:
    if stage == "writing":
        return QCoreApplication.translate("MemberImport", "Adding the members: {done} of {total}").format(
            done=done, total=total)
    return QCoreApplication.translate("MemberImport", "Checking the contact codes of {file}: {done} of {total}").format(
        file=path.name, done=done, total=total)


def problem_text(problem: Problem) -> str:
    """One problem of one line: "Line N: what is wrong"."""
    line = QCoreApplication.translate("MemberImport", "Line {line}: ").format(line=problem.line)
    return line + line_problem_text(problem)


class ImportReportDialog(QDialog):
    """What an import did per action, or which lines to fix before it can."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import of {file}").format(file=report.file_name))
        if report.written:
            parts = [self.tr("%n line(s) read.", "", report.lines)]
            for action in report.actions:
                parts.append(self.tr("Campaign {campaign}, action {number}: {added} added, {already} were members "
                                     "already, {excluded} left out for the channel.").format(
                    campaign=action.campaign_number, number=action.sequence, added=action.added,
                    already=action.already_members, excluded=action.excluded))
            summary = "\n".join(parts)
        else:
            lines = report.lines_to_fix
            summary = self.tr("Nothing was imported: %n line(s) must be corrected first. Correct them in the file "
                              "and import it again.", "", len(lines))
        label = QLabel(summary, self)
        label.setWordWrap(True)
        details = QPlainTextEdit(self)
        details.setReadOnly(True)
        details.setTabChangesFocus(True)
        details.setAccessibleName(self.tr("Lines to correct"))
        details.setPlainText("\n".join(problem_text(p) for p in report.problems))
        details.setVisible(bool(report.problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(details, 1)
        layout.addWidget(buttons)
        self.summary, self.details = label, details
        self.resize(640, 400 if report.problems else 180)
