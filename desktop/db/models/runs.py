"""Mass runs (Massendruck) and the per-contact state that makes them resumable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base, IdMixin, UTCDateTime, Versioned, utcnow
from desktop.db.models.enums import ItemState, RunStatus, enum_type


class MassRun(IdMixin, Versioned, Base):
    """One generation run of an action; at most one is running per action."""

    __tablename__ = "mass_run"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("campaign_action.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[RunStatus] = mapped_column(enum_type(RunStatus), default=RunStatus.RUNNING)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("template.id"))
    template_revision: Mapped[int | None] = mapped_column(Integer)
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    # Printer, copies, duplex, output files: what the clerk chose in the dialog.
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_by: Mapped[str] = mapped_column(String(100), default="")
    host: Mapped[str] = mapped_column(String(100), default="")
    # Refreshed while the run works; a stale heartbeat means the run died.
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    message: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[MassRunItem]] = relationship(
        back_populates="run", cascade="all, delete-orphan", passive_deletes=True
    )


class MassRunItem(IdMixin, Base):
    """The state of one contact in a run, committed at every step."""

    __tablename__ = "mass_run_item"
    __table_args__ = (UniqueConstraint("run_id", "person_id"),)

    run_id: Mapped[int] = mapped_column(ForeignKey("mass_run.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    state: Mapped[ItemState] = mapped_column(enum_type(ItemState), default=ItemState.PLANNED)
    # Printed on the letter (text, barcode or QR code) to capture responses later.
    letter_code: Mapped[str] = mapped_column(String(32), unique=True)
    dossier_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("dossier_item.id", ondelete="SET NULL")
    )
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    pages: Mapped[int | None] = mapped_column(Integer)
    message_id: Mapped[str] = mapped_column(String(300), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    run: Mapped[MassRun] = relationship(back_populates="items")
