"""Campaigns, their actions, selections and target groups."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base, IdMixin, UTCDateTime, Versioned, utcnow
from desktop.db.models.enums import CampaignStatus, Channel, MemberOrigin, enum_type

MONEY = Numeric(12, 2)


class Selection(IdMixin, Versioned, Base):
    """A saved query definition; a distribution list (Verteiler) when flagged."""

    __tablename__ = "selection"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # The versioned JSON query definition of desktop.query.
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    is_distribution_list: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Campaign(IdMixin, Versioned, Base):
    """A marketing or mailing campaign made of actions."""

    __tablename__ = "campaign"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CampaignStatus] = mapped_column(
        enum_type(CampaignStatus), default=CampaignStatus.PLANNED
    )
    planned_start: Mapped[dt.date | None] = mapped_column(Date)
    planned_end: Mapped[dt.date | None] = mapped_column(Date)
    budget: Mapped[Decimal | None] = mapped_column(MONEY)
    last_run: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # Datenquelle: a distribution list or an individual query.
    selection_id: Mapped[int | None] = mapped_column(
        ForeignKey("selection.id", ondelete="SET NULL")
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    actions: Mapped[list[CampaignAction]] = relationship(
        back_populates="campaign",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CampaignAction.sequence",
    )
    selection: Mapped[Selection | None] = relationship()


class CampaignAction(IdMixin, Versioned, Base):
    """One mailing, call list or e-mail wave of a campaign."""

    __tablename__ = "campaign_action"
    __table_args__ = (UniqueConstraint("campaign_id", "sequence"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    sequence: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel), default=Channel.LETTER)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("template.id"))
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    dossier_item_type_id: Mapped[int | None] = mapped_column(ForeignKey("dossier_item_type.id"))
    subject: Mapped[str] = mapped_column(String(300), default="")
    # E-mail actions: the body as plain text and (optionally) HTML, with the merge fields of
    # letters; the personal letter attached as PDF if set; replies to this address.
    mail_text: Mapped[str] = mapped_column(Text, default="")
    mail_html: Mapped[str] = mapped_column(Text, default="")
    mail_attach_letter: Mapped[bool] = mapped_column(Boolean, default=False)
    reply_to: Mapped[str] = mapped_column(String(254), default="")
    # SMS actions: the message text, with merge fields.
    sms_text: Mapped[str] = mapped_column(Text, default="")
    # True: one dossier item per contact; False: one item for the whole action.
    dossier_per_contact: Mapped[bool] = mapped_column(Boolean, default=True)
    handled_on_creation: Mapped[bool] = mapped_column(Boolean, default=False)
    fixed_cost: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    cost_per_contact: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    exclude_used_contacts: Mapped[bool] = mapped_column(Boolean, default=False)
    planned_date: Mapped[dt.date | None] = mapped_column(Date)
    generated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    campaign: Mapped[Campaign] = relationship(back_populates="actions")
    selections: Mapped[list[ActionSelection]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ActionSelection(IdMixin, Base):
    """A selection linked to an action (at most once), frozen when linked."""

    __tablename__ = "action_selection"
    __table_args__ = (UniqueConstraint("action_id", "selection_id"),)

    action_id: Mapped[int] = mapped_column(ForeignKey("campaign_action.id", ondelete="CASCADE"))
    selection_id: Mapped[int] = mapped_column(ForeignKey("selection.id", ondelete="CASCADE"))
    linked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    member_count: Mapped[int] = mapped_column(Integer, default=0)

    selection: Mapped[Selection] = relationship()


class ActionMember(IdMixin, Base):
    """A person in the target group of an action; only linked members take part in runs."""

    __tablename__ = "action_member"
    __table_args__ = (UniqueConstraint("action_id", "person_id"),)

    action_id: Mapped[int] = mapped_column(ForeignKey("campaign_action.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    linked: Mapped[bool] = mapped_column(Boolean, default=True)
    origin: Mapped[MemberOrigin] = mapped_column(enum_type(MemberOrigin))
    origin_selection_id: Mapped[int | None] = mapped_column(
        ForeignKey("selection.id", ondelete="SET NULL")
    )
    origin_action_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign_action.id", ondelete="SET NULL")
    )
    origin_file: Mapped[str] = mapped_column(String(260), default="")
    # Why the person must not get this action's channel (do-not-contact, deceased …).
    exclusion_reason: Mapped[str] = mapped_column(String(50), default="")
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    added_by: Mapped[str] = mapped_column(String(100), default="")
