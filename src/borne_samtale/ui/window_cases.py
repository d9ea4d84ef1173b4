"""Moving between the case list, a conversation and its signed documents.

Open one, start a new one, brief the interpreter, preview the drafts, sign, and what
follows a signing, an addendum or a deletion; and the status bar's word on saving.
"""

from uuid import UUID

# QtCore.Qt, not Qt: importing that name builds it, which would delay the first paint
# (ui/first_paint.py); QtCore.Qt is built when first used, after it.
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from borne_samtale.errors import UserError
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.operation import Operation, log_if_bug
from borne_samtale.ui.window_base import WindowBase


class CaseFlow(WindowBase):
    # Screens ----------------------------------------------------------------------------
    def _connect(self) -> None:
        self.cases_screen.open_requested.connect(self.open_conversation)
        self.cases_screen.new_requested.connect(self.new_conversation)
        self.conversation_screen.back_requested.connect(self.back_to_cases)
        self.conversation_screen.saved.connect(
            lambda at: self.saved_label.setText(with_args(self.tr("Gemt %1"), at))
        )
        self.conversation_screen.save_failed.connect(self._save_failed)
        self.conversation_screen.child_view_changed.connect(self._child_view_changed)
        self.conversation_screen.sign_requested.connect(self.sign_conversation)
        self.conversation_screen.preview_requested.connect(self.preview_drafts)
        self.signing.signed.connect(self._signed)
        self.signing.failed.connect(self.open_conversation)
        self.documents_screen.back_requested.connect(self.back_to_cases)
        self.documents_screen.addendum_started.connect(self._open_addendum)
        self.documents_screen.purged.connect(self._purged)

    def back_to_cases(self) -> None:
        self._return_to = None
        self.conversation_screen.close_conversation()
        self.documents_screen.close_documents()
        if self.session is not None:
            self.cases_screen.reload()
            self._show(self.cases_screen)

    def open_conversation(self, conversation_id: UUID, *, brief: bool = True) -> None:
        if self.session is None:
            return
        from borne_samtale.domain import ConversationStatus

        conversation = self.session.conversations.get(conversation_id)
        if conversation.sign_off.status is not ConversationStatus.DRAFT:
            self.open_documents(conversation_id)
            return
        self.conversation_screen.open(self.session, conversation)
        self._show(self.conversation_screen)
        self.conversation_screen.capture.editor.setFocus()
        interpreter = conversation.presence.interpreter
        if brief and interpreter is not None and not interpreter.briefing_done:
            self.brief_interpreter()

    def open_documents(self, conversation_id: UUID) -> None:
        if self.session is None:
            return
        session = self.session
        opened = Operation(
            self,
            self.tr("Dokumenterne"),
            lambda: self.documents_screen.open(session, conversation_id),
        )
        if opened.run():
            self._show(self.documents_screen)

    def sign_conversation(self) -> None:
        conversation = self.conversation_screen.conversation
        if self.session is None or conversation is None:
            return
        if self.integrity.running:  # signing waits for the check that is under way
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
            try:
                self.integrity.wait()
            finally:
                QApplication.restoreOverrideCursor()
        if self.integrity.problem is not None:
            QMessageBox.warning(self, self.tr("Kan ikke underskrive"), self.integrity.problem)
            return
        if not self.signing.confirm():
            return
        self.conversation_screen.end_for_signing()  # the end time and duration go in too
        self.signing.start(self.session, conversation.id)

    def preview_drafts(self) -> None:
        """The referat and the letter as they would be signed now, marked as a draft."""
        screen = self.conversation_screen
        if self.session is None or screen.conversation is None:
            return
        from borne_samtale.services.preview import draft_documents
        from borne_samtale.ui.dialogs.preview import PreviewDialog

        screen.flush()  # the scale history is read from the vault: the newest words too
        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            drafts = draft_documents(self.session.conversations, screen.conversation)
        finally:
            QApplication.restoreOverrideCursor()
        PreviewDialog(drafts, self).exec()

    def _signed(self, conversation_id: UUID) -> None:
        self.conversation_screen.close_conversation(save=False)
        self.open_documents(conversation_id)
        self.statusBar().showMessage(self.tr("Referat og brev er underskrevet."), 5000)

    def _open_addendum(self, conversation_id: UUID) -> None:
        self.documents_screen.close_documents()
        self.open_conversation(conversation_id)

    def _purged(self, receipt: str) -> None:
        self.back_to_cases()
        QMessageBox.information(
            self,
            self.tr("Slettet"),
            with_args(
                self.tr(
                    "Samtalen er slettet fra computeren. Loggen har en kvittering uden indhold: %1"
                ),
                receipt,
            )
            + (
                " " + self.tr("En eksport blev ikke slettet; se Boks > Eksporter på computeren.")
                if "ikke slettet" in receipt
                else ""
            ),
        )

    def new_conversation(self) -> None:
        if self.session is None:
            return
        from borne_samtale.ui.dialogs.new_conversation import NewConversationDialog, is_new_child

        service = self.session.conversations
        dialog = NewConversationDialog(
            service.children(), self.content.guides, self, usual_places=service.usual_places()
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted or self.session is None or dialog.result_conversation is None:
            return
        child = dialog.result_child
        assert child is not None
        if is_new_child(dialog):
            service.add_child(child)
        conversation = service.start(dialog.result_conversation)
        self.open_conversation(conversation.id)

    def brief_interpreter(self) -> None:
        screen = self.conversation_screen
        if self.session is None or screen.conversation is None or screen.child is None:
            return
        interpreter = screen.conversation.presence.interpreter
        if interpreter is None:
            return
        from borne_samtale.domain.age import age_band_for
        from borne_samtale.ui.dialogs.briefing import BriefingDialog

        band = age_band_for(screen.child.age_on(screen.conversation.starts_at.date()))
        dialog = BriefingDialog(self.content.interpreter, interpreter, band, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if self.session is None or screen.conversation is None:
            return  # locked meanwhile
        if accepted:
            screen.conversation.presence.interpreter = dialog.interpreter()
            screen.save_now()

    # Saving -----------------------------------------------------------------------------
    def _save_failed(self, error: object) -> None:
        """Said once, in one sentence; the label stays until a save goes through again."""
        already_told = self.saved_label.text() == self.tr("Ikke gemt")
        self.saved_label.setText(self.tr("Ikke gemt"))
        if isinstance(error, Exception):
            log_if_bug(error)  # a bug: its type and frames for IT, never its message
        if already_told:
            return
        message = (
            str(error)
            if isinstance(error, UserError)
            else self.tr(
                "Det sidste kunne ikke gemmes. Teksten står stadig i vinduet; prøv igen, "
                "eller kontakt IT-support."
            )
        )
        QMessageBox.warning(self, self.tr("Ikke gemt"), message)

    def _child_view_changed(self, on: bool) -> None:
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
