"""Turning thousands of rendered letters into PDF fast: chunks, parallel LibreOffice, split.

One ``soffice --convert-to pdf`` call per letter manages about one letter a second, nearly
all of it LibreOffice starting. So letters are joined into chunk documents of
``chunk_size`` letters (:mod:`desktop.merge.docx_chunk`), and ``processes`` LibreOffice
processes convert the chunks at once, each with its own user profile under
``workdir/profiles``, made on first use and kept: two calls on one profile would run one
after the other. A call converts what is queued, up to ``chunks_per_call`` chunks (fewer
near the end of a run, so the processes finish together), far below the ~247 files after
which one call silently stops converting.

Page counts: a chunk is built for letters of an expected page count. One-page letters are
joined by page breaks, with PAGE and the first-page letterhead made literal; longer ones
get a section each, with NUMPAGES made literal. So where it matters, each letter's pages
are checked after conversion, and the letters that differ are converted again at once,
ahead of the queue, in small chunks built for their count, before their chunk is handed
out. The expectation starts at one page and then follows the first chunk's most frequent
count (until that chunk is back, only ``processes`` chunks are started).

Letter boundaries: each letter starts with a bookmark, which LibreOffice (7.4 or later,
for the JSON filter options) exports as a PDF named destination; its page is where the
letter starts. Nothing visible marks a letter. A chunk whose PDF is missing, lacks a
letter's destination or has two letters start on one page raises :class:`ConversionError`
with the chunk's number and LibreOffice's stderr.

Output: ``out_dir/<letter id>.pdf`` per letter and one combined PDF of all letters in
order, written by :class:`_PdfSink`, which copies pages object by object straight to the
file, so memory stays flat however long the run (pypdf's writer holds the whole document:
10,000 pages took 175 MB and twice the time). Files are written as ``.part`` and renamed
when complete; a chunk's letters are handed out (:meth:`PdfPipeline.convert_iter`) only
when all their files exist, and the combined PDF appears at the end of the run.
"""

from __future__ import annotations

import collections
import io
import itertools
import os
import pickle
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, PdfObject, StreamObject

from desktop.jobs import Cancelled, Progress, no_progress
from desktop.merge.converter import find_libreoffice
from desktop.merge.docx_chunk import MARKER_PREFIX, ChunkBuilder, LetterNotJoinable

# Bookmarks become named destinations; pages LibreOffice inserts only to keep a restarted
# page number odd stay out of the PDF (the default, but the markers rely on it).
PDF_FILTER = ('pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"},'
              '"IsSkipEmptyPages":{"type":"boolean","value":"true"}}')
LETTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
MARKER = re.compile(r"/?" + MARKER_PREFIX + r"(\d+)")
# Names a content stream uses: "/Im3 Do" draws an image, "/F1 12 Tf" picks a font.
USED_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+(?:Do\b|[-+\d.]+\s+Tf\b)")
STARTUP_SECONDS = 60.0

__all__ = ["ConversionError", "ConverterMissing", "LetterNotJoinable", "LetterPdf", "PdfPipeline",
           "PipelineResult", "combine_pdfs"]


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


@dataclass(frozen=True)
class LetterPdf:
    """One converted letter.

    Attributes:
        letter_id: The id the letter was given.
        path: Its own PDF.
        pages: Its number of pages.
        first_page_in_combined: 0-based page where it starts in the run's combined PDF.
    """

    letter_id: str
    path: Path
    pages: int
    first_page_in_combined: int


@dataclass(frozen=True)
class PipelineResult:
    """The outcome of :meth:`PdfPipeline.convert`: the combined PDF and each letter's."""

    combined: Path
    letters: list[LetterPdf]

    @property
    def pages(self) -> int:
        return sum(letter.pages for letter in self.letters)


PARENT = (0, -1)  # stands for the page tree of the PDF being written


class _Ref(PdfObject):
    """A reference to an object of the source, whatever number the copy gives it."""

    def __init__(self, key: tuple[int, int]) -> None:
        self.key = key

    def write_to_stream(self, stream, encryption_key=None) -> None:  # noqa: ARG002 - pypdf's signature
        stream.hole(self.key)


class _Template:
    """An object serialised once, with holes where its references go."""

    def __init__(self) -> None:
        self.parts: list[bytes | tuple[int, int]] = []
        self._buffer = bytearray()

    def write(self, data: bytes) -> None:
        self._buffer += data

    def hole(self, key: tuple[int, int]) -> None:
        self.parts += [bytes(self._buffer), key]
        self._buffer.clear()

    def done(self) -> _Template:
        self.parts.append(bytes(self._buffer))
        return self


class _Source:
    """A PDF pages are copied from: each object is serialised once, however many copies.

    LibreOffice gives all pages one resource dictionary, with every image and font of the
    chunk; a page taken ``alone`` keeps only those its content uses, so one letter's PDF
    does not carry the other letters' images.
    """

    def __init__(self, path: Path) -> None:
        self.reader = PdfReader(path)
        self.pages = [(p.indirect_reference.idnum, p.indirect_reference.generation) for p in self.reader.pages]
        self._page_set = set(self.pages)
        self._templates: dict[tuple[tuple[int, int], bool], _Template] = {}

    def template(self, key: tuple[int, int], alone: bool) -> _Template:
        alone = alone and key in self._page_set
        if (key, alone) not in self._templates:
            obj = self.reader.get_object(IndirectObject(*key, self.reader))
            if key in self._page_set:  # pypdf has copied inherited attributes into the page itself
                obj = DictionaryObject({k: v for k, v in obj.items() if k != "/Parent"})
                if alone and "/Resources" in obj:
                    obj[NameObject("/Resources")] = _used_resources(obj)
                obj[NameObject("/Parent")] = _Ref(PARENT)
            template = _Template()
            _with_holes(obj).write_to_stream(template)
            self._templates[key, alone] = template.done()
        return self._templates[key, alone]


def _with_holes(obj):
    """``obj`` with its references turned into :class:`_Ref` holes."""
    if isinstance(obj, IndirectObject):
        return _Ref((obj.idnum, obj.generation))
    if isinstance(obj, DictionaryObject):
        new = type(obj)() if isinstance(obj, StreamObject) else DictionaryObject()
        if isinstance(obj, StreamObject):
            new._data = obj._data  # still encoded: copied as is, never recompressed
        for key, value in obj.items():
            new[key] = _with_holes(value)
        return new
    if isinstance(obj, ArrayObject):
        return ArrayObject(_with_holes(value) for value in obj)
    return obj


class _PdfSink:
    """Writes a PDF from pages of other PDFs, object by object, holding none of them.

    Only what the pages reach is copied (content, fonts, images, annotations), each object
    once per source until :meth:`release`; the sources' outlines and named destinations,
    i.e. the letter markers, stay behind.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = path.open("wb")
        self._file.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        self._offsets: list[int] = [0, 0, 0]  # object 1 is the catalog, 2 the page tree
        self._kids: list[int] = []
        self._numbers: dict[int, tuple[_Source, dict[tuple[int, int], int]]] = {}

    def add(self, source: _Source, start: int = 0, stop: int | None = None, *, alone: bool = False) -> None:
        """Append pages ``start`` to ``stop`` of ``source`` (``alone``: see :class:`_Source`)."""
        numbers = self._numbers.setdefault(id(source), (source, {}))[1]
        todo: list[tuple[int, int]] = []
        others = set(source.pages) - set(source.pages[start:stop])

        def reference(key: tuple[int, int]) -> bytes:
            if key == PARENT:
                return b"2 0 R"
            if key in others:
                return b"null"  # a link to a page left out must not pull it in
            if key not in numbers:
                numbers[key] = len(self._offsets)
                self._offsets.append(0)
                todo.append(key)
            return b"%d 0 R" % numbers[key]

        for key in source.pages[start:stop]:
            reference(key)
            self._kids.append(numbers[key])
        out = self._file
        while todo:
            key = todo.pop()
            self._offsets[numbers[key]] = out.tell()
            out.write(b"%d 0 obj\n" % numbers[key])
            for part in source.template(key, alone).parts:
                out.write(part if isinstance(part, bytes) else reference(part))
            out.write(b"\nendobj\n")

    def release(self) -> None:
        """Forget the sources added so far (objects added later are copied anew)."""
        self._numbers.clear()

    @property
    def pages(self) -> int:
        return len(self._kids)

    def close(self) -> None:
        """Write the page tree, catalog and cross-reference table, and close the file."""
        out = self._file
        self._offsets[2] = out.tell()
        kids = b" ".join(b"%d 0 R" % kid for kid in self._kids)
        out.write(b"2 0 obj\n<< /Type /Pages /Count %d /Kids [%s] >>\nendobj\n" % (len(self._kids), kids))
        self._offsets[1] = out.tell()
        out.write(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % len(self._offsets))
        out.write(b"".join(b"%010d 00000 n \n" % offset for offset in self._offsets[1:]))
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(self._offsets), xref))
        out.close()

    def discard(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


def _used_resources(page: DictionaryObject) -> DictionaryObject:
    """The page's resources without the images and fonts its content does not use."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else []
    data = b"\n".join(part.get_object().get_data() for part in
                      (contents if isinstance(contents, ArrayObject) else [contents]))
    used = {"/" + re.sub(rb"#([0-9a-fA-F]{2})", lambda m: bytes([int(m[1], 16)]), name).decode("latin-1")
            for name in USED_NAME.findall(data)}
    resources = DictionaryObject(page["/Resources"].get_object())
    for kind in ("/XObject", "/Font"):
        if kind in resources:
            resources[NameObject(kind)] = DictionaryObject(
                {k: v for k, v in resources[kind].get_object().items() if k in used})
    return resources


def _write_pdf(target: Path, pieces: Iterable[tuple[_Source, int, int | None]], alone: bool = False) -> int:
    """Write ``pieces`` (source, start, stop) to ``target`` via a ``.part`` file; the pages."""
    sink = _PdfSink(target.with_name(target.name + ".part"))
    try:
        for source, start, stop in pieces:
            sink.add(source, start, stop, alone=alone)
        sink.close()
    except BaseException:
        sink.discard()
        raise
    os.replace(sink.path, target)
    return sink.pages


def combine_pdfs(sources: Iterable[Path], target: Path) -> int:
    """Concatenate PDFs into ``target`` (written atomically); returns its page count.

    For a run resumed after a crash: the combined PDF of all letters from their own PDFs.
    """
    return _write_pdf(target, ((_Source(source), 0, None) for source in sources))


class _Soffice:
    """One LibreOffice profile: runs conversions on it, one call at a time."""

    def __init__(self, program: str, profile: Path) -> None:
        self.program = program
        self.profile = profile
        self._proc: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._killed = False

    def convert(self, sources: list[Path], out_dir: Path, timeout: float) -> str:
        """Convert ``sources`` to PDF in ``out_dir``; returns stderr. Checks no output."""
        command = [self.program, f"-env:UserInstallation={self.profile.resolve().as_uri()}", "--headless",
                   "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck",
                   "--convert-to", PDF_FILTER, "--outdir", str(out_dir), *map(str, sources)]
        # A process group of its own: the shell script, oosplash and soffice.bin die together.
        group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if sys.platform == "win32"
                 else {"start_new_session": True})
        with self._lock:
            if self._killed:
                raise ConversionError("stopped")
            try:
                self._proc = proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                                     stderr=subprocess.PIPE, **group)
            except OSError as error:
                raise ConverterMissing(f"LibreOffice cannot be started ({self.program}): {error}") from error
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


@dataclass(eq=False)
class _Chunk:
    """One chunk document on its way through LibreOffice."""

    index: int
    ids: list[str]
    docx: Path
    page_total: int
    assumed_pages: int | None  # the pages each letter must have for the chunk to be right
    positions: list[int] = field(default_factory=list)  # a redo chunk's letters in its parent
    redo: list[_Chunk] | None = None
    source: _Source | None = None  # the PDF, once read
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None

    @property
    def pdf(self) -> Path:
        return self.docx.with_suffix(".pdf")

    @property
    def letters(self) -> Path:
        """Where the letters' .docx bytes wait for a redo (only for chunks with assumed pages)."""
        return self.docx.with_suffix(".letters")


class _Workers:
    """One thread per LibreOffice profile, each converting what is queued in batches."""

    def __init__(self, sofficen: list[_Soffice], out_dir: Path, per_call: int, timeout: float) -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, _Chunk | None]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._sofficen = sofficen
        self._out_dir = out_dir
        self._per_call = per_call
        self._timeout = timeout
        self._threads = [threading.Thread(target=self._work, args=(s,), daemon=True) for s in sofficen]
        for thread in self._threads:
            thread.start()

    def submit(self, chunk: _Chunk, *, urgent: bool = False) -> None:
        self._queue.put((0 if urgent else 1, next(self._order), chunk))

    def close(self) -> None:
        """Stop: kill running calls and end the threads."""
        for soffice in self._sofficen:
            soffice.kill()
        for _ in self._threads:
            self._queue.put((9, next(self._order), None))
        for thread in self._threads:
            thread.join()

    def _take(self) -> list[_Chunk] | None:
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

    def _work(self, soffice: _Soffice) -> None:
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


class PdfPipeline:
    """Converts many letters of one template to PDF, in chunks, with parallel LibreOffice.

    Args:
        soffice: The LibreOffice program (``soffice``; see :meth:`find`).
        workdir: Where the profiles (kept) and each run's chunk files (deleted) go.
        processes: LibreOffice processes at once; one per CPU core is best.
        chunk_size: Letters per chunk document. 100 to 300 measured equally fast; 200
            hands out a chunk about every second.
        chunks_per_call: Most chunk files one LibreOffice call converts (at most 200); a
            call costs 0.7 s of starting.
        timeout: Seconds one chunk may take, on top of a minute for LibreOffice to start.

    Raises:
        ConverterMissing: ``soffice`` is not an executable program.
    """

    def __init__(self, soffice: str, workdir: Path, processes: int = 2, chunk_size: int = 200,
                 chunks_per_call: int = 5, timeout: float = 120.0) -> None:
        program = shutil.which(soffice) if soffice else None
        if not program:
            raise ConverterMissing(f"LibreOffice not found: {soffice!r}")
        if not 1 <= chunks_per_call <= 200 or processes < 1 or chunk_size < 1:
            raise ValueError("processes and chunk_size must be positive, chunks_per_call 1 to 200")
        self.soffice = program
        self.workdir = Path(workdir)
        self.processes = processes
        self.chunk_size = chunk_size
        self.chunks_per_call = chunks_per_call
        self.timeout = timeout

    @classmethod
    def find(cls, workdir: Path, configured: str = "", **options) -> PdfPipeline:
        """A pipeline on the configured LibreOffice, else one installed in a standard place."""
        program = find_libreoffice(configured)
        if program is None:
            raise ConverterMissing("LibreOffice is not installed")
        return cls(program, workdir, **options)

    def _soffice(self, profile: str) -> _Soffice:
        return _Soffice(self.soffice, self.workdir / "profiles" / profile)

    def convert_one(self, docx: bytes, timeout: float = 60.0) -> bytes:
        """One document as PDF bytes, e.g. the preview of the first letter.

        Uses a profile of its own, so a preview does not wait for a mass run.
        """
        self.workdir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.workdir, prefix="preview-") as folder:
            source = Path(folder) / "letter.docx"
            source.write_bytes(docx)
            stderr = self._soffice("preview").convert([source], Path(folder), STARTUP_SECONDS + timeout)
            if not source.with_suffix(".pdf").is_file():
                raise ConversionError("LibreOffice wrote no PDF", stderr=stderr)
            return source.with_suffix(".pdf").read_bytes()

    def convert(self, letters: Iterable[tuple[str, bytes]], out_dir: Path, *, combined: Path | None = None,
                progress: Progress = no_progress, cancel: Callable[[], bool] = lambda: False,
                total: int | None = None) -> PipelineResult:
        """Convert all letters; on error or cancel no letter PDF of this call is left behind.

        Args:
            letters: (letter id, .docx bytes) in print order; ids are file names
                (letters, digits, ``.``, ``_``, ``-``) and unique.
            out_dir: Where ``<letter id>.pdf`` files go.
            combined: The combined PDF; ``out_dir/_all_letters.pdf`` when not given.
            progress: Told (letters done, total, "letters") after each chunk.
            cancel: Polled between chunks and while LibreOffice runs.
            total: The number of letters, when ``letters`` has no length.

        Raises:
            Cancelled: ``cancel`` returned True.
            ConversionError: LibreOffice failed on a chunk.
            ConverterMissing: LibreOffice could not be started.
            LetterNotJoinable: A letter has footnotes, endnotes or comments.
            ValueError: A letter id is no file name or occurs twice.
        """
        combined = combined or Path(out_dir) / "_all_letters.pdf"
        done: list[LetterPdf] = []
        try:
            for chunk in self.convert_iter(letters, out_dir, combined=combined, progress=progress,
                                           cancel=cancel, total=total):
                done.extend(chunk)
        except BaseException:
            for letter in done:
                letter.path.unlink(missing_ok=True)
            raise
        return PipelineResult(combined, done)

    def convert_iter(self, letters: Iterable[tuple[str, bytes]], out_dir: Path, *, combined: Path | None = None,
                     progress: Progress = no_progress, cancel: Callable[[], bool] = lambda: False,
                     total: int | None = None) -> Iterator[list[LetterPdf]]:
        """Like :meth:`convert`, but yields each chunk's letters, in order, once their PDFs exist.

        A caller commits each yielded list (e.g. marks those letters printed) and resumes
        an interrupted run with the letters not yet committed. The combined PDF, if asked
        for, holds this run's letters and appears when the iterator is exhausted. Letters
        already yielded stay when the run is cancelled or fails.
        """
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "runs").mkdir(parents=True, exist_ok=True)
        total = total if total is not None else len(letters) if isinstance(letters, Sized) else 0
        run = _Run(Path(tempfile.mkdtemp(dir=self.workdir / "runs")), out_dir, combined)
        workers = _Workers([self._soffice(f"lo-{n}") for n in range(self.processes)], run.folder,
                           self.chunks_per_call, self.timeout)
        batches = _batches(letters, self.chunk_size)
        in_flight, finished, done = 2 * self.processes * self.chunks_per_call, False, 0
        progress(0, total, "letters")
        try:
            while True:
                if cancel():
                    raise Cancelled()
                head = run.pending[0] if run.pending else None
                if head and head.done.is_set() and all(r.done.is_set() for r in head.redo or ()):
                    if head.redo is None:
                        head.redo = run.redo(head)
                        for chunk in head.redo:
                            workers.submit(chunk, urgent=True)
                        continue
                    result = run.split(run.pending.popleft())
                    done += len(result)
                    progress(done, max(total, done), "letters")
                    yield result
                elif not finished and len(run.pending) < (self.processes if run.learning else in_flight):
                    batch = next(batches, None)
                    finished = batch is None
                    if batch:
                        workers.submit(run.prepare(batch))
                elif head:
                    waiting = [head.done, *(r.done for r in head.redo or ())]
                    next((event for event in waiting if not event.is_set()), head.done).wait(0.1)
                else:
                    break
            run.finish()
        finally:
            workers.close()
            run.discard()


class _Run:
    """The state of one :meth:`PdfPipeline.convert_iter` run, kept in ``folder``."""

    def __init__(self, folder: Path, out_dir: Path, combined: Path | None) -> None:
        self.folder = folder
        self.out_dir = out_dir
        self.pending: collections.deque[_Chunk] = collections.deque()
        self.combined = _PdfSink(combined.with_name(combined.name + ".part")) if combined else None
        self._target = combined
        self._chunks = 0
        self._first_page = 0
        self.guess = 1  # the page count chunks are built for
        self._guess_known = False

    @property
    def learning(self) -> bool:
        """True while the first chunk built on a guess is out, which will tell a better one."""
        return bool(self.pending) and self.pending[0].assumed_pages is not None and not self._guess_known

    def prepare(self, batch: list[tuple[str, bytes]], page_total: int | None = None,
                parent: _Chunk | None = None) -> _Chunk:
        """Join letters into chunk .docx, a new one or a redo of ``parent``'s with ``page_total``."""
        page_total = page_total or self.guess
        builder = ChunkBuilder(batch[0][1], page_total)
        for letter_id, docx in batch[1:]:
            try:
                builder.add(docx)
            except LetterNotJoinable as error:
                raise LetterNotJoinable(f"letter {letter_id}: {error}") from None
        index = parent.index if parent else self._chunks
        path = self.folder / (f"c{index:06d}-{page_total}pages.docx" if parent else f"c{index:06d}.docx")
        path.write_bytes(builder.build())
        chunk = _Chunk(index, [letter_id for letter_id, _ in batch], path, page_total, builder.assumed_pages)
        if parent is None:
            self._chunks += 1
            self.pending.append(chunk)
            if chunk.assumed_pages is not None:
                chunk.letters.write_bytes(pickle.dumps([docx for _, docx in batch]))
        return chunk

    def redo(self, chunk: _Chunk) -> list[_Chunk]:
        """Chunks for the letters whose page count ``chunk`` was wrongly built for."""
        if chunk.error is not None or chunk.assumed_pages is None:
            return []
        chunk.source = _Source(chunk.pdf)
        starts = _letter_starts(chunk.source.reader, len(chunk.ids), chunk.index) + [len(chunk.source.pages)]
        counts = [b - a for a, b in zip(starts, starts[1:])]
        self.guess = collections.Counter(counts).most_common(1)[0][0]
        self._guess_known = True
        wrong: dict[int, list[int]] = {}
        for position, count in enumerate(counts):
            if count != chunk.assumed_pages:
                wrong.setdefault(count, []).append(position)
        if not wrong:
            return []
        letters = pickle.loads(chunk.letters.read_bytes())
        redo = []
        for count, positions in wrong.items():
            sub = self.prepare([(chunk.ids[p], letters[p]) for p in positions], count, chunk)
            sub.positions = positions
            redo.append(sub)
        return redo

    def split(self, chunk: _Chunk) -> list[LetterPdf]:
        """Write a converted chunk's letters to their own PDFs and append them to the combined."""
        pieces: list[tuple[_Source, int, int]] = []
        for part in [chunk, *(chunk.redo or ())]:
            if part.error is not None:
                raise part.error
            source = part.source or _Source(part.pdf)
            starts = _letter_starts(source.reader, len(part.ids), chunk.index) + [len(source.pages)]
            slices = [(source, a, b) for a, b in zip(starts, starts[1:])]
            if part is chunk:
                pieces = slices
                continue
            for position, piece in zip(part.positions, slices):
                if part.assumed_pages not in (None, piece[2] - piece[1]):
                    raise ConversionError(f"letter {chunk.ids[position]} has {piece[2] - piece[1]} pages when "
                                          f"converted for {part.assumed_pages}", chunk.index)
                pieces[position] = piece
        letters = []
        for letter_id, piece in zip(chunk.ids, pieces):
            pages = _write_pdf(self.out_dir / f"{letter_id}.pdf", [piece], alone=True)
            letters.append(LetterPdf(letter_id, self.out_dir / f"{letter_id}.pdf", pages, self._first_page))
            self._first_page += pages
        if self.combined is not None:
            runs = [list(pieces[0])]
            for source, start, stop in pieces[1:]:  # whole runs of one PDF: fewer, faster calls
                if source is runs[-1][0] and start == runs[-1][2]:
                    runs[-1][2] = stop
                else:
                    runs.append([source, start, stop])
            for source, start, stop in runs:
                self.combined.add(source, start, stop)
            self.combined.release()
        for part in [chunk, *(chunk.redo or ())]:
            for path in (part.docx, part.pdf, part.letters):
                path.unlink(missing_ok=True)
        return letters

    def finish(self) -> None:
        if self.combined is not None:
            self.combined.close()
            os.replace(self.combined.path, self._target)
            self.combined = None

    def discard(self) -> None:
        if self.combined is not None:
            self.combined.discard()
        shutil.rmtree(self.folder, ignore_errors=True)


def _batches(letters: Iterable[tuple[str, bytes]], size: int) -> Iterator[list[tuple[str, bytes]]]:
    """The letters in lists of ``size``, checking that their ids make unique file names."""
    seen: set[str] = set()
    batch: list[tuple[str, bytes]] = []
    for letter_id, docx in letters:
        if not LETTER_ID.fullmatch(letter_id):
            raise ValueError(f"letter id {letter_id!r} is not a file name of letters, digits, '.', '_', '-'")
        if letter_id.lower() in seen:  # lower: Windows and macOS file names ignore case
            raise ValueError(f"letter id {letter_id!r} occurs twice")
        seen.add(letter_id.lower())
        batch.append((letter_id, docx))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _letter_starts(reader: PdfReader, count: int, chunk: int) -> list[int]:
    """The 0-based page on which each of a chunk's ``count`` letters starts, checked."""
    starts: dict[int, int] = {}
    for name, destination in reader.named_destinations.items():
        if match := MARKER.fullmatch(name):
            starts[int(match.group(1))] = reader.get_destination_page_number(destination)
    missing = [n for n in range(count) if n not in starts]
    if missing:
        raise ConversionError(f"no start mark for letter {missing[0]} in the PDF "
                              "(LibreOffice 7.4 or later is needed)", chunk)
    pages = [starts[n] for n in range(count)]
    if pages[0] != 0 or pages[-1] >= len(reader.pages) or any(b <= a for a, b in zip(pages, pages[1:])):
        raise ConversionError(f"letters do not start on pages of their own: {pages} of {len(reader.pages)}",
                              chunk)
    return pages
