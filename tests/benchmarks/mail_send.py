"""Benchmark: 1,000 personal e-mails with the contact's letter as PDF to a local SMTP server.

Run as ``python tests/benchmarks/mail_send.py [--mails N] [--no-attach]``. Builds a SQLite
database in the temp folder with N persons linked to an e-mail action that attaches the
letter (German sample template), then runs :func:`desktop.delivery.mail_run.send_action`
against an aiosmtpd server on 127.0.0.1, in a process of its own, that counts what it
accepts. Prints
``name value unit`` lines:

* ``mail_send_<N>`` seconds end to end (target: 1,000 in at most 30 s): merging and
  converting the letters to attach, and sending (build, SMTP, .eml archive, dossier item
  per mail) while the next letters are converted;
* ``mail_send_per_second`` e-mails per second, end to end;
* ``mail_send_peak_memory`` this process and its LibreOffice children (see
  ``pdf_pipeline.py``), and ``mail_send_memory_growth`` how much the resident memory of
  this process grew from the first tenth of the e-mails sent to the last (flat: near 0).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "tests" / "delivery"))

from pdf_pipeline import MemorySampler
from aiosmtpd.controller import Controller
from smtp_servers import Collect, free_port

from desktop.campaigns import members
from desktop.db.engine import Database
from desktop.db.migrate import upgrade
from desktop.db.models import (
    Campaign,
    CampaignAction,
    Channel,
    DossierItemType,
    Employee,
    Person,
)
from desktop.delivery import mail_run
from desktop.delivery.smtp_client import SmtpSettings
from desktop.merge.pdf import PdfPipeline
from desktop.paths import resources_dir


class Counting(Collect):
    """Counts the accepted messages and their bytes instead of keeping them (memory stays flat)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = self.bytes = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        self.bytes += len(envelope.content)
        return "250 2.0.0 queued"


def build(db: Database, mails: int, attach: bool) -> int:
    with db.session() as session:
        outgoing = DossierItemType(code="AUSG", name="Ausgangspost")
        sender = Employee(code="MA1", first_name="Thomas", last_name="Schneider", email="t.schneider@example.org")
        campaign = Campaign(number="2026-900", name="Benchmark")
        session.add_all([outgoing, sender, campaign])
        session.flush()
        action = CampaignAction(
            campaign_id=campaign.id, sequence=1, name="Mail", channel=Channel.EMAIL, sender_id=sender.id,
            subject="Unser Angebot für {{ Vorname }} {{ Nachname }}", dossier_item_type_id=outgoing.id,
            mail_text="{{ Briefanrede }}\n\nanbei Ihr persönliches Angebot ({{ BriefID }}).\n\n{{ Absender }}\n",
            mail_html="<p>{{ Briefanrede }}</p><p>anbei Ihr persönliches Angebot ({{ BriefID }}).</p>",
            mail_attach_letter=attach, reply_to="antwort@example.org")
        people = [Person(code=f"{n:05d}", first_name=f"Vor{n}", last_name=f"Name{n:05d}", email=f"p{n}@example.org",
                         street=f"Hauptstraße {n}", postcode="50667", city="Köln") for n in range(mails)]
        session.add(action)
        session.add_all(people)
        session.flush()
        members.add_persons(session.connection(), action.id, [p.id for p in people])
        return action.id


def _own_memory() -> int:
    """Resident memory of this process alone (LibreOffice's come and go with its calls)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _serve(port: int, stop: Any, counts: Any) -> None:
    """The SMTP server, in a process of its own as a real one would be."""
    handler = Counting()
    controller = Controller(handler, hostname="127.0.0.1", port=port, data_size_limit=0)
    controller.start()
    stop.wait()
    controller.stop()
    counts.put((handler.count, handler.bytes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=1000)
    parser.add_argument("--no-attach", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kampagnen-mail-bench-"))
    db = Database(folder / "bench.sqlite3")
    upgrade(db)
    action = build(db, args.mails, not args.no_attach)
    pipeline = PdfPipeline.find(folder / "lo", processes=2, chunk_size=100)
    rss: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        # Resident memory once a tenth is sent and at the end: flat means near equal.
        if what != "mails" or not total:
            return
        if (not rss and done >= total // 10) or (len(rss) == 1 and done == total):
            rss.append(_own_memory())

    port, stop, counts = free_port(), multiprocessing.Event(), multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(port, stop, counts), daemon=True)
    server.start()
    smtp = SmtpSettings("127.0.0.1", port, "none", timeout=10.0, per_connection=100)
    for _ in range(100):  # until the server listens
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    sampler = MemorySampler()
    sampler.start()
    start = time.perf_counter()
    job = mail_run.MailJob(smtp, pipeline=pipeline, template_file=resources_dir() / "templates" /
                           "Geschaeftsbrief_de.docx")
    result = mail_run.send_action(db, action, job, progress=progress)
    end = time.perf_counter()
    sampler.stop()
    stop.set()
    received, size = counts.get(timeout=30)
    server.join()
    assert result.sent == args.mails == received, (result, received)
    print(f"mail_send_{args.mails} {end - start:.2f} s")
    print(f"mail_send_per_second {args.mails / (end - start):.1f} mails/s")
    print(f"mail_send_peak_memory {sampler.peak_rss / 2**20:.0f} MB")
    if len(rss) == 2:
        print(f"mail_send_memory_growth {(rss[1] - rss[0]) / 2**20:.1f} MB")
    print(f"mail_send_max_rss_self {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"mail_send_received {size / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
