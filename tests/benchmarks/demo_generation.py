"""Benchmark: ``kampagnen demo --persons 100000`` on an embedded SQLite database.

Run as ``python tests/benchmarks/demo_generation.py [persons]``; prints one line per figure
(``name value unit``). The issue's target: 100,000 persons in under a minute.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("KAMPAGNEN_HOME", tempfile.mkdtemp(prefix="kampagnen-bench-"))

from desktop.db import demo, migrate  # noqa: E402
from desktop.db.engine import Database  # noqa: E402


def main() -> None:
    persons = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        migrate.upgrade(db)
        migrated = time.perf_counter()
        summary = demo.generate(db, persons=persons, seed=1)
        finished = time.perf_counter()
        db.dispose()
        size = sum(f.stat().st_size for f in Path(folder).iterdir())
    print(f"schema_creation {migrated - started:.2f} s")
    print(f"demo_generation_{persons}_persons {finished - migrated:.2f} s")
    print(f"demo_rate {summary.persons / (finished - migrated):.0f} persons/s")
    print(f"demo_database_size {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
