"""A person's history as the contact window shows it: dossier list, filters, memberships, letters.

Every step runs in its own transaction, as the window does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from desktop.contacts import dossier
from desktop.contacts.dossier import DossierFilter, DossierRow, MembershipRow
from desktop.db.engine import Database
from desktop.db.models import (
    ActionMember,
    Campaign,
    CampaignAction,
    CampaignStatus,
    Channel,
    Document,
    DossierItem,
    DossierItemType,
    Employee,
    MassRun,
    MassRunItem,
    MemberOrigin,
    Person,
    Response,
    ResponseType,
)

UTC = dt.UTC
PDF = b"%PDF-1.7\n\x00\xff binary letter \x01\x02"


def at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, tzinfo=UTC)


@dataclass(frozen=True)
class History:
    person: int
    other: int
    spring: int  # campaign 2026-001
    autumn: int  # campaign 2025-007
    letter_type: int
    call_type: int
    invitation: int  # action of spring, generated
    reminder: int  # action of spring, e-mail, not generated
    autumn_letter: int  # action of autumn
    letter: int  # item: spring invitation letter, 1 March, handled, two responses
    call: int  # item: spring call, 3 March, open
    old_letter: int  # item: autumn letter, 2 March, handled, with archived PDF
    note: int  # item: no campaign, 4 March, open
    document: int


def add_history(db: Database) -> History:
    with db.session() as session:
        maria = Employee(code="MM", first_name="Maria", last_name="Meier")
        person = Person(code="P-1", first_name="Jan", last_name="Jansen", country="NL")
        other = Person(code="P-2", first_name="Eva", last_name="Evers")
        letter_type = DossierItemType(code="AUSG", name="Ausgangspost")
        call_type = DossierItemType(code="TEL", name="Telefonat")
        spring = Campaign(number="2026-001", name="Frühjahrsmesse", status=CampaignStatus.ACTIVE)
        autumn = Campaign(number="2025-007", name="Herbstmesse", status=CampaignStatus.FINISHED)
        invitation = CampaignAction(sequence=1, name="Einladung", channel=Channel.LETTER, generated_at=at(1))
        reminder = CampaignAction(sequence=2, name="Erinnerung", channel=Channel.EMAIL)
        autumn_letter = CampaignAction(sequence=1, name="Brief", channel=Channel.LETTER, generated_at=at(2))
        spring.actions.extend([invitation, reminder])
        autumn.actions.append(autumn_letter)
        document = Document(name="brief-00042-00001.pdf", mime_type="application/pdf", size=len(PDF),
                            sha256="0" * 64, content=PDF)
        session.add_all([maria, person, other, letter_type, call_type, spring, autumn, document])
        session.flush()
        yes = ResponseType(campaign_id=spring.id, name="Zusage", sort_order=1)
        maybe = ResponseType(campaign_id=spring.id, name="Vielleicht", sort_order=2)
        session.add_all([yes, maybe])

        def item(**values: object) -> DossierItem:
            row = DossierItem(person_id=person.id, **values)
            session.add(row)
            session.flush()
            return row

        letter = item(campaign_id=spring.id, action_id=invitation.id, type_id=letter_type.id,
                      subject="Einladung zur Messe", handled=True, created_at=at(1), employee_id=maria.id)
        call = item(campaign_id=spring.id, type_id=call_type.id, subject="Rückruf", handled=False,
                    created_at=at(3))
        old_letter = item(campaign_id=autumn.id, action_id=autumn_letter.id, type_id=letter_type.id,
                          subject="Herbstbrief", handled=True, created_at=at(2), document_id=document.id)
        note = item(type_id=call_type.id, subject="Notiz", handled=False, created_at=at(4))
        # Someone else's item never shows in this person's dossier.
        session.add(DossierItem(person_id=other.id, campaign_id=spring.id, type_id=letter_type.id,
                                subject="Fremd", created_at=at(5)))
        # The later response (by time) is "Vielleicht", though it was entered first.
        session.add_all([
            Response(dossier_item_id=letter.id, response_type_id=maybe.id, recorded_at=at(6)),
            Response(dossier_item_id=letter.id, response_type_id=yes.id, recorded_at=at(5)),
        ])
        session.add_all([
            ActionMember(action_id=invitation.id, person_id=person.id, origin=MemberOrigin.MANUAL),
            ActionMember(action_id=reminder.id, person_id=person.id, origin=MemberOrigin.ACTION, linked=False,
                         exclusion_reason="no_email_address"),
            ActionMember(action_id=autumn_letter.id, person_id=person.id, origin=MemberOrigin.SELECTION),
            ActionMember(action_id=invitation.id, person_id=other.id, origin=MemberOrigin.MANUAL),
        ])
        run = MassRun(action_id=invitation.id)
        session.add(run)
        session.flush()
        session.add_all([
            MassRunItem(run_id=run.id, person_id=person.id, position=1, letter_code="00042-00001",
                        dossier_item_id=letter.id),
            MassRunItem(run_id=run.id, person_id=other.id, position=2, letter_code="00042-00002",
                        dossier_item_id=None),
        ])
        session.flush()
        return History(person.id, other.id, spring.id, autumn.id, letter_type.id, call_type.id, invitation.id,
                       reminder.id, autumn_letter.id, letter.id, call.id, old_letter.id, note.id, document.id)


def rows(db: Database, person_id: int, shown: DossierFilter | None = None) -> list[DossierRow]:
    with db.session() as session:
        return dossier.dossier(session, person_id, shown or DossierFilter())


def test_the_dossier_lists_the_person_s_items_newest_first_with_their_details(db: Database) -> None:
    h = add_history(db)
    listed = rows(db, h.person)
    assert [r.id for r in listed] == [h.note, h.call, h.old_letter, h.letter]
    note, call, old_letter, letter = listed
    assert (note.type_name, note.campaign_id, note.campaign, note.action, note.subject, note.handled) == (
        "Telefonat", None, "", "", "Notiz", False)
    assert (call.campaign, call.action, call.response, call.handled) == ("2026-001 Frühjahrsmesse", "", "", False)
    assert (old_letter.campaign, old_letter.action, old_letter.document_id, old_letter.document_name) == (
        "2025-007 Herbstmesse", "Brief", h.document, "brief-00042-00001.pdf")
    assert (letter.type_name, letter.campaign_id, letter.action, letter.subject, letter.handled,
            letter.employee, letter.document_id, letter.document_name) == (
        "Ausgangspost", h.spring, "Einladung", "Einladung zur Messe", True, "Maria Meier", None, "")
    assert letter.created_at == at(1)


def test_the_latest_response_is_shown_by_when_it_was_recorded(db: Database) -> None:
    h = add_history(db)
    by_id = {r.id: r.response for r in rows(db, h.person)}
    assert by_id[h.letter] == "Vielleicht"
    assert by_id[h.call] == ""


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        (lambda h: DossierFilter(campaign_id=h.spring), lambda h: [h.call, h.letter]),
        (lambda h: DossierFilter(campaign_id=h.autumn), lambda h: [h.old_letter]),
        (lambda h: DossierFilter(type_id=h.letter_type), lambda h: [h.old_letter, h.letter]),
        (lambda h: DossierFilter(type_id=h.call_type), lambda h: [h.note, h.call]),
        (lambda h: DossierFilter(handled=True), lambda h: [h.old_letter, h.letter]),
        (lambda h: DossierFilter(handled=False), lambda h: [h.note, h.call]),
        (lambda h: DossierFilter(campaign_id=h.spring, type_id=h.call_type, handled=False), lambda h: [h.call]),
        (lambda h: DossierFilter(campaign_id=h.autumn, handled=False), lambda h: []),
    ],
    ids=["spring", "autumn", "letters", "calls", "handled", "open", "all-three", "none"],
)
def test_each_filter_narrows_the_dossier(db: Database, shown, expected) -> None:
    h = add_history(db)
    assert [r.id for r in rows(db, h.person, shown(h))] == expected(h)


def test_a_person_without_history_has_an_empty_dossier(db: Database) -> None:
    h = add_history(db)
    with db.session() as session:
        lonely = Person(code="P-3", last_name="Allein")
        session.add(lonely)
        session.flush()
        lonely_id = lonely.id
    assert rows(db, lonely_id) == []
    assert [r.subject for r in rows(db, h.other)] == ["Fremd"]


def test_memberships_list_the_actions_newest_campaign_first(db: Database) -> None:
    h = add_history(db)
    with db.session() as session:
        listed = dossier.memberships(session, h.person)
    assert listed == [
        MembershipRow(h.spring, "2026-001 Frühjahrsmesse", h.invitation, "Einladung", Channel.LETTER, True, "", True),
        MembershipRow(h.spring, "2026-001 Frühjahrsmesse", h.reminder, "Erinnerung", Channel.EMAIL, False,
                      "no_email_address", False),
        MembershipRow(h.autumn, "2025-007 Herbstmesse", h.autumn_letter, "Brief", Channel.LETTER, True, "", True),
    ]
    with db.session() as session:
        # The other person is a member of the invitation but has no item of it.
        assert [(m.action_id, m.generated) for m in dossier.memberships(session, h.other)] == [
            (h.invitation, False)]


def test_the_dossier_filter_offers_the_person_s_campaigns_and_every_type(db: Database) -> None:
    h = add_history(db)
    with db.session() as session:
        assert dossier.campaigns_of(session, h.person) == [
            (h.spring, "2026-001 Frühjahrsmesse"), (h.autumn, "2025-007 Herbstmesse")]
        assert dossier.item_types(session) == [(h.letter_type, "Ausgangspost"), (h.call_type, "Telefonat")]


@pytest.mark.parametrize("typed", ["00042-00001", "42-1", "42/1", "42 1", "0004200001", " 42-1 ", "42.1"])
def test_the_letter_id_finds_its_dossier_item_however_typed(db: Database, typed: str) -> None:
    h = add_history(db)
    with db.session() as session:
        assert dossier.item_of_letter_code(session, typed) == h.letter


@pytest.mark.parametrize(
    "typed", ["", "abc", "42", "42-2", "42-1-1", "42-x1", "1234567890123", "004200001", "42-1000000000", "43-1"]
)
def test_garbage_or_unknown_letter_ids_find_nothing(db: Database, typed: str) -> None:
    add_history(db)
    with db.session() as session:
        assert dossier.item_of_letter_code(session, typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("42-1", "00042-00001"), ("0004200001", "00042-00001"), ("123456-7", "123456-00007"), ("x", ""),
     ("42_1", ""), ("42-1a", "")],
)
def test_the_letter_id_is_normalised_as_stored(typed: str, expected: str) -> None:
    assert dossier.normal_letter_code(typed) == expected


def test_the_archived_document_is_returned_byte_for_byte(db: Database) -> None:
    h = add_history(db)
    with db.session() as session:
        archived = dossier.document(session, h.document)
        assert dossier.document(session, h.document + 1000) is None
    assert archived is not None
    assert (archived.id, archived.name, archived.mime_type, archived.content) == (
        h.document, "brief-00042-00001.pdf", "application/pdf", PDF)


def test_a_document_kept_in_the_archive_folder_has_no_bytes_here(db: Database) -> None:
    with db.session() as session:
        stored = Document(name="x.pdf", mime_type="application/pdf", size=3, sha256="1" * 64, content=None,
                          storage_path="2026/x.pdf")
        session.add(stored)
        session.flush()
        assert dossier.document(session, stored.id) is None
