"""Address blocks for the recipient's country, seen from the sender's country."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.merge.address import address_block

MUELLER = dict(salutation="ms", title="Dr.", first_name="Anna", last_name="Müller",
               street="Hohe Straße 1", postcode="50667", city="Köln")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        pytest.param(
            dict(MUELLER, country="DE", sender_country="DE"),
            ["Frau Dr. Anna Müller", "Hohe Straße 1", "50667 Köln"], id="DE to DE"),
        pytest.param(
            dict(MUELLER, country="", company="Muster GmbH", company2="Werk Süd"),
            ["Muster GmbH", "Werk Süd", "Frau Dr. Anna Müller", "Hohe Straße 1", "50667 Köln"],
            id="DE to DE with company"),
        pytest.param(
            dict(salutation="mr", title="Dr.", first_name="Hans", last_name="Huber",
                 street="Ring 3", postcode="1010", city="Wien", country="AT"),
            ["Herrn Dr. Hans Huber", "Ring 3", "1010 Wien", "ÖSTERREICH"], id="DE to AT"),
        pytest.param(
            dict(salutation="mr", first_name="Jan", prefix="de", last_name="Vries",
                 street="Damrak 1", postcode="1012ab", city="Amsterdam", country="NL"),
            ["De heer Jan de Vries", "Damrak 1", "1012 AB  Amsterdam", "NIEDERLANDE"],
            id="DE to NL"),
        pytest.param(
            dict(salutation="ms", first_name="Anna", last_name="Jansen", street="Damrak 1",
                 postcode="1012 AB", city="Amsterdam", country="NL", sender_country="NL"),
            ["Mevrouw Anna Jansen", "Damrak 1", "1012 AB  Amsterdam"], id="NL to NL"),
        pytest.param(
            dict(salutation="mr", prefix="van den", last_name="Berg", company="Voorbeeld B.V.",
                 street="Kerkstraat 5", postcode="3511LX", city="Utrecht", country="NL",
                 sender_country="NL"),
            ["Voorbeeld B.V.", "T.a.v. de heer Van den Berg", "Kerkstraat 5", "3511 LX  Utrecht"],
            id="NL to NL company, no first name"),
        pytest.param(
            dict(salutation="ms", first_name="Anna", last_name="Müller", street="Ring 1",
                 postcode="50667", city="Köln", country="DE", sender_country="NL"),
            ["Frau Anna Müller", "Ring 1", "50667 Köln", "DUITSLAND"], id="NL to DE"),
        pytest.param(
            dict(salutation="mr", first_name="Luc", last_name="Peeters", street="Grote Markt 1",
                 postcode="1000", city="Brussel", country="BE"),
            ["De heer Luc Peeters", "Grote Markt 1", "1000 Brussel", "BELGIEN"], id="DE to BE"),
        pytest.param(
            dict(salutation="mr", first_name="Beat", last_name="Keller", street="Weg 2",
                 postcode="8001", city="Zürich", country="CH"),
            ["Herr Beat Keller", "Weg 2", "8001 Zürich", "SCHWEIZ"], id="DE to CH"),
        pytest.param(
            dict(salutation="neutral", first_name="Kim", last_name="Lee", street="Weg 2",
                 postcode="10115", city="Berlin"),
            ["Kim Lee", "Weg 2", "10115 Berlin"], id="neutral"),
        pytest.param(
            dict(salutation="ms", company="Muster AG", street="", postcode="10115", city="Berlin"),
            ["Muster AG", "10115 Berlin"], id="no person, no street"),
        pytest.param(
            dict(salutation="ms", first_name="Jane", last_name="Miller", street="1 High St",
                 postcode="sw1a 1aa", city="London", country="GB"),
            ["Ms Jane Miller", "1 High St", "London", "SW1A 1AA", "GROSSBRITANNIEN"], id="DE to GB"),
    ],
)
def test_address_block(values: dict[str, Any], expected: list[str]) -> None:
    assert address_block(**values) == expected


def test_no_empty_lines_ever() -> None:
    lines = address_block(salutation="neutral", company="  ", company2="", first_name="",
                          last_name="", street=" ", postcode="", city="", country="")
    assert lines == []
