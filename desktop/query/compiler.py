"""Turn a :class:`QueryDefinition` into SQLAlchemy Core: bound parameters only.

No SQL text is ever built from what a clerk typed; values go in as parameters, LIKE
patterns are escaped by SQLAlchemy (``autoescape``). Every condition compiles to an
expression that is never NULL, so ``not`` means what a clerk thinks it means (an empty
organisation field "is not Köln"), and both backends return the same rows in the same
order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    String,
    and_,
    false,
    func,
    not_,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from desktop.db.folding import fold, folded, folded_match
from desktop.db.models import ActionMember, CampaignAction, DossierItem, DossierItemType, Response
from desktop.query.definition import Condition, ConditionGroup, QueryDefinition
from desktop.query.fields import BY_KEY, O, P, Field, FieldType, Op


class binary_order(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """Sort text by code point on every backend (PostgreSQL's locale would differ)."""

    type = String()
    inherit_cache = True


@compiles(binary_order)
def _binary_order(element: binary_order, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)  # SQLite compares bytes already


@compiles(binary_order, "postgresql")
def _binary_order_pg(element: binary_order, compiler: Any, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'


def person_source(definition: QueryDefinition | None = None) -> Any:
    """Persons, joined with their organisation only when the query uses its fields."""
    if definition is not None and not _uses_organisation(definition):
        return P
    return P.outerjoin(O, P.c.organisation_id == O.c.id)


def _uses_organisation(definition: QueryDefinition) -> bool:
    # Conditions reach the organisation through a semi-join (see _via_organisation).
    used = set(definition.fields) | {key for key, _ in definition.order}
    return any(BY_KEY[key].column is not None and BY_KEY[key].column().table is O for key in used)


def where_clause(definition: QueryDefinition, today: dt.date | None = None) -> ColumnElement[bool]:
    return _group(definition.where, today or dt.date.today())


def select_output(definition: QueryDefinition) -> Select[Any]:
    """``id`` and one column per output field (labelled with its key), of every person."""
    columns = [P.c.id.label("id")] + [_output_column(BY_KEY[key]).label(key) for key in definition.fields]
    return select(*columns).select_from(person_source(definition))


def select_rows(definition: QueryDefinition, today: dt.date | None = None) -> Select[Any]:
    """The result: the output columns of the matching persons, in order."""
    query = select_output(definition).where(where_clause(definition, today))
    return query.order_by(*order_by(definition))


def select_ids(definition: QueryDefinition, today: dt.date | None = None) -> Select[Any]:
    keys_only = dataclasses.replace(definition, fields=())
    return select(P.c.id).select_from(person_source(keys_only)).where(where_clause(definition, today))


def select_count(definition: QueryDefinition, today: dt.date | None = None) -> Select[Any]:
    keys_only = dataclasses.replace(definition, fields=(), order=())
    return select(func.count()).select_from(person_source(keys_only)).where(where_clause(definition, today))


class unindexed(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """A column SQLite may sort by but not walk an index for (its unary ``+``).

    SQLite's planner happily walks the sort-key index to avoid a sort, and when the
    conditions match few persons that means a million row lookups instead of one scan.
    Only the first page (see :mod:`desktop.query.results`) walks the index, within a time
    budget. PostgreSQL's planner weighs both with statistics; it gets the plain column.
    """

    type = String()
    inherit_cache = True


@compiles(unindexed)
def _unindexed(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"


def order_by(definition: QueryDefinition, *, from_index: bool = False) -> list[ColumnElement[Any]]:
    """The clerk's order, then last and first name, then the id: always the same order.

    Last name then first name, ascending, is read from the stored sort key (the same
    order); ``from_index`` lets SQLite use its index for that.
    """
    keys = _order_keys(definition)
    clauses: list[ColumnElement[Any]] = []
    position = 0
    while position < len(keys):
        key, descending = keys[position]
        position += 1
        if keys[position - 1 : position + 1] == _BY_NAME:
            position += 1
            clauses.append(P.c.sort_key if from_index else unindexed(P.c.sort_key))
            continue
        field = BY_KEY[key]
        column = field.column()  # type: ignore[misc]
        if field.type is FieldType.TEXT:
            sort_key: ColumnElement[Any] = binary_order(folded(column))
        elif field.type is FieldType.CHOICE:
            sort_key = binary_order(func.coalesce(type_coerce(column, String()), ""))
        else:
            # NULLs sort first on SQLite and last on PostgreSQL; put them last on both.
            clauses.append(column.is_(None))
            sort_key = column
        clauses.append(sort_key.desc() if descending else sort_key.asc())
    clauses.append(P.c.id.asc())
    return clauses


_BY_NAME = [("last_name", False), ("first_name", False)]


def _order_keys(definition: QueryDefinition) -> list[tuple[str, bool]]:
    keys = list(definition.order)
    return keys + [(key, False) for key in ("last_name", "first_name") if key not in {k for k, _ in keys}]


def sorted_by_name(definition: QueryDefinition) -> bool:
    """Whether the result's order begins with last and first name, ascending: the sort key."""
    return _order_keys(definition)[:2] == _BY_NAME


def _output_column(field: Field) -> ColumnElement[Any]:
    column = field.column()  # type: ignore[misc]
    return type_coerce(column, String()) if field.type is FieldType.CHOICE else column


def _cost(item: Condition | ConditionGroup) -> int:
    """A rough rank of what a condition costs per row: 0 a plain column, 1 a pattern or an
    id list, 2 the fold of a text (see desktop.db.folding)."""
    if isinstance(item, ConditionGroup):
        return max((_cost(i) for i in item.items), default=0)
    field = BY_KEY[item.field]
    if field.type is FieldType.TEXT:
        if item.op is Op.IS_EMPTY:
            return 0
        values = item.value if item.op is Op.IN else (item.value,)
        return 2 if any("s" in fold(v) for v in values) else 1
    return 1 if field.type is FieldType.RELATION or field.column().table is O else 0  # type: ignore[misc]


def is_empty(group: ConditionGroup) -> bool:
    """True when the group holds no condition, not even in its sub-groups."""
    return all(isinstance(item, ConditionGroup) and is_empty(item) for item in group.items)


def _group(group: ConditionGroup, today: dt.date) -> ColumnElement[bool]:
    # A group without conditions (the clerk removed its last one) is left out, with its NOT:
    # inside an "any" it would otherwise let everybody through.
    items = [i for i in group.items if not (isinstance(i, ConditionGroup) and is_empty(i))]
    if not items:
        return true()
    # Both databases stop at the first false term of an AND (true of an OR): cheap terms
    # first spare the costly ones most rows. Leaves are two-valued, so order is free.
    parts = [
        _group(item, today) if isinstance(item, ConditionGroup) else _condition(item, today)
        for item in sorted(items, key=_cost)
    ]
    expression = and_(*parts) if group.match_all else or_(*parts)
    return not_(expression) if group.negate else expression


def _condition(condition: Condition, today: dt.date) -> ColumnElement[bool]:
    field = BY_KEY[condition.field]
    compile_ = {
        FieldType.TEXT: _text,
        FieldType.CHOICE: _choice,
        FieldType.NUMBER: _number,
        FieldType.DATE: _date,
        FieldType.BOOL: _bool,
        FieldType.RELATION: _relation,
    }[field.type]
    expression = compile_(field, condition.op, condition.value, today)
    if field.column is not None and field.column().table is O:
        expression = _via_organisation(expression, _holds_without_organisation(field, condition.op, condition.value))
    return not_(expression) if condition.negate else expression


def _via_organisation(on_organisation: ColumnElement[bool], without: bool) -> ColumnElement[bool]:
    """A condition on the person's organisation, as a semi-join rather than a join.

    Joining a million persons to their organisations costs more than the filter itself;
    ``organisation_id IN (matching organisations)`` lets the database use the key.
    """
    # coalesce(): never NULL (ids start at 1), and it keeps SQLite from walking the index of
    # organisation_id for every matching organisation, which is slower than one scan.
    # OFFSET 0 and kept_as_filter keep PostgreSQL from folding the list into the main query
    # as a join: it misjudges how many persons a text pattern leaves and then looked each
    # of them up by index, or, for the first page, compared each with every organisation.
    # As a filter the list is hashed once and each person is one lookup.
    organisations = select(O.c.id).where(on_organisation).offset(0)
    matching = kept_as_filter(func.coalesce(P.c.organisation_id, 0).in_(organisations))
    return or_(P.c.organisation_id.is_(None), matching) if without else matching


class kept_as_filter(FunctionElement[bool]):  # noqa: N801 - reads like a SQL function
    """``x IN (subquery)`` that PostgreSQL evaluates as a hashed filter, never as a join.

    PostgreSQL turns an ``IN`` standing on its own in the WHERE clause into a semi-join;
    wrapped in ``IS TRUE`` (the same truth, as the operand is never NULL here) it stays a
    filter. SQLite gets the plain expression.
    """

    type = Boolean()
    inherit_cache = True


@compiles(kept_as_filter)
def _kept_as_filter(element: kept_as_filter, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(kept_as_filter, "postgresql")
def _kept_as_filter_pg(element: kept_as_filter, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)}) IS TRUE"


def _holds_without_organisation(field: Field, op: Op, value: Any) -> bool:
    """What the condition says of a person without organisation (all its fields empty)."""
    if op in (Op.IS_EMPTY, Op.IS_FALSE):
        return True
    if field.type in (FieldType.NUMBER, FieldType.DATE):
        return op is Op.NE
    if field.type in (FieldType.TEXT, FieldType.CHOICE):
        normal = fold if field.type is FieldType.TEXT else (lambda v: v)
        if op is Op.IN:
            return "" in {normal(v) for v in value}
        if op is Op.NE:
            return normal(value) != ""
        return normal(value) == ""  # EQ, CONTAINS, STARTS_WITH of an empty text
    return False


def _text(field: Field, op: Op, value: Any, _today: dt.date) -> ColumnElement[bool]:
    column = field.column()  # type: ignore[misc]
    if op is Op.EQ:
        return folded_match(column, fold(value))
    if op is Op.NE:
        return not_(folded_match(column, fold(value)))
    if op is Op.CONTAINS:
        return folded_match(column, fold(value), "contains")
    if op is Op.STARTS_WITH:
        return folded_match(column, fold(value), "prefix")
    if op is Op.IN:
        return or_(*(folded_match(column, target) for target in sorted({fold(v) for v in value})))
    return func.coalesce(column, "") == ""  # IS_EMPTY: NULL or ""


def _choice(field: Field, op: Op, value: Any, _today: dt.date) -> ColumnElement[bool]:
    column = func.coalesce(type_coerce(field.column(), String()), "")  # type: ignore[misc]
    if op is Op.EQ:
        return column == value
    if op is Op.NE:
        return column != value
    if op is Op.IN:
        return column.in_(sorted(set(value)))
    return column == ""  # IS_EMPTY


def _compare(column: ColumnElement[Any], op: Op, value: Any) -> ColumnElement[bool]:
    """Comparisons on a nullable column that are false, never NULL, for an empty value."""
    if op is Op.IS_EMPTY:
        return column.is_(None)
    if op is Op.NE:
        return or_(column.is_(None), column != value)
    compare = {
        Op.EQ: lambda: column == value,
        Op.LT: lambda: column < value,
        Op.LE: lambda: column <= value,
        Op.GT: lambda: column > value,
        Op.GE: lambda: column >= value,
        Op.BETWEEN: lambda: column.between(*value),
    }[op]()
    return and_(column.is_not(None), compare)


def _number(field: Field, op: Op, value: Any, _today: dt.date) -> ColumnElement[bool]:
    # Bind 20 as an integer and 20.5 as a float: an Integer column would cut 20.5 to 20.
    plain = tuple(map(_plain_number, value)) if isinstance(value, tuple) else _plain_number(value)
    return _compare(field.column(), op, plain)  # type: ignore[misc]


def _plain_number(value: Any) -> Any:
    if value is None:
        return None
    # Beyond 32 bits a float too: PostgreSQL refuses a larger integer for an integer column
    # ("integer out of range") and SQLite one beyond 64 bits (OverflowError).
    if value == value.to_integral_value() and -(2**31) <= value < 2**31:
        return int(value)
    return float(value)


def _midnight(day: dt.date) -> dt.datetime:
    """The start of ``day`` on this workstation's clock, in UTC as timestamps are stored.

    The clerk's "created on 05.03." is the local day the window and the export show.
    """
    return dt.datetime.combine(day, dt.time(0)).astimezone().astimezone(dt.timezone.utc)


def _months_back(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate in (day.day, 30, 29, 28):  # 31 March minus one month is 28/29 February
        try:
            return dt.date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _date(field: Field, op: Op, value: Any, today: dt.date) -> ColumnElement[bool]:
    """Dates compare whole days of a timestamp column."""
    column = field.column()  # type: ignore[misc]
    day = dt.timedelta(days=1)
    if op is Op.LAST_DAYS:
        value, op = (today - value * day, today), Op.BETWEEN
    elif op is Op.LAST_MONTHS:
        value, op = (_months_back(today, value), today), Op.BETWEEN
    elif op is Op.THIS_YEAR:
        value, op = (dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)), Op.BETWEEN
    if op is Op.IS_EMPTY:
        return column.is_(None)
    if op is Op.BETWEEN:
        low, high = value
        return and_(column.is_not(None), column >= _midnight(low), column < _midnight(high + day))
    start, end = _midnight(value), _midnight(value + day)
    if op is Op.EQ:
        return and_(column.is_not(None), column >= start, column < end)
    if op is Op.NE:
        return or_(column.is_(None), column < start, column >= end)
    bound = {Op.LT: column < start, Op.LE: column < end, Op.GT: column >= end, Op.GE: column >= start}[op]
    return and_(column.is_not(None), bound)


def _bool(field: Field, op: Op, _value: Any, _today: dt.date) -> ColumnElement[bool]:
    column = func.coalesce(field.column(), false())  # type: ignore[misc]
    return column == (true() if op is Op.IS_TRUE else false())


def _relation(field: Field, op: Op, value: Any, _today: dt.date) -> ColumnElement[bool]:
    """History conditions as ``person.id IN (persons with …)``.

    The list of persons is built once per query (a few thousand ids at most) and each person
    is looked up in it; a correlated EXISTS per person is several times slower on a million.
    """
    member, action = ActionMember.__table__, CampaignAction.__table__
    item, item_type, response = DossierItem.__table__, DossierItemType.__table__, Response.__table__
    if field.relation == "dossier_type":
        persons = select(item.c.person_id).join(item_type, item.c.type_id == item_type.c.id).where(
            item_type.c.code == value
        )
    elif field.relation == "campaign_member":
        persons = select(member.c.person_id).join(action, member.c.action_id == action.c.id).where(
            action.c.campaign_id == value
        )
    elif field.relation == "action_member":
        persons = select(member.c.person_id).where(member.c.action_id == value)
    else:  # campaign_response
        persons = select(item.c.person_id).join(response, response.c.dossier_item_id == item.c.id).where(
            item.c.campaign_id == value
        )
    # A dossier item for a whole action has no person; NOT IN over a NULL would find nobody.
    found = P.c.id.in_(persons.where(persons.selected_columns[0].is_not(None)))
    return found if op is Op.EXISTS else not_(found)
