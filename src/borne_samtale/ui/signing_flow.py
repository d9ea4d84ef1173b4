"""Signing from the app: confirm, render and sign off the window's thread, store.

Signing from the app: confirm, read what the documents need, render and sign them on a
worker thread while a progress note shows, then store them with the signed status."""

from uuid import UUID

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from borne_samtale.services.handover import SignedFiles, SigningRequest
from borne_samtale.services.session import Session
from borne_samtale.ui.operation import Operation
from borne_samtale.ui.worker import Background


class SigningFlow(QObject):
    signed = Signal(object)  # the conversation's id
    failed = Signal(object)  # the conversation's id: open it again for editing

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._background = Background(self)
        self._progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._background.busy

    def confirm(self) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Underskriv"),
            self.tr(
                "Nu laves referatet og brevet til barnet, og begge underskrives. Derefter "
                "er samtalen låst; en senere rettelse bliver et tillæg. Vil du underskrive?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def start(self, session: Session, conversation_id: UUID) -> bool:
        """Prepare and start rendering; False (with a message shown) when signing is refused."""
        if self.busy:
            return False
        handover = session.handover
        prepare = Operation(
            self._window, self.tr("Underskriv"), lambda: handover.prepare_signing(conversation_id)
        )
        if not prepare.run():
            return False
        request = prepare.value
        progress = QProgressDialog(
            self.tr("Referat og brev laves og underskrives …"), "", 0, 0, self._window
        )
        progress.setWindowTitle(self.tr("Underskriv"))
        progress.setCancelButton(None)  # no cancel: the signing finishes in a second
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress
        Operation(
            self._window, self.tr("Underskriv"), lambda: handover.render_signed(request)
        ).run_in_background(
            self._background,
            lambda files: self._rendered(session, request, files),
            on_failure=lambda _error: self.failed.emit(request.data.conversation.id),
            finished=lambda _ok: self._close_progress(),  # rendered or not
        )
        return True

    def wait(self) -> None:
        self._background.wait()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _rendered(self, session: Session, request: SigningRequest, files: SignedFiles) -> None:
        conversation_id = request.data.conversation.id
        if not session.is_open:
            return  # locked meanwhile: nothing was stored, the draft is as it was
        store = Operation(
            self._window,
            self.tr("Underskriv"),
            lambda: session.handover.store_signed(request, files),
        )
        if not store.run():
            self.failed.emit(conversation_id)
            return
        self.signed.emit(conversation_id)
