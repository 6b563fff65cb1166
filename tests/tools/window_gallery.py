"""Screenshots of every window of the program, to look at them as a clerk would.

Run as ``python tests/tools/window_gallery.py --out /tmp/gallery [--lang de] [--scale 1.5]``.
It opens each window of ``tests/ui/window_catalogue.py`` on demo data, in each language,
on a simulated screen: 1366×768 at 100 %, or 1920×1080 at 150 % (1280×720 logical pixels,
drawn at 1.5 device pixels each, as Windows does), writes ``<out>/<lang>-<scale>/<name>.png``
and lists what ``keyboard_audit`` finds on each window. Nothing is written into the repo.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]

SCREENS = {  # scale: (logical width, height) of a common office screen at that scaling
    1.0: (1366, 768),
    1.5: (1280, 720),
}


def offscreen_platform(scale: float, folder: Path) -> str:
    """The offscreen platform with one screen of the size and pixel ratio for ``scale``."""
    width, height = SCREENS[scale]
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": f"office-{scale}", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": scale}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the pictures")
    parser.add_argument("--lang", action="append", choices=("de", "nl", "en"), help="only this language")
    parser.add_argument("--scale", type=float, choices=sorted(SCREENS), default=1.0)
    parser.add_argument("--scene", action="append", help="only this window (a name in window_catalogue)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kampagnen-gallery-"))
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(args.scale, work)
    os.environ["KAMPAGNEN_HOME"] = str(work / "home")
    os.environ["KAMPAGNEN_MACHINE_CONFIG"] = str(work / "no-machine-config.json")

    from PySide6.QtCore import QEventLoop, QThreadPool
    from PySide6.QtWidgets import QApplication

    import keyboard_audit
    import window_catalogue
    from desktop import i18n
    from desktop.context import AppContext
    from desktop.db import demo, migrate
    from desktop.db.engine import Database
    from desktop.settings import Settings

    app = QApplication([sys.argv[0]])
    db = Database(work / "demo.sqlite3")
    migrate.upgrade(db)
    demo.generate(db, persons=60, seed=1, selections=True)
    window_catalogue.prepare(db)
    problems = 0
    try:
        for language in args.lang or ("de", "nl"):
            translators = i18n.install(app, language)
            folder = args.out / f"{language}-{int(args.scale * 100)}"
            folder.mkdir(parents=True, exist_ok=True)
            from desktop.ui.main_window import MainWindow

            ctx = AppContext(settings=Settings(), db=db, language=language)
            main_window = MainWindow(ctx)
            main_window.resize(1000, 700)
            main_window.show()
            for scene in window_catalogue.SCENES:
                if args.scene and scene.name not in args.scene:
                    continue
                window = scene.open(ctx, main_window)
                end = time.monotonic() + 90
                while not scene.ready(window) and time.monotonic() < end:
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
                QThreadPool.globalInstance().waitForDone(60_000)
                app.processEvents()
                path = folder / f"{scene.name}.png"
                window.grab().save(str(path))
                found = keyboard_audit.all_problems(window)
                problems += len(found)
                print(f"{path}  {window.width()}x{window.height()}" + "".join(f"\n    {p}" for p in found))
                if window is not main_window:
                    window.close()
            main_window.editor.revert()
            main_window.close()
            QThreadPool.globalInstance().waitForDone(60_000)
            app.processEvents()
            for translator in translators or ():
                app.removeTranslator(translator)
    finally:
        db.dispose()
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
