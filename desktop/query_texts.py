"""The clerk's words for the query builder: field, group, operator and value names, problems.

QtCore only (``QCoreApplication.translate``), so the window and the CLI share one wording.
The field and group labels themselves live in :mod:`desktop.query.fields`, marked there for
lupdate in the context ``Fields``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.query.definition import Problem, QueryProblem
from desktop.query.fields import BY_KEY, Field, Group, Op


def field_label(field: Field) -> str:
    """The translated label of a catalogue field ("Nachname")."""
    return QCoreApplication.translate("Fields", field.label)


def group_label(group: Group) -> str:
    """The translated name of a field group ("Kommunikation")."""
    return QCoreApplication.translate("Fields", group.value)


def operator_label(op: Op) -> str:
    """The translated name of an operator as the condition row offers it."""
    texts = {
        Op.EQ: QCoreApplication.translate("Operators", "is"),
        Op.NE: QCoreApplication.translate("Operators", "is not"),
        Op.CONTAINS: QCoreApplication.translate("Operators", "contains"),
        Op.STARTS_WITH: QCoreApplication.translate("Operators", "begins with"),
        Op.IN: QCoreApplication.translate("Operators", "is one of"),
        Op.IS_EMPTY: QCoreApplication.translate("Operators", "is empty"),
        Op.LT: QCoreApplication.translate("Operators", "is less than"),
        Op.LE: QCoreApplication.translate("Operators", "is at most"),
        Op.GT: QCoreApplication.translate("Operators", "is greater than"),
        Op.GE: QCoreApplication.translate("Operators", "is at least"),
        Op.BETWEEN: QCoreApplication.translate("Operators", "is between"),
        Op.LAST_DAYS: QCoreApplication.translate("Operators", "in the last … days"),
        Op.LAST_MONTHS: QCoreApplication.translate("Operators", "in the last … months"),
        Op.THIS_YEAR: QCoreApplication.translate("Operators", "this year"),
        Op.IS_TRUE: QCoreApplication.translate("Operators", "yes"),
        Op.IS_FALSE: QCoreApplication.translate("Operators", "no"),
        Op.EXISTS: QCoreApplication.translate("Operators", "yes"),
        Op.NOT_EXISTS: QCoreApplication.translate("Operators", "no"),
    }
    return texts[op]


def _salutations() -> dict[str, str]:
    return {
        "mr": QCoreApplication.translate("Values", "Mr"),
        "ms": QCoreApplication.translate("Values", "Ms"),
        "neutral": QCoreApplication.translate("Values", "(neutral)"),
    }


def _languages() -> dict[str, str]:
    return {
        "de": QCoreApplication.translate("Values", "German"),
        "nl": QCoreApplication.translate("Values", "Dutch"),
        "en": QCoreApplication.translate("Values", "English"),
        "fr": QCoreApplication.translate("Values", "French"),
    }


def _countries() -> dict[str, str]:
    return {
        "DE": QCoreApplication.translate("Values", "Germany"),
        "NL": QCoreApplication.translate("Values", "Netherlands"),
        "BE": QCoreApplication.translate("Values", "Belgium"),
        "AT": QCoreApplication.translate("Values", "Austria"),
        "CH": QCoreApplication.translate("Values", "Switzerland"),
        "LU": QCoreApplication.translate("Values", "Luxembourg"),
        "FR": QCoreApplication.translate("Values", "France"),
        "GB": QCoreApplication.translate("Values", "United Kingdom"),
        "DK": QCoreApplication.translate("Values", "Denmark"),
        "PL": QCoreApplication.translate("Values", "Poland"),
        "IT": QCoreApplication.translate("Values", "Italy"),
        "ES": QCoreApplication.translate("Values", "Spain"),
    }


def value_label(field_key: str, value: str) -> str:
    """How a stored enumeration value reads ("ms" → "Frau", "NL" → "Niederlande").

    Values without a translation (industries, unknown codes) come back as stored.
    """
    table = {"salutation": _salutations, "letter_language": _languages, "country": _countries}.get(field_key)
    if table is None:
        return value
    return table().get(value, value)


def shown_value(field_key: str, value: object) -> object:
    """A result value with pick-list codes as the clerk reads them; other values unchanged.

    Exports call it once per cell: wrap it in ``functools.lru_cache`` for one export.
    """
    return value_label(field_key, value) if isinstance(value, str) else value


def _where(problem: QueryProblem) -> str:
    """"condition 1.2", "output column 3", "sort 1" or "the query"."""
    where = problem.where
    if where.startswith("fields "):
        return QCoreApplication.translate("QueryProblems", "output column {n}").format(n=where.split()[1])
    if where.startswith("order "):
        return QCoreApplication.translate("QueryProblems", "sort column {n}").format(n=where.split()[1])
    if where and (where[0].isdigit()):
        return QCoreApplication.translate("QueryProblems", "condition {n}").format(n=where)
    return QCoreApplication.translate("QueryProblems", "the query")


def explain_problem(problem: QueryProblem) -> str:
    """One sentence for the clerk: where, which field, what is wrong and what to do."""
    field = BY_KEY.get(problem.field)
    name = field_label(field) if field else problem.field
    where = _where(problem)
    texts = {
        Problem.MALFORMED: QCoreApplication.translate("QueryProblems", "{where}: the query is damaged; build this part again."),
        Problem.UNKNOWN_VERSION: QCoreApplication.translate(
            "QueryProblems",
            "The query was saved by a newer version of Kampagnen (format {detail}); install that version.",
        ),
        Problem.UNKNOWN_FIELD: QCoreApplication.translate(
            "QueryProblems", "{where}: the field “{field}” does not exist (any more); choose another field."
        ),
        Problem.OPERATOR_NOT_ALLOWED: QCoreApplication.translate(
            "QueryProblems", "{where}: “{field}” cannot be compared this way; choose another comparison."
        ),
        Problem.VALUE_MISSING: QCoreApplication.translate("QueryProblems", "{where}: please enter a value for “{field}”."),
        Problem.VALUE_INVALID: QCoreApplication.translate(
            "QueryProblems", "{where}: “{detail}” is not a valid value for “{field}”; please correct it."
        ),
        Problem.NOT_SHOWABLE: QCoreApplication.translate(
            "QueryProblems", "{where}: “{field}” is a condition only and cannot be shown as a column."
        ),
    }
    return texts[problem.problem].format(where=where, field=name, detail=problem.detail)
