"""The merge fields in an action's e-mail and SMS texts, checked before the action is saved.

Each text is read as the code that sends it will read it: an e-mail part as
:class:`desktop.delivery.mail_message.MailTemplate` does (``{{ E-Mail }}`` is rewritten to
the canonical name first), the SMS text as :class:`desktop.delivery.sms_text.SmsTemplate`
does (no rewriting). An unknown field would stay empty in every e-mail and stops the SMS
export, so the clerk hears of it while still in the editor rather than at the send. No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jinja2
from jinja2 import meta

from desktop.merge.fields import resolve, suggestions
from desktop.merge.jinja_source import TAG, plain_name

# Names the SMS environment defines itself (see SmsTemplate): not merge fields.
_SMS_GLOBALS = {"_word_if"}
# The e-mail parts reach raw data through ``_raw`` (see mail_message): not a merge field.
_MAIL_GLOBALS = {"_raw"}


@dataclass(frozen=True)
class TextFault:
    """What is wrong with one text.

    Attributes:
        field: The unknown merge field as written in the text; empty for a syntax error.
        suggestions: Catalogue names the clerk probably meant.
        line: The 1-based line of a syntax error (0 for an unknown field).
        message: Jinja's own (English) words for a syntax error, for the log and experts.
    """

    field: str = ""
    suggestions: tuple[str, ...] = ()
    line: int = 0
    message: str = ""


def _unknown(name: str) -> TextFault:
    return TextFault(field=name, suggestions=tuple(suggestions(name)))


def _first_in_text(source: str, names: set[str]) -> str:
    # Sets have no order; the clerk reads the text from the top, so report the first one there.
    def position(name: str) -> tuple[int, str]:
        found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", source)
        return (found.start() if found else len(source), name)

    return min(names, key=position)


def _undeclared(source: str, known: set[str]) -> TextFault | None:
    try:
        names = meta.find_undeclared_variables(jinja2.Environment().parse(source))
    except jinja2.TemplateSyntaxError as exc:
        return TextFault(line=exc.lineno, message=exc.message or "")
    unknown = {name for name in names if name not in known and resolve(name) is None}
    return _unknown(_first_in_text(source, unknown)) if unknown else None


def check_mail_part(source: str) -> TextFault | None:
    """The first problem of an e-mail subject, plain text or HTML body; None if it merges."""
    unknown: list[str] = []

    def repaired(match: re.Match[str]) -> str:
        name = plain_name(match.group(1))
        if name is None or name.isidentifier():
            return match.group(0)
        canonical = resolve(name)
        if canonical is None:
            unknown.append(name)
            return ""
        return f"{{{{ {canonical} }}}}"

    rewritten = TAG.sub(repaired, source)
    if unknown:
        return _unknown(unknown[0])
    return _undeclared(rewritten, _MAIL_GLOBALS)


def check_sms(source: str) -> TextFault | None:
    """The first problem of an SMS text; None if it merges."""
    for match in TAG.finditer(source):
        name = plain_name(match.group(1))
        if name is not None and not name.isidentifier():
            # The SMS export cannot read ``{{ E-Mail }}`` or ``{{ Vor name }}``; the name
            # without hyphen or space (EMail, Vorname) is what works there.
            canonical = resolve(name)
            return TextFault(field=name, suggestions=(canonical,) if canonical else tuple(suggestions(name)))
    return _undeclared(source, _SMS_GLOBALS)
