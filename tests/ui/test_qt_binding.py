"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 did not on Python 3.11).

With 6.12.0 each call of a Qt function that returns nothing (``setWindowTitle``,
``processEvents``, ``setOverrideCursor``…) took one reference from ``None``; after a few
thousand such calls a clerk's program died with "Fatal Python error: none_dealloc". On
Python 3.12 and newer ``None`` is immortal and the count never moves.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget


def test_qt_calls_returning_nothing_leave_none_alone(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.setWindowTitle("Kampagnen")
        QApplication.processEvents()
        QLocale.setDefault(QLocale("de_DE"))
    QLocale.setDefault(QLocale("en_US"))
    # A few references come and go with the interpreter's own work; 1500 lost ones would show.
    assert abs(sys.getrefcount(None) - before) < 100
