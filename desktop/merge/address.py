"""Postal address blocks laid out the way the recipient's country expects them.

Decisions:

* German-speaking countries (DE, AT, CH, LI): organisation line(s) first, then
  "Frau Dr. Anna Müller" or "Herrn Dr. Hans Müller" (Switzerland writes "Herr"), street,
  "50667 Köln" (DIN 5008).
* Netherlands and Belgium: "Mevrouw Anna Jansen" / "De heer Jan de Vries", the prefix
  lower case after a first name and capitalised without one ("De heer Van den Berg"),
  titles in lower case ("De heer dr. Jan de Vries"). With an organisation, the person line
  follows it as "T.a.v. de heer Jan de Vries", as Dutch business mail does. The postal line
  is "1012 AB  Amsterdam" in the Netherlands (two spaces, PostNL) and "1000 Brussel" in
  Belgium (one space, bpost); Dutch postcodes are normalised to "1234 AB".
* United Kingdom and Ireland: name first, city and postcode on lines of their own.
* France and Luxembourg: "Madame Anne Martin", "75001 PARIS".
* Any other country: the German layout with the courtesy word of the letter language.
* Abroad, the last line is the country's name in capitals, in the language of the sender's
  country (UPU rule); at home there is no country line. Empty lines are always dropped.
"""

from __future__ import annotations

import re

from desktop.merge.salutation import courtesy_word, gender

# Country names in German, Dutch, French and English (the sender's language picks one).
_COUNTRY_NAMES = {
    "DE": ("Deutschland", "Duitsland", "Allemagne", "Germany"),
    "NL": ("Niederlande", "Nederland", "Pays-Bas", "Netherlands"),
    "AT": ("Österreich", "Oostenrijk", "Autriche", "Austria"),
    "CH": ("Schweiz", "Zwitserland", "Suisse", "Switzerland"),
    "BE": ("Belgien", "België", "Belgique", "Belgium"),
    "LU": ("Luxemburg", "Luxemburg", "Luxembourg", "Luxembourg"),
    "FR": ("Frankreich", "Frankrijk", "France", "France"),
    "GB": ("Großbritannien", "Verenigd Koninkrijk", "Royaume-Uni", "United Kingdom"),
}
_SENDER_LANGUAGE = {"DE": 0, "AT": 0, "CH": 0, "LI": 0, "NL": 1, "BE": 1,
                    "FR": 2, "LU": 2, "GB": 3, "IE": 3}
_STYLE = {"DE": "de", "AT": "de", "CH": "de", "LI": "de", "NL": "nl", "BE": "nl",
          "GB": "en", "IE": "en", "FR": "fr", "LU": "fr"}
_DUTCH_POSTCODE = re.compile(r"\s*(\d{4})\s*([A-Za-z]{2})\s*")


def _clean(text: str) -> str:
    return " ".join(text.split())


def _country(code: str) -> str:
    code = code.strip().upper()
    return "GB" if code == "UK" else code


def country_name(code: str, sender_country: str = "DE") -> str:
    """The country line for ``code`` as written from ``sender_country`` ("NIEDERLANDE")."""
    code = _country(code)
    names = _COUNTRY_NAMES.get(code)
    if names is None:
        return code  # unknown to the table: the ISO code is still deliverable
    return names[_SENDER_LANGUAGE.get(_country(sender_country), 3)].upper()


def _person_line(style: str, country: str, salutation: object, title: str, first_name: str,
                 prefix: str, last_name: str, language: str) -> str:
    sex = gender(salutation)
    if not _clean(first_name + last_name):
        return ""
    if style == "nl":
        if not first_name.strip() and prefix[:1].isalpha():
            prefix = prefix[0].upper() + prefix[1:]
        word = {"mr": "De heer", "ms": "Mevrouw"}.get(sex or "", "")
        return _clean(f"{word} {title.lower()} {first_name} {prefix} {last_name}")
    if style == "en":
        # A title takes the place of Mr or Ms ("Dr Anna Miller").
        word = title.replace(".", "") if title.strip() else courtesy_word("en", salutation)
        return _clean(f"{word} {first_name} {prefix} {last_name}")
    if style == "fr":
        word = {"mr": "Monsieur", "ms": "Madame"}.get(sex or "", "")
    elif style == "de":
        # The address names the person in the accusative ("an Herrn"), except in Switzerland.
        word = {"mr": "Herr" if country == "CH" else "Herrn", "ms": "Frau"}.get(sex or "", "")
    else:
        word = courtesy_word(language, salutation)
    return _clean(f"{word} {title} {first_name} {prefix} {last_name}")


def _postal_lines(style: str, country: str, postcode: str, city: str) -> list[str]:
    postcode, city = _clean(postcode), _clean(city)
    if country == "NL":
        match = _DUTCH_POSTCODE.fullmatch(postcode)
        if match:
            postcode = f"{match.group(1)} {match.group(2).upper()}"
        return [f"{postcode}  {city}".strip()]
    if style == "en":
        return [city, postcode.upper()]
    if style == "fr":
        return [f"{postcode} {city.upper()}".strip()]
    return [f"{postcode} {city}".strip()]


def address_block(*, salutation: object = "neutral", title: str = "", first_name: str = "",
                  prefix: str = "", last_name: str = "", company: str = "",
                  company2: str = "", street: str = "", postcode: str = "", city: str = "",
                  country: str = "", sender_country: str = "DE",
                  language: str = "de") -> list[str]:
    """The recipient's postal address, one string per line, without empty lines.

    Args:
        salutation: "mr", "ms" or "neutral" (neutral: no Frau/Herr word).
        title: Academic title, e.g. "Dr.".
        first_name: First name.
        prefix: Name prefix, e.g. "von", "van der".
        last_name: Last name; without first and last name there is no person line.
        company: Organisation name.
        company2: Second line of the organisation name.
        street: Street and house number.
        postcode: Postcode as stored.
        city: City.
        country: ISO code of the recipient's country; empty means the sender's country.
        sender_country: ISO code of the sender's country, for the country line.
        language: Letter language, for the courtesy word in countries without a layout.

    Returns:
        E.g. ["Musterfirma GmbH", "Frau Dr. Anna Müller", "Hauptstr. 1", "50667 Köln"].
    """
    home = _country(sender_country) or "DE"
    code = _country(country) or home
    style = _STYLE.get(code, "other")
    person = _person_line(style, code, salutation, title, first_name, prefix, last_name,
                          language)
    companies = [_clean(company), _clean(company2)]
    if style == "nl" and person and any(companies):
        # "ter attentie van": the courtesy word continues the sentence in lower case.
        person = "T.a.v. " + (person[0].lower() + person[1:] if gender(salutation) else person)
    if style in ("en", "fr"):
        lines = [person, *companies, _clean(street)]
    else:
        lines = [*companies, person, _clean(street)]
    lines += _postal_lines(style, code, postcode, city)
    if code != home:
        lines.append(country_name(code, home))
    return [line for line in lines if line]
