"""The core packages run without Qt; widgets live only in desktop/ui and app.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ("desktop.db", "desktop.query", "desktop.campaigns", "desktop.contacts")


def test_core_packages_import_no_pyside6() -> None:
    script = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    pkg = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, name + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "", f"PySide6 imported by the core: {result.stdout}"


def test_widgets_only_in_the_ui_package_and_app() -> None:
    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("desktop/ui/") or rel == "desktop/app.py":
            continue
        if "QtWidgets" in path.read_text(encoding="utf-8"):
            offenders.append(rel)
    assert offenders == []
