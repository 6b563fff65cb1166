"""The user guide (F1): the HTML guide shipped in resources/help, shown offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.context import AppContext

FALLBACK_LANGUAGE = "en"


def guide_path(language: str) -> Path:
    """The guide's page in ``language``, or the English one when there is none in it."""
    help_dir = paths.resources_dir() / "help"
    page = help_dir / language / "index.html"
    return page if page.is_file() else help_dir / FALLBACK_LANGUAGE / "index.html"


class HelpWindow(QWidget):
    """A window of its own with the user guide, a search field and back/forward.

    Only local files are shown; links to anything else go to the system's browser.
    """

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Kampagnen – User guide"))
        self.page = guide_path(language)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)  # we decide: anchors and local pages here, the web outside
        self.browser.anchorClicked.connect(self._follow)
        self.back_button = QPushButton(self.tr("← &Back"), self)
        self.forward_button = QPushButton(self.tr("F&orward →"), self)
        self.contents_button = QPushButton(self.tr("&Contents"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find in the guide (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self.tr("&Find:"), self)
        self.search_label.setBuddy(self.search)
        self.not_found = QLabel(self)
        self.browser_button = QPushButton(self.tr("Open in b&rowser"), self)
        self.browser_button.setToolTip(self.tr("Show the guide in the web browser, e.g. to print it"))
        self._layout()
        self._connect()
        self.browser.setSource(QUrl.fromLocalFile(str(self.page)))
        # The guide's screenshots are 900 px wide; with margins and the scroll bar they fit
        # without scrolling sideways (and the window still fits a screen at 150 %).
        self.resize(960, 680)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.forward_button)
        top.addWidget(self.contents_button)
        top.addSpacing(12)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.not_found)
        top.addWidget(self.browser_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(lambda: self.show_anchor("contents"))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.search.returnPressed.connect(lambda: self.find(self.search.text()))
        self.search.textChanged.connect(lambda _text: self.not_found.clear())
        self.browser_button.clicked.connect(self.open_in_browser)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        again = QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self)
        again.activated.connect(lambda: self.find(self.search.text()))
        for key in (QKeySequence(QKeySequence.StandardKey.Close), QKeySequence(Qt.Key.Key_Escape)):
            QShortcut(key, self, self.close)

    # -- what the clerk does --------------------------------------------------------------

    def show_anchor(self, anchor: str) -> None:
        """Scroll to a section of the guide (its ``<a name=…>``); empty: the top."""
        url = QUrl.fromLocalFile(str(self.page))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def find(self, text: str) -> bool:
        """Select the next place ``text`` occurs, from the top again after the last one."""
        text = text.strip()
        self.not_found.clear()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, QTextDocument.FindFlag(0)):
            return True
        self.not_found.setText(self.tr("Not found"))
        return False

    def open_in_browser(self) -> bool:
        """Open the same local page in the system's web browser."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.page)))

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _follow(self, url: QUrl) -> None:
        if url.isRelative() or url.isLocalFile():
            self.browser.setSource(url)
            if url.hasFragment():
                self.browser.scrollToAnchor(url.fragment())
        else:
            QDesktopServices.openUrl(url)  # a web address: not inside the offline guide


def show_help(ctx: AppContext, parent: QWidget | None = None, anchor: str = "") -> HelpWindow:
    """Open the guide in the program's language, or bring the one already open to the front."""
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow)), None)
    if window is None:
        window = HelpWindow(ctx.language, parent)
    if anchor:
        window.show_anchor(anchor)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
