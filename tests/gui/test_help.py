"""The user guide inside the program: offline, shipped as a resource, F1 opens the part for the
screen in use, and every key the window defines is written in it."""

import re
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.resources import help_path
from borne_samtale.ui import help as guide
from borne_samtale.ui.help import HelpDialog, guide_html
from borne_samtale.ui.screens.conversation import TAB_CHECK, TAB_HOUSES, TAB_SCALE
from tests.support.common import ROOT
from tests.support.gui_helpers import when_dialog
from tests.support.main_window import open_window, prepare_conversation

# Qt's portable names for keys, as a Danish keyboard and the guide call them.
SAID = {
    "Del": "Delete",
    "Ins": "Insert",
    "Esc": "Escape",
    "Ctrl++": "Ctrl+plus",
    "Ctrl+=": "Ctrl+plus",  # the same key as Ctrl+plus without Shift
    "Ctrl+-": "Ctrl+minus",
}


class _Keys(HTMLParser):
    """Every <kbd> in the guide, and every anchor."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: set[str] = set()
        self.anchors: set[str] = set()
        self.links: set[str] = set()
        self._in_kbd = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "kbd":
            self._in_kbd = True
        if tag == "a" and found.get("name"):
            self.anchors.add(str(found["name"]))
        if tag == "a" and found.get("href"):
            self.links.add(str(found["href"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "kbd":
            self._in_kbd = False

    def handle_data(self, data: str) -> None:
        if self._in_kbd:
            self.keys.add(data.strip())


def _parsed() -> _Keys:
    parser = _Keys()
    parser.feed(guide_html())
    return parser


def test_the_guide_ships_as_a_resource_and_links_only_within_itself() -> None:
    assert help_path().is_file()
    assert help_path().parent.name == "help"
    spec = (ROOT / "packaging" / "borne-samtale.spec").read_text()
    assert '"help": "*"' in spec
    parsed = _parsed()
    assert set(guide.SECTIONS) <= parsed.anchors
    assert all(link.startswith("#") for link in parsed.links)  # offline: nothing from the web
    assert {link[1:] for link in parsed.links} <= parsed.anchors


def test_the_guide_covers_what_a_new_colleague_needs() -> None:
    text = re.sub(r"<[^>]+>", " ", guide_html())
    for topic in (
        "fem faser",
        "præcis, som barnet siger dem",
        "spørgsmål, du stillede",
        "tolk",
        "Barnets skærm",
        "fingeren, en pen eller musen",
        "Genlæsning og samtykke",
        "Hvordan jeg oplevede mødet",
        "Brevet til barnet",
        "underskriver",
        "overført til sagen",
        "slettet fra computeren",
        "låser",
        "gendannelseskode",
    ):
        assert topic in text, topic


def test_every_key_the_window_defines_is_in_the_guide(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(folder)
    window = open_window(qtbot, folder)
    window.open_conversation(conversation.id)  # every screen's keys are made now
    defined: set[str] = set()
    for shortcut in window.findChildren(QShortcut):
        defined.add(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            defined.add(keys.toString(QKeySequence.SequenceFormat.PortableText))
    defined.discard("")
    assert {"F1", "F12", "Ctrl+L", "Alt+1", "Ctrl+Z", "Del"} <= defined  # really found them
    written = _parsed().keys
    missing = sorted(k for k in defined if SAID.get(k, k) not in written)
    assert missing == []
    window.lock()


def test_f1_opens_the_part_for_the_screen_in_use(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    conversation = prepare_conversation(folder)
    window = open_window(qtbot, folder)
    assert window.help_section() == guide.CASES
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    assert window.help_section() == guide.PHASES
    for tab, section in (
        (TAB_SCALE, guide.SCALE),
        (TAB_HOUSES, guide.HOUSES),
        (TAB_CHECK, guide.CHECKLIST),
    ):
        screen.tabs.setCurrentIndex(tab)
        assert window.help_section() == section
    screen.tabs.setCurrentIndex(TAB_HOUSES)
    screen.toggle_child_view()
    assert window.help_section() == guide.CHILD_SCREEN
    screen.toggle_child_view()

    seen: list[tuple[str, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, HelpDialog)
        browser = dialog.text
        # The part for the screen is at the top of the view, not the start of the guide.
        top = browser.cursorForPosition(browser.viewport().rect().topLeft())
        top.select(top.SelectionType.BlockUnderCursor)
        seen.append((dialog.section, top.selectedText()))
        dialog.accept()

    when_dialog(read)
    screen.tabs.setCurrentIndex(TAB_HOUSES)
    screen.tabs.setFocus()
    qtbot.keyClick(screen.tabs, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == guide.HOUSES
    assert "Tre huse" in seen[0][1]
    window.lock()


def test_the_dialog_is_readable(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = HelpDialog(guide.SHORTCUTS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.text.accessibleName() == "Brugervejledning"
    assert "Alle tastaturgenveje" in dialog.text.toPlainText()
    dialog.grab().save(str(tmp_path / "help.png"))
