"""Campaign actions as a clerk meets them: numbering, copying a target group, editing,
conflicts, deleting with history, and the editor's choices.

Every step runs in its own transaction, as the window does (one ``db.session()`` per
action of the clerk); two clerks are two such sessions on the same database.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select

from desktop.campaigns import actions, members
from desktop.campaigns.actions import ActionData, InvalidAction, Problem
from desktop.campaigns.members import Exclusion
from desktop.db.engine import Database
from desktop.db.errors import ConcurrentEditError
from desktop.db.models import (
    ActionMember,
    Campaign,
    Channel,
    DossierItem,
    DossierItemType,
    Employee,
    MemberOrigin,
    Person,
    Template,
)
from desktop.db.models.base import current_login

# -- setting the scene and what the window does, one transaction per step ---------------------


def campaign(db: Database, number: str = "2026-001", name: str = "Messe Köln") -> int:
    with db.session() as session:
        c = Campaign(number=number, name=name)
        session.add(c)
        session.flush()
        return c.id


def persons(db: Database, count: int, **values: object) -> list[int]:
    """Persons with a postal and e-mail address, so that no channel excludes them."""
    with db.session() as session:
        start = session.scalar(select(func.count()).select_from(Person)) or 0
        people = [
            Person(
                code=f"P-{start + n}",
                last_name=f"Jansen {start + n}",
                street="Domstraße 1",
                postcode="50667",
                city="Köln",
                email=f"p{start + n}@example.org",
                **values,
            )
            for n in range(1, count + 1)
        ]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def put_members(db: Database, action_id: int, person_ids: list[int], linked: bool = True, reason: str = "") -> None:
    with db.session() as session:
        session.add_all(
            ActionMember(action_id=action_id, person_id=p, origin=MemberOrigin.MANUAL, linked=linked,
                         exclusion_reason=reason)
            for p in person_ids
        )


def add(db: Database, campaign_id: int, name: str, channel: Channel = Channel.LETTER, **kwargs: object) -> ActionData:
    with db.session() as session:
        return actions.add(session, campaign_id, name, channel, **kwargs)


def load(db: Database, action_id: int) -> ActionData | None:
    with db.session() as session:
        return actions.load(session, action_id)


def save(db: Database, data: ActionData, overwrite: bool = False) -> ActionData:
    with db.session() as session:
        return actions.save(session, data, overwrite=overwrite)


def delete(db: Database, data: ActionData) -> None:
    with db.session() as session:
        actions.delete(session, data.id, data.row_version)


def listed(db: Database, campaign_id: int) -> list[tuple]:
    with db.session() as session:
        return [(r.sequence, r.name, r.members, r.linked) for r in actions.list_actions(session, campaign_id)]


def group(db: Database, action_id: int) -> set[tuple]:
    """The target group as (person, linked, origin, origin action, exclusion)."""
    m = ActionMember
    query = select(m.person_id, m.linked, m.origin, m.origin_action_id, m.exclusion_reason).where(
        m.action_id == action_id
    )
    with db.session() as session:
        return {tuple(row) for row in session.execute(query)}


def dossier_item(db: Database, action: ActionData, person_id: int | None, type_id: int) -> None:
    with db.session() as session:
        session.add(DossierItem(person_id=person_id, campaign_id=action.campaign_id, action_id=action.id,
                                type_id=type_id, subject=action.name))


def letter_type(db: Database) -> int:
    with db.session() as session:
        t = DossierItemType(code="AUSG", name="Ausgangspost")
        session.add(t)
        session.flush()
        return t.id


# -- numbering ------------------------------------------------------------------------------------


def test_actions_are_numbered_one_two_three_after_the_highest(db: Database) -> None:
    fair = campaign(db)
    other = campaign(db, "2026-002", "Frühjahrsmailing")
    first = add(db, fair, "  Einladung  ", subject="Einladung zur Messe", fixed_cost=Decimal("150"))
    second = add(db, fair, "Erinnerung", Channel.EMAIL)
    add(db, other, "Mailing")  # numbered within its own campaign
    third = add(db, fair, "Nachfassen", Channel.DOSSIER_ONLY)

    assert [a.sequence for a in (first, second, third)] == [1, 2, 3]
    assert (first.name, first.subject, first.fixed_cost, first.channel) == (
        "Einladung", "Einladung zur Messe", Decimal("150"), Channel.LETTER,
    )
    assert load(db, first.id) == first
    assert listed(db, fair) == [(1, "Einladung", 0, 0), (2, "Erinnerung", 0, 0), (3, "Nachfassen", 0, 0)]

    delete(db, second)  # a gap is left as it is; new actions go to the end
    assert add(db, fair, "Dankeschön").sequence == 4
    with db.session() as session:
        assert actions.next_sequence(session, fair) == 5
        assert actions.next_sequence(session, 4711) == 1


def test_a_new_action_is_checked_like_a_saved_one(db: Database) -> None:
    fair = campaign(db)
    with pytest.raises(InvalidAction) as info:
        add(db, fair, "   ")
    assert (info.value.field, info.value.problem) == ("name", Problem.NAME_REQUIRED)
    with pytest.raises(InvalidAction) as info:
        add(db, fair, "Einladung", cost_per_contact=Decimal("-0.85"))
    assert (info.value.field, info.value.problem) == ("cost_per_contact", Problem.COST_NEGATIVE)
    with pytest.raises(TypeError):
        add(db, fair, "Einladung", generated_at=None)  # not something a clerk sets
    assert listed(db, fair) == []


def test_adding_to_a_deleted_campaign_is_a_concurrent_edit(db: Database) -> None:
    with pytest.raises(ConcurrentEditError) as info:
        add(db, 4711, "Einladung")
    assert (info.value.entity, info.value.deleted) == ("campaign", True)


@pytest.fixture
def pg_db(pg_databases) -> Iterator[Database]:
    """PostgreSQL only: the race below needs two writers at once, which SQLite never has."""
    url = pg_databases.create(pg_databases.migrated_template())
    db = Database(url)
    yield db
    db.dispose()
    pg_databases.drop(url)


@pytest.mark.postgres
def test_two_clerks_adding_at_once_get_different_numbers(pg_db: Database) -> None:
    db = pg_db
    fair = campaign(db)
    bens: list[ActionData] = []
    ben = threading.Thread(target=lambda: bens.append(add(db, fair, "Erinnerung", Channel.EMAIL)))
    with db.sessions() as anna:
        anna.begin()
        annas = actions.add(anna, fair, "Einladung", Channel.LETTER)
        ben.start()
        ben.join(0.5)
        waited = ben.is_alive()  # for Anna's commit, instead of taking number 1 as well
        anna.commit()
    ben.join(10)
    assert waited
    assert (annas.sequence, [b.sequence for b in bens]) == (1, [2])


# -- taking over an earlier target group ----------------------------------------------------------


def test_copy_takes_over_the_target_group_as_it_is_and_stays_frozen(db: Database) -> None:
    fair = campaign(db)
    pilot = add(db, fair, "Pilot")
    linked = persons(db, 2)
    unlinked_by_clerk = persons(db, 1)
    deceased = persons(db, 1, deceased=True)
    put_members(db, pilot.id, linked)
    put_members(db, pilot.id, unlinked_by_clerk, linked=False)
    put_members(db, pilot.id, deceased, linked=False, reason=Exclusion.DECEASED.value)

    copy = add(db, fair, "Alle", copy_members_from=pilot.id, subject="Einladung")

    assert copy.sequence == 2
    action = MemberOrigin.ACTION
    expected = {
        (linked[0], True, action, pilot.id, ""),
        (linked[1], True, action, pilot.id, ""),
        (unlinked_by_clerk[0], False, action, pilot.id, ""),
        (deceased[0], False, action, pilot.id, Exclusion.DECEASED.value),
    }
    assert group(db, copy.id) == expected
    assert listed(db, fair) == [(1, "Pilot", 4, 2), (2, "Alle", 4, 2)]

    # Later changes to the pilot's group leave the copy alone.
    newcomer = persons(db, 1)
    with db.engine.begin() as conn:
        members.set_linked(conn, pilot.id, [linked[0]], False)
        members.set_linked(conn, pilot.id, unlinked_by_clerk, True)
        members.remove(conn, pilot.id, [linked[1]])
        members.add_persons(conn, pilot.id, newcomer)
    assert group(db, copy.id) == expected


def test_the_copy_follows_the_new_channel_s_exclusions(db: Database) -> None:
    fair = campaign(db)
    letters = add(db, fair, "Brief")
    no_email = persons(db, 1, no_email=True)
    put_members(db, letters.id, no_email)
    mails = add(db, fair, "Mail", Channel.EMAIL, copy_members_from=letters.id)
    assert group(db, mails.id) == {
        (no_email[0], False, MemberOrigin.ACTION, letters.id, Exclusion.NO_EMAIL.value)
    }


def test_a_target_group_of_another_campaign_is_refused(db: Database) -> None:
    fair = campaign(db)
    other = campaign(db, "2026-002", "Frühjahrsmailing")
    foreign = add(db, other, "Mailing")
    put_members(db, foreign.id, persons(db, 2))
    with pytest.raises(InvalidAction) as info:
        add(db, fair, "Einladung", copy_members_from=foreign.id)
    assert (info.value.field, info.value.problem) == ("copy_members_from", Problem.SOURCE_OTHER_CAMPAIGN)
    assert listed(db, fair) == []
    assert listed(db, other) == [(1, "Mailing", 2, 2)]


def test_copying_from_a_deleted_action_is_a_concurrent_edit(db: Database) -> None:
    fair = campaign(db)
    gone = add(db, fair, "Pilot")
    delete(db, gone)
    with pytest.raises(ConcurrentEditError) as info:
        add(db, fair, "Alle", copy_members_from=gone.id)
    assert (info.value.entity, info.value.deleted) == ("action", True)
    assert listed(db, fair) == []


# -- editing --------------------------------------------------------------------------------------


def test_loading_shows_exactly_what_was_saved(db: Database) -> None:
    fair = campaign(db)
    type_id = letter_type(db)
    with db.session() as session:
        sender, template = Employee(code="MM", first_name="Maria", last_name="Meier"), Template(
            name="Einladung", content=b"docx"
        )
        session.add_all([sender, template])
        session.flush()
        sender_id, template_id = sender.id, template.id
    created = add(db, fair, "Einladung")
    entered = created.replace(
        sequence=7,
        name="Einladung Messe Köln",
        channel=Channel.PRINT_SERVICE,
        template_id=template_id,
        sender_id=sender_id,
        dossier_item_type_id=type_id,
        subject="Ihre Einladung – Grüße aus Köln, Ærø",
        dossier_per_contact=False,
        handled_on_creation=True,
        fixed_cost=Decimal("150.00"),
        cost_per_contact=Decimal("0.85"),
        exclude_used_contacts=True,
        planned_date=dt.date(2026, 4, 1),
    )
    saved = save(db, entered)
    loaded = load(db, created.id)
    assert loaded == saved
    assert loaded.same_content(entered)
    assert loaded.row_version == created.row_version + 1
    assert loaded.updated_by == current_login()
    assert loaded.generated_at is None


def test_an_action_that_does_not_exist_loads_as_nothing(db: Database) -> None:
    assert load(db, 4711) is None


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"name": "  "}, "name", Problem.NAME_REQUIRED),
        ({"sequence": 0}, "sequence", Problem.SEQUENCE_INVALID),
        ({"sequence": 2}, "sequence", Problem.SEQUENCE_TAKEN),
        ({"fixed_cost": Decimal("-0.01")}, "fixed_cost", Problem.COST_NEGATIVE),
        ({"cost_per_contact": Decimal("-1")}, "cost_per_contact", Problem.COST_NEGATIVE),
        ({"subject": "x" * 301}, "subject", Problem.SUBJECT_TOO_LONG),
    ],
    ids=["empty-name", "sequence-zero", "sequence-taken", "negative-fixed", "negative-per-contact", "long-subject"],
)
def test_invalid_values_name_the_field_and_nothing_is_written(
    db: Database, changes: dict, field: str, problem: Problem
) -> None:
    fair = campaign(db)
    action = add(db, fair, "Einladung")
    add(db, fair, "Erinnerung")  # holds sequence 2
    with pytest.raises(InvalidAction) as info:
        save(db, action.replace(planned_date=dt.date(2026, 4, 1), **changes))
    assert (info.value.field, info.value.problem) == (field, problem)
    assert load(db, action.id) == action


def test_limits_themselves_are_allowed(db: Database) -> None:
    fair = campaign(db)
    action = add(db, fair, "Einladung", fixed_cost=Decimal("10"))
    other = add(db, campaign(db, "2026-002", "Andere"), "Mailing")
    saved = save(db, action.replace(subject="ä" * 300, fixed_cost=Decimal("0"), sequence=other.sequence))
    assert (len(saved.subject), saved.fixed_cost, saved.sequence) == (300, Decimal("0"), 1)
    assert save(db, saved.replace(sequence=5)).sequence == 5  # its own number moved on


def test_saving_without_changes_does_not_disturb_another_clerk(db: Database) -> None:
    action = add(db, campaign(db), "Einladung", fixed_cost=Decimal("150.00"))
    anna, ben = load(db, action.id), load(db, action.id)
    assert save(db, anna).row_version == action.row_version
    save(db, ben.replace(name="Einladung Messe"))
    assert load(db, action.id).name == "Einladung Messe"


# -- two clerks, one action -----------------------------------------------------------------------


def test_the_second_clerk_cannot_silently_overwrite_the_first(db: Database) -> None:
    action = add(db, campaign(db), "Einladung")
    anna, ben = load(db, action.id), load(db, action.id)
    annas = save(db, anna.replace(subject="Einladung zur Messe", fixed_cost=Decimal("150")))

    with pytest.raises(ConcurrentEditError) as info:
        save(db, ben.replace(channel=Channel.PRINT_SERVICE))
    assert (info.value.entity, info.value.record_id, info.value.deleted) == ("action", action.id, False)
    assert info.value.updated_by == current_login()
    assert info.value.updated_at == annas.updated_at
    assert load(db, action.id) == annas

    # Ben chose "overwrite": his values win, including the subject he still had.
    bens = save(db, ben.replace(channel=Channel.PRINT_SERVICE), overwrite=True)
    stored = load(db, action.id)
    assert (stored.channel, stored.subject, stored.fixed_cost) == (Channel.PRINT_SERVICE, "", Decimal("0"))
    assert stored.row_version == bens.row_version > annas.row_version


def test_saving_an_action_another_clerk_deleted_is_refused_even_when_overwriting(db: Database) -> None:
    fair = campaign(db)
    action = add(db, fair, "Einladung")
    delete(db, load(db, action.id))
    for overwrite in (False, True):
        with pytest.raises(ConcurrentEditError) as info:
            save(db, action.replace(name="Einladung Messe"), overwrite=overwrite)
        assert info.value.deleted
    assert listed(db, fair) == []


# -- generated items and delete ---------------------------------------------------------------------


def test_generated_items_counts_the_action_s_dossier_items_only(db: Database) -> None:
    fair = campaign(db)
    type_id = letter_type(db)
    sent, planned = add(db, fair, "Einladung"), add(db, fair, "Erinnerung")
    people = persons(db, 2)
    for person_id in people:
        dossier_item(db, sent, person_id, type_id)
    dossier_item(db, sent, None, type_id)  # "one dossier item for the whole action"
    with db.session() as session:
        assert actions.generated_items(session, sent.id) == 3
        assert actions.generated_items(session, planned.id) == 0


def test_delete_removes_the_target_group_but_keeps_the_contacts_dossier_items(db: Database) -> None:
    fair = campaign(db)
    type_id = letter_type(db)
    sent, later = add(db, fair, "Einladung"), add(db, fair, "Erinnerung")
    people = persons(db, 3)
    put_members(db, sent.id, people)
    put_members(db, later.id, people[:1])
    for person_id in people[:2]:
        dossier_item(db, sent, person_id, type_id)
    dossier_item(db, later, people[0], type_id)

    delete(db, load(db, sent.id))

    assert load(db, sent.id) is None
    assert listed(db, fair) == [(2, "Erinnerung", 1, 1)]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ActionMember).where(
            ActionMember.action_id == sent.id)) == 0
        items = session.execute(
            select(DossierItem.person_id, DossierItem.campaign_id, DossierItem.action_id, DossierItem.subject)
        ).all()
        assert sorted(items, key=lambda i: (i.person_id, i.subject)) == [
            (people[0], fair, None, "Einladung"),
            (people[0], fair, later.id, "Erinnerung"),
            (people[1], fair, None, "Einladung"),
        ]
        assert session.scalar(select(func.count()).select_from(Person)) == 3
        assert actions.generated_items(session, sent.id) == 0


def test_a_copy_keeps_its_members_when_the_source_is_deleted(db: Database) -> None:
    fair = campaign(db)
    pilot = add(db, fair, "Pilot")
    people = persons(db, 2)
    put_members(db, pilot.id, people)
    copy = add(db, fair, "Alle", copy_members_from=pilot.id)
    delete(db, load(db, pilot.id))
    assert group(db, copy.id) == {(p, True, MemberOrigin.ACTION, None, "") for p in people}


def test_an_action_another_clerk_changed_is_not_deleted(db: Database) -> None:
    action = add(db, campaign(db), "Einladung")
    bens = save(db, load(db, action.id).replace(name="Einladung Messe"))
    with pytest.raises(ConcurrentEditError) as info:
        delete(db, action)
    assert not info.value.deleted
    assert load(db, action.id) == bens


def test_deleting_an_already_deleted_action_says_so(db: Database) -> None:
    action = add(db, campaign(db), "Einladung")
    delete(db, action)
    with pytest.raises(ConcurrentEditError) as info:
        delete(db, action)
    assert info.value.deleted


# -- the list ---------------------------------------------------------------------------------------


def test_the_list_counts_members_and_linked_members_in_one_query(db: Database) -> None:
    fair = campaign(db)
    other = campaign(db, "2026-002", "Andere")
    first, empty, last = add(db, fair, "Brief"), add(db, fair, "Mail", Channel.EMAIL), add(db, fair, "SMS", Channel.SMS)
    people = persons(db, 4)
    put_members(db, first.id, people[:2])
    put_members(db, first.id, people[2:3], linked=False)
    put_members(db, last.id, people[3:], linked=False, reason=Exclusion.NO_MOBILE.value)
    put_members(db, add(db, other, "Fremd").id, people)

    with db.session() as session:
        session.connection()  # begin first: only the list's own statements are counted below
        statements: list[str] = []

        def seen(_conn, _cursor, statement, *_args) -> None:
            statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            rows = actions.list_actions(session, fair)
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
    assert len(statements) == 1
    assert [(r.id, r.sequence, r.name, r.channel, r.generated_at, r.members, r.linked) for r in rows] == [
        (first.id, 1, "Brief", Channel.LETTER, None, 3, 2),
        (empty.id, 2, "Mail", Channel.EMAIL, None, 0, 0),
        (last.id, 3, "SMS", Channel.SMS, None, 1, 0),
    ]


# -- the editor's choices -----------------------------------------------------------------------------


def test_choices_list_active_senders_and_types_and_all_templates(db: Database) -> None:
    with db.session() as session:
        maria = Employee(code="MM", first_name="Maria", last_name="Meier")
        anna = Employee(code="AS", first_name="Anna", last_name="Schulz")
        gone = Employee(code="XX", first_name="Otto", last_name="Alt", active=False)
        post = DossierItemType(code="AUSG", name="Ausgangspost")
        call = DossierItemType(code="TEL", name="Anruf")
        old = DossierItemType(code="FAX", name="Fax", active=False)
        invitation, thanks = Template(name="Einladung", content=b""), Template(name="Dank", content=b"")
        session.add_all([maria, anna, gone, post, call, old, invitation, thanks])
        session.flush()
        assert actions.senders(session) == [(maria.id, "Maria Meier"), (anna.id, "Anna Schulz")]
        # An action still naming a deactivated sender or type keeps showing it.
        assert actions.senders(session, current=gone.id)[0] == (gone.id, "Otto Alt")
        assert actions.dossier_item_types(session) == [(call.id, "Anruf"), (post.id, "Ausgangspost")]
        assert (old.id, "Fax") in actions.dossier_item_types(session, current=old.id)
        assert actions.templates(session) == [(thanks.id, "Dank"), (invitation.id, "Einladung")]


# -- the texts of e-mail and SMS actions ----------------------------------------------------------

MAIL = {"subject": "Einladung, {{ Vorname }}", "mail_text": "{{ Briefanrede }}\n\nbis bald\n{{ Absender }}"}


def test_an_e_mail_and_an_sms_action_keep_their_texts_exactly(db: Database) -> None:
    fair = campaign(db)
    mail = add(db, fair, "Mail", Channel.EMAIL, require_texts=True,
               subject="  Ihre Einladung, {{ Voornaam }} & Co.  ",
               mail_text="{{ Briefanrede }}\n\n  eingerückt, Grüße aus Köln 😀\n",
               mail_html="<p>{{ Briefanrede }}</p>\n<p>&auml; <b>{{ E-Mail }}</b></p>",
               mail_attach_letter=True, reply_to="  messe@example.org ")
    sms = add(db, fair, "SMS", Channel.SMS, require_texts=True, sms_text="Hallo {{ Vorname }}, bis morgen! ")
    stored = load(db, mail.id)
    assert stored == mail
    assert (stored.subject, stored.reply_to, stored.mail_attach_letter) == (
        "Ihre Einladung, {{ Voornaam }} & Co.", "messe@example.org", True)
    assert stored.mail_text == "{{ Briefanrede }}\n\n  eingerückt, Grüße aus Köln 😀\n"  # not stripped
    assert stored.mail_html == "<p>{{ Briefanrede }}</p>\n<p>&auml; <b>{{ E-Mail }}</b></p>"
    assert load(db, sms.id).sms_text == "Hallo {{ Vorname }}, bis morgen! "

    edited = save(db, stored.replace(mail_html="", mail_attach_letter=False, reply_to="",
                                     sms_text="nicht gesendet: {{ GibtsNicht }}"))
    again = load(db, mail.id)
    assert again == edited and again.same_content(edited)
    assert (again.mail_html, again.mail_attach_letter, again.reply_to) == ("", False, "")
    assert not again.same_content(stored)


@pytest.mark.parametrize(
    ("channel", "changes", "field", "problem"),
    [
        (Channel.EMAIL, {**MAIL, "subject": "  "}, "subject", Problem.SUBJECT_REQUIRED),
        (Channel.EMAIL, {**MAIL, "mail_text": " \n "}, "mail_text", Problem.MAIL_TEXT_REQUIRED),
        (Channel.EMAIL, {**MAIL, "reply_to": "messe@"}, "reply_to", Problem.REPLY_TO_INVALID),
        (Channel.EMAIL, {**MAIL, "reply_to": "Messe <messe@example.org>"}, "reply_to", Problem.REPLY_TO_INVALID),
        (Channel.SMS, {"sms_text": "\n"}, "sms_text", Problem.SMS_TEXT_REQUIRED),
    ],
    ids=["no-subject", "no-body", "reply-to-half", "reply-to-display-name", "no-sms-text"],
)
def test_what_an_e_mail_or_sms_action_needs(db: Database, channel: Channel, changes: dict, field: str,
                                             problem: Problem) -> None:
    fair = campaign(db)
    with pytest.raises(InvalidAction) as info:
        add(db, fair, "Aktion", channel, require_texts=True, **changes)
    assert (info.value.field, info.value.problem) == (field, problem)
    # An action written before its texts (the command line does so) is refused at the
    # editor's save, with nothing written.
    draft = add(db, fair, "Aktion", channel)
    with pytest.raises(InvalidAction) as info:
        save(db, draft.replace(**changes))
    assert (info.value.field, info.value.problem) == (field, problem)
    assert load(db, draft.id) == draft


def test_an_html_body_alone_is_enough_and_reply_to_is_optional(db: Database) -> None:
    fair = campaign(db)
    add(db, fair, "Mail", Channel.EMAIL, require_texts=True, subject="Hallo", mail_html="<p>Hallo</p>")
    add(db, fair, "Mail 2", Channel.EMAIL, require_texts=True, reply_to="Ärger.Äbteilung@bücher.example", **MAIL)


@pytest.mark.parametrize(
    ("channel", "changes", "field", "unknown", "suggested"),
    [
        (Channel.EMAIL, {**MAIL, "subject": "Hallo {{ Vornam }}"}, "subject", "Vornam", ("Vorname",)),
        (Channel.EMAIL, {**MAIL, "mail_text": "{{ Briefanrede }}\n{{ Absendr }}"}, "mail_text", "Absendr",
         ("Absender",)),
        (Channel.EMAIL, {**MAIL, "mail_html": "<p>{% if Firmaa %}{{ Firmaa }}{% endif %}</p>"}, "mail_html",
         "Firmaa", ("Firma",)),
        (Channel.EMAIL, {**MAIL, "mail_text": "{{ Ganz Unbekannt }}"}, "mail_text", "Ganz Unbekannt", ()),
        (Channel.SMS, {"sms_text": "Hallo {{ Vorname }} {{ Nachnahme }}"}, "sms_text", "Nachnahme", ("Nachname",)),
        # The SMS export cannot read a name with a hyphen; the name without is suggested.
        (Channel.SMS, {"sms_text": "Ihre Adresse: {{ E-Mail }}"}, "sms_text", "E-Mail", ("EMail",)),
    ],
    ids=["subject", "text", "html-condition", "no-suggestion", "sms", "sms-hyphen"],
)
def test_an_unknown_field_is_named_with_its_text_and_a_suggestion(
    db: Database, channel: Channel, changes: dict, field: str, unknown: str, suggested: tuple[str, ...]
) -> None:
    with pytest.raises(InvalidAction) as info:
        add(db, campaign(db), "Aktion", channel, **changes)
    assert (info.value.field, info.value.problem) == (field, Problem.UNKNOWN_MERGE_FIELD)
    assert (info.value.fault.field, info.value.fault.suggestions[:1]) == (unknown, suggested)  # the best first


def test_aliases_and_names_with_hyphens_are_known_in_e_mails(db: Database) -> None:
    add(db, campaign(db), "Mail", Channel.EMAIL, subject="{{ voornaam }}, {{ FirstName|upper }}",
        mail_text="{{ E-Mail }} {{ Vor name }} {{ Straße }} {% if Firma2 %}{{ Firma2 }}{% endif %}")


def test_broken_braces_name_the_text_and_line(db: Database) -> None:
    with pytest.raises(InvalidAction) as info:
        add(db, campaign(db), "Mail", Channel.EMAIL, **{**MAIL, "mail_html": "<p>\n{{ Vorname </p>"})
    assert (info.value.field, info.value.problem, info.value.fault.line) == ("mail_html", Problem.TEXT_UNREADABLE, 2)


def test_texts_of_another_channel_are_kept_but_not_checked(db: Database) -> None:
    letter = add(db, campaign(db), "Brief", subject="Ihr Brief", mail_text="{{ GibtsNicht }}",
                 reply_to="kaputt", sms_text="")
    assert load(db, letter.id).mail_text == "{{ GibtsNicht }}"
    with pytest.raises(InvalidAction) as info:
        save(db, letter.replace(channel=Channel.EMAIL))
    assert (info.value.field, info.value.problem) == ("reply_to", Problem.REPLY_TO_INVALID)
