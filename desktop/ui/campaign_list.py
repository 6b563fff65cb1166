"""The campaign list on the left of the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.campaigns.service import CampaignRow
from desktop.ui.campaign_table_model import CampaignTableModel
from desktop.ui.forms.ui_campaign_list import Ui_CampaignList


class CampaignList(QWidget):
    """Filterable, sortable list of campaigns.

    Signals:
        current_changed(int): The clerk selected another campaign (0: none).
        delete_requested(): The Delete key was pressed in the list.

    Attributes:
        may_leave: Asked before the selection moves; returning False keeps it where it
            is (the editor has unsaved changes the clerk wants to keep).
    """

    current_changed = Signal(int)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CampaignList()
        self.ui.setupUi(self)
        self.may_leave: Callable[[], bool] = lambda: True
        self.model = CampaignTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortLocaleAware(True)
        view = self.ui.campaignView
        view.setModel(self.proxy)
        view.sortByColumn(CampaignTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(CampaignTableModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CampaignTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CampaignTableModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._reverting = False
        self._shown_id = 0
        self._refused = False
        view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.ui.filterEdit.textChanged.connect(self._on_filter)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_requested)

    def focus_list(self) -> None:
        """Put the keyboard in the list (a focus proxy would make Tab skip the filter field)."""
        self.ui.campaignView.setFocus()

    def set_rows(self, rows: list[CampaignRow], select_id: int = 0) -> None:
        """Replace the list and select ``select_id`` (or the first row)."""
        self._reverting = True
        try:
            self.model.set_rows(rows)
        finally:
            self._reverting = False
        if not self.select(select_id) and self.proxy.rowCount():
            self.select(self._id_at(self.proxy.index(0, 0)))
        elif not self.proxy.rowCount():
            self._emit(0)

    def update_row(self, row: CampaignRow) -> None:
        self.model.update_row(row)

    def current_id(self) -> int:
        return self._id_at(self.ui.campaignView.currentIndex())

    def select(self, campaign_id: int) -> bool:
        """Make ``campaign_id`` current; False when it is not in the (filtered) list."""
        source_row = self.model.row_of(campaign_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        view = self.ui.campaignView
        self._refused = False
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)
        # The row was current already (no change signal), unless the clerk refused to leave.
        if campaign_id != self._shown_id and not self._refused:
            self._emit(campaign_id)
        return True

    def _id_at(self, index: QModelIndex) -> int:
        if not index.isValid():
            return 0
        return int(index.siblingAtColumn(0).data(CampaignTableModel.ID_ROLE))

    def _emit(self, campaign_id: int) -> None:
        self._shown_id = campaign_id
        self.current_changed.emit(campaign_id)

    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting:
            return
        new_id = self._id_at(current)
        # Filtering the current campaign out of view keeps it in the editor.
        if new_id == 0 or new_id == self._shown_id:
            return
        if not self.may_leave():
            self._refused = True
            # Put the selection back once the view has finished handling the click or key;
            # done now, the view would apply its own selection on top of ours.
            QTimer.singleShot(0, self._restore_selection)
            return
        self._emit(new_id)

    def _restore_selection(self) -> None:
        self._reverting = True
        try:
            self.select(self._shown_id)
        finally:
            self._reverting = False

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
