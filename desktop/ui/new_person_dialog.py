"""Enter a person on the spot: while building a target group, or an interested caller.

Before the person is created, persons with the same name and postcode, e-mail address or
phone number are offered instead, so a second record of the same contact is not made by
accident. With an action chosen, the person goes into its target group in the same step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns import persons
from desktop.contacts import adhoc, tasks
from desktop.contacts.adhoc import JoinResult
from desktop.context import AppContext
from desktop.db.models import Person, Salutation
from desktop.db.models.base import current_login
from desktop.ui import messages
from desktop.ui.duplicate_dialog import DuplicateDialog


class NewPersonDialog(QDialog):
    """The fields a letter, an e-mail, a call or an SMS needs; the code is the next free one.

    After acceptance: ``person_id`` (new or the existing one the clerk took instead),
    ``existing`` (True for the latter) and ``joined`` (what adding to the action did).
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, with_action: bool = False,
                 phone: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = 0
        self.existing = False
        self.joined: JoinResult | None = None
        self.setWindowTitle(self.tr("New interested person") if with_action else self.tr("New person"))
        self.salutation = QComboBox(self)
        for value, text in ((Salutation.MS, self.tr("Ms")), (Salutation.MR, self.tr("Mr")),
                            (Salutation.NEUTRAL, self.tr("(none)"))):
            self.salutation.addItem(text, value)
        self.country = QComboBox(self)
        for code, text in (("DE", self.tr("Germany")), ("NL", self.tr("Netherlands")), ("AT", self.tr("Austria")),
                           ("CH", self.tr("Switzerland")), ("BE", self.tr("Belgium"))):
            self.country.addItem(text, code)
        self.country.setCurrentIndex(1 if ctx.language == "nl" else 0)
        table = Person.__table__.c
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("&Salutation:"), self.salutation)
        labels = {
            "title": self.tr("&Title:"), "first_name": self.tr("&First name:"), "last_name": self.tr("&Last name:"),
            "street": self.tr("St&reet:"), "postcode": self.tr("&Postcode:"), "city": self.tr("C&ity:"),
            "email": self.tr("&E-mail:"), "phone": self.tr("P&hone:"), "mobile": self.tr("&Mobile:"),
        }
        for key, label in labels.items():
            edit = QLineEdit(self)
            edit.setMaxLength(table[key].type.length)
            self.edits[key] = edit
            form.addRow(label, edit)
            if key == "city":
                form.addRow(self.tr("Co&untry:"), self.country)
        self.edits["phone"].setText(phone)
        self.action = QComboBox(self)
        if with_action:
            self.action.addItem(self.tr("(none)"), None)
            try:
                with ctx.db.session() as session:
                    for action_id, label in adhoc.open_actions(session):
                        self.action.addItem(label, action_id)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, ctx.db.display)
            form.addRow(self.tr("Add to &action:"), self.action)
        else:
            self.action.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def entered(self) -> persons.NewPerson:
        text = {key: edit.text() for key, edit in self.edits.items()}
        return persons.NewPerson(salutation=self.salutation.currentData(), country=self.country.currentData(),
                                 **text)

    def choose_action(self, action_id: int) -> None:
        """Preselect the action the person goes into."""
        index = self.action.findData(action_id)
        if index >= 0:
            self.action.setCurrentIndex(index)

    def _existing_instead(self, new: persons.NewPerson) -> int | None:
        """The existing person to take instead (0: create anew); None: back to the form."""
        with self.ctx.db.session() as session:
            found = adhoc.duplicates(session, new)
        if not found:
            return 0
        dialog = DuplicateDialog(found, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.chosen_id if accepted else None

    def accept(self) -> None:
        new = self.entered()
        if not new.last_name.strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Please enter at least the last name."))
            self.edits["last_name"].setFocus()
            return
        action_id = self.action.currentData() if self.action.count() else None
        try:
            existing = self._existing_instead(new)
            if existing is None:
                return
            with self.ctx.db.session() as session:
                me = tasks.current_employee(session, self.ctx.settings.get("employee_id"), current_login())
                if existing:
                    person_id = existing
                    joined = adhoc.join_action(session, person_id, action_id, me) if action_id else None
                else:
                    person_id, joined = adhoc.add_interested(session, new, action_id, me)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.person_id, self.existing, self.joined = person_id, bool(existing), joined
        super().accept()
