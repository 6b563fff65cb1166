"""Fixed word lists for the demo data: places, functions, industries.

Faker supplies names and streets; these lists add what Faker draws independently of each
other (a postcode that fits the city, a job a clerk would recognise) so that the demo
looks like a real German/Dutch address book.
"""

from __future__ import annotations

# (city, first postcode, last postcode, phone area code, weight). German postcodes are
# five digits; Dutch ones four digits plus two letters, drawn in demo.py.
GERMAN_CITIES: list[tuple[str, int, int, str, int]] = [
    ("Köln", 50667, 51149, "0221", 14),
    ("Bonn", 53111, 53229, "0228", 8),
    ("Berlin", 10115, 14199, "030", 10),
    ("Hamburg", 20095, 22769, "040", 8),
    ("München", 80331, 81929, "089", 8),
    ("Frankfurt am Main", 60306, 65936, "069", 6),
    ("Düsseldorf", 40210, 40629, "0211", 7),
    ("Stuttgart", 70173, 70629, "0711", 5),
    ("Leipzig", 4103, 4357, "0341", 4),
    ("Dortmund", 44135, 44388, "0231", 4),
    ("Essen", 45127, 45359, "0201", 4),
    ("Münster", 48143, 48167, "0251", 3),
    ("Aachen", 52062, 52080, "0241", 4),
    ("Leverkusen", 51371, 51381, "0214", 3),
    ("Siegburg", 53721, 53721, "02241", 2),
    ("Bergisch Gladbach", 51427, 51469, "02202", 2),
    ("Nürnberg", 90402, 90491, "0911", 3),
    ("Würzburg", 97070, 97084, "0931", 2),
]

DUTCH_CITIES: list[tuple[str, int, int, str, int]] = [
    ("Amsterdam", 1011, 1109, "020", 14),
    ("Rotterdam", 3011, 3089, "010", 10),
    ("Den Haag", 2491, 2599, "070", 8),
    ("Utrecht", 3511, 3585, "030", 8),
    ("Eindhoven", 5611, 5658, "040", 5),
    ("Groningen", 9711, 9747, "050", 4),
    ("Tilburg", 5011, 5049, "013", 4),
    ("Nijmegen", 6511, 6546, "024", 4),
    ("Arnhem", 6811, 6846, "026", 3),
    ("Maastricht", 6211, 6229, "043", 3),
    ("Haarlem", 2011, 2037, "023", 3),
    ("Breda", 4811, 4839, "076", 3),
    ("Zwolle", 8011, 8043, "038", 2),
    ("Leiden", 2311, 2334, "071", 2),
    ("Venlo", 5911, 5935, "077", 2),
]

GERMAN_FUNCTIONS = [
    "Geschäftsführer", "Geschäftsführerin", "Leitung Einkauf", "Einkauf", "Vertrieb",
    "Vertriebsleitung", "Marketing", "Buchhaltung", "Personalreferentin", "IT-Leitung",
    "Assistenz der Geschäftsführung", "Projektleitung", "Vorstand", "Sachbearbeitung",
    "Prokurist", "Teamleitung Kundenservice",
]
DUTCH_FUNCTIONS = [
    "Directeur", "Algemeen directeur", "Inkoper", "Hoofd inkoop", "Accountmanager",
    "Commercieel directeur", "Marketingmanager", "Financieel administrateur", "HR-adviseur",
    "IT-manager", "Office manager", "Projectleider", "Bestuurder", "Medewerker binnendienst",
    "Teamleider klantenservice",
]
GERMAN_DEPARTMENTS = ["Einkauf", "Vertrieb", "Marketing", "Verwaltung", "Personal", "IT", "Geschäftsleitung"]
DUTCH_DEPARTMENTS = ["Inkoop", "Verkoop", "Marketing", "Administratie", "HR", "ICT", "Directie"]

INDUSTRIES_DE = [
    "Handel", "Handwerk", "Maschinenbau", "Dienstleistung", "Gesundheitswesen", "Verein",
    "Öffentliche Verwaltung", "IT und Software", "Logistik", "Gastronomie", "Bau",
]
INDUSTRIES_NL = [
    "Groothandel", "Detailhandel", "Bouw", "Zakelijke dienstverlening", "Zorg", "Vereniging",
    "Overheid", "ICT", "Transport en logistiek", "Horeca", "Industrie",
]

# Dutch family names often start with a "tussenvoegsel"; Kampagnen keeps it apart.
DUTCH_NAME_PREFIXES = (
    "van der", "van den", "van de", "van 't", "in 't", "van", "de", "den", "der", "ter", "te", "het",
)

PRIVATE_MAIL_DE = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]
PRIVATE_MAIL_NL = ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "xs4all.nl"]

EMPLOYEE_TITLES = [
    "Vertriebsleiterin", "Kundenbetreuer", "Kundenbetreuerin", "Marketing", "Geschäftsführer",
    "Innendienst", "Projektleitung", "Assistenz",
]
