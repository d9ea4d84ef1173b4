"""What the parts of the main window share.

Its screens, session and settings, and the two helpers every part uses (show a screen; do
something once a widget has been painted).

``MainWindow`` (ui/main_window.py) is made of the parts in ``ui/window_*.py``, each a
subclass of this one: the menus, unlocking and locking, and the cases and conversations.
What one part calls in another is declared here for the type checker only.

Imported before the unlock screen is painted: nothing heavy here, only names for types.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from borne_samtale.ui.integrity import IntegrityWatch
from borne_samtale.ui.lock import IdleWatcher
from borne_samtale.ui.screens.start import StartScreen
from borne_samtale.ui.screens.unlock import UnlockScreen
from borne_samtale.ui.worker import Background

if TYPE_CHECKING:
    from borne_samtale.services.session import PracticeContent, Session
    from borne_samtale.ui.dialogs.certificates import CertificateActions
    from borne_samtale.ui.screens.cases import CasesScreen
    from borne_samtale.ui.screens.conversation import ConversationScreen
    from borne_samtale.ui.screens.documents import DocumentsScreen
    from borne_samtale.ui.shortcuts import ConversationActions
    from borne_samtale.ui.signing_flow import SigningFlow

IDLE_SETTING = "lock/idle_minutes"
STALE_SETTING = "cases/stale_draft_days"


class WindowBase(QMainWindow):
    vault_dir: Path
    demo: bool
    session: "Session | None"
    settings: QSettings
    background: Background
    stack: QStackedWidget
    start_screen: StartScreen
    unlock_screen: UnlockScreen
    # Built after the first paint when deferred (see MainWindow._rest_steps).
    cases_screen: "CasesScreen"
    conversation_screen: "ConversationScreen"
    documents_screen: "DocumentsScreen"
    signing: "SigningFlow"
    certificates: "CertificateActions"
    conversation_actions: "ConversationActions"
    saved_label: QLabel
    integrity_label: QLabel
    integrity: IntegrityWatch
    idle: IdleWatcher
    unlock_warning: QMessageBox | None  # what the last unlock found, if any
    talk_menu: QMenu
    lock_action: QAction
    exports_action: QAction
    # Where the caseworker was when the vault locked (conversation id, tab): unlocking goes
    # back there.
    _return_to: tuple[str, int] | None
    _paint_waits: dict[QObject, Callable[[], None]]
    _built: bool

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def _after_paint(self, widget: QWidget, then: "Callable[[], None]") -> None:
        """``then`` once ``widget`` has been painted (at the end of that event-loop pass)."""
        self._paint_waits[widget] = then
        widget.installEventFilter(self)

    if TYPE_CHECKING:  # one part calling another (each defined in one part only)

        @property
        def content(self) -> "PracticeContent": ...
        def _ensure_built(self) -> None: ...
        def _show_first_screen(self) -> None: ...
        def _connect(self) -> None: ...
        def _set_unlocked_actions(self, on: bool) -> None: ...
        def edit_profile(self) -> None: ...
        def lock(self) -> None: ...
        def open_demo(self) -> None: ...
        def open_conversation(self, conversation_id: UUID, *, brief: bool = True) -> None: ...
        def new_conversation(self) -> None: ...
        def preview_drafts(self) -> None: ...
