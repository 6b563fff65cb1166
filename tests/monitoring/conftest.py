"""A demo campaign for the monitoring tests, and its raw rows for counting by hand.

Campaign "2026-001" (budget 1000.00) has four actions:

1. *Einladung* (letter, generated, one dossier item per contact, fixed 150.00, 0.85 per
   contact): P1–P6 linked, P7 unlinked by hand, P8 excluded (deceased). Items for P1–P6,
   P1–P4 handled; responses: P1 Zusage, P2 Zusage then Absage (latest: Absage), P3 Info
   angefordert, P5 Zusage (still open). A finished run booked 4.25 (5 letters).
2. *Erinnerung* (e-mail, generated, 0.10 per contact): P1–P4 linked, P5 excluded (no e-mail
   address). Items for P1–P4, P1 and P2 handled; P1 Absage.
3. *Nachfass* (letter, not generated, fixed 50.00, 1.20 per contact): P1–P3 linked, P4 not.
4. *Beilage* (letter, one dossier item for the whole action, 0.50 per contact): P1–P5
   linked; two runs whose items are in every state, P2 in both; a run booked 1.50.

Besides: an item of the campaign without action, items of another campaign "2026-002"
(with its own costs, types and responses) and an item of no campaign, which must never
count; an inactive response type nobody used; cost entries of every kind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    ActionSelection,
    Campaign,
    CampaignAction,
    CampaignStatus,
    Channel,
    Cost,
    CostBasis,
    CostKind,
    DossierItem,
    DossierItemType,
    Employee,
    ItemState,
    MassRun,
    MassRunItem,
    MemberOrigin,
    Organisation,
    Person,
    Response,
    ResponseType,
    RunStatus,
    Selection,
)

UTC = dt.UTC
T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def at(hours: float) -> dt.datetime:
    return T0 + dt.timedelta(hours=hours)


@dataclass(frozen=True)
class Demo:
    """The ids of the demo data."""

    campaign: int
    other_campaign: int
    actions: dict[str, int]  # invitation, reminder, follow_up, insert
    other_action: int
    persons: dict[str, int]  # P1 … P9
    types: dict[str, int]  # Zusage, Absage, Info angefordert, Alt
    runs: dict[str, int]  # invitation, insert_1, insert_2
    run_cost: int  # the cost entry the invitation's run booked
    selections: dict[str, int]


def _build(db: Database) -> Demo:
    with db.session() as s:
        maria = Employee(code="MM", first_name="Maria", last_name="Meier")
        karl = Employee(code="KK", first_name="Karl", last_name="Klein")
        olaf = Employee(code="OO", first_name="", last_name="Otto")
        letter = DossierItemType(code="AUSG", name="Ausgangspost")
        mail = DossierItemType(code="MAIL", name="E-Mail aus")
        note = DossierItemType(code="NOTIZ", name="Notiz")
        s.add_all([maria, karl, olaf, letter, mail, note])
        s.flush()
        acme = Organisation(code="O-1", name="Acme GmbH", account_manager_id=karl.id)
        bolt = Organisation(code="O-2", name="Bolt BV")
        s.add_all([acme, bolt])
        s.flush()
        spec = [
            # code, first, prefix, last, postcode, city, country, organisation, account manager
            ("P1", "Anna", "", "Albers", "50667", "Köln", "DE", acme, maria),
            ("P2", "Jan", "van", "Dijk", "1012 AB", "Amsterdam", "NL", bolt, karl),
            ("P3", "Carla", "", "Conrad", "50668", "Köln", "DE", acme, maria),
            ("P4", "Dirk", "", "Dahl", "", "", "DE", None, None),
            ("P5", "Eva", "de", "Boer", "1013 CD", "Amsterdam", "NL", bolt, olaf),
            ("P6", "Fritz", "", "Fuchs", "10115", "Berlin", "DE", None, karl),
            ("P7", "Gina", "", "Graf", "50669", "Köln", "DE", acme, None),
            ("P8", "Hans", "", "Huber", "80331", "München", "DE", None, None),
            ("P9", "Ida", "", "Imhof", "3011", "Bern", "CH", None, None),
        ]
        persons = {}
        for code, first, prefix, last, postcode, city, country, org, manager in spec:
            person = Person(code=code, first_name=first, name_prefix=prefix, last_name=last, postcode=postcode,
                            city=city, country=country, organisation_id=org.id if org else None,
                            account_manager_id=manager.id if manager else None)
            s.add(person)
            persons[code] = person
        friends = Selection(name="Freunde des Hauses", description="Stammkunden",
                            is_distribution_list=True, created_at=at(-200))
        fair = Selection(name="Messe 2025", created_at=at(-100))
        unused = Selection(name="Leer", created_at=at(-50))
        s.add_all([friends, fair, unused])
        s.flush()

        campaign = Campaign(number="2026-001", name="Frühjahrsmailing", status=CampaignStatus.ACTIVE,
                            planned_start=dt.date(2026, 3, 1), planned_end=dt.date(2026, 5, 31),
                            budget=Decimal("1000.00"), selection_id=friends.id)
        other = Campaign(number="2026-002", name="Herbstmesse", budget=None, selection_id=friends.id)
        s.add_all([campaign, other])
        s.flush()
        invitation = CampaignAction(campaign_id=campaign.id, sequence=1, name="Einladung", channel=Channel.LETTER,
                                    dossier_item_type_id=letter.id, fixed_cost=Decimal("150.00"),
                                    cost_per_contact=Decimal("0.85"), planned_date=dt.date(2026, 3, 2),
                                    generated_at=at(0))
        reminder = CampaignAction(campaign_id=campaign.id, sequence=2, name="Erinnerung", channel=Channel.EMAIL,
                                  dossier_item_type_id=mail.id, cost_per_contact=Decimal("0.10"),
                                  generated_at=at(48))
        follow_up = CampaignAction(campaign_id=campaign.id, sequence=3, name="Nachfass", channel=Channel.LETTER,
                                   fixed_cost=Decimal("50.00"), cost_per_contact=Decimal("1.20"),
                                   planned_date=dt.date(2026, 4, 15))
        insert = CampaignAction(campaign_id=campaign.id, sequence=4, name="Beilage", channel=Channel.LETTER,
                                dossier_per_contact=False, cost_per_contact=Decimal("0.50"),
                                dossier_item_type_id=letter.id, generated_at=at(72))
        elsewhere = CampaignAction(campaign_id=other.id, sequence=1, name="Messeeinladung", channel=Channel.LETTER,
                                   fixed_cost=Decimal("99.00"), cost_per_contact=Decimal("2.00"),
                                   generated_at=at(1))
        # The campaign's types in the order clerks see them: active by sort order, then inactive.
        zusage = ResponseType(campaign_id=campaign.id, name="Zusage", sort_order=1)
        absage = ResponseType(campaign_id=campaign.id, name="Absage", sort_order=2)
        info = ResponseType(campaign_id=campaign.id, name="Info angefordert", sort_order=3)
        old = ResponseType(campaign_id=campaign.id, name="Alt", sort_order=0, active=False)
        other_yes = ResponseType(campaign_id=other.id, name="Zusage", sort_order=1)
        s.add_all([invitation, reminder, follow_up, insert, elsewhere, zusage, absage, info, old, other_yes])
        s.flush()
        s.add_all([
            ActionSelection(action_id=invitation.id, selection_id=friends.id, linked_at=at(-10), member_count=8),
            ActionSelection(action_id=reminder.id, selection_id=friends.id, linked_at=at(20), member_count=5),
            ActionSelection(action_id=follow_up.id, selection_id=fair.id, linked_at=at(30), member_count=4),
        ])

        def members(action: CampaignAction, linked: list[str], unlinked: list[str] = (),
                    excluded: dict[str, str] | None = None) -> None:
            for code in linked:
                s.add(ActionMember(action_id=action.id, person_id=persons[code].id, origin=MemberOrigin.SELECTION))
            for code in unlinked:
                s.add(ActionMember(action_id=action.id, person_id=persons[code].id, linked=False,
                                   origin=MemberOrigin.MANUAL))
            for code, reason in (excluded or {}).items():
                s.add(ActionMember(action_id=action.id, person_id=persons[code].id, linked=False,
                                   exclusion_reason=reason, origin=MemberOrigin.SELECTION))

        members(invitation, ["P1", "P2", "P3", "P4", "P5", "P6"], ["P7"], {"P8": "deceased"})
        members(reminder, ["P1", "P2", "P3", "P4"], [], {"P5": "no_email_address"})
        members(follow_up, ["P1", "P2", "P3"], ["P4"])
        members(insert, ["P1", "P2", "P3", "P4", "P5"])
        members(elsewhere, ["P1", "P9"])
        s.flush()

        items: dict[tuple[str, str], DossierItem] = {}

        def item(action: CampaignAction | None, code: str | None, handled: bool, hours: float,
                 employee: Employee | None = None, type_: DossierItemType = letter,
                 campaign_id: int | None = campaign.id) -> DossierItem:
            record = DossierItem(person_id=persons[code].id if code else None, campaign_id=campaign_id,
                                 action_id=action.id if action else None, type_id=type_.id,
                                 subject=action.name if action else "Notiz", handled=handled,
                                 handled_at=at(hours + 1) if handled else None,
                                 employee_id=employee.id if employee else None, created_at=at(hours))
            s.add(record)
            items[(action.name if action else "-", code or "-")] = record
            return record

        for i, code in enumerate(["P1", "P2", "P3", "P4", "P5", "P6"]):
            item(invitation, code, handled=code in ("P1", "P2", "P3", "P4"), hours=i / 10,
                 employee=maria if code in ("P1", "P2", "P5") else None)
        for i, code in enumerate(["P1", "P2", "P3", "P4"]):
            item(reminder, code, handled=code in ("P1", "P2"), hours=48 + i / 10, type_=mail,
                 employee=karl if code != "P4" else olaf)
        item(insert, None, handled=True, hours=72)  # the one item of the whole action
        item(None, "P6", handled=False, hours=80, type_=note, employee=karl)  # a note without action
        item(elsewhere, "P1", handled=True, hours=1, campaign_id=other.id)
        item(elsewhere, "P9", handled=False, hours=1, campaign_id=other.id)
        item(None, "P2", handled=False, hours=90, type_=note, campaign_id=None)  # no campaign at all
        s.flush()

        def respond(key: tuple[str, str], response_type: ResponseType, hours: float) -> None:
            s.add(Response(dossier_item_id=items[key].id, response_type_id=response_type.id, recorded_at=at(hours)))
            s.flush()  # ids in the order of recording

        respond(("Einladung", "P1"), zusage, 100)
        respond(("Einladung", "P2"), zusage, 101)
        respond(("Einladung", "P3"), info, 102)
        respond(("Einladung", "P5"), zusage, 103)
        respond(("Erinnerung", "P1"), absage, 104)
        respond(("Einladung", "P2"), absage, 105)  # P2 changed their mind: the latest counts
        respond(("Messeeinladung", "P1"), other_yes, 106)

        # Runs: the invitation's (per contact: its items do not change "generated") and the insert's.
        run_invitation = MassRun(action_id=invitation.id, status=RunStatus.FINISHED, started_at=at(0))
        run_insert_1 = MassRun(action_id=insert.id, status=RunStatus.FINISHED, started_at=at(72))
        run_insert_2 = MassRun(action_id=insert.id, status=RunStatus.FINISHED, started_at=at(73))
        run_other = MassRun(action_id=elsewhere.id, status=RunStatus.FINISHED, started_at=at(1))
        s.add_all([run_invitation, run_insert_1, run_insert_2, run_other])
        s.flush()
        run_items = [
            (run_invitation, "P1", ItemState.ARCHIVED), (run_invitation, "P2", ItemState.ARCHIVED),
            (run_invitation, "P3", ItemState.PRINTED), (run_invitation, "P4", ItemState.ARCHIVED),
            (run_invitation, "P5", ItemState.ARCHIVED), (run_invitation, "P6", ItemState.FAILED),
            (run_insert_1, "P1", ItemState.ARCHIVED), (run_insert_1, "P2", ItemState.PRINTED),
            (run_insert_1, "P3", ItemState.FAILED), (run_insert_1, "P4", ItemState.SKIPPED),
            (run_insert_1, "P5", ItemState.PLANNED), (run_insert_2, "P2", ItemState.ARCHIVED),
            (run_insert_2, "P3", ItemState.SENT), (run_insert_2, "P4", ItemState.RENDERED),
            (run_other, "P1", ItemState.ARCHIVED), (run_other, "P9", ItemState.ARCHIVED),
        ]
        for n, (run, code, state) in enumerate(run_items):
            s.add(MassRunItem(run_id=run.id, person_id=persons[code].id, position=n, state=state,
                              letter_code=f"L{n:04d}"))

        def cost(campaign_id: int, action: CampaignAction | None, kind: CostKind, basis: CostBasis, amount: str,
                 day: dt.date | None = None, run: MassRun | None = None, **more: Any) -> Cost:
            entry = Cost(campaign_id=campaign_id, action_id=action.id if action else None, kind=kind, basis=basis,
                         amount=Decimal(amount), cost_date=day, mass_run_id=run.id if run else None, **more)
            s.add(entry)
            return entry

        est, act = CostKind.ESTIMATED, CostKind.ACTUAL
        cost(campaign.id, invitation, est, CostBasis.FIXED, "80.00", dt.date(2026, 2, 20), description="Gestaltung")
        cost(campaign.id, None, est, CostBasis.PER_CONTACT, "25.50", quantity=51, unit_amount=Decimal("0.50"),
             description="Porto Rücksendungen")
        cost(campaign.id, reminder, est, CostBasis.PER_CONTACT, "12.30", dt.date(2026, 2, 21), quantity=123,
             unit_amount=Decimal("0.10"))
        cost(campaign.id, invitation, act, CostBasis.INVOICE, "199.99", dt.date(2026, 3, 5),
             invoice_number="R-2026-17", supplier="Druckerei Schmitz")
        cost(campaign.id, None, act, CostBasis.INVOICE, "300.00", dt.date(2026, 3, 3),
             invoice_number="M-4711", supplier="Messe GmbH")
        cost(campaign.id, reminder, act, CostBasis.FIXED, "40.00", description="Versanddienst")
        cost(campaign.id, None, act, CostBasis.FIXED, "10.01", dt.date(2026, 3, 3), description="Kaffee")
        booked = cost(campaign.id, invitation, act, CostBasis.PER_CONTACT, "4.25", dt.date(2026, 3, 2),
                      run=run_invitation, quantity=5, unit_amount=Decimal("0.85"))
        cost(campaign.id, insert, act, CostBasis.PER_CONTACT, "1.50", dt.date(2026, 3, 5), run=run_insert_2,
             quantity=3, unit_amount=Decimal("0.50"))
        cost(other.id, elsewhere, act, CostBasis.INVOICE, "777.77", dt.date(2026, 3, 1),
             invoice_number="X-1", supplier="Anderswo")
        cost(other.id, None, est, CostBasis.FIXED, "123.45")
        s.flush()
        return Demo(
            campaign=campaign.id, other_campaign=other.id,
            actions={"invitation": invitation.id, "reminder": reminder.id, "follow_up": follow_up.id,
                     "insert": insert.id},
            other_action=elsewhere.id,
            persons={code: p.id for code, p in persons.items()},
            types={t.name: t.id for t in (zusage, absage, info, old)},
            runs={"invitation": run_invitation.id, "insert_1": run_insert_1.id, "insert_2": run_insert_2.id},
            run_cost=booked.id,
            selections={"friends": friends.id, "fair": fair.id, "unused": unused.id},
        )


@pytest.fixture
def demo(db: Database) -> Demo:
    return _build(db)


DONE = {ItemState.ARCHIVED, ItemState.PRINTED, ItemState.SENT}  # what a run counts as made


@dataclass
class Counted:
    """Figures of an action or a campaign, counted by hand from the rows."""

    linked: int = 0
    not_linked: int = 0
    generated: int = 0
    handled: int = 0
    open: int = 0
    responded: int = 0
    responses: dict[str, int] = field(default_factory=dict)
    fixed: Decimal = Decimal(0)
    per_contact: Decimal = Decimal(0)
    estimated_other: Decimal = Decimal(0)
    from_runs: Decimal = Decimal(0)
    invoices: Decimal = Decimal(0)
    actual_other: Decimal = Decimal(0)

    @property
    def estimated(self) -> Decimal:
        return self.fixed + self.per_contact + self.estimated_other

    @property
    def actual(self) -> Decimal:
        return self.from_runs + self.invoices + self.actual_other

    def book(self, cost: dict[str, Any]) -> None:
        if cost["kind"] is CostKind.ESTIMATED:
            self.estimated_other += cost["amount"]
        elif cost["mass_run_id"] is not None:
            self.from_runs += cost["amount"]
        elif cost["basis"] is CostBasis.INVOICE:
            self.invoices += cost["amount"]
        else:
            self.actual_other += cost["amount"]


class Raw:
    """The stored rows, read column by column: what the expectations are counted from."""

    def __init__(self, db: Database) -> None:
        with db.session() as s:
            def table(model: type) -> list[dict[str, Any]]:
                columns = model.__table__.columns
                return [dict(zip(columns.keys(), row)) for row in
                        s.execute(select(*columns).order_by(model.__table__.c.id))]

            self.campaigns = table(Campaign)
            self.actions = table(CampaignAction)
            self.members = table(ActionMember)
            self.items = table(DossierItem)
            self.responses = table(Response)
            self.types = table(ResponseType)
            self.costs = table(Cost)
            self.runs = table(MassRun)
            self.run_items = table(MassRunItem)
            self.persons = table(Person)
            self.employees = table(Employee)
            self.organisations = table(Organisation)
            self.item_types = table(DossierItemType)
            self.selections = table(Selection)
            self.action_selections = table(ActionSelection)

    def actions_of(self, campaign_id: int) -> list[dict[str, Any]]:
        return sorted((a for a in self.actions if a["campaign_id"] == campaign_id), key=lambda a: a["sequence"])

    def action(self, action_id: int) -> dict[str, Any]:
        return next(a for a in self.actions if a["id"] == action_id)

    def latest_response(self, item_id: int) -> dict[str, Any] | None:
        """The response recorded last (the highest id; ids follow the recording times here)."""
        answers = [r for r in self.responses if r["dossier_item_id"] == item_id]
        return max(answers, key=lambda r: (r["recorded_at"], r["id"])) if answers else None

    def type_name(self, type_id: int) -> str:
        return next(t["name"] for t in self.types if t["id"] == type_id)

    def type_names(self, campaign_id: int) -> list[str]:
        """The campaign's response types: active ones by sort order, then inactive ones."""
        mine = [t for t in self.types if t["campaign_id"] == campaign_id]
        return [t["name"] for t in sorted(mine, key=lambda t: (not t["active"], t["sort_order"], t["id"]))]

    def totals(self, campaign_id: int) -> tuple[dict[int, Counted], Counted]:
        """Per action, and for the campaign (whose money includes the entries without action).

        Generated: an action's dossier items of a contact; for an action with one item for
        all, the distinct contacts its runs made (archived, printed, sent). Responses: every
        response to the action's items; responded: items with at least one.
        """
        names = self.type_names(campaign_id)
        result: dict[int, Counted] = {}
        for action in self.actions_of(campaign_id):
            e = Counted(responses={n: 0 for n in names})
            members = [m for m in self.members if m["action_id"] == action["id"]]
            e.linked = sum(1 for m in members if m["linked"])
            e.not_linked = sum(1 for m in members if not m["linked"])
            items = [i for i in self.items if i["action_id"] == action["id"] and i["campaign_id"] == campaign_id]
            personal = [i for i in items if i["person_id"] is not None]
            if action["dossier_per_contact"]:
                e.generated = len(personal)
            else:
                runs = {r["id"] for r in self.runs if r["action_id"] == action["id"]}
                e.generated = len({ri["person_id"] for ri in self.run_items
                                   if ri["run_id"] in runs and ri["state"] in DONE})
            e.handled = sum(1 for i in personal if i["handled"])
            e.open = sum(1 for i in personal if not i["handled"])
            item_ids = {i["id"] for i in items}
            answers = [r for r in self.responses if r["dossier_item_id"] in item_ids]
            for r in answers:
                e.responses[self.type_name(r["response_type_id"])] += 1
            e.responded = len({r["dossier_item_id"] for r in answers})
            receivers = sum(1 for m in members if m["linked"] and m["exclusion_reason"] == "")
            e.fixed = action["fixed_cost"] or Decimal(0)
            e.per_contact = (action["cost_per_contact"] or Decimal(0)) * receivers
            for cost in self.costs:
                if cost["campaign_id"] == campaign_id and cost["action_id"] == action["id"]:
                    e.book(cost)
            result[action["id"]] = e
        whole = Counted(responses={n: 0 for n in names})
        for e in result.values():
            for name in ("linked", "not_linked", "generated", "handled", "open", "responded", "fixed", "per_contact",
                         "estimated_other", "from_runs", "invoices", "actual_other"):
                setattr(whole, name, getattr(whole, name) + getattr(e, name))
            for name, n in e.responses.items():
                whole.responses[name] += n
        for cost in self.costs:
            if cost["campaign_id"] == campaign_id and cost["action_id"] is None:
                whole.book(cost)
        return result, whole


@pytest.fixture
def raw(db: Database, demo: Demo) -> Raw:
    return Raw(db)
