"""Record responses (reply cards, calls) one after another: scan the letter ID, press a digit, Enter."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from desktop.contacts import responses
from desktop.contacts.dossier import item_of_letter_code, normal_letter_code
from desktop.contacts.responses import NotRecordable, Target
from desktop.contacts.tasks import current_employee
from desktop.context import AppContext
from desktop.db.models import Task
from desktop.db.models.base import current_login
from desktop.ui import messages
from desktop.ui.response_target_view import (
    PLAIN,
    RETURN_KEYS,
    PersonFinder,
    ResponseTypeList,
    TargetView,
    buddy,
    confirm_take_back,
    recorded_text,
    status_area,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Done:
    """A response recorded in this session, for *Undo last*."""

    response_id: int
    target: Target
    response: str
    reopen: bool  # the item was open and recording marked it handled


class ResponseDialog(QDialog):
    """Records responses to campaign letters, found by letter ID or by person; stays open for the next.

    Signals:
        recorded: A response of this person was recorded or taken back (an open contact window reloads).
    """

    recorded = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, item_id: int | None = None,
                 person_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], dt.date] = dt.date.today  # tests fix the day due dates count from
        self.target: Target | None = None
        self.count = 0
        self.done_stack: list[_Done] = []
        self.setWindowTitle(self.tr("Record responses"))
        self.letter_edit = QLineEdit(self)
        self.letter_edit.setPlaceholderText(self.tr("Scan or type the ID printed on the letter, e.g. 00042-00001"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing())
        self.finder = PersonFinder(ctx, self)
        self.target_view = TargetView(self)
        self.types = ResponseTypeList(self)
        self.note_edit = QLineEdit(self)
        self.handled_box = QCheckBox(self.tr("Mark as &handled"), self)
        self.handled_box.setChecked(True)
        self.status = status_area(self)
        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setToolTip(self.tr("Record the response (Ctrl+Enter)"))
        self.undo_button = QPushButton(self.tr("&Undo last…"), self)
        self.counter = QLabel(self)
        self._build_layout()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.record)
        self.letter_edit.returnPressed.connect(self.look_up)
        self.note_edit.returnPressed.connect(self.record)
        self.finder.target_chosen.connect(self._choose)
        self.finder.problem.connect(self._warn)
        self.finder.done.connect(self.types.setFocus)
        self.types.confirmed.connect(self.record)
        self.finder.search_edit.returnPressed.connect(self.letter_edit.clear)
        self.types.itemSelectionChanged.connect(self._update_buttons)
        self.record_button.clicked.connect(self.record)
        self.undo_button.clicked.connect(self.undo_last)
        for widget in (self.handled_box, self.finder.items):
            widget.installEventFilter(self)
        geometry = ctx.settings.get("response_dialog_geometry")
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            self.resize(760, 560)
        if item_id is not None:
            self._open_item(item_id)
        elif person_id is not None:
            self.finder.show_person(person_id)
        self._update_buttons()
        (self.types if self.target else self.letter_edit).setFocus()

    def _build_layout(self) -> None:
        top = QFormLayout()
        top.addRow(buddy(self, self.tr("&Letter ID:"), self.letter_edit), self.letter_edit)
        right = QVBoxLayout()
        right.addWidget(self.target_view)
        right.addWidget(buddy(self, self.tr("Response &type (press its number):"), self.types))
        right.addWidget(self.types, 1)
        note = QFormLayout()
        note.addRow(buddy(self, self.tr("&Note:"), self.note_edit), self.note_edit)
        right.addLayout(note)
        right.addWidget(self.handled_box)
        middle = QHBoxLayout()
        middle.addWidget(self.finder, 1)
        middle.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.undo_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # -- keyboard ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Digits 1 to 9 choose the response type also where the focus is in the dossier items."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.modifiers() in PLAIN \
                and self.types.pick(event.key()):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter acts in the field it was pressed in; it must never close the dialog or press
        # a default button in the middle of a pile of cards.
        if event.key() not in RETURN_KEYS:
            super().keyPressEvent(event)

    # -- finding the letter ------------------------------------------------------------------

    def look_up(self) -> None:
        """Find the letter whose ID was scanned or typed and show it."""
        text = self.letter_edit.text().strip()
        if not text:
            return
        try:
            with self.ctx.db.session() as session:
                item_id = item_of_letter_code(session, text)
                found = responses.target(session, item_id) if item_id is not None else None
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.finder.clear()
        self._choose(found)
        if found is None:
            self._warn(self.tr("No letter with the ID {code} was found. Check the number on the letter, "
                               "or search the person.").format(code=normal_letter_code(text) or text))
            self.letter_edit.selectAll()  # the next scan replaces it
            return
        self.types.setFocus()

    def _open_item(self, item_id: int) -> None:
        try:
            with self.ctx.db.session() as session:
                found = responses.target(session, item_id)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        if found is not None:
            self.finder.show_person(found.person_id, select_item=item_id)
            if self.target is None or self.target.item_id != item_id:  # not in the campaign chosen
                self._choose(found)

    def _choose(self, target: Target | None) -> None:
        """Show the target and its campaign's response types, numbered for the digit keys."""
        self._warn("")
        types: list[tuple[int, str]] = []
        if target is not None:
            try:
                with self.ctx.db.session() as session:
                    types = responses.response_types(session, target.campaign_id)
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
                target = None
        self.target = target
        self.target_view.show_target(target)
        self.types.show_types(types)
        if target is not None and not types:
            self._warn(self.tr("The campaign {campaign} has no response types yet; add them to the campaign "
                               "first.").format(campaign=target.campaign))
        self._update_buttons()

    # -- recording ---------------------------------------------------------------------------

    def record(self) -> None:
        """Record the chosen response for the letter shown, then clear the form for the next card."""
        target, chosen = self.target, self.types.chosen()
        if target is None:
            self._warn(self.tr("Scan or type a letter ID first, or search the person."))
            self.letter_edit.setFocus()
            return
        if not chosen:
            self._warn(self.tr("Choose the response first: press its number or click it."))
            self.types.setFocus()
            return
        type_id, name = chosen
        handled = self.handled_box.isChecked()
        try:
            with self.ctx.db.session() as session:
                employee = current_employee(session, self.ctx.settings.get("employee_id"), current_login())
                done = responses.record(session, target.item_id, type_id,
                                        note=self.note_edit.text(), employee_id=employee, handled=handled,
                                        today=self.today())
        except NotRecordable:
            self._warn(self.tr("This letter or response type was deleted in the meantime; nothing was recorded."))
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.done_stack.append(_Done(done.response_id, target, name, handled and not target.handled))
        self.count += 1
        self.status.setText(recorded_text(name, target.person, done.tasks))
        self._clear()
        self.recorded.emit(target.person_id)

    def undo_last(self) -> None:
        """Take back the last response recorded here, with the open tasks it created, after asking."""
        if not self.done_stack:
            return
        last = self.done_stack[-1]
        try:
            with self.ctx.db.session() as session:
                open_tasks = session.scalar(select(func.count(Task.id)).where(
                    Task.response_id == last.response_id, Task.done.is_(False))) or 0
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        if not confirm_take_back(self, last.response, last.target.person, open_tasks):
            return
        try:
            with self.ctx.db.session() as session:
                removed = responses.take_back(session, last.response_id)
                if last.reopen:
                    responses.set_handled(session, last.target.item_id, False)
        except NotRecordable:
            removed = 0  # the letter itself is gone by now; so is the response
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.done_stack.pop()
        self.count -= 1
        self.status.setText(self.tr("Took back “{response}” for {person}; %n open task(s) removed.", "", removed)
                            .format(response=last.response, person=last.target.person))
        self._update_buttons()
        self.letter_edit.setFocus()
        self.recorded.emit(last.target.person_id)

    def _clear(self) -> None:
        self.letter_edit.clear()
        self.note_edit.clear()
        self.handled_box.setChecked(True)
        self.finder.clear()
        self._choose(None)
        self.letter_edit.setFocus()

    def _warn(self, text: str) -> None:
        self.message.setText(text)

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.target is not None and self.types.chosen() is not None)
        self.undo_button.setEnabled(bool(self.done_stack))
        self.counter.setText(self.tr("%n response(s) recorded in this session", "", self.count))

    def done(self, result: int) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.ctx.settings.set("response_dialog_geometry", geometry)
        try:
            self.ctx.settings.save()
        except OSError as exc:  # the size is not worth a message box
            log.warning("settings not saved: %s", exc)
        super().done(result)
