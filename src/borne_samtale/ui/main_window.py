"""The main window: its screens, built behind the unlock screen, and locking.

The main window: the unlock screen painted first and the rest built behind it, then
start, unlock, cases, the conversation and its signed documents, with locking around them.

The window is made of parts, one job each (ui/window_base.py says what they share):
ui/window_menus.py (the menus and the vault menu's own entries), ui/window_unlock.py
(unlocking and locking) and ui/window_cases.py (moving between cases, conversations and
documents). This module builds the window and everything behind the unlock screen.
"""

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStackedWidget

from borne_samtale.errors import UserError
from borne_samtale.resources import resource_dir
from borne_samtale.services.vault_folder import vault_exists
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.integrity import IntegrityWatch
from borne_samtale.ui.lock import DEFAULT_IDLE_MINUTES, IdleWatcher, SessionLockWatcher
from borne_samtale.ui.screens.start import StartScreen
from borne_samtale.ui.screens.unlock import UnlockScreen
from borne_samtale.ui.window_base import IDLE_SETTING, STALE_SETTING
from borne_samtale.ui.window_cases import CaseFlow
from borne_samtale.ui.window_menus import WindowMenus
from borne_samtale.ui.window_unlock import UnlockFlow
from borne_samtale.ui.worker import Background

# Everything below is imported after the unlock screen is painted (see RestLoader): the
# screens behind the unlock, QtCharts, QtPdf, the services, pydantic and the guides.
if TYPE_CHECKING:
    from borne_samtale.services.session import PracticeContent

# The modules behind the unlock screen, imported on a thread of their own while the
# passphrase is typed (imports are pure Python and C extensions; no widget is made there).
REST_MODULES = (
    "borne_samtale.services.session",
    "borne_samtale.services.access",
    "borne_samtale.ui.screens.cases",
    "borne_samtale.ui.screens.conversation",
    "borne_samtale.ui.screens.documents",
    "borne_samtale.ui.signing_flow",
    "borne_samtale.ui.dialogs.certificates",
    "borne_samtale.ui.dialogs.briefing",
    "borne_samtale.ui.dialogs.create_vault",
    "borne_samtale.ui.dialogs.new_conversation",
    "borne_samtale.ui.dialogs.passphrase_dialogs",
    "borne_samtale.ui.dialogs.profile",
    "borne_samtale.ui.shortcuts",
)


class RestLoader:
    """Imports the rest of the program and loads the guides on a daemon thread.

    The window polls ``done`` (a signal emitted from a Python thread would need that thread
    to be a Qt one); ``join`` waits when the window needs the rest at once (an unlock faster
    than the imports).
    """

    def __init__(self) -> None:
        self.content: PracticeContent | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="borne-samtale-rest", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _run(self) -> None:
        import importlib

        try:
            for name in REST_MODULES:
                importlib.import_module(name)
            from borne_samtale.services.session import PracticeContent

            self.content = PracticeContent.load()  # validated: the same as before, only later
        except BaseException as exc:  # handed to the window's thread, which shows or raises it
            self.error = exc

    @property
    def done(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def join(self) -> None:
        """Start it if it has not started yet, and wait until it is done."""
        self.start()
        self._thread.join()


class MainWindow(UnlockFlow, CaseFlow, WindowMenus):
    """The window. With ``defer`` (the program's start, ``run_gui``) it builds only what the
    unlock screen needs, so that screen is painted first; the rest is imported on a thread
    and built on the window's thread a screen at a time while the passphrase is typed or the
    key is derived. Without it (tests, tools) everything is built at once, as before."""

    def __init__(
        self,
        vault_dir: Path,
        demo: bool,
        content: "PracticeContent | None" = None,
        *,
        defer: bool = False,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Børnesamtale")  # never a child's name in the title
        self.setWindowIcon(QIcon(str(resource_dir() / "icons" / "borne-samtale.png")))
        self.resize(1366, 768)
        self.vault_dir = vault_dir
        self.demo = demo
        self._content = content
        self.session = None
        self._return_to = None
        self.unlock_warning = None
        self.settings = QSettings("borne-samtale", "borne-samtale")
        self.background = Background(self)

        self.start_screen = StartScreen()
        self.unlock_screen = UnlockScreen()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_screen)
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Seneste gemning"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.integrity_label = QLabel()
        self.integrity_label.setAccessibleName(self.tr("Kontrol af boksen"))
        self.integrity_label.setWordWrap(True)
        self.statusBar().addWidget(self.integrity_label, 1)
        self.integrity = IntegrityWatch(self)
        self.integrity.finished.connect(self._integrity_checked)

        self.idle = IdleWatcher(self)
        minutes = int(str(self.settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES)))
        self.idle.set_timeout_ms(minutes * 60_000)
        self.idle.idle.connect(self.lock)
        self.session_lock = SessionLockWatcher(self, listen=False)  # listens in _rest_steps
        self.session_lock.locked.connect(self.lock)

        self._build_menus()
        self.start_screen.create_requested.connect(self.create_vault)
        self.start_screen.demo_requested.connect(self.open_demo)
        self.unlock_screen.unlock_requested.connect(self.unlock)
        self.unlock_screen.recover_requested.connect(self.recover)

        self._paint_waits = {}
        self._built = False
        self._build_steps = self._rest_steps()
        self.rest_loader: RestLoader | None = None
        if defer:
            # Started once the first screen is painted: a thread importing before then would
            # share the interpreter's lock with the first paint and delay it.
            self.rest_loader = RestLoader()
            self._rest_poll = QTimer(self)
            self._rest_poll.setInterval(15)
            self._rest_poll.timeout.connect(self._poll_rest)
            self.stack.installEventFilter(self)
        else:
            self._ensure_built()
        self._show_first_screen()

    # Building the rest ------------------------------------------------------------------
    @property
    def built(self) -> bool:
        """Whether every screen exists (at once without ``defer``; soon after the first paint
        with it)."""
        return self._built

    @property
    def content(self) -> "PracticeContent":
        if self._content is None:
            loader = self.rest_loader
            if loader is not None:
                loader.join()
                self._content = loader.content
            if self._content is None:
                from borne_samtale.services.session import PracticeContent

                self._content = PracticeContent.load()
        return self._content

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        loader = self.rest_loader
        if event.type() == QEvent.Type.Paint and watched in self._paint_waits:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._paint_waits.pop(watched))
        if watched is self.stack and event.type() == QEvent.Type.Paint and loader is not None:
            self.stack.removeEventFilter(self)
            # After this pass has painted the whole window.
            QTimer.singleShot(0, loader.start)
            self._rest_poll.start()
        return super().eventFilter(watched, event)

    def _poll_rest(self) -> None:
        loader = self.rest_loader
        if self._built or loader is None or loader.done:
            self._rest_poll.stop()
            if not self._built:
                self._rest_imported()

    def _rest_imported(self) -> None:
        """On the window's thread once the rest is imported: one screen per event-loop pass,
        so a key typed meanwhile waits for one screen at most."""
        loader = self.rest_loader
        if loader is not None and loader.error is not None:
            error, loader.error = loader.error, None
            if isinstance(error, UserError):  # a guide file that is not valid: said, then closed
                QMessageBox.critical(self, "Børnesamtale", str(error))
                QApplication.exit(1)
                return
            raise error
        self._build_next()

    def _build_next(self) -> None:
        if self._built:
            return
        if not next(self._build_steps, False):
            return  # that was the last step
        QTimer.singleShot(0, self._build_next)

    def _ensure_built(self) -> None:
        """Everything built now (an unlock, a menu action, or locking before the rest was)."""
        if self._built:
            return
        if self.rest_loader is not None:
            self.rest_loader.join()
        for _step in self._build_steps:
            pass

    def _rest_steps(self) -> Iterator[bool]:
        """The screens behind the unlock, one at a time (a generator: each ``next`` one step)."""
        self.session_lock.listen()  # not before the first paint: the buses take a few ms
        from borne_samtale.ui.screens.cases import DEFAULT_STALE_DRAFT_DAYS, CasesScreen

        self.cases_screen = CasesScreen()
        self.cases_screen.stale_draft_days = int(
            str(self.settings.value(STALE_SETTING, DEFAULT_STALE_DRAFT_DAYS))
        )
        self.stack.addWidget(self.cases_screen)
        yield True
        from borne_samtale.ui.screens.conversation import ConversationScreen

        self.conversation_screen = ConversationScreen()
        self.stack.addWidget(self.conversation_screen)
        yield True
        from borne_samtale.ui.screens.documents import DocumentsScreen

        self.documents_screen = DocumentsScreen()
        self.stack.addWidget(self.documents_screen)
        yield True
        from borne_samtale.ui.dialogs.certificates import CertificateActions
        from borne_samtale.ui.shortcuts import ConversationActions
        from borne_samtale.ui.signing_flow import SigningFlow

        self.signing = SigningFlow(self)
        self.certificates = CertificateActions(self)
        self.conversation_actions = ConversationActions(
            self.talk_menu, self.conversation_screen, self.stack
        )
        self._connect()
        self._built = True

    # The first screen ---------------------------------------------------------------------
    def _show_first_screen(self) -> None:
        if vault_exists(self.vault_dir):
            hint = ""
            if self.demo:
                from borne_samtale.services.demo import DEMO_PASSPHRASE

                hint = with_args(
                    self.tr("Demoboksen med opdigtede sager. Adgangsfrasen er: %1"),
                    DEMO_PASSPHRASE,
                )
            self.unlock_screen.set_hint(hint)
            self.unlock_screen.reset()
            self._show(self.unlock_screen)
            # The wait after failed unlocks outlives the program: a fresh window waits too.
            # Looked up after the first paint (it needs the vault's modules); an attempt made
            # too soon is refused by the vault itself anyway.
            self._after_paint(self.unlock_screen, self._show_unlock_wait)
        elif self.demo:
            self.open_demo()
        else:
            self._show(self.start_screen)

    # Events -----------------------------------------------------------------------------
    def nativeEvent(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        # Windows' session lock, sleep and log-off arrive here (ui/windows_session.py).
        self.session_lock.native_event(eventType, message)
        return super().nativeEvent(eventType, message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.background.wait()
        if self._built:
            self.signing.wait()
        event.accept()


__all__ = ["IDLE_SETTING", "STALE_SETTING", "MainWindow"]
