"""Import members from a CSV file: run it with progress, then show what happened, line by line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import member_import
from desktop.campaigns.member_import import FileProblem, ImportFileError, ImportReport, Problem, ProblemKind
from desktop.context import AppContext
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


def file_problem_text(error: ImportFileError) -> str:
    """Why a file cannot be imported at all, and what to do."""
    text = {
        FileProblem.NOT_FOUND: QCoreApplication.translate("MemberImport", "The file {file} does not exist (any more)."),
        FileProblem.UNREADABLE: QCoreApplication.translate(
            "MemberImport", "The file {file} cannot be read. Is it open in another program, or are you "
            "missing the permission to read it?"),
        FileProblem.NOT_CSV: QCoreApplication.translate(
            "MemberImport", "{file} is not a CSV text file. In Excel, save it with “Save as” → “CSV (semicolon "
            "separated)” and import that file."),
        FileProblem.EMPTY: QCoreApplication.translate("MemberImport", "The file {file} contains no contacts."),
        FileProblem.NO_CODE_COLUMN: QCoreApplication.translate(
            "MemberImport", "The file {file} has no column with contact codes. Name its first line’s column "
            "“Kontaktcode” (or “Contactcode”)."),
        FileProblem.DUPLICATE_COLUMN: QCoreApplication.translate(
            "MemberImport", "Two columns of {file} have headings that mean the same. Rename or delete one of them."),
        FileProblem.NO_ACTION_COLUMN: QCoreApplication.translate(
            "MemberImport", "The file {file} names campaigns but no actions. Add a column “Aktion” with the "
            "number of the action in its campaign."),
    }[error.problem]
    return text.format(file=error.path)


def problem_text(problem: Problem) -> str:
    """One problem of one line, in the clerk's words."""
    line = QCoreApplication.translate("MemberImport", "Line {line}: ").format(line=problem.line)
    text = {
        ProblemKind.UNKNOWN_CODE: QCoreApplication.translate("MemberImport", "there is no contact with the code “{value}”."),
        ProblemKind.UNKNOWN_CAMPAIGN: QCoreApplication.translate("MemberImport", "there is no campaign with the number “{value}”."),
        ProblemKind.UNKNOWN_ACTION: QCoreApplication.translate("MemberImport", "the campaign has no action number “{value}”."),
        ProblemKind.WRONG_FIELD_COUNT: QCoreApplication.translate("MemberImport", "the line has more or fewer columns than the header: {value}"),
        ProblemKind.BAD_LINKED_VALUE: QCoreApplication.translate("MemberImport", "“{value}” is not a yes/no value (J/N) for “linked”."),
        ProblemKind.EMPTY_CODE: QCoreApplication.translate("MemberImport", "the contact code is empty."),
        ProblemKind.UNREADABLE_LINE: QCoreApplication.translate("MemberImport", "the line cannot be read (a quotation mark is probably not closed); "
                                         "the lines after it were not read either."),
        ProblemKind.DUPLICATE: QCoreApplication.translate("MemberImport", "“{value}” again (first in line {other}); counted once."),
    }[problem.kind]
    if not problem.value and problem.kind is ProblemKind.UNKNOWN_CAMPAIGN:
        text = QCoreApplication.translate("MemberImport", "the line names no campaign.")
    elif not problem.value and problem.kind is ProblemKind.UNKNOWN_ACTION:
        text = QCoreApplication.translate("MemberImport", "the line names no action.")
    return line + text.format(value=problem.value, other=problem.other_line)


class ImportReportDialog(QDialog):
    """What an import did per action, or which lines to fix before it can."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import of {file}").format(file=report.file_name))
        if report.written:
            parts = [self.tr("%n line(s) read.", "", report.lines)]
            for action in report.actions:
                parts.append(self.tr("Campaign {campaign}, action {number}: {added} added, {already} were members "
                                     "already, {excluded} must not get the channel.").format(
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
