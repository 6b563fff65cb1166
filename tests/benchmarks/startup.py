"""Benchmark: time from starting ``kampagnen`` to the main window on screen.

Run as ``python tests/benchmarks/startup.py [persons]``. Creates a demo database with
``kampagnen demo --persons N`` (default 100,000), then starts the real program on it five
times and measures, from process start, until the main window has been shown and painted.
Uses the screen in DISPLAY if there is one, else Qt's offscreen platform. Prints
``name value unit`` lines.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.main_window import MainWindow

original = MainWindow.showEvent

def show_event(self, event):
    original(self, event)
    def report():
        print("shown", flush=True)
        QApplication.instance().quit()
    # The timer fires after the pending paint events of the first show.
    QTimer.singleShot(0, report)

MainWindow.showEvent = show_event
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def main() -> None:
    persons = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    env = dict(os.environ, KAMPAGNEN_HOME=tempfile.mkdtemp(prefix="kampagnen-bench-"), PYTHONPATH=str(ROOT))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    database = Path(env["KAMPAGNEN_HOME"]) / "bench.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "desktop", "--database", str(database), "demo", "--persons", str(persons)],
        env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, "--database", str(database), "--lang", "de"],
            env=env, stdout=subprocess.PIPE, text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        shown = time.perf_counter()
        proc.wait(timeout=60)
        if line.strip() != "shown":
            raise SystemExit("the main window did not appear")
        times.append(shown - started)
    platform = "xcb" if "QT_QPA_PLATFORM" not in env else env["QT_QPA_PLATFORM"]
    print(f"startup_to_main_window_median_{persons}_persons_{platform} {statistics.median(times):.2f} s")
    print(f"startup_to_main_window_max_{persons}_persons_{platform} {max(times):.2f} s")


if __name__ == "__main__":
    main()
