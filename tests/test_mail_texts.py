"""The clerk's words for a failed test e-mail name the server and say what to check."""

from __future__ import annotations

import smtplib
import socket
import ssl

import pytest

from desktop.delivery.smtp_client import ConnectError, SendError
from desktop.mail_texts import build_test_mail, failure_text


def connect_error(cause: BaseException) -> ConnectError:
    try:
        raise ConnectError(str(cause)) from cause
    except ConnectError as exc:
        return exc


@pytest.mark.parametrize(("cause", "said", "advice"), [
    (smtplib.SMTPAuthenticationError(535, b"5.7.8 bad credentials"), "refused the login", "password"),
    (socket.gaierror(-2, "Name or service not known"), "is not known", "spelling"),
    (ConnectionRefusedError(111, "Connection refused"), "smtp.example.com, port 2525", "port"),
    (TimeoutError("timed out"), "in time", "firewall"),
    (ssl.SSLError("wrong version number"), "encrypted connection", "465"),
    (smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server."), "does not offer", "STARTTLS"),
])
def test_connect_errors_say_what_to_check(cause: BaseException, said: str, advice: str) -> None:
    text, details = failure_text(connect_error(cause), "smtp.example.com", 2525)
    assert said in text
    assert "smtp.example.com" in text
    assert advice in details
    assert "The server's answer:" in details


def test_a_refused_test_mail_quotes_the_server_and_names_the_sender() -> None:
    text, details = failure_text(SendError("permanent", "5.7.1 sender not allowed", 550), "smtp.example.com", 587,
                                 "info@example.com")
    assert "did not accept" in text
    assert "550 5.7.1 sender not allowed" in details and "info@example.com" in details


def test_the_test_mail() -> None:
    message = build_test_mail("info@example.com", "me@example.com", "smtp.example.com")
    assert message["Subject"].startswith("Kampagnen")
    assert message["To"].addresses[0].addr_spec == "me@example.com"
    assert "smtp.example.com" in message.get_content()
