"""The vault's integrity check, run in the background once the case list is shown.

SQLCipher authenticates every page when it is read, so a changed page is refused on read
anyway; the full check (``cipher_integrity_check`` and ``quick_check``) reads the whole file
and grows with it, so the window does not make the caseworker wait for it at unlock. It runs
on a thread of its own, on its own connection; a failure is told in one sentence and blocks
signing until a later check passes (docs/threat-model.md).
"""

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from borne_samtale.ui.operation import log_if_bug

if TYPE_CHECKING:
    from borne_samtale.services.session import BackgroundIntegrityCheck, Session

PROBLEM = (
    "Kontrollen af boksen fandt en fejl i databasen, så du kan ikke underskrive, "
    "før IT-support har set på den."
)


class IntegrityWatch(QObject):
    """At most one check at a time; ``finished`` on the window's thread when one is over."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem: str | None = None  # set by a failed check, cleared by a passing one
        self.passed = False  # a check of the open vault has passed
        self._check: BackgroundIntegrityCheck | None = None
        self._thread: threading.Thread | None = None
        self._outcome: bool | Exception | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._collect)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, session: "Session") -> None:
        self.cancel()
        self.passed = False
        self._check = check = session.integrity_check()
        self._outcome = None

        def work() -> None:
            try:
                self._outcome = check.run()
            except Exception as exc:  # VaultCorrupted, a disk error, a bug: collected below
                self._outcome = exc

        self._thread = threading.Thread(target=work, name="borne-samtale-integrity", daemon=True)
        self._thread.start()
        self._poll.start()

    def _collect(self) -> None:
        thread = self._thread
        if thread is not None and thread.is_alive():
            return
        self._poll.stop()
        self._thread, self._check = None, None
        outcome, self._outcome = self._outcome, None
        if outcome is True:
            self.passed, self.problem = True, None
        elif isinstance(outcome, Exception):
            log_if_bug(outcome)  # a bug: its type and frames, never its message
            self.problem = self.tr(PROBLEM)
        if thread is not None:
            self.finished.emit()

    def wait(self) -> None:
        """Until the running check is over and its outcome collected (before signing)."""
        thread = self._thread
        if thread is not None:
            thread.join()
            self._collect()

    def cancel(self) -> None:
        """Stop a running check (the vault is locked); its outcome is dropped."""
        check, thread = self._check, self._thread
        if check is None or thread is None:
            return
        check.cancel()
        thread.join()
        self._poll.stop()
        self._thread, self._check, self._outcome = None, None, None
