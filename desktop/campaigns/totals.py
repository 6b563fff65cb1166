"""Where a campaign stands: members, generated items, handled, responses per type, costs.

Every count is one grouped SQL query over the whole campaign, so a campaign with
100,000 dossier items is summed up in a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from desktop.campaigns.costs import CampaignMoney, Money, money, per_unit
from desktop.db.models import (
    ActionMember,
    CampaignAction,
    Channel,
    DossierItem,
    ItemState,
    MassRun,
    MassRunItem,
    Response,
    ResponseType,
)

# What a run counts as made: archived or printed letters, sent e-mails.
DONE = (ItemState.ARCHIVED, ItemState.PRINTED, ItemState.SENT)


@dataclass
class Totals:
    """The figures of one action, or of the campaign (the sum of its actions).

    Attributes:
        linked, not_linked: Members of the target group(s) linked, and not linked (by hand
            or excluded from the channel).
        generated: Contacts the action reached (a dossier item each, or run items made
            for an action with one dossier item for all).
        handled, open: The generated contacts' dossier items, handled or not.
        responded: Dossier items with at least one response.
        responses: Responses per response type, in the campaign's order of types.
    """

    linked: int = 0
    not_linked: int = 0
    generated: int = 0
    handled: int = 0
    open: int = 0
    responded: int = 0
    responses: dict[str, int] = field(default_factory=dict)
    money: Money = field(default_factory=Money)

    @property
    def response_rate(self) -> float | None:
        """Responded items as a share of the generated ones (0.12 = 12 %)."""
        return self.responded / self.generated if self.generated else None

    @property
    def cost_per_contact(self) -> Decimal | None:
        return per_unit(self.money.actual, self.generated)

    @property
    def cost_per_response(self) -> Decimal | None:
        return per_unit(self.money.actual, self.responded)


@dataclass
class ActionTotals:
    action_id: int
    sequence: int
    name: str
    channel: Channel
    totals: Totals


@dataclass
class CampaignTotals:
    actions: list[ActionTotals]
    campaign: Totals
    costs: CampaignMoney
    response_types: list[str]

    @property
    def budget_used(self) -> float | None:
        return self.costs.budget_used


def campaign_totals(session: Session, campaign_id: int) -> CampaignTotals:
    """The figures of every action of the campaign and of the campaign as a whole."""
    actions = session.execute(
        select(CampaignAction.id, CampaignAction.sequence, CampaignAction.name, CampaignAction.channel,
               CampaignAction.dossier_per_contact)
        .where(CampaignAction.campaign_id == campaign_id).order_by(CampaignAction.sequence)
    ).all()
    per_action = {a.id: Totals() for a in actions}
    in_campaign = CampaignAction.campaign_id == campaign_id
    for action_id, linked, count in session.execute(
        select(ActionMember.action_id, ActionMember.linked, func.count())
        .join(CampaignAction, CampaignAction.id == ActionMember.action_id).where(in_campaign)
        .group_by(ActionMember.action_id, ActionMember.linked)
    ):
        if linked:
            per_action[action_id].linked = count
        else:
            per_action[action_id].not_linked = count
    for action_id, handled, count in session.execute(
        select(DossierItem.action_id, DossierItem.handled, func.count())
        .where(DossierItem.campaign_id == campaign_id, DossierItem.person_id.is_not(None),
               DossierItem.action_id.is_not(None))
        .group_by(DossierItem.action_id, DossierItem.handled)
    ):
        if action_id in per_action:
            totals = per_action[action_id]
            totals.generated += count
            if handled:
                totals.handled += count
            else:
                totals.open += count
    # An action with one dossier item for all: its contacts are its runs' items.
    shared = [a.id for a in actions if not a.dossier_per_contact]
    if shared:
        for action_id, count in session.execute(
            select(MassRun.action_id, func.count(distinct(MassRunItem.person_id)))
            .join(MassRunItem, MassRunItem.run_id == MassRun.id)
            .where(MassRun.action_id.in_(shared), MassRunItem.state.in_(DONE))
            .group_by(MassRun.action_id)
        ):
            per_action[action_id].generated += count
    types = session.execute(
        select(ResponseType.id, ResponseType.name).where(ResponseType.campaign_id == campaign_id)
        .order_by(ResponseType.active.desc(), ResponseType.sort_order, ResponseType.id)
    ).all()
    names = {id_: name for id_, name in types}
    # A used type replaced by a new one of the same name is kept (inactive): one column for both.
    shown = list(dict.fromkeys(names.values()))
    for totals in per_action.values():
        totals.responses = {name: 0 for name in names.values()}
    answered = (select(DossierItem.action_id, Response.response_type_id, Response.dossier_item_id)
                .join(Response, Response.dossier_item_id == DossierItem.id)
                .where(DossierItem.campaign_id == campaign_id, DossierItem.action_id.is_not(None))
                .subquery())
    for action_id, type_id, count in session.execute(
        select(answered.c.action_id, answered.c.response_type_id, func.count())
        .group_by(answered.c.action_id, answered.c.response_type_id)
    ):
        if action_id in per_action and type_id in names:
            per_action[action_id].responses[names[type_id]] += count
    for action_id, count in session.execute(
        select(answered.c.action_id, func.count(distinct(answered.c.dossier_item_id))).group_by(answered.c.action_id)
    ):
        if action_id in per_action:
            per_action[action_id].responded = count
    costs = money(session, campaign_id)
    campaign = Totals(responses={name: 0 for name in names.values()}, money=costs.total)
    for action_id, totals in per_action.items():
        totals.money = costs.actions.get(action_id, Money())
        for name in ("linked", "not_linked", "generated", "handled", "open", "responded"):
            setattr(campaign, name, getattr(campaign, name) + getattr(totals, name))
        for name, count in totals.responses.items():
            campaign.responses[name] += count
    return CampaignTotals(
        actions=[ActionTotals(a.id, a.sequence, a.name, a.channel, per_action[a.id]) for a in actions],
        campaign=campaign, costs=costs, response_types=shown)


def action_totals(session: Session, action_id: int) -> Totals | None:
    """The figures of one action (computed with the campaign's)."""
    campaign_id = session.scalar(select(CampaignAction.campaign_id).where(CampaignAction.id == action_id))
    if campaign_id is None:
        return None
    for row in campaign_totals(session, campaign_id).actions:
        if row.action_id == action_id:
            return row.totals
    return None

