"""Benchmark: linking a 100,000-person selection to an action, leaving out the pilot's contacts.

Run as ``python tests/benchmarks/target_group.py [--database URL] [--persons N]`` (the
database of ``query_speed.py``: a SQLite file of a million demo persons unless a URL is
given). A campaign gets a pilot action on 9,999 persons and a second action on the 99,999
persons whose codes begin with "00", without the pilot's contacts; the campaign is deleted
again afterwards. Prints ``name value unit`` lines.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_speed import database_from_arguments  # noqa: E402

from sqlalchemy import delete  # noqa: E402

from desktop.campaigns import members  # noqa: E402
from desktop.db.models import Campaign, CampaignAction, Selection  # noqa: E402


def main() -> None:
    db = database_from_arguments()
    backend = db.url.get_backend_name()
    with db.session() as session:
        session.execute(delete(Campaign).where(Campaign.number == "BENCH-TG"))
        session.execute(delete(Selection).where(Selection.name.like("bench target group%")))
        campaign = Campaign(number="BENCH-TG", name="bench target group")
        session.add(campaign)
        session.flush()
        pilot = CampaignAction(campaign_id=campaign.id, sequence=1, name="Pilot")
        full = CampaignAction(campaign_id=campaign.id, sequence=2, name="Everybody else")
        small = Selection(name="bench target group pilot", definition={
            "where": {"match": "all", "items": [{"field": "code", "op": "starts_with", "value": "000"}]}})
        large = Selection(name="bench target group all", definition={
            "where": {"match": "all", "items": [{"field": "code", "op": "starts_with", "value": "00"}]}})
        session.add_all([pilot, full, small, large])
        session.flush()
        ids = campaign.id, pilot.id, full.id, small.id, large.id
    campaign_id, pilot_id, full_id, small_id, large_id = ids
    try:
        members.link_selection(db, pilot_id, small_id)
        started = time.perf_counter()
        result = members.link_selection(db, full_id, large_id, exclude_used=True)
        seconds = time.perf_counter() - started
        print(f"target_group_link_{result.found}_persons_pilot_excluded_{backend} {seconds:.2f} s")
        print(f"target_group_members_added_{backend} {result.added} persons")
        print(f"target_group_left_out_as_used_{backend} {result.used_before} persons")
    finally:
        with db.session() as session:
            session.execute(delete(Campaign).where(Campaign.id == campaign_id))
            session.execute(delete(Selection).where(Selection.id.in_([small_id, large_id])))


if __name__ == "__main__":
    main()
