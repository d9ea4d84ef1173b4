"""A full, read-only or failing disk: one plain Danish sentence, and nothing already saved is
lost. The errors are SQLite's and the kernel's own, produced for real where a test can."""

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget
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
from borne_samtale.errors import (
    DiskFailure,
    DiskFull,
    StorageError,
    VaultReadOnly,
    WrongPassphrase,
)
from borne_samtale.services import access
from borne_samtale.services.autosave import MAX_WAIT_SECONDS
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.vault import database
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.storage import DISK_FAILURE, DISK_FULL, READ_ONLY, storage_error
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE
from tests.support.gui_helpers import when_dialog

BIG = "Jeg vil gerne fortælle om min skole. " * 600  # needs new pages, whatever is free


class FakeSqliteError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__("disk")
        self.sqlite_errorcode = code


@pytest.mark.parametrize(
    ("error", "kind", "message"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DiskFull, DISK_FULL),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), DiskFull, DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), VaultReadOnly, READ_ONLY),
        (OSError(errno.EACCES, "Permission denied"), VaultReadOnly, READ_ONLY),
        (OSError(errno.EIO, "Input/output error"), DiskFailure, DISK_FAILURE),
        (FakeSqliteError(13), DiskFull, DISK_FULL),  # SQLITE_FULL
        (FakeSqliteError(8), VaultReadOnly, READ_ONLY),  # SQLITE_READONLY
        (FakeSqliteError(8 | (1 << 8)), VaultReadOnly, READ_ONLY),  # SQLITE_READONLY_RECOVERY
        (FakeSqliteError(10), DiskFailure, DISK_FAILURE),  # SQLITE_IOERR
        (FakeSqliteError(10 | (4 << 8)), DiskFailure, DISK_FAILURE),  # SQLITE_IOERR_WRITE
        (FakeSqliteError(14), DiskFailure, DISK_FAILURE),  # SQLITE_CANTOPEN
    ],
)
def test_disk_errors_become_one_plain_sentence(
    error: BaseException, kind: type[StorageError], message: str
) -> None:
    mapped = storage_error(error)
    assert type(mapped) is kind
    assert str(mapped) == message
    assert "er i behold" in message  # it always says that what was saved is safe


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.ENOENT, "No such file"),
        FakeSqliteError(26),  # SQLITE_NOTADB: a wrong key, not the disk
        FakeSqliteError(11),  # SQLITE_CORRUPT: the integrity check's business
        ValueError("no code"),
    ],
)
def test_other_errors_are_not_taken_for_disk_errors(error: BaseException) -> None:
    assert storage_error(error) is None


def _conversation(service: ConversationService) -> Conversation:
    service.set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    child = service.add_child(Child(name="Mira", age_years=9))
    conversation = service.start(
        Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION))
    )
    service.add_entry(
        conversation.id, Entry(text="Jeg bor hos mor", perspective=Perspective.CHILD_OWN_WORDS)
    )
    return conversation


def _fill_the_disk(vault: Vault) -> None:
    """SQLite's own limit on the file size: the next page it needs gives SQLITE_FULL."""
    pages = vault.connection.execute("PRAGMA page_count").fetchone()[0]
    vault.connection.execute(f"PRAGMA max_page_count = {pages}")


def _free_the_disk(vault: Vault) -> None:
    vault.connection.execute("PRAGMA max_page_count = 1073741823")


def _texts(folder: Path, conversation: Conversation) -> list[str]:
    vault = access.unlock(folder, PASSPHRASE)  # runs the integrity check as well
    try:
        return [e.text for e in ConversationService(vault).get(conversation.id).entries]
    finally:
        access.lock(vault)


def test_a_full_disk_while_saving_is_a_clear_error_and_loses_nothing(
    vault: Vault, vault_dir: Path
) -> None:
    service = ConversationService(vault)
    conversation = _conversation(service)
    _fill_the_disk(vault)
    with pytest.raises(DiskFull, match="Disken er fuld"):
        service.add_entry(conversation.id, Entry(text=BIG, perspective=Perspective.CHILD_OWN_WORDS))
    assert not vault.connection.in_transaction  # rolled back, nothing half-written
    _free_the_disk(vault)  # room again: the same save now works
    service.add_entry(conversation.id, Entry(text=BIG, perspective=Perspective.CHILD_OWN_WORDS))
    access.lock(vault)
    assert _texts(vault_dir, conversation) == ["Jeg bor hos mor", BIG]


def test_locking_never_fails_because_the_disk_is_full(vault: Vault, vault_dir: Path) -> None:
    conversation = _conversation(ConversationService(vault))
    key = vault._key
    vault.connection.execute("PRAGMA query_only = ON")  # the "locked" audit row cannot go in
    access.lock(vault)  # no exception: the lock matters more than its audit row
    assert not vault.is_open
    assert not any(key)
    assert _texts(vault_dir, conversation) == ["Jeg bor hos mor"]  # and the lock was let go


def test_a_write_the_database_refuses_is_a_clear_error(vault: Vault, vault_dir: Path) -> None:
    service = ConversationService(vault)
    conversation = _conversation(service)
    vault.connection.execute("PRAGMA query_only = ON")  # SQLite answers SQLITE_READONLY
    with pytest.raises(VaultReadOnly, match="skrivebeskyttet"):
        service.add_entry(
            conversation.id, Entry(text="mere", perspective=Perspective.CHILD_OWN_WORDS)
        )
    access.lock(vault)
    assert _texts(vault_dir, conversation) == ["Jeg bor hos mor"]


def test_an_unlock_that_cannot_write_its_audit_row_closes_again(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversation = _conversation(ConversationService(vault))
    access.lock(vault)
    real_open = database.open_database

    def read_only_open(path: Path, key: bytearray, **kwargs: bool) -> database.Connection:
        conn = real_open(path, key, **kwargs)
        conn.execute("PRAGMA query_only = ON")
        return conn

    monkeypatch.setattr("borne_samtale.vault.vault.open_database", read_only_open)
    with pytest.raises(VaultReadOnly):
        access.unlock(vault_dir, PASSPHRASE)
    monkeypatch.undo()
    assert _texts(vault_dir, conversation) == ["Jeg bor hos mor"]  # closed and unlocked again


@pytest.mark.parametrize(
    ("code", "kind"),
    [(errno.ENOSPC, DiskFull), (errno.EROFS, VaultReadOnly), (errno.EIO, DiskFailure)],
)
def test_a_key_file_that_cannot_be_written_keeps_the_old_one(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, code: int, kind: type
) -> None:
    key_file = VaultPaths(vault_dir).key_file
    before = key_file.read_bytes()

    def no_room(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(kind):
        access.change_passphrase(vault, PASSPHRASE, "en ny og lang adgangsfrase")
    with pytest.raises(kind):
        vault.rotate_recovery_code()
    monkeypatch.undo()
    assert key_file.read_bytes() == before
    assert not key_file.with_name("vault.keys.json.tmp").exists()
    access.lock(vault)
    with pytest.raises(WrongPassphrase):
        access.unlock(vault_dir, "en ny og lang adgangsfrase")
    access.unlock(vault_dir, PASSPHRASE).close()


def test_a_new_vault_on_a_full_disk_leaves_nothing_behind(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(DiskFull):
        access.create(vault_dir, PASSPHRASE)
    monkeypatch.undo()
    assert not VaultPaths(vault_dir).exists()
    assert list(vault_dir.iterdir()) == []
    access.lock(access.create(vault_dir, PASSPHRASE).vault)  # room again: it works


# A read-only folder, for real -----------------------------------------------------------
PROBE = """
import sys
from pathlib import Path
from borne_samtale.errors import UserError
from borne_samtale.services import access
folder, passphrase = Path(sys.argv[1]), sys.argv[2]
for what in ("unlock", "wrong", "create"):
    try:
        if what == "unlock":
            access.unlock(folder, passphrase).close()
        elif what == "wrong":
            access.unlock(folder, "forkert forkert forkert").close()
        else:
            access.create(folder / "ny", passphrase).vault.close()
        print(what, "opened")
    except UserError as exc:
        print(what, type(exc).__name__, exc)
"""


def _probe_read_only(folder: Path) -> list[str]:
    """Run PROBE against ``folder`` made read-only the real way for this user."""
    command = [sys.executable, "-c", PROBE, str(folder), PASSPHRASE]
    if os.geteuid() != 0:
        for path in [folder, *folder.iterdir()]:
            path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        finally:
            for path in [folder, *folder.iterdir()]:
                path.chmod(0o700 if path.is_dir() else 0o600)
    else:
        # chmod does not stop root: a read-only bind mount in a mount namespace of its own
        # does (EROFS from the kernel), and vanishes with the process.
        unshare = shutil.which("unshare")
        if unshare is None:
            pytest.skip("root without unshare(1): cannot make a folder read-only for root")
        mount = (
            'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 97; shift; exec "$@"'
        )
        result = subprocess.run(
            [
                unshare,
                "--mount",
                "--propagation",
                "private",
                "sh",
                "-c",
                mount,
                "sh",
                str(folder),
                *command,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode == 97 or "unshare failed" in result.stderr:
            pytest.skip(f"root, and no read-only bind mount possible here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout.strip().splitlines()


def test_a_read_only_vault_folder_is_a_clear_message_and_loses_nothing(vault_dir: Path) -> None:
    vault = access.create(vault_dir, PASSPHRASE).vault
    conversation = _conversation(ConversationService(vault))
    access.lock(vault)
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}

    lines = _probe_read_only(vault_dir)

    assert lines == [
        f"unlock VaultReadOnly {READ_ONLY}",
        f"wrong VaultReadOnly {READ_ONLY}",  # said before the passphrase is even tried
        f"create VaultReadOnly {READ_ONLY}",
    ]
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir()} == before
    assert _texts(vault_dir, conversation) == ["Jeg bor hos mor"]


# The window shows it --------------------------------------------------------------------
def test_the_window_shows_a_full_disk_and_keeps_the_text(qtbot: QtBot, vault_dir: Path) -> None:
    vault = access.create(vault_dir, PASSPHRASE).vault
    conversation = _conversation(ConversationService(vault))
    window = MainWindow(vault_dir, demo=False, content=PracticeContent.load())
    qtbot.addWidget(window)
    window._start_session(vault)
    window.open_conversation(conversation.id)
    screen = window.conversation_screen
    _fill_the_disk(vault)

    shown: list[str] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    when_dialog(read_and_close)
    screen.capture.editor.setPlainText(BIG)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000 + round(MAX_WAIT_SECONDS * 1000))
    assert shown == [DISK_FULL]
    assert window.saved_label.text() == "Ikke gemt"
    assert screen.capture.editor.toPlainText() == BIG  # still in the window

    _free_the_disk(vault)
    screen.capture.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(screen.capture.editor, "!")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Gemt"), timeout=5000)
    window.lock()
    assert _texts(vault_dir, conversation) == ["Jeg bor hos mor", BIG + "!"]


def test_sqlite_itself_reports_full_and_read_only_with_these_codes(tmp_path: Path) -> None:
    """The codes the mapping relies on, from the bundled SQLCipher itself."""
    conn = sqlcipher3.connect(str(tmp_path / "x.db"), isolation_level=None)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlcipher3.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 20_000,))
    assert full.value.sqlite_errorcode & 0xFF == 13
    conn.execute("PRAGMA query_only = ON")
    with pytest.raises(sqlcipher3.OperationalError) as read_only:
        conn.execute("INSERT INTO t VALUES (1)")
    assert read_only.value.sqlite_errorcode & 0xFF == 8
    conn.close()
