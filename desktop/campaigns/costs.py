"""A campaign's costs: estimates, purchase invoices, the variable costs runs book; planned against actual.

Estimated (*Plan*) for an action: its fixed cost, its cost per contact times the members
who get it (linked, not excluded), and any estimate entered for it. Actual (*Ist*): what
was booked as actual for it — the variable costs a run books (cost per contact times the
letters or e-mails it made) and the purchase invoices entered. Entries without an action
belong to the campaign as a whole.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.db.errors import ConcurrentEditError
from desktop.db.locking import locked
from desktop.db.models import ActionMember, Campaign, CampaignAction, Cost, CostBasis, CostKind

ZERO = Decimal("0")


@dataclass(frozen=True)
class CostEntry:
    """One cost entry as the costs tab lists and edits it; id 0 for a new one.

    ``from_run`` entries were booked by a mass run and cannot be changed by hand.
    """

    id: int
    campaign_id: int
    action_id: int | None
    kind: CostKind
    basis: CostBasis
    amount: Decimal
    quantity: int | None = None
    unit_amount: Decimal | None = None
    invoice_number: str = ""
    supplier: str = ""
    cost_date: dt.date | None = None
    description: str = ""
    from_run: bool = False
    row_version: int = 0


def entries(session: Session, campaign_id: int) -> list[CostEntry]:
    """The campaign's cost entries: estimates first, then actual ones by date."""
    rows = session.scalars(
        select(Cost).where(Cost.campaign_id == campaign_id)
        .order_by(Cost.kind.desc(), Cost.cost_date.is_(None), Cost.cost_date, Cost.id)
    )
    return [CostEntry(c.id, c.campaign_id, c.action_id, c.kind, c.basis, c.amount, c.quantity, c.unit_amount,
                      c.invoice_number, c.supplier, c.cost_date, c.description, c.mass_run_id is not None,
                      c.row_version) for c in rows]


class Problem(enum.Enum):
    """What keeps a cost entry from being saved."""

    AMOUNT_REQUIRED = "amount_required"
    INVOICE_NUMBER_REQUIRED = "invoice_number_required"
    SUPPLIER_REQUIRED = "supplier_required"
    DATE_REQUIRED = "date_required"
    ACTION_OF_OTHER_CAMPAIGN = "action_of_other_campaign"
    BOOKED_BY_RUN = "booked_by_run"


class InvalidCost(ValueError):
    """A value must be corrected; ``field`` names the attribute."""

    def __init__(self, field_name: str, problem: Problem) -> None:
        super().__init__(f"{field_name}: {problem.value}")
        self.field = field_name
        self.problem = problem


def _validate(session: Session, entry: CostEntry) -> None:
    if entry.amount is None or entry.amount == ZERO:
        raise InvalidCost("amount", Problem.AMOUNT_REQUIRED)
    if entry.basis is CostBasis.INVOICE:
        if not entry.invoice_number.strip():
            raise InvalidCost("invoice_number", Problem.INVOICE_NUMBER_REQUIRED)
        if not entry.supplier.strip():
            raise InvalidCost("supplier", Problem.SUPPLIER_REQUIRED)
        if entry.cost_date is None:
            raise InvalidCost("cost_date", Problem.DATE_REQUIRED)
    if entry.action_id is not None:
        campaign = session.scalar(select(CampaignAction.campaign_id).where(CampaignAction.id == entry.action_id))
        if campaign != entry.campaign_id:
            raise InvalidCost("action_id", Problem.ACTION_OF_OTHER_CAMPAIGN)


def save(session: Session, entry: CostEntry) -> int:
    """Add (id 0) or change a cost entry (the caller commits); returns its id.

    An invoice is always actual; an estimate has no invoice fields.

    Raises:
        InvalidCost: A value must be corrected, or the entry was booked by a run.
        ConcurrentEditError: Someone else changed or deleted the entry meanwhile.
    """
    _validate(session, entry)
    if entry.id:
        cost = locked(session, Cost, entry.id, entry.row_version, "cost")
        if cost.mass_run_id is not None:
            raise InvalidCost("amount", Problem.BOOKED_BY_RUN)
    else:
        cost = Cost(campaign_id=entry.campaign_id)
        session.add(cost)
    invoice = entry.basis is CostBasis.INVOICE
    cost.action_id = entry.action_id
    cost.kind = CostKind.ACTUAL if invoice else entry.kind
    cost.basis = entry.basis
    cost.amount = entry.amount
    cost.quantity = entry.quantity
    cost.unit_amount = entry.unit_amount
    cost.invoice_number = entry.invoice_number.strip() if invoice else ""
    cost.supplier = entry.supplier.strip() if invoice else ""
    cost.cost_date = entry.cost_date
    cost.description = entry.description.strip()
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("cost", entry.id) from exc
    return cost.id


def delete(session: Session, cost_id: int, row_version: int | None) -> None:
    """Delete a cost entry entered by hand.

    Raises:
        InvalidCost: The entry was booked by a run (it goes with the run's letters).
        ConcurrentEditError: Someone else changed or deleted the entry meanwhile.
    """
    cost = locked(session, Cost, cost_id, row_version, "cost")
    if cost.mass_run_id is not None:
        raise InvalidCost("amount", Problem.BOOKED_BY_RUN)
    session.delete(cost)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("cost", cost_id) from exc


@dataclass
class Money:
    """Estimated and actual costs of an action or of the whole campaign.

    Attributes:
        fixed, per_contact, estimated_other: The parts of the estimate.
        from_runs, invoices, actual_other: The parts of the actual costs.
        contacts: The members the per-contact estimate counts.
    """

    fixed: Decimal = ZERO
    per_contact: Decimal = ZERO
    estimated_other: Decimal = ZERO
    from_runs: Decimal = ZERO
    invoices: Decimal = ZERO
    actual_other: Decimal = ZERO
    contacts: int = 0

    @property
    def estimated(self) -> Decimal:
        return self.fixed + self.per_contact + self.estimated_other

    @property
    def actual(self) -> Decimal:
        return self.from_runs + self.invoices + self.actual_other

    @property
    def difference(self) -> Decimal:
        """Actual minus estimated: positive when over the estimate."""
        return self.actual - self.estimated

    def add(self, other: Money) -> None:
        for name in ("fixed", "per_contact", "estimated_other", "from_runs", "invoices", "actual_other",
                     "contacts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class CampaignMoney:
    """The costs of each action, of the campaign itself (entries without action), and in total."""

    actions: dict[int, Money] = field(default_factory=dict)
    campaign: Money = field(default_factory=Money)
    total: Money = field(default_factory=Money)
    budget: Decimal | None = None

    @property
    def budget_used(self) -> float | None:
        """Actual costs as a share of the budget (0.5 = half), None without a budget."""
        if not self.budget:
            return None
        return float(self.total.actual / self.budget)


def money(session: Session, campaign_id: int) -> CampaignMoney:
    """Estimated and actual costs of the campaign, per action and in total (aggregated in SQL)."""
    result = CampaignMoney(budget=session.scalar(select(Campaign.budget).where(Campaign.id == campaign_id)))
    receivers = (
        select(ActionMember.action_id, func.count().label("n"))
        .join(CampaignAction, CampaignAction.id == ActionMember.action_id)
        .where(CampaignAction.campaign_id == campaign_id, ActionMember.linked == true(),
               ActionMember.exclusion_reason == "")
        .group_by(ActionMember.action_id).subquery()
    )
    for action_id, fixed, per_contact, count in session.execute(
        select(CampaignAction.id, CampaignAction.fixed_cost, CampaignAction.cost_per_contact,
               func.coalesce(receivers.c.n, 0))
        .outerjoin(receivers, receivers.c.action_id == CampaignAction.id)
        .where(CampaignAction.campaign_id == campaign_id)
    ):
        result.actions[action_id] = Money(fixed=fixed or ZERO, per_contact=(per_contact or ZERO) * count,
                                          contacts=count)
    for action_id, kind, basis, from_run, amount in session.execute(
        select(Cost.action_id, Cost.kind, Cost.basis, Cost.mass_run_id.is_not(None), func.sum(Cost.amount))
        .where(Cost.campaign_id == campaign_id)
        .group_by(Cost.action_id, Cost.kind, Cost.basis, Cost.mass_run_id.is_not(None))
    ):
        target = result.actions.get(action_id) if action_id is not None else result.campaign
        if target is None:
            continue
        # SQLite sums NUMERIC as a float: back to cents.
        amount = Decimal(str(amount or 0)).quantize(Decimal("0.01"))
        if kind is CostKind.ESTIMATED:
            target.estimated_other += amount
        elif from_run:
            target.from_runs += amount
        elif basis is CostBasis.INVOICE:
            target.invoices += amount
        else:
            target.actual_other += amount
    for part in [*result.actions.values(), result.campaign]:
        result.total.add(part)
    return result


def per_unit(amount: Decimal, units: int) -> Decimal | None:
    """Cost per letter, per response …: None when there is nothing to divide by."""
    if units <= 0:
        return None
    return (amount / units).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # as invoices round
