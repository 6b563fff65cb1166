"""The first-start assistant as a clerk goes through it: local in one click, or shared PostgreSQL."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from desktop import app as app_module
from desktop.db import demo, migrate, secrets
from desktop.db.engine import Database, default_sqlite_url
from desktop.db.models import Employee
from desktop.db.models.base import current_login
from desktop.delivery import printers
from desktop.merge import converter
from desktop.settings import Settings
from desktop.ui import setup_wizard
from desktop.ui.setup_wizard import (
    PAGE_CONVERTER,
    PAGE_DATABASE,
    PAGE_EMPLOYEE,
    PAGE_PRINTER,
    SetupWizard,
)

PRINTERS = ["Office", "Floor 2"]


@pytest.fixture(autouse=True)
def workstation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two printers (never the real queues) and LibreOffice found, unless a test says otherwise."""
    monkeypatch.setattr(printers, "available_printers", lambda: list(PRINTERS))
    monkeypatch.setattr(printers, "default_printer", lambda: "Floor 2")
    monkeypatch.setattr(converter, "find_converter",
                        lambda *_args, **_kw: converter.Converter("libreoffice", "/opt/lo/program/soffice"))


@pytest.fixture
def open_wizard(qtbot) -> Callable[..., SetupWizard]:
    def make(language: str = "en") -> SetupWizard:
        wizard = SetupWizard(Settings(), language=language)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def click(wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} cannot be clicked"
    button.click()


def saved() -> dict:
    """The settings file as written (not what Settings would default to)."""
    return json.loads(Settings().path.read_text(encoding="utf-8"))


def local_db() -> Database:
    return Database(default_sqlite_url())


# -- local database ---------------------------------------------------------------------------


def test_the_local_database_is_set_up_with_one_click(open_wizard) -> None:
    wizard = open_wizard()
    assert wizard.currentId() == PAGE_DATABASE
    assert wizard.database_page.local_radio.isChecked()
    assert str(default_sqlite_url().database) in wizard.database_page.local_path.text()

    click(wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert saved()["setup_done"] is True
    assert saved()["database_url"] == ""
    db = local_db()
    assert migrate.schema_state(db) is migrate.SchemaState.CURRENT
    db.dispose()


def test_next_through_every_page_keeps_the_defaults(open_wizard) -> None:
    wizard = open_wizard()
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_EMPLOYEE
    # A new database has no employees: the clerk may add themself, the login is filled in.
    assert wizard.employee_page.combo.currentData() == 0
    assert wizard.employee_page.login_edit.text() == current_login()
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_PRINTER
    assert wizard.printer_page.printer() == "Floor 2"  # the default printer
    assert wizard.printer_page.combo.findData("") == 0  # "no printer" may be chosen
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_CONVERTER
    assert "LibreOffice was found: /opt/lo/program/soffice" in wizard.converter_page.result_label.text()

    click(wizard, QWizard.WizardButton.FinishButton)

    values = saved()
    assert values["setup_done"] is True
    assert values["database_url"] == ""
    assert values["employee_id"] == 0  # nobody was created: the login decides later
    assert values["last_printer"] == "Floor 2"
    with local_db().session() as session:
        assert session.scalars(select(Employee)).all() == []


def test_choosing_an_employee_sets_employee_id(open_wizard) -> None:
    db = local_db()
    migrate.upgrade(db)
    demo.generate(db, persons=5, seed=1)  # its first employee has this login
    with db.session() as session:
        mine = session.scalar(select(Employee.id).where(Employee.login == current_login()))
        other = session.scalar(select(Employee.id).where(Employee.id != mine, Employee.active).limit(1))
    db.dispose()
    wizard = open_wizard()
    click(wizard, QWizard.WizardButton.NextButton)
    combo = wizard.employee_page.combo
    assert combo.currentData() == mine
    assert not wizard.employee_page.new_box.isEnabled()

    combo.setCurrentIndex(combo.findData(other))
    click(wizard, QWizard.WizardButton.FinishButton)

    assert saved()["employee_id"] == other


def test_a_new_employee_is_saved_on_finish(open_wizard) -> None:
    wizard = open_wizard()
    click(wizard, QWizard.WizardButton.NextButton)
    page = wizard.employee_page
    page.first_edit.setText("Anna")
    page.last_edit.setText("Schulz")
    page.email_edit.setText("anna.schulz@example.com")

    click(wizard, QWizard.WizardButton.FinishButton)

    with local_db().session() as session:
        anna = session.scalars(select(Employee)).one()
        assert (anna.first_name, anna.last_name, anna.email, anna.login) == (
            "Anna", "Schulz", "anna.schulz@example.com", current_login())
        assert anna.code
    assert saved()["employee_id"] == anna.id


def test_without_word_or_libreoffice_the_page_says_what_to_install(open_wizard, monkeypatch) -> None:
    monkeypatch.setattr(converter, "find_converter", lambda *_args, **_kw: None)
    wizard = open_wizard(language="de")
    for _ in range(3):
        click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_CONVERTER
    text = wizard.converter_page.result_label.text()
    assert "Neither Microsoft Word nor LibreOffice was found" in text
    assert "de.libreoffice.org" in text and "Microsoft Word" in text
    # A path typed in is checked again (and kept on Finish).
    seen = []
    monkeypatch.setattr(converter, "find_converter", lambda pref, path: seen.append(path) or
                        converter.Converter("libreoffice", path))
    wizard.converter_page.path_edit.setText("/opt/lo/soffice")
    wizard.converter_page.check()
    assert seen == ["/opt/lo/soffice"]
    assert "LibreOffice was found: /opt/lo/soffice" in wizard.converter_page.result_label.text()
    click(wizard, QWizard.WizardButton.FinishButton)
    assert saved()["libreoffice_path"] == "/opt/lo/soffice"


def test_cancel_writes_no_settings(open_wizard) -> None:
    wizard = open_wizard()
    click(wizard, QWizard.WizardButton.NextButton)
    wizard.reject()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not Settings().path.exists()


# -- the start of the program -----------------------------------------------------------------


def options(**given: object) -> argparse.Namespace:
    values = {"demo": False, "database": None, "call": "", "verbose": False}
    values.update(given)
    return argparse.Namespace(**values)


def test_the_assistant_comes_first_only_when_needed() -> None:
    settings = Settings()
    assert app_module.needs_setup(options(), settings)
    assert not app_module.needs_setup(options(demo=True), settings)
    assert not app_module.needs_setup(options(database="/tmp/x.sqlite3"), settings)
    settings.set("setup_done", True)
    assert not app_module.needs_setup(options(), settings)
    assert app_module.needs_setup(options(setup=True), settings)


def test_cancelling_the_assistant_ends_the_program(qapp, monkeypatch) -> None:
    class NoServer:  # the single-instance socket is not this test's business
        def listen(self) -> bool:
            return True

        def close(self) -> None:
            pass

    asked = []
    monkeypatch.setattr(app_module, "InstanceServer", NoServer)
    # Neither log handlers nor translators of run_gui may outlive this test.
    monkeypatch.setattr(app_module.logs, "setup", lambda verbose=False: None)
    monkeypatch.setattr(app_module.i18n, "install", lambda app, language: [])
    monkeypatch.setattr(setup_wizard, "run_setup", lambda settings, language: asked.append(language) or False)
    settings = Settings()
    assert app_module.run_gui(options(), settings, "en") == 1
    assert asked == ["en"]
    assert not settings.path.exists()


# -- shared PostgreSQL --------------------------------------------------------------------------


@pytest.fixture
def empty_pg(pg_databases):
    url = pg_databases.create()
    yield url
    pg_databases.drop(url)


def fill_shared(wizard: SetupWizard, url, password: str) -> None:
    page = wizard.database_page
    page.shared_radio.click()
    page.host_edit.setText(url.host)
    page.port_spin.setValue(url.port)
    page.database_edit.setText(url.database)
    page.user_edit.setText(url.username)
    page.password_edit.setText(password)


@pytest.mark.postgres
def test_a_shared_database_is_tested_created_after_asking_and_its_password_kept_in_the_keyring(
    open_wizard, empty_pg, message_boxes, memory_keyring
) -> None:
    wizard = open_wizard()
    fill_shared(wizard, empty_pg, "wrong-" + empty_pg.password)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # not tested yet
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    wizard.database_page.test_button.click()
    result = wizard.database_page.result_label.text()
    assert "The connection failed: the user name or the password is wrong." in result
    assert "password authentication failed" in result
    assert not next_button.isEnabled()

    wizard.database_page.password_edit.setText(empty_pg.password)
    assert wizard.database_page.result_label.text() == ""  # a changed field needs a new test
    wizard.database_page.test_button.click()
    assert "The database is empty: the Kampagnen tables will be created." in wizard.database_page.result_label.text()
    assert next_button.isEnabled()

    message_boxes.answer("Yes")
    click(wizard, QWizard.WizardButton.NextButton)

    assert "is empty. Create the Kampagnen tables" in message_boxes.last.text
    assert wizard.currentId() == PAGE_EMPLOYEE
    db = Database(empty_pg)
    assert migrate.schema_state(db) is migrate.SchemaState.CURRENT
    db.dispose()
    wizard.employee_page.last_edit.setText("Jansen")
    assert memory_keyring.store == {}  # nothing before Finish
    click(wizard, QWizard.WizardButton.FinishButton)

    without_password = empty_pg._replace(password=None)
    assert memory_keyring.store == {(secrets.SERVICE, secrets.account_for(without_password)): empty_pg.password}
    text = Settings().path.read_text(encoding="utf-8")
    assert empty_pg.password not in text
    assert saved()["database_url"] == (
        f"postgresql+psycopg://{empty_pg.username}@{empty_pg.host}:{empty_pg.port}/{empty_pg.database}")
    # What the program opens at the next start: the password comes from the keyring.
    db = Database(app_module.resolve_url(None, saved()["database_url"]))
    with db.session() as session:
        assert session.get(Employee, saved()["employee_id"]).last_name == "Jansen"
    db.dispose()


@pytest.mark.postgres
def test_declining_to_create_the_schema_stays_on_the_database_page(open_wizard, empty_pg, message_boxes) -> None:
    wizard = open_wizard()
    fill_shared(wizard, empty_pg, empty_pg.password)
    wizard.database_page.test_button.click()
    message_boxes.answer("No")
    click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_DATABASE
    db = Database(empty_pg)
    assert migrate.schema_state(db) is migrate.SchemaState.EMPTY
    db.dispose()


@pytest.mark.postgres
def test_no_server_at_the_port_is_explained(open_wizard, pg_databases) -> None:
    wizard = open_wizard()
    fill_shared(wizard, pg_databases.admin.set(port=1), "x")
    wizard.database_page.test_button.click()
    assert "no database server answers at this host and port" in wizard.database_page.result_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
