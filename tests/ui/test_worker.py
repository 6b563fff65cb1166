"""Long jobs on the thread pool: result, progress on the GUI thread, cancel, errors, no freezing."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop.jobs import CancelFlag, Progress
from desktop.ui.worker import Worker

WAIT_MS = 5000


@pytest.fixture(autouse=True)
def idle_pool() -> Iterator[None]:
    """No job of one test may still run in the next."""
    yield
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)


class Recorder:
    """Collects what a worker's signals delivered, and on which thread."""

    def __init__(self, worker: Worker, qapp: QApplication) -> None:
        self.qapp = qapp
        self.progress: list[tuple[int, int, str]] = []
        self.threads: list[bool] = []
        self.succeeded: list[object] = []
        self.failed: list[BaseException] = []
        self.cancelled = 0
        self.finished = 0
        signals = worker.signals
        signals.progress.connect(self._on_progress)
        signals.succeeded.connect(self.succeeded.append)
        signals.failed.connect(self.failed.append)
        signals.cancelled.connect(self._on_cancelled)
        signals.finished.connect(self._on_finished)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.threads.append(QThread.currentThread() is self.qapp.thread())
        self.progress.append((done, total, what))

    def _on_cancelled(self) -> None:
        self.cancelled += 1

    def _on_finished(self) -> None:
        self.finished += 1


def add(a: int, b: int, *, progress: Progress, cancel: CancelFlag) -> int:
    return a + b


def count_rows(rows: int, *, progress: Progress, cancel: CancelFlag, pause: float = 0.002) -> str:
    for i in range(rows):
        cancel.check()
        time.sleep(pause)
        progress(i + 1, rows, f"row {i + 1}")
    return f"{rows} rows"


def test_result_arrives_with_succeeded(qtbot, qapp) -> None:
    worker = Worker(add, 2, b=40)
    seen = Recorder(worker, qapp)
    with qtbot.waitSignal(worker.signals.succeeded, timeout=WAIT_MS) as blocker:
        worker.start()
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: seen.finished == 1, timeout=WAIT_MS)
    assert seen.failed == [] and seen.cancelled == 0


def test_progress_arrives_on_the_gui_thread_and_ends_complete(qtbot, qapp) -> None:
    worker = Worker(count_rows, 200)
    seen = Recorder(worker, qapp)
    with qtbot.waitSignal(worker.signals.finished, timeout=WAIT_MS):
        worker.start()

    assert seen.succeeded == ["200 rows"]
    assert seen.progress, "no progress was reported"
    assert all(seen.threads), "a progress signal was handled outside the GUI thread"
    assert seen.progress[-1] == (200, 200, "row 200")
    dones = [done for done, _total, _what in seen.progress]
    assert dones == sorted(dones)
    # Throttled: not one signal per row (200 rows of 2 ms take about 0.4 s; at most 20 signals a second).
    assert len(seen.progress) < 100


def test_cancel_ends_with_cancelled_not_succeeded(qtbot, qapp) -> None:
    started = threading.Event()

    def until_cancelled(*, progress: Progress, cancel: CancelFlag) -> str:
        started.set()
        for _ in range(500):  # at most 5 seconds
            cancel.check()
            time.sleep(0.01)
        return "ran to the end"

    worker = Worker(until_cancelled)
    seen = Recorder(worker, qapp)
    worker.start()
    assert started.wait(WAIT_MS / 1000)
    began = time.monotonic()
    with qtbot.waitSignal(worker.signals.cancelled, timeout=WAIT_MS):
        worker.cancel()
    assert time.monotonic() - began < 1.0, "the job did not stop soon after Cancel"
    qtbot.waitUntil(lambda: seen.finished == 1, timeout=WAIT_MS)
    assert seen.succeeded == []
    assert seen.failed == []
    assert seen.cancelled == 1


def test_exception_is_handed_to_failed(qtbot, qapp, caplog) -> None:
    def broken(*, progress: Progress, cancel: CancelFlag) -> None:
        progress(1, 3, "first")
        raise ValueError("Vorlage Einladung.docx fehlt")

    worker = Worker(broken)
    seen = Recorder(worker, qapp)
    with qtbot.waitSignal(worker.signals.failed, timeout=WAIT_MS) as blocker:
        worker.start()

    (error,) = blocker.args
    assert isinstance(error, ValueError)
    assert str(error) == "Vorlage Einladung.docx fehlt"
    qtbot.waitUntil(lambda: seen.finished == 1, timeout=WAIT_MS)
    assert seen.succeeded == [] and seen.cancelled == 0
    assert "Vorlage Einladung.docx fehlt" in caplog.text, "the traceback is not in the log"


def test_window_stays_responsive_during_a_long_job(qtbot, qapp) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))

    worker = Worker(count_rows, 50, pause=0.02)  # about one second
    seen = Recorder(worker, qapp)
    timer.start()
    began = time.monotonic()
    with qtbot.waitSignal(worker.signals.finished, timeout=WAIT_MS):
        worker.start()
    elapsed = time.monotonic() - began
    timer.stop()

    assert seen.succeeded == ["50 rows"]
    assert elapsed >= 0.9
    # 20 ms ticks for a second: about 50 when the GUI thread is free, 0 or 1 when it blocks.
    assert len(ticks) >= 20, f"only {len(ticks)} timer ticks in {elapsed:.2f} s"
    longest_gap = max(b - a for a, b in zip(ticks, ticks[1:]))
    assert longest_gap < 0.25, f"the GUI thread was blocked for {longest_gap:.2f} s"


def test_reports_without_a_total_are_thinned_out(qtbot, qapp: QApplication) -> None:
    """A job reporting every batch with no known total does not flood the window."""

    def job(*, progress: Progress, cancel: CancelFlag) -> None:
        for done in range(1, 2001):
            progress(done, 0, "rows")

    worker = Worker(job)
    recorder = Recorder(worker, qapp)
    worker.start()
    qtbot.waitUntil(lambda: recorder.finished == 1, timeout=WAIT_MS)
    assert 1 <= len(recorder.progress) < 50
