"""Locking from the window: the key, idle time, a dialog open, the session lock; and unlock."""

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain import CaseworkerProfile, Child, Conversation, LegalBasis, Purpose
from borne_samtale.domain.enums import InterpreterMode
from borne_samtale.guides.loader import load_interpreter_module
from borne_samtale.resources import interpreter_module_path
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.dialogs.passphrase_dialogs import RecoverDialog
from borne_samtale.ui.dialogs.recovery_code import RecoveryCodeDialog
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.ui.widgets.interpreter_panel import InterpreterPanel
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE
from tests.support.gui_helpers import when_dialog

CONTENT = PracticeContent.load()


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, Conversation]:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    service = ConversationService(new.vault)
    service.set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    child = service.add_child(Child(name="Mila", age_years=8))
    conversation = service.start(
        Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION))
    )
    access.lock(new.vault)
    return folder, conversation


def _unlocked(qtbot: QtBot, folder: Path) -> tuple[MainWindow, Vault]:
    window = MainWindow(folder, demo=False, content=CONTENT)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.stack.currentWidget() is window.unlock_screen
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    window.background.wait()
    assert window.session is not None
    return window, window.session.vault


def test_the_lock_key_closes_the_database_and_keeps_typed_words(
    qtbot: QtBot, prepared: tuple[Path, Conversation]
) -> None:
    folder, conversation = prepared
    window, vault = _unlocked(qtbot, folder)
    window.open_conversation(conversation.id)
    qtbot.keyClicks(window.conversation_screen.capture.editor, "Jeg vil hjem til mor")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # at once
    assert window.session is None
    assert not vault.is_open
    assert not any(vault._key)
    assert window.stack.currentWidget() is window.unlock_screen
    again = access.unlock(folder, PASSPHRASE)
    texts = [e.text for e in ConversationService(again).get(conversation.id).entries]
    again.close()
    assert texts == ["Jeg vil hjem til mor"]


def test_idle_time_locks(qtbot: QtBot, prepared: tuple[Path, Conversation]) -> None:
    window, vault = _unlocked(qtbot, prepared[0])
    window.idle.set_timeout_ms(300)
    window.idle.arm()
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    assert not vault.is_open


def test_a_lock_while_a_dialog_is_open_still_locks(
    qtbot: QtBot, prepared: tuple[Path, Conversation]
) -> None:
    window, vault = _unlocked(qtbot, prepared[0])
    seen: list[QWidget] = []

    def lock_now(dialog: QWidget) -> None:
        seen.append(dialog)
        window.lock()

    when_dialog(lock_now)
    window.change_passphrase()  # modal: returns once the lock has closed it
    assert seen
    assert window.session is None
    assert not vault.is_open
    assert QApplication.activeModalWidget() is None


def test_the_desktop_session_lock_locks(qtbot: QtBot, prepared: tuple[Path, Conversation]) -> None:
    window, vault = _unlocked(qtbot, prepared[0])
    window.session_lock.locked.emit()
    assert not vault.is_open


def test_a_wrong_passphrase_says_so_and_waits_longer_each_time(
    qtbot: QtBot, prepared: tuple[Path, Conversation], monkeypatch: pytest.MonkeyPatch
) -> None:
    from borne_samtale.vault import attempts

    folder = prepared[0]
    window = MainWindow(folder, demo=False, content=CONTENT)
    qtbot.addWidget(window)
    screen = window.unlock_screen
    start = attempts.now().replace(microsecond=0)  # as the records keep it
    for attempt in range(1, 5):
        # Each attempt a minute after the last, so the wait (enforced by the vault) is over.
        monkeypatch.setattr(attempts, "now", lambda a=attempt: start + timedelta(minutes=a))
        screen._wait_left = 0
        qtbot.keyClicks(screen.passphrase, "ikke den rigtige frase")
        screen._submit()
        window.background.wait()
        assert "Adgangsfrasen er forkert" in screen.message.text()
        assert window.session is None
        expected_wait = access.unlock_delay(attempt)
        assert screen._wait_left == round(expected_wait)
        assert screen.unlock_button.isEnabled() == (expected_wait == 0)
    assert "Vent" in screen.message.text()


def test_recovery_from_the_unlock_screen(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    ConversationService(new.vault).set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    access.lock(new.vault)
    window = MainWindow(folder, demo=False, content=CONTENT)
    qtbot.addWidget(window)

    def recover(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoverDialog)
        qtbot.keyClicks(dialog.old, new.recovery_code.lower())
        qtbot.keyClicks(dialog.fields.first, "min nye lange adgangsfrase")
        qtbot.keyClicks(dialog.fields.second, "min nye lange adgangsfrase")
        when_dialog(confirm_code)  # the new code, with the same "written down" step
        dialog._try()

    def confirm_code(box: QWidget) -> None:
        assert isinstance(box, RecoveryCodeDialog)
        assert len(box.page.code_label.text()) == 39
        box.close()  # closing is refused until the code is confirmed
        assert box.isVisible()
        box.page.written_down.setChecked(True)
        qtbot.keyClick(box.page.written_down, Qt.Key.Key_Return)  # Enter continues now

    when_dialog(recover)
    window.recover()
    assert window.session is not None
    window.lock()
    access.unlock(folder, "min nye lange adgangsfrase").close()


def test_phone_interpreting_warns_after_ten_minutes(qtbot: QtBot) -> None:
    panel = InterpreterPanel()
    qtbot.addWidget(panel)
    panel.set_module(load_interpreter_module(interpreter_module_path()), InterpreterMode.PHONE)
    panel.update_phone_time(9)
    assert not panel.over_phone_limit(9)
    assert "korte samtaler" not in panel.phone_label.text()
    panel.update_phone_time(11)
    assert panel.over_phone_limit(11)
    assert "korte samtaler" in panel.phone_label.text()
    panel.set_module(load_interpreter_module(interpreter_module_path()), InterpreterMode.VIDEO)
    assert not panel.over_phone_limit(30)


def test_unlocking_deletes_conversations_past_their_retention(qtbot: QtBot, tmp_path: Path) -> None:
    from borne_samtale.services.handover import Handover
    from tests.support.handover import ready_conversation

    folder = tmp_path / "vault"
    vault = access.create(folder, PASSPHRASE).vault
    service = ConversationService(vault)
    handover = Handover(vault, service)
    conversation = handover.sign(ready_conversation(service).id).conversation
    out = tmp_path / "ud"
    out.mkdir()
    handover.export(conversation.id, out)
    handover.mark_transferred(conversation.id, "DUBU-1")
    access.lock(vault)

    _window, opened = _unlocked(qtbot, folder)
    assert ConversationService(opened).summaries() == []
    assert opened.audit.rows()[-1].event == "conversation_purged"


def test_idle_minutes_and_stale_draft_days_are_kept_as_settings(
    qtbot: QtBot, prepared: tuple[Path, Conversation]
) -> None:
    from PySide6.QtWidgets import QInputDialog, QSpinBox

    folder, _conversation = prepared

    def answer(value: int) -> Callable[[QWidget], None]:
        def set_value(dialog: QWidget) -> None:
            assert isinstance(dialog, QInputDialog)
            spin_box = dialog.findChild(QSpinBox)
            assert spin_box is not None
            spin_box.setValue(value)
            dialog.accept()

        return set_value

    window, _vault = _unlocked(qtbot, folder)
    when_dialog(answer(9))
    window.set_idle_minutes()
    when_dialog(answer(30))
    window.set_stale_draft_days()
    assert window.idle.timeout_ms() == 9 * 60_000
    assert window.cases_screen.stale_draft_days == 30
    window.close()

    again = MainWindow(folder, demo=False, content=CONTENT)
    qtbot.addWidget(again)
    assert again.idle.timeout_ms() == 9 * 60_000
    assert again.cases_screen.stale_draft_days == 30
