"""Run ``kampagnen`` as a clerk's shell would: a separate process, its own home folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_kampagnen(home: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """``python -m desktop --lang LANG ARGS`` with ``home`` as KAMPAGNEN_HOME; no traceback allowed."""
    env = {k: v for k, v in os.environ.items() if k != "KAMPAGNEN_DATABASE"}
    env.update(
        KAMPAGNEN_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONIOENCODING="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", lang, *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,  # no TTY: nobody can answer a question
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result
