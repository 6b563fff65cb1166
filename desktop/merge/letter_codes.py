"""The letter ID as a picture in a letter: ``{{ BriefIDQR }}`` and ``{{ BriefIDBarcode }}``.

Where a template names one of these fields (a placeholder, a MERGEFIELD or an alias such
as ``KenmerkQR``), each letter shows its letter ID as a QR code or a Code 128 barcode: an
inline picture in the placeholder's run, in the body, a table cell, a header or a footer.
A size in millimetres may be given as a call: ``{{ BriefIDQR(25) }}`` is 25 mm square,
``{{ BriefIDBarcode(60, 12) }}`` 60 × 12 mm.

What is the same for every letter is done once, when the template is prepared
(:class:`LetterCodes`): each part showing a code gets a relationship to an image part
``word/media/kampagnen_….png``, and the package a content type for PNG. Rendering a letter
gives the field a Jinja value (:class:`CodeImage`) that writes the ``w:drawing`` into the
text and makes the PNG, which then replaces the image part. A template without these
fields never comes here, so it renders as fast as before.
"""

from __future__ import annotations

import itertools
import posixpath
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from jinja2 import TemplateRuntimeError
from lxml import etree
from markupsafe import Markup, escape

from desktop.merge import barcodes
from desktop.merge.fields import resolve
from desktop.merge.jinja_source import TAG
from desktop.merge.package import Package

_PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_EMU_PER_MM = 36_000
# Drawing ids of a letter's codes; far from Word's own and from docx_chunk's (1,000,000 on).
_DOC_PR_BASE = 800_000_000
_LEADING_NAME = re.compile(r"\s*([^\W\d]\w*)")
_OPEN_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>")
# The picture inside the run: the text element is closed before it and opened again after.
_DRAWING = (
    '</w:t><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
    '<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    '<wp:docPr id="{id}" name="{field} {id}" descr="{text}"/>'
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/></wp:cNvGraphicFramePr>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:nvPicPr><pic:cNvPr id="0" name="{field}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:embed="{rel}"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
    '<a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing><w:t xml:space="preserve">'
)


@dataclass(frozen=True)
class CodeKind:
    """One code field: how its picture is made and how large it is by default.

    Attributes:
        field: The canonical field name.
        png: Makes the PNG of a letter ID for a width and height in millimetres.
        width_mm, height_mm: The default size.
        square: A single size argument means width and height (QR), else only the width.
    """

    field: str
    png: Callable[[str, float, float], bytes]
    width_mm: float
    height_mm: float
    square: bool


CODES: dict[str, CodeKind] = {
    "BriefIDQR": CodeKind("BriefIDQR", lambda text, width, _height: barcodes.qr_png(text, width), 18, 18,
                          square=True),
    "BriefIDBarcode": CodeKind("BriefIDBarcode", barcodes.code128_png, 50, 10, square=False),
}


def _size(value: object, default: float) -> float:
    if value is None:
        return default
    try:
        size = float(str(value).replace(",", "."))
    except ValueError:
        size = 0.0
    if not 3 <= size <= 250:
        raise TemplateRuntimeError(f"a code's size is given in millimetres (3 to 250), not {value!r}")
    return size


class CodeImage:
    """The Jinja value of a code field in one letter.

    ``{{ BriefIDQR }}`` writes the picture at its default size, ``{{ BriefIDQR(25) }}`` at
    another; as text (``{% if BriefIDQR %}``, ``|upper``) it is the letter ID. An empty
    letter ID shows no picture.

    Args:
        kind: The code field.
        value: The letter ID to encode.
        rel_id: The relationship id of the image part, the same in every part.
        ids: Hands out the drawing ids of this letter.
    """

    def __init__(self, kind: CodeKind, value: str, rel_id: str, ids: Iterator[int]) -> None:
        self.kind = kind
        self.value = value
        self.png: bytes | None = None  # made for the size the picture is first shown at
        self._rel_id = rel_id
        self._ids = ids

    def __str__(self) -> str:
        return self.value

    def __bool__(self) -> bool:
        return bool(self.value)

    def __html__(self) -> str:
        return self()

    def __call__(self, width_mm: object = None, height_mm: object = None) -> Markup:
        """The picture ``width_mm`` wide (for a QR code also high) as run content."""
        kind = self.kind
        width = _size(width_mm, kind.width_mm)
        height = _size(height_mm, width if kind.square and width_mm is not None else kind.height_mm)
        if not self.value:
            return Markup("")
        if self.png is None:
            try:
                self.png = kind.png(self.value, width, height)
            except ValueError as exc:  # a letter ID a Code 128 cannot hold; too long for a QR code
                raise TemplateRuntimeError(f"{kind.field}: {exc}") from exc
        # The letter ID in the picture's description also makes a header or footer with
        # a code differ from letter to letter, so docx_chunk never shares one between them.
        return Markup(_DRAWING.format(
            cx=round(width * _EMU_PER_MM), cy=round(height * _EMU_PER_MM), id=next(self._ids),
            field=kind.field, text=escape(self.value), rel=self._rel_id))


def misplaced(source: str) -> list[str]:
    """The code field tags in a part's Jinja source that do not stand in a run's text.

    The picture closes the run's ``w:t`` and opens it again, so a code anywhere else (in a
    field instruction, say) would break the letter's XML.
    """
    found = []
    for match in TAG.finditer(source):
        name = _LEADING_NAME.match(match.group(1))
        if not name or resolve(name.group(1)) not in CODES:
            continue
        opened = _OPEN_TEXT.match(source, source.rfind("<", 0, match.start()))
        closing = source.find("<", match.end())
        if not (opened and opened.end() <= match.start() and source.startswith("</w:t>", closing)):
            found.append(match.group(0))
    return found


class LetterCodes:
    """The code fields of one template, with its package made ready to show them.

    Args:
        package: The template's package; relationships, content types and placeholder
            image parts are added to it.
        used: Member name of each part showing codes → the canonical code fields it shows.
    """

    def __init__(self, package: Package, used: Mapping[str, set[str]]) -> None:
        fields = sorted(set().union(*used.values()))
        names = set(package.names())
        taken = {rel.get("Id") for part in used for rel in _relationships(package, part)}
        self.media: dict[str, str] = {}  # canonical field -> image part
        self.rel_ids: dict[str, str] = {}  # canonical field -> relationship id in every part
        for field in fields:
            self.media[field] = _free(names, lambda n, f=field: f"word/media/kampagnen_{f.lower()}{n or ''}.png")
            self.rel_ids[field] = _free(taken, lambda n, f=field: f"rIdKampagnen{f}{n or ''}")
            package.replace(self.media[field], barcodes.bilevel_png([([False], 1)]))  # until a letter has its own
        for part, shown in used.items():
            root = etree.Element(f"{{{_PKG_R}}}Relationships", nsmap={None: _PKG_R})
            root.extend(_relationships(package, part))
            for field in sorted(shown):
                target = posixpath.relpath(self.media[field], posixpath.dirname(part))
                etree.SubElement(root, f"{{{_PKG_R}}}Relationship", Id=self.rel_ids[field], Type=_IMAGE,
                                 Target=target)
            package.replace(_rels_name(part), etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                             standalone=True))
        types = etree.fromstring(package.read("[Content_Types].xml"))
        if not any((d.get("Extension") or "").lower() == "png" for d in types.iter(f"{{{_CT}}}Default")):
            types.insert(0, etree.Element(f"{{{_CT}}}Default", Extension="png", ContentType="image/png"))
            package.replace("[Content_Types].xml", etree.tostring(types, xml_declaration=True, encoding="UTF-8",
                                                                  standalone=True))

    def images(self, data: Mapping[str, object]) -> dict[str, CodeImage]:
        """The Jinja values of the code fields for one letter's ``data``.

        A field's value is the letter ID to encode; without one, ``BriefID``'s.
        """
        ids = itertools.count(_DOC_PR_BASE)
        return {field: CodeImage(CODES[field], str(data.get(field, data.get("BriefID", "")) or ""),
                                 self.rel_ids[field], ids)
                for field in self.media}

    def parts(self, images: Mapping[str, CodeImage]) -> dict[str, bytes]:
        """The image parts of the pictures ``images`` showed in a rendered letter."""
        return {self.media[field]: image.png for field, image in images.items() if image.png is not None}


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _relationships(package: Package, part: str) -> list[etree._Element]:
    if _rels_name(part) not in package.names():
        return []
    return list(etree.fromstring(package.read(_rels_name(part))).iter(f"{{{_PKG_R}}}Relationship"))


def _free(taken: set[str], name: Callable[[int], str]) -> str:
    """The first of name(0), name(2), name(3)… not in ``taken`` (which then holds it)."""
    found = next(name(n) for n in itertools.count() if n != 1 and name(n) not in taken)
    taken.add(found)
    return found
