"""One running program per clerk: a second start hands its request to the first one.

A telephone system starts ``kampagnen call NUMBER`` on every incoming call. If the window
is open already, the number goes to it over a local socket (a named pipe on Windows), and
it comes to the front at the caller; only when no window runs does a new one open.

The socket's name is made from the clerk's login and settings folder, so two clerks on a
terminal server, or a portable installation next to an installed one, never meet.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop import paths
from desktop.db.models.base import current_login

log = logging.getLogger(__name__)

TIMEOUT_MS = 2000


def server_name() -> str:
    """The name of this clerk's instance socket."""
    where = f"{current_login()}|{paths.user_config_dir()}"
    return "kampagnen-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


def hand_over(request: dict[str, Any], name: str | None = None) -> bool:
    """Send ``request`` to the running program; False when none answers.

    Args:
        request: E.g. ``{"command": "call", "number": "0221 1234567"}`` or ``{"command": "show"}``.
    """
    if os.name == "nt":
        # Windows lets only the foreground process bring a window to the front; the
        # telephone system started us, so we pass that right on to the running program.
        import ctypes  # noqa: PLC0415 - Windows only

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((json.dumps(request) + "\n").encode("utf-8"))
    socket.flush()
    answered = False
    while socket.waitForReadyRead(TIMEOUT_MS):
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()).strip() == b"ok"
            break
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for requests of later starts and emits them as :attr:`request`.

    Signals:
        request(dict): A request another start handed over.
    """

    request = Signal(dict)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; False if another program of this clerk is listening already."""
        # Asked first: with access options set, Qt's listen() would replace the other
        # program's socket file instead of failing.
        if hand_over({"command": "ping"}, self.name):
            return False
        # Nobody answers: at most a socket file left behind by a program that crashed (Unix).
        QLocalServer.removeServer(self.name)
        listening = self._server.listen(self.name)
        if not listening:
            log.warning("instance socket %s: %s", self.name, self._server.errorString())
        return listening

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # what arrived before the signal was connected

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            try:
                request = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                log.warning("instance socket: unreadable request ignored")
                continue
            socket.write(b"ok\n")
            socket.flush()
            if isinstance(request, dict) and request.get("command") != "ping":
                # Later, from the event loop: what the request opens must not run inside
                # this socket's signal, which may delete the socket under it.
                QTimer.singleShot(0, self, lambda r=request: self.request.emit(r))
