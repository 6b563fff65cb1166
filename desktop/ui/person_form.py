"""The master data of a person as the contact window edits it."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.contacts.person_record import Choice, PersonData
from desktop.db.models import Person, Salutation

FLAGS = ("no_letter", "no_email", "no_phone", "no_sms", "deceased")


class PersonForm(QWidget):
    """Every editable field of :class:`PersonData`; ``changed`` fires on each edit by the clerk."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: PersonData | None = None
        columns = Person.__table__.c
        self.edits: dict[str, QLineEdit] = {}

        def line(name: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setMaxLength(columns[name].type.length)
            edit.textEdited.connect(self.changed)
            self.edits[name] = edit
            return edit

        def combo(choices: list[tuple[object, str]]) -> QComboBox:
            box = QComboBox(self)
            for value, text in choices:
                box.addItem(text, value)
            box.activated.connect(self.changed)
            return box

        # Created in reading order, so Tab walks down the left column, then the right one.
        self.salutation = combo([(Salutation.MS, self.tr("Ms")), (Salutation.MR, self.tr("Mr")),
                                 (Salutation.NEUTRAL, self.tr("(none)"))])
        person = QFormLayout()
        person.addRow(self.tr("Sal&utation:"), self.salutation)
        for name, label in (("title", self.tr("T&itle:")), ("first_name", self.tr("&First name:")),
                            ("name_prefix", self.tr("Name prefi&x:")), ("last_name", self.tr("&Last name:"))):
            person.addRow(label, line(name))
        self.organisation = combo([])
        self.organisation.setMinimumContentsLength(24)
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        person.addRow(self.tr("&Organisation:"), self.organisation)
        person.addRow(self.tr("Fu&nction:"), line("function"))
        person.addRow(self.tr("Department:"), line("department"))

        address = QFormLayout()
        for name, label in (("street", self.tr("S&treet:")), ("postcode", self.tr("&Postcode:")),
                            ("city", self.tr("Cit&y:"))):
            address.addRow(label, line(name))
        self.country = combo([("DE", self.tr("Germany")), ("NL", self.tr("Netherlands")), ("AT", self.tr("Austria")),
                              ("CH", self.tr("Switzerland")), ("BE", self.tr("Belgium"))])
        address.addRow(self.tr("Country:"), self.country)
        for name, label in (("phone", self.tr("P&hone:")), ("mobile", self.tr("Mo&bile:")),
                            ("email", self.tr("&E-mail:"))):
            address.addRow(label, line(name))
        self.letter_language = combo([("de", self.tr("German")), ("nl", self.tr("Dutch")), ("en", self.tr("English"))])
        address.addRow(self.tr("Letter lan&guage:"), self.letter_language)
        self.account_manager = combo([])
        address.addRow(self.tr("&Account manager:"), self.account_manager)

        self.flags: dict[str, QCheckBox] = {}
        flag_box = QGroupBox(self.tr("Restrictions"), self)
        flag_row = QHBoxLayout(flag_box)
        # Without mnemonics: the letters are all taken by the fields above; Tab reaches them.
        for name, label in (("no_letter", self.tr("No letters")), ("no_email", self.tr("No e-mails")),
                            ("no_phone", self.tr("No phone calls")), ("no_sms", self.tr("No SMS")),
                            ("deceased", self.tr("Deceased"))):
            box = QCheckBox(label, flag_box)
            box.toggled.connect(self.changed)
            self.flags[name] = box
            flag_row.addWidget(box)
        flag_row.addStretch(1)

        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._notes_changed)
        notes_label = QLabel(self.tr("Notes:"), self)
        notes_label.setBuddy(self.notes)

        grid = QGridLayout()
        grid.addLayout(person, 0, 0)
        grid.addLayout(address, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(flag_box)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        self._loading = False

    def _notes_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    # -- values -------------------------------------------------------------------------

    def set_choices(self, organisations: list[Choice], employees: list[Choice]) -> None:
        """The organisations and employees to choose from (call before :meth:`set_data`)."""
        for box, choices in ((self.organisation, organisations), (self.account_manager, employees)):
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for id_, text in choices:
                box.addItem(text, id_)

    def set_data(self, data: PersonData) -> None:
        """Show ``data``; what :meth:`data` returns is compared against it for :meth:`is_modified`."""
        self._loading = True
        self.blockSignals(True)
        try:
            self._loaded = data
            for name, edit in self.edits.items():
                edit.setText(getattr(data, name))
                edit.setCursorPosition(0)
            _select(self.salutation, data.salutation)
            _select(self.organisation, data.organisation_id)
            _select(self.country, data.country, add=True)
            _select(self.letter_language, data.letter_language, add=True)
            _select(self.account_manager, data.account_manager_id)
            for name, box in self.flags.items():
                box.setChecked(getattr(data, name))
            self.notes.setPlainText(data.notes)
        finally:
            self.blockSignals(False)
            self._loading = False

    def loaded(self) -> PersonData | None:
        """The data last given to :meth:`set_data`."""
        return self._loaded

    def data(self) -> PersonData:
        """The loaded data with the clerk's entries (same id and row version)."""
        assert self._loaded is not None, "set_data() first"
        values: dict[str, object] = {name: edit.text() for name, edit in self.edits.items()}
        values.update({name: box.isChecked() for name, box in self.flags.items()})
        values.update(salutation=self.salutation.currentData(), organisation_id=self.organisation.currentData(),
                      country=self.country.currentData(), letter_language=self.letter_language.currentData(),
                      account_manager_id=self.account_manager.currentData(), notes=self.notes.toPlainText())
        return dataclasses.replace(self._loaded, **values)

    def is_modified(self) -> bool:
        return self._loaded is not None and self.data() != self._loaded

    def field_widget(self, field: str) -> QWidget | None:
        """The widget that edits the attribute ``field`` of :class:`PersonData`."""
        if field in self.edits:
            return self.edits[field]
        if field in self.flags:
            return self.flags[field]
        return {"salutation": self.salutation, "organisation_id": self.organisation, "country": self.country,
                "letter_language": self.letter_language, "account_manager_id": self.account_manager,
                "notes": self.notes}.get(field)

    def field_label(self, field: str) -> str:
        """The label of ``field`` as the clerk reads it (without '&' and ':')."""
        widget = self.field_widget(field)
        text = widget.text() if isinstance(widget, QCheckBox) else ""
        for label in self.findChildren(QLabel):
            if label.buddy() is widget:
                text = label.text()
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":") or field


def _select(box: QComboBox, value: object, add: bool = False) -> None:
    index = box.findData(value)
    if index < 0 and add:
        box.addItem(str(value), value)  # a value the list does not know stays as it is
        index = box.count() - 1
    box.setCurrentIndex(max(index, 0))
