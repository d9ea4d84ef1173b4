"""Helpers for driving the real window in tests: modal dialogs are answered from a timer."""

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QWidget

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from borne_samtale.ui.main_window import MainWindow


def cell(table: QTableView, row: int, column: int) -> QModelIndex:
    """A table's cell, which the test expects to be there (``.data()`` is its text)."""
    index = table.model().index(row, column)
    assert index.isValid(), f"no cell at ({row}, {column})"
    return index


def row_count(table: QTableView) -> int:
    return table.model().rowCount()


# How long a dialog may take to appear. Generous, because two cores are shared by the whole
# suite; a dialog that never comes is a failure, not something to wait out silently.
DIALOG_WAIT_SECONDS = 30.0


class DialogNeverShown(AssertionError):
    """The dialog a test was waiting to answer did not appear."""


def when_dialog(
    handle: Callable[[QWidget], object], wait_seconds: float = DIALOG_WAIT_SECONDS
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


def unlocked_demo_window(qtbot: "QtBot", tmp_path: Path) -> "MainWindow":
    """The real window on a demo vault, shown, active and unlocked."""
    from borne_samtale.services import access
    from borne_samtale.services.demo import DEMO_PASSPHRASE, fill_demo_vault
    from borne_samtale.services.session import PracticeContent, Session
    from borne_samtale.ui.main_window import MainWindow

    content = PracticeContent.load()
    folder = tmp_path / "vault"
    session = Session(access.create(folder, DEMO_PASSPHRASE, published=True).vault, content)
    fill_demo_vault(session.conversations)
    session.lock()
    window = MainWindow(folder, demo=True, content=content)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.unlock(DEMO_PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    return window
