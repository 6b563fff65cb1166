"""The settings dialog (*Einstellungen*): mail server, letters and PDF, language.

The SMTP password never goes into the settings file: OK stores it in the operating
system's keyring, and an empty password field keeps the stored one. *Testmail an mich
senden* uses what is in the dialog right now, before anything is saved.
"""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import keyring.errors
from PySide6.QtCore import QByteArray, QMargins, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.db import secrets
from desktop.delivery import smtp_client
from desktop.delivery.mail_check import address_error
from desktop.delivery.smtp_client import SmtpSettings, send_test_mail
from desktop.mail_texts import build_test_mail, failure_text
from desktop.ui.accessible import label_field_in_row
from desktop.ui.worker import Worker

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
TEST_TIMEOUT = 20.0  # seconds; the clerk is waiting for the answer


def _send(settings: SmtpSettings, message: EmailMessage, *, progress: Any, cancel: Any) -> None:
    # The worker's job signature; sending one e-mail has neither progress nor a way to stop.
    send_test_mail(settings, message)


def _combo(parent: QWidget, items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox(parent)
    for value, text in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _spin(parent: QWidget, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(max(low, min(high, value)))
    return spin


class SettingsDialog(QDialog):
    """Edits :class:`desktop.settings.Settings` and the SMTP password in the keyring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        s = ctx.settings
        # The login the stored password belongs to, as it was when the dialog opened.
        self._stored_account = (s.get("smtp_host"), s.get("smtp_port"), s.get("smtp_user"))
        self._stored_password = smtp_client.get_password(*self._stored_account) if s.get("smtp_user") else None
        self._sending: Worker | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._mail_tab(), self.tr("E-mail"))
        self.tabs.addTab(self._letters_tab(), self.tr("Letters and PDF"))
        self.tabs.addTab(self._language_tab(), self.tr("Language"))
        self.host_edit.setFocus()  # the first field rather than the tabs above it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        geometry = s.get("settings_dialog_geometry")
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii"))):
            # Room for German and Dutch texts, which run longer than the English source.
            self.resize(self.sizeHint().grownBy(QMargins(0, 0, 120, 0)))

    # -- the tabs ---------------------------------------------------------------------------

    def _mail_tab(self) -> QWidget:
        s = self.ctx.settings
        page = QWidget(self)
        self.host_edit = QLineEdit(s.get("smtp_host"), page)
        self.host_edit.setPlaceholderText(self.tr("e.g. smtp.example.com; empty: no e-mail"))
        self.security_combo = _combo(page, [
            ("starttls", self.tr("STARTTLS (usually port 587)")),
            ("ssl", self.tr("SSL/TLS (usually port 465)")),
            ("none", self.tr("None, unencrypted (port 25)")),
        ], s.get("smtp_security"))
        self._security = self.security_combo.currentData()
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.port_edit = QLineEdit(str(s.get("smtp_port")), page)
        self.port_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), self.port_edit))
        self.port_edit.setMaximumWidth(self.port_edit.fontMetrics().horizontalAdvance("0") * 8 + 16)
        self.user_edit = QLineEdit(s.get("smtp_user"), page)
        self.user_edit.setPlaceholderText(self.tr("empty: the server needs no login"))
        self.password_edit = QLineEdit(page)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_hint = QLabel(self._password_hint(), page)
        self.password_hint.setWordWrap(True)
        self.from_edit = QLineEdit(s.get("mail_from"), page)
        self.from_edit.setPlaceholderText(self.tr("name@example.com"))
        from_hint = QLabel(self.tr("Used for actions whose employee has no e-mail address."), page)
        from_hint.setWordWrap(True)
        self.per_minute_spin = _spin(page, 0, 100_000, s.get("mail_per_minute"))
        self.per_minute_spin.setSpecialValueText(self.tr("no limit"))
        self.per_connection_spin = _spin(page, 1, 100_000, s.get("mail_per_connection"))
        form = QFormLayout(page)
        form.addRow(self.tr("Mail &server:"), self.host_edit)
        form.addRow(self.tr("S&ecurity:"), self.security_combo)
        form.addRow(self.tr("&Port:"), self.port_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.password_hint)
        form.addRow(self.tr("Sender &address:"), self.from_edit)
        form.addRow("", from_hint)
        form.addRow(self.tr("E-mails per &minute:"), self.per_minute_spin)
        form.addRow(self.tr("E-mails per &connection:"), self.per_connection_spin)
        form.addRow(self._test_row(page))
        return page

    def _test_row(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        self.test_to_edit = QLineEdit(self._my_address(), box)
        self.test_to_edit.setPlaceholderText(self.tr("your e-mail address"))
        self.test_button = QPushButton(self.tr("Send &test e-mail to me"), box)
        self.test_button.setAutoDefault(False)  # Enter in a field means OK, not a test e-mail
        self.test_button.clicked.connect(self.send_test_mail)
        self.busy = QProgressBar(box)
        self.busy.setRange(0, 0)  # no steps to count: a busy bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(80)
        self.busy.hide()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(QLabel(self.tr("Test e-mail t&o:"), box))
        row.itemAt(0).widget().setBuddy(self.test_to_edit)
        row.addWidget(self.test_to_edit, 1)
        row.addWidget(self.test_button)
        row.addWidget(self.busy)
        return box

    def _letters_tab(self) -> QWidget:
        s = self.ctx.settings
        page = QWidget(self)
        self.converter_combo = _combo(page, [
            ("auto", self.tr("Automatic: Word where installed, otherwise LibreOffice")),
            ("word", self.tr("Microsoft Word")),
            ("libreoffice", self.tr("LibreOffice")),
        ], s.get("pdf_converter"))
        self.libreoffice_edit = QLineEdit(s.get("libreoffice_path"), page)
        self.libreoffice_edit.setPlaceholderText(self.tr("empty: found by itself"))
        browse = QPushButton(self.tr("&Browse…"), page)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse_libreoffice)
        path_row = QWidget(page)  # a widget, not a layout: its label's mnemonic needs a buddy
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.libreoffice_edit, 1)
        path_layout.addWidget(browse)
        self.chunk_spin = _spin(page, 1, 10_000, s.get("letters_per_chunk"))
        chunk_hint = QLabel(self.tr("Letters LibreOffice turns into PDF as one document in a mass print. "
                                    "Fewer use less memory, more are faster."), page)
        chunk_hint.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.tr("PDF &converter:"), self.converter_combo)
        form.addRow(self.tr("&LibreOffice program:"), path_row)
        label_field_in_row(form, path_row, self.libreoffice_edit)
        form.addRow(self.tr("Letters per &document:"), self.chunk_spin)
        form.addRow("", chunk_hint)
        return page

    def _language_tab(self) -> QWidget:
        page = QWidget(self)
        # Each language is named in itself, so a clerk finds theirs whatever is shown now.
        self.language_combo = _combo(page, [
            ("system", self.tr("As the operating system")),
            ("de", "Deutsch"),
            ("nl", "Nederlands"),
            ("en", "English"),
        ], self.ctx.settings.get("language"))
        note = QLabel(self.tr("A new language applies after the program is restarted."), page)
        note.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", note)
        return page

    # -- reactions ---------------------------------------------------------------------------

    def _password_hint(self) -> str:
        if not secrets.backend_usable():
            return self.tr("This computer offers no password store (keyring): a password cannot be saved.")
        if self._stored_password:
            return self.tr("A password is stored in the keyring. Leave the field empty to keep it.")
        return self.tr("No password is stored. It is kept in the keyring, never in a file.")

    def _my_address(self) -> str:
        for candidate in (self.ctx.settings.get("mail_from"), self.ctx.settings.get("smtp_user")):
            if candidate and address_error(candidate) is None:
                return candidate
        return ""

    def _security_changed(self) -> None:
        new = self.security_combo.currentData()
        # A port the clerk typed stays; only the default of the other choice follows along.
        if self.port_edit.text().strip() in ("", str(DEFAULT_PORTS.get(self._security, 0))):
            self.port_edit.setText(str(DEFAULT_PORTS[new]))
        self._security = new

    def _browse_libreoffice(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("LibreOffice program"), self.libreoffice_edit.text())
        if path:
            self.libreoffice_edit.setText(path)

    # -- checking and saving -------------------------------------------------------------------

    def _port(self) -> int:
        text = self.port_edit.text().strip()
        return int(text) if text.isdigit() else 0

    def _problem(self, *, for_test: bool = False) -> tuple[QWidget, str] | None:
        """The first field that cannot be used, with what is wrong, or None."""
        host = self.host_edit.text().strip()
        if any(c.isspace() for c in host):
            return self.host_edit, self.tr("The server name must not contain spaces.")
        if for_test and not host:
            return self.host_edit, self.tr("Enter the mail server first.")
        if not 1 <= self._port() <= 65535:
            return self.port_edit, self.tr("The port must be a number from 1 to 65535.")
        if self.password_edit.text() and not self.user_edit.text().strip():
            return self.user_edit, self.tr("Enter the user name the password belongs to.")
        addresses = [(self.from_edit, self.tr("sender address"))]
        if for_test:
            addresses.append((self.test_to_edit, self.tr("test e-mail address")))
        for edit, what in addresses:
            text = edit.text().strip()
            if for_test and edit is self.test_to_edit and not text:
                return edit, self.tr("Enter the address the test e-mail goes to.")
            error = address_error(text) if text else None
            if error:
                return edit, self.tr("The {what} “{address}” is not an e-mail address: {reason}").format(
                    what=what, address=text, reason=error)
        return None

    def _refuse(self, problem: tuple[QWidget, str]) -> None:
        widget, text = problem
        self.tabs.setCurrentIndex(0)  # every checked field is on the e-mail tab
        QMessageBox.warning(self, self.tr("Settings"), text)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def _account(self) -> tuple[str, int, str]:
        return self.host_edit.text().strip(), self._port(), self.user_edit.text().strip()

    def _store_password(self) -> bool:
        """Put the typed password (or the one stored for the old login) into the keyring."""
        account = self._account()
        password = self.password_edit.text()
        if not password:
            # An empty field keeps the stored password; when server, port or user changed,
            # it moves along to the new login (the keyring account names all three).
            if (not account[2] or account == self._stored_account or not self._stored_password
                    or smtp_client.get_password(*account)):
                return True
            password = self._stored_password
        if not secrets.backend_usable():
            self._keyring_failed(self.tr("No password store (keyring) is available on this computer."))
            return False
        try:
            smtp_client.set_password(*account, password)
        except keyring.errors.KeyringError as exc:
            self._keyring_failed(str(exc))
            return False
        return True

    def _keyring_failed(self, reason: str) -> None:
        self.tabs.setCurrentIndex(0)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Settings"),
                          self.tr("The password could not be saved, so nothing has been saved yet."), parent=self)
        box.setInformativeText(self.tr(
            "Kampagnen keeps passwords only in the operating system's password store, never in a file. "
            "Ask your administrator to set one up, or clear the password field to save the other "
            "settings without it.\n\nReason: {reason}").format(reason=reason))
        box.exec()
        self.password_edit.setFocus()

    def accept(self) -> None:  # noqa: D102 - OK: check, store the password, then the settings
        problem = self._problem()
        if problem is not None:
            self._refuse(problem)
            return
        if not self._store_password():
            return
        s = self.ctx.settings
        host, port, user = self._account()
        values = {
            "smtp_host": host, "smtp_port": port, "smtp_security": self.security_combo.currentData(),
            "smtp_user": user, "mail_from": self.from_edit.text().strip(),
            "mail_per_minute": self.per_minute_spin.value(), "mail_per_connection": self.per_connection_spin.value(),
            "pdf_converter": self.converter_combo.currentData(),
            "libreoffice_path": self.libreoffice_edit.text().strip(), "letters_per_chunk": self.chunk_spin.value(),
            "language": self.language_combo.currentData(),
        }
        for key, value in values.items():
            s.set(key, value)
        super().accept()

    def done(self, result: int) -> None:  # noqa: D102 - Qt's name; remember the size, save
        self._sending = None  # a test e-mail still on its way finds the dialog closed
        self.ctx.settings.set("settings_dialog_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        try:
            self.ctx.settings.save()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Settings"), self.tr(
                "The settings could not be written to {path}: {reason}").format(path=self.ctx.settings.path,
                                                                               reason=exc))
        super().done(result)

    # -- the test e-mail -------------------------------------------------------------------------

    def send_test_mail(self) -> None:
        """Send a short e-mail with the values in the dialog, in the background."""
        problem = self._problem(for_test=True)
        if problem is not None:
            self._refuse(problem)
            return
        host, port, user = self._account()
        password = self.password_edit.text() or (smtp_client.get_password(*self._account()) if user else None)
        if not password and user:
            password = self._stored_password
        settings = SmtpSettings(host, port, self.security_combo.currentData(), user, password,
                                timeout=TEST_TIMEOUT)
        recipient = self.test_to_edit.text().strip()
        self._test_sender = self.from_edit.text().strip() or recipient
        message = build_test_mail(self._test_sender, recipient, host)
        self._sending = Worker(_send, settings, message)
        # Bound methods: Qt drops the connection when the dialog is gone before the answer.
        self._sending.signals.succeeded.connect(self._test_sent)
        self._sending.signals.failed.connect(self._test_failed)
        self.test_button.setEnabled(False)
        self.busy.show()
        self._sending.start()

    def _current_answer(self) -> bool:
        if self._sending is None or self.sender() is not self._sending.signals:
            return False  # the dialog was closed, or this is an older test
        self._sending = None
        self.test_button.setEnabled(True)
        self.busy.hide()
        return True

    def _test_sent(self, _result: object) -> None:
        if not self._current_answer():
            return
        QMessageBox.information(self, self.tr("Test e-mail"), self.tr(
            "The mail server {host} took the test e-mail to {address}. Check that it arrived.").format(
            host=self.host_edit.text().strip(), address=self.test_to_edit.text().strip()))

    def _test_failed(self, exc: Exception) -> None:
        if not self._current_answer():
            return
        text, details = failure_text(exc, self.host_edit.text().strip(), self._port(), self._test_sender)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Test e-mail"), text, parent=self)
        box.setInformativeText(details)
        box.exec()
