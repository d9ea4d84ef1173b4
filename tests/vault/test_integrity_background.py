"""The full integrity check off the unlock path: the window opens the vault without it and
runs it on its own connection once the case list is painted; a failure is said in one
sentence and blocks signing. Real encrypted vaults on disk, real widgets offscreen."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    Conversation,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
)
from borne_samtale.errors import VaultCorrupted
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.ui.integrity import PROBLEM
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.ui.screens.conversation import ConversationScreen
from borne_samtale.vault.location import VaultPaths
from tests.support.common import PASSPHRASE

PAGE = 4096


def _vault_with_words(folder: Path) -> Conversation:
    """A closed vault with a caseworker, a child and a draft conversation of many entries."""
    vault = access.create(folder, PASSPHRASE).vault
    service = ConversationService(vault)
    service.set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    child = service.add_child(Child(name="Ida", age_years=9))
    conversation = service.start(
        Conversation(
            child_id=child.id,
            starts_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
            legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION),
        )
    )
    for number in range(120):
        text = f"notat nummer {number} " * 20
        service.add_entry(
            conversation.id, Entry(text=text, perspective=Perspective.CHILD_OWN_WORDS)
        )
    access.lock(vault)
    return conversation


def _flip_a_late_page(folder: Path) -> None:
    """A byte inside a page near the end (entries, not read when the vault is opened)."""
    database = VaultPaths(folder).database
    data = bytearray(database.read_bytes())
    assert len(data) > 20 * PAGE
    data[len(data) - 3 * PAGE + 100] ^= 0xFF
    database.write_bytes(bytes(data))


def test_the_check_on_its_own_connection_passes_an_intact_vault(vault_dir: Path) -> None:
    _vault_with_words(vault_dir)
    vault = access.unlock(vault_dir, PASSPHRASE, check_integrity=False)
    try:
        check = vault.integrity_check()
        assert check.run() is True
        assert set(check._key) == {0}  # its copy of the key is zeroed when it ends
        assert vault.connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 120
    finally:
        access.lock(vault)


def test_a_damaged_page_opens_without_the_check_and_the_check_finds_it(vault_dir: Path) -> None:
    _vault_with_words(vault_dir)
    _flip_a_late_page(vault_dir)
    with pytest.raises(VaultCorrupted):  # the command line still checks at unlock
        access.unlock(vault_dir, PASSPHRASE)
    vault = access.unlock(vault_dir, PASSPHRASE, check_integrity=False)
    try:
        with pytest.raises(VaultCorrupted):
            vault.integrity_check().run()
    finally:
        access.lock(vault)


def test_a_cancelled_check_reports_nothing(vault_dir: Path) -> None:
    _vault_with_words(vault_dir)
    _flip_a_late_page(vault_dir)
    vault = access.unlock(vault_dir, PASSPHRASE, check_integrity=False)
    try:
        check = vault.integrity_check()
        check.cancel()
        assert check.run() is False
    finally:
        access.lock(vault)


def _unlocked_window(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(folder, demo=False)
    qtbot.addWidget(window)
    window.show()
    window.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=60_000)
    assert window.stack.currentWidget() is window.cases_screen
    return window


def test_the_window_checks_after_the_case_list_and_an_intact_vault_passes(
    qtbot: QtBot, vault_dir: Path
) -> None:
    _vault_with_words(vault_dir)
    window = _unlocked_window(qtbot, vault_dir)
    qtbot.waitUntil(lambda: window.integrity.passed, timeout=60_000)
    assert window.integrity.problem is None
    assert window.integrity_label.text() == ""
    window.close()


def test_a_failed_check_is_said_once_and_blocks_signing(
    qtbot: QtBot, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversation = _vault_with_words(vault_dir)
    _flip_a_late_page(vault_dir)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: told.append(text))
    window = _unlocked_window(qtbot, vault_dir)  # opened: the page is not read at unlock
    with qtbot.waitSignal(window.integrity.finished, timeout=60_000):
        pass
    assert told == [PROBLEM]
    assert PROBLEM.count(".") == 1  # one plain sentence
    assert window.integrity_label.text() == PROBLEM
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return True

    monkeypatch.setattr(window.signing, "confirm", confirm)
    # As if it were open (reading its entries would meet the damaged page: refused on read).
    monkeypatch.setattr(ConversationScreen, "conversation", property(lambda _s: conversation))
    window.sign_conversation()
    assert asked == []  # never reached the signing dialog
    assert told == [PROBLEM, PROBLEM]
    window.lock()
    window.close()


def test_locking_while_the_check_runs_drops_it(qtbot: QtBot, vault_dir: Path) -> None:
    _vault_with_words(vault_dir)
    window = _unlocked_window(qtbot, vault_dir)
    window.lock()  # whether or not it had started: nothing left running, nothing told
    assert not window.integrity.running
    assert window.integrity.problem is None
    assert window.stack.currentWidget() is window.unlock_screen
    window.close()
