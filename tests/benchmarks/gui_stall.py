"""Benchmark: the longest the window stops responding while a query or an export runs.

Run as ``python tests/benchmarks/gui_stall.py [--database URL] [--persons N]`` (the same
database as ``query_speed.py``: a SQLite file of a million demo persons unless a URL is
given). Opens the real query window (offscreen), and while it counts and lists the
three-condition query, then exports 100,000 rows to CSV and to XLSX through the progress
dialog, a 5 ms timer on the GUI thread notes the longest gap between its ticks: that is the
longest time a click or a repaint would have waited. The first page is timed in a run of
its own, without the meter. Prints ``name value unit`` lines.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_speed import EXPORT_ROWS, THREE_CONDITIONS, database_from_arguments  # noqa: E402

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.context import AppContext  # noqa: E402
from desktop.query import export  # noqa: E402
from desktop.query.definition import parse  # noqa: E402
from desktop.query.selections import SelectionData  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.ui.progress import run_with_progress  # noqa: E402
from desktop.ui.query_dialog import QueryDialog  # noqa: E402
from desktop.ui.worker import Worker  # noqa: E402


class GapMeter:
    """A 5 ms timer on the GUI thread; ``longest`` is the largest gap between ticks in ms."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        self._last = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self._last = 0
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.longest


def wait_until(app: QApplication, done, timeout: float = 120.0) -> None:  # noqa: ANN001
    """Run the event loop, as the program would, until ``done()``; checked every 2 ms."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    check = QTimer(interval=2)
    check.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
    check.start()
    loop.exec()
    check.stop()
    if not done():
        raise TimeoutError("the window did not finish in time")


def main() -> None:
    db = database_from_arguments()
    backend = db.url.get_backend_name()
    app = QApplication([])
    ctx = AppContext(Settings(), db)
    gc.freeze()  # as desktop.app does once the main window is up
    meter = GapMeter()

    selection = SelectionData(id=0, name="bench", definition=parse(THREE_CONDITIONS))

    def first_page() -> tuple[QueryDialog, float]:
        """The window opens and shows the first page; the count follows on its worker."""
        started = time.perf_counter()
        dialog = QueryDialog(ctx, selection=selection)
        dialog.show()
        wait_until(app, lambda: dialog.model.rowCount() > 0)
        shown = time.perf_counter() - started
        wait_until(app, lambda: dialog._worker is None)  # the count goes on after the page
        return dialog, shown

    # Timed on its own: the meter's ticks would compete with the count for the interpreter.
    dialog, shown = first_page()
    dialog.done(0)
    print(f"gui_query_window_first_page_{backend} {shown:.3f} s")
    meter.start()
    dialog, _shown = first_page()
    print(f"gui_longest_stall_query_{backend} {meter.stop()} ms")

    # Scrolling: one more page is fetched on the GUI thread.
    started = time.perf_counter()
    dialog.model.fetchMore(dialog.model.index(0, 0).parent())
    print(f"gui_fetch_next_page_{backend} {1000 * (time.perf_counter() - started):.0f} ms")

    limited = parse(EXPORT_ROWS)
    for kind, job in (("csv", export.export_csv), ("xlsx", export.export_xlsx)):
        with tempfile.TemporaryDirectory() as folder:
            worker = Worker(job, db, limited, Path(folder) / f"export.{kind}", list(limited.fields))
            meter.start()
            outcome = run_with_progress(dialog, "Export", lambda done, _t, _w: f"{done}", worker)
            stall = meter.stop()
            assert outcome.succeeded, outcome.error
        print(f"gui_longest_stall_export_{kind}_{backend} {stall} ms")
    dialog.close()


if __name__ == "__main__":
    main()
