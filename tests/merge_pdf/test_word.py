"""Converting with Microsoft Word: the pipeline's Word path, with a stand-in for Word.

Word cannot be installed here. :class:`FakeWord` stands behind the same interface as
:class:`desktop.merge.word.WordConverter` and writes what Word's ``ExportAsFixedFormat``
with ``CreateBookmarks=wdExportCreateWordBookmarks`` writes: the letter marks as PDF
outline entries named after the bookmarks, and no named destinations. It converts with
LibreOffice and rewrites the marks that way.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from test_pdf import LONG, NAMES, SOFFICE, letters, needs_libreoffice  # noqa: F401 - the fixture is used

from desktop.merge import converter, pdf
from desktop.merge.pdf import PdfPipeline
from desktop.merge.soffice import ConverterMissing, Soffice
from desktop.merge.word import WordConverter

pytestmark = needs_libreoffice


class FakeWord:
    """Microsoft Word's PDF output, made by LibreOffice (see the module doc)."""

    made: list[FakeWord] = []
    profile: Path

    def __init__(self, *, background: bool = False) -> None:
        self._soffice = Soffice(SOFFICE, self.profile, background=background)
        self.calls = 0
        FakeWord.made.append(self)

    def convert(self, sources: list[Path], out_dir: Path, timeout: float) -> str:
        self.calls += 1
        stderr = self._soffice.convert(sources, out_dir, timeout)
        for source in sources:
            target = out_dir / f"{source.stem}.pdf"
            reader = PdfReader(target)
            marks = {name: reader.get_destination_page_number(dest) for name, dest in reader.named_destinations.items()}
            writer = PdfWriter()
            for page in reader.pages:  # pages only: the named destinations stay behind
                writer.add_page(page)
            for name, page in sorted(marks.items(), key=lambda mark: mark[1]):
                writer.add_outline_item(title=name.lstrip("/"), page_number=page)
            with target.open("wb") as out:
                writer.write(out)
        return stderr

    def kill(self) -> None:
        self._soffice.kill()


@pytest.fixture
def word(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakeWord]:
    FakeWord.profile = tmp_path / "word-profile"
    FakeWord.made = []
    monkeypatch.setattr(pdf, "WordConverter", FakeWord)
    return FakeWord


def test_word_marks_letters_in_the_outline_and_each_letter_gets_its_pages(word, letters, tmp_path: Path) -> None:  # noqa: F811
    pipeline = PdfPipeline(pdf.WORD, tmp_path / "work", processes=2, chunk_size=3, chunks_per_call=1)

    result = pipeline.convert(letters, tmp_path / "out")

    assert pipeline.processes == 1 and len(word.made) == 1  # Word serves one caller at a time
    assert [letter.pages for letter in result.letters] == [2 if n == LONG else 1 for n in range(len(NAMES))]
    for n, letter in enumerate(result.letters):
        text = "".join(page.extract_text() for page in PdfReader(letter.path).pages)
        assert NAMES[n] in text and all(other not in text for other in NAMES if other != NAMES[n])
    assert len(PdfReader(result.combined).pages) == len(NAMES) + 1


def test_auto_prefers_word_where_it_is_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(converter, "word_installed", lambda: True)
    assert PdfPipeline.find(tmp_path, preference="auto").soffice == pdf.WORD
    assert PdfPipeline.find(tmp_path, preference="libreoffice").soffice == SOFFICE
    monkeypatch.setattr(converter, "word_installed", lambda: False)
    assert PdfPipeline.find(tmp_path, preference="auto").soffice == SOFFICE
    with pytest.raises(ConverterMissing, match="neither"):
        monkeypatch.setattr(converter, "find_libreoffice", lambda _configured="": None)
        PdfPipeline.find(tmp_path, preference="word")


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows Word may really be there")
def test_the_real_word_converter_says_it_needs_windows() -> None:
    with pytest.raises(ConverterMissing, match="Windows"):
        WordConverter()
