"""Keyboard shortcuts made visible in the Samtale menu.

Keyboard shortcuts made visible: the conversation's keys in the Samtale menu. The user
guide (resources/help/guide.html, F1) lists them all in plain Danish.

The conversation screen owns its shortcuts (QShortcut on the screen). The menu's actions
show the same keys, but only as their menu's own shortcut (Qt.WidgetShortcut on an action
that lives in the menu alone), so a key never belongs to two things at once.
"""

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QStackedWidget,
)

from borne_samtale.ui.screens.conversation import ConversationScreen


class ConversationActions(QObject):
    """The conversation's keys as menu entries, enabled while a conversation is shown."""

    def __init__(self, menu: QMenu, screen: ConversationScreen, stack: QStackedWidget) -> None:
        super().__init__(menu)
        self._screen = screen
        self._stack = stack
        entries: list[tuple[str, str, Callable[[], object]] | None] = [
            (self.tr("Forri&ge fase"), "Ctrl+PgUp", partial(screen._step_phase, -1)),
            (self.tr("Næste &fase"), "Ctrl+PgDown", partial(screen._step_phase, 1)),
            None,
            (self.tr("Vis &samtalen"), "F3", partial(screen.show_tab, 0)),
            (self.tr("Vis s&kalaen"), "F4", partial(screen.show_tab, 1)),
            (self.tr("Vis t&re huse"), "F5", partial(screen.show_tab, 2)),
            (self.tr("Vis net&værkskortet"), "F6", partial(screen.show_tab, 3)),
            (self.tr("Vis &afslutningen"), "F7", partial(screen.show_tab, 4)),
            (self.tr("Vis t&jeklisten"), "F8", partial(screen.show_tab, 5)),
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
