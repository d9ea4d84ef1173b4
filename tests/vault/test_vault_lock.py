"""One process at a time per vault: a second unlock is refused with one plain sentence, and
the lock goes away with the process that held it, however it ended."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from borne_samtale.domain import CaseworkerProfile
from borne_samtale.errors import VaultInUse
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.lockfile import IN_USE
from tests.support.common import PASSPHRASE, run_cli

HOLDER = """
import os, sys
from pathlib import Path
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
vault = access.unlock(Path(sys.argv[1]), os.environ["BORNE_SAMTALE_PASSPHRASE"])
print("open", flush=True)
sys.stdin.readline()  # holds the vault open until told (or killed)
access.lock(vault)
print("closed", flush=True)
"""


@pytest.fixture
def closed_vault(vault_dir: Path) -> Path:
    vault = access.create(vault_dir, PASSPHRASE).vault
    ConversationService(vault).set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    access.lock(vault)
    return vault_dir


def _holder(folder: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "BORNE_SAMTALE_PASSPHRASE": PASSPHRASE},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    return process


def test_a_second_unlock_in_the_same_process_is_refused_until_the_first_locks(
    closed_vault: Path,
) -> None:
    first = access.unlock(closed_vault, PASSPHRASE)
    with pytest.raises(VaultInUse) as refused:
        access.unlock(closed_vault, PASSPHRASE)
    assert str(refused.value) == IN_USE
    with pytest.raises(VaultInUse):  # the recovery code is no way round it
        access.recover(closed_vault, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "ny lang frase")
    with pytest.raises(VaultInUse):  # asked before the passphrase: a wrong one is not counted
        access.unlock(closed_vault, "forkert forkert forkert")
    assert access.failed_attempts(closed_vault) == 0
    assert first.is_open  # the first is untouched

    access.lock(first)
    access.unlock(closed_vault, PASSPHRASE).close()
    access.unlock(closed_vault, PASSPHRASE).close()  # and again: released on every close


def test_a_new_vault_is_held_from_creation(vault_dir: Path) -> None:
    new = access.create(vault_dir, PASSPHRASE)
    with pytest.raises(VaultInUse):
        access.unlock(vault_dir, PASSPHRASE)
    access.lock(new.vault)
    access.unlock(vault_dir, PASSPHRASE).close()


def test_a_second_process_is_refused_with_one_plain_sentence(closed_vault: Path) -> None:
    holder = _holder(closed_vault)
    try:
        result = run_cli(
            "audit",
            "verify",
            "--vault",
            str(closed_vault),
            env={"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE},
        )
        assert result.returncode == 1
        assert result.stderr.strip() == f"Fejl: {IN_USE}"
        with pytest.raises(VaultInUse):
            access.unlock(closed_vault, PASSPHRASE)
    finally:
        assert holder.stdin is not None
        assert holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
        holder.wait(timeout=60)
    assert holder.returncode == 0
    access.unlock(closed_vault, PASSPHRASE).close()  # free again once the other one locked


def test_a_holder_killed_with_sigkill_leaves_no_stale_lock(closed_vault: Path) -> None:
    holder = _holder(closed_vault)
    with pytest.raises(VaultInUse):
        access.unlock(closed_vault, PASSPHRASE)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=60)
    assert holder.returncode == -signal.SIGKILL
    assert VaultPaths(closed_vault).lock_file.exists()  # the file stays; the lock does not
    vault = access.unlock(closed_vault, PASSPHRASE)  # also runs the integrity check
    assert vault.audit.verify().ok
    vault.close()


def test_the_window_says_so_when_the_vault_is_open_elsewhere(
    qtbot: QtBot, closed_vault: Path
) -> None:
    holder = _holder(closed_vault)
    try:
        window = MainWindow(closed_vault, demo=False, content=PracticeContent.load())
        qtbot.addWidget(window)
        screen = window.unlock_screen
        qtbot.keyClicks(screen.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        window.background.wait()
        assert window.session is None
        assert screen.message.text() == IN_USE
        assert screen.unlock_button.isEnabled()  # no waiting: it was not a wrong passphrase
    finally:
        holder.kill()
        holder.wait(timeout=60)
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    window.background.wait()
    assert window.session is not None
    window.lock()
