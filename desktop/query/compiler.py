"""Turn a :class:`QueryDefinition` into SQLAlchemy Core: bound parameters only.

No SQL text is ever built from what a clerk typed; values go in as parameters, LIKE
patterns are escaped by SQLAlchemy (``autoescape``). Every condition compiles to an
expression that is never NULL, so ``not`` means what a clerk thinks it means (an empty
organisation field "is not Köln"), and both backends return the same rows in the same
order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    exists,
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

from desktop.db.folding import fold, folded
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


def person_source() -> Any:
    """Persons with their organisation (if any): what every query runs over."""
    return P.outerjoin(O, P.c.organisation_id == O.c.id)


def where_clause(definition: QueryDefinition, today: dt.date | None = None) -> ColumnElement[bool]:
    return _group(definition.where, today or dt.date.today())


def select_rows(definition: QueryDefinition, today: dt.date | None = None) -> Select[Any]:
    """The result: ``id`` and one column per output field (labelled with its key)."""
    columns = [P.c.id.label("id")] + [_output_column(BY_KEY[key]).label(key) for key in definition.fields]
    query = select(*columns).select_from(person_source()).where(where_clause(definition, today))
    return query.order_by(*order_by(definition))


def select_ids(definition: QueryDefinition, today: dt.date | None = None) -> Select[Any]:
    return select(P.c.id).select_from(person_source()).where(where_clause(definition, today))


def select_count(definition: QueryDefinition, today: dt.date | None = None) -> Select[Any]:
    return select(func.count()).select_from(person_source()).where(where_clause(definition, today))


def order_by(definition: QueryDefinition) -> list[ColumnElement[Any]]:
    """The clerk's order, then last and first name, then the id: always the same order."""
    keys = list(definition.order) or [("last_name", False), ("first_name", False)]
    clauses: list[ColumnElement[Any]] = []
    for key, descending in keys:
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


def _output_column(field: Field) -> ColumnElement[Any]:
    column = field.column()  # type: ignore[misc]
    return type_coerce(column, String()) if field.type is FieldType.CHOICE else column


def _group(group: ConditionGroup, today: dt.date) -> ColumnElement[bool]:
    parts = [
        _group(item, today) if isinstance(item, ConditionGroup) else _condition(item, today)
        for item in group.items
    ]
    if not parts:
        expression: ColumnElement[bool] = true() if group.match_all else false()
    else:
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
    return not_(expression) if condition.negate else expression


def _text(field: Field, op: Op, value: Any, _today: dt.date) -> ColumnElement[bool]:
    column = folded(field.column())  # type: ignore[misc]
    if op is Op.EQ:
        return column == fold(value)
    if op is Op.NE:
        return column != fold(value)
    if op is Op.CONTAINS:
        return column.contains(fold(value), autoescape=True)
    if op is Op.STARTS_WITH:
        return column.startswith(fold(value), autoescape=True)
    if op is Op.IN:
        return column.in_(sorted({fold(v) for v in value}))
    return column == ""  # IS_EMPTY


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
    return _compare(field.column(), op, value)  # type: ignore[misc]


def _midnight(day: dt.date) -> dt.datetime:
    # Days are UTC days: timestamps are stored in UTC (see desktop.db.models.base).
    return dt.datetime.combine(day, dt.time(0), tzinfo=dt.timezone.utc)


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
    member, action = ActionMember.__table__, CampaignAction.__table__
    item, item_type, response = DossierItem.__table__, DossierItemType.__table__, Response.__table__
    if field.relation == "dossier_type":
        found = exists().where(
            item.c.person_id == P.c.id, item.c.type_id == item_type.c.id, item_type.c.code == value
        )
    elif field.relation == "campaign_member":
        found = exists().where(
            member.c.person_id == P.c.id, member.c.action_id == action.c.id, action.c.campaign_id == value
        )
    elif field.relation == "action_member":
        found = exists().where(member.c.person_id == P.c.id, member.c.action_id == value)
    else:  # campaign_response
        found = exists().where(
            item.c.person_id == P.c.id, item.c.campaign_id == value, response.c.dossier_item_id == item.c.id
        )
    return found if op is Op.EXISTS else not_(found)
