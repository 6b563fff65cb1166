"""Help → About / Diagnostics: what the program is, what it found here, a report for support."""

from __future__ import annotations

import platform
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__, diagnostics, logs, paths
from desktop.context import AppContext
from desktop.diagnostics import Check, Level
from desktop.ui.busy import busy

UrlOpener = Callable[[QUrl], bool]


class DiagnosticsDialog(QDialog):
    """About Kampagnen, the selftest's findings, and the diagnostic report for support.

    Args:
        ctx: The application context (settings and database).
        parent: The parent window.
        opener: Opens a folder in the file manager; QDesktopServices.openUrl unless a test
            passes its own.
        checks: Findings to show instead of running :func:`desktop.diagnostics.run_checks`.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        opener: UrlOpener | None = None,
        checks: list[Check] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open_url: UrlOpener = opener or QDesktopServices.openUrl
        self.setWindowTitle(self.tr("About Kampagnen / Diagnostics"))
        self.resize(720, 480)

        heading = QLabel(f"<b style='font-size:large'>{APP_NAME}</b> {__version__}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        purpose = QLabel(self.tr("Campaigns, target groups and mass mailings for office clerks."))
        purpose.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        versions = f"Python {platform.python_version()}, Qt {qVersion()}"
        self.folder_labels: dict[str, QLabel] = {}
        rows = [
            ("versions", self.tr("Versions:"), versions),
            ("database", self.tr("Database:"), ctx.db.display),
            ("settings", self.tr("Settings folder:"), str(paths.user_config_dir())),
            ("data", self.tr("Data folder:"), str(paths.user_data_dir())),
            ("logs", self.tr("Log folder:"), str(logs.log_folder())),
        ]
        for key, label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.folder_labels[key] = field
            form.addRow(label, field)

        checks_title = QLabel(self.tr("What was found on this workstation:"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("Check"), self.tr("Finding")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrow keys move in the list
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        checks_title.setBuddy(self.table)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setToolTip(
            self.tr("Copies a report for support: versions, folders, database, findings and the end of the log.")
        )
        self.open_logs_button = QPushButton(self.tr("Open &log folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_report)
        self.open_logs_button.clicked.connect(self.open_log_folder)
        self.copy_button.setAutoDefault(False)
        self.open_logs_button.setAutoDefault(False)
        self.close_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(checks_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        if checks is None:
            with busy():
                checks = diagnostics.run_checks(ctx.settings, ctx.db)
        self.checks = checks
        self._fill(checks)
        self.table.setFocus()

    def _level_text(self, level: Level) -> str:
        return {
            Level.OK: QCoreApplication.translate("Selftest", "OK"),
            Level.WARNING: QCoreApplication.translate("Selftest", "WARNING"),
            Level.ERROR: QCoreApplication.translate("Selftest", "ERROR"),
        }[level]

    def _level_icon(self, level: Level) -> QIcon:
        pixmap = {
            Level.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
            Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        }[level]
        return self.style().standardIcon(pixmap)

    def _fill(self, checks: list[Check]) -> None:
        self.table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            result = QTableWidgetItem(self._level_icon(check.level), self._level_text(check.level))
            if check.level is Level.ERROR:
                result.setForeground(Qt.GlobalColor.darkRed)
            elif check.level is Level.WARNING:
                result.setForeground(Qt.GlobalColor.darkYellow)
            finding = QTableWidgetItem(check.text)
            finding.setToolTip(check.text)
            for column, item in enumerate((result, QTableWidgetItem(check.label), finding)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if checks:
            self.table.setCurrentCell(0, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Wrapped findings need their rows re-measured once the column width changed.
        self.table.resizeRowsToContents()

    def copy_report(self) -> None:
        """Put the diagnostic report on the clipboard and say so."""
        with busy():
            text = diagnostics.report(self.ctx.settings, self.ctx.db, self.checks)
        QGuiApplication.clipboard().setText(text)
        self.status.setText(
            self.tr("The report is on the clipboard. Paste it into your e-mail or ticket to support.")
        )

    def open_log_folder(self) -> None:
        folder = logs.log_folder()
        if self._open_url(QUrl.fromLocalFile(str(folder))):
            self.status.setText("")
            return
        self.status.setText(self.tr("The log folder could not be opened. It is {folder}").format(folder=folder))
