"""Make the user guide's screenshots of the real windows, in German, Dutch and English.

Run as ``QT_QPA_PLATFORM=offscreen python tests/tools/help_screenshots.py [--lang de]``.
For each language it builds a demo database in a temporary KAMPAGNEN_HOME, opens the
windows the guide shows and writes ``resources/help/img/<lang>/<name>.png`` (at most
900 px wide, a few dozen KB each), so the guide's pictures follow the program.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop import i18n

OUT = ROOT / "resources" / "help" / "img"
MAX_WIDTH = 900
LANGUAGES = ("de", "nl", "en")


def settle(app: QApplication, ms: int = 200) -> None:
    """Let queued work (timers, finished background jobs, layouts) reach the widgets."""
    QThreadPool.globalInstance().waitForDone(30_000)
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def wait_until(app: QApplication, done: Callable[[], bool], seconds: float = 90) -> None:
    """Process events until ``done()`` (e.g. a preview made by LibreOffice) or the time is up."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
        time.sleep(0.05)
    settle(app)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    """Grab the widget, shrink it to MAX_WIDTH and store it as a well-compressed PNG."""
    image = widget.grab().toImage()
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(image)  # a thin frame sets the picture off from the guide's page
    painter.setPen(QColor("#8a8a8a"))
    painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    painter.end()
    # 8-bit colour keeps a screenshot small; UI pictures have few colours anyway.
    image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
                                  | Qt.ImageConversionFlag.AvoidDither)
    path = folder / f"{name}.png"
    if not image.save(str(path), "PNG", 0):
        raise OSError(f"cannot write {path}")
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{shown}  {image.width()}x{image.height()}  {path.stat().st_size // 1024} KB")
    return path


def shoot(app: QApplication, lang: str, persons: int) -> None:
    """All screenshots of one language."""
    home = Path(tempfile.mkdtemp(prefix=f"kampagnen-help-{lang}-"))
    os.environ["KAMPAGNEN_HOME"] = str(home)
    translators = i18n.install(app, lang)
    from desktop.context import AppContext
    from desktop.db import demo, migrate
    from desktop.db.engine import Database
    from desktop.settings import Settings

    db = Database(home / "demo.sqlite3")
    migrate.upgrade(db)
    demo.generate(db, persons=persons, seed=1, selections=True)
    fill_target_group(db)
    settings = Settings()
    # Where the mass print suggests its PDF: a clerk's folder, not the build machine's.
    settings.set("last_export_folder", "C:/Users/Anna/Dokumente")
    ctx = AppContext(settings=settings, db=db, language=lang)
    folder = OUT / lang
    folder.mkdir(parents=True, exist_ok=True)
    try:
        windows(app, ctx, folder)
    finally:
        settle(app)
        db.dispose()
        for translator in translators or ():
            app.removeTranslator(translator)
        shutil.rmtree(home, ignore_errors=True)


def fill_target_group(db: object) -> None:
    """Link the first demo selection to campaign 2's first action, as a clerk would."""
    from desktop.campaigns import members
    from desktop.db.models import CampaignAction, Selection

    with db.session() as session:
        action_id = session.scalar(
            select(CampaignAction.id).where(CampaignAction.campaign_id == 2).order_by(CampaignAction.sequence))
        selection_id = session.scalar(select(Selection.id).order_by(Selection.id))
    if action_id is not None and selection_id is not None:
        members.link_selection(db, action_id, selection_id)


TASKS = {  # (subject, days from today, about the caller)
    "de": [("Unterlagen senden", -1, True), ("Nachfassen", 0, True),
           ("Zeitungsanzeige für die Messe schalten", 3, False), ("Teilnehmerliste an das Messeteam", 7, False)],
    "nl": [("Documentatie versturen", -1, True), ("Nabellen", 0, True),
           ("Advertentie voor de beurs plaatsen", 3, False), ("Deelnemerslijst naar het beursteam", 7, False)],
    "en": [("Send documents", -1, True), ("Follow up", 0, True),
           ("Place the newspaper ad for the fair", 3, False), ("Attendee list to the fair team", 7, False)],
}


def add_tasks(ctx: object, employee_id: int, person_id: int) -> None:
    """A few open tasks for the clerk whose list is shown (the demo has none of its own)."""
    import datetime as dt

    from desktop.contacts import tasks

    today = dt.date.today()
    with ctx.db.session() as session:
        for subject, days, about_person in TASKS[ctx.language]:
            tasks.add(session, tasks.NewTask(subject=subject, assignee_id=employee_id,
                                             due=today + dt.timedelta(days=days), campaign_id=2,
                                             person_id=person_id if about_person else None))
        session.commit()


def windows(app: QApplication, ctx: object, folder: Path) -> None:
    """Open each window the guide shows, grab it, close it."""
    from desktop.contacts import caller
    from desktop.db.models import ActionMember, CampaignAction, DossierItem, Person
    from desktop.ui.caller_dialog import CallerDialog, region
    from desktop.ui.contact_window import ContactWindow
    from desktop.ui.main_window import MainWindow
    from desktop.ui.mass_print_dialog import MassPrintDialog
    from desktop.ui.my_tasks_window import MyTasksWindow
    from desktop.ui.query_dialog import QueryDialog
    from desktop.ui.response_dialog import ResponseDialog
    from desktop.ui.totalizer_dialog import TotalizerDialog

    window = MainWindow(ctx)
    window.resize(1000, 700)
    window.show()
    window.reload_campaigns(2)
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.ui.campaignTab)
    action_list = editor.campaign_tab.action_list
    if action_list.rows:
        action_list.table.selectRow(0)
    settle(app, 400)
    save(window, folder, "main_window")

    # 1. the query, with the example conditions
    query = QueryDialog(ctx, parent=window)
    query.resize(1000, 700)
    query.root.set_raw({"match": "all", "items": [
        {"field": "city", "op": "in", "value": ["Köln", "Bonn", "Amsterdam"]},
        {"field": "org_employees", "op": "gt", "value": 20},
    ]})
    query.show()
    query.run()
    settle(app, 400)
    save(query, folder, "query_dialog")
    query._saved_raw = query.raw_definition()  # a screenshot, not a change to keep
    query.close()

    with ctx.db.session() as session:
        action_id = session.scalar(
            select(CampaignAction.id).where(CampaignAction.campaign_id == 2).order_by(CampaignAction.sequence))
        item = session.execute(
            select(DossierItem.id, DossierItem.person_id)
            .where(DossierItem.campaign_id.is_not(None), DossierItem.person_id.is_not(None),
                   DossierItem.action_id.is_not(None))
            .order_by(DossierItem.handled, DossierItem.campaign_id.desc(), DossierItem.id)).first()
        member = session.execute(
            select(ActionMember.person_id, Person.phone)
            .join(Person, Person.id == ActionMember.person_id)
            .join(CampaignAction, CampaignAction.id == ActionMember.action_id)
            .where(CampaignAction.campaign_id == 2, Person.phone != "")
            .order_by(ActionMember.id)).first()
        if member is None:
            member = session.execute(select(Person.id.label("person_id"), Person.phone).where(Person.phone != "")
                                     .order_by(Person.id)).first()
        matches = caller.find_callers(session, member.phone, region(ctx)) if member else []

    # 3. the mass print of the campaign's first action (the preview is made by LibreOffice)
    if action_id is not None:
        mass = MassPrintDialog(ctx, action_id, parent=window)
        mass.show()
        preparing = mass.preview_label.text()
        wait_until(app, lambda: mass.preview_label.text() != preparing)
        settle(app, 500)
        save(mass, folder, "mass_print_dialog")
        mass.reject()

    # 4. an incoming call: find the caller, then the contact window with the call line
    if member is not None:
        finder = CallerDialog(ctx, window)
        finder.show()
        finder.show_number(member.phone)
        settle(app)
        save(finder, folder, "caller_dialog")
        match = next((m for m in matches if m.person_id == member.person_id), None)
        banner = finder.banner(match) if match else ""
        finder.close()
        contact = ContactWindow(ctx, member.person_id, window)
        contact.resize(900, 640)
        contact.show()
        contact.set_call_banner(banner)
        settle(app)
        save(contact, folder, "contact_window")
        contact.close()

    if item is not None:
        responses = ResponseDialog(ctx, window, item_id=item.id)
        responses.show()
        settle(app)
        save(responses, folder, "response_dialog")
        responses.close()

    tasks = MyTasksWindow(ctx, window)
    tasks.resize(900, 520)
    employee = tasks.employee_id()
    if employee is not None and member is not None:
        add_tasks(ctx, employee, member.person_id)
        tasks.reload()
    tasks.show()
    settle(app)
    save(tasks, folder, "my_tasks")
    tasks.close()

    # 5. costs and monitoring, on the first demo campaign
    window.reload_campaigns(1)
    editor.ui.tabs.setCurrentWidget(editor.costs_tab)
    settle(app, 400)
    save(window, folder, "costs_tab")

    totalizer = TotalizerDialog(ctx, window, campaign_id=1)
    totalizer.resize(900, 600)
    totalizer.show()
    settle(app, 400)
    save(totalizer, folder, "totalizer")
    totalizer.close()

    window.close()
    window.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)")
    parser.add_argument("--persons", type=int, default=400)
    parser.add_argument("--out", type=Path, help="write here instead of resources/help/img (e.g. to look at the "
                                                  "windows at QT_SCALE_FACTOR=1.5)")
    args = parser.parse_args()
    global OUT  # noqa: PLW0603 - the script's one setting
    if args.out:
        OUT = args.out
    app = QApplication.instance() or QApplication([sys.argv[0]])
    for lang in args.lang or LANGUAGES:
        shoot(app, lang, args.persons)
    settle(app)


if __name__ == "__main__":
    main()
