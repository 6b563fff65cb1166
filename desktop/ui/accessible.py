"""Names for screen readers where no label sits next to a control.

Qt names a field after the QLabel whose buddy it is, if both have the same parent. A field
named by a radio button or check box ("Only save as one PDF file: [path]"), or one in a row
of its own, needs its name set; taking it from the visible text keeps both in step and
adds nothing to translate.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QWidget


def plain(text: str) -> str:
    """A label's text as it is read out: no mnemonic '&' ('&&' is '&'), no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def name_after(field: QWidget, label: QAbstractButton | QLabel) -> None:
    """Give ``field`` the name ``label`` shows for it."""
    field.setAccessibleName(plain(label.text()))


def label_field_in_row(form: QFormLayout, row: QWidget, field: QWidget) -> None:
    """Point the label of ``row`` (a field with buttons beside it) at ``field`` inside it.

    The label's Alt+letter then jumps into the field, and the field carries the label's
    name, which Qt would not find: the label is the row's neighbour, not the field's.
    """
    label = form.labelForField(row)
    label.setBuddy(field)
    name_after(field, label)
