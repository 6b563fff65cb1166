"""Running LibreOffice to convert documents to PDF: one profile, one call at a time.

:class:`Soffice` runs ``soffice --convert-to pdf`` on a user profile of its own (two calls
on one profile would run one after the other) in a process group of its own, so that a
cancelled run kills the shell script, oosplash and soffice.bin together. :class:`Workers`
gives each profile a thread that converts what is queued, several files per call: a call
costs 0.7 s of starting, and one call silently stops converting after ~247 files.
"""

from __future__ import annotations

import itertools
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Protocol

# Bookmarks become named destinations; pages LibreOffice inserts only to keep a restarted
# page number odd stay out of the PDF (the default, but the letter markers rely on it).
PDF_FILTER = ('pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"},'
              '"IsSkipEmptyPages":{"type":"boolean","value":"true"}}')
STARTUP_SECONDS = 60.0


class ConverterMissing(RuntimeError):
    """LibreOffice is not installed, or not where the settings say."""


class ConversionError(RuntimeError):
    """LibreOffice failed on a chunk, timed out, or wrote a PDF that does not fit.

    Attributes:
        chunk: The chunk's number in the run (0-based), or None for a single conversion.
        stderr: What LibreOffice wrote to stderr.
    """

    def __init__(self, message: str, chunk: int | None = None, stderr: str = "") -> None:
        where = f"chunk {chunk}: " if chunk is not None else ""
        super().__init__(where + message + (f"\nLibreOffice: {stderr.strip()}" if stderr.strip() else ""))
        self.chunk = chunk
        self.stderr = stderr


class Soffice:
    """One LibreOffice profile: runs conversions on it, one call at a time.

    Args:
        program: The ``soffice`` program.
        profile: The user profile folder (made on first use).
        background: Run LibreOffice at a lower priority. A mass run's LibreOffice
            processes take every core; the program that feeds them letters, and the
            window, must still get the CPU when they need it, or the conversion waits
            for letters and the window stalls.
    """

    def __init__(self, program: str, profile: Path, *, background: bool = False) -> None:
        self.program = program
        self.profile = profile
        self.background = background
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._killed = False

    def convert(self, sources: list[Path], out_dir: Path, timeout: float) -> str:
        """Convert ``sources`` to PDF in ``out_dir``; returns stderr. Checks no output."""
        command = [self.program, f"-env:UserInstallation={self.profile.resolve().as_uri()}", "--headless",
                   "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck",
                   "--convert-to", PDF_FILTER, "--outdir", str(out_dir), *map(str, sources)]
        # A process group of its own: the shell script, oosplash and soffice.bin die together.
        group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP
                  | (subprocess.BELOW_NORMAL_PRIORITY_CLASS if self.background else 0)}  # inherited by soffice.bin
                 if sys.platform == "win32" else {"start_new_session": True})
        with self._lock:
            if self._killed:
                raise ConversionError("stopped")
            try:
                self._proc = proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                                     stderr=subprocess.PIPE, **group)
            except OSError as error:
                raise ConverterMissing(f"LibreOffice cannot be started ({self.program}): {error}") from error
            if self.background and sys.platform != "win32":
                _lower_priority(proc.pid)
        try:
            _, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            _, stderr = proc.communicate()
            raise ConversionError(f"LibreOffice took longer than {timeout:.0f} s",
                                  stderr=stderr.decode(errors="replace")) from None
        finally:
            with self._lock:
                self._proc = None
        if self._killed:
            raise ConversionError("stopped")
        return stderr.decode(errors="replace")

    def kill(self) -> None:
        """Stop the running call, if any, and refuse further calls."""
        with self._lock:
            self._killed = True
            proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        if sys.platform == "win32":
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)
        else:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass



class Job(Protocol):
    """A document :class:`Workers` converts: ``docx`` becomes ``pdf``, then ``done`` is set."""

    index: int
    docx: Path
    error: BaseException | None
    done: threading.Event

    @property
    def pdf(self) -> Path: ...


class Workers:
    """One thread per LibreOffice profile, each converting what is queued in batches."""

    def __init__(self, sofficen: list[Soffice], out_dir: Path, per_call: int, timeout: float) -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, Job | None]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._sofficen = sofficen
        self._out_dir = out_dir
        self._per_call = per_call
        self._timeout = timeout
        self._threads = [threading.Thread(target=self._work, args=(s,), daemon=True) for s in sofficen]
        for thread in self._threads:
            thread.start()

    def submit(self, chunk: Job, *, urgent: bool = False) -> None:
        self._queue.put((0 if urgent else 1, next(self._order), chunk))

    def close(self) -> None:
        """Stop: kill running calls and end the threads."""
        for soffice in self._sofficen:
            soffice.kill()
        for _ in self._threads:
            self._queue.put((9, next(self._order), None))
        for thread in self._threads:
            thread.join()

    def _take(self) -> list[Job] | None:
        batch = [self._queue.get()]
        # An even share of what waits, so the last calls of a run end at about the same time.
        share = -(-(self._queue.qsize() + 1) // len(self._threads))
        while batch[-1][2] is not None and len(batch) < min(self._per_call, share):
            try:
                batch.append(self._queue.get_nowait())
            except queue.Empty:
                break
        if batch[-1][2] is None:
            self._queue.put(batch.pop())  # the stop signal is for whoever takes it next
        return [chunk for _, _, chunk in batch] or None

    def _work(self, soffice: Soffice) -> None:
        while (batch := self._take()) is not None:
            try:
                stderr = soffice.convert([c.docx for c in batch], self._out_dir,
                                         STARTUP_SECONDS + self._timeout * len(batch))
                for chunk in batch:
                    if not chunk.pdf.is_file():
                        chunk.error = ConversionError("LibreOffice wrote no PDF", chunk.index, stderr)
            except ConverterMissing as error:
                for chunk in batch:
                    chunk.error = error
            except ConversionError as error:
                for chunk in batch:
                    chunk.error = ConversionError(str(error), chunk.index, error.stderr)
            for chunk in batch:
                chunk.done.set()


def _lower_priority(group: int) -> None:
    """Lower the priority of a process group: the processes in it and those it starts later."""
    try:
        os.setpriority(os.PRIO_PGRP, group, min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5))
    except OSError:
        pass  # the call has already ended, or the system does not let us: it runs as it is
