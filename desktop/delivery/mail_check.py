"""Before an e-mail run: which members get no e-mail, and why. No Qt.

Linking a member already leaves out persons with the no-e-mail flag and without anything
like an address (:mod:`desktop.campaigns.members`). Here each linked member's address is
checked for its syntax with email-validator (no DNS lookup: a clerk's run must not wait on
the network, and the server's answer is recorded per recipient anyway).
"""

from __future__ import annotations

from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Connection, select

from desktop.db.models import ActionMember, Person

M = ActionMember.__table__
P = Person.__table__
NO_EMAIL = "no_email"  # the person does not want e-mails (flag set after linking)
INVALID = "invalid_address"


@dataclass(frozen=True)
class AddressProblem:
    """A member who gets no e-mail: contact code, name, address and the reason.

    ``reason`` is an exclusion of :class:`desktop.campaigns.members.Exclusion`, ``no_email``
    or ``invalid_address`` (then ``detail`` says what is wrong, in English).
    """

    person_id: int
    code: str
    name: str
    address: str
    reason: str
    detail: str = ""


def address_error(address: str) -> str | None:
    """Why ``address`` cannot be mailed (email-validator's words), or None when it can."""
    try:
        checked = validate_email(address.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    if checked.ascii_email is None:
        # An internationalised local part needs SMTPUTF8, which many servers do not offer.
        return "The address needs SMTPUTF8 (non-ASCII characters before the @)."
    return None


def mail_address(address: str) -> str:
    """The address as it is sent to: stripped, the domain in its ASCII form."""
    checked = validate_email(address.strip(), check_deliverability=False)
    return checked.ascii_email or checked.normalized


def _name(row: object) -> str:
    parts = (row.first_name, row.name_prefix, row.last_name)
    return " ".join(" ".join(parts).split())


def check_addresses(conn: Connection, action_id: int) -> list[AddressProblem]:
    """Every member of the action who will get no e-mail, in the order of the person list."""
    rows = conn.execute(
        select(P.c.id, P.c.code, P.c.first_name, P.c.name_prefix, P.c.last_name, P.c.email, P.c.no_email,
               M.c.linked, M.c.exclusion_reason)
        .join(M, M.c.person_id == P.c.id).where(M.c.action_id == action_id)
        .order_by(P.c.sort_key, P.c.id)
    )
    problems = []
    for row in rows:
        if row.exclusion_reason:
            problems.append(AddressProblem(row.id, row.code, _name(row), row.email or "", row.exclusion_reason))
        elif row.linked:
            problem = problem_of(row)
            if problem is not None:
                problems.append(problem)
    return problems


def problem_of(row: object) -> AddressProblem | None:
    """Why the person in ``row`` (a person row) gets no e-mail now, or None."""
    code, name, email = row.code, _name(row), row.email or ""
    if row.no_email:
        return AddressProblem(row.id, code, name, email, NO_EMAIL)
    error = address_error(email)
    return None if error is None else AddressProblem(row.id, code, name, email, INVALID, error)

