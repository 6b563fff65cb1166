"""Archived documents, letter templates and costs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desktop.db.models.base import (
    Base,
    IdMixin,
    UTCDateTime,
    Versioned,
    current_login,
    utcnow,
)
from desktop.db.models.campaigns import MONEY
from desktop.db.models.enums import CostBasis, CostKind, enum_type


class Document(IdMixin, Base):
    """An archived file (a letter's PDF, a sent e-mail); never changed once written."""

    __tablename__ = "document"

    name: Mapped[str] = mapped_column(String(260))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    # Either the bytes themselves or a path in the shared archive folder.
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    storage_path: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class Template(IdMixin, Versioned, Base):
    """A Word (.docx) letter template, holding its current version.

    ``revision`` is the number of the current :class:`TemplateVersion`; every import,
    re-import and restore adds a version and copies it here.
    """

    __tablename__ = "template"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="de")
    filename: Mapped[str] = mapped_column(String(260), default="")
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    sha256: Mapped[str] = mapped_column(String(64), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class TemplateVersion(IdMixin, Base):
    """One imported state of a template, kept so a resumed run merges what it started with."""

    __tablename__ = "template_version"
    __table_args__ = (UniqueConstraint("template_id", "revision"),)

    template_id: Mapped[int] = mapped_column(ForeignKey("template.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(260), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100), default=current_login)


class Cost(IdMixin, Versioned, Base):
    """An estimated or actual cost of a campaign, optionally of one of its actions."""

    __tablename__ = "cost"

    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaign_action.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[CostKind] = mapped_column(enum_type(CostKind))
    basis: Mapped[CostBasis] = mapped_column(enum_type(CostBasis))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    quantity: Mapped[int | None] = mapped_column(Integer)
    unit_amount: Mapped[Decimal | None] = mapped_column(MONEY)
    invoice_number: Mapped[str] = mapped_column(String(50), default="")
    supplier: Mapped[str] = mapped_column(String(200), default="")
    cost_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    # Set for the variable costs a mass run writes, so a resumed run never books twice.
    mass_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("mass_run.id", ondelete="SET NULL"), unique=True
    )
