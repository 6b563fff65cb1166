"""Finding the program that turns .docx letters into PDF: Word or LibreOffice."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Converter:
    """A PDF converter that was found.

    Attributes:
        kind: "word" or "libreoffice".
        path: The program (for Word: the docx2pdf module that drives it).
    """

    kind: str
    path: str

    def version(self, timeout: float = 30.0) -> str:
        """The converter's version text, e.g. 'LibreOffice 7.4.7.2'; '' when unknown."""
        if self.kind != "libreoffice":
            return ""
        try:
            out = subprocess.run(
                [self.path, "--version"], capture_output=True, text=True, timeout=timeout, check=False
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return " ".join(out.split()[:2])


def _libreoffice_candidates() -> list[str]:
    found = [shutil.which(name) for name in ("soffice", "libreoffice")]
    candidates = [p for p in found if p]
    if sys.platform == "win32":
        for base in (os.environ.get("ProgramFiles", ""), os.environ.get("ProgramFiles(x86)", "")):
            if base:
                candidates.append(str(Path(base) / "LibreOffice" / "program" / "soffice.exe"))
    elif sys.platform == "darwin":
        candidates.append("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    return candidates


def find_libreoffice(configured: str = "") -> str | None:
    """The LibreOffice program: the configured path if it exists, else a standard place."""
    for candidate in ([configured] if configured else []) + _libreoffice_candidates():
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def word_installed() -> bool:
    """True when Microsoft Word can be driven through docx2pdf (Windows or macOS only)."""
    if importlib.util.find_spec("docx2pdf") is None:
        return False
    if sys.platform == "darwin":
        return Path("/Applications/Microsoft Word.app").exists()
    if sys.platform == "win32":
        import winreg  # noqa: PLC0415 - Windows only

        try:
            winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application\CLSID").Close()
        except OSError:
            return False
        return True
    return False


def find_converter(preference: str = "auto", libreoffice_path: str = "") -> Converter | None:
    """The converter to use, or None when neither Word nor LibreOffice is installed.

    Args:
        preference: "auto" (Word where installed, else LibreOffice), "word" or "libreoffice".
        libreoffice_path: A configured path to soffice.
    """
    if preference in ("auto", "word") and word_installed():
        return Converter("word", "docx2pdf")
    if preference in ("auto", "libreoffice"):
        path = find_libreoffice(libreoffice_path)
        if path:
            return Converter("libreoffice", path)
    return None
