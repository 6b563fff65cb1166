"""Phone numbers as one comparable key, whatever way a clerk or a telephone system wrote them.

"+49 221 1234567", "0049 221 1234567", "0221/123-4567" and "(0221) 123 45 67" are the same
number for a clerk in Cologne; :func:`phone_key` turns each into its E.164 form
("+492211234567") so that a caller's number finds the contact with one indexed comparison.
A number without a country code is read as one of ``region``, the country of the record it
belongs to (or, for a caller, of the office).
"""

from __future__ import annotations

import phonenumbers

# E.164 allows 15 digits after the "+"; the column leaves room for that.
KEY_LENGTH = 16


def phone_key(raw: str | None, region: str | None = "DE") -> str:
    """The E.164 form of ``raw`` ("+492211234567"), or "" when it is not a phone number.

    Args:
        raw: The number as written, with any spaces, slashes, dashes or brackets.
        region: ISO country code that a number without a country code belongs to.
    """
    text = (raw or "").strip()
    if not any(ch.isdigit() for ch in text):
        return ""
    try:
        number = phonenumbers.parse(text, (region or "DE").upper())
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    key = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return key if len(key) <= KEY_LENGTH else ""
