"""Real SMTP servers on loopback (aiosmtpd) for the e-mail tests and the benchmark.

Each handler collects what it accepted; the variants refuse some recipients for good
(550), answer 451 the first time, drop the connection before or after taking a message.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from desktop.delivery.smtp_client import SmtpSettings


class Collect:
    """Accepts everything and keeps each message as received."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.connections = 0

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 2.0.0 queued"

    def to(self) -> list[str]:
        return [rcpt for _, rcpts in self.envelopes for rcpt in rcpts]


class Refusing(Collect):
    """Refuses the given recipients with 550, every time."""

    def __init__(self, refused: set[str]) -> None:
        super().__init__()
        self.refused = refused

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if address in self.refused:
            return "550 5.1.1 user unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"


class Greylisting(Collect):
    """Answers 451 the first time a recipient is tried, then takes it."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if address not in self.seen:
            self.seen.add(address)
            return "451 4.7.1 greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


class Dropping(Collect):
    """Drops the connection once, at the MAIL command after ``after`` messages (nothing taken)."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after
        self.dropped = False

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if not self.dropped and len(self.messages) >= self.after:
            self.dropped = True
            server.transport.close()
            return "421 4.3.0 going away"
        envelope.mail_from = address
        return "250 OK"


class DroppingAfterData(Collect):
    """Takes message number ``at`` (1-based) and drops the connection instead of answering."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await super().handle_DATA(server, session, envelope)
        if len(self.messages) == self.at:
            server.transport.abort()
        return "250 2.0.0 queued"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_server(handler: Collect, **settings: Any) -> Iterator[SmtpSettings]:
    """Run ``handler`` on 127.0.0.1; yields the settings to reach it (no TLS, no login)."""
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, data_size_limit=0)
    controller.start()
    try:
        yield SmtpSettings("127.0.0.1", port, "none", timeout=10.0, **settings)
    finally:
        controller.stop()
