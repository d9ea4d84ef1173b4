"""Keyboard first: the focus is visible on every kind of control, lists and tables included."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from borne_samtale.ui.style import FOCUS_COLOUR, install_style
from borne_samtale.ui.widgets.entries import EntryList
from borne_samtale.ui.widgets.prompts import PromptList


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
