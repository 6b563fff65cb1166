"""Query definitions as a clerk saves and reopens them: round trip, defaults, and every mistake named.

A definition comes from the query window, a saved selection or a JSON file given to the
command line. :func:`parse` must either return exactly what was meant or name *every* wrong
part ("condition 1.2", "output column 3") so the window can mark all of them at once.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop.query.definition import (
    VERSION,
    Condition,
    ConditionGroup,
    InvalidQuery,
    Problem,
    QueryDefinition,
    QueryProblem,
    parse,
)
from desktop.query.fields import DEFAULT_OUTPUT, Op


def where(*items: dict, match: str = "all", **extra: object) -> dict:
    return {"version": 1, "where": {"match": match, "items": list(items)}, **extra}


def problems_of(raw: object) -> list[tuple[str, str, Problem]]:
    with pytest.raises(InvalidQuery) as info:
        parse(raw)
    assert info.value.problems, "InvalidQuery without problems"
    assert all(isinstance(p, QueryProblem) for p in info.value.problems)
    return [(p.where, p.field, p.problem) for p in info.value.problems]


def only_condition(raw_condition: dict) -> Condition:
    definition = parse(where(raw_condition))
    (condition,) = definition.where.items
    assert isinstance(condition, Condition)
    return condition


# -- round trip and defaults ----------------------------------------------------------------


NESTED = {
    "version": 1,
    "where": {
        "match": "all",
        "items": [
            {"field": "city", "op": "in", "value": ["Köln", "Bonn"]},
            {"field": "org_employees", "op": "gt", "value": 20},
            {"field": "action_member", "op": "not_exists", "value": 7},
            {
                "match": "any",
                "not": True,
                "items": [
                    {"field": "last_name", "op": "starts_with", "value": "Mü", "not": True},
                    {"field": "deceased", "op": "is_true"},
                    {
                        "match": "all",
                        "items": [
                            {"field": "created_at", "op": "between", "value": ["2026-01-01", "2026-03-31"]},
                            {"field": "created_at", "op": "last_days", "value": 30},
                            {"field": "org_employees", "op": "between", "value": ["2,5", 100]},
                            {"field": "email", "op": "is_empty", "not": True},
                            {"field": "dossier_type", "op": "exists", "value": "AUSG"},
                            {"field": "salutation", "op": "ne", "value": "mr"},
                        ],
                    },
                ],
            },
            {"match": "any", "items": []},
        ],
    },
    "fields": ["code", "last_name", "org_name", "org_employees", "created_at"],
    "order": [{"field": "org_employees", "descending": True}, {"field": "last_name"}],
}


def test_a_nested_definition_with_not_survives_save_and_reopen() -> None:
    definition = parse(NESTED)
    saved = json.loads(json.dumps(definition.to_json()))  # as stored in the database
    assert parse(saved) == definition
    assert saved["version"] == VERSION
    assert parse(saved).to_json() == saved


def test_a_parsed_definition_means_what_the_json_says() -> None:
    definition = parse(NESTED)
    top = definition.where
    assert top.match_all and not top.negate
    city, employees, action, inner, empty_any = top.items
    assert city == Condition("city", Op.IN, ("Köln", "Bonn"))
    assert employees == Condition("org_employees", Op.GT, Decimal(20))
    assert action == Condition("action_member", Op.NOT_EXISTS, 7)
    assert isinstance(inner, ConditionGroup) and inner.negate and not inner.match_all
    assert inner.items[0] == Condition("last_name", Op.STARTS_WITH, "Mü", negate=True)
    assert inner.items[1] == Condition("deceased", Op.IS_TRUE)
    deepest = inner.items[2]
    assert isinstance(deepest, ConditionGroup) and deepest.match_all and not deepest.negate
    assert deepest.items[0].value == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert deepest.items[1].value == 30
    assert deepest.items[2].value == (Decimal("2.5"), Decimal(100))
    assert deepest.items[3] == Condition("email", Op.IS_EMPTY, None, negate=True)
    assert empty_any == ConditionGroup(match_all=False, items=())
    assert definition.fields == ("code", "last_name", "org_name", "org_employees", "created_at")
    assert definition.order == (("org_employees", True), ("last_name", False))


def test_a_definition_built_in_code_round_trips() -> None:
    definition = QueryDefinition(
        where=ConditionGroup(
            match_all=False,
            negate=True,
            items=(
                Condition("org_employees", Op.LE, Decimal("2.5")),
                Condition("created_at", Op.EQ, dt.date(2026, 2, 28), negate=True),
                ConditionGroup(True, (Condition("country", Op.IN, ("DE", "NL")),), negate=True),
                Condition("campaign_response", Op.EXISTS, 3),
                Condition("no_email", Op.IS_FALSE, negate=True),
            ),
        ),
        fields=("code", "country"),
        order=(("country", False),),
    )
    assert parse(json.loads(json.dumps(definition.to_json()))) == definition


@pytest.mark.parametrize(
    "raw",
    [
        {},
        {"version": 1},
        {"version": 1, "where": {"match": "all", "items": []}, "fields": []},
        {"version": 1, "fields": None, "order": None},
    ],
)
def test_without_fields_the_default_columns_are_shown_in_the_default_order(raw: dict) -> None:
    definition = parse(raw)
    assert definition.fields == DEFAULT_OUTPUT
    assert definition.order == ()
    assert definition.where == ConditionGroup(match_all=True, items=(), negate=False)


def test_a_definition_without_version_is_read_as_version_1() -> None:
    assert parse({"where": {"match": "all", "items": [{"field": "city", "op": "eq", "value": "Bonn"}]}}) == parse(
        where({"field": "city", "op": "eq", "value": "Bonn"})
    )


# -- values a clerk types -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2,5", Decimal("2.5")),
        (" 2,5 ", Decimal("2.5")),
        ("2.5", Decimal("2.5")),
        (2.5, Decimal("2.5")),
        (20, Decimal(20)),
        ("20", Decimal(20)),
        ("-3", Decimal(-3)),
    ],
)
def test_numbers_may_be_typed_with_a_decimal_comma(typed: object, expected: Decimal) -> None:
    assert only_condition({"field": "org_employees", "op": "gt", "value": typed}).value == expected


def test_a_between_of_numbers_with_decimal_commas() -> None:
    condition = only_condition({"field": "org_employees", "op": "between", "value": ["2,5", "10,75"]})
    assert condition.value == (Decimal("2.5"), Decimal("10.75"))


def test_dates_are_iso_dates_and_between_may_be_one_day() -> None:
    assert only_condition({"field": "created_at", "op": "eq", "value": "2026-02-28"}).value == dt.date(2026, 2, 28)
    day = only_condition({"field": "created_at", "op": "between", "value": ["2026-03-01", "2026-03-01"]})
    assert day.value == (dt.date(2026, 3, 1), dt.date(2026, 3, 1))


def test_a_postcode_typed_as_a_number_stays_text() -> None:
    assert only_condition({"field": "postcode", "op": "eq", "value": 50667}).value == "50667"
    assert only_condition({"field": "postcode", "op": "in", "value": [50667, "53111"]}).value == ("50667", "53111")


def test_text_values_keep_quotes_and_wildcards_as_typed() -> None:
    typed = "O'Brien \"100%\" a_b \\ ; DROP TABLE person; --"
    assert only_condition({"field": "last_name", "op": "contains", "value": typed}).value == typed


def test_history_conditions_take_ids_and_dossier_type_codes() -> None:
    assert only_condition({"field": "campaign_member", "op": "exists", "value": "12"}).value == 12
    assert only_condition({"field": "action_member", "op": "not_exists", "value": 7}).value == 7
    assert only_condition({"field": "dossier_type", "op": "exists", "value": "AUSG"}).value == "AUSG"


def test_a_value_given_for_an_operator_without_value_is_ignored() -> None:
    condition = only_condition({"field": "email", "op": "is_empty", "value": "ignored"})
    assert condition == Condition("email", Op.IS_EMPTY, None)


# -- every problem, where it is -------------------------------------------------------------


def test_an_unknown_field_is_named() -> None:
    assert problems_of(where({"field": "shoe_size", "op": "eq", "value": "42"})) == [
        ("1", "shoe_size", Problem.UNKNOWN_FIELD)
    ]


@pytest.mark.parametrize(
    ("field", "op"),
    [
        ("city", "gt"),  # text has no order
        ("city", "between"),
        ("org_employees", "contains"),
        ("created_at", "starts_with"),
        ("deceased", "eq"),
        ("salutation", "contains"),
        ("dossier_type", "eq"),
        ("city", "exists"),
        ("city", "like"),  # not an operator at all
        ("city", None),
    ],
)
def test_an_operator_the_type_does_not_allow_is_named(field: str, op: str | None) -> None:
    raw = {"field": field, "value": "x"}
    if op is not None:
        raw["op"] = op
    with pytest.raises(InvalidQuery) as info:
        parse(where(raw))
    (problem,) = info.value.problems
    assert (problem.where, problem.field, problem.problem) == ("1", field, Problem.OPERATOR_NOT_ALLOWED)
    assert problem.detail == str(op)


@pytest.mark.parametrize(
    "condition",
    [
        {"field": "city", "op": "eq"},
        {"field": "city", "op": "eq", "value": None},
        {"field": "org_employees", "op": "gt"},
        {"field": "created_at", "op": "last_days"},
        {"field": "action_member", "op": "exists"},
    ],
)
def test_a_missing_value_is_named(condition: dict) -> None:
    assert problems_of(where(condition)) == [("1", condition["field"], Problem.VALUE_MISSING)]


@pytest.mark.parametrize(
    ("condition", "shown"),
    [
        ({"field": "org_employees", "op": "gt", "value": "zwanzig"}, "zwanzig"),
        ({"field": "org_employees", "op": "eq", "value": ""}, ""),
        ({"field": "org_employees", "op": "eq", "value": "NaN"}, "NaN"),
        ({"field": "org_employees", "op": "eq", "value": "Infinity"}, "Infinity"),
        ({"field": "org_employees", "op": "eq", "value": True}, "True"),
        ({"field": "org_employees", "op": "eq", "value": [1]}, "[1]"),
        ({"field": "created_at", "op": "eq", "value": "31.02.2026"}, "31.02.2026"),
        ({"field": "created_at", "op": "eq", "value": "2026-02-31"}, "2026-02-31"),
        ({"field": "created_at", "op": "ge", "value": "gestern"}, "gestern"),
        ({"field": "org_employees", "op": "between", "value": [50, 20]}, "[50, 20]"),
        ({"field": "org_employees", "op": "between", "value": ["2,5", "2,4"]}, "['2,5', '2,4']"),
        ({"field": "created_at", "op": "between", "value": ["2026-03-31", "2026-03-01"]},
         "['2026-03-31', '2026-03-01']"),
        ({"field": "org_employees", "op": "between", "value": [20]}, "[20]"),
        ({"field": "org_employees", "op": "between", "value": 20}, "20"),
        ({"field": "created_at", "op": "last_days", "value": 0}, "0"),
        ({"field": "created_at", "op": "last_days", "value": -5}, "-5"),
        ({"field": "created_at", "op": "last_days", "value": 2.5}, "2.5"),
        ({"field": "created_at", "op": "last_months", "value": "drei"}, "drei"),
        ({"field": "created_at", "op": "last_months", "value": True}, "True"),
        ({"field": "city", "op": "in", "value": []}, "[]"),
        ({"field": "city", "op": "in", "value": "Köln"}, "Köln"),
        ({"field": "city", "op": "eq", "value": ["Köln"]}, "['Köln']"),
        ({"field": "city", "op": "eq", "value": 2.5}, "2.5"),
        ({"field": "campaign_member", "op": "exists", "value": "Frühjahr"}, "Frühjahr"),
        ({"field": "action_member", "op": "exists", "value": 1.5}, "1.5"),
    ],
)
def test_a_value_that_does_not_parse_is_named_and_shown(condition: dict, shown: str) -> None:
    with pytest.raises(InvalidQuery) as info:
        parse(where(condition))
    (problem,) = info.value.problems
    assert (problem.where, problem.field, problem.problem) == ("1", condition["field"], Problem.VALUE_INVALID)
    assert problem.detail == shown


def test_a_very_long_bad_value_is_shortened_for_the_message() -> None:
    with pytest.raises(InvalidQuery) as info:
        parse(where({"field": "org_employees", "op": "eq", "value": "x" * 500}))
    assert len(info.value.problems[0].detail) <= 60


@pytest.mark.parametrize("typed", ["Mül\x00ler", "Mül\ud800ler"])
def test_text_a_database_cannot_hold_is_an_invalid_value(typed: str) -> None:
    # NUL (PostgreSQL refuses it) or a lone surrogate (not UTF-8) would fail in the database.
    assert problems_of(where({"field": "last_name", "op": "eq", "value": typed})) == [
        ("1", "last_name", Problem.VALUE_INVALID)
    ]


@pytest.mark.parametrize("key", ["dossier_type", "campaign_member", "action_member", "campaign_response"])
def test_a_history_condition_cannot_be_an_output_column(key: str) -> None:
    assert problems_of({"version": 1, "fields": ["code", key]}) == [("fields 2", key, Problem.NOT_SHOWABLE)]


def test_a_history_condition_cannot_be_a_sort_column() -> None:
    raw = {"version": 1, "order": [{"field": "last_name"}, {"field": "campaign_member", "descending": True}]}
    assert problems_of(raw) == [("order 2", "campaign_member", Problem.NOT_SHOWABLE)]


def test_unknown_output_and_sort_columns_are_named() -> None:
    raw = {"version": 1, "fields": ["code", "shoe_size"], "order": [{"field": "hat"}, {"field": "city"}]}
    assert problems_of(raw) == [
        ("fields 2", "shoe_size", Problem.UNKNOWN_FIELD),
        ("order 1", "hat", Problem.UNKNOWN_FIELD),
    ]


@pytest.mark.parametrize("version", [2, 0, "1", None])
def test_an_unknown_version_is_refused(version: object) -> None:
    raw = where({"field": "shoe_size", "op": "eq", "value": 1})
    raw["version"] = version
    with pytest.raises(InvalidQuery) as info:
        parse(raw)
    # Nothing else can be judged in a format this version does not know.
    (problem,) = info.value.problems
    assert (problem.where, problem.problem) == ("version", Problem.UNKNOWN_VERSION)
    assert problem.detail == str(version)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ([], [("definition", "", Problem.MALFORMED)]),
        ("SELECT * FROM person", [("definition", "", Problem.MALFORMED)]),
        ({"where": []}, [("where", "", Problem.MALFORMED)]),
        ({"where": {"match": "some", "items": []}}, [("where", "", Problem.MALFORMED)]),
        ({"where": {"match": "all", "items": "city"}}, [("where", "", Problem.MALFORMED)]),
        ({"where": {"match": "all", "items": ["city = 'Köln'"]}}, [("1", "", Problem.MALFORMED)]),
        (
            {"where": {"match": "all", "items": [{"field": "city", "op": "is_empty"},
                                                 {"match": "either", "items": []}]}},
            [("2", "", Problem.MALFORMED)],
        ),
        ({"fields": "code"}, [("fields", "", Problem.MALFORMED)]),
    ],
)
def test_a_damaged_definition_is_named(raw: object, expected: list) -> None:
    assert problems_of(raw) == expected


def test_all_problems_are_reported_at_once_not_just_the_first() -> None:
    raw = {
        "version": 1,
        "where": {
            "match": "all",
            "items": [
                {"field": "city", "op": "eq", "value": "Köln"},  # fine
                {"field": "shoe_size", "op": "eq", "value": 42},
                {"field": "city", "op": "gt", "value": "Köln"},
                {
                    "match": "any",
                    "not": True,
                    "items": [
                        {"field": "org_employees", "op": "gt", "value": "zwanzig"},
                        {"field": "last_name", "op": "eq", "value": "Müller"},  # fine
                        {"match": "all", "items": [{"field": "created_at", "op": "eq", "value": "31.02.2026"},
                                                   {"field": "email", "op": "contains"}]},
                    ],
                },
                {"field": "created_at", "op": "last_days", "value": 0},
                {"field": "org_employees", "op": "between", "value": [30, 10]},
            ],
        },
        "fields": ["code", "dossier_type", "nonsense"],
        "order": [{"field": "last_name"}, {"field": "action_member"}],
    }
    assert problems_of(raw) == [
        ("2", "shoe_size", Problem.UNKNOWN_FIELD),
        ("3", "city", Problem.OPERATOR_NOT_ALLOWED),
        ("4.1", "org_employees", Problem.VALUE_INVALID),
        ("4.3.1", "created_at", Problem.VALUE_INVALID),
        ("4.3.2", "email", Problem.VALUE_MISSING),
        ("5", "created_at", Problem.VALUE_INVALID),
        ("6", "org_employees", Problem.VALUE_INVALID),
        ("fields 2", "dossier_type", Problem.NOT_SHOWABLE),
        ("fields 3", "nonsense", Problem.UNKNOWN_FIELD),
        ("order 2", "action_member", Problem.NOT_SHOWABLE),
    ]


def test_the_error_message_names_every_problem() -> None:
    with pytest.raises(InvalidQuery) as info:
        parse(where({"field": "shoe_size", "op": "eq", "value": 1}, {"field": "city", "op": "gt", "value": "x"}))
    assert "1: unknown_field shoe_size" in str(info.value)
    assert "2: operator_not_allowed city gt" in str(info.value)
