"""The values a clerk can pick for pick-list and history fields: only those that exist."""

from __future__ import annotations

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from desktop.db.models import Campaign, CampaignAction, DossierItemType
from desktop.query.fields import Field, FieldType


def choices(session: Session, field: Field, limit: int = 500) -> list[tuple[object, str]]:
    """(value, text) pairs for the field's value picker, in the order a clerk scans them.

    Enumeration texts (``mr`` → "Mr") are the window's business; this returns raw values
    for CHOICE fields and readable names for history fields.
    """
    if field.type is FieldType.CHOICE:
        column = type_coerce(field.column(), String())  # type: ignore[misc]
        values = session.scalars(
            select(column).where(column.is_not(None), column != "").distinct().order_by(column).limit(limit)
        )
        return [(value, value) for value in values]
    if field.relation == "dossier_type":
        rows = session.execute(select(DossierItemType.code, DossierItemType.name).order_by(DossierItemType.name))
        return [(code, f"{name} ({code})") for code, name in rows]
    if field.relation in ("campaign_member", "campaign_response"):
        rows = session.execute(select(Campaign.id, Campaign.number, Campaign.name).order_by(Campaign.number.desc()))
        return [(id_, f"{number} {name}") for id_, number, name in rows]
    if field.relation == "action_member":
        rows = session.execute(
            select(CampaignAction.id, Campaign.number, CampaignAction.sequence, CampaignAction.name)
            .join(Campaign, CampaignAction.campaign_id == Campaign.id)
            .order_by(Campaign.number.desc(), CampaignAction.sequence)
        )
        return [(id_, f"{number} / {sequence} {name}") for id_, number, sequence, name in rows]
    return []
