"""``kampagnen call NUMBER`` reaches the program that runs already; one program per clerk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.instance import InstanceServer, hand_over, server_name

ROOT = Path(__file__).resolve().parents[2]


def start_call(home: Path, *number: str) -> subprocess.Popen[str]:
    """``python -m desktop call NUMBER`` as a telephone system starts it, in the background."""
    env = dict(os.environ, KAMPAGNEN_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.Popen([sys.executable, "-m", "desktop", "call", *number], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def server(private_home: Path, qtbot: QtBot) -> InstanceServer:
    running = InstanceServer()
    assert running.listen()
    yield running
    running.close()


def test_a_call_started_later_hands_its_number_to_the_running_program(
    server: InstanceServer, private_home: Path, qtbot: QtBot
) -> None:
    received: list[dict] = []
    server.request.connect(received.append)
    process = start_call(private_home, "+49", "221", "1234567")
    try:
        qtbot.waitUntil(lambda: bool(received) or process.poll() is not None, timeout=60_000)
    finally:
        if process.poll() is None and not received:
            process.kill()
    out, err = process.communicate(timeout=60)
    assert received == [{"command": "call", "number": "+49 221 1234567"}]
    assert process.returncode == 0, err
    assert "Traceback" not in err


def test_a_second_program_of_the_same_clerk_does_not_listen(
    server: InstanceServer, private_home: Path, qtbot: QtBot
) -> None:
    script = "from desktop.instance import InstanceServer; print(InstanceServer().listen())"
    env = dict(os.environ, KAMPAGNEN_HOME=str(private_home), QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)  # our loop answers its ping
    assert second.stdout.read().strip() == "False", second.stderr.read()
    server.close()
    after = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=60)
    assert after.stdout.strip() == "True", after.stderr  # the first one closed: the next start takes over


def test_another_clerk_or_settings_folder_has_its_own_program(
    server: InstanceServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = server_name()
    monkeypatch.setenv("KAMPAGNEN_HOME", str(tmp_path / "other"))
    assert server_name() != mine
    assert not hand_over({"command": "show"})  # nobody runs there
