"""Make the README's screenshots on a demo database: the main window and the query window.

Run as ``python docs/make_screenshots.py [--lang de]``; writes ``docs/main-window.png`` and
``docs/query-dialog.png``.
Uses the offscreen platform, so it works without a screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KAMPAGNEN_HOME"] = tempfile.mkdtemp(prefix="kampagnen-shot-")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop import i18n  # noqa: E402
from desktop.context import AppContext  # noqa: E402
from desktop.db import demo, migrate  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="de", choices=i18n.LANGUAGES)
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "main-window.png")
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    translators = i18n.install(app, args.lang)
    db = Database(Path(os.environ["KAMPAGNEN_HOME"]) / "demo.sqlite3")
    migrate.upgrade(db)
    demo.generate(db, persons=args.persons, seed=1, today=dt.date(2026, 11, 24), selections=True)
    from desktop.ui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow(AppContext(settings=Settings(), db=db, language=args.lang, demo=True))
    window.resize(1100, 680)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(args.out))
    print(args.out)
    query_shot(window, args.out.with_name("query-dialog.png"))
    campaign_tab_shot(window, args.out.with_name("campaign-tab.png"))
    window.close()
    db.dispose()
    del translators


def query_shot(window: object, out: Path) -> None:
    """The issue's example: Köln or Bonn, more than 20 employees, not yet in action 1."""
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer  # noqa: PLC0415

    from desktop.ui.query_dialog import QueryDialog  # noqa: PLC0415

    dialog = QueryDialog(window.ctx, parent=window)  # type: ignore[attr-defined]
    dialog.resize(1100, 700)
    dialog.root.set_raw({"match": "all", "items": [
        {"field": "city", "op": "in", "value": ["Köln", "Bonn"]},
        {"field": "org_employees", "op": "gt", "value": 20},
        {"field": "action_member", "op": "not_exists", "value": 1},
    ]})
    dialog.show()
    dialog.run()
    QThreadPool.globalInstance().waitForDone()
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    dialog.grab().save(str(out))
    print(out)
    dialog._saved_raw = dialog.raw_definition()  # a screenshot, not a change to keep
    dialog.close()


def campaign_tab_shot(window: object, out: Path) -> None:
    """The "Kampagne" tab of the demo campaign: its actions and action 2's target group."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    editor = window.editor  # type: ignore[attr-defined]
    window.reload_campaigns(1)  # type: ignore[attr-defined] - the demo's first campaign, with members
    editor.ui.tabs.setCurrentWidget(editor.ui.campaignTab)
    actions = editor.campaign_tab.action_list
    if len(actions.rows) > 1:
        actions.table.selectRow(1)
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    window.grab().save(str(out))  # type: ignore[attr-defined]
    print(out)


if __name__ == "__main__":
    main()
