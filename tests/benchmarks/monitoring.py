"""Benchmark: totals and a three-level totalizer of a campaign with 100,000 dossier items.

Run as ``python tests/benchmarks/monitoring.py [--keep PATH]``. Builds a SQLite database
of 25,000 demo persons and a campaign whose four letter actions reached all of them
(100,000 dossier items, 15 % with a response, two thirds handled), then times the
campaign's totals and the totalizer grouped by handled → response → action and by
response → city → employee. Prints ``name value unit`` lines; the target is 0.5 s each.
With PySide6 installed it also times the campaign summary report as PDF (target 3 s).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert, select  # noqa: E402

from desktop.campaigns import totalizer, totals  # noqa: E402
from desktop.db import demo, migrate  # noqa: E402
from desktop.db.engine import Database  # noqa: E402
from desktop.db.models import (  # noqa: E402
    ActionMember,
    Campaign,
    CampaignAction,
    CampaignStatus,
    Channel,
    DossierItem,
    DossierItemType,
    Employee,
    MemberOrigin,
    Person,
    Response,
    ResponseType,
    utcnow,
)

PERSONS = 25_000
ACTIONS = 4
BATCH = 10_000


def build(db: Database) -> int:
    """The demo persons and the big campaign; returns its id."""
    demo.generate(db, persons=PERSONS, seed=7)
    rng = random.Random(7)
    now = utcnow()
    with db.session() as s:
        letter = s.scalar(select(DossierItemType.id).order_by(DossierItemType.id).limit(1))
        employees = list(s.scalars(select(Employee.id)))
        campaign = Campaign(number="BENCH-MON", name="Benchmark Monitoring", status=CampaignStatus.ACTIVE)
        s.add(campaign)
        s.flush()
        actions = [CampaignAction(campaign_id=campaign.id, sequence=i + 1, name=f"Welle {i + 1}",
                                  channel=Channel.LETTER, cost_per_contact=0.85, fixed_cost=100, generated_at=now)
                   for i in range(ACTIONS)]
        types = [ResponseType(campaign_id=campaign.id, name=n, sort_order=i) for i, n in
                 enumerate(["Interesse", "Unterlagen angefordert", "Teilnahme zugesagt", "Absage"])]
        s.add_all([*actions, *types])
        s.flush()
        ids = campaign.id, [a.id for a in actions], [t.id for t in types]
    campaign_id, action_ids, type_ids = ids
    persons = [p for (p,) in db.engine.connect().execute(select(Person.id))]
    with db.engine.begin() as conn:
        common = {"row_version": 1, "updated_at": now, "updated_by": "bench"}
        item_id = conn.execute(select(DossierItem.id).order_by(DossierItem.id.desc()).limit(1)).scalar() or 0
        members, items, responses = [], [], []
        for action_id in action_ids:
            for person_id in persons:
                item_id += 1
                members.append({"action_id": action_id, "person_id": person_id, "linked": True,
                                "origin": MemberOrigin.SELECTION, "origin_file": "", "exclusion_reason": "",
                                "added_at": now, "added_by": "bench"})
                items.append({"id": item_id, "person_id": person_id, "campaign_id": campaign_id,
                              "action_id": action_id, "type_id": letter, "subject": "Einladung", "text": "",
                              "handled": rng.random() < 0.67, "employee_id": rng.choice(employees),
                              "created_at": now, **common})
                if rng.random() < 0.15:
                    responses.append({"dossier_item_id": item_id, "response_type_id": rng.choice(type_ids),
                                      "note": "", "recorded_at": now, **common})
        for table, rows in ((ActionMember, members), (DossierItem, items), (Response, responses)):
            for start in range(0, len(rows), BATCH):
                conn.execute(insert(table.__table__), rows[start:start + BATCH])
    return campaign_id


def timed(name: str, work, repeat: int = 3) -> object:
    """Run ``work`` ``repeat`` times; print the best time (the first warms SQLite's cache)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    print(f"{name} {best:.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build the database here (and reuse it if it exists)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kampagnen-bench-"))
    path = args.keep or folder / "monitoring.sqlite3"
    db = Database(path)
    fresh = not path.exists() or migrate.schema_state(db) is not migrate.SchemaState.CURRENT
    migrate.upgrade(db)
    if fresh:
        campaign_id = build(db)
    else:
        with db.session() as s:
            campaign_id = s.scalar(select(Campaign.id).where(Campaign.number == "BENCH-MON"))
    with db.session() as s:
        figures = timed("monitoring_totals_100k_items_sqlite", lambda: totals.campaign_totals(s, campaign_id))
        print(f"monitoring_items_counted {figures.campaign.generated} items")
        tree = timed("monitoring_totalizer_handled_response_action_sqlite",
                     lambda: totalizer.totalize(s, campaign_id, ["handled", "response", "action"]))
        print(f"monitoring_totalizer_items {tree.count} items")
        timed("monitoring_totalizer_response_city_employee_sqlite",
              lambda: totalizer.totalize(s, campaign_id, ["response", "city", "employee"]))
    try:
        from report_timing import time_report  # noqa: PLC0415 - needs Qt, optional
    except ImportError:
        return
    time_report(db, campaign_id, folder)


if __name__ == "__main__":
    main()
