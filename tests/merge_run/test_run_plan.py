"""Planning a mass run: one item per linked member, one working run per action, resuming."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from desktop.campaigns import members
from desktop.db.engine import Database
from desktop.db.models import Campaign, CampaignAction, MassRun, MassRunItem, Person
from desktop.db.models.enums import ItemState, RunStatus
from desktop.merge import run_plan
from desktop.merge.run_plan import NothingToGenerate, RunInProgress


def action_with_members(db: Database, count: int = 5) -> tuple[int, list[int]]:
    with db.session() as session:
        campaign = Campaign(number="2026-050", name="Brief")
        session.add(campaign)
        session.flush()
        action = CampaignAction(campaign_id=campaign.id, sequence=1, name="Brief")
        people = [Person(code=f"{n:03d}", first_name="Anna", last_name=f"Zeta{chr(90 - n)}", street="S 1",
                         postcode="50667", city="Köln") for n in range(count)]
        people.append(Person(code="999", last_name="Ohne Adresse"))  # left out: no address
        session.add(action)
        session.add_all(people)
        session.flush()
        members.add_persons(session.connection(), action.id, [p.id for p in people])
        members.set_linked(session.connection(), action.id, [people[0].id], False)
        return action.id, [p.id for p in people]


def items(db: Database, run_id: int) -> list[tuple[int, int, str, str]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(MassRunItem.position, MassRunItem.person_id, MassRunItem.state, MassRunItem.letter_code)
            .where(MassRunItem.run_id == run_id).order_by(MassRunItem.position))]


def test_a_run_plans_one_letter_per_linked_member_in_name_order(db: Database) -> None:
    action, people = action_with_members(db)
    run_id = run_plan.claim(db, action, {"output": "pdf"}, resume=False)
    planned = items(db, run_id)
    # Unlinked (people[0]) and left out (no address) get no letter; the rest by last name.
    assert [p for _, p, _, _ in planned] == list(reversed(people[1:5]))
    assert {state for _, _, state, _ in planned} == {ItemState.PLANNED.value}
    assert [code for *_, code in planned] == [f"{run_id:05d}-{n:05d}" for n in range(1, 5)]


def test_a_second_start_is_told_who_runs_the_action(db: Database) -> None:
    action, _ = action_with_members(db)
    first = run_plan.claim(db, action, {}, resume=False)
    with pytest.raises(RunInProgress) as refused:
        run_plan.claim(db, action, {}, resume=True)
    assert refused.value.run_id == first and refused.value.started_by


def test_a_dead_run_is_resumed_with_what_it_had_done(db: Database) -> None:
    action, _ = action_with_members(db)
    first = run_plan.claim(db, action, {"output": "pdf"}, resume=False)
    with db.engine.begin() as conn:  # it archived two letters, then the workstation died
        conn.execute(update(MassRunItem).where(MassRunItem.run_id == first, MassRunItem.position <= 2)
                     .values(state=ItemState.ARCHIVED.value))
        conn.execute(update(MassRun).where(MassRun.id == first).values(
            heartbeat_at=dt.datetime.now(dt.timezone.utc) - 2 * run_plan.STALE_AFTER))
        info = run_plan.unfinished(conn, action)
    assert info is not None and (info.id, info.done, info.total) == (first, 2, 4)
    assert run_plan.claim(db, action, {}, resume=True) == first
    assert [state for _, _, state, _ in items(db, first)][:2] == [ItemState.ARCHIVED.value] * 2


def test_starting_afresh_closes_the_unfinished_run(db: Database) -> None:
    action, _ = action_with_members(db)
    first = run_plan.claim(db, action, {}, resume=False)
    run_plan.close(db, first, RunStatus.FAILED, "printer gone")
    second = run_plan.claim(db, action, {}, resume=False)
    assert second != first
    with db.engine.connect() as conn:
        assert conn.execute(select(MassRun.status).where(MassRun.id == first)).scalar_one() == "cancelled"


def test_an_action_without_linked_members_is_refused_and_leaves_no_run(db: Database) -> None:
    action, people = action_with_members(db, count=1)
    with db.engine.begin() as conn:
        members.set_linked(conn, action, people, False)
    with pytest.raises(NothingToGenerate):
        run_plan.claim(db, action, {}, resume=False)
    with db.engine.connect() as conn:
        assert conn.execute(select(MassRun.id)).first() is None


def test_an_action_generated_before_is_only_generated_again_when_asked(db: Database) -> None:
    action, _ = action_with_members(db)
    first = run_plan.claim(db, action, {}, resume=False)
    run_plan.close(db, first, RunStatus.FINISHED)
    with pytest.raises(run_plan.AlreadyGenerated) as refused:
        run_plan.claim(db, action, {}, resume=False)
    assert refused.value.started_by
    assert run_plan.claim(db, action, {}, resume=False, again=True) != first
