"""The printers the operating system offers (through Qt's print support, no widgets)."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo


def available_printers() -> list[str]:
    """Names of the installed printers; needs a QGuiApplication."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()
