"""Turning one part of a letter template into the Jinja source that renders it.

The steps, each for a reason:

1. Word fields become Jinja runs (:mod:`desktop.merge.wordfields`), so one render merges
   mail-merge letters and docxtpl templates alike.
2. A paragraph holding nothing but one field gets ``{% if field %}`` around it, so an empty
   Firma2 or Titel leaves no empty line in the address.
3. docxtpl's ``patch_xml`` joins ``{{ … }}`` tags that Word split over several runs. It is
   docxtpl's own, proven clean-up; calling it directly spares opening a python-docx
   ``Document`` per letter, which ``DocxTemplate.render`` would do.
4. Tags that Word's AutoCorrect damaged (``{{ „Vorname“ }}``, non-breaking spaces,
   ``{{ Vor- name }}``) and names with spaces or hyphens (``{{ E-Mail }}``), which Jinja
   cannot parse, are rewritten to the canonical name.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import re
from dataclasses import dataclass

from docxtpl import DocxTemplate
from jinja2 import Environment
from lxml import etree

from desktop.merge.fields import resolve
from desktop.merge.wordfields import (MARKER, W, W_INSTR_TEXT, W_P, W_R, W_RPR, W_T, WHOLE_BLOCKS,
                                      WordField, field_tokens, find_fields, mergefield_name)

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_FORMATS = {"UPPER": "|upper", "LOWER": "|lower", "CAPS": "|title", "FIRSTCAP": "|firstcap"}
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u00ad": None,
                         "\u200b": None})
AUTOCORRECT_CHARS = "„“”‚‘’«»‹›\u00a0\u202f\u2007\u00ad\u200b"
_QUOTES = "\"'„“”‚‘’«»‹›"
_NAME = re.compile(r"[^\W\d][\w \-]*")
KEYWORDS = {"and", "or", "not", "in", "is", "if", "else"}
TAG = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_NUMBER = re.compile(r"\s*[-+]?\d+(?:[.,]\d+)?\s*")
_LONE = re.compile(r"\s*\{\{(.*?)\}\}\s*", re.DOTALL)
# A paragraph that must stay even when its field is empty: it carries a section break,
# a picture or a text box, which the empty-line rule must not throw away.
_KEEP = tuple(f"{{{W}}}{tag}" for tag in ("sectPr", "drawing", "pict", "object", "txbxContent"))


def literal(text: str) -> str:
    """A Jinja string literal for ``text`` that survives docxtpl's clean-up of tags."""
    escaped = json.dumps(text)  # ASCII only: typographic quotes become \\u escapes
    return escaped.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def reference(name: str) -> str:
    """The Jinja expression for the field written ``name``: canonical name, else raw data."""
    return resolve(name) or f"_raw[{literal(name)}]"


@dataclass(frozen=True)
class Jinja:
    """A field's replacement: template text, and the value as an expression if it has one."""

    template: str
    expr: str | None = None


def _merge_field(fld: WordField) -> Jinja:
    tokens = field_tokens(fld.instruction())
    name = mergefield_name(fld) or ""
    ref = reference(name)
    if name in WHOLE_BLOCKS:  # their switches say how Word would build the text: ours is built
        return Jinja(f"{{{{ {ref} }}}}", ref)
    expr, before, after = ref, "", ""
    for i, (text, quoted) in enumerate(tokens[:-1]):
        arg = tokens[i + 1][0]
        if not quoted and text.lower() == "\\b":
            before = arg
        elif not quoted and text.lower() == "\\f":
            after = arg
        elif text == "\\*" and arg.upper() in _FORMATS:
            expr = ref + _FORMATS[arg.upper()]
    body = f"{{{{ {expr} }}}}"
    if before or after:  # Word writes \b and \f text only when the field is not empty
        body = f"{{% if {ref} %}}{before}{body}{after}{{% endif %}}"
    return Jinja(body, expr)


def _if_field(fld: WordField) -> Jinja | None:
    nested = [convert(child) for child in fld.nested()]
    if any(n is None for n in nested):
        return None
    tokens = field_tokens(fld.instruction())[1:]
    while len(tokens) >= 2 and tokens[-2][0] == "\\*":
        tokens = tokens[:-2]  # \* MERGEFORMAT formats the result, which is text here
    if len(tokens) not in (4, 5) or tokens[1][1] or tokens[1][0] not in ("=", "<>", "<", ">", "<=", ">="):
        return None

    def operand(text: str) -> str | None:
        pieces = MARKER.split(text)
        exprs = [literal(p) if i % 2 == 0 else nested[int(p)].expr for i, p in enumerate(pieces) if p]
        return None if None in exprs else " ~ ".join(exprs) or '""'

    def branch(text: str) -> str:
        pieces = MARKER.split(text)
        return "".join(p if i % 2 == 0 else nested[int(p)].template for i, p in enumerate(pieces))

    left, right = operand(tokens[0][0]), operand(tokens[2][0])
    if left is None or right is None:
        return None
    other = branch(tokens[4][0]) if len(tokens) == 5 else ""
    test = f"_word_if({left}, {literal(tokens[1][0])}, {right})"
    return Jinja(f"{{% if {test} %}}{branch(tokens[3][0])}{{% else %}}{other}{{% endif %}}")


def convert(fld: WordField) -> Jinja | None:
    """The Jinja that replaces ``fld``, None when it stays a Word field."""
    if fld.kind == "MERGEFIELD" or fld.kind in WHOLE_BLOCKS:
        return _merge_field(fld)
    if fld.kind == "IF" and any(mergefield_name(f) for f in fld.walk()):
        return _if_field(fld)
    return None


def _run(template: etree._Element, text: str, in_instruction: bool) -> etree._Element:
    run = template.makeelement(W_R)
    rpr = template.find(W_RPR)
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = etree.SubElement(run, W_INSTR_TEXT if in_instruction else W_T)
    t.set(XML_SPACE, "preserve")
    t.text = text
    return run


def _replace(fld: WordField, in_instruction: bool, made: list[etree._Element]) -> None:
    jinja = convert(fld)
    if jinja is None:
        for child in fld.nested():
            _replace(child, True, made)
        for child in fld.result:
            _replace(child, False, made)
        return
    source = fld.result_run if fld.result_run is not None else fld.anchor
    run = _run(source, jinja.template, in_instruction)
    fld.anchor.addprevious(run)
    made.append(run)
    for el in fld.elements:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)


def replace_fields(root: etree._Element) -> list[etree._Element]:
    """Replace MERGEFIELDs and IFs over them in ``root`` by Jinja runs; return those runs."""
    made: list[etree._Element] = []
    for fld in find_fields(root):
        _replace(fld, False, made)
    return made


def word_if(left: object, op: str, right: object) -> bool:
    """Word's IF comparison: numbers as numbers, ``*`` and ``?`` as wildcards after = and <>."""
    a, b = str(left), str(right)
    x: object = a
    y: object = b
    if _NUMBER.fullmatch(a) and _NUMBER.fullmatch(b):  # not float(): "Nan" is a first name
        x, y = float(a.replace(",", ".")), float(b.replace(",", "."))
    if op in ("=", "<>"):
        wild = isinstance(y, str) and ("*" in b or "?" in b)
        same = fnmatch.fnmatchcase(a, b.replace("[", "[[]")) if wild else x == y
        return same if op == "=" else not same
    return {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}[op]  # type: ignore[operator]


def environment() -> Environment:
    """The Jinja environment of all letters: values escaped for XML (``&``, ``<``, quotes)."""
    env = Environment(autoescape=True)
    env.globals["_word_if"] = word_if
    env.filters["firstcap"] = lambda value: str(value)[:1].upper() + str(value)[1:]
    return env


def plain_name(inner: str) -> str | None:
    """The field name in a tag's inside (`` „Vor- name“ `` → "Vor- name"); None if no name."""
    text = inner.translate(_SPACES).strip().strip(_QUOTES).strip()
    if not _NAME.fullmatch(text) or KEYWORDS & set(text.lower().split()):
        return None
    return text


def autocorrected(inner: str) -> bool:
    """Whether Word's AutoCorrect changed a tag's inside (quotes, spaces, hyphenation)."""
    return any(c in AUTOCORRECT_CHARS for c in inner) or bool(re.search(r"\w-\s+\w", inner))


def broken_tags(text: str) -> bool:
    """Whether a paragraph's text holds tags Jinja cannot read (``{ {``, ``{{`` alone)."""
    return (text.count("{{") != text.count("}}") or text.count("{%") != text.count("%}")
            or bool(re.search(r"\{\s+[{%]|[}%]\s+\}", text)))


def _repaired(match: re.Match[str]) -> str:
    name = plain_name(match.group(1))
    if name is None or name.isidentifier() and not resolve(name):
        return match.group(0)  # an expression, or a name the data may still hold
    return f"{{{{ {resolve(name) or f'_raw[{literal(name)}]'} }}}}"


def lone_fields(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """(paragraph, canonical name) of paragraphs holding nothing but one known field."""
    found = []
    for p in root.iter(W_P):
        parent = p.getparent()
        if parent is None or len(parent.findall(W_P)) < 2:
            continue  # a cell, header or text box needs at least one paragraph
        if any(True for _ in p.iter(*_KEEP)):
            continue
        match = _LONE.fullmatch("".join(t.text or "" for t in p.iter(W_T)))
        name = plain_name(match.group(1)) if match else None
        canonical = resolve(name) if name else None
        if canonical:
            found.append((p, canonical))
    return found


def _drop_when_empty(p: etree._Element, name: str) -> None:
    # Jinja text between paragraphs: lxml keeps it as the tail of the element before.
    before = p.getprevious()
    if before is not None:
        before.tail = (before.tail or "") + f"{{% if {name}|trim %}}"
    else:
        parent = p.getparent()
        parent.text = (parent.text or "") + f"{{% if {name}|trim %}}"
    p.tail = "{% endif %}" + (p.tail or "")


def prepare_part(xml: bytes) -> str:
    """The Jinja source for one part (document, header, footer) of a template."""
    root = etree.fromstring(xml)
    replace_fields(root)
    for p, name in lone_fields(root):
        _drop_when_empty(p, name)
    source = DocxTemplate.patch_xml(None, etree.tostring(root, encoding="unicode"))  # type: ignore[arg-type]
    source = TAG.sub(_repaired, source)
    # A value's leading and trailing spaces and its line breaks need a preserving w:t.
    source = re.sub(r"<w:t>(?=[^<]*\{\{)", '<w:t xml:space="preserve">', source)
    return _DECLARATION + source
