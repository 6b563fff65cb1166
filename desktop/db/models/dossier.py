"""The contact's history: dossier items, responses and follow-up tasks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base, IdMixin, UTCDateTime, Versioned, utcnow


class DossierItemType(IdMixin, Versioned, Base):
    """Kind of dossier item, e.g. Ausgangspost / uitgaande post."""

    __tablename__ = "dossier_item_type"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ResponseType(IdMixin, Versioned, Base):
    """A response clerks can record for a campaign, e.g. "Unterlagen angefordert"."""

    __tablename__ = "response_type"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DossierItem(IdMixin, Versioned, Base):
    """One entry in a contact's history (a letter sent, a call, a response …)."""

    __tablename__ = "dossier_item"
    __table_args__ = (Index("ix_dossier_item_action_person", "action_id", "person_id"),)

    # Nullable: an action set to "one dossier item for the action" has no single person.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign.id", ondelete="SET NULL"), index=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign_action.id", ondelete="SET NULL")
    )
    type_id: Mapped[int] = mapped_column(ForeignKey("dossier_item_type.id"))
    subject: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    handled: Mapped[bool] = mapped_column(Boolean, default=False)
    handled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    due: Mapped[dt.date | None] = mapped_column(Date)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    type: Mapped[DossierItemType] = relationship()
    responses: Mapped[list[Response]] = relationship(
        back_populates="dossier_item", cascade="all, delete-orphan", passive_deletes=True
    )


class Response(IdMixin, Versioned, Base):
    """A recorded reaction of a contact to a campaign item."""

    __tablename__ = "response"

    dossier_item_id: Mapped[int] = mapped_column(
        ForeignKey("dossier_item.id", ondelete="CASCADE"), index=True
    )
    # Response types belong to a campaign; deleting the campaign deletes its responses too
    # (the dossier items they answered stay in the contacts' history).
    response_type_id: Mapped[int] = mapped_column(
        ForeignKey("response_type.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))

    dossier_item: Mapped[DossierItem] = relationship(back_populates="responses")
    response_type: Mapped[ResponseType] = relationship()


class FollowUpRule(IdMixin, Versioned, Base):
    """Creates a task when a response of a given type is recorded for an action."""

    __tablename__ = "follow_up_rule"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("campaign_action.id", ondelete="CASCADE"), index=True
    )
    response_type_id: Mapped[int] = mapped_column(
        ForeignKey("response_type.id", ondelete="CASCADE")
    )
    subject: Mapped[str] = mapped_column(String(300))
    # Either a named colleague or, when empty, the person's account manager.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    due_in_days: Mapped[int] = mapped_column(Integer, default=1)
    working_days: Mapped[bool] = mapped_column(Boolean, default=True)


class Task(IdMixin, Versioned, Base):
    """Something an employee has to do by a date (Aufgabe, Wiedervorlage)."""

    __tablename__ = "task"
    __table_args__ = (Index("ix_task_assignee_open", "assignee_id", "done", "due"),)

    assignee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    due: Mapped[dt.date | None] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    dossier_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("dossier_item.id", ondelete="SET NULL")
    )
    # The response whose follow-up rule created the task: taking the response back offers
    # to take back its open tasks too.
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("response.id", ondelete="SET NULL"), index=True
    )
    # Planning tasks belong to a campaign rather than to a contact.
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
