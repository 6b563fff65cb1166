"""*Massendruck*: choose template, sender and output, look at the first letter, start."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from desktop import paths
from desktop.campaigns import actions
from desktop.context import AppContext
from desktop.db.models import ActionMember
from desktop.delivery.printers import available_printers, default_printer
from desktop.merge import run_plan, templates
from desktop.merge.mass_print import LETTERS, PDF, PRINT, Order, pipeline_for
from desktop.merge.pdf import ConverterMissing, PdfPipeline
from desktop.merge.preview import first_letters
from desktop.merge.template import TemplateScan
from desktop.ui.accessible import name_after
from desktop.ui.labels import format_datetime, format_money
from desktop.ui.template_check_dialog import TemplateCheckDialog
from desktop.ui.worker import Worker

SAMPLES = paths.resources_dir() / "templates"


class MassPrintDialog(QDialog):
    """The settings of a mass run of one action and a preview of its first letter.

    ``order()`` is what the clerk chose once the dialog was accepted with *Start* or
    *Fortsetzen*; the caller runs it (see :mod:`desktop.ui.mass_print_run`).
    """

    def __init__(self, ctx: AppContext, action_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id = action_id
        self.resume = False
        self._preview_worker: Worker | None = None
        with ctx.db.session() as session:
            self.action = actions.load(session, action_id)
            senders = actions.senders(session, self.action.sender_id if self.action else None)
            self.letters = session.scalar(select(func.count()).where(
                ActionMember.action_id == action_id, ActionMember.linked, ActionMember.exclusion_reason == "")) or 0
            self.unfinished = run_plan.unfinished(session.connection(), action_id)
        self.setWindowTitle(self.tr("Mass print: {name}").format(name=self.action.name if self.action else ""))
        self._template_widgets()
        self.sender = QComboBox(self)
        self.sender.addItem(self.tr("(as set on the action)"), None)
        for id_, name in senders:
            self.sender.addItem(name, id_)
        browse, browse_folder = self._output_widgets()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.preview = QPdfView(self)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.preview.setMinimumSize(360, 480)
        self.document = QPdfDocument(self)
        self.preview.setDocument(self.document)
        self.preview_label = QLabel(self.tr("Preparing the preview of the first letters…"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.resume_button = self.buttons.addButton(self.tr("C&ontinue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.resume_button.setVisible(self.unfinished is not None)
        self._layout(browse, browse_folder)
        self.buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(self.accept)
        self.resume_button.clicked.connect(self._resume)
        browse.clicked.connect(self._choose_pdf)
        browse_folder.clicked.connect(self._choose_folder)
        self.template.activated.connect(self._template_chosen)
        self.template.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.check_details.clicked.connect(self._show_check)
        self.sender.currentIndexChanged.connect(lambda _i: self._show_preview())
        self._check_template()
        QTimer.singleShot(0, self._show_preview)

    def _template_widgets(self) -> None:
        """The template list (imported, samples, another file) and its check."""
        self.template = QComboBox(self)
        self._revisions: dict[str, int] = {}
        for row in templates.list_templates(self.ctx.db):
            self._revisions[f"id:{row.id}"] = row.revision
            self.template.addItem(self.tr("{name} (version {revision})").format(name=row.name, revision=row.revision),
                                  f"id:{row.id}")
        for path in sorted(SAMPLES.glob("*.docx")):
            self.template.addItem(self.tr("{name} (sample)").format(name=path.stem.replace("_", " ")), f"file:{path}")
        self.template.addItem(self.tr("Other Word file…"), "")
        last = self.ctx.settings.get("last_mass_print_template")
        self.template.setCurrentIndex(max(0, self.template.findData(last)) if last else 0)
        self.check_label = QLabel(self)
        self.check_label.setWordWrap(True)
        self.check_details = QPushButton(self.tr("&Details…"), self)
        self._checked: TemplateScan | None = None

    def _output_widgets(self) -> tuple[QPushButton, QPushButton]:
        """Printer, one PDF or a PDF per letter, as last chosen; the two browse buttons."""
        self.to_printer = QRadioButton(self.tr("&Print on"), self)
        self.printer = QComboBox(self)
        printers = available_printers()
        self.printer.addItems(printers)
        self.printer.setCurrentText(self.ctx.settings.get("last_printer") or default_printer())
        self.copies = QSpinBox(self, minimum=1, maximum=99, value=1)
        self.duplex = QCheckBox(self.tr("&Both sides"), self)
        self.to_pdf = QRadioButton(self.tr("Only save as one PDF fi&le"), self)
        self.pdf_path = QLineEdit(self)
        browse = QPushButton(self.tr("&Choose…"), self)
        self.to_letters = QRadioButton(self.tr("One PDF per letter in the &folder"), self)
        self.letters_folder = QLineEdit(self)
        browse_folder = QPushButton(self.tr("C&hoose…"), self)
        self.to_printer.setEnabled(bool(printers))
        last_output = self.ctx.settings.get("last_mass_print_output")
        chosen = {PRINT: self.to_printer, PDF: self.to_pdf, LETTERS: self.to_letters}.get(last_output)
        if chosen is None or (chosen is self.to_printer and not printers):
            chosen = self.to_printer if printers else self.to_pdf
        chosen.setChecked(True)
        folder = Path(self.ctx.settings.get("last_export_folder") or Path.home())
        self.pdf_path.setText(str(folder / f"{self._label()}.pdf"))
        self.letters_folder.setText(str(folder / self._label()))
        return browse, browse_folder

    def _layout(self, browse: QPushButton, browse_folder: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        check = QHBoxLayout()
        check.addWidget(self.check_label, 1)
        check.addWidget(self.check_details)
        form.addRow("", check)
        form.addRow(self.tr("S&ender:"), self.sender)
        printing = QHBoxLayout()
        printing.addWidget(self.printer, 1)
        copies = QLabel(self.tr("Copies:"), self)
        copies.setBuddy(self.copies)
        printing.addWidget(copies)
        printing.addWidget(self.copies)
        printing.addWidget(self.duplex)
        form.addRow(self.to_printer, printing)
        pdf = QHBoxLayout()
        pdf.addWidget(self.pdf_path, 1)
        pdf.addWidget(browse)
        form.addRow(self.to_pdf, pdf)
        folder = QHBoxLayout()
        folder.addWidget(self.letters_folder, 1)
        folder.addWidget(browse_folder)
        form.addRow(self.to_letters, folder)
        name_after(self.printer, self.to_printer)
        name_after(self.pdf_path, self.to_pdf)
        name_after(self.letters_folder, self.to_letters)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.summary)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def _label(self) -> str:
        return f"Aktion-{self.action_id}" if self.action is None else f"{self.action.name}".replace("/", "-")

    def _update_summary(self) -> None:
        if self.action is None:
            return
        costs = Decimal(self.letters) * self.action.cost_per_contact + self.action.fixed_cost
        text = self.tr("%n letter(s) to linked members; estimated costs {costs}.", "", self.letters).format(
            costs=format_money(costs))
        if self.unfinished is not None:
            text += "\n" + self.tr(
                "A run started by {who} on {when} stopped after {done} of {total} letters. "
                "“Continue” finishes it without writing any letter twice.").format(
                who=self.unfinished.started_by or "?", when=format_datetime(self.unfinished.started_at),
                done=self.unfinished.done, total=self.unfinished.total)
        self.summary.setText(text)
        usable = self._checked is not None and self._checked.ok
        self.start_button.setEnabled(self.letters > 0 and usable)

    def _template_option(self) -> dict[str, object]:
        """The chosen template as the run takes it: ``template_id`` or ``template_file``."""
        kind, _, value = (self.template.currentData() or "").partition(":")
        return {"template_id": int(value)} if kind == "id" else {"template_file": value}

    def _template_changed(self) -> None:
        self._check_template()
        self._show_preview()

    def _check_template(self) -> None:
        """Check the chosen template again, as a run would: errors keep *Start* disabled."""
        option = self._template_option()
        self._checked = None
        try:
            if "template_id" in option:
                self._checked = templates.check(self.ctx.db, int(option["template_id"]))
            elif option["template_file"]:
                self._checked = templates.check_bytes(Path(str(option["template_file"])).read_bytes())
        except (OSError, templates.TemplateNotFound) as exc:
            self.check_label.setText(self.tr("The template cannot be read: {reason}").format(reason=exc))
        checked = self._checked
        if checked is not None:
            errors = sum(p.severity == "error" for p in checked.problems)
            notes = len(checked.problems) - errors
            if errors:
                text = self.tr("The template has %n error(s) that would spoil the letters: "
                               "correct it in Word first.", "", errors)
            elif notes:
                text = self.tr("The template is usable; have a look at its notes (%n).", "", notes)
            else:
                text = self.tr("Template checked: every field is known.")
            self.check_label.setText(text)
        self.check_details.setEnabled(bool(checked and checked.problems))
        self._update_summary()

    def _show_check(self) -> None:
        if self._checked is not None:
            revision = self._revisions.get(self.template.currentData() or "", 1)
            TemplateCheckDialog(self.template.currentText(), revision, self._checked, self).exec()

    def _template_chosen(self, index: int) -> None:
        if self.template.itemData(index):
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Word template"), str(Path.home()),
                                                    self.tr("Word documents (*.docx *.dotx)"))
        if path:
            self.template.insertItem(index, Path(path).name, f"file:{path}")
            self.template.setCurrentIndex(index)
        else:
            self.template.setCurrentIndex(0)

    def _choose_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save letters as PDF"), self.pdf_path.text(),
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.pdf_path.setText(path)
            self.to_pdf.setChecked(True)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"), self.letters_folder.text())
        if path:
            self.letters_folder.setText(path)
            self.to_letters.setChecked(True)

    def done(self, result: int) -> None:  # noqa: D102 - a preview still converting is let go
        worker, self._preview_worker = self._preview_worker, None
        if worker is not None:
            worker.cancel()
            for signal in (worker.signals.succeeded, worker.signals.failed):
                signal.disconnect()
        super().done(result)

    def _resume(self) -> None:
        self.resume = True
        self.accept()

    def output(self) -> str:
        """What the clerk chose: print, one PDF file, or a PDF per letter."""
        return PRINT if self.to_printer.isChecked() else LETTERS if self.to_letters.isChecked() else PDF

    def options(self) -> dict[str, object]:
        output = self.output()
        return {**self._template_option(), "sender_id": self.sender.currentData(), "output": output,
                "printer": self.printer.currentText() if output == PRINT else "", "copies": self.copies.value(),
                "duplex": self.duplex.isChecked(), "folder": self.letters_folder.text() if output == LETTERS else ""}

    def order(self) -> Order:
        output = self.output()
        self.ctx.settings.set("last_mass_print_output", output)
        self.ctx.settings.set("last_mass_print_template", self.template.currentData() or "")
        if output == PRINT:
            self.ctx.settings.set("last_printer", self.printer.currentText())
        combined = Path(self.pdf_path.text())
        return Order(self.options(), combined, resume=self.resume)

    def pipeline(self) -> PdfPipeline:
        return pipeline_for(self.ctx.settings)

    # -- preview ------------------------------------------------------------------------

    def _show_preview(self) -> None:
        if not self.template.currentData() or self.action is None or not self.isVisible():
            return  # (not visible: closed before its event loop ran)
        try:
            pipeline = self.pipeline()
        except ConverterMissing:
            self.preview_label.setText(self.tr(
                "No preview: LibreOffice was not found. Install LibreOffice (or Microsoft Word) to print letters."))
            self.start_button.setEnabled(False)
            return
        self.preview_label.setText(self.tr("Preparing the preview of the first letters…"))
        worker = Worker(first_letters, self.ctx.db, self.action_id,
                        {**self._template_option(), "sender_id": self.sender.currentData()}, pipeline, dt.date.today())
        worker.signals.succeeded.connect(lambda pdf, w=worker: self._preview_ready(w, pdf))
        worker.signals.failed.connect(lambda exc, w=worker: self._preview_failed(w, exc))
        self._preview_worker = worker
        worker.start()

    def _preview_ready(self, worker: Worker, pdf: bytes | None) -> None:
        if worker is not self._preview_worker:
            return  # an older preview; the clerk chose another template meanwhile
        if pdf is None:
            self.preview_label.setText(self.tr("No linked member: nothing to preview."))
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.preview_label.setText(self.tr("The first letters, as they will be printed:"))

    def _preview_failed(self, worker: Worker, exc: BaseException) -> None:
        if worker is self._preview_worker:
            self.preview_label.setText(self.tr("No preview: {reason}").format(reason=exc))
