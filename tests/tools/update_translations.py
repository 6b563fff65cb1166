"""Update translations/*.ts from the sources and build the .qm files from them.

Run after changing any text a clerk reads:  python tests/tools/update_translations.py
then translate the new entries in Qt Linguist (``pyside6-linguist translations/*.ts``)
and run it again to rebuild the .qm files. ``tests/test_translations.py`` fails while
an entry is untranslated or a .qm file is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("de", "nl")
# English is the source language; its file holds only the plural forms (%n).
PLURAL_ONLY = ("en",)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    """Every file with text for clerks: Python outside the generated forms, and the .ui files."""
    python = [
        p for p in sorted((ROOT / "desktop").rglob("*.py"))
        if "forms" not in p.relative_to(ROOT / "desktop").parts
    ]
    return [str(p.relative_to(ROOT)) for p in python + sorted((ROOT / "forms").glob("*.ui"))]


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"kampagnen_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"kampagnen_{language}.qm"


def update_ts(target: Path, plural_only: bool = False) -> None:
    """Merge the sources' strings into ``target`` (new entries come in unfinished)."""
    # Relative paths keep the <location> lines independent of where the checkout is.
    options = ["-pluralonly"] if plural_only else []
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative", *options,
         *sources(), "-ts", str(target)],
        cwd=ROOT, check=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main() -> int:
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in LANGUAGES + PLURAL_ONLY:
        update_ts(ts_file(language), plural_only=language in PLURAL_ONLY)
        release(ts_file(language), qm_file(language))
        print(f"{ts_file(language).relative_to(ROOT)} -> {qm_file(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
