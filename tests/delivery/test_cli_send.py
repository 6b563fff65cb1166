"""``kampagnen action send`` as a clerk runs it, against a real SMTP server on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_process import run_kampagnen
from smtp_servers import Collect, Refusing, smtp_server
from test_mail_run import PEOPLE, address, mail_action

from desktop.db.engine import Database
from desktop.db.migrate import upgrade


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "kampagnen.sqlite3"
    db = Database(path)
    upgrade(db)
    mail_action(db)
    db.dispose()
    return path


def kampagnen(tmp_path: Path, database: Path, port: int, *args: str):  # noqa: ANN201
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(json.dumps(
        {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_security": "none"}), encoding="utf-8")
    return run_kampagnen(home, "--database", str(database), "action", "send", "2026-078", "1", *args)


def test_send_lists_who_gets_none_sends_the_rest_and_never_twice(tmp_path: Path, database: Path) -> None:
    handler = Collect()
    with smtp_server(handler) as smtp:
        dry = kampagnen(tmp_path, database, smtp.port, "--dry-run")
        assert dry.returncode == 0 and "bad..dots@example.org" in dry.stdout and not handler.messages

        sent = kampagnen(tmp_path, database, smtp.port)
        assert sent.returncode == 0, sent.stderr
        assert f"{PEOPLE} e-mails sent, 0 failed, 0 uncertain, 2 left out." in sent.stdout
        assert sorted(handler.to()) == sorted(address(n) for n in range(PEOPLE))

        again = kampagnen(tmp_path, database, smtp.port)
        assert again.returncode == 1 and "--retry" in again.stderr and len(handler.messages) == PEOPLE


def test_refused_addresses_are_listed_and_retried_only_when_asked(tmp_path: Path, database: Path) -> None:
    refusing = Refusing({address(1)})
    with smtp_server(refusing) as smtp:
        first = kampagnen(tmp_path, database, smtp.port)
        assert first.returncode == 3 and address(1) in first.stdout and "550" in first.stdout
        assert len(refusing.messages) == PEOPLE - 1
    accepting = Collect()
    with smtp_server(accepting) as smtp:
        temporary_only = kampagnen(tmp_path, database, smtp.port, "--retry")
        assert temporary_only.returncode == 1 and not accepting.messages  # a refusal is for good
        retried = kampagnen(tmp_path, database, smtp.port, "--retry", "--retry-refused")
        assert retried.returncode == 0, retried.stderr
        assert accepting.to() == [address(1)]


def test_a_test_mail_goes_to_the_clerk_and_records_nothing(tmp_path: Path, database: Path) -> None:
    handler = Collect()
    with smtp_server(handler) as smtp:
        test = kampagnen(tmp_path, database, smtp.port, "--test", "ich@example.org")
        assert test.returncode == 0, test.stderr
        assert handler.to() == ["ich@example.org"] and "Angebot für" in handler.messages[0]["Subject"]
        real = kampagnen(tmp_path, database, smtp.port)  # the test made no run: all get theirs
        assert f"{PEOPLE} e-mails sent" in real.stdout
