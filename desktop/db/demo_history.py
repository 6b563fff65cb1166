"""Demo campaigns with a little history: a finished mailing with its responses and costs.

Part of :mod:`desktop.db.demo`; split off to keep both modules short.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update

from desktop.db.models import (
    ActionMember,
    Base,
    Campaign,
    CampaignAction,
    Cost,
    DossierItem,
    FollowUpRule,
    Person,
    Response,
    ResponseType,
    Selection,
    Task,
)
from desktop.db.models.enums import CampaignStatus, Channel, CostBasis, CostKind, MemberOrigin

RESPONSES_DE = ["Interesse", "Kein Interesse", "Rückruf erwünscht", "Bestellung", "Adresse falsch"]
RESPONSES_NL = ["Interesse", "Geen interesse", "Terugbellen", "Afmelden"]
RESPONSES_FAIR = ["Interesse", "Unterlagen angefordert", "Teilnahme zugesagt", "Absage"]
# Follow-up rules: (action, response, task, assignee (None: account manager), days, working days).
FOLLOW_UPS = [
    (1, "Rückruf erwünscht", "Rückruf zum Frühjahrsangebot", None, 1, True),
    (2, "Rückruf erwünscht", "Rückruf zum Frühjahrsangebot", None, 1, True),
    (3, "Unterlagen angefordert", "Unterlagen senden", 3, 1, True),
    (3, "Unterlagen angefordert", "Nachfassen", None, 7, False),
    (3, "Teilnahme zugesagt", "Termin am Messestand vereinbaren", None, 2, True),
]


class _Ids:
    """Hands out explicit primary keys, so rows can refer to each other before insert."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        value = self._next.get(table, 1)
        self._next[table] = value + 1
        return value


def add_campaigns(
    conn: Connection,
    rng: random.Random,
    today: dt.date,
    employees: list[int],
    types: dict[str, int],
    common: dict[str, Any],
) -> int:
    """Write four campaigns in different states; return how many."""
    ids = _Ids()
    year = today.year
    days = dt.timedelta(days=1)
    at = lambda date: dt.datetime.combine(date, dt.time(10, 0), tzinfo=dt.timezone.utc)  # noqa: E731
    campaigns = [
        (f"{year}-001", "Frühjahrsmailing Bestandskunden", CampaignStatus.FINISHED, -120, -60, "2500.00",
         "Angebot für Bestandskunden in Deutschland und den Niederlanden; erst ein Pilot, dann alle."),
        (f"{year}-002", "Einladung Messe Köln", CampaignStatus.ACTIVE, -10, 30, "4000.00",
         "Einladung zu unserem Stand auf der Messe, mit Erinnerung per E-Mail."),
        (f"{year}-003", "Nieuwsbrief najaar", CampaignStatus.PLANNED, 14, 45, "800.00",
         "Nieuwsbrief voor de Nederlandse relaties."),
        (f"{year}-004", "Kundenzufriedenheit", CampaignStatus.PLANNED, 30, 90, None,
         "Telefonische Umfrage unter Kunden mit Bestellung im letzten Jahr."),
    ]
    for number, name, status, start, end, budget, description in campaigns:
        conn.execute(
            insert(Campaign.__table__),
            {
                "id": ids("campaign"), "number": number, "name": name, "description": description,
                "status": status, "planned_start": today + start * days, "planned_end": today + end * days,
                "budget": Decimal(budget) if budget else None,
                "last_run": at(today - 90 * days) if status is CampaignStatus.FINISHED else None,
                "owner_id": employees[0], "created_at": at(today + (start - 20) * days), **common,
            },
        )
    response_types: dict[int, list[int]] = {}
    for campaign_id in range(1, 5):
        names = RESPONSES_NL if campaign_id == 3 else RESPONSES_FAIR if campaign_id == 2 else RESPONSES_DE
        rows = [
            {"id": ids("response_type"), "campaign_id": campaign_id, "name": n, "sort_order": i,
             "active": True, **common}
            for i, n in enumerate(names)
        ]
        conn.execute(insert(ResponseType.__table__), rows)
        response_types[campaign_id] = [r["id"] for r in rows]

    letter, mail, phone = types["AUSG"], types["MAIL"], types["TEL"]
    actions = [
        # campaign, sequence, name, channel, type, subject, fixed, per contact, exclude used, days
        (1, 1, "Pilot Köln/Bonn", Channel.LETTER, letter, "Unser Frühjahrsangebot", "50.00", "0.95", False, -95),
        (1, 2, "Anschreiben alle Bestandskunden", Channel.LETTER, letter, "Unser Frühjahrsangebot",
         "50.00", "0.95", True, -90),
        (2, 1, "Einladung per Brief", Channel.LETTER, letter, "Einladung zur Messe", "120.00", "1.10", False, 5),
        (2, 2, "Erinnerung per E-Mail", Channel.EMAIL, mail, "Wir sehen uns auf der Messe", "0.00", "0.00",
         True, 25),
        (3, 1, "Nieuwsbrief versturen", Channel.EMAIL, mail, "Nieuws van Kampagnen Demo", "0.00", "0.00",
         False, 20),
        (4, 1, "Telefonische Umfrage", Channel.DOSSIER_ONLY, phone, "Wie zufrieden sind Sie?", "0.00", "4.50",
         False, 40),
    ]
    for campaign_id, seq, name, channel, type_id, subject, fixed, per, exclude, day in actions:
        generated = at(today + day * days) if day < 0 else None
        conn.execute(
            insert(CampaignAction.__table__),
            {
                "id": ids("campaign_action"), "campaign_id": campaign_id, "sequence": seq, "name": name,
                "channel": channel, "sender_id": employees[1], "dossier_item_type_id": type_id,
                "subject": subject, "dossier_per_contact": True, "handled_on_creation": channel is not Channel.DOSSIER_ONLY,
                "fixed_cost": Decimal(fixed), "cost_per_contact": Decimal(per), "exclude_used_contacts": exclude,
                "planned_date": today + day * days, "generated_at": generated, **common,
            },
        )
    campaign_of_action = {1: 1, 2: 1, 3: 2}
    names = {campaign: dict(zip(RESPONSES_FAIR if campaign == 2 else RESPONSES_DE, ids_))
             for campaign, ids_ in response_types.items() if campaign in (1, 2)}
    conn.execute(insert(FollowUpRule.__table__), [
        {"id": ids("follow_up_rule"), "action_id": action, "response_type_id": names[campaign_of_action[action]][answer],
         "subject": subject, "assignee_id": employees[assignee - 1] if assignee else None, "due_in_days": days,
         "working_days": working, **common}
        for action, answer, subject, assignee, days, working in FOLLOW_UPS
    ])
    _finished_mailing(conn, rng, today, at, employees, letter, response_types[1], ids, common)
    return len(campaigns)


def _finished_mailing(
    conn: Connection,
    rng: random.Random,
    today: dt.date,
    at: Any,
    employees: list[int],
    letter_type: int,
    response_types: list[int],
    ids: _Ids,
    common: dict[str, Any],
) -> None:
    """Members, journal entries, responses, tasks and costs of campaign 1."""
    person = Person.__table__
    eligible = conn.execute(
        select(person.c.id).where(~person.c.deceased, ~person.c.no_letter).order_by(person.c.id)
    ).scalars().all()
    members = sorted(rng.sample(eligible, k=max(5, len(eligible) * 3 // 100)))
    pilot = set(members[: max(1, len(members) // 10)])
    member_rows, items, responses, tasks = [], [], [], []
    for person_id in members:
        action_id = 1 if person_id in pilot else 2
        sent = at(today - (95 if action_id == 1 else 90) * dt.timedelta(days=1))
        member_rows.append(
            {"id": ids("action_member"), "action_id": action_id, "person_id": person_id, "linked": True,
             "origin": MemberOrigin.IMPORT, "origin_file": "Bestandskunden.csv", "exclusion_reason": "",
             "added_at": sent, "added_by": "demo"}
        )
        item_id = ids("dossier_item")
        items.append(
            {"id": item_id, "person_id": person_id, "campaign_id": 1, "action_id": action_id,
             "type_id": letter_type, "subject": "Unser Frühjahrsangebot", "text": "", "handled": True,
             "handled_at": sent, "employee_id": employees[1], "created_at": sent, **common}
        )
        if rng.random() < 0.12:
            response_type = rng.choice(response_types)
            responses.append(
                {"id": ids("response"), "dossier_item_id": item_id, "response_type_id": response_type,
                 "note": "", "recorded_at": sent + dt.timedelta(days=rng.randint(3, 20)),
                 "employee_id": rng.choice(employees[:4]), **common}
            )
            if response_type == response_types[2]:
                tasks.append(
                    {"id": ids("task"), "assignee_id": employees[0], "due": today + dt.timedelta(days=rng.randint(-3, 10)),
                     "subject": "Rückruf zum Frühjahrsangebot", "text": "", "person_id": person_id,
                     "dossier_item_id": item_id, "campaign_id": 1, "done": False, "created_at": sent,
                     "response_id": responses[-1]["id"], **common}
                )
    for table, rows in ((ActionMember, member_rows), (DossierItem, items), (Response, responses), (Task, tasks)):
        if rows:
            conn.execute(insert(table.__table__), rows)
    count = len(members)
    invoice_day = today - dt.timedelta(days=80)
    none = {"action_id": None, "quantity": None, "unit_amount": None, "invoice_number": "", "supplier": "",
            "cost_date": None, "mass_run_id": None}
    conn.execute(
        insert(Cost.__table__),
        [
            # One insert of several rows writes the columns of the first: every row names them all.
            {**none, "id": ids("cost"), "campaign_id": 1, "kind": CostKind.ESTIMATED,
             "basis": CostBasis.FIXED, "amount": Decimal("100.00"), "description": "Gestaltung", **common},
            {**none, "id": ids("cost"), "campaign_id": 1, "kind": CostKind.ESTIMATED,
             "basis": CostBasis.PER_CONTACT, "amount": Decimal("0.95") * count, "quantity": count,
             "unit_amount": Decimal("0.95"), "description": "Porto und Druck", **common},
            {**none, "id": ids("cost"), "campaign_id": 1, "action_id": 2, "kind": CostKind.ACTUAL,
             "basis": CostBasis.INVOICE, "amount": (Decimal("1.02") * count).quantize(Decimal("0.01")),
             "invoice_number": f"RE-{invoice_day.year}-0413", "supplier": "Druckerei Schmitz GmbH",
             "cost_date": invoice_day, "description": "Druck und Versand", **common},
        ],
    )


DEMO_SELECTIONS = [
    # (name, distribution list, definition): the examples of the README and the issues.
    ("Köln und Bonn, Firmen ab 20 Mitarbeitern", False, {"version": 1, "where": {"match": "all", "items": [
        {"field": "city", "op": "in", "value": ["Köln", "Bonn"]},
        {"field": "org_employees", "op": "gt", "value": 20}]}}),
    ("Interessenten Amsterdam", False, {"version": 1, "where": {"match": "all", "items": [
        {"field": "city", "op": "eq", "value": "Amsterdam"}]}}),
    ("Alle Kontakte in den Niederlanden", True, {"version": 1, "where": {"match": "all", "items": [
        {"field": "country", "op": "eq", "value": "NL"}]}}),
]


def add_selections(conn: Connection, common: dict[str, Any]) -> None:
    """Saved selections to link, and the Dutch newsletter's distribution list as its data source."""
    for number, (name, is_list, definition) in enumerate(DEMO_SELECTIONS, 1):
        conn.execute(insert(Selection.__table__), {
            "id": number, "name": name, "description": "", "definition": definition,
            "is_distribution_list": is_list, "created_at": common["updated_at"], **common})
    conn.execute(update(Campaign.__table__).where(Campaign.__table__.c.id == 3).values(selection_id=len(DEMO_SELECTIONS)))


def fix_sequences(conn: Connection) -> None:
    """Move PostgreSQL's id sequences past the explicit ids the demo wrote."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        max_id = conn.execute(select(func.max(table.c.id))).scalar()
        if max_id:
            conn.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value)"),
                {"table": table.name, "value": max_id},
            )
