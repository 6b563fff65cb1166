"""The test e-mail and the clerk's words for why the mail server failed (window and CLI).

The server's own answer is always quoted: it is what an administrator or the provider's
support asks for. Only Qt's translation function here, no widgets.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage

from PySide6.QtCore import QCoreApplication

from desktop.delivery.mail_message import Address, RenderedMail, build_message, new_message_id
from desktop.delivery.smtp_client import ConnectError, SendError


def build_test_mail(sender: str, recipient: str, host: str) -> EmailMessage:
    """The e-mail of *Testmail an mich senden*, from ``sender`` to ``recipient``."""
    mail = RenderedMail(
        QCoreApplication.translate("MailTexts", "Kampagnen: test e-mail"),
        QCoreApplication.translate("MailTexts", "This is a test e-mail from Kampagnen.\n\nIt went out through the mail server {host}, "
            "so the server settings work: e-mail actions can be sent.\n").format(host=host),
        "",
    )
    from_address = Address("Kampagnen", sender)
    return build_message(mail, sender=from_address, to=Address("", recipient),
                         message_id=new_message_id(from_address))


def failure_text(exc: Exception, host: str, port: int, sender: str = "") -> tuple[str, str]:
    """What went wrong and what to check, for a failed connection or test e-mail.

    Args:
        exc: A :class:`ConnectError`, :class:`SendError` or anything else sending raised.
        sender: The sender address used, named when the server refused the message.

    Returns:
        The main text and the informative text of a message box.
    """
    where = {"host": host, "port": port}
    if isinstance(exc, SendError):
        answer = str(exc)
        return (QCoreApplication.translate("MailTexts", "The mail server {host} did not accept the test e-mail.").format(**where),
                QCoreApplication.translate("MailTexts", "Its answer: {answer}\n\nCheck the sender address {sender}: many servers only take "
                    "e-mails from the addresses of the account you log in with.").format(
                    answer=answer, sender=sender or "—"))
    cause = exc.__cause__ if isinstance(exc, ConnectError) and exc.__cause__ is not None else exc
    answer = QCoreApplication.translate("MailTexts", "The server's answer: {answer}").format(answer=str(exc) or type(cause).__name__)
    # Order matters: the ssl and socket errors below are all OSErrors.
    if isinstance(cause, smtplib.SMTPAuthenticationError):
        return (QCoreApplication.translate("MailTexts", "The mail server {host} refused the login.").format(**where),
                QCoreApplication.translate("MailTexts", "Check the user name and the password. Some providers want an app password "
                    "instead of the usual one.") + "\n\n" + answer)
    if isinstance(cause, smtplib.SMTPNotSupportedError):
        return (QCoreApplication.translate("MailTexts", "The mail server {host} does not offer what was asked for on port {port}.").format(**where),
                QCoreApplication.translate("MailTexts", "Check the security setting: the server may not support STARTTLS or a login "
                    "on this port. Your provider's instructions name the right combination.")
                + "\n\n" + answer)
    if isinstance(cause, socket.gaierror):
        return (QCoreApplication.translate("MailTexts", "The mail server {host} is not known.").format(**where),
                QCoreApplication.translate("MailTexts", "Check the spelling of the server name and the network connection.") + "\n\n" + answer)
    if isinstance(cause, ConnectionRefusedError):
        return (QCoreApplication.translate("MailTexts", "Nothing answers at {host}, port {port}.").format(**where),
                QCoreApplication.translate("MailTexts", "Check the server name and the port (usually 587 with STARTTLS, 465 with SSL). "
                    "A firewall may also block the port.") + "\n\n" + answer)
    if isinstance(cause, TimeoutError):
        return (QCoreApplication.translate("MailTexts", "The mail server {host} did not answer on port {port} in time.").format(**where),
                QCoreApplication.translate("MailTexts", "Check the server name, the port and the network connection; a firewall may "
                    "be holding the connection back.") + "\n\n" + answer)
    if isinstance(cause, ssl.SSLCertVerificationError):
        return (QCoreApplication.translate("MailTexts", "The certificate of the mail server {host} could not be verified.").format(**where),
                QCoreApplication.translate("MailTexts", "Check that the server name is written exactly as your provider gives it. "
                    "If it is, ask your administrator about the server's certificate.") + "\n\n" + answer)
    if isinstance(cause, ssl.SSLError | smtplib.SMTPServerDisconnected):
        # Typically SSL chosen for a STARTTLS port or the other way round.
        return (QCoreApplication.translate("MailTexts", "The encrypted connection to {host}, port {port} failed.").format(**where),
                QCoreApplication.translate("MailTexts", "Check the security setting against the port: SSL usually belongs to port 465, "
                    "STARTTLS to port 587.") + "\n\n" + answer)
    if isinstance(cause, smtplib.SMTPResponseException | OSError):
        return (QCoreApplication.translate("MailTexts", "The mail server {host}, port {port} could not be used.").format(**where),
                QCoreApplication.translate("MailTexts", "Check the server name, the port and the security setting.") + "\n\n" + answer)
    return (QCoreApplication.translate("MailTexts", "The test e-mail could not be sent.").format(**where), answer)
