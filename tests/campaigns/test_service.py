"""Campaign records as a clerk meets them: numbering, list, editing, conflicts, copy, delete.

Every step runs in its own transaction, as the window does (one ``db.session()`` per
action of the clerk); two clerks are two such sessions on the same database.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.campaigns import service
from desktop.campaigns.service import CampaignData, InvalidCampaign, Problem
from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    CampaignStatus,
    Channel,
    DossierItem,
    DossierItemType,
    Employee,
    MemberOrigin,
    Person,
    Response,
    ResponseType,
    utcnow,
)
from desktop.db.models.base import current_login

TODAY = dt.date(2026, 3, 12)


# -- what the window does, one transaction per step ------------------------------------------


def create(db: Database, name: str, today: dt.date | None = TODAY) -> CampaignData:
    with db.session() as session:
        return service.create(session, name, today)


def load(db: Database, campaign_id: int) -> CampaignData | None:
    with db.session() as session:
        return service.load(session, campaign_id)


def save(db: Database, data: CampaignData, overwrite: bool = False) -> CampaignData:
    with db.session() as session:
        return service.save(session, data, overwrite=overwrite)


def delete(db: Database, data: CampaignData) -> None:
    with db.session() as session:
        service.delete(session, data.id, data.row_version)


def rows(db: Database) -> list[tuple[str, str, CampaignStatus]]:
    with db.session() as session:
        return [(r.number, r.name, r.status) for r in service.list_campaigns(session)]


def count(db: Database, model: type, **where: object) -> int:
    query = select(func.count()).select_from(model)
    for column, value in where.items():
        query = query.where(getattr(model, column) == value)
    with db.session() as session:
        return session.scalar(query)


def add_actions_and_responses(db: Database, campaign_id: int) -> None:
    """Two actions, two response types, a contact in the target group and a sent letter."""
    with db.session() as session:
        owner = Employee(code="MM", first_name="Maria", last_name="Meier")
        person = Person(code="P-1", first_name="Jan", last_name="Jansen", country="NL")
        letter = DossierItemType(code="AUSG", name="Ausgangspost")
        session.add_all([owner, person, letter])
        session.flush()
        campaign = session.get(Campaign, campaign_id)
        campaign.owner_id = owner.id
        invitation = CampaignAction(
            sequence=1,
            name="Einladung",
            channel=Channel.LETTER,
            subject="Einladung zur Messe",
            sender_id=owner.id,
            dossier_item_type_id=letter.id,
            fixed_cost=Decimal("150.00"),
            cost_per_contact=Decimal("0.85"),
            exclude_used_contacts=True,
            planned_date=dt.date(2026, 4, 1),
            generated_at=utcnow(),  # already sent
        )
        reminder = CampaignAction(sequence=2, name="Erinnerung", channel=Channel.EMAIL, subject="Nicht vergessen")
        campaign.actions.extend([invitation, reminder])
        session.add_all(
            [
                ResponseType(campaign_id=campaign_id, name="Zusage", sort_order=1),
                ResponseType(campaign_id=campaign_id, name="Absage", sort_order=2),
            ]
        )
        session.flush()
        session.add(
            ActionMember(action_id=invitation.id, person_id=person.id, origin=MemberOrigin.MANUAL)
        )
        session.add(
            DossierItem(
                person_id=person.id,
                campaign_id=campaign_id,
                action_id=invitation.id,
                type_id=letter.id,
                subject="Einladung zur Messe",
            )
        )


# -- numbering and the list -------------------------------------------------------------------


def test_new_campaigns_get_the_next_number_of_their_year(db: Database) -> None:
    first = create(db, "Frühjahrsmailing")
    second = create(db, "  Messe Köln  ")
    next_year = create(db, "Neujahrsgrüße", today=dt.date(2027, 1, 2))
    assert (first.number, second.number, next_year.number) == ("2026-001", "2026-002", "2027-001")
    assert second.name == "Messe Köln"
    assert second.status is CampaignStatus.PLANNED


def test_numbers_a_clerk_typed_by_hand_are_continued_or_ignored(db: Database) -> None:
    typed = create(db, "Sommeraktion")
    save(db, typed.replace(number="2026-Sommer"))
    assert create(db, "A").number == "2026-001"  # "2026-Sommer" is not a running number
    jumped = create(db, "B")
    save(db, jumped.replace(number="2026-010"))
    assert create(db, "C").number == "2026-011"


def test_the_list_shows_every_campaign_newest_number_first(db: Database) -> None:
    old = create(db, "Weihnachtskarten", today=dt.date(2025, 11, 3))
    create(db, "Frühjahrsmailing")
    running = create(db, "Messe Köln")
    save(db, running.replace(status=CampaignStatus.ACTIVE))
    save(db, old.replace(status=CampaignStatus.FINISHED))
    assert rows(db) == [
        ("2026-002", "Messe Köln", CampaignStatus.ACTIVE),
        ("2026-001", "Frühjahrsmailing", CampaignStatus.PLANNED),
        ("2025-001", "Weihnachtskarten", CampaignStatus.FINISHED),
    ]


# -- editing ------------------------------------------------------------------------------------


def test_loading_shows_exactly_what_was_saved(db: Database) -> None:
    created = create(db, "Messe")
    entered = created.replace(
        name="Einladung Messe Köln",
        description="Bestandskunden in NRW und den Niederlanden.\nZweite Zeile: Grüße, Ærø",
        status=CampaignStatus.ACTIVE,
        planned_start=dt.date(2026, 4, 1),
        planned_end=dt.date(2026, 5, 31),
        budget=Decimal("12500.50"),
    )
    before = utcnow()
    save(db, entered)
    loaded = load(db, created.id)
    assert loaded is not None
    assert loaded.same_content(entered)
    assert loaded.budget == Decimal("12500.50")
    assert loaded.updated_by == current_login()
    assert before - dt.timedelta(seconds=1) <= loaded.updated_at <= utcnow()


def test_a_campaign_that_does_not_exist_loads_as_nothing(db: Database) -> None:
    assert load(db, 4711) is None


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"name": "   "}, "name", Problem.NAME_REQUIRED),
        ({"number": ""}, "number", Problem.NUMBER_REQUIRED),
        ({"number": " 2026-002 "}, "number", Problem.NUMBER_TAKEN),
        (
            {"planned_start": dt.date(2026, 5, 1), "planned_end": dt.date(2026, 4, 30)},
            "planned_end",
            Problem.DATES_REVERSED,
        ),
        ({"budget": Decimal("-0.01")}, "budget", Problem.BUDGET_NEGATIVE),
    ],
    ids=["empty-name", "empty-number", "number-taken", "end-before-start", "negative-budget"],
)
def test_invalid_values_name_the_field_and_nothing_is_written(
    db: Database, changes: dict, field: str, problem: Problem
) -> None:
    campaign = create(db, "Frühjahrsmailing")
    create(db, "Messe Köln")  # holds 2026-002
    entered = campaign.replace(description="typed but not saved", **changes)
    with pytest.raises(InvalidCampaign) as info:
        save(db, entered)
    assert (info.value.field, info.value.problem) == (field, problem)
    assert load(db, campaign.id) == campaign


def test_limits_themselves_are_allowed(db: Database) -> None:
    campaign = create(db, "Eintagesaktion")
    day = dt.date(2026, 6, 1)
    saved = save(db, campaign.replace(planned_start=day, planned_end=day, budget=Decimal("0")))
    assert (saved.planned_start, saved.planned_end, saved.budget) == (day, day, Decimal("0"))


def test_saving_a_change_raises_the_version_and_the_clerk_can_save_again(db: Database) -> None:
    campaign = create(db, "Messe")
    saved = save(db, campaign.replace(name="Messe Köln"))
    assert saved.row_version == campaign.row_version + 1
    again = save(db, saved.replace(budget=Decimal("800")))  # no conflict with oneself
    loaded = load(db, campaign.id)
    assert (loaded.name, loaded.budget, loaded.row_version) == ("Messe Köln", Decimal("800"), again.row_version)
    assert again.row_version == campaign.row_version + 2


def test_saving_without_changes_does_not_disturb_another_clerk(db: Database) -> None:
    campaign = create(db, "Messe")
    anna = load(db, campaign.id)
    ben = load(db, campaign.id)
    assert save(db, anna).row_version == campaign.row_version  # pressed Save, changed nothing
    save(db, ben.replace(name="Messe Köln"))
    assert load(db, campaign.id).name == "Messe Köln"


# -- two clerks, one campaign ---------------------------------------------------------------------


def test_the_second_clerk_cannot_silently_overwrite_the_first(db: Database) -> None:
    campaign = create(db, "Messe")
    anna = load(db, campaign.id)
    ben = load(db, campaign.id)
    annas = save(db, anna.replace(name="Messe Köln", budget=Decimal("5000")))

    with pytest.raises(ConcurrentEditError) as info:
        save(db, ben.replace(description="Bens Notizen", status=CampaignStatus.ACTIVE))
    assert not info.value.deleted
    assert info.value.updated_by == current_login()
    assert info.value.updated_at == annas.updated_at
    stored = load(db, campaign.id)
    assert stored == annas
    assert stored.description == ""

    # Ben chose "overwrite": his values win, including the name he still had.
    bens = save(db, ben.replace(description="Bens Notizen", status=CampaignStatus.ACTIVE), overwrite=True)
    stored = load(db, campaign.id)
    assert (stored.name, stored.budget, stored.description, stored.status) == (
        "Messe",
        None,
        "Bens Notizen",
        CampaignStatus.ACTIVE,
    )
    assert stored.row_version == bens.row_version > annas.row_version


def test_saving_a_campaign_another_clerk_deleted_is_refused_even_when_overwriting(db: Database) -> None:
    campaign = create(db, "Messe")
    anna = load(db, campaign.id)
    delete(db, load(db, campaign.id))  # Ben deletes it meanwhile
    for overwrite in (False, True):
        with pytest.raises(ConcurrentEditError) as info:
            save(db, anna.replace(name="Messe Köln"), overwrite=overwrite)
        assert info.value.deleted
    assert rows(db) == []


# -- duplicate ------------------------------------------------------------------------------------


def test_duplicate_copies_actions_and_response_types_but_no_members_or_history(db: Database) -> None:
    source = create(db, "Messe Köln", today=None)
    source = save(
        db,
        source.replace(
            description="Standbesucher einladen",
            status=CampaignStatus.FINISHED,
            planned_start=dt.date(2026, 4, 1),
            planned_end=dt.date(2026, 4, 30),
            budget=Decimal("2500"),
        ),
    )
    add_actions_and_responses(db, source.id)
    source = load(db, source.id)
    with db.session() as session:
        expected_number = service.next_number(session)
        copy = service.duplicate(session, source.id, "(Kopie)")

    assert copy.number == expected_number != source.number
    assert copy.name == "Messe Köln (Kopie)"
    assert copy.status is CampaignStatus.PLANNED
    assert (copy.description, copy.planned_start, copy.planned_end, copy.budget) == (
        source.description,
        source.planned_start,
        source.planned_end,
        source.budget,
    )
    assert (copy.number, copy.name, CampaignStatus.PLANNED) in rows(db)
    with db.session() as session:
        original, copied = (session.get(Campaign, i) for i in (source.id, copy.id))
        assert copied.owner_id == original.owner_id is not None
        assert [(a.sequence, a.name, a.channel, a.subject) for a in copied.actions] == [
            (1, "Einladung", Channel.LETTER, "Einladung zur Messe"),
            (2, "Erinnerung", Channel.EMAIL, "Nicht vergessen"),
        ]
        first, orig_first = copied.actions[0], original.actions[0]
        settings = (
            "sender_id",
            "dossier_item_type_id",
            "fixed_cost",
            "cost_per_contact",
            "exclude_used_contacts",
            "planned_date",
        )
        assert [getattr(first, s) for s in settings] == [getattr(orig_first, s) for s in settings]
        assert first.generated_at is None and orig_first.generated_at is not None  # not sent yet
        response_types = session.scalars(
            select(ResponseType.name).where(ResponseType.campaign_id == copy.id).order_by(ResponseType.sort_order)
        ).all()
        assert response_types == ["Zusage", "Absage"]
        copied_action_ids = [a.id for a in copied.actions]
    assert count(db, ActionMember) == 1  # the original's member only
    assert all(count(db, ActionMember, action_id=a) == 0 for a in copied_action_ids)
    assert count(db, DossierItem, campaign_id=copy.id) == 0
    assert count(db, DossierItem, campaign_id=source.id) == 1
    with db.session() as session:
        assert service.action_count(session, source.id) == 2
    assert load(db, source.id) == source  # the original is untouched


def test_duplicating_a_deleted_campaign_is_a_concurrent_edit(db: Database) -> None:
    campaign = create(db, "Messe")
    delete(db, campaign)
    with pytest.raises(ConcurrentEditError) as info, db.session() as session:
        service.duplicate(session, campaign.id, "(Kopie)")
    assert info.value.deleted
    assert rows(db) == []


# -- delete ---------------------------------------------------------------------------------------


def test_delete_removes_the_campaign_with_its_actions_but_keeps_the_dossiers(db: Database) -> None:
    campaign = create(db, "Messe Köln")
    other = create(db, "Frühjahrsmailing")
    add_actions_and_responses(db, campaign.id)
    delete(db, load(db, campaign.id))

    assert rows(db) == [(other.number, other.name, CampaignStatus.PLANNED)]
    assert load(db, campaign.id) is None
    assert count(db, CampaignAction) == 0
    assert count(db, ResponseType) == 0
    assert count(db, ActionMember) == 0
    # The letter the contact got stays in their dossier, no longer linked to the campaign.
    with db.session() as session:
        item = session.scalars(select(DossierItem)).one()
        assert (item.subject, item.campaign_id, item.action_id) == ("Einladung zur Messe", None, None)
    assert count(db, Person) == 1


def test_deleting_an_already_deleted_campaign_says_so(db: Database) -> None:
    campaign = create(db, "Messe")
    delete(db, campaign)
    with pytest.raises(ConcurrentEditError) as info:
        delete(db, campaign)
    assert info.value.deleted


def test_a_campaign_another_clerk_changed_is_not_deleted(db: Database) -> None:
    campaign = create(db, "Messe")
    anna = load(db, campaign.id)
    bens = save(db, load(db, campaign.id).replace(name="Messe Köln"))
    with pytest.raises(ConcurrentEditError) as info:
        delete(db, anna)
    assert not info.value.deleted
    assert load(db, campaign.id) == bens


# -- deleting and duplicating with history -------------------------------------------------


def test_a_campaign_with_recorded_responses_can_be_deleted(db: Database) -> None:
    campaign = create(db, "Messe Köln")
    add_actions_and_responses(db, campaign.id)
    with db.session() as session:
        item = session.scalars(select(DossierItem)).one()
        accepted = session.scalars(select(ResponseType).where(ResponseType.name == "Zusage")).one()
        session.add(Response(dossier_item_id=item.id, response_type_id=accepted.id, note="kommt zu zweit"))
    delete(db, load(db, campaign.id))
    assert rows(db) == []
    assert count(db, DossierItem) == 1  # "Entries in the contacts' dossiers are kept."
    assert count(db, Response) == 0  # the responses went with the campaign's response types


def test_a_campaign_with_the_longest_name_the_editor_allows_can_be_duplicated(db: Database) -> None:
    campaign = create(db, "Messe")
    longest = save(db, campaign.replace(name="Einladung " + "M" * 190))  # nameEdit.maxLength == 200
    with db.session() as session:
        copy = service.duplicate(session, longest.id, "(Kopie)")
    assert len(copy.name) <= 200
    assert copy.name.startswith("Einladung MMM") and copy.name.endswith(" (Kopie)")
    assert load(db, copy.id).name == copy.name
