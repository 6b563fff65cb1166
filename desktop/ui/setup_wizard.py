"""The first-start assistant: database, who the clerk is, printer, PDF converter.

It runs before the main window when the workstation is not set up yet (and again with
``--setup``). Nothing is written to the settings before *Finish*; the password of a shared
database goes only into the operating system's keyring, and only on *Finish*. Creating or
upgrading the schema of a shared database happens when the clerk leaves the database page,
after a question.
"""

from __future__ import annotations

import html
import logging
import os
from dataclasses import dataclass

import keyring.errors
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import create_engine, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from desktop.contacts import person_record, tasks
from desktop.db import migrate, secrets
from desktop.db.engine import Database, default_sqlite_url, display_url, normalise_url
from desktop.db.errors import (
    DatabaseError,
    DatabaseUnreachable,
    NotKampagnenDatabase,
    SchemaTooNew,
)
from desktop.db.models import Employee
from desktop.db.models.base import current_login
from desktop.delivery import printers
from desktop.merge import converter
from desktop.settings import Settings
from desktop.ui import messages
from desktop.ui.accessible import label_field_in_row
from desktop.ui.busy import busy

log = logging.getLogger(__name__)

TEST_TIMEOUT = 5  # seconds the connection test waits for the server
DEFAULT_PORT = 5432
LIBREOFFICE_SITES = {"de": "https://de.libreoffice.org", "nl": "https://nl.libreoffice.org"}

PAGE_DATABASE, PAGE_EMPLOYEE, PAGE_PRINTER, PAGE_CONVERTER = range(4)


def quick_database(url: URL, password: str | None) -> Database:
    """``url`` opened with a short connect timeout, for the connection test only."""
    db = Database(url, password=password)
    if not db.is_embedded:
        quick = create_engine(
            db.engine.url, connect_args={"connect_timeout": TEST_TIMEOUT}, pool_pre_ping=True
        )
        db.engine.dispose()
        db.engine = quick
        db.sessions = sessionmaker(quick, expire_on_commit=False)
    return db


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


@dataclass(frozen=True)
class ConnectionCheck:
    """What the connection test found: ``ok`` lets the clerk go on."""

    ok: bool
    text: str


class DatabasePage(QWizardPage):
    """Local SQLite file (default) or a shared PostgreSQL database, tested before Next."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Database"))
        self.setSubTitle(self.tr("Where Kampagnen keeps campaigns, contacts and letters."))
        self.result: ConnectionCheck | None = None
        self.local_radio = QRadioButton(self.tr("&Local database on this computer (recommended for one workstation)"), self)
        self.local_path = QLabel(
            self.tr("The data is kept in the file {path}.").format(path=default_sqlite_url().database), self
        )
        self.local_path.setWordWrap(True)
        self.local_path.setIndent(24)
        self.shared_radio = QRadioButton(self.tr("&Shared PostgreSQL database"), self)
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.shared_radio)

        self.shared_box = QWidget(self)
        self.host_edit = QLineEdit(self.shared_box)
        self.host_edit.setPlaceholderText(self.tr("e.g. db.example.com"))
        self.port_spin = QSpinBox(self.shared_box)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setMaximumWidth(self.port_spin.fontMetrics().horizontalAdvance("0") * 8 + 40)
        self.database_edit = QLineEdit(self.shared_box)
        self.database_edit.setText("kampagnen")
        self.user_edit = QLineEdit(self.shared_box)
        self.password_edit = QLineEdit(self.shared_box)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = QLabel(self.shared_box)
        self.password_hint.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test connection"), self.shared_box)
        self.test_button.setAutoDefault(False)  # Enter goes on (Next), it does not test
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(self.shared_box)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form = QFormLayout(self.shared_box)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("&Host:"), self.host_edit)
        form.addRow(self.tr("Po&rt:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.password_hint)
        form.addRow("", test_row)
        form.addRow("", self.result_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.local_path)
        layout.addSpacing(8)
        layout.addWidget(self.shared_radio)
        layout.addWidget(self.shared_box)
        layout.addStretch(1)

        self._prefill(settings.get("database_url"))
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._changed)
        self.port_spin.valueChanged.connect(self._changed)
        self.local_radio.toggled.connect(self._mode_changed)
        self._mode_changed()
        self.password_hint.setText(self._password_hint())

    def _prefill(self, configured: str) -> None:
        """On ``--setup``: the shared database configured so far."""
        url = normalise_url(configured) if configured else None
        if url is None or url.get_backend_name() != "postgresql":
            self.local_radio.setChecked(True)
            return
        self.shared_radio.setChecked(True)
        self.host_edit.setText(url.host or "")
        self.port_spin.setValue(url.port or DEFAULT_PORT)
        self.database_edit.setText(url.database or "")
        self.user_edit.setText(url.username or "")

    # -- state ------------------------------------------------------------------------------

    @property
    def shared(self) -> bool:
        return self.shared_radio.isChecked()

    def url(self) -> URL:
        """The chosen database, without a password."""
        if not self.shared:
            return default_sqlite_url()
        return URL.create(
            "postgresql+psycopg",
            username=self.user_edit.text().strip() or None,
            host=self.host_edit.text().strip() or None,
            port=self.port_spin.value(),
            database=self.database_edit.text().strip() or None,
        )

    def password(self) -> str | None:
        """The typed password; None: the one stored in the keyring (if any)."""
        return (self.password_edit.text() or None) if self.shared else None

    def _password_hint(self) -> str:
        if not secrets.backend_usable():
            return self.tr("This computer offers no password store (keyring): the password cannot be saved. "
                           "Ask your administrator.")
        if self.host_edit.text().strip() and secrets.get_password(self.url()):
            return self.tr("A password is stored in the keyring. Leave the field empty to keep it.")
        return self.tr("The password is kept in the keyring of the operating system, never in a file.")

    def _mode_changed(self) -> None:
        self.shared_box.setEnabled(self.shared)
        self.local_path.setEnabled(not self.shared)
        # The local database needs nothing else: Finish right here is the one-click set-up.
        self.setFinalPage(not self.shared)
        self.completeChanged.emit()

    def _changed(self) -> None:
        self.result = None
        self.result_label.clear()
        self.password_hint.setText(self._password_hint())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.shared or (self.result is not None and self.result.ok)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.wizard()
        return wizard.open_database() if isinstance(wizard, SetupWizard) else True

    # -- the connection test ------------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect (at most TEST_TIMEOUT seconds) and tell what state the schema is in."""
        missing = [label for label, edit in ((self.tr("host"), self.host_edit), (self.tr("database"), self.database_edit),
                                             (self.tr("user"), self.user_edit)) if not edit.text().strip()]
        if missing:
            self._show(ConnectionCheck(False, self.tr("Please enter the {fields}.").format(fields=", ".join(missing))))
            return
        with busy():
            db = quick_database(self.url(), self.password())
            try:
                result = self._judge(db)
            finally:
                db.dispose()
        self._show(result)

    def _judge(self, db: Database) -> ConnectionCheck:
        try:
            state = migrate.schema_state(db)
        except DatabaseUnreachable as exc:
            return ConnectionCheck(False, self.tr("The connection failed: {why}\nDetails: {reason}").format(
                why=self._why(exc.reason), reason=_first_line(exc.reason)))
        except SchemaTooNew:
            return ConnectionCheck(False, self.tr(
                "Connected, but the database was set up by a newer version of Kampagnen. This version "
                "cannot use it; install the newer version on this workstation."))
        except NotKampagnenDatabase:
            return ConnectionCheck(False, self.tr(
                "Connected, but the database holds tables that are not Kampagnen's. Choose another database."))
        except DatabaseError as exc:
            return ConnectionCheck(False, self.tr("The connection failed: {reason}").format(reason=_first_line(str(exc))))
        if state is migrate.SchemaState.EMPTY:
            return ConnectionCheck(True, self.tr("Connected. The database is empty: the Kampagnen tables will be created."))
        if state is migrate.SchemaState.BEHIND:
            return ConnectionCheck(True, self.tr(
                "Connected. The database must be upgraded to this version of Kampagnen; every "
                "workstation then needs this version."))
        return ConnectionCheck(True, self.tr("Connected. The database is ready to use."))

    def _why(self, reason: str) -> str:
        lower = reason.lower()
        if "password authentication failed" in lower or "no password supplied" in lower:
            return self.tr("the user name or the password is wrong.")
        if "does not exist" in lower and "database" in lower:
            return self.tr("there is no database of this name on the server.")
        if "could not translate host name" in lower or "name or service not known" in lower \
                or "nodename nor servname" in lower or "no such host" in lower:
            return self.tr("the host name is unknown.")
        if "connection refused" in lower:
            return self.tr("no database server answers at this host and port.")
        if "timeout" in lower or "timed out" in lower:
            return self.tr("the server did not answer within {seconds} seconds.").format(seconds=TEST_TIMEOUT)
        return self.tr("see the details below.")

    def _show(self, result: ConnectionCheck) -> None:
        self.result = result
        self.result_label.setText(result.text)
        self.result_label.setStyleSheet("" if result.ok else "color: #b00020;")
        self.completeChanged.emit()


class EmployeePage(QWizardPage):
    """Who the clerk is: an employee of the chosen database, or a new one saved on Finish."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Who are you"))
        self.setSubTitle(self.tr("Letters are sent in your name, and tasks are assigned to you."))
        self.setFinalPage(True)
        self.combo = QComboBox(self)
        self.new_box = QWidget(self)
        self.first_edit = QLineEdit(self.new_box)
        self.last_edit = QLineEdit(self.new_box)
        self.email_edit = QLineEdit(self.new_box)
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.login_edit = QLineEdit(current_login(), self.new_box)
        hint = QLabel(self.tr("Leave the names empty to add yourself later."), self.new_box)
        hint.setWordWrap(True)
        new_form = QFormLayout(self.new_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("F&irst name:"), self.first_edit)
        new_form.addRow(self.tr("&Last name:"), self.last_edit)
        new_form.addRow(self.tr("E-&mail:"), self.email_edit)
        new_form.addRow(self.tr("Lo&gin:"), self.login_edit)
        new_form.addRow("", hint)
        form = QFormLayout(self)
        form.addRow(self.tr("&Employee:"), self.combo)
        form.addRow(self.new_box)
        self.combo.currentIndexChanged.connect(self._choice_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self.wizard()
        db = wizard.db if isinstance(wizard, SetupWizard) else None
        choices: list[tuple[int, str]] = []
        mine = None
        if db is not None:
            try:
                with busy(), db.session() as session:
                    choices = person_record.employees(session)
                    mine = tasks.current_employee(session, self.settings.get("employee_id"), current_login())
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, db.display)
        self.combo.blockSignals(True)
        self.combo.clear()
        for id_, name in choices:
            self.combo.addItem(name, id_)
        self.combo.addItem(self.tr("New employee…"), 0)
        self.combo.setCurrentIndex(max(0, self.combo.findData(mine)) if mine else self.combo.count() - 1)
        self.combo.blockSignals(False)
        self._choice_changed()

    def _choice_changed(self) -> None:
        self.new_box.setEnabled(self.combo.currentData() == 0)

    def chosen_id(self) -> int:
        """The employee chosen from the list; 0: a new one (or none)."""
        return int(self.combo.currentData() or 0)

    def new_employee(self) -> dict[str, str] | None:
        """The new employee's fields, or None when none is to be created."""
        if self.chosen_id() or not (self.first_edit.text().strip() or self.last_edit.text().strip()):
            return None
        first, last = self.first_edit.text().strip(), self.last_edit.text().strip()
        if not last:  # one name typed: that is the one to address letters with
            first, last = "", first
        return {"first_name": first, "last_name": last, "email": self.email_edit.text().strip(),
                "login": self.login_edit.text().strip()}


class PrinterPage(QWizardPage):
    """The printer mass prints offer first; the default printer is preselected."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Printer"))
        self.setSubTitle(self.tr("The printer a mass print offers first; you can choose another one each time."))
        self.setFinalPage(True)
        self.combo = QComboBox(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Printer:"), self.combo)
        form.addRow("", self.note)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        with busy():
            names = printers.available_printers()
            default = printers.default_printer()
        self.combo.clear()
        self.combo.addItem(self.tr("No printer"), "")
        for name in names:
            self.combo.addItem(self.tr("{name} (default)").format(name=name) if name == default else name, name)
        wanted = self.settings.get("last_printer") or default
        self.combo.setCurrentIndex(max(0, self.combo.findData(wanted)))
        self.note.setText(
            "" if names else self.tr("No printer is installed on this computer. Letters can still be saved as PDF.")
        )

    def printer(self) -> str:
        return str(self.combo.currentData() or "")


class ConverterPage(QWizardPage):
    """Whether Word or LibreOffice turns letters into PDF, with a clear hint when neither is there."""

    def __init__(self, settings: Settings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.found: converter.Converter | None = None
        self.setTitle(self.tr("Letters to PDF"))
        self.setSubTitle(self.tr("Letters are turned into PDF and printed with Microsoft Word or LibreOffice."))
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setOpenExternalLinks(True)
        self.path_edit = QLineEdit(settings.get("libreoffice_path"), self)
        self.path_edit.setPlaceholderText(self.tr("empty: found by itself"))
        self.path_edit.editingFinished.connect(self.check)
        browse = QPushButton(self.tr("Bro&wse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        again = QPushButton(self.tr("Check &again"), self)
        again.setAutoDefault(False)
        again.clicked.connect(self.check)
        path_row = QWidget(self)
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(again)
        form = QFormLayout(self)
        form.addRow(self.result_label)
        form.addRow(self.tr("LibreOffice &program:"), path_row)
        label_field_in_row(form, path_row, self.path_edit)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.check()

    def check(self) -> None:
        with busy():
            self.found = converter.find_converter(self.settings.get("pdf_converter"), self.path_edit.text().strip())
        if self.found is None:
            site = LIBREOFFICE_SITES.get(self.language, "https://www.libreoffice.org")
            text = self.tr(
                "Neither Microsoft Word nor LibreOffice was found on this computer, so no letters can be "
                "made yet. Install LibreOffice (free, from {link}) or Microsoft Word, then click "
                "“Check again”. If LibreOffice is installed in another place, choose its program "
                "(soffice) below."
            ).format(link=f'<a href="{site}">{site.removeprefix("https://")}</a>')
            self.result_label.setStyleSheet("color: #b00020;")
        elif self.found.kind == "word":
            text = html.escape(self.tr("Microsoft Word was found: letters are turned into PDF with it."))
            self.result_label.setStyleSheet("")
        else:
            text = html.escape(self.tr("LibreOffice was found: {path}").format(path=self.found.path))
            self.result_label.setStyleSheet("")
        self.result_label.setText(text)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("LibreOffice program"), self.path_edit.text())
        if path:
            self.path_edit.setText(path)
            self.check()

    def libreoffice_path(self) -> str:
        return self.path_edit.text().strip()


class SetupWizard(QWizard):
    """The first-start assistant; *Finish* writes the settings, *Cancel* writes nothing."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = language
        self.db: Database | None = None
        self._opened: tuple[str, str | None] | None = None  # what self.db was opened for
        self.setWindowTitle(self.tr("Set up Kampagnen"))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Qt's own Dutch "Vol&tooien" shares Alt+T with "< &Terug" beside it.
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.database_page = DatabasePage(settings, self)
        self.employee_page = EmployeePage(settings, self)
        self.printer_page = PrinterPage(settings, self)
        self.converter_page = ConverterPage(settings, language, self)
        self.setPage(PAGE_DATABASE, self.database_page)
        self.setPage(PAGE_EMPLOYEE, self.employee_page)
        self.setPage(PAGE_PRINTER, self.printer_page)
        self.setPage(PAGE_CONVERTER, self.converter_page)
        self.setStartId(PAGE_DATABASE)
        # Room for German and Dutch texts, which run longer than the English source, and
        # for the wrapped lines of a connection test's result.
        hint = self.sizeHint().grownBy(QMargins(0, 0, 160, 40))
        self.resize(max(hint.width(), 760), max(hint.height(), 600))

    # -- the database ------------------------------------------------------------------------

    def open_database(self) -> bool:
        """Open the chosen database and bring its schema up to date (asking first if shared)."""
        page = self.database_page
        url, password = page.url(), page.password()
        key = (url.render_as_string(hide_password=False), password)
        if self.db is not None and self._opened == key:
            return True
        self._close_database()
        db = Database(url, password=password)
        try:
            with busy():
                state = migrate.schema_state(db)
            if state is not migrate.SchemaState.CURRENT:
                if not db.is_embedded and not self._confirm(db, state):
                    db.dispose()
                    return False
                with busy():
                    migrate.upgrade(db)
        except (DatabaseError, SQLAlchemyError) as exc:
            db.dispose()
            self._cannot_open(db.display, exc)
            return False
        self.db, self._opened = db, key
        return True

    def _confirm(self, db: Database, state: migrate.SchemaState) -> bool:
        if state is migrate.SchemaState.EMPTY:
            text = self.tr("The shared database {where} is empty. Create the Kampagnen tables in it now?")
            default = QMessageBox.StandardButton.Yes
        else:
            text = self.tr("The shared database {where} must be brought to the newest version before this "
                           "Kampagnen can use it. Afterwards every workstation needs this program version. "
                           "Make sure a backup exists. Upgrade now?")
            default = QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, self.windowTitle(), text.format(where=db.display),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default)
        return answer == QMessageBox.StandardButton.Yes

    def _cannot_open(self, where: str, exc: Exception) -> None:
        if isinstance(exc, DatabaseUnreachable):
            reason = exc.reason
        elif isinstance(exc, SchemaTooNew):
            reason = self.tr("It was set up by a newer version of Kampagnen; install that version on this workstation.")
        elif isinstance(exc, NotKampagnenDatabase):
            reason = self.tr("It is not a Kampagnen database.")
        else:
            reason = str(getattr(exc, "orig", None) or exc)
        log.error("setup: database %s cannot be used: %s", where, reason)
        box = QMessageBox(QMessageBox.Icon.Critical, self.windowTitle(),
                          self.tr("The database {where} cannot be used.").format(where=where), parent=self)
        box.setInformativeText(_first_line(reason))
        box.exec()

    def _close_database(self) -> None:
        if self.db is not None:
            self.db.dispose()
        self.db, self._opened = None, None

    # -- finishing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:  # Finish: validate, save; Cancel: nothing
        if result == QDialog.DialogCode.Accepted:
            if not self.validateCurrentPage() or not self._finish():
                return
            self._close_database()
            QDialog.done(self, result)  # QWizard.done would validate the page a second time
            return
        self._close_database()
        super().done(result)

    def _store_password(self) -> bool:
        password = self.database_page.password()
        if password is None:
            return True
        reason = ""
        if not secrets.backend_usable():
            reason = self.tr("No password store (keyring) is available on this computer.")
        else:
            try:
                secrets.set_password(self.database_page.url(), password)
            except keyring.errors.KeyringError as exc:
                reason = str(exc)
        if not reason:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(),
                          self.tr("The password could not be saved, so the set-up is not finished."), parent=self)
        box.setInformativeText(self.tr(
            "Kampagnen keeps passwords only in the operating system's password store, never in a file. "
            "Ask your administrator to set one up.\n\nReason: {reason}").format(reason=reason))
        box.exec()
        return False

    def _create_employee(self, data: dict[str, str]) -> int | None:
        assert self.db is not None
        try:
            with busy(), self.db.session() as session:
                number = (session.scalar(select(Employee.id).order_by(Employee.id.desc()).limit(1)) or 0) + 1
                while session.scalar(select(Employee.id).where(Employee.code == f"MA{number:02d}")) is not None:
                    number += 1
                employee = Employee(code=f"MA{number:02d}", active=True, **data)
                session.add(employee)
                session.flush()
                return employee.id
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.db.display)
            return None

    def _finish(self) -> bool:
        if self.db is None and not self.open_database():
            return False
        if not self._store_password():
            return False
        visited = set(self.visitedIds())
        s = self.settings
        url = "" if not self.database_page.shared else self.database_page.url().render_as_string(hide_password=False)
        database_changed = url != s.get("database_url")
        if PAGE_EMPLOYEE in visited:
            employee_id = self.employee_page.chosen_id()
            new = self.employee_page.new_employee()
            if new is not None:
                created = self._create_employee(new)
                if created is None:
                    return False
                employee_id = created
            s.set("employee_id", employee_id)
        elif database_changed:
            s.set("employee_id", 0)  # an employee of another database: the login decides
        if PAGE_PRINTER in visited:
            s.set("last_printer", self.printer_page.printer())
        if PAGE_CONVERTER in visited:
            s.set("libreoffice_path", self.converter_page.libreoffice_path())
        s.set("database_url", url)
        s.set("setup_done", True)
        s.save()
        log.info("setup finished: database %s", self.db.display if self.db else display_url(normalise_url(url or default_sqlite_url())))
        return True


def run_setup(settings: Settings, language: str, parent: QWidget | None = None) -> bool:
    """Show the assistant; True when the clerk finished it (the settings are saved)."""
    wizard = SetupWizard(settings, parent, language=language)
    snapshot = os.environ.get("KAMPAGNEN_SNAPSHOT")
    if snapshot:
        # The build check (tests/run): the frozen program shows its first page, saves a
        # picture of it and cancels, which writes no setting.
        QTimer.singleShot(1500, wizard, lambda: (wizard.grab().save(snapshot), wizard.reject()))
    return wizard.exec() == QDialog.DialogCode.Accepted
