"""The clerk's words for channels, exclusion reasons and where a member came from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.campaigns.members import Exclusion, MemberRow
from desktop.db.models import Channel, MemberOrigin
from desktop.delivery.sms_text import NumberProblem


def channel_label(channel: Channel) -> str:
    """The clerk's word for how an action reaches its target group."""
    return {
        Channel.LETTER: QCoreApplication.translate("MemberLabels", "Letter to print"),
        Channel.EMAIL: QCoreApplication.translate("MemberLabels", "E-mail"),
        Channel.PRINT_SERVICE: QCoreApplication.translate("MemberLabels", "PDF for a print service"),
        Channel.SMS: QCoreApplication.translate("MemberLabels", "SMS export"),
        Channel.DOSSIER_ONLY: QCoreApplication.translate("MemberLabels", "Dossier entry only"),
    }[channel]


def exclusion_label(reason: Exclusion) -> str:
    """Why a person does not get the action's channel."""
    return {
        Exclusion.DECEASED: QCoreApplication.translate("MemberLabels", "deceased"),
        Exclusion.NO_LETTER: QCoreApplication.translate("MemberLabels", "wants no letters"),
        Exclusion.NO_EMAIL: QCoreApplication.translate("MemberLabels", "wants no e-mails"),
        Exclusion.NO_SMS: QCoreApplication.translate("MemberLabels", "wants no SMS"),
        Exclusion.NO_ADDRESS: QCoreApplication.translate("MemberLabels", "no complete postal address"),
        Exclusion.NO_EMAIL_ADDRESS: QCoreApplication.translate("MemberLabels", "no valid e-mail address"),
        Exclusion.NO_MOBILE: QCoreApplication.translate("MemberLabels", "no mobile number"),
    }[reason]


def origin_text(row: MemberRow) -> str:
    """Where a member came from: which selection, file or action, or by hand."""
    if row.origin is MemberOrigin.SELECTION:
        return QCoreApplication.translate("MemberLabels", "Selection “{name}”").format(name=row.origin_selection)
    if row.origin is MemberOrigin.IMPORT:
        return QCoreApplication.translate("MemberLabels", "Import from {file}").format(file=row.origin_file)
    if row.origin is MemberOrigin.ACTION:
        return QCoreApplication.translate("MemberLabels", "From action {number}").format(
            number=row.origin_action if row.origin_action is not None else "?"
        )
    return QCoreApplication.translate("MemberLabels", "Added by hand")


def left_out_label(reason: str) -> str:
    """Why a contact gets no SMS (an exclusion, or what is wrong with the mobile number)."""
    if reason == NumberProblem.INVALID.value:
        return QCoreApplication.translate("MemberLabels", "the mobile number is not valid")
    if reason == NumberProblem.NOT_MOBILE.value:
        return QCoreApplication.translate("MemberLabels", "the number is not a mobile number")
    try:
        return exclusion_label(Exclusion(reason))
    except ValueError:
        return reason
