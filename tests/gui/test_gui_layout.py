"""The conversation screen fits a 1366×768 laptop, also with large text and an interpreter.

On every tab of the conversation screen, with and without the interpreter panel, at
1366×768 and at 125 % text size (the application font 1.25 times the system's, set before
the window is built, as a caseworker's larger system text would be; with the app's own style
sheet), no control is clipped:

- The window stays 1366×768: a screen whose minimum size is larger makes Qt grow the window
  past the laptop's screen, and what is beyond the edge is cut off.
- Each visible child widget's geometry lies inside its parent's rectangle.
- Scroll areas: the content of a QScrollArea is measured against the viewport, which is the
  visible area. It may be taller or wider than the viewport only in a direction the scroll
  area can scroll in (the scroll bar is not switched off): scrolling brings it into view.
  Where a scroll bar is switched off, the content must fit the viewport, or what sticks out
  can never be seen (this is how the 0–10 scale was cut off: no sideways scrolling, and
  moving the focus scrolled the labels away). The children of the content are then checked
  against the content, like any other parent. Inside an item view (lists, tables), widgets
  in the viewport scroll with the items and are not checked.
- Buttons, combo boxes, tab bars and one-line labels are not squeezed below their minimum
  size hint (or the minimum size they set themselves): that is where text is cut inside a
  control that itself lies inside its parent ("lføj person (Ctrl+N").
- Every tab of a tab bar is inside the tab bar.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from borne_samtale.domain import InterpreterMode
from borne_samtale.services import access
from borne_samtale.services.demo import DEMO_PASSPHRASE, fill_demo_vault
from borne_samtale.services.session import PracticeContent, Session
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.ui.style import install_style
from tests.support.layout_check import clipped

CONTENT = PracticeContent.load()
SIZE = (1366, 768)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo conversations; the one with an interpreter uses a phone interpreter, whose
    panel also shows the phone timer (the tallest interpreter panel)."""
    folder = tmp_path_factory.mktemp("layout") / "vault"
    session = Session(access.create(folder, DEMO_PASSPHRASE, published=True).vault, CONTENT)
    fill_demo_vault(session.conversations)
    for summary in session.conversations.summaries():
        conversation = session.conversations.get(summary.id)
        if conversation.presence.interpreter is not None:
            conversation.presence.interpreter.mode = InterpreterMode.PHONE
            session.conversations.update(conversation)
    session.lock()
    return folder


@pytest.fixture(params=[1.0, 1.25], ids=["100%", "125%"])
def text_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    factor: float = request.param
    system = QFont(qapp.font())
    larger = QFont(system)
    larger.setPointSizeF(system.pointSizeF() * factor)
    qapp.setFont(larger)
    install_style(qapp)  # as the app starts: its frames take room too
    yield factor
    qapp.setStyleSheet("")
    qapp.setFont(system)


@pytest.mark.parametrize("interpreter", [True, False], ids=["interpreter", "no-interpreter"])
def test_the_conversation_screen_fits_on_every_tab(
    qtbot: QtBot, demo_folder: Path, text_size: float, interpreter: bool
) -> None:
    window = MainWindow(demo_folder, demo=True, content=CONTENT)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.unlock(DEMO_PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.session is not None
    service = window.session.conversations
    chosen = next(
        summary.id
        for summary in service.summaries()
        if service.get(summary.id).has_interpreter == interpreter
        and service.get(summary.id).sign_off.status.value == "draft"
    )
    window.open_conversation(chosen)
    screen = window.conversation_screen
    assert screen.interpreter_panel.isVisible() == interpreter
    problems: list[str] = []
    for tab in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(tab)
        qtbot.wait(1)  # let the layouts settle (no timing involved: one pass of events)
        QApplication.processEvents()
        name = screen.tabs.tabText(tab)
        if (window.width(), window.height()) != SIZE:
            problems.append(f"{name}: the window grew to {window.width()}x{window.height()}")
        problems += [f"{name}: {problem}" for problem in clipped(window)]
    window.lock()
    assert problems == []
