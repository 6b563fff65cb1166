"""Find a contact by phone number (a caller) or by name, and open them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.contacts import caller
from desktop.contacts.caller import CallerMatch, MatchedBy
from desktop.context import AppContext
from desktop.ui import messages
from desktop.ui.tables import pick_list


def region(ctx: AppContext) -> str:
    """The country a number without a country code is read in, for this workstation."""
    return caller.office_region(ctx.language, ctx.settings.get("phone_region"))


def call_banner(match: CallerMatch, number: str) -> str:
    """The line the contact window shows above a caller: the number, and the campaigns they are in.

    Empty for a person found by name (no call).
    """
    if match.matched_by is MatchedBy.NAME:
        return ""
    text = QCoreApplication.translate("CallerDialog", "Call from {number}").format(
        number=match.number or number.strip())
    if match.matched_by is MatchedBy.ORGANISATION:
        text += QCoreApplication.translate("CallerDialog", " (switchboard of {organisation})").format(
            organisation=match.organisation)
    if match.open_items:
        text += QCoreApplication.translate("CallerDialog", " – participant of {campaigns}").format(
            campaigns="; ".join(label for _id, label in match.open_items[:3]))
    return text


class CallerDialog(QDialog):
    """Type (or receive) a phone number or a name; Enter opens the contact chosen.

    Signals:
        open_person(int, str): Open the contact window at this person, with this banner text.
        new_person(str): The clerk wants to enter a new person with this phone number.
    """

    open_person = Signal(int, str)
    new_person = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matches: list[CallerMatch] = []
        self.setWindowTitle(self.tr("Find contact"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Phone number, name, code, city or organisation"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.search)
        self.find_button = QPushButton(self.tr("&Search"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = pick_list(self, [self.tr("Name"), self.tr("Code"), self.tr("Organisation"), self.tr("Found by"),
                                      self.tr("Campaigns")], stretch=4)
        self.table.setAccessibleName(self.tr("Contacts found"))
        self.open_button = QPushButton(self.tr("&Open contact"), self)
        self.new_button = QPushButton(self.tr("&New person…"), self)
        close = QPushButton(self.tr("Close"), self)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.search.returnPressed.connect(self.find)
        self.find_button.clicked.connect(self.find)
        self.table.itemActivated.connect(lambda _item: self.open_chosen())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_chosen)
        self.new_button.clicked.connect(lambda: self.new_person.emit(self._typed_number()))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F3), self, self.search.setFocus)
        self.find_button.setAutoDefault(False)
        self.open_button.setDefault(True)
        self._restore_size()
        self._update_buttons()

    def _restore_size(self) -> None:
        geometry = self.ctx.settings.get("caller_dialog_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(820, 420)

    def done(self, result: int) -> None:
        self.ctx.settings.set("caller_dialog_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self.ctx.settings.save()
        super().done(result)

    def _typed_number(self) -> str:
        text = self.search.text().strip()
        return text if caller.looks_like_number(text) else ""

    def show_number(self, number: str) -> None:
        """Search for an incoming call's number (the telephone system's or a clerk's)."""
        self.search.setText(number)
        self.find()

    def find(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        try:
            with self.ctx.db.session() as session:
                self.matches = caller.find_contact(session, text, region(self.ctx))
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self._fill()
        if not self.matches:
            if caller.looks_like_number(text):
                self.status.setText(self.tr("Nobody has the number {number}. Enter the caller as a new "
                                            "person, or search by name.").format(number=text))
            else:
                self.status.setText(self.tr("Nobody matches “{text}”.").format(text=text))
            self.new_button.setFocus()
        else:
            self.status.setText(self.tr("%n contact(s) found", "", len(self.matches)))
            self.table.selectRow(0)
            self.table.setFocus()

    def _found_by(self, match: CallerMatch) -> str:
        return {
            MatchedBy.PHONE: self.tr("Phone {number}"),
            MatchedBy.MOBILE: self.tr("Mobile {number}"),
            MatchedBy.ORGANISATION: self.tr("Organisation's number {number}"),
            MatchedBy.NAME: self.tr("Name or code"),
        }[match.matched_by].format(number=match.number)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            campaigns = "; ".join(label for _id, label in match.open_items)
            cells = [match.name, match.code, match.organisation, self._found_by(match), campaigns]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if match.open_items:
                    # A participant of a running campaign is who the clerk looks for first.
                    item.setBackground(QColor("#fff4c2"))
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    def banner(self, match: CallerMatch) -> str:
        """The line the contact window shows above the person for this call."""
        return call_banner(match, self.search.text())

    def open_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        match = self.matches[rows[0].row()]
        self.open_person.emit(match.person_id, self.banner(match))
        self.accept()
