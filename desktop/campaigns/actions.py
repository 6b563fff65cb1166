"""Campaign actions: list, add (optionally with an earlier target group), save, delete.

Saving and deleting use the same optimistic locking as :mod:`desktop.campaigns.service`.
The target group itself is changed through :mod:`desktop.campaigns.members`. No Qt here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import case, func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.campaigns import members
from desktop.campaigns.message_texts import TextFault, check_mail_part, check_sms
from desktop.db.errors import ConcurrentEditError
from desktop.db.locking import locked
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    Channel,
    DossierItem,
    DossierItemType,
    Employee,
    Template,
)

SUBJECT_MAX = CampaignAction.__table__.c.subject.type.length


class Problem(enum.Enum):
    """Why an action cannot be saved as entered; the UI words each one."""

    NAME_REQUIRED = "name_required"
    SEQUENCE_INVALID = "sequence_invalid"  # below 1
    SEQUENCE_TAKEN = "sequence_taken"
    COST_NEGATIVE = "cost_negative"
    SUBJECT_TOO_LONG = "subject_too_long"
    SOURCE_OTHER_CAMPAIGN = "source_other_campaign"  # target group of another campaign's action
    SUBJECT_REQUIRED = "subject_required"  # an e-mail action
    MAIL_TEXT_REQUIRED = "mail_text_required"  # an e-mail action with neither text nor HTML
    REPLY_TO_INVALID = "reply_to_invalid"
    SMS_TEXT_REQUIRED = "sms_text_required"
    UNKNOWN_MERGE_FIELD = "unknown_merge_field"  # in the e-mail's or the SMS's text
    TEXT_UNREADABLE = "text_unreadable"  # broken {{ }} or {% %} in the e-mail's or the SMS's text


class InvalidAction(ValueError):
    """The entered values cannot be saved; ``field`` names the input to correct.

    Attributes:
        field: The :class:`ActionData` field to correct; for a text problem the text
            (``subject``, ``mail_text``, ``mail_html``, ``sms_text``).
        problem: What is wrong.
        fault: For :attr:`Problem.UNKNOWN_MERGE_FIELD` and :attr:`Problem.TEXT_UNREADABLE`,
            the field name and suggestions or the line; else None.
    """

    def __init__(self, field: str, problem: Problem, fault: TextFault | None = None) -> None:
        detail = f" ({fault.field or f'line {fault.line}'})" if fault else ""
        super().__init__(f"{field}: {problem.value}{detail}")
        self.field = field
        self.problem = problem
        self.fault = fault


@dataclass(frozen=True)
class ActionRow:
    """One line of a campaign's action list."""

    id: int
    sequence: int
    name: str
    channel: Channel
    generated_at: dt.datetime | None
    members: int
    linked: int


@dataclass(frozen=True)
class ActionData:
    """The editable fields of an action as the editor shows them.

    ``row_version`` is the version the clerk started from; saving compares it with the
    database so that nobody overwrites another clerk's changes unknowingly.
    """

    id: int
    row_version: int
    campaign_id: int
    sequence: int
    name: str
    channel: Channel = Channel.LETTER
    template_id: int | None = None
    sender_id: int | None = None  # an Employee
    dossier_item_type_id: int | None = None
    subject: str = ""  # of the letter; of the e-mail a template with merge fields
    mail_text: str = ""
    mail_html: str = ""  # empty: a plain-text e-mail
    mail_attach_letter: bool = False
    reply_to: str = ""
    sms_text: str = ""
    dossier_per_contact: bool = True
    handled_on_creation: bool = False
    fixed_cost: Decimal = Decimal("0")
    cost_per_contact: Decimal = Decimal("0")
    exclude_used_contacts: bool = False
    planned_date: dt.date | None = None
    generated_at: dt.datetime | None = None  # set by the mass run, never by the editor
    updated_by: str = ""
    updated_at: dt.datetime | None = None

    def replace(self, **changes: object) -> ActionData:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def same_content(self, other: ActionData) -> bool:
        """True when the fields a clerk edits are equal."""
        return all(getattr(self, f) == getattr(other, f) for f in EDITABLE_FIELDS)


# What add() accepts as **settings: everything the editor sets except numbering and name.
SETTINGS = (
    "template_id",
    "sender_id",
    "dossier_item_type_id",
    "subject",
    "mail_text",
    "mail_html",
    "mail_attach_letter",
    "reply_to",
    "sms_text",
    "dossier_per_contact",
    "handled_on_creation",
    "fixed_cost",
    "cost_per_contact",
    "exclude_used_contacts",
    "planned_date",
)
EDITABLE_FIELDS = ("sequence", "name", "channel", *SETTINGS)

Choice = tuple[int, str]


def _to_data(a: CampaignAction) -> ActionData:
    return ActionData(
        id=a.id,
        row_version=a.row_version,
        campaign_id=a.campaign_id,
        updated_by=a.updated_by,
        updated_at=a.updated_at,
        generated_at=a.generated_at,
        **{f: getattr(a, f) for f in EDITABLE_FIELDS},
    )


def list_actions(session: Session, campaign_id: int) -> list[ActionRow]:
    """The actions of a campaign in sequence order, with their member counts."""
    m = ActionMember
    rows = session.execute(
        select(
            CampaignAction.id,
            CampaignAction.sequence,
            CampaignAction.name,
            CampaignAction.channel,
            CampaignAction.generated_at,
            func.count(m.id),
            func.coalesce(func.sum(case((m.linked == true(), 1), else_=0)), 0),
        )
        .outerjoin(m, m.action_id == CampaignAction.id)
        .where(CampaignAction.campaign_id == campaign_id)
        .group_by(
            CampaignAction.id,
            CampaignAction.sequence,
            CampaignAction.name,
            CampaignAction.channel,
            CampaignAction.generated_at,
        )
        .order_by(CampaignAction.sequence)
    )
    return [ActionRow(r[0], r[1], r[2], r[3], r[4], int(r[5]), int(r[6])) for r in rows]


def load(session: Session, action_id: int) -> ActionData | None:
    action = session.get(CampaignAction, action_id, populate_existing=True)
    return _to_data(action) if action else None


def next_sequence(session: Session, campaign_id: int) -> int:
    """One more than the highest sequence number of the campaign (1 for the first action)."""
    highest = session.scalar(
        select(func.max(CampaignAction.sequence)).where(CampaignAction.campaign_id == campaign_id)
    )
    return (highest or 0) + 1


def _validate(session: Session, data: ActionData, require_texts: bool) -> None:
    if not data.name.strip():
        raise InvalidAction("name", Problem.NAME_REQUIRED)
    if data.sequence < 1:
        raise InvalidAction("sequence", Problem.SEQUENCE_INVALID)
    taken = session.scalar(
        select(CampaignAction.id).where(
            CampaignAction.campaign_id == data.campaign_id,
            CampaignAction.sequence == data.sequence,
            CampaignAction.id != data.id,
        )
    )
    if taken is not None:
        raise InvalidAction("sequence", Problem.SEQUENCE_TAKEN)
    for field in ("fixed_cost", "cost_per_contact"):
        if getattr(data, field) < 0:
            raise InvalidAction(field, Problem.COST_NEGATIVE)
    if len(data.subject.strip()) > SUBJECT_MAX:
        raise InvalidAction("subject", Problem.SUBJECT_TOO_LONG)
    # The texts of the other channels are kept (a clerk may switch back) but not checked:
    # only the chosen channel's texts are ever sent.
    if data.channel == Channel.EMAIL:  # == : a combo box hands the plain str back
        _validate_mail(data, require_texts)
    elif data.channel == Channel.SMS:
        if require_texts and not data.sms_text.strip():
            raise InvalidAction("sms_text", Problem.SMS_TEXT_REQUIRED)
        _raise_fault("sms_text", check_sms(data.sms_text))


def _validate_mail(data: ActionData, require_texts: bool) -> None:
    if require_texts and not data.subject.strip():
        raise InvalidAction("subject", Problem.SUBJECT_REQUIRED)
    if require_texts and not (data.mail_text.strip() or data.mail_html.strip()):
        raise InvalidAction("mail_text", Problem.MAIL_TEXT_REQUIRED)
    if data.reply_to.strip():
        try:
            # Deliverability (a DNS look-up) is the mail server's business, and the editor
            # must work offline.
            validate_email(data.reply_to.strip(), check_deliverability=False)
        except EmailNotValidError:
            raise InvalidAction("reply_to", Problem.REPLY_TO_INVALID) from None
    for field in ("subject", "mail_text", "mail_html"):
        _raise_fault(field, check_mail_part(getattr(data, field)))


def _raise_fault(field: str, fault: TextFault | None) -> None:
    if fault is not None:
        problem = Problem.UNKNOWN_MERGE_FIELD if fault.field else Problem.TEXT_UNREADABLE
        raise InvalidAction(field, problem, fault)


def add(
    session: Session,
    campaign_id: int,
    name: str,
    channel: Channel,
    *,
    copy_members_from: int | None = None,
    require_texts: bool = False,
    **settings: Any,
) -> ActionData:
    """Add an action with the next sequence number of its campaign.

    Args:
        session: An open session; the caller commits.
        campaign_id: The campaign the action belongs to.
        name: The action's name.
        channel: How it reaches its target group.
        copy_members_from: An action of the same campaign whose target group is taken
            over as it is (see :func:`desktop.campaigns.members.copy_from_action`).
        require_texts: Refuse an e-mail action without subject and body, an SMS action
            without text. The window asks for them at once; the command line adds the
            action first and the texts are written later (the send refuses until then).
            Texts that are given are always checked.
        **settings: Initial values of the fields in :data:`SETTINGS`.

    Raises:
        InvalidAction: A value must be corrected first, or ``copy_members_from`` is an
            action of another campaign.
        ConcurrentEditError: The campaign or the source action was deleted meanwhile.
        TypeError: ``settings`` names a field that is not a setting.
    """
    unknown = set(settings) - set(SETTINGS)
    if unknown:
        raise TypeError(f"not an action setting: {', '.join(sorted(unknown))}")
    # Locking the campaign row makes a second clerk adding an action to the same campaign
    # wait for our commit and then number after us (PostgreSQL; SQLite writes one at a time).
    if session.get(Campaign, campaign_id, with_for_update=True) is None:
        raise ConcurrentEditError("campaign", campaign_id)
    if copy_members_from is not None:
        source_campaign = session.scalar(
            select(CampaignAction.campaign_id).where(CampaignAction.id == copy_members_from)
        )
        if source_campaign is None:
            raise ConcurrentEditError("action", copy_members_from)
        if source_campaign != campaign_id:
            raise InvalidAction("copy_members_from", Problem.SOURCE_OTHER_CAMPAIGN)
    entered = ActionData(
        id=0,
        row_version=0,
        campaign_id=campaign_id,
        sequence=next_sequence(session, campaign_id),
        name=name,
        channel=channel,
        **settings,
    )
    _validate(session, entered, require_texts)
    action = CampaignAction(
        campaign_id=campaign_id,
        **{f: getattr(entered, f) for f in EDITABLE_FIELDS},
    )
    action.name = entered.name.strip()
    action.subject = entered.subject.strip()
    action.reply_to = entered.reply_to.strip()
    session.add(action)
    session.flush()
    if copy_members_from is not None:
        members.copy_from_action(session.connection(), copy_members_from, action.id)
    return _to_data(action)


def _locked(session: Session, action_id: int, row_version: int | None) -> CampaignAction:
    return locked(session, CampaignAction, action_id, row_version, "action")


def save(session: Session, data: ActionData, overwrite: bool = False, require_texts: bool = True) -> ActionData:
    """Write the editor's values; the campaign and ``generated_at`` are not changed here.

    Args:
        session: An open session; the caller commits.
        data: The values, with the ``row_version`` they were loaded at.
        overwrite: Save even if another clerk saved in between (the clerk chose so).
        require_texts: See :func:`add`; the editor saves complete actions only.

    Raises:
        InvalidAction: A value must be corrected first.
        ConcurrentEditError: Another clerk saved or deleted the action meanwhile.
    """
    _validate(session, data, require_texts)
    action = _locked(session, data.id, None if overwrite else data.row_version)
    channel_changed = action.channel != data.channel
    for field in EDITABLE_FIELDS:
        setattr(action, field, getattr(data, field))
    action.name = data.name.strip()
    action.subject = data.subject.strip()
    action.reply_to = data.reply_to.strip()
    try:
        session.flush()
    except StaleDataError as exc:  # a save slipped in between our read and write
        raise ConcurrentEditError("action", data.id) from exc
    if channel_changed:
        # Who must be left out depends on the channel: a letter needs an address, an
        # e-mail an e-mail address.
        members.recheck(session.connection(), action.id)
    return _to_data(action)


def generated_items(session: Session, action_id: int) -> int:
    """How many dossier items the action wrote; the UI asks before deleting such an action."""
    return session.scalar(
        select(func.count()).select_from(DossierItem).where(DossierItem.action_id == action_id)
    ) or 0


def delete(session: Session, action_id: int, row_version: int | None) -> None:
    """Delete an action with its target group; contacts' dossier items stay (unlinked).

    The database does both: members go by ``ON DELETE CASCADE``, and the dossier items'
    ``action_id`` becomes NULL by ``ON DELETE SET NULL``.

    Raises:
        ConcurrentEditError: Someone changed it since ``row_version`` was read.
    """
    action = _locked(session, action_id, row_version)
    session.delete(action)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("action", action_id) from exc


# -- choices for the editor's drop-down lists ----------------------------------------------------


def senders(session: Session, current: int | None = None) -> list[Choice]:
    """Active employees as (id, display name); ``current`` stays listed if deactivated."""
    rows = session.execute(
        select(Employee.id, Employee.first_name, Employee.last_name)
        .where((Employee.active == true()) | (Employee.id == current))
        .order_by(Employee.last_name, Employee.first_name, Employee.id)
    )
    return [(id_, f"{first} {last}".strip()) for id_, first, last in rows]


def own_employee(session: Session, login: str) -> int | None:
    """The active employee signed on as ``login``: the sender a new action proposes."""
    if not login:
        return None
    return session.scalar(
        select(Employee.id).where(func.lower(Employee.login) == login.lower(), Employee.active == true())
        .order_by(Employee.id).limit(1)
    )


def dossier_item_types(session: Session, current: int | None = None) -> list[Choice]:
    """Active dossier item types as (id, name); ``current`` stays listed if deactivated."""
    rows = session.execute(
        select(DossierItemType.id, DossierItemType.name)
        .where((DossierItemType.active == true()) | (DossierItemType.id == current))
        .order_by(DossierItemType.name, DossierItemType.id)
    )
    return [(id_, name) for id_, name in rows]


def templates(session: Session) -> list[Choice]:
    """Letter templates as (id, name)."""
    rows = session.execute(select(Template.id, Template.name).order_by(Template.name, Template.id))
    return [(id_, name) for id_, name in rows]
