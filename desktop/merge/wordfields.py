"""Word's own fields (MERGEFIELD, IF) found in a part's XML and turned into Jinja.

An office's existing mail-merge letters hold MERGEFIELDs in two forms: the simple one
(``<w:fldSimple w:instr=" MERGEFIELD Vorname ">``) and the complex one, a run with
``<w:fldChar w:fldCharType="begin"/>``, runs of ``<w:instrText>`` (Word splits them freely),
``separate``, the result runs showing «Vorname», and ``end``. Complex fields nest: Word's
"Rules" menu writes ``{ IF { MERGEFIELD Anrede } = "Frau" "Sehr geehrte" "Sehr geehrter" }``.

:func:`find_fields` reads them, nested ones included;
:func:`desktop.merge.jinja_source.replace_fields` turns them into Jinja.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_P, W_R, W_T, W_RPR = f"{{{W}}}p", f"{{{W}}}r", f"{{{W}}}t", f"{{{W}}}rPr"
W_FLD_SIMPLE, W_FLD_CHAR, W_INSTR_TEXT = f"{{{W}}}fldSimple", f"{{{W}}}fldChar", f"{{{W}}}instrText"
# Word's field code operators, quoted strings (Word's and typographic quotes) and words.
_TOKEN = re.compile(r'["“„]((?:[^"“”\\]|\\.)*)["”“]|(<=|>=|<>|=|<|>)|([^\s"“”„=<>]+)')
MARKER = re.compile("\x00(\\d+)\x00")
WHOLE_BLOCKS = ("ADDRESSBLOCK", "GREETINGLINE")


@dataclass(eq=False)
class WordField:
    """One Word field with the elements it is made of.

    Attributes:
        anchor: The begin run, or the fldSimple element; the replacement goes before it.
        elements: Everything to remove when the field is replaced, nested fields included.
        instr: The instruction: text pieces and the fields nested in it, in order.
        result: Fields nested in the result part.
        result_run: The first result run with text: its formatting is the field's.
    """

    anchor: etree._Element
    elements: list[etree._Element] = field(default_factory=list)
    instr: list[str | WordField] = field(default_factory=list)
    result: list[WordField] = field(default_factory=list)
    result_run: etree._Element | None = None
    in_result: bool = False

    def nested(self) -> list[WordField]:
        """The fields nested in the instruction, in order."""
        return [piece for piece in self.instr if isinstance(piece, WordField)]

    def instruction(self) -> str:
        """The instruction text; nested field *i* appears as the marker ``\\0i\\0``."""
        nested = self.nested()
        return "".join(p if isinstance(p, str) else f"\x00{nested.index(p)}\x00" for p in self.instr)

    def code(self) -> str:
        """The field code as Word shows it with Alt+F9: "IF { MERGEFIELD Anrede } = ..."."""
        return "".join(p if isinstance(p, str) else f"{{ {p.code()} }}" for p in self.instr).strip()

    @property
    def kind(self) -> str:
        """The field type in capitals: "MERGEFIELD", "IF", "PAGE"..."""
        words = MARKER.sub(" ", self.instruction()).split()
        return words[0].upper() if words else ""

    def walk(self) -> Iterator[WordField]:
        """This field and all fields nested in it."""
        yield self
        for child in (*self.nested(), *self.result):
            yield from child.walk()


def _attach(fld: WordField, stack: list[WordField], top: list[WordField]) -> None:
    if not stack:
        top.append(fld)
        return
    outer = stack[-1]
    outer.elements.extend(fld.elements)
    (outer.result if outer.in_result else outer.instr).append(fld)


def find_fields(root: etree._Element) -> list[WordField]:
    """The outermost fields in ``root``, in document order (nested ones inside them)."""
    top: list[WordField] = []
    stack: list[WordField] = []
    for el in root.iter(W_R, W_FLD_SIMPLE):
        if el.tag == W_FLD_SIMPLE:
            fld = WordField(el, [el], [el.get(f"{{{W}}}instr", "")])
            fld.result_run = next((r for r in el.iter(W_R) if r.find(W_T) is not None), None)
            _attach(fld, stack, top)
            continue
        if any(True for _ in el.iterancestors(W_FLD_SIMPLE)):
            continue  # a simple field's result, handled with the field
        char = el.find(W_FLD_CHAR)
        if char is not None:
            kind = char.get(f"{{{W}}}fldCharType")
            if kind == "begin":
                stack.append(WordField(el, [el]))
            elif stack:
                stack[-1].elements.append(el)
                if kind == "separate":
                    stack[-1].in_result = True
                elif kind == "end":
                    _attach(stack.pop(), stack, top)
            continue
        if stack:
            current = stack[-1]
            current.elements.append(el)
            if not current.in_result:
                current.instr.extend(t.text or "" for t in el.iter(W_INSTR_TEXT))
            elif current.result_run is None and el.find(W_T) is not None:
                current.result_run = el
    return top  # a field left open at the end is damaged: it stays as Word wrote it


def field_tokens(instruction: str) -> list[tuple[str, bool]]:
    """(text, quoted) of each token of a field instruction."""
    found = []
    for quoted, op, word in _TOKEN.findall(instruction):
        if op or word:
            found.append((op or word, False))
        else:
            found.append((re.sub(r"\\(.)", r"\1", quoted), True))
    return found


def mergefield_name(fld: WordField) -> str | None:
    """The field name of a MERGEFIELD ("Vorname"), None for other fields.

    Word's ADDRESSBLOCK and GREETINGLINE fields (Mailings tab: "Address Block", "Greeting
    Line") count as merge fields named so; they resolve to Adressblock and Briefanrede.
    """
    tokens = field_tokens(fld.instruction())
    kind = tokens[0][0].upper() if tokens else ""
    if kind in WHOLE_BLOCKS:
        return kind
    if kind != "MERGEFIELD":
        return None
    return next((text for text, quoted in tokens[1:] if quoted or not text.startswith("\\")), "")
