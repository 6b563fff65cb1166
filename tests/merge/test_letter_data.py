"""merge_data: every catalogue field from plain recipient and sender values."""

from __future__ import annotations

import datetime as dt

from desktop.merge.fields import FIELDS
from desktop.merge.template import Recipient, Sender, merge_data

DAY = dt.date(2026, 11, 25)


def test_every_catalogue_field_gets_a_value() -> None:
    data = merge_data(Recipient(last_name="Muster"), Sender(), today=DAY)
    assert set(data) == {f.name for f in FIELDS}
    assert all(isinstance(value, str) for value in data.values())


def test_german_letter_to_a_company_contact() -> None:
    recipient = Recipient(salutation="mr", title="Prof. Dr.", first_name="Hans", last_name="Schmidt",
                          contact_number="P-1", company="Muster GmbH", street="Ring 1",
                          postcode="10115", city="Berlin", country="DE", language="de")
    sender = Sender("Max Mustermann", "Vertriebsleiter", "max@muster.de", "030 1234")
    data = merge_data(recipient, sender, campaign="Frühjahr", campaign_number="K-7",
                      action="Brief 1", subject="Unser Angebot", letter_id="K7-000001", today=DAY)
    assert data["Anrede"] == "Herr"
    assert data["Name"] == "Prof. Dr. Hans Schmidt"
    assert data["Briefanrede"] == "Sehr geehrter Herr Prof. Dr. Schmidt,"
    assert data["Adressblock"] == "Muster GmbH\nHerrn Prof. Dr. Hans Schmidt\nRing 1\n10115 Berlin"
    assert data["Datum"] == "25. November 2026"
    assert data["Land"] == ""
    assert (data["Kampagne"], data["Kampagnennummer"], data["Aktion"], data["Betreff"]) == (
        "Frühjahr", "K-7", "Brief 1", "Unser Angebot")
    assert (data["Absender"], data["AbsenderTitel"], data["AbsenderEMail"],
            data["AbsenderTelefon"]) == ("Max Mustermann", "Vertriebsleiter", "max@muster.de", "030 1234")
    assert data["BriefID"] == "K7-000001"


def test_dutch_letter_from_germany() -> None:
    recipient = Recipient(salutation="ms", first_name="Anna", name_prefix="van", last_name="Dijk",
                          street="Damrak 1", postcode="1012lg", city="Amsterdam", country="NL",
                          language="nl")
    data = merge_data(recipient, Sender(country="DE"), today=DAY)
    assert data["Anrede"] == "mevrouw"
    assert data["Briefanrede"] == "Geachte mevrouw Van Dijk,"
    assert data["Adressblock"].splitlines() == [
        "Mevrouw Anna van Dijk", "Damrak 1", "1012 LG  Amsterdam", "NIEDERLANDE"]
    assert data["Land"] == "NIEDERLANDE"
    assert data["Datum"] == "25 november 2026"


def test_language_override_and_english() -> None:
    data = merge_data(Recipient(salutation="ms", last_name="Miller", language="de"), Sender(),
                      today=DAY, language="en")
    assert (data["Briefanrede"], data["Datum"], data["Anrede"]) == (
        "Dear Ms Miller,", "25 November 2026", "Ms")
