"""The table model of the campaign list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.campaigns.service import CampaignRow
from desktop.ui.labels import status_label

Index = QModelIndex | QPersistentModelIndex


class CampaignTableModel(QAbstractTableModel):
    """Number, name and status of every campaign; the list is small, so it is all loaded."""

    NUMBER, NAME, STATUS = range(3)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CampaignRow] = []

    def set_rows(self, rows: list[CampaignRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_row(self, row: CampaignRow) -> None:
        for i, existing in enumerate(self._rows):
            if existing.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return

    def row_of(self, campaign_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == campaign_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.number, row.name, status_label(row.status))[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("CampaignTable", "Number"), QCoreApplication.translate("CampaignTable", "Name"), QCoreApplication.translate("CampaignTable", "Status"))[section]
