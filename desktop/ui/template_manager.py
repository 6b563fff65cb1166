"""Letter templates (*Vorlagen*): import, check, edit in Word, read in again, versions, delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop import paths
from desktop.context import AppContext
from desktop.db.errors import ConcurrentEditError
from desktop.merge import template_files, templates
from desktop.merge.template import TemplateScan
from desktop.template_texts import file_error_text, in_use_text
from desktop.ui import messages
from desktop.ui.busy import busy
from desktop.ui.labels import format_datetime
from desktop.ui.tables import button_row, pick_list
from desktop.ui.template_check_dialog import TemplateCheckDialog
from desktop.ui.template_versions_dialog import TemplateVersionsDialog
from desktop.ui.worker import Worker

PROBLEMS = 5  # the column of the number of findings


def edit_folder() -> Path:
    """Where templates are written for editing in Word."""
    return paths.user_data_dir() / "templates"


class TemplateManager(QDialog):
    """The letter templates of the database and what a clerk does with them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = edit_folder()
        self.setWindowTitle(self.tr("Letter templates"))
        self.table = pick_list(self, [self.tr("Name"), self.tr("Language"), self.tr("Version"), self.tr("Imported"),
                                      self.tr("By"), self.tr("Problems")])
        self.table.setAccessibleName(self.tr("Letter templates"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.edit_button = QPushButton(self.tr("&Edit in Word"), self)
        self.reimport_button = QPushButton(self.tr("&Read in again…"), self)
        self.versions_button = QPushButton(self.tr("&Versions…"), self)
        self.check_button = QPushButton(self.tr("C&heck"), self)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.check_button.setDefault(True)  # Enter on the list checks the chosen template
        self._layout()
        self.import_button.clicked.connect(self.import_file)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reimport_button.clicked.connect(self.reimport_selected)
        self.versions_button.clicked.connect(self.show_versions)
        self.check_button.clicked.connect(self.check_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self.check_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)
        self.rows: list[templates.TemplateRow] = []
        self.checks: dict[int, TemplateScan] = {}
        self._checking: Worker | None = None
        self._offering = False
        self.check_dialog: TemplateCheckDialog | None = None
        geometry = ctx.settings.get("template_manager_geometry")
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            self.resize(860, 440)
        self.reload()

    def _layout(self) -> None:
        buttons = button_row(self, [self.import_button, self.edit_button, self.reimport_button,
                                    self.versions_button, self.check_button, self.delete_button])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # -- the list -------------------------------------------------------------------------

    def reload(self, select_id: int = 0) -> None:
        """Read the templates again and check them in the background."""
        current = self._current()
        select_id = select_id or (current.id if current else 0)
        try:
            self.rows = templates.list_templates(self.ctx.db)
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        languages = {"de": self.tr("German"), "nl": self.tr("Dutch"), "en": self.tr("English")}
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            cells = [row.name, languages.get(row.language, row.language), str(row.revision),
                     format_datetime(row.imported_at), row.imported_by, "…"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0 and row.description:
                    item.setToolTip(row.description)
                self.table.setItem(number, column, item)
            if row.id == select_id:
                self.table.selectRow(number)
        if not self._current() and self.rows:
            self.table.selectRow(0)
        self._update_buttons()
        self._check_all()

    def _check_all(self) -> None:
        if self._checking is not None:
            self._checking.cancel()
        self._checking = Worker(templates.check_all, self.ctx.db, [row.id for row in self.rows])
        # A bound method: Qt drops the connection when the dialog is gone before the check.
        self._checking.signals.succeeded.connect(self._checked)
        self._checking.start()

    def _checked(self, found: dict[int, TemplateScan]) -> None:
        if self._checking is None or self.sender() is not self._checking.signals:
            return  # a reload started a newer check
        self.checks = found
        style = self.style()
        for number, row in enumerate(self.rows):
            checked = found.get(row.id)
            item = self.table.item(number, PROBLEMS)
            if checked is None or item is None:
                continue
            errors = sum(1 for p in checked.problems if p.severity == "error")
            item.setText(str(len(checked.problems)) if checked.problems else self.tr("none"))
            if checked.problems:
                icon = QStyle.StandardPixmap.SP_MessageBoxCritical if errors else QStyle.StandardPixmap.SP_MessageBoxWarning
                item.setIcon(style.standardIcon(icon))
                item.setToolTip(self.tr("Errors: {errors}, notes: {notes}. Check shows them.").format(
                    errors=errors, notes=len(checked.problems) - errors))

    def _current(self) -> templates.TemplateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        has = self._current() is not None
        for button in (self.edit_button, self.reimport_button, self.versions_button, self.check_button,
                       self.delete_button):
            button.setEnabled(has)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- import ---------------------------------------------------------------------------

    def import_file(self) -> None:
        folder = self.ctx.settings.get("last_template_folder") or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import letter template"), folder,
            self.tr("Word documents (*.docx *.docm *.dotx *.dotm);;All files (*)"))
        if not chosen:
            return
        path = Path(chosen)
        self.ctx.settings.set("last_template_folder", str(path.parent))
        name = templates.default_name(path)
        while True:
            try:
                with busy():
                    result = templates.import_template(self.ctx.db, path, name=name)
            except templates.NameTaken:
                name, ok = QInputDialog.getText(
                    self, self.tr("Import letter template"),
                    self.tr("A template named “{name}” exists already. Name of the new template:").format(name=name),
                    text=self.tr("{name} (new)").format(name=name))
                if not ok or not name.strip():
                    return
                continue
            except templates.TemplateFileError as exc:
                QMessageBox.warning(self, self.tr("Import letter template"), file_error_text(exc))
                return
            except SQLAlchemyError as exc:
                messages.database_error(self, exc, self.ctx.db.display)
                return
            break
        self.reload(result.template_id)
        self._report(result, self.tr("“{name}” imported as version 1.").format(name=result.name))

    def _report(self, result: templates.ImportResult, done: str) -> None:
        """Say what was stored; findings are shown at once, so the clerk can fix them in Word."""
        if result.scan.problems:
            self._say(done + " " + self.tr("The check found something; see the list."))
            self._show_check(result.name, result.revision, result.scan)
        else:
            self._say(done + " " + self.tr("The check found no problems."))

    # -- editing in Word ------------------------------------------------------------------

    def edit_selected(self) -> None:
        row = self._current()
        if row is None:
            return
        try:
            path = template_files.export_for_editing(self.ctx.db, row.id, self.folder)
        except template_files.EditsNotReadIn as exc:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Edit in Word"), self.tr(
                "The file {file} holds changes that were not read in yet.").format(file=exc.path), parent=self)
            box.setInformativeText(self.tr("Go on editing them, or start again from the current version "
                                           "(the changes in the file are lost)?"))
            keep = box.addButton(self.tr("&Go on editing"), QMessageBox.ButtonRole.AcceptRole)
            fresh = box.addButton(self.tr("&Start again"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(keep)
            box.exec()
            if box.clickedButton() is fresh:
                path = self._export(row, overwrite=True)
            elif box.clickedButton() is keep:
                path = exc.path
            else:
                return
        except OSError as exc:
            self._cannot_write(exc)
            return
        except templates.TemplateNotFound:
            self._gone()
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        if path is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(self, self.tr("Edit in Word"), self.tr(
                "No program for Word documents was found. Open the file yourself: {file}").format(file=path))
        self._say(self.tr("“{name}” is open in Word as {file}. Save it there; back here, Kampagnen offers to read "
                          "it in.").format(name=row.name, file=path))

    def _export(self, row: templates.TemplateRow, overwrite: bool) -> Path | None:
        try:
            return template_files.export_for_editing(self.ctx.db, row.id, self.folder, overwrite=overwrite)
        except OSError as exc:
            self._cannot_write(exc)
            return None

    def _cannot_write(self, exc: OSError) -> None:
        QMessageBox.warning(self, self.tr("Edit in Word"), self.tr(
            "The file {file} cannot be written. Is it open in Word? Close it there and try again.").format(
            file=exc.filename or self.folder))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self._offering:
            # After the message boxes and the event in progress: back from Word.
            QTimer.singleShot(0, self.offer_edited)

    def offer_edited(self) -> None:
        """Files saved in Word since they were written: offer to read each in."""
        if self._offering:
            return
        self._offering = True
        try:
            edited = template_files.edited_exports(self.folder)
            for row in [r for r in self.rows if r.id in edited]:
                answer = QMessageBox.question(
                    self, self.tr("Read in changes"),
                    self.tr("“{name}” was changed in Word ({file}). Read in the changes as a new version?").format(
                        name=row.name, file=edited[row.id]),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
                if answer == QMessageBox.StandardButton.Yes:
                    self._reimport(row, edited[row.id])
                # Asked again once saved again, also when the file was refused: not at every return.
                template_files.mark_read(self.folder, row.id)
        finally:
            self._offering = False

    # -- re-import, versions, check, delete -------------------------------------------

    def reimport_selected(self) -> None:
        row = self._current()
        if row is None:
            return
        exported = template_files.exported_file(self.folder, row.id)
        start = exported or Path(self.ctx.settings.get("last_template_folder") or Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Read in “{name}” again").format(name=row.name), str(start),
            self.tr("Word documents (*.docx *.docm *.dotx *.dotm);;All files (*)"))
        if chosen:
            self._reimport(row, Path(chosen))

    def _reimport(self, row: templates.TemplateRow, path: Path, over_other: bool = False) -> None:
        """Read ``path`` in as the next version; ``over_other``: even if another clerk did in between."""
        try:
            with busy():
                result = templates.reimport(self.ctx.db, row.id, path, None if over_other else row.row_version)
        except templates.TemplateFileError as exc:
            QMessageBox.warning(self, self.tr("Read in template"), file_error_text(exc))
            return
        except ConcurrentEditError as exc:
            if exc.deleted:
                self._gone()
                return
            answer = QMessageBox.question(
                self, self.tr("Read in template"),
                self.tr("{who} read in a new version of “{name}” at {when}. Read in yours as the newest version "
                        "anyway? The other one stays in the versions.").format(
                    who=exc.updated_by or self.tr("Another user"), name=row.name, when=format_datetime(exc.updated_at)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Yes:
                self._reimport(row, path, over_other=True)
            else:
                self.reload()
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        if path == template_files.exported_file(self.folder, row.id):
            template_files.mark_read(self.folder, row.id)
        self.reload(row.id)
        if result.unchanged:
            self._say(self.tr("{file} holds the current version {revision} of “{name}”; nothing was changed.").format(
                file=path.name, revision=result.revision, name=row.name))
            return
        self._report(result, self.tr("“{name}” read in as version {revision}.").format(
            name=row.name, revision=result.revision))

    def show_versions(self) -> None:
        row = self._current()
        if row is None:
            return
        dialog = TemplateVersionsDialog(self.ctx, row, self)
        dialog.exec()
        restored = dialog.restored
        dialog.deleteLater()
        self.reload(row.id)
        if restored is not None and not restored.unchanged:
            self._say(self.tr("An earlier version of “{name}” is current again, as version {revision}.").format(
                name=row.name, revision=restored.revision))

    def check_selected(self) -> None:
        row = self._current()
        if row is None:
            return
        try:
            with busy():
                checked = templates.check(self.ctx.db, row.id)
        except templates.TemplateNotFound:
            self._gone()
            return
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        self._show_check(row.name, row.revision, checked)

    def _show_check(self, name: str, revision: int, checked: TemplateScan) -> None:
        if self.check_dialog is not None:
            self.check_dialog.close()
            self.check_dialog.deleteLater()
        self.check_dialog = TemplateCheckDialog(name, revision, checked, self)
        self.check_dialog.open()

    def delete_selected(self) -> None:
        row = self._current()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete the template “{name}” with all its versions? Letters written with it stay in the "
                    "archive. This cannot be undone.").format(name=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            templates.delete_template(self.ctx.db, row.id, row.row_version)
        except templates.TemplateInUse as exc:
            QMessageBox.warning(self, self.tr("Delete template"), in_use_text(row.name, exc))
            return
        except ConcurrentEditError:
            QMessageBox.warning(self, self.tr("Delete template"), self.tr(
                "Another user changed or deleted the template in the meantime; it was not deleted."))
        except SQLAlchemyError as exc:
            messages.database_error(self, exc, self.ctx.db.display)
            return
        else:
            template_files.forget_export(self.folder, row.id)
            self._say(self.tr("“{name}” was deleted.").format(name=row.name))
        self.reload()

    def _gone(self) -> None:
        QMessageBox.warning(self, self.tr("Letter templates"), self.tr("The template was deleted by another user."))
        self.reload()

    # -- closing --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self._checking is not None:
            self._checking.cancel()
        self._save_geometry()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        super().closeEvent(event)

    def _save_geometry(self) -> None:
        self.ctx.settings.set("template_manager_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self.ctx.settings.save()

