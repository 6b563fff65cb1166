"""A campaign's response types and follow-up rules as the campaign editor sets them, and copying them.

Every step runs in its own transaction, as the window does.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from desktop.campaigns import service
from desktop.contacts import follow_up
from desktop.contacts.follow_up import ResponseTypeData, RuleData
from desktop.db.engine import Database
from desktop.db.models import (
    Campaign,
    CampaignAction,
    Channel,
    DossierItem,
    DossierItemType,
    Employee,
    FollowUpRule,
    Person,
    Response,
    ResponseType,
)


@dataclass(frozen=True)
class Setup:
    campaign: int
    invitation: int
    reminder: int
    nina: int
    types: dict[str, int]  # Zusage, Absage, Vielleicht (used by a response), Später


def build(db: Database) -> Setup:
    with db.session() as session:
        nina = Employee(code="NI", first_name="Nina", last_name="Named")
        person = Person(code="1", last_name="Jansen")
        letter = DossierItemType(code="AUSG", name="Ausgangspost")
        campaign = Campaign(number="2026-001", name="Messe", owner_id=None)
        invitation = CampaignAction(sequence=1, name="Einladung", channel=Channel.EMAIL, subject="Einladung",
                                    mail_text="Hallo {{vorname}}", mail_html="<p>Hallo {{vorname}}</p>",
                                    reply_to="messe@example.org", mail_attach_letter=True)
        reminder = CampaignAction(sequence=2, name="Erinnerung", channel=Channel.SMS, sms_text="Bis morgen!")
        campaign.actions.extend([invitation, reminder])
        session.add_all([nina, person, letter, campaign])
        session.flush()
        types = {}
        for order, name in enumerate(["Zusage", "Absage", "Vielleicht", "Später"]):
            kind = ResponseType(campaign_id=campaign.id, name=name, sort_order=order)
            session.add(kind)
            session.flush()
            types[name] = kind.id
        item = DossierItem(person_id=person.id, campaign_id=campaign.id, action_id=invitation.id, type_id=letter.id)
        session.add(item)
        session.flush()
        session.add(Response(dossier_item_id=item.id, response_type_id=types["Vielleicht"]))
        return Setup(campaign.id, invitation.id, reminder.id, nina.id, types)


def type_rows(db: Database, campaign_id: int) -> list[tuple[int, str, bool]]:
    with db.session() as session:
        return [(t.id, t.name, t.active) for t in follow_up.response_type_rows(session, campaign_id)]


def save_types(db: Database, campaign_id: int, wanted: list[ResponseTypeData]) -> list[int]:
    with db.session() as session:
        return follow_up.save_response_types(session, campaign_id, wanted)


def test_saving_response_types_keeps_the_order_renames_and_adds(db: Database) -> None:
    s = build(db)
    t = s.types
    ids = save_types(db, s.campaign, [
        ResponseTypeData(t["Später"], "  Später melden "),
        ResponseTypeData(0, "Unterlagen angefordert"),
        ResponseTypeData(t["Zusage"], "Zusage", active=False),
        ResponseTypeData(t["Absage"], "Absage"),
        ResponseTypeData(t["Vielleicht"], "Vielleicht"),
    ])
    new = ids[1]
    assert ids == [t["Später"], new, t["Zusage"], t["Absage"], t["Vielleicht"]]
    assert new not in t.values()
    assert type_rows(db, s.campaign) == [
        (t["Später"], "Später melden", True),
        (new, "Unterlagen angefordert", True),
        (t["Zusage"], "Zusage", False),
        (t["Absage"], "Absage", True),
        (t["Vielleicht"], "Vielleicht", True),
    ]


def test_a_removed_type_is_deleted_unless_responses_were_recorded_with_it(db: Database) -> None:
    s = build(db)
    t = s.types
    with db.session() as session:
        # A rule of the type that goes: it goes with it.
        session.add(FollowUpRule(action_id=s.invitation, response_type_id=t["Absage"], subject="Gründe erfragen"))
    ids = save_types(db, s.campaign, [ResponseTypeData(t["Zusage"], "Zusage"), ResponseTypeData(0, "Neu")])
    # "Vielleicht" was answered once: kept, inactive, after the wanted ones; the others are gone.
    assert type_rows(db, s.campaign) == [
        (t["Zusage"], "Zusage", True), (ids[1], "Neu", True), (t["Vielleicht"], "Vielleicht", False)]
    with db.session() as session:
        assert session.get(ResponseType, t["Absage"]) is None
        assert session.get(ResponseType, t["Später"]) is None
        assert session.scalars(select(FollowUpRule)).all() == []
        # The recorded response keeps its meaning.
        assert session.scalar(select(ResponseType.name).join(Response)) == "Vielleicht"
    with db.session() as session:
        assert follow_up.used_response_types(session, s.campaign) == {t["Vielleicht"]}


def test_a_kept_inactive_type_can_be_brought_back(db: Database) -> None:
    s = build(db)
    t = s.types
    save_types(db, s.campaign, [ResponseTypeData(t["Zusage"], "Zusage")])
    save_types(db, s.campaign, [ResponseTypeData(t["Vielleicht"], "Vielleicht"), ResponseTypeData(t["Zusage"], "Ja")])
    assert type_rows(db, s.campaign) == [(t["Vielleicht"], "Vielleicht", True), (t["Zusage"], "Ja", True)]


@pytest.mark.parametrize(
    ("names", "problem"),
    [(["Zusage", ""], "empty"), (["   "], "empty"), (["Zusage", "zusage "], "duplicate"),
     (["Absage", "Neu", "ABSAGE"], "duplicate")],
)
def test_empty_or_twice_given_names_are_refused_and_nothing_changes(
    db: Database, names: list[str], problem: str
) -> None:
    s = build(db)
    before = type_rows(db, s.campaign)
    with pytest.raises(ValueError, match=problem):
        save_types(db, s.campaign, [ResponseTypeData(0, name) for name in names])
    assert type_rows(db, s.campaign) == before


def test_another_campaign_s_types_are_left_alone(db: Database) -> None:
    s = build(db)
    with db.session() as session:
        other = Campaign(number="2026-002", name="Andere")
        session.add(other)
        session.flush()
        other_id = other.id
    save_types(db, other_id, [ResponseTypeData(0, "Zusage")])
    assert [name for _id, name, _active in type_rows(db, s.campaign)] == ["Zusage", "Absage", "Vielleicht", "Später"]
    # An id of the first campaign given for the second is a new type there, not a move.
    ids = save_types(db, other_id, [ResponseTypeData(s.types["Zusage"], "Zusage")])
    assert ids[0] != s.types["Zusage"]
    assert [name for _id, name, _active in type_rows(db, s.campaign)] == ["Zusage", "Absage", "Vielleicht", "Später"]


# -- follow-up rules ----------------------------------------------------------------------------


def rules(db: Database, action_id: int) -> list[RuleData]:
    with db.session() as session:
        return follow_up.rules_of_action(session, action_id)


def save_rules(db: Database, action_id: int, wanted: list[RuleData]) -> None:
    with db.session() as session:
        follow_up.save_rules(session, action_id, wanted)


def test_rules_are_inserted_updated_and_deleted(db: Database) -> None:
    s = build(db)
    t = s.types
    save_rules(db, s.invitation, [
        RuleData(0, t["Zusage"], "Unterlagen schicken", None, 1, True),
        RuleData(0, t["Absage"], "Gründe erfragen", s.nina, 3, False),
    ])
    first, second = rules(db, s.invitation)
    assert (first.response_type_id, first.subject, first.assignee_id, first.due_in_days, first.working_days) == (
        t["Zusage"], "Unterlagen schicken", None, 1, True)
    assert (second.response_type_id, second.subject, second.assignee_id, second.due_in_days,
            second.working_days) == (t["Absage"], "Gründe erfragen", s.nina, 3, False)
    save_rules(db, s.invitation, [
        RuleData(first.id, t["Vielleicht"], "  Nachfassen ", s.nina, 0, False),
        RuleData(0, t["Später"], "Später anrufen", None, 10, True),
    ])
    assert rules(db, s.invitation)[0] == RuleData(first.id, t["Vielleicht"], "Nachfassen", s.nina, 0, False)
    changed = rules(db, s.invitation)
    assert [r.subject for r in changed] == ["Nachfassen", "Später anrufen"]
    assert second.id not in {r.id for r in changed}
    # The other action's rules are untouched by all this, and an empty list clears the action.
    save_rules(db, s.reminder, [RuleData(0, t["Zusage"], "Danke sagen", None, 2, True)])
    save_rules(db, s.invitation, [])
    assert rules(db, s.invitation) == []
    assert [r.subject for r in rules(db, s.reminder)] == ["Danke sagen"]


@pytest.mark.parametrize(("subject", "days", "problem"), [("  ", 1, "subject"), ("Anrufen", -1, "days")])
def test_a_rule_without_subject_or_with_negative_days_is_refused(
    db: Database, subject: str, days: int, problem: str
) -> None:
    s = build(db)
    save_rules(db, s.invitation, [RuleData(0, s.types["Zusage"], "Bleibt", None, 1, True)])
    with pytest.raises(ValueError, match=problem):
        save_rules(db, s.invitation, [RuleData(0, s.types["Absage"], subject, None, days, True)])
    assert [r.subject for r in rules(db, s.invitation)] == ["Bleibt"]


# -- copying a campaign -----------------------------------------------------------------------------


def test_a_copied_campaign_has_its_own_rules_pointing_at_its_own_actions_and_types(db: Database) -> None:
    s = build(db)
    t = s.types
    save_rules(db, s.invitation, [
        RuleData(0, t["Zusage"], "Unterlagen schicken", None, 1, True),
        RuleData(0, t["Absage"], "Gründe erfragen", s.nina, 3, False),
    ])
    save_rules(db, s.reminder, [RuleData(0, t["Vielleicht"], "Nochmal anrufen", s.nina, 2, True)])
    with db.session() as session:
        copy_id = service.duplicate(session, s.campaign, "(Kopie)").id
    with db.session() as session:
        copy = session.get(Campaign, copy_id)
        assert copy.name == "Messe (Kopie)"
        actions = {a.name: a for a in copy.actions}
        assert set(actions) == {"Einladung", "Erinnerung"}
        assert {a.id for a in actions.values()}.isdisjoint({s.invitation, s.reminder})
        copied_types = {tid: name for tid, name in session.execute(
            select(ResponseType.id, ResponseType.name).where(ResponseType.campaign_id == copy_id))}
        assert sorted(copied_types.values()) == sorted(t)
        assert set(copied_types).isdisjoint(t.values())
        copied_rules = session.execute(
            select(FollowUpRule.action_id, FollowUpRule.response_type_id, FollowUpRule.subject,
                   FollowUpRule.assignee_id, FollowUpRule.due_in_days, FollowUpRule.working_days)
            .where(FollowUpRule.action_id.in_([a.id for a in actions.values()])).order_by(FollowUpRule.subject)
        ).all()
        names = {a.id: a.name for a in actions.values()}
        assert [(names[a], copied_types[rt], subj, who, days, working)
                for a, rt, subj, who, days, working in copied_rules] == [
            ("Einladung", "Absage", "Gründe erfragen", s.nina, 3, False),
            ("Erinnerung", "Vielleicht", "Nochmal anrufen", s.nina, 2, True),
            ("Einladung", "Zusage", "Unterlagen schicken", None, 1, True),
        ]
        invitation, reminder = actions["Einladung"], actions["Erinnerung"]
        assert (invitation.channel, invitation.mail_text, invitation.mail_html, invitation.reply_to,
                invitation.mail_attach_letter) == (Channel.EMAIL, "Hallo {{vorname}}", "<p>Hallo {{vorname}}</p>",
                                                   "messe@example.org", True)
        assert (reminder.channel, reminder.sms_text, reminder.mail_attach_letter) == (
            Channel.SMS, "Bis morgen!", False)
    # The original keeps its own rules.
    assert [r.subject for r in rules(db, s.invitation)] == ["Unterlagen schicken", "Gründe erfragen"]
    assert {r.response_type_id for r in rules(db, s.invitation)} == {t["Zusage"], t["Absage"]}


def test_a_copy_s_inactive_types_stay_inactive_and_its_rules_can_be_edited_apart(db: Database) -> None:
    s = build(db)
    t = s.types
    save_rules(db, s.invitation, [RuleData(0, t["Zusage"], "Unterlagen schicken", None, 1, True)])
    save_types(db, s.campaign, [ResponseTypeData(t["Zusage"], "Zusage")])  # "Vielleicht" stays, inactive
    with db.session() as session:
        copy_id = service.duplicate(session, s.campaign, "(Kopie)").id
    assert [(name, active) for _id, name, active in type_rows(db, copy_id)] == [
        ("Zusage", True), ("Vielleicht", False)]
    with db.session() as session:
        copied_action = session.scalar(select(CampaignAction.id).where(
            CampaignAction.campaign_id == copy_id, CampaignAction.sequence == 1))
    save_rules(db, copied_action, [])
    assert [r.subject for r in rules(db, s.invitation)] == ["Unterlagen schicken"]
