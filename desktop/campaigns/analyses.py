"""Analyses (*Auswertungen*): data sets a clerk exports to Excel and works on there.

Each data set is a header row (English, translated in the context "Analyses") and rows
of plain values: numbers stay numbers, dates dates; enumerations (status, channel) are
left to the caller to put into words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.campaigns.costs import money
from desktop.campaigns.totals import campaign_totals
from desktop.db.models import (
    ActionMember,
    ActionSelection,
    Campaign,
    CampaignAction,
    DossierItem,
    Organisation,
    Person,
    Response,
    ResponseType,
    Selection,
)
from desktop.query.fields import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Dataset:
    """One analysis: what it is called, its columns, and how its rows are read."""

    key: str
    label: str
    headers: tuple[str, ...]
    rows: Callable[[Session, int | None], list[list[Any]]]
    needs_campaign: bool = False


def _campaigns(session: Session, _campaign: int | None) -> list[list[Any]]:
    result = []
    for c in session.scalars(select(Campaign).order_by(Campaign.number)):
        t = campaign_totals(session, c.id)
        total = t.campaign
        result.append([c.number, c.name, c.status, c.planned_start, c.planned_end, c.budget, len(t.actions),
                       total.linked, total.generated, total.handled, total.responded, total.response_rate,
                       total.money.estimated, total.money.actual, t.budget_used])
    return result


def _costs(session: Session, _campaign: int | None) -> list[list[Any]]:
    result = []
    actions = {a.id: a for a in session.scalars(select(CampaignAction))}
    for c in session.scalars(select(Campaign).order_by(Campaign.number)):
        m = money(session, c.id)
        parts = [(actions[a].sequence, actions[a].name, part) for a, part in m.actions.items()]
        parts.sort(key=lambda p: p[0])
        for sequence, name, part in [*parts, (None, None, m.campaign)]:
            result.append([c.number, c.name, sequence, name, part.fixed, part.per_contact, part.estimated_other,
                           part.estimated, part.from_runs, part.invoices, part.actual_other, part.actual,
                           part.difference])
    return result


def _selections(session: Session, _campaign: int | None) -> list[list[Any]]:
    links = {sid: (n, last) for sid, n, last in session.execute(
        select(ActionSelection.selection_id, func.count(), func.max(ActionSelection.linked_at))
        .group_by(ActionSelection.selection_id))}
    sources = dict(session.execute(
        select(Campaign.selection_id, func.count()).where(Campaign.selection_id.is_not(None))
        .group_by(Campaign.selection_id)).all())
    return [[s.name, s.description, s.is_distribution_list, s.created_at, sources.get(s.id, 0),
             links.get(s.id, (0, None))[0], links.get(s.id, (0, None))[1]]
            for s in session.scalars(select(Selection).order_by(Selection.name))]


def _actions(session: Session, _campaign: int | None) -> list[list[Any]]:
    result = []
    actions = {a.id: a for a in session.scalars(select(CampaignAction))}
    for c in session.scalars(select(Campaign).order_by(Campaign.number)):
        for row in campaign_totals(session, c.id).actions:
            a, t = actions[row.action_id], row.totals
            result.append([c.number, c.name, a.sequence, a.name, a.channel, a.planned_date, a.generated_at,
                           t.linked, t.not_linked, t.generated, t.handled, t.open, t.responded, t.response_rate,
                           t.money.estimated, t.money.actual, t.cost_per_contact, t.cost_per_response])
    return result


def _contacts(session: Session, campaign_id: int | None) -> list[list[Any]]:
    if campaign_id is None:
        return []
    newest = (select(Response.dossier_item_id, func.max(Response.id).label("rid"))
              .group_by(Response.dossier_item_id).subquery())
    latest = (select(newest.c.dossier_item_id, ResponseType.name, Response.recorded_at)
              .join(Response, Response.id == newest.c.rid)
              .join(ResponseType, ResponseType.id == Response.response_type_id).subquery())
    query = (
        select(Campaign.number, CampaignAction.sequence, CampaignAction.name, Person.code, Person.first_name,
               Person.name_prefix, Person.last_name, Organisation.name, Person.postcode, Person.city,
               ActionMember.linked, ActionMember.exclusion_reason, DossierItem.created_at, DossierItem.handled,
               latest.c.name, latest.c.recorded_at)
        .select_from(ActionMember)
        .join(CampaignAction, CampaignAction.id == ActionMember.action_id)
        .join(Campaign, Campaign.id == CampaignAction.campaign_id)
        .join(Person, Person.id == ActionMember.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(DossierItem, (DossierItem.action_id == ActionMember.action_id)
                   & (DossierItem.person_id == ActionMember.person_id))
        .outerjoin(latest, latest.c.dossier_item_id == DossierItem.id)
        .where(CampaignAction.campaign_id == campaign_id)
        .order_by(CampaignAction.sequence, Person.sort_key, Person.id)
    )
    return [[number, seq, action, code, " ".join(p for p in (first, prefix, last) if p), org, postcode, city,
             linked, reason, created, handled, response, answered]
            for (number, seq, action, code, first, prefix, last, org, postcode, city, linked, reason, created,
                 handled, response, answered) in session.execute(query)]


DATASETS = [
    Dataset("campaigns", QT_TRANSLATE_NOOP("Analyses", "Campaigns"), (
        QT_TRANSLATE_NOOP("Analyses", "Number"), QT_TRANSLATE_NOOP("Analyses", "Campaign"),
        QT_TRANSLATE_NOOP("Analyses", "Status"), QT_TRANSLATE_NOOP("Analyses", "Planned from"),
        QT_TRANSLATE_NOOP("Analyses", "Planned to"), QT_TRANSLATE_NOOP("Analyses", "Budget"),
        QT_TRANSLATE_NOOP("Analyses", "Actions"), QT_TRANSLATE_NOOP("Analyses", "Members linked"),
        QT_TRANSLATE_NOOP("Analyses", "Generated"), QT_TRANSLATE_NOOP("Analyses", "Handled"),
        QT_TRANSLATE_NOOP("Analyses", "Responded"), QT_TRANSLATE_NOOP("Analyses", "Response rate"),
        QT_TRANSLATE_NOOP("Analyses", "Estimated costs"), QT_TRANSLATE_NOOP("Analyses", "Actual costs"),
        QT_TRANSLATE_NOOP("Analyses", "Budget used")), _campaigns),
    Dataset("costs", QT_TRANSLATE_NOOP("Analyses", "Costs, actual against estimated"), (
        QT_TRANSLATE_NOOP("Analyses", "Number"), QT_TRANSLATE_NOOP("Analyses", "Campaign"),
        QT_TRANSLATE_NOOP("Analyses", "Action no."), QT_TRANSLATE_NOOP("Analyses", "Action"),
        QT_TRANSLATE_NOOP("Analyses", "Fixed (estimated)"), QT_TRANSLATE_NOOP("Analyses", "Per contact (estimated)"),
        QT_TRANSLATE_NOOP("Analyses", "Other estimates"), QT_TRANSLATE_NOOP("Analyses", "Estimated"),
        QT_TRANSLATE_NOOP("Analyses", "Booked by runs"), QT_TRANSLATE_NOOP("Analyses", "Invoices"),
        QT_TRANSLATE_NOOP("Analyses", "Other actual costs"), QT_TRANSLATE_NOOP("Analyses", "Actual"),
        QT_TRANSLATE_NOOP("Analyses", "Difference")), _costs),
    Dataset("selections", QT_TRANSLATE_NOOP("Analyses", "Selections"), (
        QT_TRANSLATE_NOOP("Analyses", "Selection"), QT_TRANSLATE_NOOP("Analyses", "Description"),
        QT_TRANSLATE_NOOP("Analyses", "Distribution list"), QT_TRANSLATE_NOOP("Analyses", "Created"),
        QT_TRANSLATE_NOOP("Analyses", "Data source of campaigns"), QT_TRANSLATE_NOOP("Analyses", "Linked to actions"),
        QT_TRANSLATE_NOOP("Analyses", "Last linked")), _selections),
    Dataset("actions", QT_TRANSLATE_NOOP("Analyses", "Actions"), (
        QT_TRANSLATE_NOOP("Analyses", "Number"), QT_TRANSLATE_NOOP("Analyses", "Campaign"),
        QT_TRANSLATE_NOOP("Analyses", "Action no."), QT_TRANSLATE_NOOP("Analyses", "Action"),
        QT_TRANSLATE_NOOP("Analyses", "Channel"), QT_TRANSLATE_NOOP("Analyses", "Planned date"),
        QT_TRANSLATE_NOOP("Analyses", "Generated on"), QT_TRANSLATE_NOOP("Analyses", "Members linked"),
        QT_TRANSLATE_NOOP("Analyses", "Not linked"), QT_TRANSLATE_NOOP("Analyses", "Generated"),
        QT_TRANSLATE_NOOP("Analyses", "Handled"), QT_TRANSLATE_NOOP("Analyses", "Open"),
        QT_TRANSLATE_NOOP("Analyses", "Responded"), QT_TRANSLATE_NOOP("Analyses", "Response rate"),
        QT_TRANSLATE_NOOP("Analyses", "Estimated costs"), QT_TRANSLATE_NOOP("Analyses", "Actual costs"),
        QT_TRANSLATE_NOOP("Analyses", "Cost per contact"), QT_TRANSLATE_NOOP("Analyses", "Cost per response")),
        _actions),
    Dataset("contacts", QT_TRANSLATE_NOOP("Analyses", "Contacts of a campaign"), (
        QT_TRANSLATE_NOOP("Analyses", "Number"), QT_TRANSLATE_NOOP("Analyses", "Action no."),
        QT_TRANSLATE_NOOP("Analyses", "Action"), QT_TRANSLATE_NOOP("Analyses", "Contact code"),
        QT_TRANSLATE_NOOP("Analyses", "Name"), QT_TRANSLATE_NOOP("Analyses", "Organisation"),
        QT_TRANSLATE_NOOP("Analyses", "Postcode"), QT_TRANSLATE_NOOP("Analyses", "City"),
        QT_TRANSLATE_NOOP("Analyses", "Linked"), QT_TRANSLATE_NOOP("Analyses", "Left out because"),
        QT_TRANSLATE_NOOP("Analyses", "Generated on"), QT_TRANSLATE_NOOP("Analyses", "Handled"),
        QT_TRANSLATE_NOOP("Analyses", "Response"), QT_TRANSLATE_NOOP("Analyses", "Response on")),
        _contacts, needs_campaign=True),
]
BY_KEY = {d.key: d for d in DATASETS}
