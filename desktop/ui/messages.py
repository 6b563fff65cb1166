"""Messages that explain failures to the clerk: what happened and what to do."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.db.errors import ConcurrentEditError
from desktop.ui.labels import format_datetime

log = logging.getLogger(__name__)



def database_error(parent: QWidget | None, exc: SQLAlchemyError, database: str) -> None:
    """The database failed in the middle of work; what was typed stays in the form."""
    log.error("database error on %s: %s", database, exc)
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Database not available"))
    box.setText(
        QCoreApplication.translate(
            "Messages",
            "The database {database} could not be reached, so nothing was saved. "
            "Your entries are still in the form.",
        ).format(database=database)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages",
            "Check the network connection and try again. If it keeps failing, give your "
            "administrator this message: {reason}",
        ).format(reason=reason)
    )
    box.exec()


class ConflictChoice:
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    KEEP_EDITING = "keep"
    SAVE_AS_NEW = "save_as_new"
    DISCARD = "discard"


def ask_conflict(parent: QWidget | None, error: ConcurrentEditError, title: str) -> str:
    """Another clerk saved or deleted the record: let the clerk decide, lose nothing silently.

    Returns:
        One of the :class:`ConflictChoice` values.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Changed by someone else"))
    if error.deleted:
        box.setText(
            QCoreApplication.translate(
                "Messages", "“{title}” was deleted by another user while you were editing it."
            ).format(title=title)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Messages", "Your entries have not been saved yet. Save them as a new campaign?"
            )
        )
        new = box.addButton(
            QCoreApplication.translate("Messages", "Save as &new campaign"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QCoreApplication.translate("Messages", "&Discard my entries"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(new)
        box.exec()
        return ConflictChoice.SAVE_AS_NEW if box.clickedButton() is new else ConflictChoice.DISCARD
    who = error.updated_by or QCoreApplication.translate("Messages", "another user")
    box.setText(
        QCoreApplication.translate(
            "Messages", "{who} saved “{title}” at {when}, while you were editing it."
        ).format(who=who, title=title, when=format_datetime(error.updated_at))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages",
            "Your changes have not been saved yet. Reload to see the other changes (yours are "
            "then discarded), save yours over them, or go back and keep editing.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("Messages", "&Reload, discard mine"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    overwrite = box.addButton(
        QCoreApplication.translate("Messages", "&Save mine over theirs"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Messages", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return ConflictChoice.RELOAD
    if clicked is overwrite:
        return ConflictChoice.OVERWRITE
    return ConflictChoice.KEEP_EDITING
