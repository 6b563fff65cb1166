"""The members of a target group as a table that loads rows while the clerk scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.campaigns import members
from desktop.campaigns.members import MemberRow
from desktop.db.engine import Database
from desktop.ui.labels import format_datetime
from desktop.ui.member_labels import exclusion_label, origin_text

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QStandardItemModel):
    """Members of one action: those who take part (``excluded=False``) or those left out.

    Rows are read a page at a time in the order of the person list; cells are formatted
    once, when their page is loaded (see ResultTableModel for why).
    """

    def __init__(self, db: Database, *, excluded: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.excluded = excluded
        self.action_id = 0
        self.total = 0
        self.rows: list[MemberRow] = []
        self._resetting = False
        first = self.tr("Reason") if excluded else self.tr("Linked")
        self._headers = [first, self.tr("Contact code"), self.tr("Name"), self.tr("Postcode"), self.tr("City"),
                         self.tr("E-mail"), self.tr("Origin"), self.tr("Added")]

    def show_action(self, action_id: int, total: int) -> None:
        """Show the members of ``action_id`` (0: none); ``total`` is how many there are."""
        self.action_id, self.total = action_id, total
        # A view may ask for rows while the model is being emptied (Qt 6.11 does); rows
        # added then would be counted in self.rows but thrown away with the old ones.
        self._resetting = True
        try:
            self.rows = []
            self.clear()
            self.setHorizontalHeaderLabels(self._headers)
        finally:
            self._resetting = False
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 - Qt's name
        return (not self._resetting and not parent.isValid() and self.action_id != 0
                and len(self.rows) < self.total)

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        with self.db.engine.connect() as conn:
            page = members.member_rows(conn, self.action_id, excluded=self.excluded, offset=len(self.rows),
                                       limit=PAGE)
        if not page:  # another clerk removed members meanwhile: stop asking for more
            self.total = len(self.rows)
            return
        for row in page:
            self.appendRow(self._items(row))
        self.rows.extend(page)

    def person_id(self, row: int) -> int:
        return self.rows[row].person_id

    def _items(self, row: MemberRow) -> list[QStandardItem]:
        if self.excluded:
            first = exclusion_label(row.exclusion) if row.exclusion else ""
        else:
            first = QCoreApplication.translate("MemberTableModel", "yes") if row.linked else \
                QCoreApplication.translate("MemberTableModel", "no")
        added = format_datetime(row.added_at)
        if row.added_by:
            added = self.tr("{when} by {who}").format(when=added, who=row.added_by)
        items = [QStandardItem(text) for text in (first, row.code, row.name, row.postcode, row.city, row.email,
                                                  origin_text(row), added)]
        for item in items:
            item.setEditable(False)
        if not self.excluded and not row.linked:
            items[0].setForeground(Qt.GlobalColor.darkRed)
        return items
