"""The main window: start, unlock, cases, the conversation and its signed documents, with
locking around them all.

Locking closes the database and drops the key: the window then shows only the unlock
screen, and any open dialog is closed first.
"""

import math
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

# QtCore.Qt, not Qt: importing that name builds it, which would delay the first paint
# (ui/first_paint.py); QtCore.Qt is built when first used, after it.
from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from borne_samtale import __version__
from borne_samtale.errors import UserError
from borne_samtale.resources import resource_dir
from borne_samtale.ui.integrity import IntegrityWatch
from borne_samtale.ui.lock import DEFAULT_IDLE_MINUTES, IdleWatcher, SessionLockWatcher
from borne_samtale.ui.screens.start import StartScreen
from borne_samtale.ui.screens.unlock import UnlockScreen
from borne_samtale.ui.worker import Background
from borne_samtale.vault.location import VaultPaths

# Everything below is imported after the unlock screen is painted (see RestLoader): the
# screens behind the unlock, QtCharts, QtPdf, the services, pydantic and the guides.
if TYPE_CHECKING:
    from borne_samtale.services.session import PracticeContent, Session
    from borne_samtale.ui.dialogs.certificates import CertificateActions
    from borne_samtale.ui.screens.cases import CasesScreen
    from borne_samtale.ui.screens.conversation import ConversationScreen
    from borne_samtale.ui.screens.documents import DocumentsScreen
    from borne_samtale.ui.shortcuts import ConversationActions
    from borne_samtale.ui.signing_flow import SigningFlow
    from borne_samtale.vault.vault import Vault

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


IDLE_SETTING = "lock/idle_minutes"
STALE_SETTING = "cases/stale_draft_days"


class MainWindow(QMainWindow):
    """The window. With ``defer`` (the program's start, ``run_gui``) it builds only what the
    unlock screen needs, so that screen is painted first; the rest is imported on a thread
    and built on the window's thread a screen at a time while the passphrase is typed or the
    key is derived. Without it (tests, tools) everything is built at once, as before."""

    # Built after the first paint when deferred (see _build_rest).
    cases_screen: "CasesScreen"
    conversation_screen: "ConversationScreen"
    documents_screen: "DocumentsScreen"
    signing: "SigningFlow"
    certificates: "CertificateActions"
    conversation_actions: "ConversationActions"

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
        self.session: Session | None = None
        # Where the caseworker was when the vault locked (conversation id, tab): unlocking
        # goes back there.
        self._return_to: tuple[str, int] | None = None
        self.unlock_warning: QMessageBox | None = None  # what the last unlock found, if any
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

        self._paint_waits: dict[QObject, Callable[[], None]] = {}
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

    # Menus ------------------------------------------------------------------------------
    def _action(self, text: str, keys: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if keys:
            # setShortcuts with a parsed list: setShortcut's overloads build the Qt namespace.
            action.setShortcuts([QKeySequence.fromString(keys)])
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Boks"))
        self.lock_action = self._action(self.tr("&Lås nu"), "Ctrl+L", self.lock)
        self.passphrase_action = self._action(
            self.tr("Skift &adgangsfrase …"), None, self.change_passphrase
        )
        self.profile_action = self._action(self.tr("Din &profil …"), None, self.edit_profile)
        self.idle_action = self._action(self.tr("&Automatisk lås …"), None, self.set_idle_minutes)
        self.stale_action = self._action(
            self.tr("&Gamle kladder …"), None, self.set_stale_draft_days
        )
        self.language_action = self._action(self.tr("&Sprog / Language …"), None, self.set_language)
        self.certificate_import_action = self._action(
            self.tr("Brug organisationens &certifikat …"), None, self.import_certificate
        )
        self.certificate_export_action = self._action(
            self.tr("&Eksportér certifikatet til IT …"), None, self.export_certificate
        )
        self.exports_action = self._action(
            self.tr("E&ksporter på computeren …"), None, self.show_exports
        )
        quit_action = self._action(self.tr("&Afslut"), "Ctrl+Q", self.close)
        for number, group in enumerate(
            (
                (self.lock_action,),
                (self.passphrase_action, self.profile_action, self.idle_action, self.stale_action),
                (self.language_action,),
                (self.certificate_import_action, self.certificate_export_action),
                (self.exports_action,),
                (quit_action,),
            )
        ):
            if number:
                vault_menu.addSeparator()
            vault_menu.addActions(list(group))
        talk_menu = self.menuBar().addMenu(self.tr("&Samtale"))
        self.new_action = self._action(self.tr("&Ny samtale …"), None, self.new_conversation)
        talk_menu.addAction(self.new_action)
        self.preview_action = self._action(
            self.tr("Se &udkast til referat og brev …"), "Ctrl+Shift+P", self.preview_drafts
        )
        talk_menu.addAction(self.preview_action)
        self.talk_menu = talk_menu  # the conversation's own actions follow with its screen
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        help_menu.addAction(self._action(self.tr("&Brugervejledning …"), "F1", self.show_help))
        help_menu.addAction(self._action(self.tr("&Tastaturgenveje …"), None, self.show_shortcuts))
        help_menu.addAction(self._action(self.tr("&Om Børnesamtale"), None, self.about))
        self._set_unlocked_actions(False)

    def _set_unlocked_actions(self, on: bool) -> None:
        for action in (
            self.lock_action,
            self.passphrase_action,
            self.profile_action,
            self.new_action,
            self.preview_action,
            self.certificate_import_action,
            self.certificate_export_action,
            self.exports_action,
        ):
            action.setEnabled(on)

    def _connect(self) -> None:
        self.cases_screen.open_requested.connect(self.open_conversation)
        self.cases_screen.new_requested.connect(self.new_conversation)
        self.conversation_screen.back_requested.connect(self.back_to_cases)
        self.conversation_screen.saved.connect(
            lambda at: self.saved_label.setText(self.tr("Gemt %1").replace("%1", at))
        )
        self.conversation_screen.save_failed.connect(self._save_failed)
        self.conversation_screen.child_view_changed.connect(self._child_view_changed)
        self.conversation_screen.sign_requested.connect(self.sign_conversation)
        self.conversation_screen.preview_requested.connect(self.preview_drafts)
        self.signing.signed.connect(self._signed)
        self.signing.failed.connect(self.open_conversation)
        self.documents_screen.back_requested.connect(self.back_to_cases)
        self.documents_screen.addendum_started.connect(self._open_addendum)
        self.documents_screen.purged.connect(self._purged)

    # Screens ----------------------------------------------------------------------------
    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def _show_first_screen(self) -> None:
        if VaultPaths(self.vault_dir).exists():
            hint = ""
            if self.demo:
                from borne_samtale.services.demo import DEMO_PASSPHRASE

                hint = self.tr("Demoboksen med opdigtede sager. Adgangsfrasen er: %1").replace(
                    "%1", DEMO_PASSPHRASE
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

    def create_vault(self) -> None:
        from borne_samtale.services import access
        from borne_samtale.ui.dialogs.create_vault import CreateVaultDialog

        dialog = CreateVaultDialog(lambda p: access.create(self.vault_dir, p), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created is None:
            return
        self._start_session(dialog.created.vault)

    def open_demo(self) -> None:
        """Create the demo vault (invented cases) beside the real one, and show its unlock."""
        from borne_samtale.services import access
        from borne_samtale.services.demo import default_demo_dir, open_demo_vault

        self.demo = True
        self.vault_dir = default_demo_dir()
        self._return_to = None
        if not VaultPaths(self.vault_dir).exists():
            access.lock(open_demo_vault(self.vault_dir))  # made at the floors: no calibration
        self._show_first_screen()

    def unlock(self, passphrase: str) -> None:
        folder = self.vault_dir

        def work() -> object:
            from borne_samtale.services import access

            # The full integrity check runs after the case list is shown (_start_session).
            return access.unlock(folder, passphrase, check_integrity=False)

        self.background.start(work, self._unlocked, self._unlock_failed)

    def _unlocked(self, vault: object) -> None:
        from borne_samtale.vault.vault import Vault

        assert isinstance(vault, Vault)
        self.unlock_screen.reset()
        self._start_session(vault)

    def _unlock_failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        from borne_samtale.services import access

        wait = math.ceil(access.unlock_wait(self.vault_dir))  # never enabled too early
        self.unlock_screen.show_error(str(error), wait)

    def recover(self) -> None:
        from borne_samtale.services import access
        from borne_samtale.services.access import NewVault
        from borne_samtale.ui.dialogs.passphrase_dialogs import RecoverDialog

        holder: dict[str, NewVault] = {}

        def act(code: str, new_passphrase: str) -> str:
            holder["new"] = access.recover(self.vault_dir, code, new_passphrase)
            return holder["new"].recovery_code

        dialog = RecoverDialog(act, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and "new" in holder:
            self._start_session(holder["new"].vault)
        elif "new" in holder:
            access.lock(holder["new"].vault)  # locked while the new code was shown

    def _start_session(self, vault: "Vault") -> None:
        from borne_samtale.services.session import Session

        self._ensure_built()
        self.session = Session(vault, self.content)
        self._show_unlock_warnings(vault.warnings)
        # Conversations handed over to the case and past their retention are deleted now.
        self.session.handover.purge_due()
        self._set_unlocked_actions(True)
        self.idle.arm()
        if self.session.conversations.caseworker() is None:
            self.edit_profile()
        if self.session is None:
            return  # locked while the profile dialog was open
        self.cases_screen.set_service(self.session.conversations)
        self._show(self.cases_screen)
        self._after_paint(self.cases_screen, self._check_integrity)
        self._return_to_place()

    def _show_unlock_wait(self) -> None:
        from borne_samtale.services import access

        wait = math.ceil(access.unlock_wait(self.vault_dir))  # never enabled too early
        if wait > 0 and self.session is None:
            from borne_samtale.vault.attempts import message_for_wait

            self.unlock_screen.show_error(message_for_wait(wait), wait)

    def _after_paint(self, widget: QWidget, then: "Callable[[], None]") -> None:
        """``then`` once ``widget`` has been painted (at the end of that event-loop pass)."""
        self._paint_waits[widget] = then
        widget.installEventFilter(self)

    def _check_integrity(self) -> None:
        if self.session is not None and not self.integrity.running:
            self.integrity.start(self.session.vault)

    def _integrity_checked(self) -> None:
        problem = self.integrity.problem
        self.integrity_label.setText(problem or "")
        if problem is not None:
            QMessageBox.warning(self, self.tr("Kontrol af boksen"), problem)

    def _return_to_place(self) -> None:
        """After an unlock: back to the conversation and tab the caseworker had open."""
        place, self._return_to = self._return_to, None
        if place is None or self.session is None:
            return
        conversation_id, tab = place
        try:
            conversation = self.session.conversations.get(UUID(conversation_id))
        except UserError:  # gone meanwhile (purged): the case list it is
            return
        from borne_samtale.domain import ConversationStatus

        if conversation.sign_off.status is not ConversationStatus.DRAFT:
            return
        self.open_conversation(conversation.id, brief=False)
        if self.stack.currentWidget() is self.conversation_screen:
            self.conversation_screen.tabs.setCurrentIndex(tab)

    def _show_unlock_warnings(self, warnings: list[str]) -> None:
        """What the unlock found (already in the audit trail), said plainly, not blocking."""
        if not warnings:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Advarsel"),
            "\n\n".join(warnings),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(self.tr("Advarsel ved oplåsning"))
        self.unlock_warning = box
        box.open()

    def back_to_cases(self) -> None:
        self._return_to = None
        self.conversation_screen.close_conversation()
        self.documents_screen.close_documents()
        if self.session is not None:
            self.cases_screen.reload()
            self._show(self.cases_screen)

    def open_conversation(self, conversation_id: UUID, *, brief: bool = True) -> None:
        if self.session is None:
            return
        from borne_samtale.domain import ConversationStatus

        conversation = self.session.conversations.get(conversation_id)
        if conversation.sign_off.status is not ConversationStatus.DRAFT:
            self.open_documents(conversation_id)
            return
        self.conversation_screen.open(self.session, conversation)
        self._show(self.conversation_screen)
        self.conversation_screen.capture.editor.setFocus()
        interpreter = conversation.presence.interpreter
        if brief and interpreter is not None and not interpreter.briefing_done:
            self.brief_interpreter()

    def open_documents(self, conversation_id: UUID) -> None:
        if self.session is None:
            return
        try:
            self.documents_screen.open(self.session, conversation_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Dokumenterne"), str(exc))
            return
        self._show(self.documents_screen)

    def sign_conversation(self) -> None:
        conversation = self.conversation_screen.conversation
        if self.session is None or conversation is None:
            return
        if self.integrity.running:  # signing waits for the check that is under way
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
            try:
                self.integrity.wait()
            finally:
                QApplication.restoreOverrideCursor()
        if self.integrity.problem is not None:
            QMessageBox.warning(self, self.tr("Kan ikke underskrive"), self.integrity.problem)
            return
        if not self.signing.confirm():
            return
        self.conversation_screen.end_for_signing()  # the end time and duration go in too
        self.signing.start(self.session, conversation.id)

    def preview_drafts(self) -> None:
        """The referat and the letter as they would be signed now, marked as a draft."""
        screen = self.conversation_screen
        if self.session is None or screen.conversation is None:
            return
        from borne_samtale.services.preview import draft_documents
        from borne_samtale.ui.dialogs.preview import PreviewDialog

        screen.flush()  # the scale history is read from the vault: the newest words too
        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            drafts = draft_documents(self.session.conversations, screen.conversation)
        finally:
            QApplication.restoreOverrideCursor()
        PreviewDialog(drafts, self).exec()

    def _signed(self, conversation_id: UUID) -> None:
        self.conversation_screen.close_conversation(save=False)
        self.open_documents(conversation_id)
        self.statusBar().showMessage(self.tr("Referat og brev er underskrevet."), 5000)

    def _open_addendum(self, conversation_id: UUID) -> None:
        self.documents_screen.close_documents()
        self.open_conversation(conversation_id)

    def _purged(self, receipt: str) -> None:
        self.back_to_cases()
        QMessageBox.information(
            self,
            self.tr("Slettet"),
            self.tr(
                "Samtalen er slettet fra computeren. Loggen har en kvittering uden indhold: %1"
            ).replace("%1", receipt)
            + (
                " " + self.tr("En eksport blev ikke slettet; se Boks > Eksporter på computeren.")
                if "ikke slettet" in receipt
                else ""
            ),
        )

    def new_conversation(self) -> None:
        if self.session is None:
            return
        from borne_samtale.ui.dialogs.new_conversation import NewConversationDialog, is_new_child

        service = self.session.conversations
        dialog = NewConversationDialog(
            service.children(), self.content.guides, self, usual_places=service.usual_places()
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted or self.session is None or dialog.result_conversation is None:
            return
        child = dialog.result_child
        assert child is not None
        if is_new_child(dialog):
            service.add_child(child)
        conversation = service.start(dialog.result_conversation)
        self.open_conversation(conversation.id)

    def brief_interpreter(self) -> None:
        screen = self.conversation_screen
        if self.session is None or screen.conversation is None or screen.child is None:
            return
        interpreter = screen.conversation.presence.interpreter
        if interpreter is None:
            return
        from borne_samtale.domain.age import age_band_for
        from borne_samtale.ui.dialogs.briefing import BriefingDialog

        band = age_band_for(screen.child.age_on(screen.conversation.starts_at.date()))
        dialog = BriefingDialog(self.content.interpreter, interpreter, band, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if self.session is None or screen.conversation is None:
            return  # locked meanwhile
        if accepted:
            screen.conversation.presence.interpreter = dialog.interpreter()
            screen.save_now()

    # Vault actions ----------------------------------------------------------------------
    def edit_profile(self) -> None:
        if self.session is None:
            return
        from borne_samtale.ui.dialogs.profile import ProfileDialog

        dialog = ProfileDialog(self.session.conversations.caseworker(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.session is not None:
            self.session.conversations.set_caseworker(dialog.profile())

    def change_passphrase(self) -> None:
        if self.session is None:
            return
        from borne_samtale.services import access
        from borne_samtale.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog

        vault = self.session.vault
        dialog = ChangePassphraseDialog(
            lambda old, new: access.change_passphrase(vault, old, new),
            self,
            personal_words=vault.personal_words(),  # their own name is easy to guess
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Adgangsfrasen er skiftet."), 5000)

    def set_idle_minutes(self) -> None:
        current = self.idle.timeout_ms() // 60_000
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Automatisk lås"),
            self.tr("Lås boksen efter så mange minutter uden brug:"),
            current,
            1,
            60,
        )
        if ok:
            self.idle.set_timeout_ms(minutes * 60_000)
            self.settings.setValue(IDLE_SETTING, minutes)

    def set_stale_draft_days(self) -> None:
        self._ensure_built()
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Gamle kladder"),
            self.tr("Markér en kladde, der ikke er rørt i så mange dage:"),
            self.cases_screen.stale_draft_days,
            1,
            365,
        )
        if ok:
            self.cases_screen.stale_draft_days = days
            self.settings.setValue(STALE_SETTING, days)
            self.cases_screen.refresh()

    def set_language(self) -> None:
        from borne_samtale.ui.i18n import DANISH, ENGLISH, LANGUAGE_SETTING

        choices = ["Dansk", "English"]
        current = 1 if self.settings.value(LANGUAGE_SETTING) == ENGLISH else 0
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Sprog / Language"),
            self.tr("Sproget skifter, næste gang programmet starter."),
            choices,
            current,
            False,
        )
        if ok:
            self.settings.setValue(LANGUAGE_SETTING, ENGLISH if choice == "English" else DANISH)

    def import_certificate(self) -> None:
        if self.session is not None:
            self.certificates.import_pkcs12(self.session)

    def export_certificate(self) -> None:
        if self.session is not None:
            self.certificates.export(self.session)

    def show_help(self) -> None:
        """F1: the user guide, at the part for the screen in use."""
        from borne_samtale.ui.help import HelpDialog

        HelpDialog(self.help_section(), self).exec()

    def show_shortcuts(self) -> None:
        from borne_samtale.ui import help as guide
        from borne_samtale.ui.help import HelpDialog

        self._ensure_built()
        HelpDialog(guide.SHORTCUTS, self).exec()

    def help_section(self) -> str:
        """The guide's section for what is on screen now."""
        from borne_samtale.ui import help as guide

        shown = self.stack.currentWidget()
        if shown is self.unlock_screen:
            return guide.UNLOCK
        if not self._built:  # the rest is still being built behind the unlock screen
            return guide.START
        from borne_samtale.ui.screens.conversation import (
            TAB_CHECK,
            TAB_CLOSING,
            TAB_HOUSES,
            TAB_NETWORK,
            TAB_SCALE,
        )

        if shown is self.cases_screen:
            return guide.CASES
        if shown is self.documents_screen:
            return guide.DOCUMENTS
        if shown is self.conversation_screen:
            screen = self.conversation_screen
            if screen.child_view:
                return guide.CHILD_SCREEN
            return {
                TAB_SCALE: guide.SCALE,
                TAB_HOUSES: guide.HOUSES,
                TAB_NETWORK: guide.NETWORK,
                TAB_CLOSING: guide.CLOSING,
                TAB_CHECK: guide.CHECKLIST,
            }.get(screen.tabs.currentIndex(), guide.PHASES)
        return guide.START

    def exports_on_disk(self) -> list[str]:
        """Folders of export bundles the program wrote that are still on the disk: the
        child's words in plain text until the hand-over's deletion removes them."""
        from borne_samtale.services import exports

        if self.session is None:
            return []
        return [str(e.path) for e in exports.on_disk(self.session.vault.connection)]

    def show_exports(self) -> None:
        found = self.exports_on_disk()
        if found:
            text = (
                self.tr(
                    "Disse eksporter ligger stadig på computeren med samtalens ord i klar tekst. "
                    "De slettes, når samtalen er overført til sagen og slettes:"
                )
                + "\n\n"
                + "\n".join(found)
            )
        else:
            text = self.tr("Der ligger ingen eksporter fra programmet på computeren.")
        QMessageBox.information(self, self.tr("Eksporter på computeren"), text)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Børnesamtale"),
            self.tr(
                "Børnesamtale %1\n\nEn guide og krypteret notesbog til samtaler med børn. "
                "Alt gemmes krypteret på denne computer, og intet sendes nogen steder hen."
            ).replace("%1", __version__),
        )

    def lock(self) -> None:
        """Close every dialog, save what is pending, close the database, drop the key."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        if self._built:
            if self.session is not None:
                self._return_to = self.conversation_screen.place()
            self.conversation_screen.close_conversation()  # waits for the last words' save
            self.documents_screen.close_documents()
            self.cases_screen.set_service(None)
        self.idle.disarm()
        self.integrity.cancel()  # an unfinished check of the vault being locked: dropped
        session, self.session = self.session, None
        if session is not None:
            session.lock()
        self._set_unlocked_actions(False)
        self.saved_label.clear()
        if VaultPaths(self.vault_dir).exists():
            self.unlock_screen.reset()
            self._show(self.unlock_screen)

    # Events -----------------------------------------------------------------------------
    def _save_failed(self, error: object) -> None:
        """Said once, in one sentence; the label stays until a save goes through again."""
        already_told = self.saved_label.text() == self.tr("Ikke gemt")
        self.saved_label.setText(self.tr("Ikke gemt"))
        if isinstance(error, Exception) and not isinstance(error, UserError):
            from borne_samtale.buglog import record_bug

            record_bug(error)  # a bug: its type and frames for IT, never its message
        if already_told:
            return
        message = (
            str(error)
            if isinstance(error, UserError)
            else self.tr(
                "Det sidste kunne ikke gemmes. Teksten står stadig i vinduet; prøv igen, "
                "eller kontakt IT-support."
            )
        )
        QMessageBox.warning(self, self.tr("Ikke gemt"), message)

    def _child_view_changed(self, on: bool) -> None:
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)

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


__all__ = ["MainWindow"]
