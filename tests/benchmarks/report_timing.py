"""Benchmark: the campaign summary report as a PDF file (totals, two charts, layout, writing).

``monitoring.py`` calls :func:`time_report` with its campaign of 100,000 dossier items;
the target is 3 s. Qt is started here (offscreen when there is no display).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _application():
    """The running QApplication, or a new one (offscreen without a display)."""
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["report_timing"])


def time_report(db, campaign_id: int, folder: Path) -> float:
    """Write the summary of ``campaign_id`` to ``folder``; print and return the seconds it took."""
    app = _application()
    from desktop.ui.report_document import write_report

    target = Path(folder) / "campaign-summary.pdf"
    started = time.perf_counter()
    pages = write_report(db, "summary", target, [campaign_id])
    seconds = time.perf_counter() - started
    print(f"monitoring_report_pdf_sqlite {seconds:.3f} s")
    print(f"monitoring_report_pages {pages} pages")
    app.processEvents()
    return seconds
