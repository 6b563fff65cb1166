"""The wait cursor while the program works for a moment on the clerk's thread."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """Show the wait cursor for the ``with`` block (work of a second or less; longer work
    runs on the worker with a progress dialog)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
