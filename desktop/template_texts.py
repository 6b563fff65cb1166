"""The clerk's words for what the template check found, and why a file was refused (window and CLI).

Every finding names the place in the terms Word shows (header of a section, table, row,
cell, paragraph) and the field as Word shows a merge field («Vorname»). Only Qt's
translation function here, no widgets: the command line uses the same texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.merge.template import Location, Problem, ProblemCode
from desktop.merge.templates import (
    FileProblem,
    RunUse,
    TemplateFileError,
    TemplateInUse,
)

_SHOWN = 60  # characters of a paragraph quoted in a finding


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def location_text(location: Location) -> str:
    """Where in the Word file, e.g. "Header of section 1, table 1, row 2, cell 1, paragraph 3"."""
    section = location.section
    part = {
        "body": QCoreApplication.translate("TemplateCheck", "Body text"),
        "header": QCoreApplication.translate("TemplateCheck", "Header of section {section}")
        if section else QCoreApplication.translate("TemplateCheck", "Header"),
        "footer": QCoreApplication.translate("TemplateCheck", "Footer of section {section}")
        if section else QCoreApplication.translate("TemplateCheck", "Footer"),
        "footnotes": QCoreApplication.translate("TemplateCheck", "Footnotes"),
        "endnotes": QCoreApplication.translate("TemplateCheck", "Endnotes"),
    }.get(location.part, location.part)
    where = [part.format(section=section)]
    if location.table:
        table, row, cell = location.table
        where.append(QCoreApplication.translate("TemplateCheck", "table {table}, row {row}, cell {cell}").format(
            table=table, row=row, cell=cell))
    if location.paragraph:
        where.append(QCoreApplication.translate("TemplateCheck", "paragraph {number}").format(
            number=location.paragraph))
    return ", ".join(where)


def finding_text(problem: Problem) -> str:
    """What is wrong and what to do, without the place (see :func:`problem_text`)."""
    code, text = problem.code, problem.text
    if code is ProblemCode.UNKNOWN_FIELD:
        if problem.suggestions:
            return QCoreApplication.translate(
                "TemplateCheck", "unknown field «{field}» — did you mean «{suggestion}»?").format(
                field=text, suggestion="», «".join(problem.suggestions))
        return QCoreApplication.translate(
            "TemplateCheck", "unknown field «{field}»; it would stay empty in every letter.").format(field=text)
    if code is ProblemCode.SPLIT_FIELD:
        return QCoreApplication.translate(
            "TemplateCheck", "a field is broken apart in “{text}”. Write {open} and {close} without spaces or "
            "line breaks in between, or delete the field and type it again.").format(
            text=_quoted(text), open="{{", close="}}")
    if code is ProblemCode.AUTOCORRECTED:
        return QCoreApplication.translate(
            "TemplateCheck", "Word’s AutoCorrect changed the field {field} (curly quotes, a dash or a "
            "non-breaking space). The letters come out right; to be safe, type the field again.").format(
            field=_quoted(text))
    if code is ProblemCode.EMPTY_ADDRESS_LINE:
        return QCoreApplication.translate(
            "TemplateCheck", "the line holds only the field «{field}», which is empty for many contacts; the "
            "line is left out of those letters.").format(field=text)
    if code is ProblemCode.UNSUPPORTED_FIELD:
        return QCoreApplication.translate(
            "TemplateCheck", "the Word field “{field}” does nothing in a letter per contact and is left as "
            "it is.").format(field=_quoted(text))
    return QCoreApplication.translate(
        "TemplateCheck", "the fields cannot be read ({reason}). Check the braces {braces} in this part.").format(
        reason=_quoted(text), braces="{{ }}, {% %}")


def problem_text(problem: Problem) -> str:
    """One finding as a sentence naming place and field, e.g.
    "Body text, paragraph 2: unknown field «Vornam» — did you mean «Vorname»?"."""
    return QCoreApplication.translate("TemplateCheck", "{place}: {finding}").format(
        place=location_text(problem.location), finding=finding_text(problem))


def file_error_text(error: TemplateFileError) -> str:
    """Why a file was not imported, naming the file; the findings of a broken one follow."""
    text = {
        FileProblem.NOT_FOUND: QCoreApplication.translate("TemplateCheck", "The file {file} does not exist (any more)."),
        FileProblem.UNREADABLE: QCoreApplication.translate(
            "TemplateCheck", "The file {file} cannot be read. Is it open in another program, or are you missing "
            "the permission to read it?"),
        FileProblem.OLD_WORD: QCoreApplication.translate(
            "TemplateCheck", "{file} is an old Word 97-2003 document. Open it in Word, save it with “Save as” → "
            "“Word Document (*.docx)” and import that file."),
        FileProblem.NOT_WORD: QCoreApplication.translate(
            "TemplateCheck", "{file} is not a Word document. Templates are Word files (.docx)."),
        FileProblem.BROKEN: QCoreApplication.translate(
            "TemplateCheck", "{file} was not imported: its merge fields cannot be read. Correct them in Word and "
            "import the file again."),
    }[error.problem].format(file=error.path)
    lines = [text, *(problem_text(p) for p in error.problems)]
    if error.problem is FileProblem.BROKEN and not error.problems and error.detail:
        lines.append(error.detail)
    return "\n".join(lines)


def run_use_text(run: RunUse) -> str:
    """An unfinished run in a list: campaign, action, who started it."""
    return QCoreApplication.translate("TemplateCheck", "mass print of “{action}” in campaign {campaign}, started by "
                                      "{who}").format(action=run.action, campaign=run.campaign, who=run.started_by)


def in_use_text(name: str, error: TemplateInUse) -> str:
    """Why a template was not deleted, with what uses it."""
    lines = [QCoreApplication.translate(
        "TemplateCheck", "The template “{name}” was not deleted: it is still needed by").format(name=name)]
    lines += ["• " + run_use_text(run) for run in error.runs]
    lines += ["• " + QCoreApplication.translate("TemplateCheck", "action {action}").format(action=action)
              for action in error.actions]
    lines.append(QCoreApplication.translate(
        "TemplateCheck", "Finish or restart those mass prints, or choose another template for those actions, "
        "and delete it then."))
    return "\n".join(lines)
