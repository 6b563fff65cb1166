"""The ``kampagnen`` command as an admin runs it: a real process, its output and exit code.

Each test starts ``python -m desktop`` with its own KAMPAGNEN_HOME, no screen, no terminal
on stdin and the keyring's "fail" backend (so no real keyring is ever asked, and the
selftest's keyring line is the same on every machine).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_process import run_kampagnen
from sqlalchemy import func, inspect, select
from sqlalchemy.engine import URL

from desktop import APP_NAME, __version__
from desktop.db.engine import Database
from desktop.db.migrate import SchemaState, head_revision, schema_state
from desktop.db.models import Person

UNREACHABLE = "postgresql+psycopg://x:y@127.0.0.1:1/nothing"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def kampagnen(home: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return run_kampagnen(home, *args, lang=lang)


def with_password(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def persons_in(url: URL | Path) -> int:
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Person.__table__)).scalar_one()
    finally:
        db.dispose()


@pytest.fixture
def migrated_pg(pg_databases) -> Iterator[URL]:
    url = pg_databases.create(pg_databases.migrated_template())
    yield url
    pg_databases.drop(url)


@pytest.fixture
def empty_pg(pg_databases) -> Iterator[URL]:
    url = pg_databases.create()
    yield url
    pg_databases.drop(url)


def test_version(home: Path) -> None:
    result = kampagnen(home, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_db_upgrade_creates_a_new_sqlite_file_and_then_finds_it_up_to_date(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "new" / "kampagnen.sqlite3"
    first = kampagnen(home, "--database", str(path), "db", "upgrade")
    assert first.returncode == 0, first.stderr
    assert f"The database {path} is now at schema {head_revision()}." in first.stdout
    assert path.is_file()

    again = kampagnen(home, "--database", str(path), "db", "upgrade")
    assert again.returncode == 0, again.stderr
    assert f"The database {path} is up to date (schema {head_revision()})." in again.stdout


def test_demo_fills_a_database_once_and_replaces_only_when_told(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    created = kampagnen(home, "--database", str(path), "demo", "--persons", "300", "--seed", "3")
    assert created.returncode == 0, created.stderr
    assert re.search(rf"Demo data created in {re.escape(str(path))}: 300 persons, \d+ organisations", created.stdout)
    assert persons_in(path) == 300

    refused = kampagnen(home, "--database", str(path), "demo", "--persons", "250", "--seed", "3")
    assert refused.returncode == 1
    assert "already holds data" in refused.stderr and "--replace" in refused.stderr
    assert persons_in(path) == 300

    replaced = kampagnen(home, "--database", str(path), "demo", "--persons", "250", "--seed", "4", "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "250 persons" in replaced.stdout
    assert persons_in(path) == 250


@pytest.mark.postgres
def test_demo_on_a_shared_postgresql_database(home: Path, migrated_pg: URL) -> None:
    result = kampagnen(home, "--database", with_password(migrated_pg), "demo", "--persons", "300", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "300 persons" in result.stdout
    assert migrated_pg.password not in result.stdout + result.stderr
    assert persons_in(migrated_pg) == 300


@pytest.mark.postgres
def test_a_shared_database_is_upgraded_only_with_yes(home: Path, empty_pg: URL) -> None:
    url = with_password(empty_pg)
    demo = kampagnen(home, "--database", url, "demo", "--persons", "300")
    assert demo.returncode == 1
    assert "must be upgraded first: kampagnen db upgrade" in demo.stderr

    refused = kampagnen(home, "--database", url, "db", "upgrade")
    assert refused.returncode == 1
    assert "Not upgraded" in refused.stderr and "--yes" in refused.stderr
    db = Database(empty_pg)
    try:
        with db.engine.connect() as conn:
            assert inspect(conn).get_table_names() == []

        upgraded = kampagnen(home, "--database", url, "db", "upgrade", "--yes")
        assert upgraded.returncode == 0, upgraded.stderr
        assert f"is now at schema {head_revision()}." in upgraded.stdout
        assert schema_state(db) is SchemaState.CURRENT
    finally:
        db.dispose()


def selftest_lines(stdout: str) -> dict[str, tuple[str, str]]:
    """``{label: (level, text)}`` of the check lines."""
    lines = {}
    for line in stdout.splitlines():
        match = re.fullmatch(
            r"  (OK|WARNING|ERROR) +(Qt platform|Database|PDF converter|Printers|Keyring|Translations) +(\S.*)",
            line,
        )
        if match:
            lines[match.group(2)] = (match.group(1), match.group(3))
    return lines


def test_selftest_reports_each_part_of_the_workstation(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "kampagnen.sqlite3"
    assert kampagnen(home, "--database", str(path), "db", "upgrade").returncode == 0
    result = kampagnen(home, "--database", str(path), "selftest")
    assert result.stdout.startswith(f"{APP_NAME} {__version__} selftest\n")
    checks = selftest_lines(result.stdout)
    assert {"Qt platform", "Database", "PDF converter", "Printers", "Keyring"} <= checks.keys()
    assert checks["Qt platform"][0] == "OK" and checks["Qt platform"][1].startswith("offscreen (Qt 6.")
    assert checks["Database"] == ("OK", f"{path}, schema version {head_revision()} (current)")
    level, converter = checks["PDF converter"]
    if level == "OK":
        assert converter == "Microsoft Word" or "LibreOffice" in converter
    else:
        assert (level, "Install LibreOffice" in converter) == ("ERROR", True)
    assert checks["Printers"][0] in ("OK", "WARNING")
    # No OS keyring: a warning only, because a local SQLite file needs no password.
    assert checks["Keyring"][0] == "WARNING"
    assert "No keyring of the operating system is available" in checks["Keyring"][1]


def test_selftest_without_the_database_server_fails_and_says_what_to_check(home: Path) -> None:
    result = kampagnen(home, "--database", UNREACHABLE, "selftest")
    assert result.returncode == 1
    level, text = selftest_lines(result.stdout)["Database"]
    assert level == "ERROR"
    assert text.startswith("postgresql://x:***@127.0.0.1:1/nothing cannot be reached")
    assert text.endswith("Check the address, the network and the password stored for it.")
    assert "until the errors above are fixed" in result.stderr
    assert "x:y@" not in result.stdout + result.stderr


def test_demo_without_the_database_server_fails_with_one_sentence(home: Path) -> None:
    result = kampagnen(home, "--database", UNREACHABLE, "demo", "--persons", "300")
    assert result.returncode == 1
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.startswith("The database postgresql://x:***@127.0.0.1:1/nothing cannot be reached")
    assert message.endswith("Check the address, the network and the password.")
    assert "\n" not in message


def test_an_admin_in_germany_reads_german(home: Path, tmp_path: Path) -> None:
    result = kampagnen(home, "--database", str(tmp_path / "neu.sqlite3"), "db", "upgrade", lang="de")
    assert result.returncode == 0
    assert "ist jetzt auf Schema" in result.stdout
    result = kampagnen(home, "selftest", lang="de")
    assert "Datenbank" in result.stdout and "Übersetzungen" in result.stdout
    assert "PDF-Umwandlung" in result.stdout
