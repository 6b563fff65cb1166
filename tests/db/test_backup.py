"""Backups of the embedded database: consistent copies, safe restores, automatic backups."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect, text

from desktop.db import backup, demo, migrate
from desktop.db.engine import Database
from desktop.db.errors import NotKampagnenDatabase, SchemaTooNew
from tests.cli_process import run_kampagnen

SAMPLE_QUERIES = {
    "persons": "SELECT * FROM person ORDER BY id LIMIT 5",
    "campaigns": "SELECT * FROM campaign ORDER BY id",
    "last members": "SELECT * FROM action_member ORDER BY id DESC LIMIT 5",
}


def snapshot(db: Database) -> dict[str, Any]:
    """Row counts of every table and a few whole rows: what must survive a round trip."""
    with db.engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}
        rows = {name: [tuple(r) for r in conn.execute(text(sql))] for name, sql in SAMPLE_QUERIES.items()}
    return {"counts": counts, "rows": rows}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private KAMPAGNEN_HOME, so default backup folders are the test's own."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("KAMPAGNEN_HOME", str(path))
    return path


@pytest.fixture
def filled(sqlite_db: Database) -> Database:
    demo.generate(sqlite_db, persons=50, seed=1)
    return sqlite_db


def database_file(db: Database) -> Path:
    return Path(db.url.database or "")


def test_backup_and_restore_round_trip_the_data(filled: Database, home: Path, tmp_path: Path) -> None:
    original = snapshot(filled)
    assert original["counts"]["person"] == 50 and original["rows"]["campaigns"]

    written = backup.backup(filled, folder=tmp_path / "backups")

    assert written.parent == tmp_path / "backups"
    assert written.name.startswith("kampagnen-") and written.name.endswith(".sqlite3")
    assert backup.check_backup_file(written) == migrate.head_revision()
    assert not list(written.parent.glob(".*.tmp")), "the temporary file was left behind"
    with filled.engine.begin() as conn:
        conn.execute(text("UPDATE person SET last_name = 'Changed'"))
    demo.clear(filled)
    assert snapshot(filled) != original

    saved = backup.restore(filled, written, folder=tmp_path / "backups")

    assert snapshot(filled) == original
    assert saved is not None and saved.name.endswith("-before-restore.sqlite3")
    # The backup of the cleared data was taken before the restore.
    assert sqlite3.connect(saved).execute("SELECT count(*) FROM person").fetchone() == (0,)
    assert migrate.schema_state(filled) is migrate.SchemaState.CURRENT
    with filled.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"


def test_a_backup_is_a_consistent_snapshot_while_another_connection_writes(filled: Database, tmp_path: Path) -> None:
    writer = sqlite3.connect(database_file(filled), isolation_level=None, timeout=10)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO selection (name, description, definition, is_distribution_list, created_at,"
            " row_version, updated_at, updated_by) VALUES ('Uncommitted', '', '{}', 0, CURRENT_TIMESTAMP, 1,"
            " CURRENT_TIMESTAMP, 'test')"
        )
        writer.execute("UPDATE person SET last_name = 'Uncommitted'")

        written = backup.backup(filled, target=tmp_path / "while-writing.sqlite3")

        writer.execute("COMMIT")
    finally:
        writer.close()
    copy = sqlite3.connect(written)
    try:
        assert copy.execute("SELECT count(*) FROM selection WHERE name = 'Uncommitted'").fetchone() == (0,)
        assert copy.execute("SELECT count(*) FROM person WHERE last_name = 'Uncommitted'").fetchone() == (0,)
        assert copy.execute("SELECT count(*) FROM person").fetchone() == (50,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
    with filled.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM selection WHERE name = 'Uncommitted'")).scalar_one() == 1


def _text_file(path: Path, _db: Database) -> None:
    path.write_text("name;city\nMüller;Köln\n", encoding="utf-8")


def _empty_file(path: Path, _db: Database) -> None:
    path.write_bytes(b"")


def _other_program(path: Path, _db: Database) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()


def _alembic_but_not_ours(path: Path, _db: Database) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('abc123')")
    conn.commit()
    conn.close()


def _from_the_future(path: Path, db: Database) -> None:
    backup.backup(db, target=path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (_text_file, backup.NotSQLiteFile),
        (_empty_file, backup.NotSQLiteFile),
        (_other_program, NotKampagnenDatabase),
        (_alembic_but_not_ours, NotKampagnenDatabase),
        (_from_the_future, SchemaTooNew),
    ],
    ids=["text file", "empty file", "other program", "other alembic program", "newer program"],
)
def test_restore_refuses_a_file_it_cannot_use_and_changes_nothing(
    filled: Database, home: Path, tmp_path: Path, make: Any, error: type[Exception]
) -> None:
    candidate = tmp_path / "candidate.sqlite3"
    make(candidate, filled)
    before = snapshot(filled)

    with pytest.raises(error):
        backup.check_backup_file(candidate)
    with pytest.raises(error):
        backup.restore(filled, candidate, folder=tmp_path / "backups")

    assert snapshot(filled) == before
    assert not (tmp_path / "backups").exists(), "a refused restore must not even back up"


def test_restore_refuses_a_missing_file(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(backup.BackupUnreadable) as info:
        backup.restore(filled, tmp_path / "nowhere.sqlite3", folder=tmp_path / "backups")
    assert "nowhere.sqlite3" in str(info.value)


def test_a_shared_database_is_neither_backed_up_nor_restored(tmp_path: Path) -> None:
    shared = Database("postgresql://clerk@db.example.invalid/kampagnen", password="secret")
    try:
        with pytest.raises(backup.NotEmbeddedDatabase) as info:
            backup.backup(shared, folder=tmp_path)
        assert "secret" not in str(info.value)
        with pytest.raises(backup.NotEmbeddedDatabase):
            backup.restore(shared, tmp_path / "any.sqlite3")
    finally:
        shared.dispose()
    assert list(tmp_path.iterdir()) == []


def test_restoring_an_older_schema_upgrades_it(filled: Database, home: Path, tmp_path: Path) -> None:
    old = backup.backup(filled, target=tmp_path / "old.sqlite3")
    old_db = Database(old)
    command.downgrade(migrate.alembic_config(old_db), "0004")
    old_db.dispose()
    assert backup.check_backup_file(old) == "0004"
    demo.clear(filled)

    backup.restore(filled, old, folder=tmp_path / "backups")

    assert migrate.current_revision(filled) == migrate.head_revision()
    after = snapshot(filled)
    assert after["counts"]["person"] == 50
    assert after["counts"]["campaign"] > 0


def test_an_outdated_database_is_backed_up_before_the_upgrade(
    home: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = Database(tmp_path / "local.sqlite3")
    try:
        assert migrate.upgrade(db) is None  # new, empty: nothing to back up
        folder = home / "data" / "backups"
        assert not folder.exists() or list(folder.iterdir()) == []
        demo.generate(db, persons=10, seed=3)
        assert migrate.upgrade(db) is None  # already current: nothing to migrate
        command.downgrade(migrate.alembic_config(db), "0004")

        with caplog.at_level(logging.INFO, logger="desktop.db"):
            saved = migrate.upgrade(db)

        assert saved is not None and saved.parent == folder
        assert saved.name.endswith("-before-upgrade.sqlite3")
        assert list(folder.iterdir()) == [saved]
        assert backup.check_backup_file(saved) == "0004"
        assert str(saved) in caplog.text
        assert migrate.schema_state(db) is migrate.SchemaState.CURRENT
    finally:
        db.dispose()


def test_the_backup_folder_setting_is_used(home: Path, tmp_path: Path, sqlite_db: Database) -> None:
    from desktop.settings import Settings  # noqa: PLC0415

    settings = Settings()
    settings.set("backup_folder", str(tmp_path / "chosen"))
    settings.save()

    written = backup.backup(sqlite_db)

    assert written.parent == tmp_path / "chosen"


def test_only_the_newest_automatic_backups_are_kept(sqlite_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 26):
        (folder / f"kampagnen-202401{day:02d}-120000-before-upgrade.sqlite3").write_bytes(b"x")
    manual = [folder / "kampagnen-20230101-080000.sqlite3", folder / "my own copy.sqlite3"]
    for path in manual:
        path.write_bytes(b"x")

    first = backup.backup(sqlite_db, folder=folder, reason=backup.BEFORE_UPGRADE)
    second = backup.backup(sqlite_db, folder=folder, reason=backup.BEFORE_UPGRADE)

    assert first != second and first.exists() and second.exists()  # same second: numbered
    kept = backup.automatic_backups(folder)
    assert len(kept) == backup.KEEP_AUTOMATIC
    assert kept[-2:] == [first, second]
    assert kept[0].name == "kampagnen-20240108-120000-before-upgrade.sqlite3"
    assert all(path.exists() for path in manual)
    backup.backup(sqlite_db, folder=folder)  # a manual backup prunes nothing
    assert len(list(folder.iterdir())) == backup.KEEP_AUTOMATIC + len(manual) + 1


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_cli_backup_and_restore_round_trip(demo_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "cli-home"
    target = tmp_path / "copy.sqlite3"
    persons = _count(demo_file, "person")

    made = run_kampagnen(home, "--database", str(demo_file), "db", "backup", str(target))
    assert made.returncode == 0, made.stderr
    assert str(target) in made.stdout
    db = Database(demo_file)
    demo.clear(db)
    db.dispose()
    assert _count(demo_file, "person") == 0

    restored = run_kampagnen(home, "--database", str(demo_file), "db", "restore", str(target), "--yes")

    assert restored.returncode == 0, restored.stderr
    assert _count(demo_file, "person") == persons
    safety = list((home / "data" / "backups").glob("*-before-restore.sqlite3"))
    assert len(safety) == 1 and _count(safety[0], "person") == 0
    assert str(safety[0]) in restored.stdout


def test_cli_backup_without_a_file_goes_to_the_backup_folder(demo_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "cli-home"
    made = run_kampagnen(home, "--database", str(demo_file), "db", "backup")
    assert made.returncode == 0, made.stderr
    written = list((home / "data" / "backups").glob("kampagnen-*.sqlite3"))
    assert len(written) == 1 and str(written[0]) in made.stdout


def test_cli_restore_without_yes_and_without_a_terminal_is_refused(demo_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "cli-home"
    other = tmp_path / "other.sqlite3"
    shutil.copy(demo_file, other)
    conn = sqlite3.connect(other)
    conn.execute("DELETE FROM selection")
    conn.commit()
    conn.close()
    before = _count(demo_file, "selection")
    assert before > 0

    refused = run_kampagnen(home, "--database", str(demo_file), "db", "restore", str(other))

    assert refused.returncode == 1
    assert "--yes" in refused.stderr
    assert _count(demo_file, "selection") == before
    assert not (home / "data" / "backups").exists()


def test_cli_restore_of_a_foreign_file_says_why(demo_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "cli-home"
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")

    refused = run_kampagnen(home, "--database", str(demo_file), "db", "restore", str(notes), "--yes")

    assert refused.returncode == 1
    assert "notes.txt" in refused.stderr and "not a database" in refused.stderr


def test_cli_backup_of_a_shared_database_points_to_pg_dump(tmp_path: Path) -> None:
    refused = run_kampagnen(
        tmp_path / "cli-home", "--database", "postgresql://clerk@db.example.invalid/kampagnen", "db", "backup"
    )
    assert refused.returncode == 1
    assert "pg_dump" in refused.stderr


def test_check_backup_file_reads_a_live_database_copy_in_wal_mode(filled: Database, tmp_path: Path) -> None:
    copy = tmp_path / "live-copy.sqlite3"
    filled.dispose()
    shutil.copy(database_file(filled), copy)
    assert sqlite3.connect(copy).execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert backup.check_backup_file(copy) == migrate.head_revision()
