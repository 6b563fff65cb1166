"""The windows of the work after a mailing, opened from the main window's *Contacts* menu.

Contact windows (one per person), the response capture, the task list and the caller
lookup stay open next to the main window; the hub keeps them, brings an open one to the
front instead of opening it twice, and tells contact windows when a response recorded
elsewhere changed their person.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from desktop.campaigns.members import Exclusion
from desktop.contacts import caller
from desktop.contacts.adhoc import Joined
from desktop.context import AppContext
from desktop.ui import messages
from desktop.ui.caller_dialog import CallerDialog, call_banner, region
from desktop.ui.contact_window import ContactWindow
from desktop.ui.member_labels import exclusion_label
from desktop.ui.my_tasks_window import MyTasksWindow
from desktop.ui.new_person_dialog import NewPersonDialog
from desktop.ui.response_dialog import ResponseDialog


def bring_to_front(window: QWidget) -> None:
    """Show the window unminimised and in front (as far as the platform lets a program)."""
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


class ContactHub(QObject):
    """Opens and keeps the contact-related windows of one main window."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.contacts: dict[int, ContactWindow] = {}
        self.responses: ResponseDialog | None = None
        self.tasks: MyTasksWindow | None = None

    # -- contact windows ---------------------------------------------------------------

    def open_contact(self, person_id: int, banner: str = "") -> ContactWindow:
        """The contact window of the person, opened or brought to the front."""
        contact = self.contacts.get(person_id)
        if contact is None:
            contact = ContactWindow(self.ctx, person_id, self.window)
            contact.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            contact.response_requested.connect(self.record_response)
            contact.destroyed.connect(lambda _obj=None, pid=person_id: self.contacts.pop(pid, None))
            self.contacts[person_id] = contact
        else:
            contact.reload()
        contact.set_call_banner(banner)
        bring_to_front(contact)
        return contact

    def _person_changed(self, person_id: int) -> None:
        contact = self.contacts.get(person_id)
        if contact is not None:
            contact.reload()
        if self.tasks is not None:
            self.tasks.reload()

    def close_all(self) -> bool:
        """Close every window of the hub with the main window; False if a clerk keeps one open.

        A contact window with unsaved changes asks first, and may stay open (Cancel).
        """
        for window in [*self.contacts.values(), self.tasks, *self.window.findChildren(ResponseDialog),
                       *self.window.findChildren(CallerDialog)]:
            if window is not None and window.isVisible() and not window.close():
                return False
        return True

    # -- finding contacts and callers -----------------------------------------------------

    def find_contact(self, number: str = "") -> CallerDialog:
        dialog = CallerDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_person.connect(self.open_contact)
        dialog.new_person.connect(self.new_interested)
        dialog.show()
        if number:
            dialog.show_number(number)
        bring_to_front(dialog)
        return dialog

    def incoming_call(self, number: str) -> None:
        """A call rings (``kampagnen call NUMBER``): straight to the caller when there is one."""
        bring_to_front(self.window)
        try:
            with self.ctx.db.session() as session:
                found = caller.find_callers(session, number, region(self.ctx))
        except SQLAlchemyError as exc:
            messages.database_error(self.window, exc, self.ctx.db.display)
            return
        own = [m for m in found if m.matched_by is not caller.MatchedBy.ORGANISATION]
        if len(own) == 1:
            self.open_contact(own[0].person_id, call_banner(own[0], number))
            return
        self.find_contact(number)

    # -- responses, tasks, new persons ----------------------------------------------------

    def record_response(self, person_id: int = 0, item_id: int = 0) -> ResponseDialog:
        """The response capture, at the item or person given (a new window each time preset)."""
        if self.responses is not None and not (person_id or item_id):
            bring_to_front(self.responses)
            return self.responses
        dialog = ResponseDialog(self.ctx, self.window, item_id=item_id or None, person_id=person_id or None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._person_changed)
        if not (person_id or item_id):
            self.responses = dialog
            dialog.destroyed.connect(lambda _obj=None: setattr(self, "responses", None))
        dialog.show()
        bring_to_front(dialog)
        return dialog

    def my_tasks(self) -> MyTasksWindow:
        if self.tasks is None:
            self.tasks = MyTasksWindow(self.ctx, self.window)
            self.tasks.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.tasks.open_person.connect(self.open_contact)
            self.tasks.destroyed.connect(lambda _obj=None: setattr(self, "tasks", None))
        else:
            self.tasks.reload()
        bring_to_front(self.tasks)
        return self.tasks

    def new_interested(self, phone: str = "", action_id: int = 0) -> int:
        """Enter an interested person (or take the existing one) and put them into an action."""
        dialog = NewPersonDialog(self.ctx, self.window, with_action=True, phone=phone)
        if action_id:
            dialog.choose_action(action_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted or not dialog.person_id:
            return 0
        joined = dialog.joined
        if joined is not None and joined.outcome is Joined.EXCLUDED:
            QMessageBox.information(self.window, dialog.windowTitle(), self.tr(
                "The person is in the action's target group, but left out of it: {reason}. Check the "
                "contact's data if that is not right.").format(reason=exclusion_label(Exclusion(joined.exclusion_reason))))
        elif joined is not None and joined.outcome is Joined.ALREADY_MEMBER:
            QMessageBox.information(self.window, dialog.windowTitle(),
                                    self.tr("The person was in the action's target group already."))
        self.open_contact(dialog.person_id)
        return dialog.person_id
