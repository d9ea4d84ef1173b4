"""A 0-byte or cut-short `vault.db` is damage, never a new empty vault: refused by the
services, every command of the real CLI, and the window; the files are left as they were.
A vault is only ever created by `init` or the create dialog."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from borne_samtale.errors import VaultCorrupted
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.vault import database
from tests.support.common import PASSPHRASE, run_cli
from tests.support.vaults import add_conversation

WITH_PASSPHRASE = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    add_conversation(ConversationService(new.vault), *(f"notat {i} " * 40 for i in range(40)))
    access.lock(new.vault)
    return folder, new.recovery_code


def _empty(db: Path) -> None:
    db.write_bytes(b"")


def _half(db: Path) -> None:
    data = db.read_bytes()
    pages = len(data) // database.PAGE_SIZE
    db.write_bytes(data[: pages // 2 * database.PAGE_SIZE])  # whole pages, the second half gone


def _torn(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[:-100])  # a page cut in the middle


def _first_page_only(db: Path) -> None:
    db.write_bytes(db.read_bytes()[: database.PAGE_SIZE])


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (_empty, database.EMPTY),
    "half": (_half, database.DAMAGED),
    "torn-page": (_torn, database.TRUNCATED),
    "first-page-only": (_first_page_only, database.DAMAGED),
}


@pytest.mark.parametrize("case", DAMAGE)
def test_a_damaged_database_is_refused_and_left_as_it_is(
    filled: tuple[Path, str], case: str
) -> None:
    folder, code = filled
    damage, message = DAMAGE[case]
    db = folder / "vault.db"
    damage(db)
    before = db.read_bytes()
    with pytest.raises(VaultCorrupted) as raised:
        access.unlock(folder, PASSPHRASE)
    assert str(raised.value) == message
    with pytest.raises(VaultCorrupted):
        access.recover(folder, code, "en helt ny adgangsfrase")
    assert db.read_bytes() == before  # never turned into a fresh database
    assert access.failed_attempts(folder) == 0  # the passphrase was right: not a failure


def test_a_0_byte_database_gets_no_new_vault_from_init(filled: tuple[Path, str]) -> None:
    folder, _ = filled
    _empty(folder / "vault.db")
    result = run_cli("init", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "Der findes allerede en boks" in result.stderr
    assert (folder / "vault.db").read_bytes() == b""


@pytest.mark.parametrize(
    "command",
    [
        ["audit", "verify"],
        ["import", "{record}"],
        ["export", "00000000-0000-0000-0000-000000000000", "--out", "{out}"],
        ["certificate", "export", "--out", "{out}"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_every_command_refuses_a_0_byte_database_in_one_line(
    filled: tuple[Path, str], tmp_path: Path, command: list[str]
) -> None:
    from tests.support.cli import conversation_record

    folder, _ = filled
    _empty(folder / "vault.db")
    record = tmp_path / "samtale.json"
    record.write_text(conversation_record().model_dump_json(), encoding="utf-8")
    args = [a.format(record=record, out=tmp_path) for a in command]
    result = run_cli(*args, "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [f"Fejl: {database.EMPTY}"]
    assert (folder / "vault.db").read_bytes() == b""


def test_the_window_refuses_a_0_byte_database(qtbot: QtBot, filled: tuple[Path, str]) -> None:
    folder, _ = filled
    _empty(folder / "vault.db")
    window = MainWindow(folder, demo=False, content=PracticeContent.load())
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.unlock_screen  # not the create screen
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    window.background.wait()
    assert window.session is None
    assert window.unlock_screen.message.text() == database.EMPTY
    assert (folder / "vault.db").read_bytes() == b""
