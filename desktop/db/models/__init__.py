"""Typed SQLAlchemy 2 models of the whole Kampagnen schema.

Import models from here; the schema changes only through Alembic revisions under
``desktop/db/migrations/versions``.
"""

from desktop.db.models.base import Base, UTCDateTime, utcnow
from desktop.db.models.campaigns import (
    ActionMember,
    ActionSelection,
    Campaign,
    CampaignAction,
    Selection,
)
from desktop.db.models.contacts import Employee, Organisation, Person
from desktop.db.models.documents import Cost, Document, Template, TemplateVersion
from desktop.db.models.dossier import (
    DossierItem,
    DossierItemType,
    FollowUpRule,
    Response,
    ResponseType,
    Task,
)
from desktop.db.models.enums import (
    CampaignStatus,
    Channel,
    CostBasis,
    CostKind,
    ItemState,
    MemberOrigin,
    RunStatus,
    Salutation,
)
from desktop.db.models.runs import MassRun, MassRunItem

__all__ = [
    "ActionMember",
    "ActionSelection",
    "Base",
    "Campaign",
    "CampaignAction",
    "CampaignStatus",
    "Channel",
    "Cost",
    "CostBasis",
    "CostKind",
    "Document",
    "DossierItem",
    "DossierItemType",
    "Employee",
    "FollowUpRule",
    "ItemState",
    "MassRun",
    "MassRunItem",
    "MemberOrigin",
    "Organisation",
    "Person",
    "Response",
    "ResponseType",
    "RunStatus",
    "Salutation",
    "Selection",
    "Task",
    "Template",
    "TemplateVersion",
    "UTCDateTime",
    "utcnow",
]
