"""``kampagnen action send CAMPAIGN SEQ``: the e-mails of an action from the command line.

Sends one personal e-mail per linked member over the SMTP server of the settings (password
from the keyring), each archived as .eml with a dossier item; lists who got none and why.
``--dry-run`` only lists who would get none; ``--retry`` sends the failed ones again;
``--test ADDRESS`` sends the first member's e-mail to ADDRESS and records nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.models import CampaignAction
from desktop.delivery import mail_check, mail_run
from desktop.delivery.smtp_client import ConnectError, SendError, SmtpSettings
from desktop.merge import mass_print, run_plan
from desktop.merge.pdf import ConversionError, ConverterMissing
from desktop.merge.template import TemplateError
from desktop.settings import Settings
from desktop.ui.labels import format_datetime

COMMANDS = ("send",)
Resolve = Callable[[Database, str, int], Any]  # cli_campaign._resolve: (campaign, action) or None


def add_parsers(action_commands: Any, campaign_help: str, sequence_help: str) -> None:
    """Add ``send`` to the ``action`` sub-commands."""
    send = action_commands.add_parser("send", help=QCoreApplication.translate(
        "Cli", "send the e-mails of an action: one per linked member, archived with a dossier item"))
    send.add_argument("campaign", metavar=QCoreApplication.translate("Cli", "CAMPAIGN"), help=campaign_help)
    send.add_argument("sequence", type=int, metavar="SEQ", help=sequence_help)
    send.add_argument("--dry-run", action="store_true", help=QCoreApplication.translate(
        "Cli", "only list who would get no e-mail, and why; send nothing"))
    send.add_argument("--retry", action="store_true", help=QCoreApplication.translate(
        "Cli", "send the e-mails that failed for a temporary reason once more"))
    send.add_argument("--retry-refused", action="store_true", help=QCoreApplication.translate(
        "Cli", "with --retry: also those the server refused (after correcting the address)"))
    send.add_argument("--retry-uncertain", action="store_true", help=QCoreApplication.translate(
        "Cli", "with --retry: also those that may have arrived (after checking they did not)"))
    send.add_argument("--test", metavar=QCoreApplication.translate("Cli", "ADDRESS"), help=QCoreApplication.translate(
        "Cli", "send the first member's e-mail to ADDRESS instead, and record nothing"))


def run(args: argparse.Namespace, db: Database, resolve: Resolve) -> int:
    """Carry out ``action send``; returns the exit code."""
    resolved = resolve(db, args.campaign, args.sequence)
    if resolved is None:
        return 1
    action_id, label = resolved[1].id, f"{args.campaign}/{args.sequence}"
    if args.dry_run:
        with db.engine.connect() as conn:
            problems = mail_check.check_addresses(conn, action_id)
        _print_outcomes(QCoreApplication.translate("Cli", "No e-mail for:"), problems)
        print(QCoreApplication.translate("Cli", "{count} members of action {action} would get no e-mail.").format(
            count=len(problems), action=label))
        return 0
    settings = Settings()
    smtp = SmtpSettings.load(settings)
    if not smtp.host:
        return _fail(QCoreApplication.translate(
            "Cli", "No mail server is set up. Enter it in the settings (smtp_host, smtp_port, smtp_user)."))
    try:
        with db.engine.connect() as conn:
            attach = conn.execute(select(CampaignAction.mail_attach_letter)
                                  .where(CampaignAction.id == action_id)).scalar_one()
        job = mail_run.MailJob(smtp, pipeline=mass_print.pipeline_for(settings) if attach else None,
                               mail_from=settings.get("mail_from"))
        if args.test:
            mail_run.send_test(db, action_id, job, args.test)
            print(QCoreApplication.translate("Cli", "A test e-mail went to {address}.").format(address=args.test))
            return 0
        if args.retry:
            result = mail_run.retry_failed(db, action_id, job, permanent=args.retry_refused,
                                           uncertain=args.retry_uncertain, progress=_progress)
        else:
            result = mail_run.send_action(db, action_id, job, progress=_progress)
    except run_plan.RunInProgress as exc:
        return _fail(QCoreApplication.translate(
            "Cli", "The e-mails of action {action} are being sent right now by {who} on {host} (since {when}).").format(
            action=label, who=exc.started_by or "?", host=exc.host or "?", when=format_datetime(exc.started_at)))
    except run_plan.AlreadyGenerated:
        return _fail(QCoreApplication.translate(
            "Cli", "The e-mails of action {action} were sent. To send the failed ones again, add --retry.").format(
            action=label))
    except (run_plan.NothingToGenerate, mail_run.NothingToRetry):
        return _fail(QCoreApplication.translate("Cli", "Action {action} has nobody to send an e-mail to.").format(
            action=label))
    except mail_run.MailNotReady as exc:
        return _fail(QCoreApplication.translate(
            "Cli", "The e-mails of action {action} cannot be sent: {reason}").format(action=label, reason=exc))
    except (ConnectError, SendError) as exc:
        return _fail(QCoreApplication.translate(
            "Cli", "The mail server did not take the e-mails: {reason}. Nothing was sent twice; continue with "
            "the same command once it answers.").format(reason=exc))
    except ConverterMissing:
        return _fail(QCoreApplication.translate(
            "Cli", "LibreOffice was not found. Install it (or Microsoft Word) and start again."))
    except (ConversionError, TemplateError) as exc:
        return _fail(QCoreApplication.translate("Cli", "The run stopped: {reason}. Continue it with the same "
                                                "command.").format(reason=exc))
    print(file=sys.stderr)
    _print_outcomes(QCoreApplication.translate("Cli", "Failed:"), result.failed)
    _print_outcomes(QCoreApplication.translate("Cli", "Maybe arrived (not sent again):"), result.uncertain)
    _print_outcomes(QCoreApplication.translate("Cli", "No e-mail for:"), result.skipped)
    print(QCoreApplication.translate("Cli", "{sent} e-mails sent, {failed} failed, {uncertain} uncertain, "
                                     "{skipped} left out.").format(sent=result.sent, failed=len(result.failed),
                                                                   uncertain=len(result.uncertain),
                                                                   skipped=len(result.skipped)))
    return 0 if not (result.failed or result.uncertain) else 3


def _print_outcomes(title: str, outcomes: list[Any]) -> None:
    if outcomes:
        print(title)
        for outcome in outcomes:
            print(f"  {outcome.code}  {outcome.name}  <{outcome.address}>  {outcome.reason}")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _progress(done: int, total: int, what: str) -> None:
    percent = 100 * done // max(total, 1)
    print(f"\r{what} {percent:3d} %  {done}/{total}", end="", file=sys.stderr, flush=True)
