"""Building letter templates for the merge tests: python-docx plus Word's raw field XML.

The field XML is what Word writes when a clerk inserts a merge field from the Mailings tab:
``fldSimple``, or ``fldChar`` begin/separate/end with the instruction split over runs.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

_W = nsdecls("w")


def begin() -> str:
    return f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>'


def instr(text: str) -> str:
    return f'<w:r {_W}><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


def separate() -> str:
    return f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>'


def end() -> str:
    return f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>'


def text_run(text: str, rpr: str = "") -> str:
    return f'<w:r {_W}><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def mergefield(name: str, rpr: str = "", switches: str = "\\* MERGEFORMAT") -> list[str]:
    """A complex MERGEFIELD as Word writes it, the instruction split over three runs."""
    return [begin(), instr(" MERGE"), instr(f"FIELD {name} "), instr(f"{switches} "),
            separate(), text_run(f"«{name}»", rpr), end()]


def simple_field(name: str, rpr: str = "", instruction: str | None = None) -> str:
    code = escape(instruction or f" MERGEFIELD {name} \\* MERGEFORMAT ", {'"': "&quot;"})
    return (f'<w:fldSimple {_W} w:instr="{code}">'
            f'<w:r><w:rPr>{rpr}</w:rPr><w:t>«{escape(name)}»</w:t></w:r></w:fldSimple>')


def add(paragraph: Paragraph, *xml: str | list[str]) -> Paragraph:
    """Append raw run/field XML (strings or lists of strings) to ``paragraph``."""
    for piece in xml:
        for item in [piece] if isinstance(piece, str) else piece:
            paragraph._p.append(parse_xml(item))
    return paragraph


def new_document() -> DocumentObject:
    return Document()


def save(doc: DocumentObject, path: Path) -> bytes:
    """Save ``doc`` as a real file and return its bytes."""
    doc.save(str(path))
    return path.read_bytes()


def open_docx(data: bytes) -> DocumentObject:
    return Document(io.BytesIO(data))


def body_texts(data: bytes) -> list[str]:
    return [p.text for p in open_docx(data).paragraphs]
