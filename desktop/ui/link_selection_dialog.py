"""Choose a saved selection to link to an action, and whether to leave out used contacts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.query.selections import SelectionRow
from desktop.ui.labels import format_datetime
from desktop.ui.tables import pick_list


class LinkSelectionDialog(QDialog):
    """The saved selections; the ones linked already are shown but cannot be chosen.

    Args:
        rows: The saved selections.
        linked: Ids of the selections linked to the action already.
        has_earlier_actions: Whether the campaign has actions before this one (the pilot
            case); otherwise leaving out used contacts means nothing and is not offered.
        exclude_used: The action's setting, proposed for the checkbox.
    """

    def __init__(
        self,
        rows: list[SelectionRow],
        linked: set[int],
        *,
        has_earlier_actions: bool,
        exclude_used: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link selection"))
        self.rows = rows
        self.linked = linked
        intro = QLabel(self.tr("The persons the selection finds at this moment become members of the action. "
                               "Later changes to the selection do not change the target group."), self)
        intro.setWordWrap(True)
        self.table = pick_list(self, [self.tr("Name"), self.tr("Distribution list"), self.tr("Linked")])
        self.table.setAccessibleName(self.tr("Saved selections"))
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(row.name))
            self.table.setItem(number, 1, QTableWidgetItem(self.tr("yes") if row.is_distribution_list else ""))
            when = self.tr("already linked") if row.id in linked else ""
            self.table.setItem(number, 2, QTableWidgetItem(when))
            self.table.item(number, 0).setToolTip(row.description or format_datetime(row.updated_at))
        self.exclude_box = QCheckBox(
            self.tr("Lea&ve out contacts already used in an earlier action of this campaign"), self)
        self.exclude_box.setChecked(exclude_used and has_earlier_actions)
        self.exclude_box.setEnabled(has_earlier_actions)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lin&k"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        if not rows:
            empty = QLabel(self.tr("There are no saved selections yet. Build a query (Edit → Create query), "
                                   "save it as a selection, and link it here."), self)
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addWidget(self.exclude_box)
        layout.addWidget(self.buttons)
        self.resize(620, 400)
        first_free = next((n for n, row in enumerate(rows) if row.id not in linked), None)
        if first_free is not None:
            self.table.selectRow(first_free)
        self._update()

    def chosen(self) -> SelectionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def exclude_used(self) -> bool:
        return self.exclude_box.isChecked()

    def _update(self) -> None:
        # A selection linked already may be chosen: linking it again is refused with the
        # reason, which says more than a greyed-out line would.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)
