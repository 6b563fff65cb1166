"""Microsoft Word as the PDF converter of a mass run, on Windows. No Qt here.

Where Word is installed, letters look exactly as the clerk designed them in Word. The
pipeline (:class:`desktop.merge.pdf.PdfPipeline`) drives Word through the same interface
as LibreOffice (:class:`desktop.merge.soffice.Soffice`: ``convert`` and ``kill``), one
Word process at a time: Word's automation serves one caller at a time anyway.

docx2pdf saves with ``SaveAs``, which writes no bookmarks; the pipeline finds each
letter's first page by its bookmark, so this calls ``ExportAsFixedFormat`` with Word's
bookmarks as PDF outline entries (:func:`desktop.merge.pdf._letter_starts` reads those
as well as LibreOffice's named destinations). pywin32 comes with docx2pdf.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from desktop.merge.soffice import ConversionError, ConverterMissing

WD_EXPORT_FORMAT_PDF = 17
WD_EXPORT_OPTIMIZE_FOR_PRINT = 0
WD_EXPORT_CREATE_WORD_BOOKMARKS = 2
WD_DO_NOT_SAVE_CHANGES = 0


class WordConverter:
    """Converts documents to PDF with Microsoft Word, one call at a time.

    Args:
        background: Accepted for the interface; Word runs at its own priority.
    """

    def __init__(self, *, background: bool = False) -> None:
        if sys.platform != "win32":
            raise ConverterMissing("Microsoft Word can only be used on Windows")
        self.background = background
        self._lock = threading.Lock()
        self._killed = False
        self._word: Any = None

    def convert(self, sources: list[Path], out_dir: Path, timeout: float) -> str:  # noqa: ARG002 - Word has none
        """Convert ``sources`` to ``out_dir/<stem>.pdf``; returns "" (Word writes no log)."""
        import pythoncom  # noqa: PLC0415 - pywin32, Windows only
        import win32com.client  # noqa: PLC0415

        pythoncom.CoInitialize()  # each worker thread talks to Word on its own
        try:
            with self._lock:
                if self._killed:
                    raise ConversionError("stopped")
                try:
                    self._word = word = win32com.client.DispatchEx("Word.Application")
                except Exception as error:  # noqa: BLE001 - COM raises pywintypes.com_error
                    raise ConverterMissing(f"Microsoft Word cannot be started: {error}") from error
            word.Visible = False
            word.DisplayAlerts = 0
            for source in sources:
                if self._killed:
                    raise ConversionError("stopped")
                self._export(word, source, out_dir / f"{source.stem}.pdf")
            return ""
        finally:
            with self._lock:
                word, self._word = self._word, None
            if word is not None:
                try:
                    word.Quit(WD_DO_NOT_SAVE_CHANGES)
                except Exception:  # noqa: BLE001, S110 - Word is gone already (killed): nothing to close
                    pass
            pythoncom.CoUninitialize()

    @staticmethod
    def _export(word: Any, source: Path, target: Path) -> None:
        try:
            document = word.Documents.Open(str(source.resolve()), ConfirmConversions=False, ReadOnly=True,
                                           AddToRecentFiles=False, Visible=False)
        except Exception as error:  # noqa: BLE001 - COM error: name the file
            raise ConversionError(f"Word cannot open {source.name}: {error}") from error
        try:
            document.ExportAsFixedFormat(str(target.resolve()), WD_EXPORT_FORMAT_PDF,
                                         OptimizeFor=WD_EXPORT_OPTIMIZE_FOR_PRINT,
                                         CreateBookmarks=WD_EXPORT_CREATE_WORD_BOOKMARKS)
        except Exception as error:  # noqa: BLE001
            raise ConversionError(f"Word cannot export {source.name} as PDF: {error}") from error
        finally:
            document.Close(WD_DO_NOT_SAVE_CHANGES)

    def kill(self) -> None:
        """Stop: further calls are refused, and the running one stops after its document.

        Word's automation objects belong to the thread that made them; asking Word to quit
        from here usually fails, so the converting thread checks between documents.
        """
        with self._lock:
            self._killed = True
            word = self._word
        if word is not None:
            try:
                word.Quit(WD_DO_NOT_SAVE_CHANGES)
            except Exception:  # noqa: BLE001, S110 - busy or gone: the thread ends it
                pass
