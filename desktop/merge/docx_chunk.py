"""Joining rendered letters of one template into one .docx, each starting a new page.

LibreOffice converts a document of 200 letters in about the time it needs for a few
single ones, so :mod:`desktop.merge.pdf` feeds it such chunks. The first letter's package
is the base; of every further letter only the body is taken, so styles, numbering
definitions, settings and theme are the first letter's. That is right for letters
rendered from one template, the only case supported.

A chunk is built for letters of ``page_total`` pages, and joins them in one of two ways:

- One page (the usual letter): page breaks. Each letter's last paragraph ends with one,
  the first letter's section holds for all. This takes LibreOffice 60% of the time
  sections take, because each section copies the letterhead into a page style of its
  own. What a letter's first page shows is shown on every page: PAGE fields become "1",
  the first-page header and footer become the only ones, even pages get no header of
  their own.
- More pages (or letters with sections of their own): a section per letter. A copy of the
  letter's final ``w:sectPr`` goes into its last paragraph, with ``w:type="nextPage"`` and
  ``w:pgNumType w:start="1"``, so each letter gets its letterhead and its first-page
  header again and PAGE restarts at 1. A section whose header/footer references equal the
  previous one's drops them and inherits them, which is the same and a third faster.

In both, NUMPAGES and SECTIONPAGES become ``page_total`` (in a chunk they would count the
chunk's pages, and LibreOffice 7.4 has no page count per section). Then the chunk is only
right for letters of ``page_total`` pages (:attr:`ChunkBuilder.assumed_pages`), and
:mod:`desktop.merge.pdf` converts the others again. Fields nested in other fields (IF) are
left alone; a PAGE field in them, or one not shown as an arabic number, makes a chunk use
sections.

- A bookmark ``KMPGNLTR<n>`` (``n`` counted in the chunk) goes into the letter's first
  paragraph. LibreOffice exports bookmarks as PDF named destinations, which tell on which
  page each letter starts; nothing visible is added.
- What the body refers to by relationship id (images, hyperlinks, charts, personalised
  headers) is carried over: a part byte-identical to the base's is shared, any other is
  copied once per chunk, with its own relationships, and the ids are remapped.
- Numbered lists (numbered directly or by their paragraph style) get a ``w:num`` of their
  own per letter, so they restart at 1 in each.
- Footnotes, endnotes and comments are numbered per package and cannot be joined this
  way: a letter with them is refused with :class:`LetterNotJoinable`.
"""

from __future__ import annotations

import copy
import hashlib
import io
import posixpath
import re
import zipfile
from collections.abc import Iterable, Sequence

from lxml import etree

from desktop.merge.package import inflate, read_members

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MAIN = "word/document.xml"
CONTENT_TYPES = "[Content_Types].xml"
MARKER_PREFIX = "KMPGNLTR"
# Far above any id Word or docxtpl hands out, so markers never collide with a letter's own.
MARKER_ID_BASE = 900_000_000
PAGE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES"}
HEADER_FOOTER = re.compile(r"word/(header|footer)[^/]*\.xml")
NUMPR_AFTER = {f"{{{W}}}{t}" for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
                                      "widowControl")}
REFUSED = ("footnoteReference", "endnoteReference", "commentReference")
_R_ATTRIBUTES = etree.XPath(f"descendant-or-self::*/@*[namespace-uri() = '{R}']")


class LetterNotJoinable(ValueError):
    """A letter uses something that cannot be joined into a chunk (e.g. footnotes)."""


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def marker_name(index: int) -> str:
    """The bookmark (and PDF destination) name marking the start of letter ``index``."""
    return f"{MARKER_PREFIX}{index:06d}"


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


class _Package:
    """A .docx opened for reading; entries are decompressed on first use.

    A letter's styles part alone can be 300 kB, and only the base's is ever needed. A part
    whose compressed bytes equal the base's is the base's (letters rendered from one
    template carry their unchanged parts over byte for byte): it is neither decompressed
    nor parsed again.
    """

    def __init__(self, data: bytes, base: _Package | None = None) -> None:
        self._members = read_members(data)
        self._base = base
        self._read: dict[str, bytes] = {}
        self._rels: dict[str, dict[str, etree._Element]] = {}
        self._types: etree._Element | None = None

    def get(self, name: str) -> bytes | None:
        if name not in self._read and name in self._members:
            if self.same_as_base(name):
                self._read[name] = self._base.get(name)
            else:
                self._read[name] = inflate(self._members[name])
        return self._read.get(name)

    def same_as_base(self, name: str) -> bool:
        """Whether member ``name`` is byte for byte the base's (both lack it counts too)."""
        if self._base is None:
            return False
        mine, theirs = self._members.get(name), self._base._members.get(name)
        if mine is None or theirs is None:
            return mine is theirs
        if mine == theirs:
            return True
        return mine[1:3] == theirs[1:3] and self.get(name) == self._base.get(name)

    def all_entries(self) -> dict[str, bytes]:
        return {name: self.get(name) for name in self._members}

    def rels(self, part: str) -> dict[str, etree._Element]:
        if part not in self._rels:
            if self._base is not None and self.same_as_base(_rels_name(part)):
                self._rels[part] = self._base.rels(part)
            else:
                data = self.get(_rels_name(part))
                self._rels[part] = {rel.get("Id"): rel for rel in (etree.fromstring(data) if data else ())}
        return self._rels[part]

    def content_type(self, part: str) -> str:
        if self._types is None:
            self._types = etree.fromstring(self.get(CONTENT_TYPES))
        ext = posixpath.splitext(part)[1].lstrip(".").lower()
        default = "application/octet-stream"
        for node in self._types:
            if node.get("PartName") == "/" + part:
                return node.get("ContentType")
            if (node.get("Extension") or "").lower() == ext:
                default = node.get("ContentType")
        return default


class ChunkBuilder:
    """Builds one chunk document from letters added in order.

    Args:
        first_letter: The first letter's .docx bytes; its package is the base.
        page_total: The pages each letter is expected to have; what NUMPAGES shows.

    Attributes:
        assumed_pages: After :meth:`build`, the pages each letter must have for the chunk
            to be right (``page_total``), or None when any number is right.
    """

    def __init__(self, first_letter: bytes, page_total: int = 1) -> None:
        self._base = _Package(first_letter)
        self._doc = etree.fromstring(self._base.get(MAIN))
        self._body = self._doc.find(w("body"))
        self._types = etree.fromstring(self._base.get(CONTENT_TYPES))
        self._page_total = page_total
        self.assumed_pages: int | None = None
        self._ends: list[tuple[etree._Element, etree._Element]] = []  # each letter's last paragraph, sectPr
        # Page breaks need one page setup and letterhead for all: no sections of their own,
        # and the same final section (personalised headers make them differ).
        self._one_section = self._body.find(f".//{w('pPr')}/{w('sectPr')}") is None
        self._first_section: bytes | None = None
        self._extra: dict[str, bytes] = {}  # parts copied in from other letters
        self._rel_roots: dict[str, etree._Element] = {}
        self._copied: dict[tuple[str, bytes], str] = {}  # (type, sha1 of part + its rels) -> base part
        self._numbering: etree._Element | None = None
        self._styles: dict[str, tuple[str, str]] | None = None
        self._next_num_id = 0
        self._next_doc_pr = 1_000_000
        self._previous_refs: list[tuple[str, str, str]] | None = None
        self._count = 0
        self._body_has_fields = b"PAGE" in self._base.get(MAIN)
        sectpr = self._body.find(w("sectPr"))
        self._body.remove(sectpr)
        self._default_sectpr = copy.deepcopy(sectpr)
        elements = list(self._body)
        for element in elements:
            self._body.remove(element)
        self._append(elements, sectpr)

    def add(self, letter: bytes) -> None:
        """Append the next letter (the .docx bytes of one rendered letter)."""
        package = _Package(letter, self._base)
        document = package.get(MAIN)
        self._body_has_fields |= b"PAGE" in document
        body = etree.fromstring(document).find(w("body"))
        self._one_section &= body.find(f".//{w('pPr')}/{w('sectPr')}") is None
        for name in REFUSED:
            if body.find(f".//{w(name)}") is not None:
                raise LetterNotJoinable(f"it has a {name} (footnotes, endnotes and comments cannot be joined)")
        sectpr = body.find(w("sectPr"))
        if sectpr is None:
            sectpr = copy.deepcopy(self._default_sectpr)
        else:
            body.remove(sectpr)
        elements = list(body)
        self._remap(elements + [sectpr], package, MAIN, MAIN)
        self._restart_numbering(elements)
        for doc_pr in self._each(elements, f"{{{WP}}}docPr"):  # drawing ids must be unique
            doc_pr.set("id", str(self._next_doc_pr))
            self._next_doc_pr += 1
        self._append(elements, sectpr)

    def build(self) -> bytes:
        """The chunk as .docx bytes; the builder is spent afterwards."""
        entries = self._base.all_entries() | self._extra
        parts = {name: etree.fromstring(data) for name, data in entries.items()
                 if HEADER_FOOTER.fullmatch(name) and b"PAGE" in data}
        fields = [f for root in [*parts.values(), *([self._body] if self._body_has_fields else [])]
                  for f in _page_fields(root)]
        one_page = self._page_total == 1 and self._one_section and all(f.plain for f in fields)
        total = str(self._page_total)
        if one_page:
            for paragraph, _ in self._ends[:-1]:
                etree.SubElement(etree.SubElement(paragraph, w("r")), w("br"), {w("type"): "page"})
            final = self._ends[0][1]  # the first letter's section holds for the whole chunk
            changed = self._first_page_everywhere(final, entries)
            values = {"PAGE": "1", "NUMPAGES": total, "SECTIONPAGES": total}
        else:
            for paragraph, sectpr in self._ends:
                self._close_section(paragraph, sectpr)
            final = self._ends[-1][1]
            final.getparent().remove(final)
            changed = False
            values = {"NUMPAGES": total, "SECTIONPAGES": total}
        self._body.append(final)
        for field in fields:
            if not field.nested and field.name in values:
                field.replace(values[field.name])
                changed = True
        self.assumed_pages = self._page_total if changed else None
        entries.update({name: _xml(root) for name, root in parts.items()})
        entries[MAIN] = _xml(self._doc)
        entries[CONTENT_TYPES] = _xml(self._types)
        entries.update({_rels_name(part): _xml(root) for part, root in self._rel_roots.items()})
        if self._numbering is not None:
            entries[self._numbering_part()] = _xml(self._numbering)
        out = io.BytesIO()
        # Level 1: LibreOffice reads the chunk once, a moment later; size hardly matters.
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for name, data in entries.items():
                zf.writestr(name, data)
        return out.getvalue()

    def _first_page_everywhere(self, sectpr: etree._Element, entries: dict[str, bytes]) -> bool:
        """Make every page look like a letter's first page; whether that changed anything."""
        changed = False
        title = sectpr.find(w("titlePg"))
        if title is not None and title.get(w("val"), "true") not in ("0", "false", "off"):
            for kind in ("headerReference", "footerReference"):
                refs = {ref.get(w("type"), "default"): ref for ref in sectpr.findall(w(kind))}
                for ref in refs.values():
                    sectpr.remove(ref)
                if "first" in refs:
                    refs["first"].set(w("type"), "default")
                    sectpr.insert(0, refs["first"])
            changed = True
        if title is not None:
            sectpr.remove(title)
        settings = self._part("settings")
        if settings and b"evenAndOddHeaders" in (entries.get(settings) or b""):
            root = etree.fromstring(entries[settings])
            for node in root.findall(w("evenAndOddHeaders")):
                changed |= node.get(w("val"), "true") not in ("0", "false", "off")
                root.remove(node)
            entries[settings] = _xml(root)
        return changed

    # -- body and sections ------------------------------------------------------------

    def _append(self, elements: list, sectpr: etree._Element) -> None:
        self._body.extend(elements)
        if not elements or elements[-1].tag != w("p"):
            # A letter ending in a table (or empty) needs a paragraph for its page break.
            elements.append(etree.SubElement(self._body, w("p")))
        first = next(p for element in elements for p in element.iter(w("p")))
        ident = str(MARKER_ID_BASE + self._count)
        at = 1 if len(first) and first[0].tag == w("pPr") else 0
        first.insert(at, etree.Element(w("bookmarkEnd"), {w("id"): ident}))
        first.insert(at, etree.Element(w("bookmarkStart"), {w("id"): ident, w("name"): marker_name(self._count)}))
        self._ends.append((elements[-1], sectpr))
        self._first_section = self._first_section or etree.tostring(sectpr)
        self._one_section &= etree.tostring(sectpr) == self._first_section
        self._count += 1

    def _close_section(self, paragraph: etree._Element, sectpr: etree._Element) -> None:
        refs = [c for c in sectpr if c.tag in (w("headerReference"), w("footerReference"))]
        key = sorted((c.tag, c.get(w("type"), ""), c.get(f"{{{R}}}id")) for c in refs)
        if key == self._previous_refs:
            for ref in refs:
                sectpr.remove(ref)
        self._previous_refs = key
        for old in sectpr.findall(w("type")) + sectpr.findall(w("pgNumType")):
            sectpr.remove(old)
        # Schema order: references, footnotePr, endnotePr, type, pgSz, … pgNumType, cols, …
        at = sum(1 for c in sectpr if c.tag in (w("headerReference"), w("footerReference"),
                                                w("footnotePr"), w("endnotePr")))
        sectpr.insert(at, etree.Element(w("type"), {w("val"): "nextPage"}))
        later = {w(t) for t in ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection",
                                "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")}
        at = next((i for i, c in enumerate(sectpr) if c.tag in later), len(sectpr))
        sectpr.insert(at, etree.Element(w("pgNumType"), {w("start"): "1"}))
        start = next((b for b in paragraph.findall(w("bookmarkStart"))
                      if b.get(w("name")).startswith(MARKER_PREFIX)), None)
        text = next((r for r in paragraph.findall(w("r")) if r.find(w("t")) is not None), None)
        if start is not None and text is not None:
            # The letter's only paragraph: LibreOffice puts a mark at its very start on the
            # previous page when the section has a letterhead of its own, so it goes later.
            text.addnext(start.getnext())
            text.addnext(start)
        ppr = paragraph.find(w("pPr"))
        if ppr is None:
            ppr = etree.Element(w("pPr"))
            paragraph.insert(0, ppr)
        change = ppr.find(w("pPrChange"))  # the only pPr child that follows w:sectPr
        if change is not None:
            change.addprevious(sectpr)
        else:
            ppr.append(sectpr)

    @staticmethod
    def _each(elements: Iterable[etree._Element], tag: str):
        for element in elements:
            yield from element.iter(tag)

    # -- numbering --------------------------------------------------------------------

    def _part(self, kind: str) -> str:
        for rel in self._base.rels(MAIN).values():
            if rel.get("Type", "").endswith("/" + kind):
                return posixpath.normpath(posixpath.join("word", rel.get("Target")))
        return ""

    def _numbering_part(self) -> str:
        return self._part("numbering")

    def _list_styles(self) -> dict[str, tuple[str, str]]:
        """Paragraph styles that number their paragraphs ("List Number"): id -> (numId, ilvl)."""
        if self._styles is None:
            root = etree.fromstring(self._base.get(self._part("styles")) or b"<styles/>")
            own, based = {}, {}
            for style in root.iter(w("style")):
                ident = style.get(w("styleId"))
                num = style.find(f"{w('pPr')}/{w('numPr')}")
                if num is not None and num.find(w("numId")) is not None:
                    level = num.find(w("ilvl"))
                    own[ident] = (num.find(w("numId")).get(w("val")), "0" if level is None else level.get(w("val")))
                if style.find(w("basedOn")) is not None:
                    based[ident] = style.find(w("basedOn")).get(w("val"))
            self._styles = {}
            for ident in based.keys() | own.keys():
                seen, current = set(), ident
                while current not in own and current in based and current not in seen:
                    seen.add(current)
                    current = based[current]
                if current in own and own[current][0] != "0":
                    self._styles[ident] = own[current]
        return self._styles

    def _restart_numbering(self, elements: list) -> None:
        """Give the letter's lists their own w:num with start overrides, so they restart."""
        for ppr in self._each(elements, w("pPr")):
            style = ppr.find(w("pStyle"))
            if style is not None and ppr.find(w("numPr")) is None and style.get(w("val")) in self._list_styles():
                # Numbered by its style: make that explicit, so the letter's own w:num applies.
                num_id, level = self._list_styles()[style.get(w("val"))]
                num_pr = etree.Element(w("numPr"))
                etree.SubElement(num_pr, w("ilvl"), {w("val"): level})
                etree.SubElement(num_pr, w("numId"), {w("val"): num_id})
                before = [c for c in ppr if c.tag in NUMPR_AFTER]
                (before[-1].addnext if before else lambda e: ppr.insert(0, e))(num_pr)
        used = {n.get(w("val")) for n in self._each(elements, w("numId"))} - {None, "0"}
        if not used or not self._numbering_part():
            return
        if self._numbering is None:
            self._numbering = etree.fromstring(self._base.get(self._numbering_part()))
            self._next_num_id = 1 + max((int(n.get(w("numId"))) for n in self._numbering.findall(w("num"))),
                                        default=0)
        nums = {n.get(w("numId")): n for n in self._numbering.findall(w("num"))}
        starts = {(a.get(w("abstractNumId")), lvl.get(w("ilvl"))): lvl.find(w("start")).get(w("val"))
                  for a in self._numbering.findall(w("abstractNum")) for lvl in a.findall(w("lvl"))
                  if lvl.find(w("start")) is not None}
        mapping = {}
        for num_id in used & nums.keys():
            clone = copy.deepcopy(nums[num_id])
            clone.set(w("numId"), str(self._next_num_id))
            abstract = clone.find(w("abstractNumId")).get(w("val"))
            overridden = {o.get(w("ilvl")) for o in clone.findall(w("lvlOverride"))}
            for level in map(str, range(9)):
                if level not in overridden:
                    override = etree.SubElement(clone, w("lvlOverride"), {w("ilvl"): level})
                    etree.SubElement(override, w("startOverride"), {w("val"): starts.get((abstract, level), "1")})
            self._numbering.append(clone)  # w:num follows every w:abstractNum: appending is valid
            mapping[num_id] = str(self._next_num_id)
            self._next_num_id += 1
        for node in self._each(elements, w("numId")):
            node.set(w("val"), mapping.get(node.get(w("val")), node.get(w("val"))))

    # -- relationships ----------------------------------------------------------------

    def _remap(self, elements: list, package: _Package, part: str, base_part: str) -> None:
        """Point every r:* attribute in ``elements`` (from ``package``'s ``part``) at the base."""
        letter_rels = package.rels(part)
        mapping: dict[str, str] = {}
        for element in elements:
            for attribute in _R_ATTRIBUTES(element):  # XPath: far faster than walking every node
                value = str(attribute)
                if value not in mapping:
                    rel = letter_rels.get(value)
                    mapping[value] = value if rel is None else self._carry(rel, package, part, base_part)
                attribute.getparent().set(attribute.attrname, mapping[value])

    def _carry(self, rel: etree._Element, package: _Package, part: str, base_part: str) -> str:
        """The base relationship id (made if needed) for one relationship of a letter."""
        if rel.get("TargetMode") == "External":
            return self._rel_to(base_part, rel.get("Type"), rel.get("Target"), external=True)
        source = posixpath.normpath(posixpath.join(posixpath.dirname(part), rel.get("Target")))
        if rel.get("Target").startswith("/"):
            source = rel.get("Target").lstrip("/")
        target = self._part_in_base(source, rel.get("Type"), package)
        return self._rel_to(base_part, rel.get("Type"), posixpath.relpath(target, posixpath.dirname(base_part)))

    def _part_in_base(self, source: str, rel_type: str, package: _Package) -> str:
        if package.same_as_base(source) and package.same_as_base(_rels_name(source)):
            return source
        data, own_rels = package.get(source) or b"", package.get(_rels_name(source)) or b""
        key = (rel_type, hashlib.sha1(data + b"\0" + own_rels).digest())
        if key not in self._copied:
            stem, ext = posixpath.splitext(source)
            target = f"{stem}_k{len(self._copied) + 1}{ext}"
            if own_rels:
                root = etree.fromstring(data)
                self._remap([root], package, source, target)
                data = _xml(root)
            self._extra[target] = data
            etree.SubElement(self._types, f"{{{CT}}}Override", PartName="/" + target,
                             ContentType=package.content_type(source))
            self._copied[key] = target
        return self._copied[key]

    def _rel_to(self, base_part: str, rel_type: str, target: str, *, external: bool = False) -> str:
        if base_part not in self._rel_roots:
            root = etree.Element(f"{{{PR}}}Relationships", nsmap={None: PR})
            root.extend(copy.deepcopy(rel) for rel in self._base.rels(base_part).values())
            self._rel_roots[base_part] = root
        root = self._rel_roots[base_part]
        wanted = (rel_type, target, external)
        for rel in root:
            if (rel.get("Type"), rel.get("Target"), rel.get("TargetMode") == "External") == wanted:
                return rel.get("Id")
        ids = {rel.get("Id") for rel in root}
        ident = next(f"rIdK{n}" for n in range(len(ids) + 1, 2 * len(ids) + 2) if f"rIdK{n}" not in ids)
        attrs = {"Id": ident, "Type": rel_type, "Target": target} | ({"TargetMode": "External"} if external else {})
        etree.SubElement(root, f"{{{PR}}}Relationship", attrs)
        return ident


class _PageField:
    """A PAGE, NUMPAGES or SECTIONPAGES field: a w:fldSimple or the runs of a complex one."""

    def __init__(self, instruction: str, runs: list[etree._Element], sample: etree._Element | None,
                 nested: bool) -> None:
        words = instruction.split()
        self.name = words[0].upper()
        formats = {words[i + 1].upper() for i, word in enumerate(words[:-1]) if word == "\\*"}
        # A literal "1" stands in for it only when it is shown as an arabic number.
        self.plain = not nested and formats <= {"MERGEFORMAT", "CHARFORMAT", "ARABIC"}
        self.nested = nested
        self._runs = runs
        self._sample = sample

    def replace(self, text: str) -> None:
        """Put a run showing ``text`` where the field is."""
        self._runs[0].addprevious(_literal_run(self._sample, text))
        for run in self._runs:
            run.getparent().remove(run)


def _page_fields(root: etree._Element) -> list[_PageField]:
    """The page number and page count fields under ``root``."""
    found = []
    for simple in root.iter(w("fldSimple")):
        if _is_page_field(simple.get(w("instr"))):
            nested = any(a.tag == w("fldSimple") for a in simple.iterancestors())
            found.append(_PageField(simple.get(w("instr")), [simple], simple.find(w("r")), nested))
    for paragraph in root.iter(w("p")):
        stack: list[dict] = []
        # Only the paragraph's own runs: a text box's paragraphs come round on their own.
        for run in (r for r in paragraph.iter(w("r")) if next(r.iterancestors(w("p")), None) is paragraph):
            kind = run.find(w("fldChar"))
            kind = kind.get(w("fldCharType")) if kind is not None else None
            if kind == "begin":
                stack.append({"runs": [], "instr": "", "result": None})
            for field in stack:
                field["runs"].append(run)
            if not stack:
                continue
            top = stack[-1]
            if kind is None and top["result"] is None:
                top["instr"] += "".join(t.text or "" for t in run.iter(w("instrText")))
            elif kind == "separate":
                top["result"] = []
            elif kind is None:
                top["result"].append(run)
            elif kind == "end":
                stack.pop()
                if _is_page_field(top["instr"]):
                    sample = (top["result"] or top["runs"])[0]  # formatted like its result
                    found.append(_PageField(top["instr"], top["runs"], sample, bool(stack)))
    return found


def _is_page_field(instruction: str | None) -> bool:
    words = (instruction or "").split()
    return bool(words) and words[0].upper() in PAGE_FIELDS


def _literal_run(sample: etree._Element | None, text: str) -> etree._Element:
    """A run showing ``text``, formatted like ``sample`` (a field's result run)."""
    run = etree.Element(w("r"))
    if sample is not None and sample.find(w("rPr")) is not None:
        run.append(copy.deepcopy(sample.find(w("rPr"))))
    etree.SubElement(run, w("t")).text = text
    return run


def join_letters(letters: Sequence[bytes], page_total: int = 1) -> bytes:
    """One .docx of ``letters`` in order, each starting a new page, built for ``page_total`` pages.

    Raises:
        LetterNotJoinable: A letter has footnotes, endnotes or comments.
        ValueError: ``letters`` is empty.
    """
    if not letters:
        raise ValueError("no letters to join")
    builder = ChunkBuilder(letters[0], page_total)
    for letter in letters[1:]:
        builder.add(letter)
    return builder.build()
