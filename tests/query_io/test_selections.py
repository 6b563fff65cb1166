"""Saved selections as clerks use them: save, reopen, name clashes, conflicts, copy, delete.

Every step runs in its own transaction, as the window does (one ``db.session()`` per action
of the clerk); two clerks are two such sessions on the same database.
"""

from __future__ import annotations

import pytest

from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import ActionSelection, Campaign, CampaignAction
from desktop.query import selections
from desktop.query.definition import QueryDefinition, parse
from desktop.query.selections import InvalidSelection, Problem, SelectionData

KOELN_BONN = parse({
    "version": 1,
    "where": {
        "match": "all",
        "items": [
            {"field": "city", "op": "in", "value": ["Köln", "Bonn"]},
            {"match": "any", "not": True, "items": [
                {"field": "org_employees", "op": "between", "value": [20, 250]},
                {"field": "created_at", "op": "ge", "value": "2025-01-31"},
            ]},
            {"field": "no_letter", "op": "is_false"},
        ],
    },
    "fields": ["code", "last_name", "city", "org_employees"],
    "order": [{"field": "city", "descending": True}],
})
EVERYONE = QueryDefinition()


def new(name: str, definition: QueryDefinition = KOELN_BONN, **values: object) -> SelectionData:
    return SelectionData(id=0, name=name, definition=definition, **values)  # type: ignore[arg-type]


def save(db: Database, data: SelectionData, overwrite: bool = False) -> SelectionData:
    with db.session() as session:
        return selections.save(session, data, overwrite=overwrite)


def load(db: Database, selection_id: int) -> SelectionData | None:
    with db.session() as session:
        return selections.load(session, selection_id)


def names(db: Database, distribution_lists_only: bool = False) -> list[str]:
    with db.session() as session:
        return [row.name for row in selections.list_selections(session, distribution_lists_only)]


def delete(db: Database, data: SelectionData, row_version: int | None = None) -> None:
    with db.session() as session:
        selections.delete(session, data.id, data.row_version if row_version is None else row_version)


def campaign(db: Database, number: str, name: str, source: int | None = None) -> int:
    with db.session() as session:
        row = Campaign(number=number, name=name, selection_id=source)
        session.add(row)
        session.flush()
        return row.id


def link_to_action(db: Database, campaign_id: int, selection_id: int, sequence: int = 1) -> None:
    with db.session() as session:
        action = CampaignAction(campaign_id=campaign_id, sequence=sequence, name=f"Aktion {sequence}")
        session.add(action)
        session.flush()
        session.add(ActionSelection(action_id=action.id, selection_id=selection_id, member_count=12))


def source_of(db: Database, campaign_id: int) -> int | None:
    with db.session() as session:
        return session.get(Campaign, campaign_id).selection_id


# -- save and load ------------------------------------------------------------------------------


def test_a_saved_selection_reopens_with_the_same_query(db: Database) -> None:
    saved = save(db, new("  Köln und Bonn  ", description="  Bestandskunden  ", is_distribution_list=True))
    assert saved.id > 0
    assert saved.name == "Köln und Bonn"
    assert saved.row_version == 1

    loaded = load(db, saved.id)
    assert loaded is not None
    assert loaded.definition == KOELN_BONN
    assert loaded.definition.to_json() == KOELN_BONN.to_json()
    assert (loaded.name, loaded.description, loaded.is_distribution_list) == (
        "Köln und Bonn", "Bestandskunden", True,
    )
    assert loaded.row_version == 1
    assert loaded.updated_at is not None


def test_the_list_is_sorted_by_name_without_regard_to_case(db: Database) -> None:
    save(db, new("beta"))
    save(db, new("Gamma", is_distribution_list=True))
    save(db, new("Alpha", is_distribution_list=True))
    save(db, new("delta"))
    assert names(db) == ["Alpha", "beta", "delta", "Gamma"]
    assert names(db, distribution_lists_only=True) == ["Alpha", "Gamma"]
    with db.session() as session:
        rows = {row.name: row for row in selections.list_selections(session)}
    assert rows["Alpha"].is_distribution_list and not rows["beta"].is_distribution_list


def test_editing_changes_the_stored_query_and_counts_the_version(db: Database) -> None:
    first = save(db, new("Messe"))
    second = save(db, first.replace(definition=EVERYONE, description="alle", is_distribution_list=True))
    assert second.id == first.id
    assert second.row_version == 2
    loaded = load(db, first.id)
    assert (loaded.definition, loaded.description, loaded.is_distribution_list) == (EVERYONE, "alle", True)
    assert names(db) == ["Messe"]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_selection_needs_a_name(db: Database, name: str) -> None:
    with pytest.raises(InvalidSelection) as raised:
        save(db, new(name))
    assert (raised.value.field, raised.value.problem) == ("name", Problem.NAME_REQUIRED)
    assert names(db) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kunden Bonn", "Kunden Bonn"),
        ("Kunden Bonn", "kunden bonn"),
        ("Kunden Bonn", " KUNDEN BONN "),
        ("Köln", "köln"),
        # Only the umlaut's case differs: SQLite's lower() alone would let these through.
        ("ÄRZTE KÖLN", "ärzte köln"),
        ("ärzte köln", "ÄRZTE KÖLN"),
    ],
)
def test_a_name_is_taken_whatever_its_case(db: Database, first: str, second: str) -> None:
    save(db, new(first))
    with pytest.raises(InvalidSelection) as raised:
        save(db, new(second, definition=EVERYONE))
    assert (raised.value.field, raised.value.problem) == ("name", Problem.NAME_TAKEN)
    assert names(db) == [first]


def test_renaming_into_another_selections_name_is_refused_but_changing_the_own_case_is_not(db: Database) -> None:
    bonn = save(db, new("Bonn"))
    koeln = save(db, new("Köln"))
    with pytest.raises(InvalidSelection) as raised:
        save(db, koeln.replace(name="BONN"))
    assert raised.value.problem is Problem.NAME_TAKEN
    renamed = save(db, bonn.replace(name="BONN"))
    assert renamed.name == "BONN"
    assert names(db) == ["BONN", "Köln"]


# -- two clerks -----------------------------------------------------------------------------------


def test_saving_over_a_colleagues_change_is_refused_unless_overwriting(db: Database) -> None:
    mine = save(db, new("Messe"))
    theirs = save(db, load(db, mine.id).replace(description="changed by a colleague"))
    assert theirs.row_version == 2

    with pytest.raises(ConcurrentEditError) as raised:
        save(db, mine.replace(description="my change"))
    assert raised.value.entity == "selection"
    assert raised.value.record_id == mine.id
    assert not raised.value.deleted
    assert raised.value.updated_by == theirs.updated_by
    assert load(db, mine.id).description == "changed by a colleague"

    won = save(db, mine.replace(description="my change"), overwrite=True)
    assert won.row_version == 3
    assert load(db, mine.id).description == "my change"


def test_saving_a_selection_a_colleague_deleted_says_so(db: Database) -> None:
    mine = save(db, new("Messe"))
    delete(db, load(db, mine.id))
    with pytest.raises(ConcurrentEditError) as raised:
        save(db, mine.replace(description="my change"), overwrite=True)
    assert raised.value.deleted
    assert names(db) == []


# -- copy -------------------------------------------------------------------------------------------


def test_a_copy_gets_the_next_free_name(db: Database) -> None:
    original = save(db, new("Messe Köln", description="Aussteller", is_distribution_list=True))
    with db.session() as session:
        copies = [selections.duplicate(session, original.id, "(copy)") for _ in range(3)]
    assert [c.name for c in copies] == ["Messe Köln (copy)", "Messe Köln (copy) 2", "Messe Köln (copy) 3"]
    assert len({original.id, *(c.id for c in copies)}) == 4
    for copy in copies:
        loaded = load(db, copy.id)
        assert loaded.definition == KOELN_BONN
        assert (loaded.description, loaded.is_distribution_list) == ("Aussteller", True)
    assert names(db) == ["Messe Köln", "Messe Köln (copy)", "Messe Köln (copy) 2", "Messe Köln (copy) 3"]


def test_a_copy_skips_a_name_taken_in_another_case(db: Database) -> None:
    original = save(db, new("Messe"))
    save(db, new("MESSE (COPY)"))
    with db.session() as session:
        copy = selections.duplicate(session, original.id, "(copy)")
    assert copy.name == "Messe (copy) 2"


def test_a_copy_of_a_selection_with_the_longest_name_still_fits(db: Database) -> None:
    original = save(db, new("K" * 200))
    with db.session() as session:
        first = selections.duplicate(session, original.id, "(copy)")
        second = selections.duplicate(session, original.id, "(copy)")
    assert len({original.name, first.name, second.name}) == 3
    assert all(len(name) <= 200 for name in names(db))


def test_copying_a_deleted_selection_says_so(db: Database) -> None:
    gone = save(db, new("Messe"))
    delete(db, gone)
    with db.session() as session, pytest.raises(ConcurrentEditError):
        selections.duplicate(session, gone.id, "(copy)")


# -- delete and use ---------------------------------------------------------------------------------


def test_deleting_an_unused_selection(db: Database) -> None:
    keep = save(db, new("Bonn"))
    gone = save(db, new("Köln"))
    delete(db, gone)
    assert load(db, gone.id) is None
    assert names(db) == ["Bonn"]
    assert load(db, keep.id) is not None


def test_a_campaigns_data_source_cannot_be_deleted(db: Database) -> None:
    used = save(db, new("Messe Köln"))
    campaign(db, "2026-007", "Herbstmailing", source=used.id)
    with pytest.raises(InvalidSelection) as raised:
        delete(db, used)
    assert raised.value.problem is Problem.IN_USE
    assert raised.value.campaigns == ["2026-007 Herbstmailing"]
    assert "2026-007 Herbstmailing" in str(raised.value)
    assert load(db, used.id) is not None


def test_a_selection_linked_to_an_action_cannot_be_deleted(db: Database) -> None:
    used = save(db, new("Messe Köln"))
    link_to_action(db, campaign(db, "2026-008", "Einladung Messe"), used.id)
    with pytest.raises(InvalidSelection) as raised:
        delete(db, used)
    assert raised.value.problem is Problem.IN_USE
    assert raised.value.campaigns == ["2026-008 Einladung Messe"]
    assert load(db, used.id) is not None


def test_every_campaign_using_a_selection_is_named_once_in_number_order(db: Database) -> None:
    used = save(db, new("Messe Köln"))
    other = save(db, new("Bonn"))
    both = campaign(db, "2026-010", "Frühjahr", source=used.id)
    link_to_action(db, both, used.id, sequence=1)
    link_to_action(db, both, used.id, sequence=2)
    link_to_action(db, campaign(db, "2026-002", "Newsletter"), used.id)
    campaign(db, "2026-005", "Ohne Bezug", source=other.id)
    campaign(db, "2026-001", "Nichts")
    with pytest.raises(InvalidSelection) as raised:
        delete(db, used)
    assert raised.value.campaigns == ["2026-002 Newsletter", "2026-010 Frühjahr"]


def test_deleting_after_a_colleagues_change_is_refused(db: Database) -> None:
    mine = save(db, new("Messe"))
    save(db, load(db, mine.id).replace(description="changed"))
    with pytest.raises(ConcurrentEditError):
        delete(db, mine)
    assert load(db, mine.id) is not None
    with pytest.raises(ConcurrentEditError) as raised:
        with db.session() as session:
            selections.delete(session, 999_999, None)
    assert raised.value.deleted


def test_use_for_campaign_makes_the_selection_the_data_source(db: Database) -> None:
    selection = save(db, new("Messe Köln"))
    campaign_id = campaign(db, "2026-003", "Messe")
    with db.session() as session:
        selections.use_for_campaign(session, campaign_id, selection.id)
    assert source_of(db, campaign_id) == selection.id
    with pytest.raises(InvalidSelection):
        delete(db, selection)

    with db.session() as session:
        selections.use_for_campaign(session, campaign_id, None)
    assert source_of(db, campaign_id) is None
    delete(db, load(db, selection.id))
    assert load(db, selection.id) is None


def test_use_for_campaign_with_a_deleted_selection_or_campaign_says_so(db: Database) -> None:
    gone = save(db, new("Messe"))
    delete(db, gone)
    campaign_id = campaign(db, "2026-004", "Messe")
    with pytest.raises(ConcurrentEditError) as raised:
        with db.session() as session:
            selections.use_for_campaign(session, campaign_id, gone.id)
    assert raised.value.entity == "selection"
    assert source_of(db, campaign_id) is None
    with pytest.raises(ConcurrentEditError) as raised:
        with db.session() as session:
            selections.use_for_campaign(session, 999_999, None)
    assert raised.value.entity == "campaign"
