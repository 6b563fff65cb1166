"""One condition of a query: field, operator, a value widget that fits, "not", remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.query.definition import NO_VALUE
from desktop.query.fields import BY_KEY, FIELDS, Field, FieldType, Group, Op
from desktop.query_texts import field_label, group_label, operator_label, value_label
from desktop.ui.labels import date_format

# Values a clerk types for "is one of" are separated like this ("Köln; Bonn").
LIST_SEPARATOR = ";"


def _to_qdate(text: str | None) -> QDate:
    date = QDate.fromString(text or "", "yyyy-MM-dd")
    return date if date.isValid() else QDate.currentDate()


class ConditionRow(QWidget):
    """A condition as widgets; :meth:`raw` gives it in the JSON form of the definition.

    Signals:
        changed(): the clerk changed anything.
        remove_requested(ConditionRow): the clerk pressed the remove button.
    """

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, choices: Any, parent: QWidget | None = None) -> None:
        """``choices(field) -> [(value, text)]`` supplies pick lists (from the database)."""
        super().__init__(parent)
        self._choices = choices
        self.field_combo = QComboBox(self)
        self.field_combo.setAccessibleName(self.tr("Field"))
        self._fill_fields()
        self.op_combo = QComboBox(self)
        self.op_combo.setAccessibleName(self.tr("Condition"))
        self.not_check = QCheckBox(self.tr("not"), self)
        self.not_check.setToolTip(self.tr("Find the persons for whom the condition does not hold"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove this condition"))
        self.value_box = QHBoxLayout()
        self.value_box.setContentsMargins(0, 0, 0, 0)
        self.value_widgets: list[QWidget] = []
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.not_check)
        line.addWidget(self.field_combo, 3)
        line.addWidget(self.op_combo, 2)
        line.addLayout(self.value_box, 4)
        line.addWidget(self.remove_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(line)
        outer.addWidget(self.error_label)

        self.field_combo.currentIndexChanged.connect(self._on_field_changed)
        self.op_combo.currentIndexChanged.connect(self._on_op_changed)
        self.not_check.toggled.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self._on_field_changed()

    # -- fields and operators ---------------------------------------------------------------

    def _fill_fields(self) -> None:
        combo = self.field_combo
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        for group in Group:
            combo.addItem(group_label(group))
            header = model.item(combo.count() - 1)
            header.setEnabled(False)  # a heading, not a choice
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for field in (f for f in FIELDS if f.group is group):
                combo.addItem("   " + field_label(field), field.key)
        combo.setCurrentIndex(combo.findData("city"))

    @property
    def field(self) -> Field:
        return BY_KEY[self.field_combo.currentData()]

    @property
    def op(self) -> Op:
        return Op(self.op_combo.currentData())

    def _on_field_changed(self) -> None:
        field = self.field_combo.currentData() and self.field
        if not field:
            return
        self.op_combo.blockSignals(True)
        self.op_combo.clear()
        for op in field.operators:
            self.op_combo.addItem(operator_label(op), op.value)
        self.op_combo.blockSignals(False)
        self._on_op_changed()

    def _on_op_changed(self) -> None:
        self._build_value_widgets()
        self.changed.emit()

    # -- values -----------------------------------------------------------------------------

    def _build_value_widgets(self) -> None:
        for widget in self.value_widgets:
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self.value_widgets = []
        field, op = self.field, self.op
        if op in NO_VALUE:
            return
        if op is Op.BETWEEN:
            self._add(self._single_value(field))
            self._add(QLabel(self.tr("and"), self))
            self._add(self._single_value(field))
        elif op in (Op.LAST_DAYS, Op.LAST_MONTHS):
            spin = QSpinBox(self)
            spin.setRange(1, 10000)
            spin.setValue(30 if op is Op.LAST_DAYS else 6)
            spin.valueChanged.connect(self.changed)
            self._add(spin)
        elif op is Op.IN:
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("values separated by ;"))
            edit.textChanged.connect(self.changed)
            self._add(edit)
        else:
            self._add(self._single_value(field))

    def _add(self, widget: QWidget) -> None:
        if not isinstance(widget, QLabel):
            # The field and condition are named by their combo boxes; this is what they test.
            widget.setAccessibleName(self.tr("Value") if not self.value_widgets else self.tr("Second value"))
        self.value_widgets.append(widget)
        self.value_box.addWidget(widget)

    def _single_value(self, field: Field) -> QWidget:
        if field.type is FieldType.DATE:
            edit = QDateEdit(QDate.currentDate(), self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.dateChanged.connect(self.changed)
            return edit
        if field.type in (FieldType.CHOICE, FieldType.RELATION):
            combo = QComboBox(self)
            for value, text in self._choices(field):
                combo.addItem(value_label(field.key, text) if field.type is FieldType.CHOICE else text, value)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        edit = QLineEdit(self)
        if field.type is FieldType.NUMBER:
            edit.setPlaceholderText(self.tr("number"))
        edit.textChanged.connect(self.changed)
        return edit

    @staticmethod
    def _read(widget: QWidget) -> Any:
        if isinstance(widget, QDateEdit):
            return widget.date().toString("yyyy-MM-dd")
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    @staticmethod
    def _write(widget: QWidget, value: Any) -> None:
        if isinstance(widget, QDateEdit):
            widget.setDate(_to_qdate(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def raw(self) -> dict[str, Any]:
        """The condition as it stands in a query definition."""
        out: dict[str, Any] = {"field": self.field.key, "op": self.op.value}
        inputs = [w for w in self.value_widgets if not isinstance(w, QLabel)]
        if self.op is Op.IN:
            values = [v.strip() for v in self._read(inputs[0]).split(LIST_SEPARATOR) if v.strip()]
            value: Any = [self._code(v) for v in values]
        elif self.op is Op.BETWEEN:
            value = [self._read(w) for w in inputs]
        else:
            value = self._read(inputs[0]) if inputs else None
        # Nothing entered yet: the definition says the value is missing, and the clerk is
        # asked for it, rather than told that "" or [] is not a valid value.
        empty = value in ("", [], None) or (isinstance(value, list) and "" in value)
        if inputs and not empty:
            out["value"] = value
        if self.not_check.isChecked():
            out["not"] = True
        return out

    def set_raw(self, raw: dict[str, Any]) -> None:
        """Show a condition from a definition (already checked by ``parse``)."""
        self.field_combo.setCurrentIndex(self.field_combo.findData(raw["field"]))
        self.op_combo.setCurrentIndex(self.op_combo.findData(raw["op"]))
        value = raw.get("value")
        inputs = [w for w in self.value_widgets if not isinstance(w, QLabel)]
        if self.op is Op.IN and inputs:
            self._write(inputs[0], f"{LIST_SEPARATOR} ".join(self._shown(v) for v in value or []))
        elif self.op is Op.BETWEEN:
            for widget, part in zip(inputs, value or [], strict=False):
                self._write(widget, part)
        elif inputs and value is not None:
            self._write(inputs[0], value)
        self.not_check.setChecked(bool(raw.get("not")))

    def _code(self, text: str) -> str:
        """A pick-list value typed as the clerk reads it ("Deutschland") as stored ("DE")."""
        if self.field.type is not FieldType.CHOICE:
            return text
        wanted = text.casefold()
        for value, _text in self._choices(self.field):
            if wanted in (str(value).casefold(), value_label(self.field.key, str(value)).casefold()):
                return str(value)
        return text

    def _shown(self, value: Any) -> str:
        if self.field.type is FieldType.CHOICE:
            return value_label(self.field.key, str(value))
        return str(value)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
