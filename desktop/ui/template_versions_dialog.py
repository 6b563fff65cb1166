"""The versions of a letter template, and making an earlier one current again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.merge import templates
from desktop.ui import messages
from desktop.ui.labels import format_datetime
from desktop.ui.tables import pick_list


class TemplateVersionsDialog(QDialog):
    """Every imported version of one template, newest first; *Wiederherstellen* makes one current.

    ``restored`` is the result of the restore, if the clerk made one.
    """

    def __init__(self, ctx: AppContext, template: templates.TemplateRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.restored: templates.ImportResult | None = None
        self.setWindowTitle(self.tr("Versions of “{name}”").format(name=template.name))
        self.table = pick_list(self, [self.tr("Version"), self.tr("Imported"), self.tr("By"), self.tr("File")], 3)
        self.table.setAccessibleName(self.tr("Versions"))
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Make this version the current one again (as a new version)"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.rows: list[templates.VersionRow] = []
        self.resize(620, 320)
        self.reload()

    def reload(self) -> None:
        try:
            self.rows = templates.versions(self.ctx.db, self.template.id)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            label = self.tr("{revision} (current)") if row.current else "{revision}"
            cells = [label.format(revision=row.revision), format_datetime(row.imported_at), row.imported_by,
                     row.filename]
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)
        self._update_button()

    def _current(self) -> templates.VersionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        chosen = self._current()
        self.restore_button.setEnabled(chosen is not None and not chosen.current)

    def restore_selected(self) -> None:
        chosen = self._current()
        if chosen is None or chosen.current:
            return
        row_version = self.restored.row_version if self.restored else self.template.row_version
        try:
            self.restored = templates.restore_version(self.ctx.db, self.template.id, chosen.revision, row_version)
        except ConcurrentEditError as exc:
            QMessageBox.warning(self, self.tr("Restore version"), self.tr(
                "The template was deleted by another user.") if exc.deleted else self.tr(
                "Another user read in a new version of the template meanwhile; nothing was restored. The list "
                "shows the versions now."))
            if exc.deleted:
                self.reject()
                return
            self.template = next((t for t in templates.list_templates(self.ctx.db) if t.id == self.template.id),
                                 self.template)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self.reload()
