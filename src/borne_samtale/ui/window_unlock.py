"""Unlocking and locking the window's vault.

Create one, the demo, unlock (the key derived off the window's thread), recover with the
code, start the session with its background integrity check, and lock again; after an
unlock, back to where the caseworker was.

Locking closes the database and drops the key: the window then shows only the unlock
screen, and any open dialog is closed first.
"""

import math
from typing import TYPE_CHECKING
from uuid import UUID

# QtCore.Qt, not Qt: importing that name builds it, which would delay the first paint
# (ui/first_paint.py); QtCore.Qt is built when first used, after it.
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from borne_samtale.errors import UserError
from borne_samtale.services.vault_folder import vault_exists, wait_message
from borne_samtale.ui.operation import Operation
from borne_samtale.ui.window_base import WindowBase

if TYPE_CHECKING:
    from borne_samtale.services.session import Vault


class UnlockFlow(WindowBase):
    # Unlocking ----------------------------------------------------------------------------
    def create_vault(self) -> None:
        from borne_samtale.services import access
        from borne_samtale.ui.dialogs.create_vault import CreateVaultDialog

        dialog = CreateVaultDialog(lambda p: access.create(self.vault_dir, p), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
            return
        self._start_session(dialog.created.vault)

    def open_demo(self) -> None:
        """Create the demo vault (invented cases) beside the real one, and show its unlock."""
        from borne_samtale.services import access
        from borne_samtale.services.demo import default_demo_dir, open_demo_vault

        self.demo = True
        self.vault_dir = default_demo_dir()
        self._return_to = None
        if not vault_exists(self.vault_dir):
            access.lock(open_demo_vault(self.vault_dir))  # made at the floors: no calibration
        self._show_first_screen()

    def unlock(self, passphrase: str) -> None:
        folder = self.vault_dir

        def work() -> object:
            from borne_samtale.services import access

            # The full integrity check runs after the case list is shown (_start_session).
            return access.unlock(folder, passphrase, check_integrity=False)

        Operation(self, "", work, show=self._unlock_refused).run_in_background(
            self.background, self._unlocked
        )

    def _unlocked(self, vault: object) -> None:
        from borne_samtale.services.session import Vault

        assert isinstance(vault, Vault)
        self.unlock_screen.reset()
        self._start_session(vault)

    def _unlock_refused(self, message: str) -> None:
        """On the unlock screen, with the wait before the next attempt."""
        from borne_samtale.services import access

        wait = math.ceil(access.unlock_wait(self.vault_dir))  # never enabled too early
        self.unlock_screen.show_error(message, wait)

    def recover(self) -> None:
        from borne_samtale.services import access
        from borne_samtale.services.access import NewVault
        from borne_samtale.ui.dialogs.passphrase_dialogs import RecoverDialog

        holder: dict[str, NewVault] = {}

        def act(code: str, new_passphrase: str) -> str:
            holder["new"] = access.recover(self.vault_dir, code, new_passphrase)
            return holder["new"].recovery_code

        dialog = RecoverDialog(act, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and "new" in holder:
            self._start_session(holder["new"].vault)
        elif "new" in holder:
            access.lock(holder["new"].vault)  # locked while the new code was shown

    def _start_session(self, vault: "Vault") -> None:
        from borne_samtale.services.session import Session

        self._ensure_built()
        self.session = Session(vault, self.content)
        self._show_unlock_warnings(self.session.warnings)
        # Conversations handed over to the case and past their retention are deleted now.
        self.session.handover.purge_due()
        self._set_unlocked_actions(True)
        self.idle.arm()
        if self.session.conversations.caseworker() is None:
            self.edit_profile()
        if self.session is None:
            return  # locked while the profile dialog was open
        self.cases_screen.set_service(self.session.conversations)
        self._show(self.cases_screen)
        self._after_paint(self.cases_screen, self._check_integrity)
        self._return_to_place()

    def _show_unlock_wait(self) -> None:
        from borne_samtale.services import access

        wait = math.ceil(access.unlock_wait(self.vault_dir))  # never enabled too early
        if wait > 0 and self.session is None:
            self.unlock_screen.show_error(wait_message(wait), wait)

    def _check_integrity(self) -> None:
        if self.session is not None and not self.integrity.running:
            self.integrity.start(self.session)

    def _integrity_checked(self) -> None:
        problem = self.integrity.problem
        self.integrity_label.setText(problem or "")
        if problem is not None:
            QMessageBox.warning(self, self.tr("Kontrol af boksen"), problem)

    def _return_to_place(self) -> None:
        """After an unlock: back to the conversation and tab the caseworker had open."""
        place, self._return_to = self._return_to, None
        if place is None or self.session is None:
            return
        conversation_id, tab = place
        try:
            conversation = self.session.conversations.get(UUID(conversation_id))
        except UserError:  # gone meanwhile (purged): the case list it is
            return
        from borne_samtale.domain import ConversationStatus

        if conversation.sign_off.status is not ConversationStatus.DRAFT:
            return
        self.open_conversation(conversation.id, brief=False)
        if self.stack.currentWidget() is self.conversation_screen:
            self.conversation_screen.tabs.setCurrentIndex(tab)

    def _show_unlock_warnings(self, warnings: list[str]) -> None:
        """What the unlock found (already in the audit trail), said plainly, not blocking."""
        if not warnings:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Advarsel"),
            "\n\n".join(warnings),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(self.tr("Advarsel ved oplåsning"))
        self.unlock_warning = box
        box.open()

    # Locking ------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close every dialog, save what is pending, close the database, drop the key."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        if self._built:
            if self.session is not None:
                self._return_to = self.conversation_screen.place()
            self.conversation_screen.close_conversation()  # waits for the last words' save
            self.documents_screen.close_documents()
            self.cases_screen.set_service(None)
        self.idle.disarm()
        self.integrity.cancel()  # an unfinished check of the vault being locked: dropped
        session, self.session = self.session, None
        if session is not None:
            session.lock()
        self._set_unlocked_actions(False)
        self.saved_label.clear()
        if vault_exists(self.vault_dir):
            self.unlock_screen.reset()
            self._show(self.unlock_screen)
