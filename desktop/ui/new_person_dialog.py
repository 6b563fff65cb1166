"""Enter a person on the spot, while building a target group."""

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
from desktop.context import AppContext
from desktop.db.models import Person, Salutation
from desktop.ui import messages


class NewPersonDialog(QDialog):
    """The fields a letter, an e-mail or an SMS needs; the code is the next free one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = 0
        self.setWindowTitle(self.tr("New person"))
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
            "email": self.tr("&E-mail:"), "mobile": self.tr("&Mobile:"),
        }
        for key, label in labels.items():
            edit = QLineEdit(self)
            edit.setMaxLength(table[key].type.length)
            self.edits[key] = edit
            form.addRow(label, edit)
            if key == "city":
                form.addRow(self.tr("Co&untry:"), self.country)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def entered(self) -> persons.NewPerson:
        text = {key: edit.text() for key, edit in self.edits.items()}
        return persons.NewPerson(salutation=self.salutation.currentData(), country=self.country.currentData(),
                                 **text)

    def accept(self) -> None:
        new = self.entered()
        if not new.last_name.strip():
            QMessageBox.warning(self, self.tr("New person"), self.tr("Please enter at least the last name."))
            self.edits["last_name"].setFocus()
            return
        try:
            with self.ctx.db.session() as session:
                self.person_id = persons.create(session, new).id
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        super().accept()
