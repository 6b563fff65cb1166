"""The diagnostic report for support and the log file: never a password, no personal data."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import __version__, diagnostics, logs, paths
from desktop.db.engine import ENV_VAR, Database
from desktop.settings import Settings

SECRET = "Geheim-4711"
# Port 1 on this machine: refused at once, so the checks do not wait for a timeout.
SHARED_URL = f"postgresql://kampagnen_app:{SECRET}@127.0.0.1:1/kampagnen"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("KAMPAGNEN_HOME", str(folder))
    monkeypatch.delenv(ENV_VAR, raising=False)
    return folder


@pytest.fixture(autouse=True)
def printers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The report lists what the system offers; the test printer queue is not needed for that."""
    monkeypatch.setattr(diagnostics, "available_printers", lambda: ["Büro 2. OG", "KampagnenPDF"])
    monkeypatch.setattr(diagnostics, "default_printer", lambda: "Büro 2. OG")


@pytest.fixture
def file_logging() -> Iterator[Path]:
    """logs.setup() as the program calls it, into the test's home; undone afterwards."""
    root = logging.getLogger()
    level = root.level
    logs.shutdown()
    logs.setup()
    yield logs.log_file()
    logs.shutdown()
    root.setLevel(level)


def test_report_names_versions_folders_and_database(qapp, sqlite_db: Database) -> None:
    text = diagnostics.report(Settings(), sqlite_db)

    assert f"Kampagnen {__version__}" in text
    for folder in (paths.user_config_dir(), paths.user_data_dir(), logs.log_folder(), paths.install_root()):
        assert str(folder) in text
    assert sqlite_db.display in text
    assert "embedded" in text
    assert "(current)" in text  # the migrated database is at the program's schema
    assert "SQLAlchemy" in text and "PySide6" in text and "Python" in text
    assert "Büro 2. OG" in text
    assert str(logs.log_file()) in text
    for check in diagnostics.run_checks(Settings(), sqlite_db):
        assert check.label in text


def test_report_reuses_the_checks_it_is_given(qapp, sqlite_db: Database) -> None:
    checks = [diagnostics.Check("Flux capacitor", diagnostics.Level.WARNING, "needs 1.21 gigawatts")]
    text = diagnostics.report(Settings(), sqlite_db, checks)
    assert "WARNING Flux capacitor" in text and "needs 1.21 gigawatts" in text


def test_a_shared_database_password_never_shows(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    settings.set("database_url", SHARED_URL)  # against the rules, but it happens
    monkeypatch.setenv(ENV_VAR, SHARED_URL.replace("kampagnen_app", "admin"))
    db = Database(SHARED_URL, password=SECRET)
    try:
        text = diagnostics.report(settings, db)
    finally:
        db.dispose()

    assert SECRET not in text
    assert "postgresql://kampagnen_app:***@127.0.0.1:1/kampagnen" in text
    assert "shared" in text
    assert "postgresql://admin:***@127.0.0.1:1/kampagnen" in text


def test_the_keyring_password_of_a_shared_database_never_shows(qapp, memory_keyring) -> None:
    from desktop.db import secrets

    url = SHARED_URL.replace(f":{SECRET}", "")
    db = Database(url)
    secrets.set_password(db.url, SECRET)
    db.dispose()
    db = Database(url)  # takes the password from the keyring
    try:
        text = diagnostics.report(Settings(), db)
    finally:
        db.dispose()
    assert SECRET not in text
    assert "postgresql://kampagnen_app@127.0.0.1:1/kampagnen" in text


def test_log_lines_in_the_report_are_scrubbed(qapp, sqlite_db: Database) -> None:
    log_file = logs.log_file()
    old = [f"2024-05-0{n % 9 + 1} 08:00:00,000 INFO old: line {n}" for n in range(60)]
    recent = [
        "2024-05-10 09:15:02,123 WARNING desktop.delivery: mail to anna.mueller@example.de refused",
        "2024-05-10 09:15:03,456 INFO desktop.contacts: caller +49 30 1234567 looked up (contact P-00042)",
        "2024-05-10 09:15:04,789 INFO desktop.contacts: caller 030/123 45 67 and 0612345678 not found",
        f"2024-05-10 09:15:05,000 ERROR desktop.db: cannot reach postgresql://app:{SECRET}@db.example.org/k",
        f"2024-05-10 09:15:06,000 ERROR desktop.db: dsn host=db password={SECRET} dbname=k",
    ]
    log_file.write_text("\n".join(old + recent) + "\n", encoding="utf-8")

    text = diagnostics.report(Settings(), sqlite_db)

    for personal in ("anna.mueller@example.de", "1234567", "123 45 67", "0612345678", SECRET):
        assert personal not in text
    assert "WARNING desktop.delivery: mail to «…» refused" in text
    assert "caller «…» looked up (contact P-00042)" in text
    assert "caller «…» and «…» not found" in text
    assert "postgresql://app:***@db.example.org/k" in text
    assert "password=***" in text
    # The last 50 lines, timestamps intact; older ones are left out.
    assert "2024-05-10 09:15:06,000" in text
    assert "line 59" in text and "line 15" in text and "line 14" not in text
    assert f"Last {diagnostics.LOG_LINES} lines" in text


def test_report_without_a_log_file(qapp, sqlite_db: Database) -> None:
    assert not logs.log_file().exists()
    assert "Last 0 lines" in diagnostics.report(Settings(), sqlite_db)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("postgresql+psycopg://clerk:s3cr%40t@db:5432/k", "postgresql+psycopg://clerk:***@db:5432/k"),
        ("postgresql://:pw@host/db", "postgresql://:***@host/db"),
        ("host=db user=x password=geheim dbname=k", "host=db user=x password=*** dbname=k"),
        ("{'password': 'a b', 'user': 'x'}", "{'password': '***', 'user': 'x'}"),
        ("PWD=\"a b\";x", "PWD=\"***\";x"),
        ("postgresql://clerk@db.example.org/k", "postgresql://clerk@db.example.org/k"),
        ("2024-05-01 12:00:03,123 INFO alembic: Running upgrade 0004 -> 0005", None),
        ("version 0.1.0 on 127.0.0.1:5432 in /tmp/pytest-12/x0 (12345678 rows)", None),
        ("call +31 (0)20 555 1234 or (030) 12 34 56 78", "call «…» or «…»"),
        ("from <j.de-vries+info@firma.nl>.", "from <«…»>."),
    ],
)
def test_scrub(line: str, expected: str | None) -> None:
    assert logs.scrub(line) == (line if expected is None else expected)


def test_the_log_file_holds_no_password_and_no_address_at_info(file_logging: Path, home: Path) -> None:
    assert file_logging.is_relative_to(home)
    log = logging.getLogger("desktop.test")
    log.info("connecting to %s for %s", SHARED_URL, "anna.mueller@example.de")
    log.info("dsn: host=db password=%s", SECRET)
    log.warning("mail to %s refused; login %s", "jan@example.nl", f"smtp://clerk:{SECRET}@mail.example.org")
    try:
        raise RuntimeError(f"connection failed: {SHARED_URL}")
    except RuntimeError:
        log.exception("the database failed")
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = file_logging.read_text(encoding="utf-8")
    assert SECRET not in written
    assert "anna.mueller@example.de" not in written
    assert "connecting to postgresql://kampagnen_app:***@127.0.0.1:1/kampagnen for «…»" in written
    assert "password=***" in written
    # A warning may name the address the mail server refused; it never carries a password.
    assert "mail to jan@example.nl refused; login smtp://clerk:***@mail.example.org" in written
    assert "RuntimeError: connection failed: postgresql://kampagnen_app:***@" in written


def test_setup_puts_one_redacting_filter_on_each_handler(file_logging: Path) -> None:
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_kampagnen", False)]
    assert len(ours) == 2
    for handler in ours:
        assert any(isinstance(f, logs.RedactingFilter) for f in handler.filters)
