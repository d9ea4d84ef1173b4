"""A whole working day in one child process, for tests/e2e/test_plaintext.py.

Run as ``python -m tests.support.plaintext_driver MARKER EXPORT_DIR`` with HOME, XDG_* and TMPDIR
pointing into one test folder. Through the real window (offscreen): create the vault, fill
in the profile, start a conversation whose child, words and tools all carry the marker, copy
some of it, lock, a wrong and a right passphrase, lock again. Then through the services, as
the sign-off screen would: sign, export to EXPORT_DIR, hand over and delete one conversation,
sign and export another. Last, a bug whose message carries the marker escapes a Qt slot.

Prints one JSON line: where things went and every window title seen. The marker itself is
never printed.
"""

import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from borne_samtale.buglog import bug_log_path, install_excepthook
from borne_samtale.domain import (
    CaseworkerProfile,
    ChildWords,
    Conversation,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
    consent,
)
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import Agreement, CaseConsent, LetterDelivery, ParentRole, ToldItem
from borne_samtale.domain.people import ParentPresence
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import Handover
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.clipboard import guard_window
from borne_samtale.ui.dialogs.create_vault import CreateVaultDialog
from borne_samtale.ui.dialogs.new_conversation import NewConversationDialog
from borne_samtale.ui.dialogs.profile import ProfileDialog
from borne_samtale.ui.main_window import IDLE_SETTING, MainWindow
from borne_samtale.ui.screens.conversation import TAB_CLOSING, TAB_HOUSES, TAB_NETWORK, TAB_SCALE
from borne_samtale.ui.widgets.entries import CAPTURE_PERSPECTIVES
from borne_samtale.vault.location import default_vault_dir
from tests.support.common import PASSPHRASE
from tests.support.gui_helpers import when_dialog


def wait_until(condition: Callable[[], bool], ms: int = 20_000) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > ms:
            raise TimeoutError("the window did not get there")
        # An event loop, not QTest.qWait: qWait holds the GIL and starves the app's threads.
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


class TitleWatch(QObject):
    """Every title any window or dialog gets, as it gets it."""

    def __init__(self) -> None:
        super().__init__()
        self.titles: set[str] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowTitleChange and isinstance(watched, QWidget):
            self.titles.add(watched.windowTitle())
        return False

    def look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            self.titles.add(widget.windowTitle())


def run(marker: str, export_dir: Path) -> dict[str, object]:
    install_excepthook()  # as run_gui does
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    watch = TitleWatch()
    app.installEventFilter(watch)
    vault_dir = default_vault_dir()
    window = MainWindow(vault_dir, demo=False, content=PracticeContent.load())
    guard_window(window)
    window.show()
    window.activateWindow()
    wait_until(window.isActiveWindow)

    # First start: the vault, the recovery code, the profile.
    def profile(dialog: QWidget) -> None:
        if not isinstance(dialog, ProfileDialog):
            when_dialog(profile)
            return
        watch.look()
        QTest.keyClicks(dialog.name, "Lise Holm")
        QTest.keyClicks(dialog.title, "Socialrådgiver")
        dialog.accept()

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, CreateVaultDialog)
        QTest.keyClicks(dialog.fields.first, PASSPHRASE)
        QTest.keyClicks(dialog.fields.second, PASSPHRASE)
        when_dialog(profile)
        dialog.create_button.click()
        wait_until(lambda: dialog.pages.currentIndex() == 1)
        dialog.written_down.setChecked(True)
        dialog.continue_button.click()

    when_dialog(create)
    window.start_screen.create_button.click()
    assert window.session is not None

    # A new conversation: the child's name and everything typed carry the marker.
    def new_conversation(dialog: QWidget) -> None:
        assert isinstance(dialog, NewConversationDialog)
        watch.look()
        QTest.keyClicks(dialog.child_name, f"{marker} Barn")
        QTest.keyClicks(dialog.case_number, "S-2026-99")
        dialog.birth_known.setChecked(False)
        dialog.age.setValue(11)
        QTest.keyClicks(dialog.measure, f"Aflastning {marker}")
        QTest.keyClicks(dialog.decision_section, "§ 32")
        QTest.keyClicks(dialog.place, f"Hjemme hos {marker}")
        QTest.keyClicks(dialog.parent_rows[0][2], f"{marker} ville tale alene")
        dialog.bisidder_offered.setChecked(True)
        dialog._accept()

    when_dialog(new_conversation)
    window.new_conversation()
    screen = window.conversation_screen
    assert screen.conversation is not None
    conversation_id = screen.conversation.id
    window.activateWindow()
    wait_until(window.isActiveWindow)
    watch.look()

    screen.phases.setCurrentRow(2)
    editor = screen.capture.editor
    for index, _perspective in enumerate(CAPTURE_PERSPECTIVES):
        editor.setFocus()
        QTest.keyClick(editor, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.AltModifier)
        QTest.keyClicks(editor, f"Jeg hedder {marker} og er {index} år")
        watch.look()
        if index == 0:  # the caseworker copies a child's sentence
            editor.selectAll()
            QTest.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
            assert guard_holding(window)
            QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    screen.tabs.setCurrentIndex(TAB_SCALE)
    screen.new_scale_button.click()
    QTest.keyClicks(screen.scale.question_edit, f"Hvor glad er {marker}?")
    QTest.keyClicks(screen.scale.low_end_edit, "Slet ikke")
    QTest.keyClicks(screen.scale.high_end_edit, "Rigtig")
    screen.scale.number_row.setFocus()
    QTest.keyClick(screen.scale.number_row, Qt.Key.Key_7)
    QTest.keyClicks(screen.scale.reason_box.edit, f"Fordi {marker}")
    screen.tabs.setCurrentIndex(TAB_HOUSES)
    QTest.keyClicks(screen.houses.columns[1].input, f"Når {marker} er ked af det")
    QTest.keyClick(screen.houses.columns[1].input, Qt.Key.Key_Return)
    screen.tabs.setCurrentIndex(TAB_NETWORK)
    screen.network.add_person()
    QTest.keyClicks(screen.network.label_edit, f"Farmor {marker}")
    QTest.keyClick(screen, Qt.Key.Key_F12)  # the child view, and back
    watch.look()
    QTest.keyClick(screen, Qt.Key.Key_F12)
    screen.tabs.setCurrentIndex(TAB_CLOSING)
    closing = screen.closing
    closing.read_back_done.setChecked(True)
    QTest.keyClicks(closing.measure_view, f"Det vil {marker} gerne")
    QTest.keyClicks(closing.next_steps, "Du hører fra mig")
    watch.look()
    window.settings.setValue(IDLE_SETTING, 7)  # the app's own settings file, written for real
    window.settings.sync()

    # Lock; a wrong passphrase; the right one; lock again.
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    unlock = window.unlock_screen
    QTest.keyClicks(unlock.passphrase, "ikke den rigtige frase")
    QTest.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    window.background.wait()
    QTest.keyClicks(unlock.passphrase, PASSPHRASE)
    unlock._wait_left = 0
    QTest.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    window.background.wait()
    assert window.session is not None
    window.open_conversation(conversation_id)
    watch.look()
    window.lock()

    # Sign-off, export, hand-over and deletion through the services.
    vault = access.unlock(vault_dir, PASSPHRASE)
    service = ConversationService(vault)
    handover = Handover(vault, service)
    service.set_caseworker(
        CaseworkerProfile(
            name="Lise Holm",
            title="Socialrådgiver",
            unit="Børn og Unge",
            municipality="Demo Kommune",
            phone="12 34 56 78",
        )
    )
    child_id = service.get(conversation_id).child_id
    exported = []
    for round_ in ("slettes", "bliver"):
        ready = _ready(service, child_id, marker, round_)
        handover.sign(ready.id)
        exported.append(str(handover.export(ready.id, export_dir)))
        if round_ == "slettes":
            handover.mark_transferred(ready.id, "SAG-1")
            handover.purge(ready.id)
        else:
            kept = ready.id
    access.lock(vault)

    # A bug in a slot whose message holds the child's words.
    def boom() -> None:
        raise RuntimeError(f"{marker} sagde noget")

    QTimer.singleShot(0, boom)
    QTimer.singleShot(200, app.quit)
    app.exec()  # as in the app: the hook reports it and the event loop goes on
    window.close()
    app.processEvents()
    watch.look()
    return {
        "vault": str(vault_dir),
        "settings": window.settings.fileName(),
        "titles": sorted(watch.titles),
        "gui_conversation": str(conversation_id),
        "exported_conversation": str(kept),
        "exported": exported,
        "bug_log": str(bug_log_path()),
    }


def guard_holding(window: MainWindow) -> bool:
    from borne_samtale.ui.clipboard import HISTORY_HINT

    mime = QApplication.clipboard().mimeData()
    return mime is not None and mime.hasFormat(HISTORY_HINT) and window.session is not None


def _ready(
    service: ConversationService, child_id: object, marker: str, round_: str
) -> Conversation:
    from uuid import UUID

    assert isinstance(child_id, UUID)
    conversation = Conversation(
        child_id=child_id,
        starts_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
        place=f"Skolen {round_}",
        legal_basis=LegalBasis(
            purpose=Purpose.BEFORE_DECISION,
            decision_section="§ 32",
            concrete_measure=f"Kontaktperson for {marker}",
        ),
        child_was_told=list(ToldItem),
    )
    conversation.presence.parents = [ParentPresence(role=ParentRole.MOTHER, present=True)]
    conversation.presence.bisidder_offered = True
    conversation.read_back.done = True
    conversation.read_back.agreement = Agreement.AGREES
    conversation.closing.child_view_of_measure = ChildWords(text=f"{marker} vil gerne prøve")
    conversation.closing.next_steps_told = ["Du hører fra mig inden jul"]
    conversation.letter.delivery = LetterDelivery.IN_PERSON
    conversation.entries = [
        Entry(text=f"Jeg elsker {marker} og fodbold", perspective=Perspective.CHILD_OWN_WORDS)
    ]
    for quote in consent.quotes(conversation):  # the child said yes, also to the letter
        quote.set_consent(QuoteConsent(case=CaseConsent.YES, in_letter=True))
    service.start(conversation)
    return service.get(conversation.id)


if __name__ == "__main__":
    report = run(sys.argv[1], Path(sys.argv[2]))
    print(json.dumps(report))
