"""What the check of a letter template found, each finding with its field and place in Word.

Shown after an import and on *Prüfen* in the template manager; the mass print can show it
before a run as well.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.merge.template import TemplateScan
from desktop.template_texts import problem_text


class TemplateCheckDialog(QDialog):
    """The findings of one template: errors first, then warnings, in the order of the file.

    Args:
        name: The template's name, for the title.
        revision: The version checked.
        checked: What :func:`desktop.merge.templates.check` found.
    """

    def __init__(self, name: str, revision: int, checked: TemplateScan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check of “{name}”").format(name=name))
        errors = [p for p in checked.problems if p.severity == "error"]
        warnings = [p for p in checked.problems if p.severity != "error"]
        if not checked.problems:
            summary = self.tr("Version {revision} has no problems: every field is known and can be merged.")
        elif errors:
            summary = self.tr("Version {revision} has errors that spoil letters (errors: {errors}, notes: "
                              "{warnings}). Correct the errors in Word and read the file in again.")
        else:
            summary = self.tr("Version {revision} can be used; have a look at the notes (notes: {warnings}).")
        self.summary = QLabel(summary.format(revision=revision, errors=len(errors), warnings=len(warnings)), self)
        self.summary.setWordWrap(True)
        self.findings = QListWidget(self)
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        style = self.style()
        for problems, icon, kind in ((errors, QStyle.StandardPixmap.SP_MessageBoxCritical, self.tr("Error")),
                                     (warnings, QStyle.StandardPixmap.SP_MessageBoxWarning, self.tr("Note"))):
            for problem in problems:
                item = QListWidgetItem(style.standardIcon(icon), problem_text(problem))
                item.setToolTip(kind)
                self.findings.addItem(item)
        used = sorted(checked.names())
        self.fields = QLabel(self.tr("Fields used: {fields}").format(fields=", ".join(used) if used else "–"), self)
        self.fields.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.findings.setVisible(bool(checked.problems))
        self.resize(720, 380 if checked.problems else 160)

    def texts(self) -> list[str]:
        """The findings as listed."""
        return [self.findings.item(n).text() for n in range(self.findings.count())]
