"""Run a long job with a progress dialog the clerk can cancel; the window stays responsive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.worker import Worker


@dataclass
class Outcome:
    """How the job ended: ``result`` when it succeeded, ``error`` when it failed."""

    succeeded: bool = False
    cancelled: bool = False
    result: Any = None
    error: BaseException | None = None


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: Callable[[int, int, str], str],
    worker: Worker,
) -> Outcome:
    """Start ``worker``, show its progress, and return once it finished.

    Args:
        label: Text of the dialog for a progress report (done, total, what).
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setRange(0, 100)
    dialog.setMinimumDuration(400)  # quick jobs finish without a flashing dialog
    # Wide enough for its texts from the start, so it does not jump in size as counts grow.
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    outcome = Outcome()
    loop = QEventLoop()

    def show(done: int, total: int, what: str) -> None:
        dialog.setLabelText(label(done, total, what))
        if total > 0:
            dialog.setValue(min(99, 100 * done // total))
        elif dialog.maximum() != 0:
            dialog.setRange(0, 0)  # no total known: a busy bar rather than one stuck at 0 %

    def succeeded(result: Any) -> None:
        outcome.succeeded, outcome.result = True, result

    def failed(error: BaseException) -> None:
        outcome.error = error

    worker.signals.progress.connect(show)
    worker.signals.succeeded.connect(succeeded)
    worker.signals.failed.connect(failed)
    worker.signals.cancelled.connect(lambda: setattr(outcome, "cancelled", True))
    worker.signals.finished.connect(loop.quit)
    dialog.canceled.connect(worker.cancel)
    worker.start()
    loop.exec()
    dialog.reset()
    dialog.deleteLater()
    return outcome
