"""Checking a letter template before a run: which fields it uses, where, and what is wrong.

The clerk fixes a template in Word, so every finding says where it is in terms Word shows:
body or header/footer of a section, table, row and cell, paragraph. :class:`Location` keeps
this structured; the UI words it in the clerk's language.
"""

from __future__ import annotations

import enum
import posixpath
import re
from dataclasses import dataclass, field

import jinja2
from lxml import etree

from desktop.merge import jinja_source as js
from desktop.merge.fields import BY_NAME, resolve, suggestions
from desktop.merge.package import Package
from desktop.merge.wordfields import W, W_P, W_T, find_fields, mergefield_name

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
_TBL, _TR, _TC, _BODY = (f"{{{W}}}{t}" for t in ("tbl", "tr", "tc", "body"))
_LEADING_NAME = re.compile(r"\s*([^\W\d]\w*)")
# Fields of Word's mail merge that steer records or ask the user: a letter per contact
# has no use for them, and they do nothing here.
_UNSUPPORTED = {"NEXT", "NEXTIF", "SKIPIF", "MERGEREC", "MERGESEQ", "ASK", "FILLIN", "SET"}


class ProblemCode(enum.StrEnum):
    """What is wrong with a template."""

    UNKNOWN_FIELD = "UNKNOWN_FIELD"  # a name no catalogue field has: merges as empty
    SPLIT_FIELD = "SPLIT_FIELD"  # a {{ }} tag broken apart: "{ {", "{{" without "}}"
    AUTOCORRECTED = "AUTOCORRECTED"  # Word's AutoCorrect changed a tag; repaired when merging
    EMPTY_ADDRESS_LINE = "EMPTY_ADDRESS_LINE"  # a line of one often-empty field: dropped then
    UNSUPPORTED_FIELD = "UNSUPPORTED_FIELD"  # a Word field around merge fields left as it is
    SYNTAX_ERROR = "SYNTAX_ERROR"  # Jinja cannot read the part


@dataclass(frozen=True)
class Location:
    """Where something is in a template.

    Attributes:
        part: "body", "header", "footer", "footnotes" or "endnotes".
        section: For a header or footer, the first section (1-based) that shows it.
        paragraph: 1-based paragraph number; None if unknown. Outside tables, the paragraphs
            of the body (or header, footer) are counted, skipping those in tables; in a
            table, the paragraphs of the cell. A text box's paragraphs count right after the
            paragraph it is anchored in.
        table: (table, row, cell), 1-based, for a paragraph in a table; tables are counted
            in the body (or header, footer), nested tables belong to their outer cell.
    """

    part: str
    section: int | None = None
    paragraph: int | None = None
    table: tuple[int, int, int] | None = None

    def describe(self) -> str:
        """A short English text, e.g. "header of section 1, table 1 row 2 cell 1, paragraph 1"."""
        where = [self.part if self.section is None else f"{self.part} of section {self.section}"]
        if self.table:
            where.append("table {} row {} cell {}".format(*self.table))
        if self.paragraph:
            where.append(f"paragraph {self.paragraph}")
        return ", ".join(where)


@dataclass(frozen=True)
class FieldUse:
    """One merge field in the template: kind "placeholder" ({{ }}) or "mergefield" (Word)."""

    kind: str
    written: str
    canonical: str | None
    location: Location


@dataclass(frozen=True)
class Problem:
    """A finding; severity "error" spoils letters, "warning" is worth a look."""

    code: ProblemCode
    severity: str
    location: Location
    text: str
    suggestions: tuple[str, ...] = ()


@dataclass
class TemplateScan:
    """Everything :func:`scan` found; fields in paragraph order, body first."""

    fields: list[FieldUse] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No errors (warnings allowed)."""
        return all(p.severity != "error" for p in self.problems)

    def names(self) -> set[str]:
        """The canonical names of all known fields used."""
        return {f.canonical for f in self.fields if f.canonical}


def _sections(package: Package, body: str) -> dict[str, int]:
    """Header/footer member → the first section (1-based) that refers to it."""
    folder, base = posixpath.split(body)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in package.names():
        return {}
    targets = {rel.get("Id"): posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
               for rel in etree.fromstring(package.read(rels_name)).iter(f"{{{_PKG_R}}}Relationship")}
    found: dict[str, int] = {}
    sect_prs = etree.fromstring(package.read(body)).iter(f"{{{W}}}sectPr")
    for number, sect_pr in enumerate(sect_prs, 1):
        for ref in sect_pr.iterchildren(f"{{{W}}}headerReference", f"{{{W}}}footerReference"):
            found.setdefault(targets.get(ref.get(f"{{{_R}}}id"), ""), number)
    return found


def _locations(root: etree._Element, part: str, section: int | None) -> dict[etree._Element, Location]:
    container = root.find(_BODY) if root.find(_BODY) is not None else root
    found: dict[etree._Element, Location] = {}
    paragraphs = tables = 0
    for child in container:
        if child.tag != _TBL:
            for p in child.iter(W_P):
                paragraphs += 1
                found[p] = Location(part, section, paragraphs)
            continue
        tables += 1
        for r, row in enumerate(child.iterchildren(_TR), 1):
            for c, cell in enumerate(row.iterchildren(_TC), 1):
                for n, p in enumerate(cell.iter(W_P), 1):
                    found[p] = Location(part, section, n, (tables, r, c))
    return found


def _paragraph(el: etree._Element) -> etree._Element | None:
    return el if el.tag == W_P else next(el.iterancestors(W_P), None)


def _scan_part(xml: bytes, part: str, section: int | None, result: TemplateScan) -> None:
    root = etree.fromstring(xml)
    # Word stores a text box twice, for itself (mc:Choice) and for older readers
    # (mc:Fallback); both get merged, but the clerk should see each field once.
    for fallback in root.iter(f"{{{_MC}}}Fallback"):
        fallback.clear()
    where = _locations(root, part, section)

    def locate(el: etree._Element) -> Location:
        return where.get(_paragraph(el), Location(part, section))

    order = {p: n for n, p in enumerate(root.iter(W_P))}
    uses: list[tuple[int, str, str, etree._Element | None]] = []  # (order, kind, name, paragraph)
    for outer in find_fields(root):
        for fld in outer.walk():
            name = mergefield_name(fld)
            if name is not None:
                # Its paragraph now: the field's own runs go when Word fields become Jinja below.
                para = _paragraph(fld.anchor)
                uses.append((order.get(para, -1), "mergefield", name, para))
            elif fld.kind in _UNSUPPORTED or (
                    fld is outer and js.convert(fld) is None
                    and any(mergefield_name(f) for f in fld.walk())):
                result.problems.append(Problem(ProblemCode.UNSUPPORTED_FIELD, "warning",
                                               locate(fld.anchor), fld.code()))
    made = {t for run in js.replace_fields(root) for t in run.iter(W_T)}
    for p in root.iter(W_P):
        # Only this paragraph's own text: not a text box's inside, not converted Word fields.
        text = "".join(t.text or "" for t in p.iter(W_T)
                       if t not in made and next(t.iterancestors(W_P)) is p)
        if js.broken_tags(text):
            result.problems.append(Problem(ProblemCode.SPLIT_FIELD, "error", locate(p), text))
        for inner in js.TAG.findall(text):
            name = js.plain_name(inner)
            if name is None:
                match = _LEADING_NAME.match(inner)
                name = match.group(1) if match and match.group(1) not in js.KEYWORDS else None
            if name is not None and name not in ("loop", "_raw"):
                uses.append((order.get(p, -1), "placeholder", name, p))
            if js.autocorrected(inner):
                result.problems.append(Problem(ProblemCode.AUTOCORRECTED, "warning", locate(p),
                                               "{{" + inner + "}}"))
    for _order, kind, name, para in sorted(uses, key=lambda use: use[0]):
        canonical, place = resolve(name), where.get(para, Location(part, section))
        result.fields.append(FieldUse(kind, name, canonical, place))
        if canonical is None:
            result.problems.append(Problem(ProblemCode.UNKNOWN_FIELD, "error", place, name,
                                           tuple(suggestions(name))))
    for p, canonical in js.lone_fields(root):
        if BY_NAME[canonical].optional:
            result.problems.append(Problem(ProblemCode.EMPTY_ADDRESS_LINE, "warning", locate(p),
                                           canonical))


def scan(docx_bytes: bytes) -> TemplateScan:
    """Every merge field of a template with its location, and the template's problems.

    Raises:
        zipfile.BadZipFile: ``docx_bytes`` is no Word document.
    """
    package = Package(docx_bytes)
    parts = package.merge_parts()
    body = next((name for name, kind in parts if kind == "body"), "")
    sections = _sections(package, body) if body else {}
    result = TemplateScan()
    for name, kind in parts:
        before = len(result.problems)
        _scan_part(package.read(name), kind, sections.get(name), result)
        if any(p.code == ProblemCode.SPLIT_FIELD for p in result.problems[before:]):
            continue  # the broken tag is the syntax error; say it once, with its place
        try:
            js.environment().from_string(js.prepare_part(package.read(name)))  # also checks filters
        except jinja2.TemplateSyntaxError as exc:
            result.problems.append(Problem(ProblemCode.SYNTAX_ERROR, "error",
                                           Location(kind, sections.get(name)), exc.message or ""))
    return result
