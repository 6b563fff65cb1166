"""The parts of the response capture that show and find the letter a response is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns.persons import search_definition
from desktop.contacts import responses
from desktop.contacts.responses import AssignedBecause, CreatedTask, Target
from desktop.context import AppContext
from desktop.db.models import Campaign, Person
from desktop.query import compiler
from desktop.ui import messages
from desktop.ui.labels import format_date
from desktop.ui.tables import pick_list

# More than a clerk reads through; a longer list means the search needs another word.
SEARCH_LIMIT = 50
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
translate = QCoreApplication.translate


def buddy(parent: QWidget, text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to ``widget``."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def confirm_take_back(parent: QWidget, response: str, person: str, open_tasks: int) -> bool:
    """Ask before a response recorded by mistake is taken back, naming the tasks that go too."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("ResponseDialog", "Undo last response"),
                      translate("ResponseDialog", "Take back “{response}” for {person}?").format(
                          response=response, person=person), parent=parent)
    box.setInformativeText(translate("ResponseDialog", "Open tasks it created are removed too: {count}.").format(count=open_tasks)
                           if open_tasks else translate("ResponseDialog", "It created no open tasks."))
    take = box.addButton(translate("ResponseDialog", "&Take back"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(take)
    box.exec()
    return box.clickedButton() is take


def status_area(parent: QWidget) -> QLabel:
    """The framed area that says what the last recording did, three lines high."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMinimumHeight(3 * label.fontMetrics().lineSpacing() + 8)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _local_date(target: Target) -> str:
    return format_date(target.created_at.astimezone().date())


def task_text(task: CreatedTask, person: str) -> str:
    """One created task as the status line names it: subject, assignee, due day, and why them."""
    due = QDate(task.due.year, task.due.month, task.due.day)
    text = translate("ResponseDialog", "{subject} – {assignee}, due {weekday} {date}").format(
        subject=task.subject, assignee=task.assignee, date=format_date(task.due),
        weekday=QLocale().dayName(due.dayOfWeek(), QLocale.FormatType.ShortFormat))
    why = {
        AssignedBecause.ORGANISATION_MANAGER: translate("ResponseDialog", "(account manager of the organisation)"),
        AssignedBecause.CAMPAIGN_OWNER: translate("ResponseDialog", "(campaign owner, as {person} has no account manager)"),
        AssignedBecause.RECORDER: translate("ResponseDialog",
                                     "(you, as {person} has no account manager and the campaign no owner)"),
    }.get(task.because)
    return f"{text} {why.format(person=person)}" if why else text


def recorded_text(response: str, person: str, tasks: tuple[CreatedTask, ...]) -> str:
    """What the status area says after a response was recorded."""
    text = translate("ResponseDialog", "Recorded “{response}” for {person}.").format(response=response, person=person)
    if not tasks:
        return text + " " + translate("ResponseDialog", "No follow-up tasks.")
    listed = "; ".join(task_text(t, person) for t in tasks)
    return text + " " + translate("ResponseDialog", "Tasks: {tasks}").format(tasks=listed)


class ResponseTypeList(QListWidget):
    """The campaign's response types, numbered: digits 1 to 9 choose one, Enter confirms.

    Signals:
        confirmed: Enter was pressed (the clerk wants to record).
    """

    confirmed = Signal()

    def show_types(self, types: list[tuple[int, str]]) -> None:
        """List the (id, name) types as "1  Interesse", "2  Unterlagen angefordert" …, none chosen."""
        self.clear()
        for number, (type_id, name) in enumerate(types, 1):
            item = QListWidgetItem(f"{number}  {name}" if number <= 9 else f"    {name}", self)
            item.setData(Qt.ItemDataRole.UserRole, (type_id, name))

    def chosen(self) -> tuple[int, str] | None:
        """The (id, name) of the type chosen, if any."""
        items = self.selectedItems()
        return tuple(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def pick(self, key: int) -> bool:
        """Choose the n-th type for the digit key n; False for any other key."""
        index = key - Qt.Key.Key_1
        if not 0 <= index < min(self.count(), 9):
            return 1 <= key - Qt.Key.Key_0 <= 9  # a digit without a type: swallowed all the same
        self.setCurrentRow(index)
        self.setFocus()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() in PLAIN and event.key() in RETURN_KEYS:
            self.confirmed.emit()
        elif not (event.modifiers() in PLAIN and self.pick(event.key())):
            super().keyPressEvent(event)


class TargetView(QGroupBox):
    """The letter a response is recorded for: who, which campaign, and what came before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Letter"), parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        for key, label in (("person", self.tr("Person:")), ("campaign", self.tr("Campaign:")),
                           ("action", self.tr("Action:")), ("subject", self.tr("Subject:")),
                           ("date", self.tr("Date:")), ("state", self.tr("State:")),
                           ("responses", self.tr("Earlier responses:"))):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.values[key] = value
        self.show_target(None)

    def show_target(self, target: Target | None) -> None:
        """Show ``target``, or a hint how to find one."""
        if target is None:
            texts = {"person": self.tr("Scan or type a letter ID, or search the person.")}
        else:
            texts = {
                "person": f"{target.person} ({target.person_code})",
                "campaign": target.campaign,
                "action": target.action,
                "subject": target.subject,
                "date": _local_date(target),
                "state": self.tr("Handled") if target.handled else self.tr("Open"),
                "responses": ", ".join(target.responses) or self.tr("None"),
            }
        for key, value in self.values.items():
            value.setText(texts.get(key, ""))


class PersonFinder(QGroupBox):
    """Finds a letter by the person: search, choose the person, then one of their campaign items.

    Signals:
        target_chosen: The chosen item as a :class:`Target`, or None when there is none.
        problem: A sentence for the clerk when the search finds nothing.
        done: Enter on the chosen item: the clerk goes on to the response.
    """

    target_chosen = Signal(object)
    problem = Signal(str)
    done = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Or find the person"), parent)
        self.ctx = ctx
        self.targets: list[Target] = []
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, code or city, then Enter"))
        self.search_edit.setClearButtonEnabled(True)
        self.campaign_combo = QComboBox(self)
        self.persons = QListWidget(self)
        self.items = pick_list(self, [self.tr("Date"), self.tr("Campaign"), self.tr("Responses")], stretch=1)
        form = QFormLayout()
        form.addRow(buddy(self, self.tr("&Search person:"), self.search_edit), self.search_edit)
        form.addRow(buddy(self, self.tr("Ca&mpaign:"), self.campaign_combo), self.campaign_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buddy(self, self.tr("&Persons found:"), self.persons))
        layout.addWidget(self.persons, 2)
        layout.addWidget(buddy(self, self.tr("Their &dossier items:"), self.items))
        layout.addWidget(self.items, 3)
        self._fill_campaigns()
        self.search_edit.returnPressed.connect(self.search)
        self.campaign_combo.currentIndexChanged.connect(self._campaign_changed)
        self.persons.currentRowChanged.connect(lambda _row: self._load_items())
        self.items.itemSelectionChanged.connect(self._item_chosen)
        self.persons.installEventFilter(self)
        self.items.installEventFilter(self)

    def _fill_campaigns(self) -> None:
        self.campaign_combo.addItem(self.tr("All campaigns"), 0)
        try:
            with self.ctx.db.session() as session:
                rows = session.execute(select(Campaign.id, Campaign.number, Campaign.name)
                                       .order_by(Campaign.number.desc())).all()
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            rows = []
        for id_, number, name in rows:
            self.campaign_combo.addItem(f"{number} {name}", id_)
        last = self.campaign_combo.findData(self.ctx.settings.get("last_response_campaign_id"))
        self.campaign_combo.setCurrentIndex(max(last, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter goes on: from the persons to their items, from the item to the response."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in RETURN_KEYS \
                and event.modifiers() in PLAIN:
            if watched is self.persons:
                self.items.setFocus()
            else:
                self.done.emit()
            return True
        return super().eventFilter(watched, event)

    def campaign_id(self) -> int | None:
        return self.campaign_combo.currentData() or None

    def search(self) -> None:
        """List the persons matching the search text (each word in code, name, city or organisation)."""
        definition = search_definition(self.search_edit.text())
        self.persons.clear()
        if definition is None:
            return
        try:
            with self.ctx.db.session() as session:
                ids = list(session.scalars(compiler.select_ids(definition)
                                           .order_by(*compiler.order_by(definition)).limit(SEARCH_LIMIT)))
                found = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
                rows = [(i, f"{found[i].full_name} ({found[i].code}), {found[i].city}".rstrip(", ")) for i in ids]
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        if not rows:
            self.problem.emit(self.tr("Nobody matches “{text}”. Try part of the name or the code.")
                              .format(text=self.search_edit.text().strip()))
            return
        self.show_persons(rows)
        (self.persons if len(rows) > 1 else self.items).setFocus()

    def show_persons(self, rows: list[tuple[int, str]], select_item: int | None = None) -> None:
        """List these persons (id, text) and choose the first one's newest (or the given) item."""
        self.persons.blockSignals(True)
        self.persons.clear()
        for person_id, text in rows:
            item = QListWidgetItem(text, self.persons)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.persons.setCurrentRow(0)
        self.persons.blockSignals(False)
        self._load_items(select_item)

    def show_person(self, person_id: int, select_item: int | None = None) -> None:
        """Show the one person (opened from the contact window) and their items."""
        try:
            with self.ctx.db.session() as session:
                person = session.get(Person, person_id)
                text = f"{person.full_name} ({person.code})" if person else ""
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        if person is not None:
            self.show_persons([(person_id, text)], select_item)

    def _campaign_changed(self) -> None:
        self.ctx.settings.set("last_response_campaign_id", self.campaign_combo.currentData() or 0)
        self._load_items()

    def _load_items(self, select_item: int | None = None) -> None:
        current = self.persons.currentItem()
        self.targets = []
        if current is not None:
            try:
                with self.ctx.db.session() as session:
                    self.targets = responses.targets_of_person(
                        session, current.data(Qt.ItemDataRole.UserRole), self.campaign_id())
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
        self.items.blockSignals(True)
        self.items.clearSelection()  # so choosing the first row again tells the dialog
        self.items.setRowCount(len(self.targets))
        for row, target in enumerate(self.targets):
            for column, text in enumerate((_local_date(target), target.campaign, ", ".join(target.responses))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.items.setItem(row, column, cell)
        self.items.blockSignals(False)
        rows = [i for i, t in enumerate(self.targets) if t.item_id == select_item] or [0]
        if self.targets:
            self.items.selectRow(rows[0])  # the newest, unless another was asked for
        else:
            self.target_chosen.emit(None)
            if current is not None:
                self.problem.emit(self.tr("No campaign letters found for {person}.").format(person=current.text()))

    def _item_chosen(self) -> None:
        rows = self.items.selectionModel().selectedRows()
        self.target_chosen.emit(self.targets[rows[0].row()] if rows else None)

    def clear(self) -> None:
        """Empty for the next card (the campaign chosen stays)."""
        self.search_edit.clear()
        self.persons.clear()
        self.targets = []
        self.items.setRowCount(0)
