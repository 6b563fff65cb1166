"""The read-only lists clerks pick one row from (selections, actions), and small form dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def pick_list(parent: QWidget, headers: list[str], stretch: int = 0) -> QTableWidget:
    """A table of whole rows, one chosen at a time, not editable, without row numbers.

    Args:
        stretch: The column that takes the width left; the others fit their contents.
    """
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrow keys move in the list
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def button_row(dialog: QDialog, buttons: list[QPushButton]) -> QHBoxLayout:
    """The buttons under a pick list, left, and *Close* on the right, which rejects ``dialog``."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    row.addWidget(close)
    return row


def form_dialog(dialog: QDialog, form: QFormLayout, min_width: int) -> QDialogButtonBox:
    """Lay out a small dialog: the form, OK and Cancel under it; as wide as it needs, at least ``min_width``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.resize(max(dialog.sizeHint().width(), min_width), dialog.sizeHint().height())
    return buttons
