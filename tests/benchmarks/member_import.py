"""Benchmark: importing a target group of 100,000 lines from a CSV file on SQLite.

Run as ``python tests/benchmarks/member_import.py [--database URL] [--persons N]``. Builds
(once, then reuses) a SQLite file of N demo persons (default 100,000) under the system's
temp folder, as ``query_speed.py`` does (or fills the PostgreSQL database of the URL), writes a cp1252 file of 100,000 existing codes in shuffled
order (with a name and a linked column, as offices have them), and imports it into a
fresh letter action, which is deleted again afterwards. Prints one ``name value unit``
line; the import must take at most 5 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_speed import prepared  # noqa: E402

from sqlalchemy import delete, func, insert, select  # noqa: E402

from desktop.campaigns import member_import  # noqa: E402
from desktop.db.models import Campaign, CampaignAction, Channel, Person  # noqa: E402

LINES = 100_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database")
    parser.add_argument("--persons", type=int, default=LINES)
    args = parser.parse_args()
    db = prepared(args.database, args.persons)
    with db.engine.begin() as conn:
        codes = list(conn.execute(select(Person.code, Person.last_name).order_by(Person.id).limit(LINES)))
        campaign = conn.execute(select(Campaign.id).order_by(Campaign.id).limit(1)).scalar_one()
        sequence = conn.execute(select(func.max(CampaignAction.sequence))
                                .where(CampaignAction.campaign_id == campaign)).scalar_one()
        action = conn.execute(insert(CampaignAction.__table__).values(
            campaign_id=campaign, sequence=sequence + 1, name="Benchmark import", channel=Channel.LETTER,
            row_version=1, updated_by="benchmark",
        )).inserted_primary_key[0]
    random.Random(1).shuffle(codes)
    linked = ("J", "J", "J", "N", "")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "zielgruppe.csv"
        lines = [f"{code};{name};{linked[i % len(linked)]}" for i, (code, name) in enumerate(codes)]
        path.write_bytes(("Kontaktcode;Name;Gekoppelt\r\n" + "\r\n".join(lines) + "\r\n").encode("cp1252", "replace"))
        try:
            started = time.perf_counter()
            report = member_import.import_members(db, path, action)
            seconds = time.perf_counter() - started
        finally:
            with db.engine.begin() as conn:
                conn.execute(delete(CampaignAction.__table__).where(CampaignAction.id == action))
    assert report.written and report.actions[0].added == len(codes), report.actions
    print(f"member_import_{len(codes)}_lines_{db.url.get_backend_name()} {seconds:.2f} s")


if __name__ == "__main__":
    main()
