"""Talking to the mail server: one connection reused, a rate limit, errors classified. No Qt.

The password is only in the operating system's keyring (account ``smtp:USER@HOST:PORT``).
A failure is *permanent* (5xx: the address does not exist, the server will never take
the mail), *temporary* (4xx, a dropped connection or a timeout before the message was
handed over: trying later may work) or *uncertain* (the connection broke after the whole
message went to the server and before it answered: it may have been delivered, RFC 5321
section 4.1.1.4; retrying could mail the person twice).
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

import keyring
import keyring.errors

from desktop.db.secrets import SERVICE
from desktop.settings import Settings

PERMANENT, TEMPORARY, UNCERTAIN = "permanent", "temporary", "uncertain"


def account(host: str, port: int, user: str) -> str:
    """The keyring account of an SMTP login."""
    return f"smtp:{user}@{host}:{port}"


def get_password(host: str, port: int, user: str) -> str | None:
    """The stored SMTP password, or None when there is none or no keyring."""
    try:
        return keyring.get_password(SERVICE, account(host, port, user))
    except keyring.errors.KeyringError:
        return None


def set_password(host: str, port: int, user: str, password: str) -> None:
    """Store the SMTP password; raises ``keyring.errors.KeyringError`` on failure."""
    keyring.set_password(SERVICE, account(host, port, user), password)


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the mail server.

    Attributes:
        security: "starttls", "ssl" or "none".
        per_minute: Most e-mails a minute; 0 for no limit.
        per_connection: E-mails over one connection before it is opened anew.
        verify: Check the server's certificate (off only for a test server).
    """

    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password: str | None = None
    per_minute: int = 0
    per_connection: int = 100
    timeout: float = 60.0
    verify: bool = True

    @classmethod
    def load(cls, settings: Settings) -> SmtpSettings:
        """The settings of the program, with the password from the keyring."""
        host, port, user = settings.get("smtp_host"), settings.get("smtp_port"), settings.get("smtp_user")
        return cls(host, port, settings.get("smtp_security"), user,
                   get_password(host, port, user) if user else None,
                   max(0, settings.get("mail_per_minute")), max(1, settings.get("mail_per_connection")))


class SendError(Exception):
    """One e-mail was not sent (or maybe was: ``kind`` says which)."""

    def __init__(self, kind: str, reply: str, code: int | None = None) -> None:
        super().__init__(f"{code} {reply}" if code else reply)
        self.kind = kind
        self.code = code
        self.reply = reply


class ConnectError(Exception):
    """The server cannot be reached or refuses the login: no e-mail can go out now."""


def _reply(message: bytes | str) -> str:
    return message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)


def _classified(code: int, message: bytes | str) -> SendError:
    return SendError(PERMANENT if 500 <= code < 600 else TEMPORARY, _reply(message), code)


class SmtpSender:
    """Sends e-mails over one connection at a time, within the rate limit.

    Use as a context manager; the connection is opened when the first e-mail goes and
    again after ``per_connection`` e-mails or after it broke.
    """

    def __init__(self, settings: SmtpSettings, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None
        self._on_connection = 0
        self._last: float | None = None
        self._clock, self._sleep = clock, sleep

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def connect(self) -> None:
        """Open the connection unless one is usable.

        Raises:
            ConnectError: The server is unreachable or refuses the login.
        """
        if self._smtp is not None and self._on_connection < self.settings.per_connection:
            return
        self.close()
        s = self.settings
        context = ssl.create_default_context()
        if not s.verify:
            context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        try:
            if s.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    smtp.starttls(context=context)
            smtp.ehlo_or_helo_if_needed()  # mail() does not greet by itself, unlike sendmail()
            if s.user:
                smtp.login(s.user, s.password or "")
        except (smtplib.SMTPException, OSError) as exc:
            raise ConnectError(str(exc) or type(exc).__name__) from exc
        self._smtp, self._on_connection = smtp, 0

    def close(self) -> None:
        """Say goodbye to the server (or just drop a broken connection)."""
        if self._smtp is None:
            return
        smtp, self._smtp = self._smtp, None
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def send(self, envelope_from: str, to: str, raw: bytes) -> None:
        """Hand one e-mail to the server.

        Raises:
            SendError: The server refused it, or the connection broke (the sender
                reconnects for the next one).
            ConnectError: No connection could be opened.
        """
        self.connect()
        self._wait_for_slot()
        smtp = self._smtp
        assert smtp is not None
        self._on_connection += 1
        try:
            code, message = smtp.mail(envelope_from)
            if code != 250:
                raise _classified(code, message)
            code, message = smtp.rcpt(to)
            if code not in (250, 251):
                raise _classified(code, message)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise SendError(TEMPORARY, f"connection lost: {exc}") from exc
        except SendError:
            self._reset()
            raise
        try:
            code, message = smtp.data(raw)
        except smtplib.SMTPDataError as exc:
            self._reset()
            raise _classified(exc.smtp_code, exc.smtp_error) from exc
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise SendError(UNCERTAIN, f"connection lost while the server took the message: {exc}") from exc

    def _wait_for_slot(self) -> None:
        if self.settings.per_minute <= 0:
            return
        gap = 60.0 / self.settings.per_minute
        if self._last is not None:
            wait = self._last + gap - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last = self._clock()

    def _reset(self) -> None:
        # After a refusal the transaction is reset so the next recipient starts clean.
        try:
            assert self._smtp is not None
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
        self._smtp = None


def send_test_mail(settings: SmtpSettings, message: EmailMessage) -> None:
    """*Testmail an mich senden*: one e-mail over a fresh connection, errors raised as they come.

    Raises:
        ConnectError, SendError: Why it failed, for the clerk to read.
    """
    to = message["To"].addresses[0].addr_spec
    sender = message["From"].addresses[0].addr_spec
    with SmtpSender(settings) as client:
        client.send(sender, to, message.as_bytes())
