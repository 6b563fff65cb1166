"""Benchmark: a mass run of 10,000 letters end to end, as the clerk's *Start* runs it.

Run as ``python tests/benchmarks/mass_print.py [--letters N] [--database URL]``. Builds a
database of N demo persons (a SQLite file in the temp folder unless a URL is given), links
all who have a postal address to a new letter action, and times the whole run from the
German sample template: merge, LibreOffice conversion in chunks, 10,000 archived per-letter
PDFs, 10,000 dossier items, the costs and the print-ready combined PDF. Prints
``name value unit`` lines:

* ``mass_print_<N>_letters`` seconds end to end, and letters per second;
* ``mass_print_peak_memory`` of this process and its LibreOffice children together
  (sampled every 0.1 s; see ``pdf_pipeline.py``);
* ``mass_print_naive_per_letter``: one LibreOffice call per letter, on 50 letters, and
  the speed-up of the run over that (target ≥ 100×);
* ``mass_print_preview_first_letters``: the dialog's preview of the first three letters
  (target ≤ 3 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_pipeline import MemorySampler  # noqa: E402
from query_speed import prepared  # noqa: E402

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.campaigns import members  # noqa: E402
from desktop.db.models import ActionMember, Campaign, CampaignAction, Person  # noqa: E402
from desktop.merge import run, run_plan  # noqa: E402
from desktop.merge.converter import find_libreoffice  # noqa: E402
from desktop.merge.letter_data import merge_data  # noqa: E402
from desktop.merge.pdf import PdfPipeline  # noqa: E402
from desktop.merge.preview import first_letters  # noqa: E402
from desktop.merge.template import PreparedTemplate  # noqa: E402
from desktop.paths import resources_dir  # noqa: E402

TEMPLATE = resources_dir() / "templates" / "Geschaeftsbrief_de.docx"
NAIVE_LETTERS = 50


def letter_action(db, letters: int) -> int:  # noqa: ANN001
    """A new campaign with one letter action whose target group is ``letters`` persons."""
    with db.engine.begin() as conn:
        number = f"BENCH-{int(time.time())}"
        campaign = conn.execute(insert(Campaign.__table__).values(
            number=number, name="Benchmark Massendruck", description="", status="planned", row_version=1,
            updated_by="bench")).inserted_primary_key[0]
        action = conn.execute(insert(CampaignAction.__table__).values(
            campaign_id=campaign, sequence=1, name="Brief", channel="letter", subject="Unser Angebot",
            cost_per_contact=0.85, row_version=1, updated_by="bench")).inserted_primary_key[0]
        people = conn.execute(select(Person.id).where(Person.street != "", ~Person.deceased, ~Person.no_letter)
                              .order_by(Person.id).limit(letters)).scalars().all()
        members.add_persons(conn, action, people)
        linked = conn.execute(select(func.count()).where(ActionMember.action_id == action,
                                                         ActionMember.linked)).scalar_one()
    assert linked == letters, f"only {linked} persons can get a letter"
    return action


def naive_per_letter(db, action: int, folder: Path) -> float:  # noqa: ANN001
    """Seconds per letter with one LibreOffice call per letter (the way not to do it)."""
    prepared_template = PreparedTemplate(TEMPLATE.read_bytes())
    with db.engine.connect() as conn:
        ids = conn.execute(select(ActionMember.person_id).where(ActionMember.action_id == action)
                           .limit(NAIVE_LETTERS)).scalars().all()
        people = run.recipients(conn, ids)
    sources = []
    for n, person in enumerate(ids):
        path = folder / f"naive{n:03d}.docx"
        path.write_bytes(prepared_template.render(merge_data(people[person], run.Sender(), letter_id=str(n))))
        sources.append(path)
    profile = f"-env:UserInstallation={(folder / 'naive-profile').as_uri()}"
    program = find_libreoffice()
    subprocess.run([program, profile, "--headless", "--terminate_after_init"], capture_output=True, check=False)
    started = time.perf_counter()
    for source in sources:
        subprocess.run([program, profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                       capture_output=True, check=True)
    return (time.perf_counter() - started) / len(sources)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=10_000)
    parser.add_argument("--database")
    args = parser.parse_args()
    db = prepared(args.database, max(args.letters * 5 // 4, 2000))
    action = letter_action(db, args.letters)
    with tempfile.TemporaryDirectory(prefix="kampagnen-bench-") as folder:
        work = Path(folder)
        pipeline = PdfPipeline.find(work / "lo")
        started = time.perf_counter()
        preview = first_letters(db, action, {"template_file": str(TEMPLATE)}, pipeline, dt.date.today())
        print(f"mass_print_preview_first_letters {time.perf_counter() - started:.2f} s")
        assert preview and preview.startswith(b"%PDF")

        sampler = MemorySampler()
        sampler.start()
        started = time.perf_counter()
        run_id = run_plan.claim(db, action, {"template_file": str(TEMPLATE)}, resume=False)
        result = run.execute(db, run_id, pipeline, work / "alle.pdf")
        seconds = time.perf_counter() - started
        sampler.stop()
        assert result.letters == args.letters and result.pages == args.letters, result
        print(f"mass_print_{result.letters}_letters {seconds:.1f} s")
        print(f"mass_print_letters_per_second {result.letters / seconds:.0f} 1/s")
        print(f"mass_print_peak_memory {sampler.peak_pss / 1e6:.0f} MB")
        naive = naive_per_letter(db, action, work)
        print(f"mass_print_naive_per_letter {naive:.2f} s")
        print(f"mass_print_speedup {naive / (seconds / result.letters):.0f} x")


if __name__ == "__main__":
    main()
