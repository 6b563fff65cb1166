"""Copying pages between PDFs without holding them: the letters' own PDFs and the combined one.

LibreOffice converts a chunk of letters into one PDF; :class:`PdfSink` writes each letter's
pages to a PDF of its own (in memory, for the archive) and all pages to the combined PDF of
the run (a file). It copies object by object straight to its output, so memory stays flat
however long the run: pypdf's writer holds the whole document (10,000 pages took 175 MB
and twice the time). Each source object is serialised once (:class:`Source`), however many
copies are made of it.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
)

# Names a content stream uses: "/Im3 Do" draws an image, "/F1 12 Tf" picks a font.
USED_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+(?:Do\b|[-+\d.]+\s+Tf\b)")

PARENT = (0, -1)  # stands for the page tree of the PDF being written


class _Ref(PdfObject):
    """A reference to an object of the source, whatever number the copy gives it."""

    def __init__(self, key: tuple[int, int]) -> None:
        self.key = key

    def write_to_stream(self, stream, encryption_key=None) -> None:
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


class Source:
    """A PDF pages are copied from: each object is serialised once, however many copies.

    LibreOffice gives all pages one resource dictionary, with every image and font of the
    chunk; a page taken ``alone`` keeps only those its content uses, so one letter's PDF
    does not carry the other letters' images.
    """

    def __init__(self, pdf: Path | bytes) -> None:
        self.reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
        self.pages = [(p.indirect_reference.idnum, p.indirect_reference.generation) for p in self.reader.pages]
        self._page_set = set(self.pages)
        self._templates: dict[tuple[tuple[int, int], bool], _Template] = {}

    def media_box(self, page: int) -> bytes:
        """The size of page ``page`` (0-based) as a PDF array, for a blank page like it."""
        box = self.reader.pages[page].mediabox
        numbers = (f"{float(v):.6f}".rstrip("0").rstrip(".") for v in (box.left, box.bottom, box.right, box.top))
        return f"[{' '.join(numbers)}]".encode()

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


class PdfSink:
    """Writes a PDF from pages of other PDFs, object by object, holding none of them.

    Only what the pages reach is copied (content, fonts, images, annotations), each object
    once per source until :meth:`release`; the sources' outlines and named destinations,
    i.e. the letter markers, stay behind.

    Args:
        path: The file to write; None writes to memory (see :meth:`getvalue`).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._file: BinaryIO = path.open("wb") if path is not None else io.BytesIO()
        self._file.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        self._offsets: list[int] = [0, 0, 0]  # object 1 is the catalog, 2 the page tree
        self._kids: list[int] = []
        self._numbers: dict[int, tuple[Source, dict[tuple[int, int], int]]] = {}

    def add(self, source: Source, start: int = 0, stop: int | None = None, *, alone: bool = False) -> None:
        """Append pages ``start`` to ``stop`` of ``source`` (``alone``: see :class:`Source`)."""
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

    def blank(self, media_box: bytes) -> None:
        """Append an empty page of the size ``media_box`` (e.g. ``b"[0 0 595 842]"``)."""
        self._kids.append(len(self._offsets))
        self._offsets.append(self._file.tell())
        self._file.write(b"%d 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox %s /Resources << >> >>\nendobj\n"
                         % (self._kids[-1], media_box))

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
        if self.path is not None:
            out.close()

    def getvalue(self) -> bytes:
        """The PDF written to memory, after :meth:`close`."""
        assert isinstance(self._file, io.BytesIO)
        return self._file.getvalue()

    def discard(self) -> None:
        self._file.close()
        if self.path is not None:
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


def pdf_bytes(pieces: Iterable[tuple[Source, int, int | None]], alone: bool = False) -> tuple[bytes, int]:
    """``pieces`` (source, start, stop) as one PDF in memory; with its page count."""
    sink = PdfSink()
    for source, start, stop in pieces:
        sink.add(source, start, stop, alone=alone)
    sink.close()
    return sink.getvalue(), sink.pages


def combine_pdfs(sources: Iterable[Path | bytes], target: Path, *, duplex: bool = False) -> int:
    """Concatenate PDFs into ``target`` (written atomically); returns its page count.

    For a run resumed after a crash: the combined PDF of all letters from their own PDFs.
    ``duplex`` gives each source an even number of pages (a blank one after an odd count),
    so that on a duplex printer every letter starts on the front of a sheet.
    """
    sink = PdfSink(target.with_name(target.name + ".part"))
    try:
        for content in sources:
            source = Source(content)
            sink.add(source)
            if duplex and len(source.pages) % 2:
                sink.blank(source.media_box(len(source.pages) - 1))
            sink.release()
        sink.close()
    except BaseException:
        sink.discard()
        raise
    os.replace(sink.path, target)
    return sink.pages
