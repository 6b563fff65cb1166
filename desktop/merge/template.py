"""Letter templates: check them (:func:`scan`) and merge them (:class:`PreparedTemplate`).

A template is a Word .docx (or .dotx) with docxtpl/Jinja placeholders such as
``{{ Vorname }}``, Word's own MERGEFIELDs, or both; names may be canonical or any alias of
:mod:`desktop.merge.fields`. A mass run prepares its template once and renders one letter
per contact from a dict of canonical field names (:func:`merge_data` builds it)::

    prepared = PreparedTemplate(docx_bytes)
    for recipient in recipients:
        letter = prepared.render(merge_data(recipient, sender, ...))

``{{ BriefIDQR }}`` and ``{{ BriefIDBarcode }}`` show the letter ID as a picture
(:mod:`desktop.merge.letter_codes`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import jinja2
from jinja2 import meta
from lxml import etree

from desktop.merge.fields import resolve
from desktop.merge.jinja_source import environment, prepare_part
from desktop.merge.letter_codes import CODES, LetterCodes, misplaced
from desktop.merge.letter_data import Recipient, Sender, merge_data
from desktop.merge.package import Package
from desktop.merge.template_scan import Location, Problem, ProblemCode, TemplateScan, scan

__all__ = [
    "Location", "PreparedTemplate", "Problem", "ProblemCode", "Recipient", "Sender",
    "TemplateError", "TemplateScan", "merge_data", "render", "scan",
]

# A line break in a value: a character no letter holds, turned into <w:br/> after rendering.
_BREAK = "\ue000"
_TEXT_WITH_BREAK = re.compile(r"(<w:t(?: [^>]*)?>)([^<]*\ue000[^<]*)</w:t>")
_TEMPLATE_TYPES = (b"wordprocessingml.template.main+xml", b"wordprocessingml.document.main+xml")
_MAIL_MERGE = re.compile(rb"<w:mailMerge>.*?</w:mailMerge>|<w:mailMerge/>", re.DOTALL)


class TemplateError(ValueError):
    """The template cannot be merged (a broken tag, for instance); the message says where."""


def _line_breaks(match: re.Match[str]) -> str:
    text = match.group(2).replace(_BREAK, '</w:t><w:br/><w:t xml:space="preserve">')
    return f"{match.group(1)}{text}</w:t>"


def _text(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if "\n" in text or "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", _BREAK)
    return text


class PreparedTemplate:
    """A template parsed and compiled once, to render many letters fast.

    Args:
        docx_bytes: The template file's bytes (.docx, .dotx or .docm).

    Raises:
        TemplateError: The file is no Word document, or a tag is broken beyond repair.
    """

    def __init__(self, docx_bytes: bytes) -> None:
        try:
            self._package = Package(docx_bytes)
        except Exception as exc:  # zipfile and lxml each have their own errors
            raise TemplateError(f"not a Word document: {exc}") from exc
        self._env = environment()
        self._templates: dict[str, jinja2.Template] = {}
        # Names as written in Jinja expressions that are aliases ({% if Bedrijf %}).
        self.aliases: dict[str, str] = {}
        codes: dict[str, set[str]] = {}  # part -> the letter ID pictures it shows
        for name, _kind in self._package.merge_parts():
            try:
                source = prepare_part(self._package.read(name))
                if "{{" not in source and "{%" not in source:
                    continue  # nothing to merge (a footer with bank details): copied as it is
                self._templates[name] = self._env.from_string(source)
            except (jinja2.TemplateSyntaxError, etree.XMLSyntaxError) as exc:  # or an unknown filter
                raise TemplateError(f"{name}: {getattr(exc, 'message', None) or exc}") from exc
            for variable in meta.find_undeclared_variables(self._env.parse(source)):
                canonical = resolve(variable)
                if canonical and canonical != variable:
                    self.aliases[variable] = canonical
                if canonical in CODES:
                    codes.setdefault(name, set()).add(canonical)
            if name in codes and misplaced(source):
                raise TemplateError(f"{name}: {misplaced(source)[0]} must stand in a paragraph's text")
        self._fix_package()
        self._codes = LetterCodes(self._package, codes) if codes else None

    def _fix_package(self) -> None:
        # A letter is a document even when the template is a .dotx: Word refuses a .docx
        # whose main part says "template".
        types = self._package.read("[Content_Types].xml")
        if _TEMPLATE_TYPES[0] in types:
            self._package.replace("[Content_Types].xml", types.replace(*_TEMPLATE_TYPES))
        # A mail-merge main document names its data source; each letter opened in Word would
        # ask for it ("this document will run an SQL command"). The letters are merged.
        for name, content_type in self._package.content_types.items():
            if content_type.endswith("wordprocessingml.settings+xml"):
                settings = self._package.read(name)
                if b"<w:mailMerge" in settings:
                    self._package.replace(name, _MAIL_MERGE.sub(b"", settings))

    def render(self, data: Mapping[str, object]) -> bytes:
        """The merged letter as .docx bytes.

        Args:
            data: Field values by canonical name (see :func:`merge_data`); other keys are
                available under their own name. A missing field merges as empty.

        Raises:
            TemplateError: A template expression failed for this data.
        """
        context: dict[str, object] = {key: _text(value) for key, value in data.items()}
        if self._codes is not None:
            images = self._codes.images(data)
            context.update(images)
        for alias, canonical in self.aliases.items():
            context.setdefault(alias, context.get(canonical, ""))
        context["_raw"] = context  # unknown Word field names with spaces: _raw["Vor name"]
        changed = {}
        for name, template in self._templates.items():
            try:
                xml = template.render(context)
            except jinja2.TemplateError as exc:
                raise TemplateError(f"{name}: {exc}") from exc
            if _BREAK in xml:
                xml = _TEXT_WITH_BREAK.sub(_line_breaks, xml).replace(_BREAK, " ")
            # docxtpl's escapes for literal braces in a letter ({_{ prints {{).
            xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
            changed[name] = xml.encode("utf-8")
        if self._codes is not None:
            changed.update(self._codes.parts(images))
        return self._package.write(changed)


def render(docx_bytes: bytes, data: Mapping[str, object]) -> bytes:
    """Merge one letter; for many letters prepare the template once instead."""
    return PreparedTemplate(docx_bytes).render(data)
