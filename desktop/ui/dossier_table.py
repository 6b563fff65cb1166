"""The lists of the contact window (campaigns, dossier, tasks) and the archived-document file."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.campaigns.members import Exclusion
from desktop.contacts.dossier import (
    ArchivedDocument,
    DossierFilter,
    DossierRow,
    MembershipRow,
    campaigns_of,
    document,
    dossier,
    item_types,
)
from desktop.contacts.responses import NotRecordable, set_handled
from desktop.contacts.tasks import TaskRow, set_done, tasks_of_person
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.ui import messages
from desktop.ui.labels import format_date, format_datetime
from desktop.ui.member_labels import channel_label, exclusion_label
from desktop.ui.tables import pick_list

T = TypeVar("T")
EXTENSIONS = {"application/pdf": ".pdf", "message/rfc822": ".eml"}
OVERDUE = QColor(176, 0, 32)  # as in the task list: readable on white and on the selection colour



def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("DossierTable", "yes") if value else QCoreApplication.translate("DossierTable", "no")


def _fill(table: QTableWidget, rows: list[list[str]], select: int = -1) -> None:
    table.setRowCount(len(rows))
    for number, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(number, column, QTableWidgetItem(text))
    if 0 <= select < len(rows):
        table.selectRow(select)


def membership_table(parent: QWidget) -> QTableWidget:
    table = pick_list(parent, [QCoreApplication.translate("DossierTable", "Campaign"), QCoreApplication.translate("DossierTable", "Action"), QCoreApplication.translate("DossierTable", "Channel"), QCoreApplication.translate("DossierTable", "In target group"),
                               QCoreApplication.translate("DossierTable", "Generated")], stretch=1)
    table.setAccessibleName(QCoreApplication.translate("DossierTable", "Campaign actions of the contact"))
    return table


def fill_memberships(table: QTableWidget, rows: list[MembershipRow]) -> None:
    def linked(row: MembershipRow) -> str:
        if row.linked:
            return QCoreApplication.translate("DossierTable", "yes")
        return QCoreApplication.translate("DossierTable", "no – {reason}").format(
            reason=exclusion_label(Exclusion(row.exclusion_reason))) if row.exclusion_reason else QCoreApplication.translate("DossierTable", "no")

    _fill(table, [[row.campaign, row.action, channel_label(row.channel), linked(row), _yes_no(row.generated)]
                  for row in rows])


def dossier_table(parent: QWidget) -> QTableWidget:
    table = pick_list(parent, [QCoreApplication.translate("DossierTable", "Date"), QCoreApplication.translate("DossierTable", "Type"), QCoreApplication.translate("DossierTable", "Campaign"), QCoreApplication.translate("DossierTable", "Action"), QCoreApplication.translate("DossierTable", "Subject"),
                               QCoreApplication.translate("DossierTable", "Handled"), QCoreApplication.translate("DossierTable", "Latest response"), QCoreApplication.translate("DossierTable", "Employee"), QCoreApplication.translate("DossierTable", "Document")],
                      stretch=4)
    table.setAccessibleName(QCoreApplication.translate("DossierTable", "Dossier entries of the contact"))
    # Campaign and action names are long; fitting them would push the subject out of sight.
    header = table.horizontalHeader()
    for column, width in ((2, 130), (3, 110), (6, 100), (7, 100)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    return table


def _document_kind(row: DossierRow) -> str:
    if not row.document_id:
        return ""
    suffix = Path(row.document_name).suffix.lower()
    return {".pdf": QCoreApplication.translate("DossierTable", "PDF"), ".eml": QCoreApplication.translate("DossierTable", "E-mail")}.get(suffix, suffix.lstrip(".").upper() or QCoreApplication.translate("DossierTable", "yes"))


def fill_dossier(table: QTableWidget, rows: list[DossierRow], select_id: int = 0) -> None:
    """Show ``rows`` (newest first) and select the one with ``select_id`` if it is among them."""
    ids = [row.id for row in rows]
    _fill(table, [[format_date(row.created_at), row.type_name, row.campaign, row.action, row.subject,
                   _yes_no(row.handled), row.response, row.employee, _document_kind(row)] for row in rows],
          ids.index(select_id) if select_id in ids else -1)
    for number, row in enumerate(rows):
        table.item(number, 0).setToolTip(format_datetime(row.created_at))
        for column in (2, 3, 4):
            table.item(number, column).setToolTip(table.item(number, column).text())
        if row.document_id:
            table.item(number, 8).setToolTip(row.document_name)


def task_table(parent: QWidget) -> QTableWidget:
    table = pick_list(parent, [QCoreApplication.translate("DossierTable", "Due"), QCoreApplication.translate("DossierTable", "Subject"), QCoreApplication.translate("DossierTable", "Assignee"), QCoreApplication.translate("DossierTable", "Campaign")], stretch=1)
    table.setAccessibleName(QCoreApplication.translate("DossierTable", "Tasks about the contact"))
    return table


def fill_tasks(table: QTableWidget, rows: list[TaskRow], today: dt.date) -> None:
    """Show the tasks; overdue ones in dark red and bold, with a tooltip saying so."""
    _fill(table, [[format_date(row.due), row.subject, row.assignee, row.campaign] for row in rows])
    for number, row in enumerate(rows):
        if row.text:
            table.item(number, 1).setToolTip(row.text)
        if not row.overdue(today):
            continue
        for column in range(table.columnCount()):
            item = table.item(number, column)
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(QBrush(OVERDUE))
        table.item(number, 0).setToolTip(QCoreApplication.translate("DossierTable", "Overdue"))
        table.item(number, 0).setData(Qt.ItemDataRole.AccessibleTextRole,
                                      QCoreApplication.translate("DossierTable", "{date}, overdue").format(date=format_date(row.due)))


def document_file(archived: ArchivedDocument, folder: Path | None = None) -> Path:
    """Write the archived document to a file a viewer can open (.pdf, .eml) and return its path.

    Args:
        folder: Where to write it; default a "kampagnen-documents" folder in the temp folder.
    """
    folder = folder or Path(tempfile.gettempdir()) / "kampagnen-documents"
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(archived.name)
    extension = EXTENSIONS.get(archived.mime_type.lower(), name.suffix.lower())
    stem = re.sub(r"[^\w.-]+", "_", name.stem if name.suffix else archived.name).strip("._") or "document"
    # The id keeps two documents of the same name apart; a viewer may still hold an older copy open.
    path = folder / f"{stem}-{archived.id}{extension}"
    if not (path.is_file() and path.read_bytes() == archived.content):  # may be open in a viewer
        path.write_bytes(archived.content)
    return path


def run_db(parent: QWidget, ctx: AppContext, work: Callable[[Session], T]) -> T | None:
    """``work`` in a session that commits; None (after telling the clerk) when the database failed."""
    try:
        with ctx.db.session() as session:
            return work(session)
    except SQLAlchemyError as exc:
        messages.database_error(parent, exc, ctx.db.display)
        return None


class DossierPanel(QWidget):
    """The dossier tab: the person's items, filtered, with their documents and handled state.

    Signals:
        response_requested(item_id): Record a response to the chosen item (0: none chosen).
    """

    response_requested = Signal(int)

    def __init__(self, ctx: AppContext, person_id: int, opener: Callable[[Path], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.opener = opener
        self.rows: list[DossierRow] = []
        self.campaign_filter = QComboBox(self)
        self.campaign_filter.setMinimumContentsLength(20)
        self.campaign_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_filter = QComboBox(self)
        self.handled_filter = QComboBox(self)
        for text, value in ((self.tr("All"), None), (self.tr("Open"), False), (self.tr("Handled"), True)):
            self.handled_filter.addItem(text, value)
        filters = QHBoxLayout()
        for text, box in ((self.tr("Campa&ign:"), self.campaign_filter), (self.tr("T&ype:"), self.type_filter),
                          (self.tr("S&tatus:"), self.handled_filter)):
            label = QLabel(text, self)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box, 1 if box is self.campaign_filter else 0)
            box.activated.connect(self.load)
        self.table = dossier_table(self)
        self.open_button = QPushButton(self.tr("&Open document"), self)
        self.handled_button = QPushButton(self.tr("Mark &handled"), self)
        self.response_button = QPushButton(self.tr("&Record response…"), self)
        self.open_button.clicked.connect(self.open_document)
        self.handled_button.clicked.connect(self.toggle_handled)
        self.response_button.clicked.connect(self._request_response)
        self.table.doubleClicked.connect(self.open_document)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.handled_button, self.response_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        """Read the filter choices and the items again, keeping the filters and the chosen item."""
        choices = run_db(self, self.ctx, lambda s: (campaigns_of(s, self.person_id), item_types(s)))
        if choices is not None:
            for box, pairs in zip((self.campaign_filter, self.type_filter), choices, strict=True):
                chosen = box.currentData()
                box.clear()
                box.addItem(self.tr("All"), None)
                for id_, text in pairs:
                    box.addItem(text, id_)
                box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
        self.load()

    def load(self) -> None:
        """Read the items the filters let through."""
        current = self.current()
        shown = DossierFilter(self.campaign_filter.currentData(), self.type_filter.currentData(),
                              self.handled_filter.currentData())
        self.rows = run_db(self, self.ctx, lambda s: dossier(s, self.person_id, shown)) or []
        fill_dossier(self.table, self.rows, current.id if current else 0)
        self._update_buttons()

    def current(self) -> DossierRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.open_button.setEnabled(bool(row and row.document_id))
        self.handled_button.setEnabled(row is not None)
        self.handled_button.setText(self.tr("Mark &open") if row and row.handled else self.tr("Mark &handled"))

    def open_document(self) -> None:
        """Write the chosen item's archived letter or e-mail to a file and open it."""
        row = self.current()
        if row is None or not row.document_id:
            return
        document_id = row.document_id
        archived = run_db(self, self.ctx, lambda s: document(s, document_id))
        if archived is None:
            QMessageBox.information(self, self.tr("Open document"), self.tr(
                "The document “{name}” is no longer in the archive.").format(name=row.document_name))
            return
        try:
            path = document_file(archived)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Open document"), self.tr(
                "The document could not be written to a temporary file: {reason}").format(reason=exc))
            return
        if not self.opener(path):
            QMessageBox.information(self, self.tr("Open document"), self.tr(
                "No program to show this document was found. It was saved as {path}.").format(path=path))

    def toggle_handled(self) -> None:
        """Mark the chosen item handled, or open again."""
        row = self.current()
        if row is None:
            return
        try:
            run_db(self, self.ctx, lambda s: set_handled(s, row.id, not row.handled))
        except NotRecordable:
            pass  # deleted meanwhile: the reload shows it is gone
        self.load()

    def _request_response(self) -> None:
        row = self.current()
        self.response_requested.emit(row.id if row else 0)


class TaskPanel(QWidget):
    """The tasks tab: the person's open tasks, overdue ones highlighted; ``changed`` after each load."""

    changed = Signal(int)  # how many open tasks are listed

    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.rows: list[TaskRow] = []
        self.table = task_table(self)
        self.done_button = QPushButton(self.tr("Mark d&one"), self)
        self.done_button.clicked.connect(self.mark_done)
        self.table.itemSelectionChanged.connect(lambda: self.done_button.setEnabled(self.current() is not None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def current(self) -> TaskRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def reload(self) -> None:
        self.rows = run_db(self, self.ctx, lambda s: tasks_of_person(s, self.person_id)) or []
        fill_tasks(self.table, self.rows, dt.date.today())
        self.done_button.setEnabled(self.current() is not None)
        self.changed.emit(len(self.rows))

    def mark_done(self) -> None:
        """Mark the chosen task done; it leaves the list."""
        row = self.current()
        if row is None:
            return
        try:
            run_db(self, self.ctx, lambda s: set_done(s, row.id, row.row_version))
        except ConcurrentEditError:
            QMessageBox.information(self, self.tr("Task changed"), self.tr(
                "Someone else changed or deleted this task meanwhile. The list now shows the current state."))
        self.reload()
