"""Keyboard first: the focus is visible on every kind of control, lists and tables included,
and the shortcuts are shown in the menus and listed under Hjælp."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from borne_samtale.ui.help import HelpDialog
from borne_samtale.ui.style import FOCUS_COLOUR, install_style
from borne_samtale.ui.widgets.entries import EntryList
from borne_samtale.ui.widgets.prompts import PromptList
from tests.support.gui_helpers import unlocked_demo_window, when_dialog


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    install_style(qapp)
    yield qapp
    qapp.setStyleSheet("")


def _left_edge(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def _tab_into(qtbot: QtBot, before: QWidget, widget: QWidget) -> None:
    before.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert widget.hasFocus()


def test_lists_tables_and_text_show_where_the_keyboard_is(
    qtbot: QtBot, styled: QApplication
) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    table = QTableWidget(2, 2)
    table.setItem(0, 0, QTableWidgetItem("Ali"))
    table.setTabKeyNavigation(False)
    plain_list = QListWidget()
    plain_list.addItems(["1. Forberedelse", "2. Kontakt"])
    prompts = PromptList()
    entries = EntryList()
    text = QPlainTextEdit()
    text.setTabChangesFocus(True)
    controls: list[QWidget] = [plain_list, table, prompts, entries, text]
    start = QLineEdit()
    column.addWidget(start)
    for control in controls:
        column.addWidget(control)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    focus = QColor(FOCUS_COLOUR)
    before: QWidget = start
    for control in controls:
        start.setFocus()
        assert _left_edge(control) != focus, type(control).__name__
        _tab_into(qtbot, before, control)
        assert _left_edge(control) == focus, type(control).__name__
        before = control


def test_buttons_boxes_and_choices_show_the_keyboard_focus(
    qtbot: QtBot, styled: QApplication
) -> None:
    """Qt's own style marks these once the keyboard moves the focus (Tab)."""
    window = QWidget()
    column = QVBoxLayout(window)
    start = QLineEdit()
    box = QComboBox()
    box.addItems(["1 – inderste ring", "2 – midterste ring"])
    controls: list[QWidget] = [QPushButton("Næste notat"), QCheckBox("Sagt via tolk"), box]
    column.addWidget(start)
    for control in controls:
        column.addWidget(control)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    before: QWidget = start
    for control in controls:
        start.setFocus()
        unfocused = control.grab().toImage()
        _tab_into(qtbot, before, control)
        assert control.grab().toImage() != unfocused, type(control).__name__
        before = control


def test_the_menus_show_the_conversations_keys_and_help_lists_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked_demo_window(qtbot, tmp_path)
    shown = {
        action.shortcut().toString(QKeySequence.SequenceFormat.PortableText): action
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    for keys in ("Ctrl+PgUp", "Ctrl+PgDown", "F3", "F8", "F9", "F12", "Ctrl+L", "Ctrl+Q", "F1"):
        assert keys in shown, keys
    assert not shown["F12"].isEnabled()  # no conversation open yet
    for menu in window.menuBar().findChildren(QMenu):
        if menu.title() not in ("&Samtale", "&Hjælp"):
            continue  # the menus with the new entries
        letters = [
            action.text().split("&", 1)[1][0].lower()
            for action in menu.actions()
            if "&" in action.text()
        ]
        assert len(letters) == len(set(letters)), (menu.title(), sorted(letters))
    assert window.session is not None
    first = window.session.conversations.summaries()[0]
    window.open_conversation(first.id)
    screen = window.conversation_screen
    assert shown["F12"].isEnabled()
    row = screen.phases.currentRow()
    shown["Ctrl+PgDown"].trigger()  # from the menu
    assert screen.phases.currentRow() == min(row + 1, screen.phases.count() - 1)
    screen.capture.editor.setFocus()
    qtbot.keyClick(screen.capture.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert screen.phases.currentRow() == row  # the key itself still works: not ambiguous
    qtbot.keyClick(screen.capture.editor, Qt.Key.Key_F4)
    assert screen.tabs.currentIndex() == 1
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, HelpDialog)
        seen.append(dialog.text.toPlainText())
        dialog.accept()

    when_dialog(read)
    window.show_shortcuts()
    for keys in ("Ctrl+PgUp", "F12", "F9", "Ctrl+L", "Alt+1", "Ctrl+plus"):
        assert keys in seen[0], keys
    assert "Barnets skærm" in seen[0]
    window.lock()


def test_after_unlock_the_arrow_keys_and_enter_work_in_the_case_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Found in a real window: after unlock nothing had the focus, so Down and Enter did
    nothing until the caseworker reached for the mouse."""
    window = unlocked_demo_window(qtbot, tmp_path)
    table = window.cases_screen.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=5_000)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.conversation_screen.conversation is not None, timeout=10_000)
    window.lock()
