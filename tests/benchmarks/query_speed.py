"""Benchmark: queries and exports on a million demo persons.

Run as ``python tests/benchmarks/query_speed.py [--database URL] [--persons N]``. Without
``--database`` it builds (once, then reuses) a SQLite file of N demo persons (default
1,000,000) under the system's temp folder; with a PostgreSQL URL it fills that database
when it holds no persons yet. Prints ``name value unit`` lines:

* the count of the three-condition query of issue 3 (a person field, an organisation field,
  "not a member of action 1"), best of three runs;
* the first result page: its ids and rows, as the window shows them before the count is
  done (the ordered ids of all matches when the first page alone would take too long);
* export of 100,000 rows to CSV and to XLSX, and the peak memory an export adds for
  10,000 and for 100,000 rows (flat when the two are alike).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("KAMPAGNEN_HOME", tempfile.mkdtemp(prefix="kampagnen-bench-"))

from desktop.db import demo, migrate  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.query import compiler, results  # noqa: E402
from desktop.query.definition import parse  # noqa: E402

THREE_CONDITIONS = {
    "where": {"match": "all", "items": [
        {"field": "city", "op": "in", "value": ["Köln", "Bonn"]},
        {"field": "org_employees", "op": "gt", "value": 20},
        {"field": "action_member", "op": "not_exists", "value": 1},
    ]},
}
# Codes 0000001 … 0099999 of a million persons: 99,999 rows, every column of the default output.
EXPORT_ROWS = {"where": {"match": "all", "items": [{"field": "code", "op": "starts_with", "value": "00"}]}}
SMALL_EXPORT_ROWS = {"where": {"match": "all", "items": [{"field": "code", "op": "starts_with", "value": "000"}]}}


def prepared(url: str | None, persons: int) -> Database:
    if url is None:
        url = str(Path(tempfile.gettempdir()) / f"kampagnen-bench-{persons}.sqlite3")
    db = Database(url)
    migrate.upgrade(db)
    if demo.is_empty(db):
        print(f"# creating {persons} demo persons in {db.display} …", file=sys.stderr)
        demo.generate(db, persons=persons, seed=1)
    return db


def best_of(times: int, fn) -> tuple[float, object]:  # noqa: ANN001
    best, result = float("inf"), None
    for _ in range(times):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def database_from_arguments() -> Database:
    """The database named by ``--database``/``--persons`` on the command line, prepared."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--database")
    parser.add_argument("--persons", type=int, default=1_000_000)
    args = parser.parse_args()
    return prepared(args.database, args.persons)


def main() -> None:
    db = database_from_arguments()
    backend = db.url.get_backend_name()
    query = parse(THREE_CONDITIONS)

    def count() -> int:
        with db.engine.connect() as conn:
            return conn.execute(compiler.select_count(query)).scalar_one()

    seconds, matches = best_of(3, count)
    print(f"query_count_three_conditions_{backend} {seconds:.3f} s")
    print(f"query_count_matches_{backend} {matches} persons")

    def first_page() -> float:
        started = time.perf_counter()
        shown: list[float] = []

        def show(ids: list[int]) -> None:
            results.fetch_rows(db, query, ids)
            shown.append(time.perf_counter() - started)

        ids = results.matching_ids(db, query, first_page=show)
        if not shown:
            show(ids[: results.PAGE])
        return shown[0]

    print(f"query_first_page_{backend} {min(first_page() for _ in range(3)):.3f} s")

    from desktop.query import export  # noqa: PLC0415

    for kind, job in (("csv", export.export_csv), ("xlsx", export.export_xlsx)):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"export.{kind}"
            started = time.perf_counter()
            written = job(db, parse(EXPORT_ROWS), path, list(parse(EXPORT_ROWS).fields))
            seconds = time.perf_counter() - started
        print(f"export_{kind}_{written}_rows_{backend} {seconds:.2f} s")
    # Flat memory: the peak the export adds is the same for 10,000 and 100,000 rows.
    # (A separate run, as tracing every allocation slows the export down.)
    for kind, job in (("csv", export.export_csv), ("xlsx", export.export_xlsx)):
        for definition in (SMALL_EXPORT_ROWS, EXPORT_ROWS):
            query = parse(definition)
            with tempfile.TemporaryDirectory() as folder:
                tracemalloc.start()
                written = job(db, query, Path(folder) / f"export.{kind}", list(query.fields))
                _current, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
            print(f"export_{kind}_peak_python_memory_{written}_rows_{backend} {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
