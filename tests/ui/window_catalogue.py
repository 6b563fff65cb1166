"""Every window and dialog of the program, opened on demo data, for checks and screenshots.

``SCENES`` names each window a clerk can meet, with a function that builds it (shown, with
realistic content) next to an open main window. ``tests/ui/test_accessibility.py`` runs the
keyboard, accessible-name and cut-off-text checks over all of them in German and Dutch;
``tests/tools/window_gallery.py`` saves a screenshot of each, e.g. at 150 % scaling.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from desktop.context import AppContext
from desktop.db.engine import Database

Opener = Callable[[AppContext, QWidget], QWidget]

ROOT = Path(__file__).resolve().parents[2]
CAMPAIGN = 2  # the demo campaign with actions, members and letters


@dataclass(frozen=True)
class Scene:
    """One window in one state, e.g. the main window on its costs tab."""

    name: str
    open: Opener
    # When the window has finished its background work (the mass print's preview, made by
    # LibreOffice); checks and screenshots wait for it.
    ready: Callable[[QWidget], bool] = lambda window: True


def prepare(db: Database) -> None:
    """Demo data as a clerk's day leaves it: a selection linked, tasks, the shipped letters."""
    from desktop.campaigns import members
    from desktop.contacts import tasks
    from desktop.merge import templates
    from desktop.db.models import CampaignAction, Employee, Person, Selection

    with db.session() as session:
        action_id = session.scalar(select(CampaignAction.id).where(CampaignAction.campaign_id == CAMPAIGN)
                                   .order_by(CampaignAction.sequence))
        selection_id = session.scalar(select(Selection.id).order_by(Selection.id))
        employee_id = session.scalar(select(Employee.id).order_by(Employee.id))
        person_id = session.scalar(select(Person.id).order_by(Person.id))
        if employee_id is not None:
            tasks.add(session, tasks.NewTask(subject="Unterlagen senden / Documentatie versturen",
                                             assignee_id=employee_id, due=dt.date.today(),
                                             campaign_id=CAMPAIGN, person_id=person_id))
            tasks.add(session, tasks.NewTask(subject="Anzeige schalten / Advertentie plaatsen",
                                             assignee_id=employee_id, due=dt.date.today() + dt.timedelta(days=3),
                                             campaign_id=CAMPAIGN))
    for letter in sorted((ROOT / "resources" / "templates").glob("*.docx")):
        templates.import_template(db, letter)
    if action_id is not None and selection_id is not None:
        members.link_selection(db, action_id, selection_id)


def _first_action(ctx: AppContext) -> int:
    from desktop.db.models import CampaignAction

    with ctx.db.session() as session:
        action_id = session.scalar(select(CampaignAction.id).where(CampaignAction.campaign_id == CAMPAIGN)
                                   .order_by(CampaignAction.sequence))
    assert action_id is not None, "the demo has no action in campaign 2"
    return action_id


def _first_person(ctx: AppContext) -> int:
    from desktop.db.models import Person

    with ctx.db.session() as session:
        return session.scalar(select(Person.id).where(Person.phone != "").order_by(Person.id))


def _shown(widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:
    if size:
        widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    return widget


def _main_tab(tab: str) -> Opener:
    """The MainWindow (opened by the caller, the parent of all others) on one of its tabs."""
    def open_(ctx: AppContext, window: QWidget) -> QWidget:
        editor = window.editor
        window.reload_campaigns(CAMPAIGN)
        editor.ui.tabs.setCurrentWidget({
            "general": editor.ui.generalTab, "campaign": editor.ui.campaignTab, "costs": editor.costs_tab,
            "responses": editor.response_tab, "tasks": editor.tasks_tab}[tab])
        if tab == "campaign" and editor.campaign_tab.action_list.rows:
            editor.campaign_tab.action_list.table.selectRow(0)
        QApplication.processEvents()
        return window
    return open_


def _query(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.query_dialog import QueryDialog

    dialog = QueryDialog(ctx, parent=parent)
    dialog.root.set_raw({"match": "all", "items": [
        {"field": "city", "op": "in", "value": ["Köln", "Bonn", "Amsterdam"]},
        {"field": "org_employees", "op": "gt", "value": 20},
    ]})
    dialog._saved_raw = dialog.raw_definition()  # nothing to ask about when it closes
    _shown(dialog, (1000, 700))
    dialog.run()  # now, not after the typing pause
    return dialog


def _selections(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.selections_dialog import SelectionsDialog

    return _shown(SelectionsDialog(ctx, parent))


def _save_selection(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.save_selection_dialog import SaveSelectionDialog

    return _shown(SaveSelectionDialog("Köln und Bonn", "", False, parent))


def _columns(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.columns_dialog import ColumnsDialog

    return _shown(ColumnsDialog(("code", "last_name", "city"), parent))


def _action(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.campaigns import actions
    from desktop.ui.action_dialog import ActionDialog

    with ctx.db.session() as session:
        data = actions.load(session, _first_action(ctx))
        rows = actions.list_actions(session, CAMPAIGN)
    return _shown(ActionDialog(ctx, CAMPAIGN, data, rows, parent))


def _link_selection(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.query import selections
    from desktop.ui.link_selection_dialog import LinkSelectionDialog

    with ctx.db.session() as session:
        rows = selections.list_selections(session)
    return _shown(LinkSelectionDialog(rows, set(), has_earlier_actions=True, exclude_used=True, parent=parent))


def _person_picker(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.person_picker_dialog import PersonPickerDialog

    return _shown(PersonPickerDialog(ctx, parent))


def _import_report(ctx: AppContext, parent: QWidget) -> QWidget:
    import tempfile

    from desktop.campaigns import member_import
    from desktop.db.models import Person
    from desktop.ui.member_import import ImportReportDialog

    with ctx.db.session() as session:
        code = session.scalar(select(Person.code).order_by(Person.id))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Messe-Einladungen.csv"
        path.write_text(f"Code\n{code}\n99999-unknown\n", encoding="utf-8")
        with ctx.db.engine.connect() as conn:
            report = member_import.check(conn, member_import.read(path), _first_action(ctx))
    return _shown(ImportReportDialog(report, parent))


def _mass_print(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.mass_print_dialog import MassPrintDialog

    return _shown(MassPrintDialog(ctx, _first_action(ctx), parent))


def _mail_send(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.mail_send_dialog import MailSendDialog

    return _shown(MailSendDialog(ctx, _first_action(ctx), parent))


def _templates(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.template_manager import TemplateManager

    return _shown(TemplateManager(ctx, parent))


def _template_versions(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.merge import templates
    from desktop.ui.template_versions_dialog import TemplateVersionsDialog

    rows = templates.list_templates(ctx.db)
    assert rows, "the demo has no letter template"
    return _shown(TemplateVersionsDialog(ctx, rows[0], parent))


def _template_check(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.merge import templates
    from desktop.ui.template_check_dialog import TemplateCheckDialog

    row = templates.list_templates(ctx.db)[0]
    return _shown(TemplateCheckDialog(row.name, row.revision, templates.check(ctx.db, row.id), parent))


def _settings(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.settings_dialog import SettingsDialog

    return _shown(SettingsDialog(ctx, parent))


def _cost(invoice: bool) -> Opener:
    def open_(ctx: AppContext, parent: QWidget) -> QWidget:
        from desktop.ui.cost_dialog import CostDialog

        return _shown(CostDialog(ctx, CAMPAIGN, None, parent, invoice=invoice))
    return open_


def _follow_up_rule(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.contacts import follow_up, person_record
    from desktop.ui.follow_up_rule_dialog import FollowUpRuleDialog

    with ctx.db.session() as session:
        types = follow_up.response_type_rows(session, CAMPAIGN)
        employees = person_record.employees(session)
    return _shown(FollowUpRuleDialog(types, employees, None, parent))


def _task(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.task_dialog import TaskDialog

    return _shown(TaskDialog(ctx, parent, campaign_id=CAMPAIGN, person_id=_first_person(ctx)))


def _reassign(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.contacts import tasks
    from desktop.ui.task_dialog import ReassignDialog

    with ctx.db.session() as session:
        rows = tasks.planning_tasks(session, CAMPAIGN)
    assert rows, "prepare() adds a task to campaign 2"
    return _shown(ReassignDialog(ctx, rows[0], parent))


def _response(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.response_dialog import ResponseDialog

    return _shown(ResponseDialog(ctx, parent, person_id=_first_person(ctx)))


def _caller(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.db.models import Person
    from desktop.ui.caller_dialog import CallerDialog

    with ctx.db.session() as session:
        phone = session.scalar(select(Person.phone).where(Person.id == _first_person(ctx)))
    dialog = _shown(CallerDialog(ctx, parent))
    dialog.show_number(phone)
    return dialog


def _contact(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.contact_window import ContactWindow

    return _shown(ContactWindow(ctx, _first_person(ctx), parent))


def _new_person(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.new_person_dialog import NewPersonDialog

    return _shown(NewPersonDialog(ctx, parent, with_action=True, phone="+49 221 123456"))


def _duplicates(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.campaigns import persons
    from desktop.contacts import adhoc
    from desktop.db.models import Person
    from desktop.ui.duplicate_dialog import DuplicateDialog

    with ctx.db.session() as session:
        known = session.get(Person, _first_person(ctx))
        found = adhoc.duplicates(session, persons.NewPerson(
            salutation=known.salutation, title="", first_name=known.first_name, last_name=known.last_name,
            street="", postcode=known.postcode, city=known.city, country="", email=known.email, mobile="",
            phone=known.phone))
    assert found, "a copy of a demo person must find that person"
    return _shown(DuplicateDialog(found, parent))


def _my_tasks(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.my_tasks_window import MyTasksWindow

    return _shown(MyTasksWindow(ctx, parent))


def _totalizer(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.totalizer_dialog import TotalizerDialog

    return _shown(TotalizerDialog(ctx, parent, campaign_id=CAMPAIGN))


def _analyses(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.analyses_dialog import AnalysesDialog

    return _shown(AnalysesDialog(ctx, parent, campaign_id=CAMPAIGN))


def _reports(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.reports_dialog import ReportsDialog

    return _shown(ReportsDialog(ctx, parent, campaign_id=CAMPAIGN))


def _diagnostics(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.diagnostics import Check, Level
    from desktop.ui.diagnostics_dialog import DiagnosticsDialog

    # The real checks ask printers and converters, which takes seconds; their wording is
    # the same whatever they find.
    checks = [Check("PDF", Level.OK, "LibreOffice 24.2"), Check("Drucker", Level.WARNING, "—")]
    return _shown(DiagnosticsDialog(ctx, parent, opener=lambda url: True, checks=checks))


def _help(ctx: AppContext, parent: QWidget) -> QWidget:
    from desktop.ui.help_window import HelpWindow

    return _shown(HelpWindow(ctx.language, parent))


def _wizard_shared(ctx: AppContext, parent: QWidget) -> QWidget:
    """The assistant's first page with the shared database chosen: its fields come alive."""
    wizard = _wizard_page(0)(ctx, parent)
    wizard.database_page.shared_radio.setChecked(True)
    QApplication.processEvents()
    return wizard


def _wizard_page(page: int) -> Opener:
    def open_(ctx: AppContext, parent: QWidget) -> QWidget:
        from desktop.ui.setup_wizard import SetupWizard

        wizard = _shown(SetupWizard(ctx.settings, parent, language=ctx.language))
        for _ in range(page):
            wizard.next()
        QApplication.processEvents()
        return wizard
    return open_


SCENES: tuple[Scene, ...] = (
    Scene("main_general", _main_tab("general")),
    Scene("main_campaign", _main_tab("campaign")),
    Scene("main_costs", _main_tab("costs")),
    Scene("main_responses", _main_tab("responses")),
    Scene("main_tasks", _main_tab("tasks")),
    Scene("query", _query, ready=lambda dialog: dialog._worker is None),
    Scene("selections", _selections),
    Scene("save_selection", _save_selection),
    Scene("columns", _columns),
    Scene("action", _action),
    Scene("link_selection", _link_selection),
    Scene("person_picker", _person_picker),
    Scene("import_report", _import_report),
    Scene("mass_print", _mass_print, ready=lambda dialog: not dialog.preview_label.text().endswith("…")),
    Scene("mail_send", _mail_send),
    Scene("templates", _templates),
    Scene("template_versions", _template_versions),
    Scene("template_check", _template_check),
    Scene("settings", _settings),
    Scene("estimate", _cost(False)),
    Scene("invoice", _cost(True)),
    Scene("follow_up_rule", _follow_up_rule),
    Scene("task", _task),
    Scene("reassign", _reassign),
    Scene("response", _response),
    Scene("caller", _caller),
    Scene("contact", _contact),
    Scene("new_person", _new_person),
    Scene("duplicates", _duplicates),
    Scene("my_tasks", _my_tasks),
    Scene("totalizer", _totalizer),
    Scene("analyses", _analyses),
    Scene("reports", _reports),
    Scene("diagnostics", _diagnostics),
    Scene("help", _help),
    Scene("wizard_database", _wizard_page(0)),
    Scene("wizard_shared_database", _wizard_shared),
    Scene("wizard_employee", _wizard_page(1)),
    Scene("wizard_printer", _wizard_page(2)),
    Scene("wizard_converter", _wizard_page(3)),
)
