"""A query as data: versioned JSON, parsed and checked before it goes near the database.

Version 1 looks like this ("all persons in Köln or Bonn, at an organisation with more than
20 employees, who are not yet a member of action 7")::

    {
      "version": 1,
      "where": {
        "match": "all",
        "items": [
          {"field": "city", "op": "in", "value": ["Köln", "Bonn"]},
          {"field": "org_employees", "op": "gt", "value": 20},
          {"field": "action_member", "op": "not_exists", "value": 7}
        ]
      },
      "fields": ["code", "first_name", "last_name", "org_name", "city"],
      "order": [{"field": "last_name", "descending": false}]
    }

* ``where`` is a group: ``match`` is ``all`` (AND) or ``any`` (OR), ``items`` holds
  conditions and further groups, and ``"not": true`` negates a group or a condition.
* A condition names a field of :mod:`desktop.query.fields`, one of the operators its type
  allows, and a value: text for text and pick-list fields, a number, an ISO date
  (``"2026-03-31"``), a list for ``in``, ``[from, to]`` for ``between``, a whole number of
  days or months for ``last_days``/``last_months``; none for ``is_empty``, ``this_year``,
  ``is_true``, ``is_false``. History conditions take a dossier type code
  (``dossier_type``), a campaign id (``campaign_member``, ``campaign_response``) or an
  action id (``action_member``). ``last_days`` 7 means today and the seven days before;
  dates are days on the workstation's clock.
* A group without conditions restricts nothing and is left out of its parent.
* ``fields`` and ``order`` are optional; without them the result shows
  :data:`desktop.query.fields.DEFAULT_OUTPUT`, sorted by last and first name.

:func:`parse` returns a :class:`QueryDefinition` or raises :class:`InvalidQuery` naming
every condition that is wrong ("condition 1.2") and why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from decimal import Decimal, InvalidOperation
from typing import Any, Union

from desktop.query.fields import BY_KEY, DEFAULT_OUTPUT, FieldType, Op

VERSION = 1
NO_VALUE = {Op.IS_EMPTY, Op.THIS_YEAR, Op.IS_TRUE, Op.IS_FALSE}


class Problem(str, enum.Enum):
    """What is wrong with a part of a definition; the window and CLI explain it."""

    MALFORMED = "malformed"  # not the expected JSON shape
    UNKNOWN_VERSION = "unknown_version"
    UNKNOWN_FIELD = "unknown_field"
    OPERATOR_NOT_ALLOWED = "operator_not_allowed"
    VALUE_MISSING = "value_missing"
    VALUE_INVALID = "value_invalid"
    NOT_SHOWABLE = "not_showable"


@dataclasses.dataclass(frozen=True)
class QueryProblem:
    """One mistake: where (``"1.2"``, ``"fields 3"``), which field, what, and the bad value."""

    where: str
    field: str
    problem: Problem
    detail: str = ""

    def __str__(self) -> str:  # English, for logs; clerks get translated text
        return f"{self.where}: {self.problem.value} {self.field} {self.detail}".strip()


class InvalidQuery(ValueError):
    def __init__(self, problems: list[QueryProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclasses.dataclass(frozen=True)
class Condition:
    field: str
    op: Op
    value: Any = None
    negate: bool = False


@dataclasses.dataclass(frozen=True)
class ConditionGroup:
    match_all: bool = True
    items: tuple[Union[Condition, ConditionGroup], ...] = ()
    negate: bool = False


@dataclasses.dataclass(frozen=True)
class QueryDefinition:
    where: ConditionGroup = ConditionGroup()
    fields: tuple[str, ...] = DEFAULT_OUTPUT
    order: tuple[tuple[str, bool], ...] = ()  # (field, descending)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "where": _group_json(self.where),
            "fields": list(self.fields),
            "order": [{"field": f, "descending": d} for f, d in self.order],
        }


def _group_json(group: ConditionGroup) -> dict[str, Any]:
    out: dict[str, Any] = {"match": "all" if group.match_all else "any", "items": []}
    if group.negate:
        out["not"] = True
    for item in group.items:
        if isinstance(item, ConditionGroup):
            out["items"].append(_group_json(item))
            continue
        cond: dict[str, Any] = {"field": item.field, "op": item.op.value}
        if item.op not in NO_VALUE:
            cond["value"] = _value_json(item.value)
        if item.negate:
            cond["not"] = True
        out["items"].append(cond)
    return out


def _value_json(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_value_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def parse(raw: Any) -> QueryDefinition:
    """Check and convert a definition as loaded from JSON.

    Raises:
        InvalidQuery: with every problem found, not just the first.
    """
    problems: list[QueryProblem] = []
    if not isinstance(raw, dict):
        raise InvalidQuery([QueryProblem("definition", "", Problem.MALFORMED)])
    if raw.get("version", VERSION) != VERSION:
        raise InvalidQuery([QueryProblem("version", "", Problem.UNKNOWN_VERSION, str(raw.get("version")))])
    where = _parse_group(raw.get("where", {"match": "all", "items": []}), "", problems)
    fields = raw.get("fields") or list(DEFAULT_OUTPUT)
    order = raw.get("order") or []
    if not isinstance(fields, list) or not isinstance(order, list):
        problems.append(QueryProblem("fields", "", Problem.MALFORMED))
        fields, order = list(DEFAULT_OUTPUT), []
    for number, key in enumerate(fields, 1):
        _check_output_field(key, f"fields {number}", problems)
    parsed_order = []
    for number, item in enumerate(order, 1):
        key = item.get("field") if isinstance(item, dict) else None
        if _check_output_field(key, f"order {number}", problems):
            parsed_order.append((key, bool(item.get("descending", False))))
    if problems:
        raise InvalidQuery(problems)
    return QueryDefinition(where=where, fields=tuple(fields), order=tuple(parsed_order))


def _check_output_field(key: Any, where: str, problems: list[QueryProblem]) -> bool:
    field = BY_KEY.get(key) if isinstance(key, str) else None
    if field is None:
        problems.append(QueryProblem(where, str(key), Problem.UNKNOWN_FIELD))
        return False
    if not field.can_show:
        problems.append(QueryProblem(where, key, Problem.NOT_SHOWABLE))
        return False
    return True


def _parse_group(raw: Any, path: str, problems: list[QueryProblem]) -> ConditionGroup:
    if not isinstance(raw, dict) or not isinstance(raw.get("items", []), list) or raw.get("match", "all") not in ("all", "any"):
        problems.append(QueryProblem(path or "where", "", Problem.MALFORMED))
        return ConditionGroup()
    items: list[Condition | ConditionGroup] = []
    for number, item in enumerate(raw.get("items", []), 1):
        where = f"{path}.{number}" if path else str(number)
        if isinstance(item, dict) and "items" in item:
            items.append(_parse_group(item, where, problems))
        else:
            condition = _parse_condition(item, where, problems)
            if condition is not None:
                items.append(condition)
    return ConditionGroup(raw.get("match", "all") == "all", tuple(items), bool(raw.get("not", False)))


def _parse_condition(raw: Any, where: str, problems: list[QueryProblem]) -> Condition | None:
    if not isinstance(raw, dict):
        problems.append(QueryProblem(where, "", Problem.MALFORMED))
        return None
    key = raw.get("field")
    field = BY_KEY.get(key) if isinstance(key, str) else None
    if field is None:
        problems.append(QueryProblem(where, str(key), Problem.UNKNOWN_FIELD))
        return None
    try:
        op = Op(raw.get("op"))
    except ValueError:
        op = None
    if op is None or op not in field.operators:
        problems.append(QueryProblem(where, key, Problem.OPERATOR_NOT_ALLOWED, str(raw.get("op"))))
        return None
    if op in NO_VALUE:
        return Condition(key, op, None, bool(raw.get("not", False)))
    if "value" not in raw or raw["value"] is None:
        problems.append(QueryProblem(where, key, Problem.VALUE_MISSING))
        return None
    try:
        value = _convert(field.type, field.key, op, raw["value"])
    except (ValueError, TypeError, InvalidOperation):
        problems.append(QueryProblem(where, key, Problem.VALUE_INVALID, _short(raw["value"])))
        return None
    return Condition(key, op, value, bool(raw.get("not", False)))


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _convert(kind: FieldType, key: str, op: Op, raw: Any) -> Any:
    """The value in the type the compiler needs; ValueError/TypeError when it does not fit."""
    if op is Op.IN:
        if not isinstance(raw, list) or not raw:
            raise ValueError("a non-empty list is needed")
        return tuple(_scalar(kind, key, v) for v in raw)
    if op is Op.BETWEEN:
        if not isinstance(raw, list) or len(raw) != 2:
            raise ValueError("[from, to] is needed")
        low, high = (_scalar(kind, key, v) for v in raw)
        if low > high:
            raise ValueError("from lies after to")
        return (low, high)
    if op in (Op.LAST_DAYS, Op.LAST_MONTHS):
        if isinstance(raw, bool) or not isinstance(raw, (int, str)):
            raise TypeError("whole number needed")
        number = int(raw)
        if not 0 < number <= 10000:
            raise ValueError("out of range")
        return number
    return _scalar(kind, key, raw)


def _scalar(kind: FieldType, key: str, raw: Any) -> Any:
    if isinstance(raw, (list, dict, bool)):
        raise TypeError("a single value is needed")
    if kind is FieldType.NUMBER:
        value = Decimal(str(raw).strip().replace(",", "."))
        if not value.is_finite():
            raise ValueError("not a number")
        return value
    if kind is FieldType.DATE:
        return dt.date.fromisoformat(str(raw).strip())
    if kind is FieldType.RELATION and key != "dossier_type":
        if isinstance(raw, float) or not str(raw).strip().isdigit():
            raise ValueError("an id is needed")
        return int(raw)
    if not isinstance(raw, (str, int)):
        raise TypeError("text needed")
    text = str(raw)
    if "\x00" in text:  # PostgreSQL cannot hold NUL; SQLite would quietly find nothing
        raise ValueError("NUL in text")
    text.encode("utf-8")  # a lone surrogate is no text either (UnicodeEncodeError)
    return text
