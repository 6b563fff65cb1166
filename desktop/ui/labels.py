"""Translated names of enumerations and locale-aware formatting for display."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from desktop.db.models import CampaignStatus


def status_label(status: CampaignStatus) -> str:
    """The clerk's word for a campaign status."""
    return {
        CampaignStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        CampaignStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        CampaignStatus.FINISHED: QCoreApplication.translate("Labels", "Finished"),
        CampaignStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[status]


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: dt.datetime | None) -> str:
    """A UTC timestamp shown in the workstation's local time."""
    if value is None:
        return ""
    utc = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


def format_money(value: Decimal | None) -> str:
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), "€")
