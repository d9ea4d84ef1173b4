"""Dialogs: Enter does the primary action, the recovery code is confirmed every time it is
shown, the interpreter briefing fits the interpreter mode, and each new note starts from the
child's own words."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain import Interpreter, InterpreterMode, Perspective
from borne_samtale.domain.enums import AgeBand
from borne_samtale.domain.signoff import CheckItem
from borne_samtale.guides.loader import load_interpreter_module
from borne_samtale.resources import interpreter_module_path
from borne_samtale.services import access
from borne_samtale.ui.dialogs.briefing import BriefingDialog
from borne_samtale.ui.dialogs.create_vault import CreateVaultDialog
from borne_samtale.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog, RecoverDialog
from borne_samtale.ui.dialogs.profile import ProfileDialog
from borne_samtale.ui.dialogs.recovery_code import RecoveryCodeDialog
from borne_samtale.ui.dialogs.transfer import TransferDialog
from borne_samtale.ui.dialogs.waiver import WaiverDialog
from borne_samtale.ui.screens.cases import DEFAULT_STALE_DRAFT_DAYS
from borne_samtale.ui.screens.unlock import UnlockScreen
from borne_samtale.ui.widgets.entries import CAPTURE_PERSPECTIVES, EntryCapture
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE
from tests.support.gui_helpers import when_dialog

MODULE = load_interpreter_module(interpreter_module_path())


def _default_button(dialog: QDialog) -> QPushButton | None:
    """The button Enter presses: the visible default button, as QDialog looks for it."""
    for button in dialog.findChildren(QPushButton):
        if button.isDefault() and button.isVisible():
            return button
    return None


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_creates_the_vault_and_enter_continues_once_the_code_is_written_down(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    dialog = _shown(qtbot, CreateVaultDialog(lambda p: access.create(folder, p)))
    assert isinstance(dialog, CreateVaultDialog)
    assert _default_button(dialog) is dialog.create_button
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, PASSPHRASE)
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.created is not None
    assert _default_button(dialog) is dialog.continue_button
    qtbot.keyClick(dialog.written_down, Qt.Key.Key_Return)  # not confirmed: nothing happens
    qtbot.keyClick(dialog.written_down, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.written_down, Qt.Key.Key_Space)
    assert dialog.written_down.isChecked()
    qtbot.keyClick(dialog.written_down, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.code_label.text() == ""  # not kept in the window
    dialog.created.vault.close()


def _item() -> CheckItem:
    return CheckItem(id="x", title="Et punkt", explanation="Hvorfor", reference="§ 1", met=False)


@pytest.mark.parametrize(
    ("make", "primary"),
    [
        (lambda: ChangePassphraseDialog(lambda a, b: None), "OK"),
        (lambda: RecoverDialog(lambda a, b: ""), "OK"),
        (lambda: ProfileDialog(None), "OK"),
        (lambda: TransferDialog(), "Markér"),
        (lambda: WaiverDialog(_item()), "Fravælg"),
        (
            lambda: BriefingDialog(MODULE, Interpreter(), AgeBand.AGE_7_10),
            "Tolken er instrueret",
        ),
        (lambda: RecoveryCodeDialog("ABCD-EFGH"), "Fortsæt"),
    ],
    ids=["change", "recover", "profile", "transfer", "waiver", "briefing", "code"],
)
def test_the_primary_action_is_the_default_button_of_every_dialog(
    qtbot: QtBot, make: object, primary: str
) -> None:
    assert callable(make)
    dialog = _shown(qtbot, make())
    button = _default_button(dialog)
    assert button is not None
    assert button.text().replace("&", "").startswith(primary)


def test_ctrl_enter_waives_and_enter_starts_a_new_line(qtbot: QtBot) -> None:
    dialog = WaiverDialog(_item())
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts work in the active window
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # no reason yet: nothing happens
    qtbot.keyClicks(dialog.reason, "Barnet var syg")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "og kunne ikke komme")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == "Barnet var syg\nog kunne ikke komme"


def test_enter_on_the_unlock_screen_unlocks(qtbot: QtBot) -> None:
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(screen.unlock_requested) as blocker:
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert blocker.args == [PASSPHRASE]


def test_enter_in_the_profile_saves_it(qtbot: QtBot) -> None:
    dialog = _shown(qtbot, ProfileDialog(None))
    assert isinstance(dialog, ProfileDialog)
    qtbot.keyClicks(dialog.name, "Lise Holm")
    qtbot.keyClicks(dialog.title, "Socialrådgiver")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_new_code_after_a_recovery_must_be_confirmed_like_at_creation(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    access.lock(new.vault)
    opened: list[Vault] = []

    def recover(code: str, passphrase: str) -> str:
        again = access.recover(folder, code, passphrase)
        opened.append(again.vault)
        return again.recovery_code

    dialog = _shown(qtbot, RecoverDialog(recover))
    assert isinstance(dialog, RecoverDialog)
    qtbot.keyClicks(dialog.old, new.recovery_code)
    qtbot.keyClicks(dialog.fields.first, "min nye lange adgangsfrase")
    qtbot.keyClicks(dialog.fields.second, "min nye lange adgangsfrase")
    seen: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, RecoveryCodeDialog)
        page = box.page
        seen.append(page.code_label.text())
        qtbot.keyClick(page.written_down, Qt.Key.Key_Return)  # one Enter is not enough
        qtbot.keyClick(page.written_down, Qt.Key.Key_Escape)  # nor is Escape
        assert box.isVisible()
        assert not page.continue_button.isEnabled()
        page.written_down.setChecked(True)
        qtbot.keyClick(page.written_down, Qt.Key.Key_Return)

    when_dialog(confirm)
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(seen) == 1
    assert len(seen[0]) == 39
    assert seen[0] != new.recovery_code
    for vault in opened:
        access.lock(vault)


@pytest.mark.parametrize("mode", list(InterpreterMode))
def test_the_briefing_shows_what_the_interpreter_mode_needs(
    qtbot: QtBot, mode: InterpreterMode
) -> None:
    interpreter = Interpreter(mode=mode, confirmed_adult=True)
    dialog = _shown(qtbot, BriefingDialog(MODULE, interpreter, AgeBand.AGE_7_10))
    assert isinstance(dialog, BriefingDialog)
    assert ("seating" in dialog.items) == (mode is InterpreterMode.IN_PERSON)
    assert set(dialog.items) == {item.id for item in MODULE.briefing_for(mode)}
    assert dialog.items["adult"].isChecked()  # confirmed in the new-conversation form
    for box in dialog.items.values():
        box.setChecked(True)
    assert dialog.interpreter().briefing_done


def test_each_new_note_starts_from_the_childs_own_words(qtbot: QtBot) -> None:
    capture = EntryCapture()
    qtbot.addWidget(capture)
    capture.choose(CAPTURE_PERSPECTIVES.index(Perspective.CASEWORKER_ASSESSMENT))
    qtbot.keyClicks(capture.editor, "Virker tryg")
    current = capture.current()
    assert current is not None
    assert current.perspective is Perspective.CASEWORKER_ASSESSMENT
    capture.finish()
    assert capture.perspective() is Perspective.CHILD_OWN_WORDS
    capture.set_interpreter_present(True)
    assert capture.perspective() is Perspective.CHILD_VIA_INTERPRETER
    capture.choose(CAPTURE_PERSPECTIVES.index(Perspective.CASEWORKER_OBSERVATION))
    qtbot.keyClicks(capture.editor, "Smiler")
    capture.finish()
    assert capture.perspective() is Perspective.CHILD_VIA_INTERPRETER


def test_drafts_are_old_after_three_days_by_default() -> None:
    assert DEFAULT_STALE_DRAFT_DAYS == 3
