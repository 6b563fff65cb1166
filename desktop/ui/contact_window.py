"""The contact window: everything about one person — master data, campaigns, dossier, tasks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.contacts import dossier, person_record
from desktop.contacts.person_record import InvalidPerson, PersonData, Problem
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.ui import dossier_table as lists
from desktop.ui import messages
from desktop.ui.labels import format_datetime
from desktop.ui.person_form import PersonForm

T = TypeVar("T")
TABS = ("master", "campaigns", "dossier", "tasks")


def open_with_system(path: Path) -> bool:
    """Open the file in the program the system has for it (PDF viewer, mail program)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ContactWindow(QWidget):
    """A non-modal window about the person ``person_id``; several may be open at once.

    Signals:
        response_requested(person_id, item_id): The clerk wants to record a response to the
            dossier item ``item_id`` (0: none chosen); the owner opens the response capture
            and calls :meth:`reload` afterwards.
    """

    response_requested = Signal(int, int)

    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.person_id = person_id
        # Replaced by tests; returns False when no program could open the file.
        self.open_file: Callable[[Path], bool] = open_with_system
        self.gone = False  # the person was deleted by someone else
        self.setWindowTitle(self.tr("Contact"))
        self.name_label = QLabel(self)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info_label = QLabel(self)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff1b8; color: #3d2e00; border: 1px solid #d9b600;"
                                  " padding: 6px; font-weight: bold; }")
        self.banner.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._master_tab(), self.tr("&Master data"))
        self.tabs.addTab(self._campaigns_tab(), self.tr("&Campaigns"))
        # A lambda, so that replacing ``open_file`` later (tests do) still takes effect.
        self.dossier = lists.DossierPanel(ctx, person_id, lambda path: self.open_file(path), self)
        self.dossier.response_requested.connect(lambda item: self.response_requested.emit(self.person_id, item))
        self.tabs.addTab(self.dossier, self.tr("&Dossier"))
        self.tasks = lists.TaskPanel(ctx, person_id, self)
        self.tasks.changed.connect(self._count_tasks)
        self.tabs.addTab(self.tasks, self.tr("Tas&ks"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        # Escape as in the dialogs; closing asks first when the master data was changed.
        for key in (QKeySequence(QKeySequence.StandardKey.Close), QKeySequence(Qt.Key.Key_Escape)):
            QShortcut(key, self, self.close)
        geometry = ctx.settings.get("contact_window_geometry")
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            self.resize(900, 640)
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _master_tab(self) -> QWidget:
        page = QWidget(self)
        self.form = PersonForm(page)
        self.saved_label = QLabel(page)
        self.discard_button = QPushButton(self.tr("Disca&rd changes"), page)
        self.save_button = QPushButton(self.tr("&Save"), page)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.form.changed.connect(self._update_master_buttons)
        self.save_button.clicked.connect(lambda: self.save())  # not clicked(bool) as "overwrite"
        self.discard_button.clicked.connect(self.discard)
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.form, 1)
        layout.addLayout(row)
        return page

    def _campaigns_tab(self) -> QWidget:
        page = QWidget(self)
        self.membership_table = lists.membership_table(page)
        QVBoxLayout(page).addWidget(self.membership_table)
        return page

    # -- public -----------------------------------------------------------------------------

    def show_tab(self, name: str) -> None:
        """Bring the tab "master", "campaigns", "dossier" or "tasks" to the front."""
        self.tabs.setCurrentIndex(TABS.index(name))

    def set_call_banner(self, text: str) -> None:
        """Show a highlighted line above the tabs (e.g. who is calling); empty text hides it."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def reload(self) -> None:
        """Read every tab again; master data the clerk is editing stays as typed."""
        if not self.form.is_modified() and not self._load_master():
            return
        members = self._db(lambda s: dossier.memberships(s, self.person_id))
        if members is not None:
            lists.fill_memberships(self.membership_table, members)
        self.dossier.reload()
        self.tasks.reload()

    def _count_tasks(self, count: int) -> None:
        self.tabs.setTabText(TABS.index("tasks"), self.tr("Tas&ks ({count})").format(count=count)
                             if count else self.tr("Tas&ks"))

    # -- master data ------------------------------------------------------------------------

    def _db(self, work: Callable[[Session], T]) -> T | None:
        return lists.run_db(self, self.ctx, work)

    def _load_master(self) -> bool:
        def read(session: Session) -> tuple[PersonData | None, list, list]:
            data = person_record.load(session, self.person_id)
            if data is None:
                return None, [], []
            return (data, person_record.organisations(session, data.organisation_id),
                    person_record.employees(session, data.account_manager_id))

        loaded = self._db(read)
        if loaded is None:
            return False  # the database failed; the clerk was told
        data, organisations, employees = loaded
        if data is None:
            self._person_gone()
            return False
        self.form.set_choices(organisations, employees)
        self._show_saved(data)
        return True

    def _show_saved(self, data: PersonData) -> None:
        self.form.set_data(data)
        organisation = self.form.organisation.currentText() if data.organisation_id else ""
        self.name_label.setText(data.full_name)
        self.info_label.setText(" · ".join(part for part in (data.code, organisation) if part))
        self.setWindowTitle(self.tr("{name} – Contact").format(name=data.full_name))
        self.saved_label.setText(self.tr("Last saved by {who} on {when}").format(
            who=data.updated_by or self.tr("unknown"), when=format_datetime(data.updated_at)))
        self._update_master_buttons()

    def _person_gone(self) -> None:
        self.gone = True
        self.name_label.setText(self.tr("This person no longer exists"))
        self.info_label.setText(self.tr("Another user deleted the person. Entries not saved yet are still "
                                        "shown in the form until you close the window."))
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)
        self._update_master_buttons()

    def _update_master_buttons(self) -> None:
        modified = self.form.is_modified()
        self.save_button.setEnabled(modified and not self.gone)
        self.discard_button.setEnabled(modified)

    def discard(self) -> None:
        """Show the saved master data again, dropping the clerk's changes."""
        saved = self.form.loaded()
        if saved is not None:
            self.form.set_data(saved)
        self._update_master_buttons()

    def save(self, overwrite: bool = False) -> bool:
        """Save the master data; True when nothing is left unsaved."""
        if self.gone or not (overwrite or self.form.is_modified()):
            return not self.form.is_modified() or self.gone
        data = self.form.data()
        try:
            with self.ctx.db.session() as session:
                saved = person_record.save(session, data, overwrite)
        except InvalidPerson as exc:
            self._invalid(exc)
            return False
        except ConcurrentEditError as exc:
            return self._conflict(exc, data)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return False
        self._show_saved(saved)
        return True

    def _invalid(self, exc: InvalidPerson) -> None:
        problem = {
            Problem.LAST_NAME_REQUIRED: self.tr("Please enter the last name."),
            Problem.CODE_REQUIRED: self.tr("Please enter a contact code."),
            Problem.CODE_TAKEN: self.tr("This code is already used by another person."),
        }[exc.problem]
        QMessageBox.warning(self, self.tr("Not saved"), self.tr("“{field}”: {problem}").format(
            field=self.form.field_label(exc.field), problem=problem))
        self.show_tab("master")
        widget = self.form.field_widget(exc.field)
        if widget is not None:
            widget.setFocus()

    def _conflict(self, exc: ConcurrentEditError, data: PersonData) -> bool:
        if exc.deleted:
            QMessageBox.warning(self, self.tr("Person deleted"), self.tr(
                "{name} was deleted by another user while you were editing. Your changes could not be "
                "saved; they stay in the form until you close this window, so you can copy them."
            ).format(name=data.full_name))
            self._person_gone()
            return False
        choice = messages.ask_conflict(self, exc, data.full_name)
        if choice == messages.ConflictChoice.OVERWRITE:
            return self.save(overwrite=True)
        if choice == messages.ConflictChoice.RELOAD:
            self._load_master()
        return False  # reloaded or still editing: the clerk looks again before closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.is_modified() and not self.gone:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The master data of {name} has been changed. Save the changes?").format(
                    name=self.name_label.text()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.discard()
        self.ctx.settings.set("contact_window_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        try:
            self.ctx.settings.save()
        except OSError:
            pass  # only the window's size is lost; not worth a message while closing
        super().closeEvent(event)
