"""The query result as a table that loads rows while the clerk scrolls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.db.engine import Database
from desktop.query import results
from desktop.query.definition import QueryDefinition
from desktop.query.fields import BY_KEY, FieldType
from desktop.query_texts import field_label, value_label
from desktop.ui.labels import format_date, format_datetime

_Index = QModelIndex | QPersistentModelIndex


class ResultTableModel(QAbstractTableModel):
    """Rows of a query result; ``canFetchMore``/``fetchMore`` load them a page at a time.

    Sorting is the database's job (the dialog runs the query again in the new order), so
    the model has no ``sort``.
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
        self.beginResetModel()
        self.definition = definition
        self.ids = ids
        self.rows = []
        self._fetched = 0  # ids looked up so far; more than rows when persons were deleted
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.show(self.definition, [])

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's names
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.definition.fields)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetched < len(self.ids)

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        start = len(self.rows)
        # Another clerk may have deleted some of the persons since the query ran: the page
        # is then shorter, and the next one still starts after the ids already looked up.
        chunk = self.ids[self._fetched : self._fetched + results.PAGE]
        self._fetched += len(chunk)
        page = results.fetch_rows(self.db, self.definition, chunk)
        if not page:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return field_label(BY_KEY[self.definition.fields[section]])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.definition.fields[index.column()]
        value = self.rows[index.row()][index.column() + 1]  # column 0 is the id
        if role == Qt.ItemDataRole.DisplayRole:
            return display(key, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float, Decimal)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def person_id(self, row: int) -> int:
        return int(self.rows[row].id)


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
