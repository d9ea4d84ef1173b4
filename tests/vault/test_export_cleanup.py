"""Hand-over deletes the export bundles the program wrote for the conversation (after the
caseworker confirmed the documents are in the case system); the receipt lists what was
removed; a bundle changed since is left and named; exports on disk are listed in the vault
menu. Before: the window said "slettet" while samtale.json with every word stayed."""

from datetime import timedelta
from pathlib import Path
from uuid import UUID

import pytest
from pytestqt.qtbot import QtBot

from borne_samtale.services import access, exports
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import Handover
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE
from tests.support.handover import MARKER, ready_conversation


@pytest.fixture
def exported(vault: Vault, tmp_path: Path) -> tuple[Handover, UUID, Path]:
    service = ConversationService(vault)
    handover = Handover(vault, service)
    conversation = handover.sign(ready_conversation(service).id).conversation
    out = tmp_path / "til-sagen"
    out.mkdir()
    bundle = handover.export(conversation.id, out)
    assert MARKER in (bundle / "samtale.json").read_text(encoding="utf-8")
    return handover, conversation.id, bundle


def _words_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and MARKER.encode() in p.read_bytes()]


def test_the_purge_after_hand_over_removes_the_bundle_and_says_so(
    vault: Vault, exported: tuple[Handover, UUID, Path]
) -> None:
    handover, conversation_id, bundle = exported
    assert [e.path for e in exports.on_disk(vault.connection)] == [bundle.resolve()]
    handover.mark_transferred(conversation_id, "SAG-1", timedelta(0))
    receipt = handover.purge(conversation_id)
    assert f"eksport {bundle.name} slettet" in receipt
    assert not bundle.exists()
    assert _words_under(bundle.parent) == []
    assert vault.audit.rows()[-1].subject == receipt  # the receipt in the audit trail
    assert exports.on_disk(vault.connection) == []
    assert MARKER not in receipt


def test_a_bundle_changed_since_is_left_named_and_still_listed(
    vault: Vault, exported: tuple[Handover, UUID, Path]
) -> None:
    handover, conversation_id, bundle = exported
    record = bundle / "samtale.json"
    record.write_text(record.read_text(encoding="utf-8") + " ", encoding="utf-8")
    handover.mark_transferred(conversation_id, "SAG-1", timedelta(0))
    receipt = handover.purge(conversation_id)
    assert f"eksport {bundle.name} ikke slettet (en fil er ændret)" in receipt
    assert record.exists()  # not the program's to delete any more
    assert [e.path for e in exports.on_disk(vault.connection)] == [bundle.resolve()]


def test_someone_elses_file_in_the_folder_is_left(
    vault: Vault, exported: tuple[Handover, UUID, Path]
) -> None:
    handover, conversation_id, bundle = exported
    (bundle / "noter.txt").write_text("mine egne noter", encoding="utf-8")
    handover.mark_transferred(conversation_id, "SAG-1", timedelta(0))
    receipt = handover.purge(conversation_id)
    assert f"eksport {bundle.name} slettet" in receipt
    assert sorted(p.name for p in bundle.iterdir()) == ["noter.txt"]
    assert _words_under(bundle) == []


def test_the_vault_menu_lists_exports_on_disk(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    service = ConversationService(new.vault)
    handover = Handover(new.vault, service)
    conversation = handover.sign(ready_conversation(service).id).conversation
    bundle = handover.export(conversation.id, tmp_path)
    access.lock(new.vault)
    window = MainWindow(folder, demo=False, content=PracticeContent.load())
    qtbot.addWidget(window)
    window.unlock(PASSPHRASE)
    window.background.wait()
    assert window.session is not None
    assert window.exports_action.isEnabled()
    assert window.exports_on_disk() == [str(bundle.resolve())]
    window.lock()
    assert not window.exports_action.isEnabled()
