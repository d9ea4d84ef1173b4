"""The audit chain's head and a generation counter, kept in the key file and authenticated
with a key derived from the vault key: a database put back from an older copy, newest audit
events removed, an edited head and an older key file are each told plainly at unlock and
recorded; a purged conversation that comes back from an old copy is purged again. What
cannot be seen: the database and the key file put back together."""

import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from borne_samtale.domain import CaseworkerProfile
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import Handover
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.vault import anchor
from borne_samtale.vault.audit import AuditEvent
from tests.support.common import PASSPHRASE, run_cli
from tests.support.handover import MARKER, ready_conversation
from tests.support.sqlcipher_pages import decrypted_pages
from tests.support.vaults import add_conversation, edit_key_file

WITH_PASSPHRASE = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}
VAULT_FILES = ("vault.db", "vault.keys.json")


def _copy(folder: Path, to: Path, names: tuple[str, ...] = VAULT_FILES) -> Path:
    """A backup as a person makes one: the files of a closed vault."""
    to.mkdir(exist_ok=True)
    for name in names:
        shutil.copy2(folder / name, to / name)
    return to


def _put_back(backup: Path, folder: Path, names: tuple[str, ...]) -> None:
    for name in names:
        shutil.copy2(backup / name, folder / name)
    for side in ("vault.db-wal", "vault.db-shm"):
        (folder / side).unlink(missing_ok=True)


def _events(folder: Path) -> list[str]:
    vault = access.unlock(folder, PASSPHRASE)
    try:
        return [row.event for row in vault.audit.rows()]
    finally:
        vault.close()


@pytest.fixture
def used(tmp_path: Path) -> tuple[Path, Path]:
    """A vault used twice, with a copy of its files taken after the first use."""
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    ConversationService(new.vault).set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    add_conversation(ConversationService(new.vault), "første besøg")
    access.lock(new.vault)
    backup = _copy(folder, tmp_path / "kopi")
    vault = access.unlock(folder, PASSPHRASE)
    add_conversation(ConversationService(vault), "andet besøg")
    access.lock(vault)
    return folder, backup


def test_an_untouched_vault_opens_without_warnings(used: tuple[Path, Path]) -> None:
    folder, _ = used
    vault = access.unlock(folder, PASSPHRASE)
    assert vault.warnings == []
    assert vault.check_anchor().findings == []
    access.lock(vault)
    result = run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_database_put_back_from_an_older_copy_is_told_and_recorded(
    used: tuple[Path, Path],
) -> None:
    folder, backup = used
    _put_back(backup, folder, ("vault.db",))
    vault = access.unlock(folder, PASSPHRASE)
    assert anchor.ROLLED_BACK in vault.warnings
    events = [row.event for row in vault.audit.rows()]
    assert AuditEvent.ROLLBACK_DETECTED in events
    assert vault.audit.verify().ok  # the chain itself is whole: only the head shows it
    access.lock(vault)
    again = access.unlock(folder, PASSPHRASE)
    assert again.warnings == []  # told once, recorded for good
    access.lock(again)


def test_the_command_line_says_so_and_audit_verify_fails(used: tuple[Path, Path]) -> None:
    folder, backup = used
    _put_back(backup, folder, ("vault.db",))
    result = run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert f"Advarsel: {anchor.ROLLED_BACK}" in lines
    assert lines[-1].startswith("Fejl: Revisionssporet hænger sammen")
    # Every later check says so too: the trail is known to have lost events.
    result = run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("removed", ["last", "tail", "all"])
def test_deleting_the_newest_audit_events_is_found(used: tuple[Path, Path], removed: str) -> None:
    folder, _ = used
    vault = access.unlock(folder, PASSPHRASE)  # writes a head naming its "unlocked" event
    head = vault.key_file.head
    assert head is not None
    key = bytearray(vault._key)
    vault.close()  # closed without a new head, as a program stopped here would leave it
    cut = {"last": head.seq, "tail": head.seq - 3, "all": 1}[removed]
    # Someone with the key removes rows from the end, leaving a chain that is whole.
    from borne_samtale.vault.database import open_database

    conn = open_database(folder / "vault.db", key)
    conn.execute("DELETE FROM audit_log WHERE seq >= ?", (cut,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    result = run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"Advarsel: {anchor.CUT_SHORT}" in result.stderr.splitlines()
    assert AuditEvent.AUDIT_CUT_SHORT in _events(folder)


def test_an_edited_head_is_found(used: tuple[Path, Path]) -> None:
    folder, _ = used
    edit_key_file(folder, lambda d: d["head"].update(seq=d["head"]["seq"] - 2), fix_checksum=True)
    vault = access.unlock(folder, PASSPHRASE)
    assert vault.warnings == [anchor.HEAD_FORGED]
    assert AuditEvent.ANCHOR_INVALID in [row.event for row in vault.audit.rows()]
    vault.close()


def test_a_head_from_another_vault_does_not_authenticate(
    used: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, _ = used
    other = tmp_path / "anden"
    access.lock(access.create(other, PASSPHRASE).vault)
    foreign = json.loads((other / "vault.keys.json").read_text())["head"]
    edit_key_file(folder, lambda d: d.update(head=foreign), fix_checksum=True)
    vault = access.unlock(folder, PASSPHRASE)
    assert vault.warnings == [anchor.HEAD_FORGED]
    vault.close()


def test_a_key_file_put_back_from_an_older_copy_is_found(used: tuple[Path, Path]) -> None:
    folder, backup = used
    _put_back(backup, folder, ("vault.keys.json",))
    vault = access.unlock(folder, PASSPHRASE)
    assert anchor.KEY_FILE_OLDER in vault.warnings
    assert AuditEvent.KEY_FILE_ROLLED_BACK in [row.event for row in vault.audit.rows()]
    vault.close()


def test_a_program_stopped_between_database_and_key_file_is_not_tampering(
    used: tuple[Path, Path],
) -> None:
    folder, _ = used
    vault = access.unlock(folder, PASSPHRASE)
    conn = vault.connection
    conn.execute("UPDATE vault_state SET generation = generation + 1")  # the first half
    vault.close()
    again = access.unlock(folder, PASSPHRASE)
    assert again.warnings == []
    again.close()


def test_database_and_key_file_put_back_together_cannot_be_seen(used: tuple[Path, Path]) -> None:
    """The limit the threat model states: both from the same moment agree with each other."""
    folder, backup = used
    _put_back(backup, folder, VAULT_FILES)
    vault = access.unlock(folder, PASSPHRASE)
    assert vault.warnings == []
    texts = {
        e.text
        for s in ConversationService(vault).summaries()
        for e in ConversationService(vault).get(s.id).entries
    }
    assert texts == {"første besøg"}  # the later work is gone, and nothing says so
    vault.close()


def test_a_purged_conversation_from_an_old_copy_is_purged_again(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    conversation_id = ready_conversation(ConversationService(new.vault)).id
    access.lock(new.vault)
    backup = _copy(folder, tmp_path / "kopi")  # holds the child's words

    vault = access.unlock(folder, PASSPHRASE)
    service = ConversationService(vault)
    handover = Handover(vault, service)
    handover.sign(conversation_id)
    handover.export(conversation_id, tmp_path)
    handover.mark_transferred(conversation_id, "SAG-1", timedelta(0))
    handover.purge(conversation_id)
    access.lock(vault)

    _put_back(backup, folder, ("vault.db",))
    vault = access.unlock(folder, PASSPHRASE)
    assert anchor.PURGED_AGAIN in vault.warnings
    assert ConversationService(vault).summaries() == []
    subjects = [(row.event, row.subject) for row in vault.audit.rows()]
    assert (AuditEvent.CONVERSATION_PURGED_AGAIN, str(conversation_id)) in subjects
    key = bytes(vault._key)
    vault.close()
    pages = decrypted_pages(folder / "vault.db", key)
    assert MARKER.encode() not in pages
    assert MARKER.lower().encode() not in pages  # nor in the search index


def test_the_window_shows_what_the_unlock_found(qtbot: QtBot, used: tuple[Path, Path]) -> None:
    folder, backup = used
    _put_back(backup, folder, ("vault.db",))
    window = MainWindow(folder, demo=False, content=PracticeContent.load())
    qtbot.addWidget(window)
    window.unlock(PASSPHRASE)
    window.background.wait()
    assert window.session is not None, window.unlock_screen.message.text()
    assert window.unlock_warning is not None
    assert anchor.ROLLED_BACK in window.unlock_warning.text()
    window.unlock_warning.close()
    window.lock()
