"""The printers the operating system offers (through Qt's print support, no widgets).

Without Qt (the CLI on Linux/macOS), :func:`desktop.delivery.printing.list_printers` asks
CUPS instead.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo


def available_printers() -> list[str]:
    """Names of the installed printers; needs a QGuiApplication."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    """Name of the default printer, "" if there is none; needs a QGuiApplication."""
    return QPrinterInfo.defaultPrinterName()
