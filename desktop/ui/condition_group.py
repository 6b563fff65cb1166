"""A group of conditions joined by "all" (AND) or "any" (OR), possibly negated and nested."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.condition_row import ConditionRow


class ConditionGroup(QFrame):
    """Rows and sub-groups; :meth:`raw` gives the group in the JSON form of the definition.

    Signals:
        changed(): anything inside changed.
        remove_requested(ConditionGroup): the clerk removes this (nested) group.
    """

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, choices: Any, nested: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        if nested:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        self.match_combo = QComboBox(self)
        self.match_combo.addItem(self.tr("All of these conditions hold (and)"), "all")
        self.match_combo.addItem(self.tr("At least one of these conditions holds (or)"), "any")
        self.not_check = QCheckBox(self.tr("not"), self)
        self.not_check.setToolTip(self.tr("Find the persons for whom this group does not hold"))
        header = QHBoxLayout()
        header.addWidget(self.not_check)
        header.addWidget(self.match_combo)
        header.addStretch(1)
        if nested:
            remove = QToolButton(self)
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this group"))
            remove.clicked.connect(lambda: self.remove_requested.emit(self))
            header.addWidget(remove)
        self.items_layout = QVBoxLayout()
        self.items_layout.setContentsMargins(16 if nested else 0, 0, 0, 0)
        self.add_condition_button = QPushButton(self.tr("+ Condition"), self)
        self.add_group_button = QPushButton(self.tr("+ Group"), self)
        footer = QHBoxLayout()
        footer.setContentsMargins(16 if nested else 0, 0, 0, 0)
        footer.addWidget(self.add_condition_button)
        footer.addWidget(self.add_group_button)
        footer.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addLayout(self.items_layout)
        outer.addLayout(footer)
        self.items: list[ConditionRow | ConditionGroup] = []
        self.match_combo.currentIndexChanged.connect(self.changed)
        self.not_check.toggled.connect(self.changed)
        self.add_condition_button.clicked.connect(lambda: self.add_condition().field_combo.setFocus())
        self.add_group_button.clicked.connect(lambda: self.add_group())

    def add_condition(self, raw: dict[str, Any] | None = None) -> ConditionRow:
        row = ConditionRow(self._choices, self)
        if raw:
            row.set_raw(raw)
        self._add(row)
        return row

    def add_group(self, raw: dict[str, Any] | None = None) -> ConditionGroup:
        group = ConditionGroup(self._choices, nested=True, parent=self)
        if raw:
            group.set_raw(raw)
        else:
            group.add_condition()
        self._add(group)
        return group

    def _add(self, item: ConditionRow | ConditionGroup) -> None:
        self.items.append(item)
        self.items_layout.addWidget(item)
        item.changed.connect(self.changed)
        item.remove_requested.connect(self._remove)
        self.changed.emit()

    def _remove(self, item: ConditionRow | ConditionGroup) -> None:
        self.items.remove(item)
        item.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for item in self.items:
            item.deleteLater()
        self.items = []

    def raw(self) -> dict[str, Any]:
        out: dict[str, Any] = {"match": self.match_combo.currentData(), "items": [i.raw() for i in self.items]}
        if self.not_check.isChecked():
            out["not"] = True
        return out

    def set_raw(self, raw: dict[str, Any]) -> None:
        self.blockSignals(True)
        self.clear()
        self.match_combo.setCurrentIndex(self.match_combo.findData(raw.get("match", "all")))
        self.not_check.setChecked(bool(raw.get("not")))
        for item in raw.get("items", []):
            if "items" in item:
                self.add_group(item)
            else:
                self.add_condition(item)
        self.blockSignals(False)
        self.changed.emit()

    def show_errors(self, errors: dict[str, str], path: str = "") -> None:
        """Put each problem next to its row; ``errors`` maps "1.2"-style paths to texts."""
        for number, item in enumerate(self.items, 1):
            where = f"{path}.{number}" if path else str(number)
            if isinstance(item, ConditionGroup):
                item.show_errors(errors, where)
            else:
                item.show_error(errors.get(where, ""))
