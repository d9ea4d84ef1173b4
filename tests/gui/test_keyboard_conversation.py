"""The whole conversation by keyboard: from the unlock screen to a signed referat with key
events only, each sent to the widget that has the focus, as a caseworker who cannot use a
mouse works. Tests read the widgets to know where the focus is and what is chosen; they
never call a widget to change anything.

Also: no two controls on a tab of the conversation share an Alt key (an Alt key that two
controls share only moves between them, and the second never gets it on the first press).
"""

import re
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from borne_samtale.domain import ConversationStatus
from borne_samtale.domain.people import CaseworkerProfile
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.dialogs.new_conversation import NewConversationDialog
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.ui.screens.conversation import TAB_HOUSES, TAB_NETWORK, TAB_SCALE, TAB_TALK
from borne_samtale.ui.style import FOCUS_COLOUR
from tests.support.common import PASSPHRASE
from tests.support.gui_helpers import unlocked_demo_window, when_dialog

CONTENT = PracticeContent.load()
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NO = Qt.KeyboardModifier.NoModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _type(text: str) -> None:
    QTest.keyClicks(_focused(), text)


def _has_focus(target: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is target or (focus is not None and target.isAncestorOf(focus))


def _tab_to(target: QWidget, limit: int = 80) -> None:
    """Tab until ``target`` (or the field inside it, e.g. an editable box) has the focus."""
    for _ in range(limit):
        if _has_focus(target):
            return
        _key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def _choose(box: QComboBox, data: str) -> None:
    """The arrow keys in a box with the focus, until ``data`` is chosen."""
    _tab_to(box)
    _key(Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentData() == data:
            return
        _key(Qt.Key.Key_Down)
    raise AssertionError(f"{data} is not in {box.accessibleName()}")


def _by_keys(handle: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """Answer a modal dialog by keys, once it has the focus; a failure closes it (by a
    call: the test has failed by then), so exec() returns and the test reports it."""

    def run(dialog: QWidget) -> None:
        try:
            deadline = time.monotonic() + 5
            while not (QApplication.focusWidget() and dialog.isAncestorOf(_focused())):
                assert time.monotonic() < deadline, "the dialog never got the focus"
                QTest.qWait(20)
            handle(dialog)
        except BaseException:
            if isinstance(dialog, QDialog):
                dialog.reject()
            raise

    return run


def _fill_new_conversation(dialog: QWidget) -> None:
    assert isinstance(dialog, NewConversationDialog)
    _tab_to(dialog.child_name)
    _type("Hodan")
    _tab_to(dialog.age)  # no birth date: the age the caseworker knows
    _type("11")
    _choose(dialog.purpose, "investigation")
    _tab_to(dialog.place)
    _type("Skolens mødelokale")
    mother, father = dialog.parent_rows[0][1], dialog.parent_rows[1]
    _choose(mother, "present")
    _tab_to(father[2])
    _type("Far bor i Aarhus og kunne ikke komme")
    _tab_to(dialog.bisidder_offered)
    _key(Qt.Key.Key_Space)
    _key(Qt.Key.Key_Return)  # the dialog's default button: Start samtalen
    # Refused, the dialog stays open with its message (and the test would wait for ever).
    assert not dialog.isVisible(), dialog.error.text()


def _window_manager_activates(qtbot: QtBot, window: QWidget) -> None:
    """What the window manager does when a dialog closes: the window is active again (the
    offscreen platform has no window manager). The focus inside it is the program's own."""
    with qtbot.waitActive(window):
        window.activateWindow()


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    folder = tmp_path / "vault"
    vault = access.create(folder, PASSPHRASE).vault
    ConversationService(vault).set_caseworker(
        CaseworkerProfile(name="Lise Holm", title="Socialrådgiver")
    )
    access.lock(vault)
    window = MainWindow(folder, demo=False, content=CONTENT)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_a_conversation_from_unlock_to_signed_by_keys_only(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: _has_focus(window.unlock_screen.passphrase))
    _type(PASSPHRASE)
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    cases = window.cases_screen
    qtbot.waitUntil(lambda: _has_focus(cases.table))

    when_dialog(_by_keys(_fill_new_conversation))
    _key(Qt.Key.Key_N, CTRL)
    screen = window.conversation_screen
    assert window.stack.currentWidget() is screen
    conversation = screen.conversation
    assert conversation is not None
    assert conversation.place == "Skolens mødelokale"

    # The child's words, with the perspective chosen by its key.
    _window_manager_activates(qtbot, window)
    qtbot.waitUntil(lambda: _has_focus(screen.capture.editor))
    _key(Qt.Key.Key_1, ALT)
    _type("Jeg kan godt lide at spille fodbold med Ali")
    _key(Qt.Key.Key_Return, CTRL)
    assert [e.text for e in conversation.entries] == ["Jeg kan godt lide at spille fodbold med Ali"]

    # What the child was told: the must-cover list, ticked with Space row by row.
    covered = screen.covered
    _tab_to(covered)
    _key(Qt.Key.Key_Home)
    for row in range(covered.count()):
        assert covered.currentRow() == row
        _key(Qt.Key.Key_Space)
        _key(Qt.Key.Key_Down)
    assert all(
        covered.item(r).checkState() == Qt.CheckState.Checked for r in range(covered.count())
    )

    # Closing: read back, the child's yes to each quote, what happens next, the letter.
    _key(Qt.Key.Key_F7)
    closing = screen.closing
    assert closing.isAncestorOf(_focused())  # the keys go to the tab just shown
    _tab_to(closing.read_back_done)
    _key(Qt.Key.Key_Space)
    assert closing.read_back_done.isChecked()
    _tab_to(closing.all_yes)
    _key(Qt.Key.Key_Space)
    _tab_to(closing.next_steps)
    _type("Du hører fra mig inden jul")
    _choose(closing.delivery, "in_person")

    # The checklist is met; signing is one button and a Yes.
    _key(Qt.Key.Key_F8)
    signoff = screen.signoff
    assert signoff.isAncestorOf(_focused())
    missing = [item.title for item in signoff._checklist.missing()] if signoff._checklist else []
    assert signoff.sign_button.isEnabled(), missing
    _tab_to(signoff.sign_button)
    answered: list[str] = []

    def confirm(box: QWidget) -> None:
        answered.append(box.windowTitle())
        _key(Qt.Key.Key_Return)  # Yes is the default

    when_dialog(_by_keys(confirm))
    _key(Qt.Key.Key_Space)
    assert answered == ["Underskriv"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.documents_screen, timeout=30_000)
    assert window.session is not None
    signed = window.session.conversations.get(conversation.id)
    assert signed.sign_off.status is ConversationStatus.SIGNED
    # The documents take the focus, so the keys scroll the referat at once.
    _window_manager_activates(qtbot, window)
    qtbot.waitUntil(lambda: _has_focus(window.documents_screen.view))
    window.lock()


def _alt_keys(root: QWidget) -> dict[str, list[str]]:
    """The Alt letters of the controls shown in ``root``, with the texts that use each."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        text = ""
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        letter = re.search(r"&([^&\s])", text.replace("&&", ""))
        if letter:
            found.setdefault(letter.group(1).lower(), []).append(text)
    return found


def test_no_two_controls_on_a_tab_share_an_alt_key(qtbot: QtBot, tmp_path: Path) -> None:
    window = unlocked_demo_window(qtbot, tmp_path)
    assert window.session is not None
    service = window.session.conversations
    drafts = [s for s in service.summaries() if s.status is ConversationStatus.DRAFT]
    # With an interpreter and without: the interpreter adds controls of its own.
    kinds = {service.get(s.id).has_interpreter: s.id for s in drafts}
    assert set(kinds) == {True, False}
    clashes: list[str] = []
    for conversation_id in kinds.values():
        window.open_conversation(conversation_id, brief=False)
        screen = window.conversation_screen
        for tab in range(screen.tabs.count()):
            screen.tabs.setCurrentIndex(tab)
            for letter, texts in _alt_keys(window).items():
                if len(texts) > 1:
                    clashes.append(f"{screen.tabs.tabText(tab)}: Alt+{letter} {texts}")
        window.back_to_cases()
    for letter, texts in _alt_keys(window).items():  # the case list
        if len(texts) > 1:
            clashes.append(f"cases: Alt+{letter} {texts}")
    assert not clashes, "\n".join(clashes)
    window.lock()


def _edge(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


def test_the_tools_show_where_the_keyboard_is(qtbot: QtBot, tmp_path: Path) -> None:
    """The canvases the program paints itself (the child's scale, the network map, the
    houses' picture, the free page) draw the same focus frame as lists and tables, on the
    caseworker's screen and on the child's; the scale's row of numbers gets its own."""
    window = unlocked_demo_window(qtbot, tmp_path)
    assert window.session is not None
    service = window.session.conversations
    draft = next(s for s in service.summaries() if s.status is ConversationStatus.DRAFT)
    window.open_conversation(draft.id, brief=False)
    screen = window.conversation_screen
    focus = QColor(FOCUS_COLOUR)

    def check(tab: int, child_view: bool, canvas: QWidget) -> None:
        _key(Qt.Key(Qt.Key.Key_F3 + tab))
        if child_view:
            _key(Qt.Key.Key_F12)
        canvas.clearFocus()
        assert _edge(canvas) != focus, type(canvas).__name__
        canvas.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(canvas.hasFocus)
        assert _edge(canvas) == focus, type(canvas).__name__
        if child_view:
            _key(Qt.Key.Key_Escape)
        # Never left on a page that was hidden (found here: after the child's screen the
        # keys went to the network map on a tab nobody could see).
        assert _focused().isVisible(), type(_focused()).__name__

    check(TAB_NETWORK, False, screen.network.map)
    check(TAB_NETWORK, True, screen.network.map)
    check(TAB_HOUSES, True, screen.houses.picture)
    check(TAB_TALK, True, screen.free_page.surface)
    _key(Qt.Key.Key_F4)
    _key(Qt.Key.Key_K, ALT)  # a new scale, so the scale can be used
    qtbot.waitUntil(lambda: screen.scale_list.count() == 1)  # a button clicks after 0.1 s
    check(TAB_SCALE, True, screen.scale.child_scale)
    row = screen.scale.number_row
    row.clearFocus()
    unfocused = row.grab().toImage()
    row.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.hasFocus)
    assert row.grab().toImage() != unfocused
    window.lock()
