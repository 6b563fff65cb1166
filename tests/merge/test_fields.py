"""The field catalogue: canonical names, aliases, suggestions."""

from __future__ import annotations

import pytest

from desktop.merge.fields import BY_NAME, FIELDS, resolve, suggestions


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Vorname", "Vorname"),
        ("VORNAME", "Vorname"),
        ("Voornaam", "Vorname"),
        ("first_name", "Vorname"),
        ("Tussenvoegsel", "Namenszusatz"),
        ("Achternaam", "Nachname"),
        ("Relatienummer", "Kontaktnummer"),
        ("Straße", "Strasse"),
        ("Strasse", "Strasse"),
        ("Straat", "Strasse"),
        ("Postcode", "PLZ"),
        ("Plaats", "Ort"),
        ("E-Mail", "EMail"),
        ("e_mail", "EMail"),
        ("Adresblok", "Adressblock"),
        ("Aanhef", "Briefanrede"),
        ("Grußzeile", "Briefanrede"),
        ("Kenmerk", "BriefID"),
        ("Brief-ID", "BriefID"),
        ("Campagnenummer", "Kampagnennummer"),
        ("Afzender Functie", "AbsenderTitel"),
        ("AfzenderEmail", "AbsenderEMail"),
        ("Firma 2", "Firma2"),
        ("Bedrijf", "Firma"),
        ("Onderwerp", "Betreff"),
        ("Actie", "Aktion"),
        ("Datum", "Datum"),
    ],
)
def test_resolve_finds_canonical_names_and_aliases(written: str, canonical: str) -> None:
    assert resolve(written) == canonical


@pytest.mark.parametrize("written", ["Vornam", "Geburtstag", "", "Firma3"])
def test_resolve_returns_none_for_unknown_names(written: str) -> None:
    assert resolve(written) is None


def test_unknown_name_gets_close_suggestions() -> None:
    assert suggestions("Vornam")[0] == "Vorname"
    assert suggestions("Nachnahme")[0] == "Nachname"
    assert suggestions("Voornam")[0] == "Vorname"
    assert suggestions("xyz") == []


def test_every_field_has_a_unique_name_and_a_description() -> None:
    assert len(BY_NAME) == len(FIELDS)
    for field in FIELDS:
        assert field.description and "\n" not in field.description
        assert resolve(field.name) == field.name
        for alias in field.aliases:
            assert resolve(alias) == field.name
