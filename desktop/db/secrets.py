"""Database passwords in the operating system's keyring, never in files or logs."""

from __future__ import annotations

import keyring
import keyring.errors
from sqlalchemy.engine import URL

SERVICE = "Kampagnen"


def account_for(url: URL) -> str:
    """Return the keyring account name of a database URL: user@host:port/database."""
    port = f":{url.port}" if url.port else ""
    return f"{url.username or ''}@{url.host or ''}{port}/{url.database or ''}"


def get_password(url: URL) -> str | None:
    """Return the stored password for ``url``, or None when there is none or no keyring."""
    try:
        return keyring.get_password(SERVICE, account_for(url))
    except keyring.errors.KeyringError:
        return None


def set_password(url: URL, password: str) -> None:
    """Store the password for ``url``; raises ``keyring.errors.KeyringError`` on failure."""
    keyring.set_password(SERVICE, account_for(url), password)


def backend_name() -> str:
    """Describe the keyring backend in use, for selftest and diagnostics."""
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def backend_usable() -> bool:
    """False when keyring fell back to its 'fail' backend (no OS keyring reachable)."""
    backend = keyring.get_keyring()
    return not type(backend).__module__.startswith("keyring.backends.fail")
