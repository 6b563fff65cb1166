"""Checks a clerk without a mouse, with a screen reader or at 150 % scaling would notice.

Each function looks at one shown top-level window and returns the problems it finds as
sentences naming the widget, so a failing test says what to fix:

* ``mnemonic_clashes``: two controls answering the same Alt+letter, or a label whose
  Alt+letter leads nowhere (no buddy);
* ``unnamed_controls``: inputs, lists and icon-only buttons a screen reader would announce
  without a name (no label pointing at them, no accessible name);
* ``cut_off``: labels and buttons narrower or lower than their text, or hidden in part by
  their parent (long Dutch words, large fonts);
* ``tab_problems``: controls the Tab key never reaches, and Tab traps (tables that keep
  Tab for themselves);
* ``enter_problems``: Enter in a dialog pressing something other than its OK button;
* ``too_large``: a window whose smallest size does not fit a 1920×1080 screen at 150 %.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

# A 1920×1080 screen at 150 % offers 1280×720 logical pixels; the task bar takes some.
SCREEN_AT_150 = (1280, 680)

_MNEMONIC = re.compile(r"&(\w)")


def mnemonic(text: str) -> str:
    """The Alt+letter of a text ('&Speichern' → 's'), '' without one ('&&' is a plain '&')."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


def describe(widget: QWidget) -> str:
    """A widget as a test failure names it: class, object name and text."""
    text = ""
    for getter in ("text", "title", "placeholderText", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value):
            value = value()
        if isinstance(value, str) and value:
            text = value
            break
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}{' ' + repr(text) if text else ''}"


def _inside(widget: QWidget, kinds: tuple[type, ...], window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def shown_widgets(window: QWidget) -> list[QWidget]:
    """The window's widgets a clerk can see now (not other tabs' pages, not child windows)."""
    return [w for w in window.findChildren(QWidget)
            if w.window() is window and w.isVisibleTo(window) and not w.isWindow()]


# -- mnemonics ---------------------------------------------------------------------------------


def _labelled_text(widget: QWidget) -> str:
    """The text whose '&' makes an Alt+letter for the widget ('' for widgets without one)."""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        return widget.text()
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return widget.title()
    return ""


def _mnemonic_owners(window: QWidget) -> list[tuple[str, str]]:
    owners: list[tuple[str, str]] = []
    for widget in shown_widgets(window):
        letter = mnemonic(_labelled_text(widget)) if not _inside(widget, (QCalendarWidget,), window) else ""
        if letter:
            owners.append((letter, describe(widget)))
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                letter = mnemonic(widget.tabText(index))
                if letter and widget.isTabVisible(index):
                    owners.append((letter, f"tab {widget.tabText(index)!r}"))
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                owners.append((letter, f"menu {action.text()!r}"))
    return owners


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letters used twice in what the window shows now, and labels whose letter leads nowhere."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, owner in _mnemonic_owners(window):
        by_letter[letter].append(owner)
    problems = [f"Alt+{letter.upper()} is used by {' and '.join(owners)}"
                for letter, owners in sorted(by_letter.items()) if len(owners) > 1]
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for entry in window.menuBar().actions():
            menu = entry.menu()
            letters: dict[str, list[str]] = defaultdict(list)
            for action in menu.actions() if menu is not None else ():
                if action.isVisible() and mnemonic(action.text()):
                    letters[mnemonic(action.text())].append(repr(action.text()))
            problems += [f"in menu {entry.text()!r} Alt+{letter.upper()} is used by {' and '.join(owners)}"
                         for letter, owners in sorted(letters.items()) if len(owners) > 1]
    for label in shown_widgets(window):
        if (isinstance(label, QLabel) and label.textFormat() != Qt.TextFormat.RichText
                and mnemonic(label.text()) and label.buddy() is None):
            problems.append(f"{describe(label)} has an Alt+letter but no buddy to jump to")
    return problems


# -- accessible names ---------------------------------------------------------------------------

_NEEDS_NAME = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView,
               QAbstractSlider)
# Parts of compound controls: the line edit in a combo box, a table's header, a scroll bar.
_PARTS_OF = (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit)  # QLineEdit: its clear button


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name (explicit, or from its label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(window: QWidget) -> list[str]:
    """Inputs, lists and icon-only buttons without a name for a screen reader."""
    problems = []
    for widget in shown_widgets(window):
        if (isinstance(widget, (QHeaderView, QScrollBar)) or _inside(widget, _PARTS_OF, window)
                or widget.objectName().startswith("qt_")):  # Qt's own parts, e.g. a table's corner
            continue
        icon_only = isinstance(widget, QAbstractButton) and not widget.text().strip()
        if (isinstance(widget, _NEEDS_NAME) or icon_only) and not accessible_name(widget):
            problems.append(f"{describe(widget)} has no accessible name (no label names it)")
    return problems


# -- cut-off text --------------------------------------------------------------------------------


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport, where being partly out of view is expected."""
    return _inside(widget, (QAbstractScrollArea,), window)


def cut_off(window: QWidget) -> list[str]:
    """Labels and buttons smaller than their text, or hidden in part by their parent."""
    problems = []
    for widget in shown_widgets(window):
        if not isinstance(widget, (QLabel, QAbstractButton, QGroupBox)) or isinstance(widget, QTabBar):
            continue
        if _inside(widget, (QCalendarWidget, QTabBar, QHeaderView), window):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text() or widget.pixmap() and
                                           not widget.pixmap().isNull()):
            continue
        if isinstance(widget, QAbstractButton) and not widget.text():
            continue
        hint = widget.minimumSizeHint() if isinstance(widget, QGroupBox) else widget.sizeHint()
        if widget.width() < hint.width() or widget.height() < min(hint.height(), widget.fontMetrics().height()):
            problems.append(f"{describe(widget)} is {widget.width()}×{widget.height()} px but needs "
                            f"{hint.width()}×{hint.height()} px")
            continue
        parent = widget.parentWidget()
        if parent is not None and not _scrolled(widget, window):
            inside = parent.rect().intersected(widget.geometry())
            if inside.width() < widget.geometry().width() - 1:
                problems.append(f"{describe(widget)} sticks out of {describe(parent)}")
    return problems


def overlaps(window: QWidget) -> list[str]:
    """Sibling controls drawn over each other (e.g. a field created but never laid out)."""
    problems = []
    by_parent: dict[int, list[QWidget]] = defaultdict(list)
    for widget in shown_widgets(window):
        parent = widget.parentWidget()
        if parent is None or widget.objectName().startswith("qt_") or _scrolled(widget, window):
            continue
        if isinstance(parent, (QAbstractScrollArea, QTabBar, QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # their parts are placed by Qt
        by_parent[id(parent)].append(widget)
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > 2 and common.height() > 2:
                    problems.append(f"{describe(first)} and {describe(second)} lie on top of each other")
    return problems


# -- Tab key ------------------------------------------------------------------------------------


def _tab_stops(window: QWidget) -> list[QWidget]:
    """Controls a clerk should reach with Tab: shown, enabled, taking focus by Tab."""
    stops = []
    for widget in shown_widgets(window):
        if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or isinstance(widget, (QTabBar, QScrollBar)):
            continue
        if _inside(widget, _PARTS_OF + (QAbstractItemView,), window):
            continue  # an editor open in a table cell, the calendar's buttons
        stops.append(widget)
    return stops


def tab_walk(window: QWidget, limit: int = 250) -> tuple[list[QWidget], list[QWidget]]:
    """Press Tab from the current focus until focus comes round again.

    Returns:
        The widgets visited in order, and those Tab could not leave (keyboard traps). A date
        field takes a few presses (one per part: day, month, year) before it lets go.
    """
    window.activateWindow()
    QApplication.processEvents()
    # The window's own focus widget: another window may be the active one offscreen.
    start = window.focusWidget()
    if start is None:
        window.focusNextChild()
        QApplication.processEvents()
        start = window.focusWidget()
    seen: list[QWidget] = []
    traps: list[QWidget] = []
    current = start
    while current is not None and len(seen) < limit:
        seen.append(current)
        # A help page's Tab visits each link before it moves on.
        for _ in range(400 if isinstance(current, QTextBrowser) else 6):
            QTest.keyClick(current, Qt.Key.Key_Tab)
            QApplication.processEvents()
            if window.focusWidget() is not current:
                break
        else:
            traps.append(current)
            break
        current = window.focusWidget()
        if current is start or current in seen:
            break
    return seen, traps


def tab_problems(window: QWidget) -> list[str]:
    """Controls Tab never reaches, and places where Tab stays in one control."""
    walked, traps = tab_walk(window)
    if not walked:
        return [f"no control of {describe(window)} takes the keyboard focus"]
    stops = _tab_stops(window)
    problems = [f"Tab cannot leave {describe(widget)} (a keyboard trap)" for widget in traps
                if len(stops) > 1]
    reached = {id(w) for w in walked}
    for widget in walked:
        # Focus resting on a part of a control (a table's cell editor) counts for the control.
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            reached.add(id(parent))
            parent = parent.parentWidget()
    if not traps:
        problems += [f"Tab never reaches {describe(widget)}" for widget in stops if id(widget) not in reached]
    return problems


# -- Enter and Escape -------------------------------------------------------------------------


def enter_problems(window: QWidget) -> list[str]:
    """Enter in a dialog with an OK-like button must press that one, not a helper like "Columns…"."""
    if not isinstance(window, QDialog):
        return []
    problems = []
    accepting = [button for box in window.findChildren(QDialogButtonBox) if box.window() is window
                 for button in box.buttons()
                 if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                               QDialogButtonBox.ButtonRole.YesRole)
                 and button.isVisibleTo(window) and button.isEnabled()]
    defaults = [b for b in window.findChildren(QPushButton) if b.isDefault() and b.isVisibleTo(window)]
    if accepting and not any(b in accepting for b in defaults):
        problems.append(f"Enter presses {', '.join(describe(b) for b in defaults) or 'nothing'}, "
                        f"not {describe(accepting[0])}")
    return problems


# -- size ---------------------------------------------------------------------------------------


def too_large(window: QWidget) -> list[str]:
    """A window that cannot be made small enough for a 1920×1080 screen at 150 %."""
    wide, high = SCREEN_AT_150
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    if smallest.width() > wide or smallest.height() > high:
        return [f"{describe(window)} needs at least {smallest.width()}×{smallest.height()} px; "
                f"a 1920×1080 screen at 150 % shows {wide}×{high}"]
    return []


def pages(window: QWidget) -> Iterator[str]:
    """Show each page of each tab widget in turn (the window as it is first, then per page).

    Yields a name of the state shown, e.g. ``"tab 'Costs'"``; the tabs are put back after.
    """
    yield "as opened"
    for tabs in [t for t in window.findChildren(QTabWidget) if t.window() is window and t.isVisibleTo(window)]:
        before = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != before and tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(before)
        QApplication.processEvents()


def all_problems(window: QWidget, tab_keys: bool = True) -> list[str]:
    """Every check on the window, on each of its tab pages; each problem once."""
    found: dict[str, str] = {}
    for state in pages(window):
        problems = (mnemonic_clashes(window) + unnamed_controls(window) + cut_off(window) + overlaps(window)
                    + enter_problems(window) + too_large(window))
        if tab_keys:
            problems += tab_problems(window)
        for problem in problems:
            found.setdefault(problem, f"{problem} ({state})")
    return list(found.values())
