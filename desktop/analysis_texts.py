"""The clerk's words for analysis values and totalizer groups, shared by the window and the CLI."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.campaigns import totalizer
from desktop.campaigns.analyses import Dataset
from desktop.campaigns.members import Exclusion
from desktop.db.models import CampaignStatus, Channel
from desktop.ui.labels import status_label
from desktop.ui.member_labels import channel_label, exclusion_label


def yes_no() -> tuple[str, str]:
    # The words of the query export (context "QueryDialog"): the same in every export.
    return (QCoreApplication.translate("QueryDialog", "yes"), QCoreApplication.translate("QueryDialog", "no"))


def in_words(value: Any) -> Any:
    """An analysis value for a workbook: enumerations and exclusion codes in words, the rest as is."""
    if isinstance(value, CampaignStatus):
        return status_label(value)
    if isinstance(value, Channel):
        return channel_label(value)
    if isinstance(value, str) and value in Exclusion._value2member_map_:
        return exclusion_label(Exclusion(value))
    return value


def headers(dataset: Dataset) -> list[str]:
    return [QCoreApplication.translate("Analyses", h) for h in dataset.headers]


def dataset_label(dataset: Dataset) -> str:
    return QCoreApplication.translate("Analyses", dataset.label)


def field_label(key: str) -> str:
    return QCoreApplication.translate("Totalizer", totalizer.BY_KEY[key].label)


def group_text(key: str, value: Any) -> str:
    """A totalizer group as the clerk reads it: "handled", "open", "(no response)" …"""
    if key == "handled":
        if value is None:
            return QCoreApplication.translate("AnalysisTexts", "(none)")
        return (QCoreApplication.translate("AnalysisTexts", "handled") if value
                else QCoreApplication.translate("AnalysisTexts", "open"))
    if value is None:
        return {
            "response": QCoreApplication.translate("AnalysisTexts", "(no response)"),
            "action": QCoreApplication.translate("AnalysisTexts", "(no action)"),
            "employee": QCoreApplication.translate("AnalysisTexts", "(no employee)"),
            "organisation": QCoreApplication.translate("AnalysisTexts", "(no organisation)"),
            "account_manager": QCoreApplication.translate("AnalysisTexts", "(no account manager)"),
        }.get(key, QCoreApplication.translate("AnalysisTexts", "(none)"))
    return str(value)
