"""Where the database is, how it is opened, and that its password never shows."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.db import secrets
from desktop.db.engine import ENV_VAR, Database, display_url, normalise_url, resolve_url
from desktop.db.errors import DatabaseUnreachable
from desktop.db.migrate import schema_state


def test_the_default_is_an_embedded_sqlite_file_in_the_user_data_folder(monkeypatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    url = resolve_url(None, "")
    assert url.get_backend_name() == "sqlite"
    assert url.database.endswith("kampagnen.sqlite3")


def test_command_line_beats_environment_beats_settings(monkeypatch) -> None:
    monkeypatch.setenv(ENV_VAR, "postgresql://env@db.example/kampagnen")
    assert resolve_url("postgresql://cli@db.example/k", "postgresql://cfg@x/k").username == "cli"
    assert resolve_url(None, "postgresql://cfg@x/k").username == "env"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_url(None, "postgresql://cfg@x/k").username == "cfg"


def test_postgresql_urls_use_psycopg_3_and_a_path_means_sqlite(tmp_path) -> None:
    assert normalise_url("postgresql://u@h/d").drivername == "postgresql+psycopg"
    url = normalise_url(str(tmp_path / "x.sqlite3"))
    assert url.drivername == "sqlite+pysqlite"
    assert url.database == str(tmp_path / "x.sqlite3")


def test_the_password_is_never_shown() -> None:
    url = normalise_url("postgresql://clerk:geheim%21@server:5432/kampagnen")
    shown = display_url(url)
    assert "geheim" not in shown
    assert "clerk" in shown and "server" in shown and "kampagnen" in shown


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path) -> None:
    db = Database(tmp_path / "k.sqlite3")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


@pytest.mark.postgres
def test_the_shared_database_password_comes_from_the_keyring(pg_databases) -> None:
    admin = pg_databases.admin
    without_password = admin._replace(password=None)  # URL.set(password=None) keeps it
    # Nothing in the keyring: the server refuses, and the error names the database.
    db = Database(without_password)
    with pytest.raises(DatabaseUnreachable) as info:
        schema_state(db)
    assert info.value.where == db.display
    assert admin.password not in str(info.value)
    db.dispose()
    secrets.set_password(without_password, admin.password)
    db = Database(without_password)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1
    assert admin.password not in db.display
    db.dispose()
