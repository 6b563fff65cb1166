"""The query result as a table that loads rows while the clerk scrolls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.db.engine import Database
from desktop.query import results
from desktop.query.definition import QueryDefinition
from desktop.query.fields import BY_KEY, FieldType
from desktop.query_texts import field_label, value_label
from desktop.ui.labels import format_date, format_datetime

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ResultTableModel(QStandardItemModel):
    """Rows of a query result; ``canFetchMore``/``fetchMore`` load them a page at a time.

    The cells are formatted once, when their page is loaded, and kept in Qt's own item
    model: painting the table then runs no Python at all. A model answering ``data()`` in
    Python needs the interpreter for every cell and role on every repaint, and while an
    export holds the interpreter on a worker thread that made the window stall.

    Sorting is the database's job (the dialog runs the query again in the new order).
    """

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.definition = QueryDefinition()
        self.ids: list[int] = []
        self.rows: list[Any] = []
        self._fetched = 0

    def show(self, definition: QueryDefinition, ids: list[int]) -> None:
        """Show the persons ``ids`` (already in order) with the definition's columns."""
        self.definition = definition
        self.ids = ids
        self.rows = []
        self._fetched = 0  # ids looked up so far; more than rows when persons were deleted
        self.removeRows(0, self.rowCount())
        self.setColumnCount(len(definition.fields))
        self.setHorizontalHeaderLabels([field_label(BY_KEY[key]) for key in definition.fields])
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def extend(self, definition: QueryDefinition, ids: list[int]) -> bool:
        """Go on with all of ``ids`` when the rows shown are their beginning.

        The window shows the first page before the count is done; when all the ids come
        the rows stay as they are (no reset, the clerk keeps his place) if they still
        match. False when they do not, and the caller shows ``ids`` afresh.
        """
        shown = self.ids
        if definition is not self.definition or not self._fetched or ids[: len(shown)] != shown:
            return False
        self.ids = ids
        return True

    def clear(self) -> None:  # noqa: D102 - keeps the columns, unlike QStandardItemModel's
        self.show(self.definition, [])

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self._fetched < len(self.ids)

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        # Another clerk may have deleted some of the persons since the query ran: the page
        # is then shorter, and the next one still starts after the ids already looked up.
        chunk = self.ids[self._fetched : self._fetched + results.PAGE]
        self._fetched += len(chunk)
        page = results.fetch_rows(self.db, self.definition, chunk)
        keys = self.definition.fields
        for row in page:
            self.appendRow([_item(key, value) for key, value in zip(keys, tuple(row)[1:])])
        self.rows.extend(page)

    def person_id(self, row: int) -> int:
        return int(self.rows[row].id)


def _item(key: str, value: Any) -> QStandardItem:
    item = QStandardItem(display(key, value))
    item.setEditable(False)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        item.setTextAlignment(_RIGHT)
    return item


def display(key: str, value: Any) -> str:
    """A result value as the clerk reads it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if BY_KEY[key].type is FieldType.DATE:  # "Created on" is a day to the clerk
            return format_date(value.astimezone().date() if value.tzinfo else value.date())
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ResultTableModel", "yes")
        return QCoreApplication.translate("ResultTableModel", "no")
    return value_label(key, value) if isinstance(value, str) else str(value)
