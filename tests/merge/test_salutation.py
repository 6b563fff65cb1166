"""Salutation lines and long dates in German, Dutch and English."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.db.models.enums import Salutation
from desktop.merge.salutation import courtesy_word, letter_salutation, long_date


@pytest.mark.parametrize(
    ("language", "salutation", "title", "first", "prefix", "last", "expected"),
    [
        ("de", "ms", "Dr.", "Anna", "", "Müller", "Sehr geehrte Frau Dr. Müller,"),
        ("de", "mr", "Prof. Dr.", "Hans", "", "Schmidt", "Sehr geehrter Herr Prof. Dr. Schmidt,"),
        ("de", "mr", "", "Otto", "von", "Bismarck", "Sehr geehrter Herr von Bismarck,"),
        ("de", "mr", "Dipl.-Ing.", "Karl", "", "Weber", "Sehr geehrter Herr Weber,"),
        ("de", "ms", "Dr.-Ing.", "Eva", "", "Roth", "Sehr geehrte Frau Dr. Roth,"),
        ("de", "neutral", "", "Kim", "", "Lee", "Sehr geehrte Damen und Herren,"),
        ("de", "ms", "", "Anna", "", "", "Sehr geehrte Damen und Herren,"),
        ("de", Salutation.MS, "", "Anna", "", "Müller", "Sehr geehrte Frau Müller,"),
        ("de", str(Salutation.MR), "", "Jan", "", "Berg", "Sehr geehrter Herr Berg,"),
        ("de", "Herr", "", "Jan", "", "Berg", "Sehr geehrter Herr Berg,"),
        ("nl", "ms", "", "Anna", "", "Jansen", "Geachte mevrouw Jansen,"),
        ("nl", "mr", "", "Jan", "de", "Vries", "Geachte heer De Vries,"),
        ("nl", "mr", "", "Piet", "van den", "Berg", "Geachte heer Van den Berg,"),
        ("nl", "ms", "dr.", "Anna", "", "Jansen", "Geachte mevrouw dr. Jansen,"),
        ("nl", "mr", "mr.", "Jan", "", "Smit", "Geachte heer Smit,"),
        ("nl", "mr", "ir.", "Jan", "", "Smit", "Geachte heer Smit,"),
        ("nl", "mr", "drs.", "Jan", "", "Smit", "Geachte heer Smit,"),
        ("nl", "ms", "prof. dr.", "Eva", "van", "Dam", "Geachte professor Van Dam,"),
        ("nl", "neutral", "", "Jan", "", "Smit", "Geachte heer/mevrouw,"),
        ("nl", "mr", "", "", "", "", "Geachte heer/mevrouw,"),
        ("en", "ms", "", "Jane", "", "Miller", "Dear Ms Miller,"),
        ("en", "mr", "", "John", "", "Smith", "Dear Mr Smith,"),
        ("en", "mr", "Dr.", "John", "", "Smith", "Dear Dr Smith,"),
        ("en", "ms", "Prof.", "Jane", "", "Miller", "Dear Professor Miller,"),
        ("en", "neutral", "", "", "", "Miller", "Dear Sir or Madam,"),
        ("fr", "ms", "", "Anne", "", "Martin", "Dear Ms Martin,"),  # no French: English
        ("de-DE", "ms", "", "Anna", "", "Müller", "Sehr geehrte Frau Müller,"),
    ],
)
def test_letter_salutation(language: str, salutation: object, title: str, first: str,
                           prefix: str, last: str, expected: str) -> None:
    assert letter_salutation(language, salutation, title, first, prefix, last) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "25. November 2026"), ("nl", "25 november 2026"), ("en", "25 November 2026")],
)
def test_long_date(language: str, expected: str) -> None:
    assert long_date(dt.date(2026, 11, 25), language) == expected


def test_long_date_has_no_leading_zero_and_umlauts() -> None:
    assert long_date(dt.date(2027, 3, 5), "de") == "5. März 2027"
    assert long_date(dt.date(2027, 3, 5), "nl") == "5 maart 2027"


@pytest.mark.parametrize(
    ("language", "salutation", "expected"),
    [("de", "mr", "Herr"), ("de", "ms", "Frau"), ("nl", "mr", "heer"), ("nl", "ms", "mevrouw"),
     ("en", "ms", "Ms"), ("de", "neutral", "")],
)
def test_courtesy_word(language: str, salutation: str, expected: str) -> None:
    assert courtesy_word(language, salutation) == expected
