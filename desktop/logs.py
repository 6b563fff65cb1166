"""Logging to a rotating file in the per-user log folder, without passwords or personal data.

Every handler this module installs carries a :class:`RedactingFilter`: a password in a
database URL (``postgresql://user:secret@host``) or in a ``password=...`` pair never reaches
a log, and e-mail addresses are blanked out of messages at INFO and below (warnings and
errors may name the address a mail server refused; they say what went wrong).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from desktop import paths

LOG_FILENAME = "kampagnen.log"
HIDDEN = "***"  # stands for a password
BLANKED = "«…»"  # stands for an e-mail address or a phone number

# scheme://user:password@host  -> scheme://user:***@host (also when the user is empty).
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s:/@]*:)(?P<secret>[^\s@]+)(?=@)")
# password=secret, "password": "secret", PWD='secret', passwd: secret (libpq DSNs, dict reprs, CLI echoes)
_PAIR_PASSWORD = re.compile(
    r"(?P<head>(?<![a-zA-Z])(?:password|passwd|pwd|passphrase)['\"]?\s*[=:]\s*)"
    r"(?P<secret>\"[^\"]*\"|'[^']*'|[^\s,;&)}\]]+)",
    re.IGNORECASE,
)
# An e-mail address; not the user of a URL (postgresql://clerk@db.example.org/…) and not
# the "***" that stands for a hidden password.
_EMAIL = re.compile(
    r"(?<![\w.!#$%&'*+/=?^`{|}~-])\w[\w.!#$%&'+/=?^`{|}~-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+"
)
# A phone number: starts with +, 00, 0 or "(", at least seven digits with the usual
# separators. Not preceded by a digit, letter or separator, so timestamps (2024-05-01
# 12:00:03,123), versions, ports and revision ids stay readable.
_PHONE = re.compile(r"(?<![\w+.:/\-])(?:\+|\(?0)[\d ()/.\-]{5,}\d")


def _hide_secret(match: re.Match[str]) -> str:
    secret = match.group("secret")
    quote = secret[0] if secret[:1] in ("'", '"') and len(secret) > 1 and secret[-1] == secret[0] else ""
    return f"{match.group('head')}{quote}{HIDDEN}{quote}"


def hide_passwords(text: str) -> str:
    """``text`` with every password of a URL or a ``password=`` pair replaced by ``***``."""
    text = _URL_PASSWORD.sub(_hide_secret, text)
    return _PAIR_PASSWORD.sub(_hide_secret, text)


def hide_emails(text: str) -> str:
    return _EMAIL.sub(BLANKED, text)


def _blank_phone(match: re.Match[str]) -> str:
    found = match.group(0)
    return BLANKED if sum(c.isdigit() for c in found) >= 7 else found


def hide_phones(text: str) -> str:
    return _PHONE.sub(_blank_phone, text)


def scrub(text: str) -> str:
    """``text`` without passwords, e-mail addresses and phone numbers (for reports to support)."""
    return hide_phones(hide_emails(hide_passwords(text)))


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (and its traceback) before a handler writes it.

    Passwords go at every level; e-mail addresses at ``personal_level`` (INFO) and below.
    It never drops a record.
    """

    def __init__(self, personal_level: int = logging.INFO) -> None:
        super().__init__()
        self.personal_level = personal_level

    def _redact(self, text: str, levelno: int) -> str:
        text = hide_passwords(text)
        if levelno <= self.personal_level:
            text = hide_emails(text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_kampagnen_redacted", False):
            return True  # one record passes both handlers; rewrite it once
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string is logging's to report, not ours
            return True
        cleaned = self._redact(message, record.levelno)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text, record.levelno)
        if record.stack_info:
            record.stack_info = self._redact(record.stack_info, record.levelno)
        record._kampagnen_redacted = True  # type: ignore[attr-defined]
        return True


def log_folder() -> Path:
    """The per-user folder of the log files (created when missing)."""
    return paths.user_log_dir()


def log_file() -> Path:
    """The current log file (older ones are ``kampagnen.log.1`` … ``.5`` next to it)."""
    return log_folder() / LOG_FILENAME


def setup(verbose: bool = False) -> None:
    """Log INFO and above to ``kampagnen.log``; WARNING and above also to stderr.

    INFO messages must not carry personal data and no message ever carries a password;
    the :class:`RedactingFilter` on each handler is the safety net for both.
    """
    root = logging.getLogger()
    if any(getattr(h, "_kampagnen", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        file_handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        file_handler = None
    if file_handler:
        file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        file_handler.addFilter(RedactingFilter())
        file_handler._kampagnen = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    console.addFilter(RedactingFilter())
    console._kampagnen = True  # type: ignore[attr-defined]
    root.addHandler(console)


def shutdown() -> None:
    """Remove and close the handlers :func:`setup` installed (tests; a log folder that moves)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_kampagnen", False)]:
        root.removeHandler(handler)
        handler.close()
