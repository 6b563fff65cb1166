"""The clerk's words for what keeps a member file from being imported (window and CLI).

Only Qt's translation function here, no widgets: the command line uses the same texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.campaigns.member_csv import FileProblem, ImportFileError, Problem, ProblemKind


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
            "MemberImport", "The file {file} has no column with contact codes. Name that column "
            "“Kontaktcode” (or “Contactcode”) in the file’s first line."),
        FileProblem.DUPLICATE_COLUMN: QCoreApplication.translate(
            "MemberImport", "Two columns of {file} have headings that mean the same. Rename or delete one of them."),
        FileProblem.NO_ACTION_COLUMN: QCoreApplication.translate(
            "MemberImport", "The file {file} names campaigns but no actions. Add a column “Aktion” with the "
            "number of the action in its campaign."),
    }[error.problem]
    return text.format(file=error.path)


def line_problem_text(problem: Problem) -> str:
    """What is wrong with one line, in the clerk's words (without the line number)."""
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
    return text.format(value=problem.value, other=problem.other_line)
