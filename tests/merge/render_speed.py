"""Measure how long merging one letter takes (not a test; the issue's target is ≤ 5 ms).

Run as ``python tests/merge/render_speed.py [TEMPLATE.docx ...] [--letters N]``. Without
templates it measures the two shipped sample letters and a generated one that uses Word
MERGEFIELDs (simple, complex, IF) next to placeholders. Prints ``name value unit`` lines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from wordxml import add, begin, end, instr, mergefield, new_document, save, separate, simple_field, text_run  # noqa: E402

from desktop.merge.template import PreparedTemplate, Recipient, Sender, merge_data  # noqa: E402


def mail_merge_letter(folder: Path) -> Path:
    """A one-page letter as an office's Word mail merge would have it."""
    doc = new_document()
    for name in ("Firma", "Firma2", "Adressblock"):
        add(doc.add_paragraph(), mergefield(name))
    add(doc.add_paragraph(), begin(), instr(" IF "), mergefield("Anrede"),
        instr(' = "Frau" "Sehr geehrte Frau " "Sehr geehrter Herr " '), separate(), end(),
        simple_field("Nachname"), text_run(","))
    for _ in range(12):
        doc.add_paragraph("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
                          "eiusmod tempor incididunt ut labore et dolore magna aliqua. " * 2)
    doc.add_paragraph("Mit freundlichen Grüßen")
    doc.add_paragraph("{{ Absender }}")
    doc.sections[0].header.paragraphs[0].text = "Unser Zeichen: {{ BriefID }} · {{ Datum }}"
    path = folder / "mail_merge.docx"
    save(doc, path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("templates", nargs="*", type=Path)
    parser.add_argument("--letters", type=int, default=2000)
    args = parser.parse_args()
    templates = args.templates or [
        ROOT / "resources" / "templates" / "Geschaeftsbrief_de.docx",
        ROOT / "resources" / "templates" / "Zakelijke_brief_nl.docx",
        mail_merge_letter(Path(tempfile.mkdtemp(prefix="kampagnen-speed-"))),
    ]
    sender = Sender("Max Mustermann", "Vertrieb", "max@muster.de", "0221 123456")
    letters = [merge_data(Recipient(salutation="ms" if i % 2 else "mr", title="Dr." if i % 3 else "",
                                    first_name=f"Vorname{i}", last_name=f"Nachname & {i}",
                                    company="Muster GmbH" if i % 4 else "", street=f"Weg {i}",
                                    postcode="50667", city="Köln"),
                          sender, campaign="Frühjahr", letter_id=f"K1-{i:06d}", today=dt.date.today())
               for i in range(args.letters)]
    for path in templates:
        start = time.perf_counter()
        prepared = PreparedTemplate(path.read_bytes())
        prepare_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        size = sum(len(prepared.render(data)) for data in letters)
        per_letter = (time.perf_counter() - start) * 1000 / len(letters)
        print(f"{path.stem}.prepare {prepare_ms:.1f} ms")
        print(f"{path.stem}.render {per_letter:.3f} ms/letter")
        print(f"{path.stem}.size {size // len(letters) // 1024} KiB/letter")


if __name__ == "__main__":
    main()
