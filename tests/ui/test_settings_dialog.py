"""The settings dialog as a clerk uses it: mail server, password in the keyring, test e-mail."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.context import AppContext
from desktop.db import secrets
from desktop.db.engine import Database
from desktop.delivery.smtp_client import account, get_password, set_password
from desktop.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "delivery"))
from smtp_servers import Collect, free_port, smtp_server  # noqa: E402



def type_into(qtbot, line_edit, text: str) -> None:
    """Replace the field's content by typing, as the clerk does."""
    line_edit.setFocus()
    line_edit.selectAll()
    if text:
        qtbot.keyClicks(line_edit, text)
    else:
        qtbot.keyClick(line_edit, Qt.Key.Key_Delete)


@pytest.fixture
def open_dialog(qtbot, sqlite_db: Database, message_boxes):
    """Builds a shown settings dialog on fresh settings (or the ones given)."""

    def make(settings: Settings | None = None) -> SettingsDialog:
        dialog = SettingsDialog(AppContext(settings=settings or Settings(), db=sqlite_db))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def fill_mail(qtbot, dialog: SettingsDialog, host: str, port: int, security: str = "none", user: str = "",
              password: str = "", sender: str = "") -> None:
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData(security))
    type_into(qtbot, dialog.host_edit, host)
    type_into(qtbot, dialog.port_edit, str(port))
    type_into(qtbot, dialog.user_edit, user)
    type_into(qtbot, dialog.password_edit, password)
    type_into(qtbot, dialog.from_edit, sender)


def test_ok_saves_settings_and_puts_the_password_only_into_the_keyring(qtbot, open_dialog, memory_keyring) -> None:
    dialog = open_dialog()
    fill_mail(qtbot, dialog, "smtp.example.com", 465, "ssl", "clerk@example.com", "s3cret-Pw", "office@example.com")
    dialog.per_minute_spin.setValue(30)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    saved = Settings()  # read back from the file
    assert (saved.get("smtp_host"), saved.get("smtp_port"), saved.get("smtp_security")) == ("smtp.example.com", 465, "ssl")
    assert (saved.get("smtp_user"), saved.get("mail_from")) == ("clerk@example.com", "office@example.com")
    assert (saved.get("mail_per_minute"), saved.get("language")) == (30, "nl")
    assert saved.get("settings_dialog_geometry")
    assert "s3cret-Pw" not in saved.path.read_text(encoding="utf-8")
    assert memory_keyring.store == {(secrets.SERVICE, account("smtp.example.com", 465, "clerk@example.com")): "s3cret-Pw"}


def test_an_empty_password_field_keeps_the_stored_one(qtbot, open_dialog) -> None:
    settings = Settings()
    for key, value in {"smtp_host": "mail.example.org", "smtp_port": 587, "smtp_user": "k.meier"}.items():
        settings.set(key, value)
    set_password("mail.example.org", 587, "k.meier", "old-password")
    dialog = open_dialog(settings)
    assert "stored" in dialog.password_hint.text()
    assert dialog.password_edit.text() == ""
    dialog.per_connection_spin.setValue(50)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_password("mail.example.org", 587, "k.meier") == "old-password"
    assert Settings().get("mail_per_connection") == 50


def test_switching_security_changes_only_a_default_port(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    assert dialog.port_edit.text() == "587"
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("ssl"))
    assert dialog.port_edit.text() == "465"
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
    assert dialog.port_edit.text() == "25"
    type_into(qtbot, dialog.port_edit, "2525")
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("starttls"))
    assert dialog.port_edit.text() == "2525"


@pytest.mark.parametrize(("field", "value", "words"), [
    ("port_edit", "0", "1 to 65535"),
    ("port_edit", "70000", "1 to 65535"),
    ("host_edit", "smtp example.com", "spaces"),
    ("from_edit", "office.example.com", "not an e-mail address"),
])
def test_a_wrong_value_is_explained_and_the_dialog_stays_open(qtbot, open_dialog, message_boxes, field, value,
                                                              words) -> None:
    dialog = open_dialog()
    type_into(qtbot, getattr(dialog, field), value)
    message_boxes.answer("OK")
    dialog.accept()
    assert words in message_boxes.last.text
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not Settings().path.exists()


def test_cancel_discards(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    type_into(qtbot, dialog.host_edit, "smtp.example.com")
    type_into(qtbot, dialog.password_edit, "secret")
    dialog.reject()
    assert Settings().get("smtp_host") == ""
    assert get_password("smtp.example.com", 587, "") is None


def test_without_a_keyring_the_password_is_not_saved_and_that_is_explained(qtbot, open_dialog, message_boxes) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # memory_keyring puts the old one back
    assert not secrets.backend_usable()
    dialog = open_dialog()
    assert "no password store" in dialog.password_hint.text()
    fill_mail(qtbot, dialog, "smtp.example.com", 587, "starttls", "k.meier", "secret")
    message_boxes.answer("OK")
    dialog.accept()
    assert "could not be saved" in message_boxes.last.text
    assert "password store" in message_boxes.last.informative
    assert dialog.isVisible()
    assert Settings().get("smtp_host") == ""


def test_the_test_mail_goes_to_the_server_with_the_values_in_the_dialog(qtbot, open_dialog, message_boxes) -> None:
    handler = Collect()
    with smtp_server(handler) as server:
        dialog = open_dialog()
        fill_mail(qtbot, dialog, server.host, server.port, "none", sender="office@example.com")
        type_into(qtbot, dialog.test_to_edit, "me@example.com")
        message_boxes.answer("OK")
        dialog.test_button.click()  # clicked at once, no events run before the check below
        assert dialog.busy.isVisible()
        qtbot.waitUntil(lambda: bool(message_boxes.seen), timeout=15_000)
    assert "took the test e-mail to me@example.com" in message_boxes.last.text
    assert handler.to() == ["me@example.com"]
    assert handler.envelopes[0][0] == "office@example.com"
    assert "Kampagnen" in handler.messages[0]["Subject"]
    assert dialog.test_button.isEnabled() and not dialog.busy.isVisible()
    assert Settings().get("smtp_host") == ""  # nothing saved by the test e-mail


def test_an_unreachable_server_is_named_with_its_port(qtbot, open_dialog, message_boxes) -> None:
    port = free_port()  # nothing listens there
    dialog = open_dialog()
    fill_mail(qtbot, dialog, "127.0.0.1", port, "none")
    type_into(qtbot, dialog.test_to_edit, "me@example.com")
    message_boxes.answer("OK")
    dialog.send_test_mail()
    qtbot.waitUntil(lambda: bool(message_boxes.seen), timeout=15_000)
    assert f"127.0.0.1, port {port}" in message_boxes.last.text
    assert "port" in message_boxes.last.informative
    assert dialog.isVisible() and dialog.test_button.isEnabled()


def test_the_main_window_opens_it_from_the_file_menu(main_window, message_boxes, qtbot) -> None:
    window = main_window()
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(100, look)
    assert window.ui.actionSettings in window.ui.menuFile.actions()
    window.ui.actionSettings.trigger()
    assert seen == ["SettingsDialog"]
