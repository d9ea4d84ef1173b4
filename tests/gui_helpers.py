"""Helpers for driving the real window in tests: modal dialogs are answered from a timer."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_dialog(handle: Callable[[QWidget], None], attempts: int = 200) -> None:
    """Run ``handle`` on the next modal dialog once it is shown (call before opening it)."""

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if left > 0:
                QTimer.singleShot(25, lambda: look(left - 1))
            return
        handle(dialog)

    QTimer.singleShot(0, lambda: look(attempts))
