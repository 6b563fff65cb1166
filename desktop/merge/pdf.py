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
count: until that chunk is back, only ``processes`` chunks are started, and the chunks
built meanwhile are held back, then sent all at once (rebuilt if the guess was wrong), so
LibreOffice does not start a call for each of them.

Letter boundaries: each letter starts with a bookmark, which LibreOffice (7.4 or later,
for the JSON filter options) exports as a PDF named destination; its page is where the
letter starts. Nothing visible marks a letter. A chunk whose PDF is missing, lacks a
letter's destination or has two letters start on one page raises :class:`ConversionError`
with the chunk's number and LibreOffice's stderr.

Output: each letter's own PDF, in memory (:attr:`LetterPdf.data`, for the archive) and,
when an ``out_dir`` is given, also as ``out_dir/<letter id>.pdf``; and one combined PDF of
all letters in order. :mod:`desktop.merge.pdf_pages` copies the pages object by object,
so memory stays flat however long the run. Files are written as ``.part`` and renamed when
complete; a chunk's letters are handed out (:meth:`PdfPipeline.convert_iter`) only when
all of them are written, and the combined PDF appears at the end of the run. Writing
10,000 small files and reading them back cost a fifth of a run's time, hence memory.
"""

from __future__ import annotations

import collections
import dataclasses
import os
import pickle
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from desktop.jobs import Cancelled, Progress, no_progress
from desktop.merge.converter import find_converter
from desktop.merge.docx_chunk import MARKER_PREFIX, ChunkBuilder, LetterNotJoinable
from desktop.merge.pdf_pages import PdfSink, Source, combine_pdfs, pdf_bytes
from desktop.merge.soffice import (
    STARTUP_SECONDS,
    ConversionError,
    ConverterMissing,
    Soffice,
    Workers,
)
from desktop.merge.word import WordConverter

WORD = "word"  # instead of a LibreOffice program: convert with Microsoft Word
LETTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
MARKER = re.compile(r"/?" + MARKER_PREFIX + r"(\d+)")

__all__ = ["ConversionError", "ConverterMissing", "LetterNotJoinable", "LetterPdf", "PdfPipeline",
           "PipelineResult", "combine_pdfs"]


@dataclass(frozen=True)
class LetterPdf:
    """One converted letter.

    Attributes:
        letter_id: The id the letter was given.
        data: Its own PDF (empty in :meth:`PdfPipeline.convert`'s result, which has files).
        pages: Its number of pages.
        first_page_in_combined: 0-based page where it starts in the run's combined PDF.
        path: Its own PDF file, when the pipeline was given an ``out_dir``.
    """

    letter_id: str
    data: bytes = field(repr=False)
    pages: int
    first_page_in_combined: int
    path: Path | None = None


@dataclass(frozen=True)
class PipelineResult:
    """The outcome of :meth:`PdfPipeline.convert`: the combined PDF and each letter's."""

    combined: Path
    letters: list[LetterPdf]

    @property
    def pages(self) -> int:
        return sum(letter.pages for letter in self.letters)


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
    source: Source | None = None  # the PDF, once read
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None

    @property
    def pdf(self) -> Path:
        return self.docx.with_suffix(".pdf")

    @property
    def letters(self) -> Path:
        """Where the letters' .docx bytes wait for a redo (only for chunks with assumed pages)."""
        return self.docx.with_suffix(".letters")

class PdfPipeline:
    """Converts many letters of one template to PDF, in chunks, with parallel LibreOffice.

    Args:
        soffice: The LibreOffice program (``soffice``; see :meth:`find`), or :data:`WORD`.
        workdir: Where the profiles (kept) and each run's chunk files (deleted) go.
        processes: LibreOffice processes at once; one per CPU core is best.
        chunk_size: Letters per chunk document. LibreOffice's time per letter grows with
            the document's length: for the German sample letter about 5 ms in a chunk of 50,
            7 ms in one of 100, 9 ms in one of 200 and 14 ms in one of 400 (CPU time,
            2026-11); 50 to 100 were fastest once the start of each call is counted.
        chunks_per_call: Most chunk files one LibreOffice call converts (at most 200); a
            call costs 0.7 s of starting.
        timeout: Seconds one chunk may take, on top of a minute for LibreOffice to start.

    Raises:
        ConverterMissing: ``soffice`` is not an executable program.
    """

    def __init__(self, soffice: str, workdir: Path, processes: int = 2, chunk_size: int = 100,
                 chunks_per_call: int = 10, timeout: float = 120.0) -> None:
        program = soffice if soffice == WORD else shutil.which(soffice) if soffice else None
        if not program:
            raise ConverterMissing(f"LibreOffice not found: {soffice!r}")
        if program == WORD:
            processes = 1  # Word's automation serves one caller at a time
        if not 1 <= chunks_per_call <= 200 or processes < 1 or chunk_size < 1:
            raise ValueError("processes and chunk_size must be positive, chunks_per_call 1 to 200")
        self.soffice = program
        self.workdir = Path(workdir)
        self.processes = processes
        self.chunk_size = chunk_size
        self.chunks_per_call = chunks_per_call
        self.timeout = timeout

    @classmethod
    def find(cls, workdir: Path, configured: str = "", *, preference: str = "libreoffice",
             **options) -> PdfPipeline:
        """A pipeline on the converter the settings prefer (see :func:`find_converter`).

        Args:
            configured: The configured path of LibreOffice's ``soffice``, if any.
            preference: "auto" (Word where installed, else LibreOffice), "word" or
                "libreoffice".
        """
        converter = find_converter(preference, configured)
        if converter is None:
            raise ConverterMissing("LibreOffice is not installed" if preference == "libreoffice"
                                   else "neither Microsoft Word nor LibreOffice is installed")
        return cls(WORD if converter.kind == "word" else converter.path, workdir, **options)

    def _soffice(self, profile: str, *, background: bool = False) -> Soffice | WordConverter:
        if self.soffice == WORD:
            return WordConverter(background=background)
        return Soffice(self.soffice, self.workdir / "profiles" / profile, background=background)

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
                done.extend(dataclasses.replace(letter, data=b"") for letter in chunk)  # the files hold them
        except BaseException:
            for letter in done:
                letter.path.unlink(missing_ok=True)
            raise
        return PipelineResult(combined, done)

    def convert_iter(self, letters: Iterable[tuple[str, bytes]], out_dir: Path | None = None, *,
                     combined: Path | None = None, duplex: bool = False, progress: Progress = no_progress,
                     cancel: Callable[[], bool] = lambda: False,
                     total: int | None = None) -> Iterator[list[LetterPdf]]:
        """Like :meth:`convert`, but yields each chunk's letters, in order, once their PDFs exist.

        A caller commits each yielded list (e.g. archives those letters) and resumes an
        interrupted run with the letters not yet committed. The combined PDF, if asked for,
        holds this run's letters and appears when the iterator is exhausted; with
        ``duplex`` a blank page follows each letter of an odd page count, so that every
        letter starts on the front of a sheet. Without ``out_dir`` the letters' PDFs are
        only in memory (:attr:`LetterPdf.data`). Letters already yielded stay when the
        run is cancelled or fails.
        """
        if out_dir is not None:
            out_dir = Path(out_dir)
            out_dir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "runs").mkdir(parents=True, exist_ok=True)
        total = total if total is not None else len(letters) if isinstance(letters, Sized) else 0
        run = _Run(Path(tempfile.mkdtemp(dir=self.workdir / "runs")), out_dir, combined, duplex)
        workers = Workers([self._soffice(f"lo-{n}", background=True) for n in range(self.processes)], run.folder,
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
                        for chunk in run.release_held():
                            workers.submit(chunk)
                        continue
                    result = run.split(run.pending.popleft())
                    done += len(result)
                    progress(done, max(total, done), "letters")
                    yield result
                elif not finished and len(run.pending) < in_flight:
                    batch = next(batches, None)
                    finished = batch is None
                    if batch:
                        chunk = run.prepare(batch)
                        if run.learning and len(run.pending) > self.processes:
                            run.held.append(chunk)  # sent once the first chunk has told the page count
                        else:
                            workers.submit(chunk)
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

    def __init__(self, folder: Path, out_dir: Path | None, combined: Path | None, duplex: bool) -> None:
        self.folder = folder
        self.out_dir = out_dir
        self.pending: collections.deque[_Chunk] = collections.deque()
        self.combined = PdfSink(combined.with_name(combined.name + ".part")) if combined else None
        self._target = combined
        self._duplex = duplex
        self._chunks = 0
        self._first_page = 0
        self.guess = 1  # the page count chunks are built for
        self._guess_known = False
        # Chunks built while the first one is out: LibreOffice would start a call for each
        # one as it comes, and converting them on a wrong guess would mean converting again.
        self.held: list[_Chunk] = []

    @property
    def learning(self) -> bool:
        """True while the first chunk built on a guess is out, which will tell a better one."""
        return bool(self.pending) and self.pending[0].assumed_pages is not None and not self._guess_known

    def prepare(self, batch: list[tuple[str, bytes]], page_total: int | None = None,
                parent: _Chunk | None = None) -> _Chunk:
        """Join letters into chunk .docx, a new one or a redo of ``parent``'s with ``page_total``."""
        page_total = page_total or self.guess
        index = parent.index if parent else self._chunks
        path = self.folder / (f"c{index:06d}-{page_total}pages.docx" if parent else f"c{index:06d}.docx")
        chunk = self._build(batch, page_total, index, path)
        if parent is None:
            self._chunks += 1
            self.pending.append(chunk)
            if chunk.assumed_pages is not None:
                chunk.letters.write_bytes(pickle.dumps([docx for _, docx in batch]))
        return chunk

    def release_held(self) -> list[_Chunk]:
        """The chunks held back while learning, rebuilt where the guess proved wrong."""
        held, self.held = self.held, []
        for number, chunk in enumerate(held):
            if chunk.assumed_pages is not None and chunk.page_total != self.guess:
                letters = pickle.loads(chunk.letters.read_bytes())
                chunk.docx.unlink()
                rebuilt = self._build(list(zip(chunk.ids, letters)), self.guess, chunk.index, chunk.docx)
                self.pending[self.pending.index(chunk)] = held[number] = rebuilt
                if rebuilt.assumed_pages is None:
                    chunk.letters.unlink()
        return held

    @staticmethod
    def _build(batch: list[tuple[str, bytes]], page_total: int, index: int, path: Path) -> _Chunk:
        builder = ChunkBuilder(batch[0][1], page_total)
        for letter_id, docx in batch[1:]:
            try:
                builder.add(docx)
            except LetterNotJoinable as error:
                raise LetterNotJoinable(f"letter {letter_id}: {error}") from None
        path.write_bytes(builder.build())
        return _Chunk(index, [letter_id for letter_id, _ in batch], path, page_total, builder.assumed_pages)

    def redo(self, chunk: _Chunk) -> list[_Chunk]:
        """Chunks for the letters whose page count ``chunk`` was wrongly built for."""
        if chunk.error is not None or chunk.assumed_pages is None:
            return []
        chunk.source = Source(chunk.pdf)
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
        pieces: list[tuple[Source, int, int]] = []
        for part in [chunk, *(chunk.redo or ())]:
            if part.error is not None:
                raise part.error
            source = part.source or Source(part.pdf)
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
            data, pages = pdf_bytes([piece], alone=True)
            path = None
            if self.out_dir is not None:
                path = self.out_dir / f"{letter_id}.pdf"
                path.with_name(path.name + ".part").write_bytes(data)
                os.replace(path.with_name(path.name + ".part"), path)
            letters.append(LetterPdf(letter_id, data, pages, self._first_page, path))
            self._first_page += pages + (pages % 2 if self._duplex else 0)
        if self.combined is not None and self._duplex:
            for source, start, stop in pieces:  # every letter starts on the front of a sheet
                self.combined.add(source, start, stop)
                if (stop - start) % 2:
                    self.combined.blank(source.media_box(stop - 1))
            self.combined.release()
        elif self.combined is not None:
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
    starts = letter_marks(reader)
    missing = [n for n in range(count) if n not in starts]
    if missing:
        raise ConversionError(f"no start mark for letter {missing[0]} in the PDF "
                              "(LibreOffice 7.4 or later is needed)", chunk)
    pages = [starts[n] for n in range(count)]
    if pages[0] != 0 or pages[-1] >= len(reader.pages) or any(b <= a for a, b in zip(pages, pages[1:])):
        raise ConversionError(f"letters do not start on pages of their own: {pages} of {len(reader.pages)}",
                              chunk)
    return pages


def letter_marks(reader: PdfReader) -> dict[int, int]:
    """The page (0-based) of each letter's start mark in a converted chunk, by letter number.

    LibreOffice exports the marks as named destinations, Word as outline entries.
    """
    starts: dict[int, int] = {}
    marks = [*reader.named_destinations.items(), *((item.title, item) for item in _outline(reader.outline))]
    for name, destination in marks:
        if match := MARKER.fullmatch(name or ""):
            starts[int(match.group(1))] = reader.get_destination_page_number(destination)
    return starts


def _outline(items: list) -> Iterator:
    """Every entry of a PDF outline, nested ones too."""
    for item in items:
        if isinstance(item, list):
            yield from _outline(item)
        else:
            yield item
