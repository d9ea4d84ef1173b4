"""Signing from the app: confirm, read what the documents need, render and sign them on a
worker thread while a progress note shows, then store them with the signed status."""

from uuid import UUID

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from borne_samtale.errors import UserError
from borne_samtale.services.handover import SignedFiles, SigningRequest
from borne_samtale.services.session import Session
from borne_samtale.ui.worker import Background


class SigningFlow(QObject):
    signed = Signal(object)  # the conversation's id
    failed = Signal(object)  # the conversation's id: open it again for editing

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._background = Background(self)
        self._progress: QProgressDialog | None = None
        self._session: Session | None = None

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
        try:
            request = session.handover.prepare_signing(conversation_id)
        except UserError as exc:
            QMessageBox.warning(self._window, self.tr("Underskriv"), str(exc))
            return False
        self._session = session
        progress = QProgressDialog(
            self.tr("Referat og brev laves og underskrives …"), "", 0, 0, self._window
        )
        progress.setWindowTitle(self.tr("Underskriv"))
        progress.setCancelButton(None)  # no cancel: the signing finishes in a second
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress
        handover = session.handover
        self._background.start(
            lambda: handover.render_signed(request),
            lambda files: self._rendered(request, files),
            lambda error: self._render_failed(request, error),
        )
        return True

    def wait(self) -> None:
        self._background.wait()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _rendered(self, request: SigningRequest, files: SignedFiles) -> None:
        self._close_progress()
        session, self._session = self._session, None
        conversation_id = request.data.conversation.id
        if session is None or not session.is_open:
            return  # locked meanwhile: nothing was stored, the draft is as it was
        try:
            session.handover.store_signed(request, files)
        except UserError as exc:
            QMessageBox.warning(self._window, self.tr("Underskriv"), str(exc))
            self.failed.emit(conversation_id)
            return
        self.signed.emit(conversation_id)

    def _render_failed(self, request: SigningRequest, error: Exception) -> None:
        self._close_progress()
        self._session = None
        if not isinstance(error, UserError):
            raise error  # a bug: the crash handler logs it without content
        QMessageBox.warning(self._window, self.tr("Underskriv"), str(error))
        self.failed.emit(request.data.conversation.id)
