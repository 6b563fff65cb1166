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


def _four_digit_year(pattern: str) -> str:
    # Qt's short formats write "24.12.26"; in business records the year is written out.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_format() -> str:
    """The locale's short date format with a four-digit year, e.g. ``dd.MM.yyyy``."""
    return _four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: dt.datetime | None) -> str:
    """A UTC timestamp shown in the workstation's local time."""
    if value is None:
        return ""
    utc = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc())
    pattern = _four_digit_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    return QLocale().toString(utc.toLocalTime(), pattern)


def format_money(value: Decimal | None) -> str:
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), "€")
