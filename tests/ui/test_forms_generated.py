"""The checked-in desktop/ui/forms/ui_*.py are exactly what pyside6-uic makes of forms/*.ui."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "tools"))
import compile_forms  # noqa: E402

FORMS = sorted((ROOT / "forms").glob("*.ui"))


def test_every_form_has_a_generated_module() -> None:
    generated = {p.name for p in compile_forms.TARGET.glob("ui_*.py")}
    assert generated == {f"ui_{f.stem}.py" for f in FORMS}


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_module_is_current(form: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"ui_{form.stem}.py"
    compile_forms.compile_form(form, fresh)
    checked_in = compile_forms.TARGET / fresh.name
    assert fresh.read_text() == checked_in.read_text(), "run tests/tools/compile_forms.py"
