"""The values of one letter: plain dataclasses in, a dict of canonical field names out.

The mass run fills :class:`Recipient` and :class:`Sender` from SQL rows; nothing here knows
the database, so the same code merges a preview, a test letter or a CLI run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.merge.address import address_block, country_name
from desktop.merge.salutation import courtesy_word, letter_salutation, long_date


@dataclass(frozen=True)
class Recipient:
    """The contact a letter goes to, with the address it is sent to.

    Attributes:
        salutation: "mr", "ms" or "neutral".
        language: Letter language ("de", "nl", "en").
        country: ISO code of the address's country; empty means the sender's country.
        company, company2: The organisation's name lines (empty for a private address).
    """

    salutation: str = "neutral"
    title: str = ""
    first_name: str = ""
    name_prefix: str = ""
    last_name: str = ""
    contact_number: str = ""
    function: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    company: str = ""
    company2: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    language: str = "de"


@dataclass(frozen=True)
class Sender:
    """The employee who signs the letter.

    Attributes:
        name: Full name as signed, e.g. "Dr. Max Mustermann".
        title: Job title under the signature.
        country: ISO code of the sender's country, for the recipient's country line.
    """

    name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    country: str = "DE"


def merge_data(recipient: Recipient, sender: Sender, *, campaign: str = "",
               campaign_number: str = "", action: str = "", subject: str = "",
               letter_id: str = "", today: dt.date | None = None,
               language: str | None = None) -> dict[str, str]:
    """Every catalogue field's value for one letter, keyed by canonical name.

    Args:
        recipient: The contact and address.
        sender: The signing employee.
        campaign: Campaign name.
        campaign_number: Campaign number.
        action: Campaign action name.
        subject: Subject line.
        letter_id: The letter's ID (archive reference, QR code).
        today: The letter's date; today when None.
        language: Letter language; the recipient's when None.

    Returns:
        {"Vorname": "Anna", "Adressblock": "Firma\\nFrau Anna Müller\\n...", ...}; multi-line
        values use "\\n", which the template turns into line breaks.
    """
    r = recipient
    lang = language or r.language or "de"
    home = sender.country or "DE"
    abroad = bool(r.country.strip()) and r.country.strip().upper() != home.upper()
    address = address_block(
        salutation=r.salutation, title=r.title, first_name=r.first_name, prefix=r.name_prefix,
        last_name=r.last_name, company=r.company, company2=r.company2, street=r.street,
        postcode=r.postcode, city=r.city, country=r.country, sender_country=home,
        language=lang)
    return {
        "Anrede": courtesy_word(lang, r.salutation),
        "Titel": r.title,
        "Vorname": r.first_name,
        "Namenszusatz": r.name_prefix,
        "Nachname": r.last_name,
        "Name": " ".join(f"{r.title} {r.first_name} {r.name_prefix} {r.last_name}".split()),
        "Kontaktnummer": r.contact_number,
        "Funktion": r.function,
        "Abteilung": r.department,
        "EMail": r.email,
        "Telefon": r.phone,
        "Mobil": r.mobile,
        "Firma": r.company,
        "Firma2": r.company2,
        "Strasse": r.street,
        "PLZ": r.postcode,
        "Ort": r.city,
        "Land": country_name(r.country, home) if abroad else "",
        "Adressblock": "\n".join(address),
        "Briefanrede": letter_salutation(lang, r.salutation, r.title, r.first_name,
                                         r.name_prefix, r.last_name),
        "Datum": long_date(today or dt.date.today(), lang),
        "BriefID": letter_id,
        "BriefIDQR": letter_id,  # what the code encodes; the template makes the picture
        "BriefIDBarcode": letter_id,
        "Kampagne": campaign,
        "Kampagnennummer": campaign_number,
        "Aktion": action,
        "Betreff": subject,
        "Absender": sender.name,
        "AbsenderTitel": sender.title,
        "AbsenderEMail": sender.email,
        "AbsenderTelefon": sender.phone,
    }
