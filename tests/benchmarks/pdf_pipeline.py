"""Benchmark: N personal letters to PDF with :class:`desktop.merge.pdf.PdfPipeline`.

Run as ``python tests/benchmarks/pdf_pipeline.py [--letters N] [--chunk-size C]
[--processes P] [--chunks-per-call K]`` (default 10,000 letters). Builds a one-page
business letter with python-docx (letterhead with a logo in the header, address block,
date, subject, salutation, three paragraphs, a small table, signature, page number in
the footer), then simulates the merge step by replacing the recipient's fields in the
``document.xml`` of that prepared .docx for each letter, lazily, while the pipeline runs,
so the seconds include rendering. Prints ``name value unit`` lines:

- ``pdf_pipeline_<N>_letters``: rendering and conversion of all letters, end to end
  (target: 10,000 in at most 60 s); ``pdf_pipeline_render`` the rendering part of it;
- ``pdf_pipeline_letters_per_second``;
- ``pdf_pipeline_peak_memory``: the largest sum, sampled every 0.1 s, of the resident
  memory of this process and all its descendants (the LibreOffice processes), read from
  ``/proc`` (psutil elsewhere). Pages shared between the two soffice.bin processes are
  counted twice, so this is an upper bound; ``pdf_pipeline_peak_pss`` is the same sum of
  proportional set sizes, which counts them once (target: at most 800 MB);
- ``pdf_naive_per_letter``: one ``soffice --convert-to pdf`` call per letter, averaged
  over 50 letters; ``pdf_pipeline_speedup`` how many times faster the pipeline is per
  letter (target: at least 100);
- ``pdf_preview_first_letter``: :meth:`PdfPipeline.convert_one` on a fresh profile
  (target: at most 3 s); ``pdf_preview_warm`` the same once the profile exists.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import sys
import tempfile
import threading
import struct
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import segno  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

from desktop.merge.converter import find_libreoffice  # noqa: E402
from desktop.merge.pdf import PdfPipeline  # noqa: E402

NAIVE_LETTERS = 50
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
FIELDS = ("XXNAMEXX", "XXSTREETXX", "XXCITYXX", "XXSALUTATIONXX", "XXNUMBERXX")
# Parts of python-docx's default template that a Word letter template does not have.
BLOAT = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/")


def _page_field(paragraph) -> None:
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        run = paragraph.add_run("1" if kind is None and text is None else "")
        if kind:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
            run._r.append(node)
        elif text:
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = text
            run._r.append(node)


def template() -> bytes:
    """The prepared letter, with the recipient's fields as XX…XX placeholders."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(11)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    logo = io.BytesIO()
    segno.make("https://musterfirma.example", micro=False).save(logo, kind="png", scale=4)
    header.add_run().add_picture(io.BytesIO(logo.getvalue()), width=Cm(1.5))
    run = header.add_run("  Musterfirma GmbH")
    run.bold, run.font.size = True, Pt(16)
    section.header.add_paragraph("Hauptstraße 1 · 12345 Musterstadt · Telefon 0123 45678").alignment = \
        WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run("Musterfirma GmbH · Amtsgericht Musterstadt HRB 1234 · Seite ")
    _page_field(footer)
    doc.add_paragraph("Musterfirma GmbH · Hauptstraße 1 · 12345 Musterstadt").runs[0].font.size = Pt(7)
    for line in ("XXNAMEXX", "XXSTREETXX", "XXCITYXX"):
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph("Musterstadt, 15. März 2025").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run("Ihr Kundenkonto XXNUMBERXX: unser Angebot für 2025").bold = True
    doc.add_paragraph("XXSALUTATIONXX,")
    for text in (
        "vielen Dank für Ihr Vertrauen im vergangenen Jahr. Gern stellen wir Ihnen heute unser neues "
        "Angebot vor, das wir auf die Wünsche unserer langjährigen Kundinnen und Kunden abgestimmt haben.",
        "Ab dem 1. April erhalten Sie alle Leistungen Ihres bisherigen Vertrags zu unveränderten "
        "Bedingungen, dazu den erweiterten Service, ohne dass Sie etwas unternehmen müssen. Die "
        "wichtigsten Punkte haben wir für Sie in der folgenden Übersicht zusammengefasst.",
        "Haben Sie Fragen? Rufen Sie uns an oder schreiben Sie uns; wir sind montags bis freitags "
        "von 8 bis 18 Uhr für Sie da und freuen uns auf Ihre Antwort.",
    ):
        doc.add_paragraph(text)
    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for row, cells in enumerate((("Leistung", "bisher", "neu"), ("Grundgebühr", "9,90 €", "9,90 €"),
                                 ("Service", "werktags", "täglich"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    doc.add_paragraph()
    doc.add_paragraph("Mit freundlichen Grüßen")
    doc.add_paragraph()
    doc.add_paragraph("Erika Musterfrau").paragraph_format.space_after = Pt(0)
    doc.add_paragraph("Kundenservice")
    out = io.BytesIO()
    doc.save(out)
    return _without_bloat(out.getvalue())


def _without_bloat(data: bytes) -> bytes:
    entries = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if not name.startswith(BLOAT):
                entries[name] = zf.read(name)
    for name in ("word/_rels/document.xml.rels", "_rels/.rels", "[Content_Types].xml"):
        text = entries[name].decode()
        for part in ("stylesWithEffects.xml", "thumbnail.jpeg", "customXml/item1.xml"):
            start = text.find(part)
            while start != -1:
                left, right = text.rfind("<", 0, start), text.find(">", start) + 1
                text = text[:left] + text[right:]
                start = text.find(part)
        entries[name] = text.encode()
    return _zip(entries)


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


class Renderer:
    """Renders letter n from the template by replacing its fields; counts its own seconds.

    Only ``word/document.xml`` differs between letters, so the other parts are compressed
    once and the zip is put together from the compressed bytes, as a merge step that
    renders thousands of letters from one template would do.
    """

    def __init__(self, prepared: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(prepared)) as zf:
            self.document = zf.read("word/document.xml")
            self.parts = [_deflated(name, zf.read(name)) for name in zf.namelist() if name != "word/document.xml"]
        self.seconds = 0.0

    def letter(self, n: int) -> bytes:
        started = time.perf_counter()
        values = (f"Frau Dr. Anna Beispiel-{n}", f"Lindenallee {n % 200 + 1}", f"{10000 + n % 89999} Musterort",
                  f"Sehr geehrte Frau Dr. Beispiel-{n}", f"K-{n:07d}")
        document = self.document
        for placeholder, value in zip(FIELDS, values):
            document = document.replace(placeholder.encode(), escape(value).encode())
        data = _raw_zip([*self.parts, _deflated("word/document.xml", document)])
        self.seconds += time.perf_counter() - started
        return data

    def letters(self, count: int) -> Iterator[tuple[str, bytes]]:
        for n in range(count):
            yield f"L{n:07d}", self.letter(n)


def _deflated(name: str, data: bytes) -> tuple[bytes, int, bytes, int]:
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    return name.encode(), zlib.crc32(data), packer.compress(data) + packer.flush(), len(data)


def _raw_zip(entries: list[tuple[bytes, int, bytes, int]]) -> bytes:
    """A zip of already deflated entries (name, crc, compressed, size)."""
    body, directory = bytearray(), bytearray()
    for name, crc, packed, size in entries:
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(packed), size, len(name), 0)
        body += name + packed
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(packed), size,
                                 len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(body), 0)
    return bytes(body + directory + end)


class MemorySampler(threading.Thread):
    """Samples the memory of this process and its descendants: RSS every 0.1 s, PSS every 0.5 s.

    Reading PSS makes the kernel walk every mapping of LibreOffice, so it is read less often.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_rss = self.peak_pss = 0
        self._halt = threading.Event()

    def run(self) -> None:
        tick = 0
        while not self._halt.wait(0.1):
            rss, pss = _tree_memory(with_pss=tick % 5 == 0)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            tick += 1

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _tree_memory(with_pss: bool) -> tuple[int, int]:
    """(RSS, PSS) in bytes summed over this process and all its descendants (PSS 0 unless asked)."""
    try:
        import psutil  # noqa: PLC0415 - optional

        me = psutil.Process()
        rss = pss = 0
        for proc in [me, *me.children(recursive=True)]:
            try:
                info = proc.memory_full_info() if with_pss else proc.memory_info()
            except (psutil.Error, OSError):
                continue
            rss += info.rss
            pss += getattr(info, "pss", info.rss) if with_pss else 0
        return rss, pss
    except ImportError:
        pass
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    todo, rss, pss = [os.getpid()], 0, 0
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE
            if with_pss:
                pss += next(int(line.split()[1]) * 1024 for line in
                            Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines() if line.startswith("Pss:"))
        except (OSError, StopIteration, ValueError):
            pass
    return rss, pss


def naive(program: str, renderer: Renderer, folder: Path) -> float:
    """Seconds per letter with one LibreOffice call per letter (profile warmed first)."""
    sources = []
    for n in range(NAIVE_LETTERS + 1):
        sources.append(folder / f"naive{n:03d}.docx")
        sources[-1].write_bytes(renderer.letter(n))
    profile = f"-env:UserInstallation={(folder / 'naive-profile').as_uri()}"
    import subprocess  # noqa: PLC0415

    def call(source: Path) -> None:
        subprocess.run([program, profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                        str(source)], capture_output=True, check=True)

    call(sources[0])
    started = time.perf_counter()
    for source in sources[1:]:
        call(source)
    seconds = (time.perf_counter() - started) / NAIVE_LETTERS
    assert all(s.with_suffix(".pdf").is_file() for s in sources)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--chunk-size", type=int, default=200)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--chunks-per-call", type=int, default=5)
    parser.add_argument("--skip-naive", action="store_true")
    args = parser.parse_args()
    program = find_libreoffice()
    if program is None:
        sys.exit("LibreOffice is not installed")
    renderer = Renderer(template())
    folder = Path(tempfile.mkdtemp(prefix="pdf-pipeline-bench-"))
    try:
        pipeline = PdfPipeline(program, folder / "work", processes=args.processes, chunk_size=args.chunk_size,
                               chunks_per_call=args.chunks_per_call)
        first = renderer.letter(0)
        started = time.perf_counter()
        preview = pipeline.convert_one(first)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        pipeline.convert_one(first)
        warm = time.perf_counter() - started
        assert preview.startswith(b"%PDF")

        renderer.seconds = 0.0
        sampler = MemorySampler()
        sampler.start()
        started = time.perf_counter()
        result = pipeline.convert(renderer.letters(args.letters), folder / "out", total=args.letters)
        seconds = time.perf_counter() - started
        sampler.stop()
        assert len(result.letters) == args.letters and result.pages == args.letters, result.pages
        per_letter = seconds / args.letters
        print(f"pdf_pipeline_{args.letters}_letters {seconds:.1f} s")
        print(f"pdf_pipeline_render {renderer.seconds:.1f} s")
        print(f"pdf_pipeline_letters_per_second {args.letters / seconds:.0f} 1/s")
        peak_rss = max(sampler.peak_rss, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
        print(f"pdf_pipeline_peak_memory {peak_rss / 2**20:.0f} MB")
        print(f"pdf_pipeline_peak_pss {sampler.peak_pss / 2**20:.0f} MB")
        print(f"pdf_pipeline_combined_size {result.combined.stat().st_size / 2**20:.1f} MB")
        if not args.skip_naive:
            naive_seconds = naive(program, renderer, folder)
            print(f"pdf_naive_per_letter {naive_seconds:.2f} s")
            print(f"pdf_pipeline_speedup {naive_seconds / per_letter:.0f} x")
        print(f"pdf_preview_first_letter {cold:.2f} s")
        print(f"pdf_preview_warm {warm:.2f} s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
