"""Long work as plain functions: the progress and cancel contract.

A long job is an ordinary function that takes ``progress`` and ``cancel`` keyword
arguments, so the CLI calls it directly and the window runs it on a worker thread
(:mod:`desktop.ui.worker`). No Qt here.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):
    """Raised by a job that noticed its cancel flag; it has left no half-done work."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, what: str) -> None: ...


def no_progress(done: int, total: int, what: str) -> None:
    """A progress callback that ignores what it is told."""


class CancelFlag:
    """A thread-safe flag a job polls to learn that the clerk pressed Cancel.

    Calling the flag returns whether cancel was requested, so it fits the
    ``cancel: Callable[[], bool]`` parameter of jobs.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when cancel was requested."""
        if self._event.is_set():
            raise Cancelled()
