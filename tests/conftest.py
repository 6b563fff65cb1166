"""Shared fixtures: a fresh database per test on SQLite and on the real PostgreSQL server.

The PostgreSQL server is the one ``tests/run`` starts on 127.0.0.1 and names in
``KAMPAGNEN_TEST_PG``. Without it, PostgreSQL tests are skipped on a developer machine
and fail in CI (``CI=true``), where nothing may be skipped.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Before anything imports Qt or the paths module: no screen, and never the clerk's files.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KAMPAGNEN_HOME"] = tempfile.mkdtemp(prefix="kampagnen-test-home-")
# No machine-wide configuration of the test machine (/etc/kampagnen) leaks into the tests;
# tests of that file point the variable at their own.
os.environ["KAMPAGNEN_MACHINE_CONFIG"] = os.path.join(os.environ["KAMPAGNEN_HOME"], "no-machine-config.json")
os.environ.pop("KAMPAGNEN_DATABASE", None)

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402
from sqlalchemy.engine import URL  # noqa: E402

from desktop.db.engine import Database  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402

PG_ENV = "KAMPAGNEN_TEST_PG"
PRINTER_ENV = "KAMPAGNEN_TEST_PRINTER"
PRINTER_OUT_ENV = "KAMPAGNEN_TEST_PRINTER_OUT"


class MemoryKeyring(KeyringBackend):
    """Stands in for the Windows Credential Manager / macOS Keychain, which cannot exist here."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def pg_admin_url() -> URL:
    raw = os.environ.get(PG_ENV)
    if not raw:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests (use tests/run)")
        pytest.skip(f"no PostgreSQL test server ({PG_ENV} not set; tests/run starts one)")
    return make_url(raw)


class PgDatabases:
    """Creates and drops throw-away databases on the test server."""

    def __init__(self, admin: URL) -> None:
        self.admin = admin
        self.engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        self.template: str | None = None

    def create(self, template: str | None = None) -> URL:
        name = f"kt_{uuid.uuid4().hex[:12]}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}{clause}"))
        return self.admin.set(database=name)

    def drop(self, url: URL) -> None:
        with self.engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)"))

    def migrated_template(self) -> str:
        """A database at the newest schema, copied for each test (much faster than migrating)."""
        if self.template is None:
            url = self.create()
            db = Database(url)
            upgrade(db)
            db.dispose()
            self.template = url.database
        return self.template


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    manager = PgDatabases(pg_admin_url())
    yield manager
    if manager.template:
        manager.drop(manager.admin.set(database=manager.template))
    manager.engine.dispose()


def _fresh(request: pytest.FixtureRequest, tmp_path, migrated: bool) -> Iterator[Database]:
    if request.param == "sqlite":
        db = Database(tmp_path / "kampagnen.sqlite3")
        if migrated:
            upgrade(db)
        yield db
        db.dispose()
        return
    manager: PgDatabases = request.getfixturevalue("pg_databases")
    url = manager.create(manager.migrated_template() if migrated else None)
    db = Database(url)
    yield db
    db.dispose()
    manager.drop(url)


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path) -> Iterator[Database]:
    """A database with no tables, on each backend."""
    yield from _fresh(request, tmp_path, migrated=False)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path) -> Iterator[Database]:
    """A database at the newest schema, empty of data, on each backend."""
    yield from _fresh(request, tmp_path, migrated=True)


@pytest.fixture
def sqlite_db(tmp_path) -> Iterator[Database]:
    """A migrated SQLite database only (for UI tests, where the backend does not matter)."""
    db = Database(tmp_path / "kampagnen.sqlite3")
    upgrade(db)
    yield db
    db.dispose()


@dataclass(frozen=True)
class PrintQueue:
    """The CUPS test queue ``tests/run`` sets up: cups-pdf writes each job to ``out_dir``."""

    name: str
    out_dir: Path


@pytest.fixture
def test_printer() -> PrintQueue:
    """The real CUPS print queue of the printing tests (``KAMPAGNEN_TEST_PRINTER``).

    ``tests/run`` (and so CI) always sets it up; without it the tests are skipped on a
    developer machine and fail in CI, where nothing may be skipped.
    """
    name = os.environ.get(PRINTER_ENV)
    out_dir = os.environ.get(PRINTER_OUT_ENV)
    if not name or not out_dir:
        if os.environ.get("CI"):
            pytest.fail(f"{PRINTER_ENV}/{PRINTER_OUT_ENV} not set: CI must run the printing tests (use tests/run)")
        pytest.skip(f"no CUPS test printer ({PRINTER_ENV} and {PRINTER_OUT_ENV} not set; tests/run sets one up)")
    return PrintQueue(name, Path(out_dir))


PRINT_OUTPUT_TIMEOUT = 30.0


@pytest.fixture
def read_output(test_printer: PrintQueue) -> Iterator[Callable[..., object]]:
    """Wait for cups-pdf's file of a print job and read it (a PdfReader); files are removed afterwards."""
    from pypdf import PdfReader  # noqa: PLC0415 - only printing tests need it

    from desktop.delivery.printing import wait_for_job  # noqa: PLC0415

    files: list[Path] = []

    def read(job) -> PdfReader:  # noqa: ANN001 - a desktop.delivery.printing.PrintJob
        assert job.job_id is not None
        wait_for_job(job, PRINT_OUTPUT_TIMEOUT)
        pattern = f"*-job_{job.job_id.rsplit('-', 1)[1]}.pdf"
        deadline = time.monotonic() + PRINT_OUTPUT_TIMEOUT
        while not (found := list(test_printer.out_dir.glob(pattern))):
            assert time.monotonic() < deadline, f"cups-pdf wrote no {pattern} in {test_printer.out_dir}"
            time.sleep(0.2)
        files.append(found[0])
        return PdfReader(found[0])

    yield read
    for path in files:
        path.unlink(missing_ok=True)


@pytest.fixture
def demo_file(tmp_path) -> Path:
    """A SQLite file with 200 demo persons and the demo selections, for command-line tests."""
    from desktop.db import demo  # noqa: PLC0415

    path = tmp_path / "kampagnen.sqlite3"
    db = Database(path)
    upgrade(db)
    demo.generate(db, persons=200, seed=2, selections=True)
    db.dispose()
    return path
