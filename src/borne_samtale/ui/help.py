"""The user guide inside the program, opened by F1 at the screen in use.

The user guide inside the program: resources/help/guide.html (Danish, for the caseworker),
shown offline in a text browser. F1 opens the part for the screen in use.

The guide is kept next to the code: a changed screen changes its section, and
tests/gui/test_help.py checks that every key the window defines is written in the guide.
"""

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.resources import help_path

# Sections of the guide (anchors in guide.html).
START = "start"
UNLOCK = "laas-op"
CASES = "listen"
PHASES = "faser"
CHILD_SCREEN = "barnets-skaerm"
SCALE = "skala"
HOUSES = "tre-huse"
NETWORK = "netvaerkskort"
CLOSING = "afslutning"
CHECKLIST = "underskrift"
DOCUMENTS = "aflevering"
SHORTCUTS = "genveje"
SECTIONS = (
    START,
    UNLOCK,
    CASES,
    PHASES,
    CHILD_SCREEN,
    SCALE,
    HOUSES,
    NETWORK,
    CLOSING,
    CHECKLIST,
    DOCUMENTS,
    SHORTCUTS,
)


def guide_html() -> str:
    return help_path().read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """The guide, opened at one section; its links move within it."""

    def __init__(self, section: str = START, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brugervejledning"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Brugervejledning"))
        self.text.setOpenExternalLinks(False)  # offline: only the guide's own links
        self.text.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        buttons.rejected.connect(self.reject)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        close.setDefault(True)
        self.resize(820, 680)
        self.section = section
        self.text.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.text.scrollToAnchor(self.section)
