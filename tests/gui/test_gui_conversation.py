"""The conversation screen as the view of its controller: typing never waits on the disk,
the timers and the end time, the child's screen, unlock back to where one was, and the
draft preview. Real widgets offscreen, real encrypted vaults."""

import tempfile
import threading
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain import (
    Entry,
    ScaleAnswer,
)
from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.enums import InterpreterMode
from borne_samtale.domain.people import Interpreter, Presence
from borne_samtale.services.preview import draft_documents
from borne_samtale.summary.draft import DRAFT_MARK
from borne_samtale.ui.dialogs.preview import PreviewDialog
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.ui.screens.conversation import TAB_CHECK, TAB_SCALE
from tests.support.common import PASSPHRASE
from tests.support.gui_helpers import when_dialog
from tests.support.main_window import (
    open_window,
    prepare_conversation,
    stored_conversation,
)

WAIT = 30.0


def _unlock_from_screen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    window.background.wait()
    qtbot.waitUntil(lambda: window.session is not None)


def _pdf_text(data: bytes) -> list[str]:
    """The text of every page, read by QtPdf from memory, as the preview shows it."""
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    texts = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return texts


def test_typing_goes_on_while_the_disk_hangs(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(folder)
    window = open_window(qtbot, folder)
    assert window.session is not None
    service = window.session.conversations
    disk = threading.Event()
    stuck = threading.Event()
    real_add = service.add_entry

    def hanging_add(conversation_id: UUID, entry: Entry) -> Entry:
        stuck.set()
        disk.wait(WAIT)  # an fsync that does not come back until the test says so
        return real_add(conversation_id, entry)

    monkeypatch.setattr(service, "add_entry", hanging_add)
    window.open_conversation(conversation.id)
    editor = window.conversation_screen.capture.editor
    qtbot.keyClicks(editor, "Jeg ")
    window.conversation_screen.capture.finish()  # "next entry": saved at once
    assert stuck.wait(WAIT)  # the writer is inside the disk now
    qtbot.keyClicks(editor, "vil hjem til mor")  # and the window still types
    assert editor.toPlainText() == "vil hjem til mor"
    disk.set()
    window.lock()  # waits for the writer: the last words too
    assert sorted(e.text for e in stored_conversation(folder, conversation).entries) == [
        "Jeg ",
        "vil hjem til mor",
    ]


def test_time_and_end_are_saved_and_the_phone_warning_counts_earlier_minutes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(
        folder,
        presence=Presence(interpreter=Interpreter(mode=InterpreterMode.PHONE, briefing_done=True)),
        elapsed_seconds=11 * 60,
        phone_interpreting_seconds=11 * 60,  # 11 minutes before the last lock
    )
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    panel = screen.interpreter_panel
    assert panel.phone_minutes() == 11
    assert panel.over_phone_limit()
    assert "Telefontolkning i 11 min." in panel.phone_label.text()
    assert screen.elapsed.text().startswith("Tid: 11:")
    qtbot.keyClicks(screen.capture.editor, "Hej")
    window.back_to_cases()  # closing the conversation records the end
    assert window.session is not None  # the vault is open in the window: read it there
    stored = window.session.conversations.get(conversation.id)
    assert stored.ends_at is not None
    assert stored.elapsed_seconds >= 11 * 60
    assert stored.phone_interpreting_seconds >= 11 * 60


def test_escape_leaves_the_child_screen(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(folder)
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    screen.tabs.setCurrentIndex(TAB_SCALE)
    qtbot.keyClick(screen, Qt.Key.Key_F12)
    assert screen.child_view
    assert window.menuBar().isHidden()
    focused = window.focusWidget() or screen
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not screen.child_view
    assert screen.header.isVisible()
    assert not window.menuBar().isHidden()
    # outside the child's screen, Escape is left to the fields (it changes nothing here)
    qtbot.keyClick(screen.capture.editor, Qt.Key.Key_Escape)
    assert not screen.child_view


def test_a_childs_tap_keeps_the_words_with_their_number_in_the_vault(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    four = ScaleAnswer(
        question="Hvor glad er du i skolen?",
        low_end="Slet ikke",
        high_end="Rigtig glad",
        value=4,
        what_makes_it_this_number=ChildWords(text="Fordi Ali er min ven"),
    )
    conversation = prepare_conversation(folder, scales=[four])
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    screen.tabs.setCurrentIndex(TAB_SCALE)
    qtbot.keyClick(screen, Qt.Key.Key_F12)
    scale = screen.scale.child_scale
    qtbot.waitUntil(lambda: scale.width() > 0)
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=scale.number_centre(6).toPoint())
    qtbot.keyClick(window.focusWidget() or screen, Qt.Key.Key_Escape)
    assert "Barnet valgte 6" in screen.scale.choice_notice.text()
    assert screen.scale.choice_notice.isVisible()
    assert screen.scale_list.count() == 2
    assert screen.scale_list.currentRow() == 1
    window.lock()
    stored = stored_conversation(folder, conversation)
    assert [(s.value, s.what_makes_it_this_number) for s in stored.scales] == [
        (4, ChildWords(text="Fordi Ali er min ven")),
        (6, None),
    ]
    assert stored.scales[0].id == four.id


def test_unlock_returns_to_the_open_conversation_and_tab(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(folder)
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)
    window.conversation_screen.tabs.setCurrentIndex(TAB_SCALE)
    window.lock()
    assert window.stack.currentWidget() is window.unlock_screen
    _unlock_from_screen(qtbot, window)
    screen = window.conversation_screen
    assert window.stack.currentWidget() is screen
    assert screen.conversation is not None
    assert screen.conversation.id == conversation.id
    assert screen.tabs.currentIndex() == TAB_SCALE

    window.back_to_cases()  # from the case list, unlocking shows the case list
    window.lock()
    _unlock_from_screen(qtbot, window)
    assert window.stack.currentWidget() is window.cases_screen


def test_the_draft_preview_is_marked_on_every_page_and_made_in_memory(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(folder, elapsed_seconds=47 * 60)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    qtbot.keyClicks(screen.capture.editor, "Jeg kan godt lide at tegne")  # not saved yet
    assert window.session is not None
    assert screen.conversation is not None
    outside_the_vault = {p for p in tmp_path.rglob("*") if folder not in p.parents}

    drafts = draft_documents(window.session.conversations, screen.conversation)
    referat, letter = _pdf_text(drafts.referat), _pdf_text(drafts.letter)
    assert referat
    assert letter
    for page in referat + letter:
        assert DRAFT_MARK in page
    assert "Jeg kan godt lide at tegne" in "".join(referat)  # what is in the window
    assert "Varighed" in "".join(referat)
    assert "47 min." in "".join(referat)

    shown: list[int] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PreviewDialog)
        shown.append(dialog.pdf.pageCount())
        assert DRAFT_MARK in dialog.pdf.getAllText(0).text()
        dialog.choice.setCurrentIndex(1)  # the letter
        assert DRAFT_MARK in dialog.pdf.getAllText(0).text()
        dialog.reject()

    screen.tabs.setCurrentIndex(TAB_CHECK)
    when_dialog(look)
    screen.preview_button.click()
    assert shown
    assert shown[0] >= 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    when_dialog(look)
    qtbot.keyClick(
        screen.capture.editor,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(shown) == 2
    # nothing was signed or stored by looking, and no file was written anywhere
    assert window.session.conversations.get(conversation.id).sign_off.signed_at is None
    assert {p for p in tmp_path.rglob("*") if folder not in p.parents} == outside_the_vault
    assert list(temp.iterdir()) == []
