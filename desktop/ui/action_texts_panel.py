"""The e-mail or SMS text of an action, with merge fields, as a page of the action dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.campaigns.actions import ActionData
from desktop.db.models import Channel
from desktop.delivery.sms_text import GSM_7, LIMITS, check_text
from desktop.merge.fields import FIELDS

_ERROR_STYLE = "color: #b00020;"  # as the query dialog's condition errors
_TEXT_LINES = 6  # visible lines of a text box: room to read, the dialog still fits a laptop


class ActionTextsPanel(QWidget):
    """The texts of an e-mail action (bodies, attachment, Reply-To) or of an SMS action.

    The subject is not here: it is the action's subject line, which the dialog places in
    :attr:`mail_form` (row 0) while the channel is e-mail.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget(self)
        self.mail_page = QWidget(self.stack)
        self.sms_page = QWidget(self.stack)
        self.stack.addWidget(self.mail_page)
        self.stack.addWidget(self.sms_page)
        self._build_mail_page()
        self._build_sms_page()
        self.insert_button = QToolButton(self)
        self.insert_button.setText(self.tr("Insert &field"))
        self.insert_button.setToolTip(self.tr("Puts the chosen field at the cursor of the text you are writing."))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.field_menu = QMenu(self.insert_button)
        for field in FIELDS:
            description = QCoreApplication.translate("MergeFields", field.description)
            action = self.field_menu.addAction(f"{field.name} – {description}")
            action.setData(field.name)
        self.field_menu.triggered.connect(lambda action: self.insert_field(action.data()))
        self.insert_button.setMenu(self.field_menu)
        intro = QLabel(self.tr("Fields such as {example} are filled in for each contact.").format(
            example="{{ Vorname }}"), self)
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        # Where "Insert field" writes: the text box the clerk was in last, on the page shown.
        self._target: QWidget | None = None
        for widget in (self.mail_text, self.mail_html, self.sms_text):  # not Reply-To: no fields there
            widget.installEventFilter(self)

    def _text_box(self, parent: QWidget) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setTabChangesFocus(True)  # a tab character in an e-mail is never meant
        box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        box.setMinimumHeight(box.fontMetrics().lineSpacing() * _TEXT_LINES)
        return box

    def _hint(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        return label

    def _build_mail_page(self) -> None:
        page = self.mail_page
        self.mail_form = QFormLayout(page)
        self.mail_form.setContentsMargins(0, 0, 0, 0)
        self.mail_text = self._text_box(page)
        self.mail_html = self._text_box(page)
        self.mail_html.setPlaceholderText("<p>{{ Briefanrede }}</p>")
        self.html_hint = self._hint(self.tr("Optional. When it is empty, the e-mail is sent as plain text only."),
                                    page)
        self.attach_letter = QCheckBox(self.tr("&Attach the personal letter as PDF"), page)
        self.attach_hint = self._hint(self.tr("The letter is merged from the action's template: choose one on "
                                              "the page “Action”."), page)
        self.attach_hint.setStyleSheet(_ERROR_STYLE)
        self.reply_to = QLineEdit(page)
        self.reply_to.setMaxLength(254)
        self.reply_to.setPlaceholderText(self.tr("empty: replies go to the sender"))
        self.mail_form.addRow(self.tr("&Text:"), self.mail_text)
        self.mail_form.addRow(self.tr("&HTML:"), self.mail_html)
        self.mail_form.addRow("", self.html_hint)
        self.mail_form.addRow("", self.attach_letter)
        self.mail_form.addRow("", self.attach_hint)
        self.mail_form.addRow(self.tr("&Reply to:"), self.reply_to)
        self._template_chosen = False
        self.attach_letter.toggled.connect(self._show_attach_hint)
        self._show_attach_hint()

    def _build_sms_page(self) -> None:
        page = self.sms_page
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.sms_text = self._text_box(page)
        self.sms_counter = QLabel(page)
        self.sms_counter.setWordWrap(True)
        self.sms_note = self._hint(self.tr("Counted as written here: the fields make each SMS longer by "
                                           "their values."), page)
        form.addRow(self.tr("SMS &text:"), self.sms_text)
        form.addRow("", self.sms_counter)
        form.addRow("", self.sms_note)
        self.sms_text.textChanged.connect(self._count)
        self._count()

    # -- what the dialog calls -----------------------------------------------------------------

    def set_channel(self, channel: Channel) -> None:
        """Show the page of ``channel`` (the dialog hides the whole panel for other channels)."""
        self.stack.setCurrentWidget(self.sms_page if channel is Channel.SMS else self.mail_page)

    def set_template_chosen(self, chosen: bool) -> None:
        """Whether the action has a template, which attaching the letter needs."""
        self._template_chosen = chosen
        self._show_attach_hint()

    def fill(self, action: ActionData | None) -> None:
        action = action or ActionData(id=0, row_version=0, campaign_id=0, sequence=1, name="")
        self.mail_text.setPlainText(action.mail_text)
        self.mail_html.setPlainText(action.mail_html)
        self.attach_letter.setChecked(action.mail_attach_letter)
        self.reply_to.setText(action.reply_to)
        self.sms_text.setPlainText(action.sms_text)

    def values(self) -> dict[str, object]:
        """The entered texts as :class:`ActionData` fields (all channels': none is lost on a switch)."""
        return {
            "mail_text": self.mail_text.toPlainText(),
            "mail_html": self.mail_html.toPlainText(),
            "mail_attach_letter": self.attach_letter.isChecked(),
            "reply_to": self.reply_to.text().strip(),
            "sms_text": self.sms_text.toPlainText(),
        }

    def widget_for(self, field: str) -> QWidget | None:
        """The input of an :class:`ActionData` field, to put the cursor where a problem is."""
        return {"mail_text": self.mail_text, "mail_html": self.mail_html, "reply_to": self.reply_to,
                "sms_text": self.sms_text, "mail_attach_letter": self.attach_letter}.get(field)

    def add_insert_target(self, widget: QLineEdit) -> None:
        """Let "Insert field" write into ``widget`` too (the subject line of an e-mail)."""
        widget.installEventFilter(self)

    # -- inserting fields ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._target = watched
        return super().eventFilter(watched, event)

    def insert_field(self, name: str) -> None:
        """Write ``{{ name }}`` at the cursor of the text box the clerk is writing in."""
        target = self._target
        page = self.stack.currentWidget()
        if target is None or not page.isAncestorOf(target):
            target = self.sms_text if page is self.sms_page else self.mail_text
        tag = f"{{{{ {name} }}}}"
        if isinstance(target, QPlainTextEdit):
            target.insertPlainText(tag)
        elif isinstance(target, QLineEdit):
            target.insert(tag)
        target.setFocus()

    # -- hints ---------------------------------------------------------------------------------

    def _show_attach_hint(self) -> None:
        self.attach_hint.setVisible(self.attach_letter.isChecked() and not self._template_chosen)

    def _count(self) -> None:
        length = check_text(self.sms_text.toPlainText())
        if length.encoding == GSM_7:
            kind = self.tr("GSM-7")
        else:
            kind = self.tr("Unicode because of {characters}; without it {limit} characters fit in one SMS").format(
                characters=" ".join(f"‘{c}’" for c in length.unicode_characters[:5]), limit=LIMITS[GSM_7][0])
        self.sms_counter.setText(self.tr("{length} / {limit} characters, {parts} SMS ({kind})").format(
            length=length.length, limit=length.single_limit, parts=length.parts, kind=kind))
        self.sms_counter.setStyleSheet(_ERROR_STYLE if length.parts > 1 else "")
