"""The prompts: at least the system's text size, in a box that is not short, with a zoom
(Ctrl+plus / Ctrl+minus / Ctrl+0) that is remembered."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.ui.widgets.prompts import (
    DEFAULT_ZOOM,
    MIN_ZOOM,
    VISIBLE_LINES,
    ZOOM_SETTING,
    PromptList,
)


@pytest.fixture
def settings() -> Iterator[QSettings]:
    stored = QSettings("borne-samtale", "borne-samtale")
    stored.remove(ZOOM_SETTING)
    yield stored
    stored.remove(ZOOM_SETTING)


def test_prompts_are_at_least_the_system_size_in_a_tall_box(
    qtbot: QtBot, settings: QSettings
) -> None:
    prompts = PromptList()
    qtbot.addWidget(prompts)
    system = QApplication.font().pointSizeF()
    assert prompts.zoom() == DEFAULT_ZOOM
    assert prompts.font().pointSizeF() >= system * DEFAULT_ZOOM - 0.01
    prompts.set_zoom(0.5)  # never below the system's text size
    assert prompts.zoom() == MIN_ZOOM
    assert prompts.font().pointSizeF() >= system - 0.01
    prompts.set_zoom(DEFAULT_ZOOM)
    tall = prompts.minimumSizeHint().height()
    assert tall >= prompts.fontMetrics().lineSpacing() * VISIBLE_LINES
    prompts.set_zoom(2.5)  # larger text scrolls; the box does not push the window larger
    assert prompts.minimumSizeHint().height() == tall


def test_the_zoom_keys_work_from_the_note_field_and_are_remembered(
    qtbot: QtBot, settings: QSettings
) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    prompts = PromptList()
    editor = QLineEdit()  # the caseworker types here while reading the prompts
    column.addWidget(prompts)
    column.addWidget(editor)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    editor.setFocus()
    before = prompts.font().pointSizeF()
    qtbot.keyClick(editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert prompts.zoom() == pytest.approx(DEFAULT_ZOOM + 0.2)
    assert prompts.font().pointSizeF() > before
    qtbot.keyClick(editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert prompts.zoom() == pytest.approx(DEFAULT_ZOOM + 0.1)
    assert float(str(settings.value(ZOOM_SETTING))) == pytest.approx(DEFAULT_ZOOM + 0.1)
    again = PromptList()  # the next conversation, or the next start
    qtbot.addWidget(again)
    assert again.zoom() == pytest.approx(DEFAULT_ZOOM + 0.1)
    qtbot.keyClick(editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert prompts.zoom() == DEFAULT_ZOOM
