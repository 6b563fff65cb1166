"""One personal e-mail of an action: subject and bodies merged, the letter attached. No Qt.

Subject, plain text and HTML body are Jinja templates with the merge fields of letters
(canonical names or any alias of :mod:`desktop.merge.fields`, ``{{ Vorname }}``,
``{{ voornaam }}``, ``{{ E-Mail }}``). The HTML body escapes every value, so a name with
``&``, ``<`` or quotes comes out as written; the plain text and the subject do not.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

import jinja2
from jinja2 import meta

from desktop.merge.fields import resolve
from desktop.merge.jinja_source import TAG, literal, plain_name

# What goes over the wire and into the archive: CRLF line ends, lines of at most 78.
WIRE = policy.SMTP


class MailTemplateError(ValueError):
    """A subject or body template cannot be read or merged; the message says which."""


@dataclass(frozen=True)
class RenderedMail:
    """The merged texts of one e-mail."""

    subject: str
    text: str
    html: str  # empty: a plain-text e-mail


def _repaired(match: re.Match[str]) -> str:
    # {{ E-Mail }} or {{ Vor name }} is no Jinja expression: the canonical name is.
    name = plain_name(match.group(1))
    if name is None or name.isidentifier():
        return match.group(0)
    return f"{{{{ {resolve(name) or f'_raw[{literal(name)}]'} }}}}"


class _Part:
    """One template (subject, text or HTML) compiled once, with its aliases."""

    def __init__(self, what: str, source: str, *, escape: bool) -> None:
        env = jinja2.Environment(autoescape=escape, keep_trailing_newline=True)
        source = TAG.sub(_repaired, source)
        try:
            self.template = env.from_string(source)
            names = meta.find_undeclared_variables(env.parse(source))
        except jinja2.TemplateSyntaxError as exc:
            raise MailTemplateError(f"{what}, line {exc.lineno}: {exc.message}") from exc
        self.what = what
        self.aliases = {name: resolve(name) for name in names if resolve(name) not in (None, name)}

    def render(self, data: Mapping[str, str]) -> str:
        context: dict[str, object] = dict(data)
        for alias, canonical in self.aliases.items():
            context.setdefault(alias, data.get(canonical or "", ""))
        context["_raw"] = data
        try:
            return self.template.render(context)
        except jinja2.TemplateError as exc:
            raise MailTemplateError(f"{self.what}: {exc}") from exc


class MailTemplate:
    """The subject and bodies of an action, compiled once to merge many e-mails.

    Args:
        subject: The subject line template.
        text: The plain-text body; when empty, made from the HTML body.
        html_body: The HTML body; empty for a plain-text e-mail.

    Raises:
        MailTemplateError: A template does not parse.
    """

    def __init__(self, subject: str, text: str, html_body: str = "") -> None:
        self._subject = _Part("subject", subject, escape=False)
        self._text = _Part("text", text or _plain(html_body), escape=False)
        self._html = _Part("html", html_body, escape=True) if html_body.strip() else None

    def render(self, data: Mapping[str, str]) -> RenderedMail:
        """Merge one e-mail from the values of :func:`desktop.merge.letter_data.merge_data`."""
        subject = " ".join(self._subject.render(data).split())  # a line break would end the header
        return RenderedMail(subject, self._text.render(data), self._html.render(data) if self._html else "")


def _plain(html_body: str) -> str:
    """A crude plain-text version of an HTML body, for mail programs that show no HTML."""
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", html_body)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip() + "\n"


@dataclass(frozen=True)
class Address:
    """A mailbox: the display name (may be empty) and the address."""

    name: str
    email: str

    def header(self) -> str:
        return formataddr((self.name, self.email))


def new_message_id(sender: Address) -> str:
    """A Message-ID in the sender's domain, made before sending so it can be recorded first."""
    domain = sender.email.rpartition("@")[2] or "kampagnen.invalid"
    return make_msgid(domain=domain)


def build_message(mail: RenderedMail, *, sender: Address, to: Address, reply_to: str = "", message_id: str,
                  date: dt.datetime | None = None,
                  attachment: tuple[str, bytes] | None = None) -> EmailMessage:
    """The e-mail as sent and archived.

    Args:
        mail: The merged subject and bodies.
        message_id: See :func:`new_message_id`.
        attachment: (file name, PDF bytes) of the contact's own letter, if any.
    """
    message = EmailMessage(policy=WIRE)
    message["From"] = sender.header()
    message["To"] = to.header()
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(date or dt.datetime.now(dt.UTC))
    message["Message-ID"] = message_id
    # Quoted-printable: 7-bit safe for every server, readable in the archived .eml.
    message.set_content(mail.text, cte="quoted-printable")
    if mail.html:
        message.add_alternative(mail.html, subtype="html", cte="quoted-printable")
    if attachment is not None:
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return message
