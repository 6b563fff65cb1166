"""The merge field catalogue: canonical German names, their Dutch and English aliases.

A letter template names a field the way its author knows it: ``{{ Vorname }}`` in a German
office, ``«Voornaam»`` in a Dutch one, ``FirstName`` in a template bought elsewhere. All of
them resolve to one canonical (German) name, which is also the key of the data dict that
:func:`desktop.merge.letter_data.merge_data` builds. Matching ignores case, spaces,
underscores and hyphens, reads ``ß`` as ``ss`` and drops accents (``Straße`` = ``strasse``,
``Postleitzahl`` ≠ ``PLZ`` unless listed as an alias).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """One merge field.

    Attributes:
        name: The canonical name, used in the data dict and suggested to the clerk.
        description: One line for the field list (English; the UI translates it).
        aliases: Other names that mean this field (Dutch, English, German variants).
        optional: Often empty for a contact; a line holding only this field is dropped.
        multiline: The value may hold several lines (line breaks in the letter).
    """

    name: str
    description: str
    aliases: tuple[str, ...] = ()
    optional: bool = False
    multiline: bool = False


FIELDS: list[Field] = [
    Field("Anrede", "Courtesy word in the letter language: Herr/Frau, heer/mevrouw, Mr/Ms",
          ("Aanspreekvorm", "Aanspreektitel", "Salutation", "Courtesy title")),
    Field("Titel", "Academic title, e.g. Dr. or Prof. Dr.", ("Title",), optional=True),
    Field("Vorname", "First name", ("Voornaam", "FirstName", "Given name")),
    Field("Namenszusatz", "Name prefix such as von or van der",
          ("Tussenvoegsel", "NamePrefix", "Voorvoegsel"), optional=True),
    Field("Nachname", "Last name", ("Achternaam", "LastName", "Surname", "Familienname")),
    Field("Name", "Full name with title, e.g. Dr. Anna von Müller",
          ("Naam", "FullName", "Volledige naam", "Vollständiger Name")),
    Field("Kontaktnummer", "The contact's number in Kampagnen",
          ("Relatienummer", "ContactNumber", "Kundennummer")),
    Field("Funktion", "Job title of the contact", ("Functie", "JobTitle", "Position"),
          optional=True),
    Field("Abteilung", "Department", ("Afdeling", "Department"), optional=True),
    Field("EMail", "E-mail address of the contact", ("Email", "E-Mail-Adresse", "Mail"),
          optional=True),
    Field("Telefon", "Phone number of the contact", ("Telefoon", "Phone", "Telephone"),
          optional=True),
    Field("Mobil", "Mobile number of the contact", ("Mobiel", "Mobile", "Handy"),
          optional=True),
    Field("Firma", "Organisation name", ("Bedrijf", "Company", "Organisation", "Organization",
                                          "Unternehmen", "Organisatie"), optional=True),
    Field("Firma2", "Second line of the organisation name", ("Bedrijf2", "Company2"),
          optional=True),
    Field("Strasse", "Street and house number", ("Straße", "Straat", "Street")),
    Field("PLZ", "Postcode", ("Postcode", "Postleitzahl", "PostalCode", "ZIP", "ZipCode")),
    Field("Ort", "City", ("Plaats", "Woonplaats", "City", "Stadt", "Town")),
    Field("Land", "Country name, empty for the sender's own country", ("Country",),
          optional=True),
    Field("Adressblock", "The complete postal address, several lines",
          ("Adresblok", "AddressBlock", "Anschrift"), multiline=True),
    Field("Briefanrede", "Salutation line, e.g. Sehr geehrte Frau Dr. Müller,",
          ("Aanhef", "Begroetingsregel", "Grußzeile", "Greeting", "GreetingLine",
           "LetterSalutation")),
    Field("Datum", "Today's date, written out in the letter language", ("Date",)),
    Field("BriefID", "The letter ID that identifies this letter in the archive",
          ("Kenmerk", "LetterID", "Referenz", "Reference", "Ons kenmerk")),
    Field("BriefIDQR", "The letter ID as a QR code (a picture, 18 mm square)",
          ("KenmerkQR", "LetterIDQR", "QR-Code", "BriefIDQRCode", "KenmerkQRCode", "LetterIDQRCode")),
    Field("BriefIDBarcode", "The letter ID as a Code 128 barcode (a picture, 50 × 10 mm)",
          ("KenmerkBarcode", "LetterIDBarcode", "Barcode", "Strichcode", "Streepjescode")),
    Field("Kampagne", "Campaign name", ("Campagne", "Campaign")),
    Field("Kampagnennummer", "Campaign number", ("Campagnenummer", "CampaignNumber")),
    Field("Aktion", "Campaign action name", ("Actie", "Action", "Kampagnenaktion")),
    Field("Betreff", "Subject line of the letter", ("Onderwerp", "Subject")),
    Field("Absender", "Full name of the sender", ("Afzender", "Sender", "SenderName")),
    Field("AbsenderTitel", "Sender's job title for the signature",
          ("AfzenderFunctie", "AbsenderFunktion", "SenderTitle", "SenderJobTitle")),
    Field("AbsenderEMail", "Sender's e-mail address", ("AfzenderEmail", "SenderEmail")),
    Field("AbsenderTelefon", "Sender's phone number", ("AfzenderTelefoon", "SenderPhone")),
]

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
# Characters people and Word put into names that do not make a name different.
_IGNORED = re.compile(r"[\s_\-\u00ad\u200b]+")


def fold(name: str) -> str:
    """The comparison key of a field name: lower case, no accents, ß→ss, no separators."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ß", "ss").replace("ẞ", "ss"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _IGNORED.sub("", plain).lower()


def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for field in FIELDS:
        for written in (field.name, *field.aliases):
            key = fold(written)
            if index.get(key, field.name) != field.name:
                # Two fields with one key would make templates ambiguous: fail at import.
                raise ValueError(f"merge field alias {written!r} clashes with {index[key]}")
            index[key] = field.name
    return index


_BY_KEY = _index()
KEYS: tuple[str, ...] = tuple(_BY_KEY)


@functools.lru_cache(maxsize=1024)
def resolve(name: str) -> str | None:
    """The canonical name for ``name`` as written in a template, or None if unknown.

    Example: ``resolve("voor naam") == "Vorname"``, ``resolve("Straße") == "Strasse"``.
    """
    return _BY_KEY.get(fold(name))


def suggestions(name: str, limit: int = 3) -> list[str]:
    """Canonical names close to an unknown ``name`` ("Vornam" → ["Vorname", ...])."""
    import difflib  # only a scan needs it

    found: list[str] = []
    for key in difflib.get_close_matches(fold(name), KEYS, n=limit * 3, cutoff=0.7):
        canonical = _BY_KEY[key]
        if canonical not in found:
            found.append(canonical)
    return found[:limit]
