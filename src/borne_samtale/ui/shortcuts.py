"""Keyboard shortcuts made visible: the conversation's keys in the Samtale menu, and
Hjælp > Tastaturgenveje listing them all in plain Danish.

The conversation screen owns its shortcuts (QShortcut on the screen). The menu's actions
show the same keys, but only as their menu's own shortcut (Qt.WidgetShortcut on an action
that lives in the menu alone), so a key never belongs to two things at once.
"""

from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.ui.screens.conversation import ConversationScreen


class ConversationActions(QObject):
    """The conversation's keys as menu entries, enabled while a conversation is shown."""

    def __init__(self, menu: QMenu, screen: ConversationScreen, stack: QStackedWidget) -> None:
        super().__init__(menu)
        self._screen = screen
        self._stack = stack
        tabs = screen.tabs
        entries: list[tuple[str, str, Callable[[], object]] | None] = [
            (self.tr("Forri&ge fase"), "Ctrl+PgUp", partial(screen._step_phase, -1)),
            (self.tr("Næste &fase"), "Ctrl+PgDown", partial(screen._step_phase, 1)),
            None,
            (self.tr("Vis &samtalen"), "F3", partial(tabs.setCurrentIndex, 0)),
            (self.tr("Vis s&kalaen"), "F4", partial(tabs.setCurrentIndex, 1)),
            (self.tr("Vis t&re huse"), "F5", partial(tabs.setCurrentIndex, 2)),
            (self.tr("Vis net&værkskortet"), "F6", partial(tabs.setCurrentIndex, 3)),
            (self.tr("Vis &afslutningen"), "F7", partial(tabs.setCurrentIndex, 4)),
            (self.tr("Vis t&jeklisten"), "F8", partial(tabs.setCurrentIndex, 5)),
            None,
            (self.tr("Næste no&tat"), "Ctrl+Return", screen.capture.finish),
            (self.tr("Ikke &oversat (med tolk)"), "F9", screen.flag_untranslated),
            (self.tr("&Barnets skærm til og fra"), "F12", screen.toggle_child_view),
        ]
        self.actions: list[QAction] = []
        menu.addSeparator()
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, keys, slot = entry
            action = QAction(text, menu)
            action.setShortcut(QKeySequence(keys))
            # Shown in the menu; outside the menu the screen's own shortcut does the work.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions.append(action)
        stack.currentChanged.connect(self.follow)
        self.follow()

    def follow(self, _index: int = 0) -> None:
        shown = self._stack.currentWidget() is self._screen
        for action in self.actions:
            action.setEnabled(shown and self._screen.conversation is not None)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, grouped by where it works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastaturgenveje"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Tastaturgenveje"))
        self.text.setHtml(self._html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk"))
        buttons.rejected.connect(self.reject)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        close.setDefault(True)
        self.resize(720, 640)

    def groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        return [
            (
                self.tr("Overalt"),
                [
                    ("Ctrl+L", self.tr("Lås boksen nu")),
                    ("Ctrl+Q", self.tr("Afslut (boksen låses først)")),
                    ("F1", self.tr("Denne oversigt")),
                    ("Tab / Skift+Tab", self.tr("Næste / forrige felt")),
                    ("Alt+understreget bogstav", self.tr("Knappen eller feltet med det bogstav")),
                ],
            ),
            (
                self.tr("Listen over børn og samtaler"),
                [
                    ("Ctrl+N", self.tr("Ny samtale")),
                    ("Ctrl+F", self.tr("Søg i alle notater")),
                    ("Enter", self.tr("Åbn den valgte samtale")),
                ],
            ),
            (
                self.tr("I samtalen"),
                [
                    ("Ctrl+PgUp / Ctrl+PgDown", self.tr("Forrige / næste fase")),
                    (
                        "F3 … F8",
                        self.tr("Samtale, Skala, Tre huse, Netværkskort, Afslutning, Tjekliste"),
                    ),
                    (
                        "Alt+1 … Alt+6",
                        self.tr(
                            "Hvis ord notatet er: barnets ord, via tolk, gengivelse, "
                            "observation, vurdering, fra andre"
                        ),
                    ),
                    ("Ctrl+Enter", self.tr("Næste notat")),
                    ("Ctrl+plus / Ctrl+minus", self.tr("Større / mindre tekst i guidens forslag")),
                    ("Ctrl+0", self.tr("Guidens forslag i den normale størrelse")),
                    ("F9", self.tr("Markér noget, der blev sagt uden at blive oversat (med tolk)")),
                    ("F12", self.tr("Barnets skærm til og fra")),
                ],
            ),
            (
                self.tr("Skala"),
                [
                    ("0 … 9, T", self.tr("Barnets tal (T er 10)")),
                    ("← / →", self.tr("Ét trin ned / op")),
                    ("Delete", self.tr("Ryd tallet")),
                ],
            ),
            (
                self.tr("Tre huse"),
                [
                    ("Ctrl+1, Ctrl+2, Ctrl+3", self.tr("Gå til de gode ting, bekymringer, drømme")),
                    ("F2 / Delete", self.tr("Ret / fjern det valgte")),
                    ("Mellemrum", self.tr("Sagt via tolk til og fra")),
                ],
            ),
            (
                self.tr("Netværkskort"),
                [
                    ("Ctrl+N / Insert", self.tr("Tilføj en person")),
                    ("Delete / Ctrl+Z", self.tr("Fjern personen / fortryd")),
                    ("Ctrl+↑ / Ctrl+↓", self.tr("Flyt personen tættere på / længere væk")),
                ],
            ),
            (
                self.tr("Dokumenterne"),
                [
                    ("Ctrl+P", self.tr("Udskriv")),
                    ("Ctrl+plus / Ctrl+minus", self.tr("Zoom ind / ud")),
                ],
            ),
        ]

    def _html(self) -> str:
        parts = []
        for title, rows in self.groups():
            parts.append(f"<h3>{escape(title)}</h3><table cellpadding='3'>")
            for keys, meaning in rows:
                parts.append(
                    f"<tr><td width='38%'><b>{escape(keys)}</b></td><td>{escape(meaning)}</td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)
