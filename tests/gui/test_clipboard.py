"""Copied text: marked so clipboard history skips it, cleared after the time, at lock and at
quit, and another program's clipboard is never touched. The time is injected: no test waits
30 seconds."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from borne_samtale.domain import CaseworkerProfile, Child, Conversation, LegalBasis, Purpose
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.clipboard import CLEAR_AFTER_MS, HISTORY_HINT, ClipboardGuard, guard_window
from borne_samtale.ui.main_window import MainWindow
from tests.support.common import PASSPHRASE

WORDS = "Jeg er bange for at sige det til nogen"


class Ownership:
    """Stands in for the platform's answer to "did this app put it there?"."""

    def __init__(self) -> None:
        self.ours = True

    def __call__(self) -> bool:
        return self.ours


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[object]:
    board = QApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def owner() -> Ownership:
    return Ownership()


@pytest.fixture
def guard(qtbot: QtBot, clipboard: object, owner: Ownership) -> Iterator[ClipboardGuard]:
    made = ClipboardGuard(clear_after_ms=200, came_from_us=owner)
    yield made
    shiboken6.delete(made)  # now, so it cannot react to the next test's clipboard


def _copy(qtbot: QtBot, text: str) -> QLineEdit:
    field = QLineEdit(text)
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    return field


def test_the_default_time_is_thirty_seconds() -> None:
    assert CLEAR_AFTER_MS == 30_000


def test_copied_text_is_marked_for_clipboard_history_and_cleared_after_the_time(
    qtbot: QtBot, guard: ClipboardGuard
) -> None:
    _copy(qtbot, WORDS)
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == WORDS  # the caseworker can paste it
    assert bytes(mime.data(HISTORY_HINT).data()) == b"secret"
    assert guard.holding
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5000)
    assert not guard.holding


def test_marking_does_not_loop_on_its_own_change(qtbot: QtBot, guard: ClipboardGuard) -> None:
    changes: list[int] = []
    QApplication.clipboard().dataChanged.connect(lambda: changes.append(1))
    _copy(qtbot, WORDS)
    QCoreApplication.processEvents()
    assert len(changes) == 2  # the copy, and the one re-set with the marker


def test_a_new_copy_restarts_the_time(qtbot: QtBot, guard: ClipboardGuard) -> None:
    _copy(qtbot, WORDS)
    qtbot.wait(120)
    _copy(qtbot, "Min bror hedder Ali")
    qtbot.wait(120)  # 240 ms after the first copy, 120 after the second
    assert QApplication.clipboard().text() == "Min bror hedder Ali"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=5000)


def test_another_programs_clipboard_is_left_alone(
    qtbot: QtBot, guard: ClipboardGuard, owner: Ownership
) -> None:
    _copy(qtbot, WORDS)
    owner.ours = False
    QApplication.clipboard().setText("en indkøbsliste")  # copied in another program
    assert not guard.holding
    mime = QApplication.clipboard().mimeData()
    assert not mime.hasFormat(HISTORY_HINT)  # not ours to mark
    qtbot.wait(400)
    assert QApplication.clipboard().text() == "en indkøbsliste"
    guard.clear()  # a lock now does not touch it either
    assert QApplication.clipboard().text() == "en indkøbsliste"


def test_quitting_clears_the_clipboard(qtbot: QtBot, qapp: QApplication, clipboard: object) -> None:
    made = ClipboardGuard(clear_after_ms=60_000, came_from_us=lambda: True)
    try:
        _copy(qtbot, WORDS)
        assert QApplication.clipboard().text() == WORDS
        qapp.aboutToQuit.emit()
        assert QApplication.clipboard().text() == ""
    finally:
        shiboken6.delete(made)


def test_locking_the_window_clears_what_was_copied_from_a_conversation(
    qtbot: QtBot, tmp_path: Path, clipboard: object
) -> None:
    folder = tmp_path / "vault"
    vault = access.create(folder, PASSPHRASE).vault
    service = ConversationService(vault)
    service.set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    child = service.add_child(Child(name="Mila", age_years=8))
    conversation = service.start(
        Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION))
    )
    window = MainWindow(folder, demo=False, content=PracticeContent.load())
    qtbot.addWidget(window)
    guard = guard_window(window)  # as the app does (30 s: only the lock clears it here)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the copy happens in our focused window
    window._start_session(vault)
    window.open_conversation(conversation.id)
    editor = window.conversation_screen.capture.editor
    qtbot.keyClicks(editor, WORDS)
    editor.selectAll()
    editor.copy()
    assert QApplication.clipboard().text() == WORDS
    assert QApplication.clipboard().mimeData().hasFormat(HISTORY_HINT)
    assert guard.holding

    window.conversation_screen.back_requested.emit()  # moving between screens: kept
    assert QApplication.clipboard().text() == WORDS

    window.lock()
    assert QApplication.clipboard().text() == ""
    assert not guard.holding
    shiboken6.delete(guard)
