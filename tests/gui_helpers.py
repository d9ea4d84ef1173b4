"""Helpers for driving the real window in tests: modal dialogs are answered from a timer."""

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

# How long a dialog may take to appear. Generous, because two cores are shared by the whole
# suite; a dialog that never comes is a failure, not something to wait out silently.
DIALOG_WAIT_SECONDS = 30.0


class DialogNeverShown(AssertionError):
    """The dialog a test was waiting to answer did not appear."""


def when_dialog(
    handle: Callable[[QWidget], None], wait_seconds: float = DIALOG_WAIT_SECONDS
) -> None:
    """Run ``handle`` on the next modal dialog once it is shown (call before opening it).

    If none is shown within ``wait_seconds`` this raises in the event loop, which pytest-qt
    turns into a failure of the test (before, it gave up without a word and the test hung
    or passed for the wrong reason)."""
    deadline = time.monotonic() + wait_seconds

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            handle(dialog)
            return
        if time.monotonic() > deadline:
            raise DialogNeverShown(
                f"no modal dialog was shown within {wait_seconds:g} s for {handle!r}"
            )
        QTimer.singleShot(25, look)

    QTimer.singleShot(0, look)
