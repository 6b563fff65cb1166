"""Salutation lines ("Sehr geehrte Frau Dr. Müller,") and dates in the letter's language.

Decisions on titles, following how letters are written in each language:

* German keeps the doctor and professor titles in the salutation ("Sehr geehrter Herr
  Prof. Dr. Schmidt,"), as DIN 5008 does; other parts of a title (``Dipl.-Ing.``,
  ``med.``, ``h.c.``) are left out, and ``Dr.-Ing.`` is shortened to ``Dr.``.
* Dutch does not use ``mr.``, ``ir.``, ``drs.`` or ``ing.`` in the salutation. A doctor
  keeps ``dr.`` ("Geachte mevrouw dr. Jansen,"); a professor is addressed as such
  ("Geachte professor Van Dam,"), as Dutch style guides recommend.
* English uses "Dr" and "Professor" instead of "Mr"/"Ms" ("Dear Dr Miller,").

A neutral salutation (no gender, or no last name) is the generic line of the language.
"""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_COURTESY = {"de": ("Herr", "Frau"), "nl": ("heer", "mevrouw"), "en": ("Mr", "Ms")}
_NEUTRAL = {
    "de": "Sehr geehrte Damen und Herren,",
    "nl": "Geachte heer/mevrouw,",
    "en": "Dear Sir or Madam,",
}
_MALE = {"mr", "m", "male", "herr", "herrn", "heer", "de heer", "dhr", "dhr."}
_FEMALE = {"ms", "mrs", "f", "female", "frau", "mevrouw", "mevr", "mevr.", "mw", "mw."}


def normalize_language(code: str | None) -> str:
    """The supported letter language for ``code`` ("de-DE" → "de"); English if unknown."""
    short = (code or "").strip().lower()[:2]
    return short if short in _MONTHS else "en"


def gender(salutation: object) -> str | None:
    """Read a stored salutation ("mr", "Frau", the Salutation enum...) as "mr", "ms" or None."""
    text = str(getattr(salutation, "value", salutation) or "").strip().lower()
    if text.startswith("salutation."):
        text = text.removeprefix("salutation.")  # str() of the enum member: "Salutation.MS"
    if text in _MALE:
        return "mr"
    if text in _FEMALE:
        return "ms"
    return None


def courtesy_word(language: str, salutation: object) -> str:
    """The Herr/Frau word of the letter language ("heer"/"mevrouw" in Dutch), or ''."""
    sex = gender(salutation)
    if sex is None:
        return ""
    male, female = _COURTESY[normalize_language(language)]
    return male if sex == "mr" else female


def _title_parts(title: str) -> tuple[bool, int]:
    """(is a professor, number of doctor titles) read from a title like "Prof. Dr. Dr."."""
    professor, doctors = False, 0
    for token in title.replace(".-", ". ").split():
        low = token.lower().rstrip(".")
        if low.startswith("prof"):
            professor = True
        elif low == "dr":  # not "drs." (Dutch doctorandus), which is no doctor title
            doctors += 1
    return professor, doctors


def _dutch_prefix(prefix: str) -> str:
    # Without a first name or initial in front, the Dutch prefix starts with a capital.
    return prefix[:1].upper() + prefix[1:] if prefix[:1].isalpha() else prefix


def letter_salutation(language: str, salutation: object, title: str, first_name: str,
                      prefix: str, last_name: str) -> str:
    """The salutation line of a letter, ending with a comma.

    Args:
        language: Letter language ("de", "nl", "en"; others get English).
        salutation: "mr", "ms" or "neutral" (also "Herr"/"Frau" or the Salutation enum).
        title: Academic title as stored, e.g. "Prof. Dr.".
        first_name: Not used in the formal salutation; kept for a uniform signature.
        prefix: Name prefix (Namenszusatz, tussenvoegsel), e.g. "van den".
        last_name: Last name; without it the salutation is neutral.

    Returns:
        E.g. "Sehr geehrte Frau Dr. Müller,", "Geachte heer Van den Berg,",
        "Dear Sir or Madam,".
    """
    del first_name  # formal salutations use the last name only
    lang = normalize_language(language)
    sex = gender(salutation)
    last = " ".join(f"{prefix} {last_name}".split()) if last_name.strip() else ""
    if sex is None or not last:
        return _NEUTRAL[lang]
    professor, doctors = _title_parts(title)
    if lang == "de":
        titles = (["Prof."] if professor else []) + ["Dr."] * doctors
        opening = "Sehr geehrter Herr" if sex == "mr" else "Sehr geehrte Frau"
        return " ".join([opening, *titles, last]) + ","
    if lang == "nl":
        last = " ".join(f"{_dutch_prefix(prefix.strip())} {last_name}".split())
        if professor:
            return f"Geachte professor {last},"
        word = "heer" if sex == "mr" else "mevrouw"
        return f"Geachte {word} {'dr. ' if doctors else ''}{last},"
    word = "Professor" if professor else "Dr" if doctors else "Mr" if sex == "mr" else "Ms"
    return f"Dear {word} {last},"


def long_date(date: dt.date, language: str) -> str:
    """The date written out: "25. November 2026", "25 november 2026", "25 November 2026"."""
    lang = normalize_language(language)
    month = _MONTHS[lang][date.month - 1]
    if lang == "de":
        return f"{date.day}. {month} {date.year}"
    return f"{date.day} {month} {date.year}"
