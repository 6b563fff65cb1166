"""Compile forms/*.ui into desktop/ui/forms/ui_*.py (checked in, marked generated).

Run after changing a form in Qt Designer:  python tests/tools/compile_forms.py
The test tests/ui/test_forms_generated.py fails while a generated module is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
TARGET = ROOT / "desktop" / "ui" / "forms"


def uic_executable() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compile_form(ui_file: Path, out_file: Path) -> None:
    # Run from the repository root with a relative path: the generated header names the
    # source file, and must not depend on where the checkout is.
    subprocess.run(
        [uic_executable(), str(ui_file.relative_to(ROOT)), "-o", str(out_file)],
        cwd=ROOT,
        check=True,
    )


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for ui_file in sorted(FORMS.glob("*.ui")):
        out = TARGET / f"ui_{ui_file.stem}.py"
        compile_form(ui_file, out)
        print(f"{ui_file.relative_to(ROOT)} -> {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
