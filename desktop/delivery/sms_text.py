"""What an SMS is made of: its text from a template, its length in parts, its number. No Qt.

Length follows GSM 03.38: a text of characters from the GSM 7-bit basic table goes as
160 septets in one SMS (153 per part when it needs several); the extension table's
characters (``^{}\\[~]|€``) take two septets each. One character outside both tables
(a „German quote“, an emoji) turns the whole text into UCS-2: 70 characters, 67 per part,
an emoji counting twice (two UTF-16 units). A character is never split across parts.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

import jinja2
import phonenumbers
from jinja2 import meta

from desktop.merge.fields import resolve, suggestions
from desktop.merge.jinja_source import word_if

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")
GSM_7, UCS_2 = "GSM-7", "UCS-2"
# (one SMS, one part of a longer one) per encoding: a part gives room to the joining header.
LIMITS = {GSM_7: (160, 153), UCS_2: (70, 67)}
MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


@dataclass(frozen=True)
class SmsLength:
    """How a text goes out as SMS.

    Attributes:
        encoding: :data:`GSM_7` or :data:`UCS_2`.
        length: Septets (GSM-7) or UTF-16 units (UCS-2): what the limits count.
        parts: SMS the text is sent as (0 for an empty text).
        single_limit: What fits in one SMS in this encoding (160 or 70).
        unicode_characters: The characters that made the text UCS-2 (to replace them).
    """

    encoding: str
    length: int
    parts: int
    single_limit: int
    unicode_characters: str = ""


def check_text(text: str) -> SmsLength:
    """The encoding, length and number of parts of ``text`` sent as SMS."""
    outside = "".join(dict.fromkeys(c for c in text if c not in GSM_BASIC and c not in GSM_EXTENSION))
    if outside:
        encoding = UCS_2
        sizes = [len(c.encode("utf-16-le")) // 2 for c in text]
    else:
        encoding = GSM_7
        sizes = [2 if c in GSM_EXTENSION else 1 for c in text]
    single, per_part = LIMITS[encoding]
    length = sum(sizes)
    if length <= single:
        parts = 1 if length else 0
    else:  # filled part by part: a two-unit character that does not fit starts the next part
        parts, used = 1, 0
        for size in sizes:
            if used + size > per_part:
                parts, used = parts + 1, 0
            used += size
    return SmsLength(encoding, length, parts, single, outside)


class NumberProblem(str, enum.Enum):
    """Why a mobile number cannot be used."""

    INVALID = "invalid_number"  # not a telephone number of the country
    NOT_MOBILE = "not_a_mobile"  # a landline (phonenumbers knows the ranges)


class BadNumber(ValueError):
    """The number cannot receive an SMS; ``problem`` says why."""

    def __init__(self, number: str, problem: NumberProblem) -> None:
        super().__init__(f"{number}: {problem.value}")
        self.problem = problem


def region_of(country: str) -> str:
    """The phonenumbers region of a person's country code ("UK" → "GB"; unknown → "DE")."""
    code = country.strip().upper()
    code = "GB" if code == "UK" else code
    return code if code in phonenumbers.SUPPORTED_REGIONS else "DE"


def normalise_mobile(number: str, default_region: str = "DE") -> str:
    """``number`` as E.164 ("+4917612345678"), read in ``default_region`` unless it has "+"/"00".

    Raises:
        BadNumber: Not a valid number, or one phonenumbers knows to be no mobile number.
    """
    try:
        parsed = phonenumbers.parse(number, region_of(default_region))
    except phonenumbers.NumberParseException:
        raise BadNumber(number, NumberProblem.INVALID) from None
    if not phonenumbers.is_valid_number(parsed):
        raise BadNumber(number, NumberProblem.INVALID)
    if phonenumbers.number_type(parsed) not in MOBILE_TYPES:
        raise BadNumber(number, NumberProblem.NOT_MOBILE)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


class SmsTemplateError(ValueError):
    """The SMS text cannot be merged: empty, a broken tag or an unknown field (message says which)."""


class SmsTemplate:
    """An SMS text with the letters' merge fields (``{{ Vorname }}``, ``{{ Voornaam }}`` …).

    Plain text: values are not escaped (an SMS is no XML), and a field name the catalogue
    does not know is an error before anything is sent rather than an empty gap in every SMS.

    Raises:
        SmsTemplateError: See there.
    """

    def __init__(self, source: str) -> None:
        if not source.strip():
            raise SmsTemplateError("the action has no SMS text")
        env = jinja2.Environment(autoescape=False, keep_trailing_newline=False)
        env.globals["_word_if"] = word_if
        env.filters["firstcap"] = lambda value: str(value)[:1].upper() + str(value)[1:]
        try:
            self._template = env.from_string(source)
            names = meta.find_undeclared_variables(env.parse(source))
        except jinja2.TemplateSyntaxError as exc:
            raise SmsTemplateError(f"line {exc.lineno}: {exc.message}") from exc
        unknown = sorted(name for name in names if resolve(name) is None)
        if unknown:
            hints = ", ".join(f"{name} ({' / '.join(suggestions(name)) or '?'})" for name in unknown)
            raise SmsTemplateError(f"unknown merge fields: {hints}")
        self.aliases = {name: resolve(name) or name for name in names}

    def render(self, data: Mapping[str, str]) -> str:
        """The SMS for one contact (``data``: :func:`desktop.merge.letter_data.merge_data`)."""
        context = {alias: data.get(canonical, "") for alias, canonical in self.aliases.items()}
        try:
            return self._template.render(context).strip()
        except jinja2.TemplateError as exc:
            raise SmsTemplateError(str(exc)) from exc
