"""Enumerations stored as short strings (portable between SQLite and PostgreSQL)."""

from __future__ import annotations

import enum

from sqlalchemy import Enum


class Salutation(str, enum.Enum):
    """How a person is addressed in a letter."""

    MR = "mr"
    MS = "ms"
    NEUTRAL = "neutral"


class CampaignStatus(str, enum.Enum):
    PLANNED = "planned"
    ACTIVE = "active"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class Channel(str, enum.Enum):
    """The way an action reaches its target group."""

    LETTER = "letter"
    EMAIL = "email"
    PRINT_SERVICE = "print_service"
    SMS = "sms"
    DOSSIER_ONLY = "dossier_only"


class MemberOrigin(str, enum.Enum):
    """Where a member of a target group came from."""

    SELECTION = "selection"
    IMPORT = "import"
    ACTION = "action"
    MANUAL = "manual"


class CostKind(str, enum.Enum):
    ESTIMATED = "estimated"
    ACTUAL = "actual"


class CostBasis(str, enum.Enum):
    FIXED = "fixed"
    PER_CONTACT = "per_contact"
    INVOICE = "invoice"


class RunStatus(str, enum.Enum):
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    FAILED = "failed"


class ItemState(str, enum.Enum):
    """State of one contact in a mass run; each step is committed as it happens."""

    PLANNED = "planned"
    RENDERED = "rendered"
    CONVERTED = "converted"
    ARCHIVED = "archived"
    PRINTED = "printed"
    # An e-mail handed to the server but not yet recorded as sent: after a crash it is
    # reported as uncertain, never sent again by itself (see desktop.delivery.mail_run).
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


def enum_type(enum_cls: type[enum.Enum], length: int = 20) -> Enum:
    """Return a VARCHAR-backed enum column type that stores the members' values."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )
