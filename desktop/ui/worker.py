"""Runs a long plain function on the thread pool and reports its progress as signals.

The function is one of the jobs described in :mod:`desktop.jobs`: it takes ``progress``
and ``cancel`` keyword arguments and knows nothing of Qt. Its progress calls arrive on
the GUI thread as queued signals, so no widget is ever touched from the worker thread.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from desktop.jobs import CancelFlag, Cancelled

log = logging.getLogger(__name__)

# At most this many progress signals a second: a job may report every row, the event
# loop should not have to repaint for each of them.
_PROGRESS_INTERVAL = 0.05


class WorkerSignals(QObject):
    """Signals of a :class:`Worker`; they live on the GUI thread."""

    progress = Signal(int, int, str)
    partial = Signal(object)  # a first part of the result, for jobs that offer one
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class Worker(QRunnable):
    """A job on the global thread pool.

    Args:
        fn: The job. It is called as ``fn(*args, progress=..., cancel=..., **kwargs)``.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self.cancel_flag = CancelFlag()
        self._last_progress = 0.0
        # The runnable is kept alive by our reference, not by the pool.
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the job to stop; it finishes with ``cancelled`` once it noticed."""
        self.cancel_flag.set()

    def _progress(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        # The last report of a known total always goes through; with no total (0) every
        # report would otherwise pass, and a job reporting each batch floods the window.
        if (total > 0 and done >= total) or now - self._last_progress >= _PROGRESS_INTERVAL:
            self._last_progress = now
            self.signals.progress.emit(done, total, what)

    def run(self) -> None:
        try:
            result = self.fn(
                *self.args, progress=self._progress, cancel=self.cancel_flag, **self.kwargs
            )
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, which explains it
            log.error("background job %s failed:\n%s", self.fn.__name__, traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()

    def start(self, pool: QThreadPool | None = None) -> Worker:
        # Whoever started the job may drop it before it ends (a count replaced by a newer
        # one): its signals must live until the job has sent its last one.
        _RUNNING.add(self)
        self.signals.finished.connect(self._forget, Qt.ConnectionType.QueuedConnection)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def _forget(self) -> None:
        _RUNNING.discard(self)


_RUNNING: set[Worker] = set()
