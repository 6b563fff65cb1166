"""File menu: back up the local database, restore it from a backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.db import backup, demo
from desktop.db.engine import Database
from desktop.db.models import Person
from desktop.settings import Settings
from desktop.ui import backup_actions


def persons(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Person.__table__)).scalar_one()


@pytest.fixture
def ctx(demo_db: Database) -> AppContext:
    return AppContext(settings=Settings(), db=demo_db, language="en")


def test_backup_now_suggests_the_backup_folder_and_says_where_it_wrote(
    qtbot, ctx: AppContext, message_boxes, private_home: Path, tmp_path: Path
) -> None:
    suggested: list[Path] = []

    def choose(_parent, _title, proposal: Path) -> Path:
        suggested.append(proposal)
        return tmp_path / "Sicherung vor dem Jahreswechsel"

    message_boxes.answer("OK")
    written = backup_actions.backup_now(None, ctx, choose=choose)

    assert written == tmp_path / "Sicherung vor dem Jahreswechsel.sqlite3"
    assert suggested[0].parent == private_home / "data" / "backups"
    assert suggested[0].name.startswith("kampagnen-") and suggested[0].suffix == ".sqlite3"
    assert str(written) in message_boxes.last.text
    assert backup.check_backup_file(written)


def test_backup_now_uses_the_configured_folder_and_can_be_cancelled(
    qtbot, ctx: AppContext, message_boxes, tmp_path: Path
) -> None:
    ctx.settings.set("backup_folder", str(tmp_path / "Sicherungen"))
    suggested: list[Path] = []

    written = backup_actions.backup_now(None, ctx, choose=lambda _p, _t, proposal: suggested.append(proposal))

    assert written is None
    assert suggested[0].parent == tmp_path / "Sicherungen"
    assert message_boxes.seen == []


def test_backup_now_explains_a_folder_it_cannot_write(
    qtbot, ctx: AppContext, message_boxes, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    message_boxes.answer("OK")

    written = backup_actions.backup_now(None, ctx, choose=lambda *_: blocker / "backup.sqlite3")

    assert written is None
    assert "backup.sqlite3" in message_boxes.last.text
    assert "not written" in message_boxes.last.text


def test_restore_from_asks_then_restores_and_says_what(
    qtbot, ctx: AppContext, message_boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    original = persons(ctx.db)
    saved = backup.backup(ctx.db, target=tmp_path / "monday.sqlite3")
    demo.clear(ctx.db)
    monkeypatch.setattr(backup_actions, "choose_open_path", lambda *_: saved)

    message_boxes.answer("Restore", "OK")
    assert backup_actions.restore_from(None, ctx) is True

    assert persons(ctx.db) == original
    confirm, done = message_boxes.seen
    assert str(saved) in confirm.text
    assert "backed up first" in confirm.informative and "reloads" in confirm.informative
    assert confirm.buttons == ["Restore", "Cancel"]
    assert str(saved) in done.text and "before-restore" in done.text


def test_restore_from_changes_nothing_when_cancelled(
    qtbot, ctx: AppContext, message_boxes, private_home: Path, tmp_path: Path
) -> None:
    saved = backup.backup(ctx.db, target=tmp_path / "monday.sqlite3")
    demo.clear(ctx.db)

    message_boxes.answer("Cancel")
    assert backup_actions.restore_from(None, ctx, choose=lambda *_: saved) is False

    assert persons(ctx.db) == 0
    assert not list((private_home / "data").glob("backups/*-before-restore.sqlite3"))


def test_restore_from_refuses_a_file_that_is_not_a_backup(
    qtbot, ctx: AppContext, message_boxes, tmp_path: Path
) -> None:
    before = persons(ctx.db)
    letter = tmp_path / "Brief an Frau Müller.docx"
    letter.write_bytes(b"PK\x03\x04 not a database")

    message_boxes.answer("OK")
    assert backup_actions.restore_from(None, ctx, choose=lambda *_: letter) is False

    assert persons(ctx.db) == before
    assert str(letter) in message_boxes.last.text
    assert "not a database file" in message_boxes.last.text
    assert "unchanged" in message_boxes.last.text


def test_a_shared_database_is_left_to_the_administrator(qtbot, message_boxes, tmp_path: Path) -> None:
    shared = Database("postgresql://clerk@db.example.invalid/kampagnen", password="secret")
    ctx = AppContext(settings=Settings(), db=shared, language="en")
    try:
        message_boxes.answer("OK", "OK")
        assert backup_actions.backup_now(None, ctx, choose=lambda *_: pytest.fail("no file to choose")) is None
        assert backup_actions.restore_from(None, ctx, choose=lambda *_: pytest.fail("no file to choose")) is False
    finally:
        shared.dispose()
    assert all("pg_dump" in seen.text for seen in message_boxes.seen)
    assert len(message_boxes.seen) == 2
