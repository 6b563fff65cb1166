"""The totalizer (*Summierer*): a campaign's dossier items counted by up to three fields, nested.

The clerk picks fields in order — first *erledigt*, then *Reaktion* — and sees a tree:
"6 open, 2 handled; of the handled, 1 Teilnahme zugesagt …" with a count and the variable
costs (each item's action's cost per contact) at every level. One grouped SQL query
counts the combinations of all levels; the upper levels are their sums.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, literal, select
from sqlalchemy.orm import Session, aliased

from desktop.db.models import (
    CampaignAction,
    DossierItem,
    DossierItemType,
    Employee,
    Organisation,
    Person,
    Response,
    ResponseType,
)
from desktop.query.fields import QT_TRANSLATE_NOOP

MOST_LEVELS = 3



@dataclass(frozen=True)
class GroupField:
    """A field the totalizer can group by; ``label`` is English, translated in context "Totalizer"."""

    key: str
    label: str


FIELDS = [
    GroupField("handled", QT_TRANSLATE_NOOP("Totalizer", "Handled")),
    GroupField("response", QT_TRANSLATE_NOOP("Totalizer", "Response")),
    GroupField("action", QT_TRANSLATE_NOOP("Totalizer", "Action")),
    GroupField("employee", QT_TRANSLATE_NOOP("Totalizer", "Employee")),
    GroupField("type", QT_TRANSLATE_NOOP("Totalizer", "Dossier type")),
    GroupField("city", QT_TRANSLATE_NOOP("Totalizer", "City")),
    GroupField("postcode_area", QT_TRANSLATE_NOOP("Totalizer", "Postcode area")),
    GroupField("country", QT_TRANSLATE_NOOP("Totalizer", "Country")),
    GroupField("organisation", QT_TRANSLATE_NOOP("Totalizer", "Organisation")),
    GroupField("account_manager", QT_TRANSLATE_NOOP("Totalizer", "Account manager")),
]
BY_KEY = {f.key: f for f in FIELDS}


@dataclass
class Node:
    """One group of the tree: its value at its level, count, cost sum and subgroups.

    ``value`` is None for "no value" (no response yet, no employee …), a bool for
    *handled*, else text.
    """

    value: Any
    count: int = 0
    cost: Decimal = Decimal("0")
    children: list[Node] = field(default_factory=list)


def _expressions(latest_type: Any, manager: Any) -> dict[str, ColumnElement[Any]]:
    employee = func.nullif(func.trim(func.coalesce(Employee.first_name, "") + " " +
                                     func.coalesce(Employee.last_name, "")), "")
    managed = func.nullif(func.trim(func.coalesce(manager.first_name, "") + " " +
                                    func.coalesce(manager.last_name, "")), "")
    return {
        "handled": DossierItem.handled,
        "response": latest_type.c.name,
        "action": CampaignAction.name,
        "employee": employee,
        "type": DossierItemType.name,
        "city": func.nullif(Person.city, ""),
        "postcode_area": func.nullif(func.substr(Person.postcode, 1, 2), ""),
        "country": func.nullif(Person.country, ""),
        "organisation": Organisation.name,
        "account_manager": managed,
    }


def totalize(session: Session, campaign_id: int, keys: Sequence[str]) -> Node:
    """The campaign's dossier items grouped by ``keys`` (one to three of :data:`FIELDS`), as a tree.

    The root counts every item about a contact (an action's one item for all its contacts
    is no contact's and is left out); children are ordered by count, largest first, "no
    value" last. An item's response is its latest one.

    Raises:
        ValueError: No key, more than three, an unknown one, or one twice.
    """
    if not keys or len(keys) > MOST_LEVELS or len(set(keys)) != len(keys) or any(k not in BY_KEY for k in keys):
        raise ValueError(f"group by one to {MOST_LEVELS} different fields of {sorted(BY_KEY)}")
    newest = (select(Response.dossier_item_id, func.max(Response.id).label("response_id"))
              .group_by(Response.dossier_item_id).subquery("newest"))
    latest_type = (select(newest.c.dossier_item_id, ResponseType.name)
                   .join(Response, Response.id == newest.c.response_id)
                   .join(ResponseType, ResponseType.id == Response.response_type_id).subquery("latest"))
    manager = aliased(Employee, name="manager")
    expressions = _expressions(latest_type, manager)
    columns = [expressions[k].label(f"level{i}") for i, k in enumerate(keys)]
    cost = func.sum(func.coalesce(CampaignAction.cost_per_contact, literal(0)))
    query = (
        select(*columns, func.count().label("n"), cost.label("cost"))
        .select_from(DossierItem)
        .join(Person, Person.id == DossierItem.person_id)
        .outerjoin(CampaignAction, CampaignAction.id == DossierItem.action_id)
        .where(DossierItem.campaign_id == campaign_id)
        .group_by(*columns)
    )
    # Only the joins a chosen field needs: each costs time on 100,000 items.
    if "response" in keys:
        query = query.outerjoin(latest_type, latest_type.c.dossier_item_id == DossierItem.id)
    if "employee" in keys:
        query = query.outerjoin(Employee, Employee.id == DossierItem.employee_id)
    if "type" in keys:
        query = query.outerjoin(DossierItemType, DossierItemType.id == DossierItem.type_id)
    if "organisation" in keys:
        query = query.outerjoin(Organisation, Organisation.id == Person.organisation_id)
    if "account_manager" in keys:
        query = query.outerjoin(manager, manager.id == Person.account_manager_id)
    root = Node(None)
    for row in session.execute(query):
        values, count = list(row[: len(keys)]), row.n
        amount = Decimal(str(row.cost or 0)).quantize(Decimal("0.01"))
        node = root
        node.count += count
        node.cost += amount
        for key, value in zip(keys, values):
            if key == "handled" and value is not None:
                value = bool(value)  # SQLite gives 0 and 1
            child = next((c for c in node.children if c.value == value), None)
            if child is None:
                child = Node(value)
                node.children.append(child)
            child.count += count
            child.cost += amount
            node = child
    _sort(root)
    return root


def _sort(node: Node) -> None:
    node.children.sort(key=lambda c: (c.value is None, -c.count, str(c.value)))
    for child in node.children:
        _sort(child)


def rows(root: Node, levels: int, text: Callable[[int, Any], str]) -> list[list[Any]]:
    """The tree as table rows for an export: one row per group, its value in its level's column.

    Args:
        text: Turns the value of level ``i`` into what the clerk reads ("yes", "(no response)").
    """
    result: list[list[Any]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            cells: list[Any] = [""] * levels
            cells[depth] = text(depth, child.value)
            result.append([*cells, child.count, child.cost])
            walk(child, depth + 1)

    walk(root, 0)
    return result
