"""The growing wait after failed unlocks is enforced where the passphrase is tried, so the
window, the command line and a fresh start of either all wait; it is kept in two places,
so deleting `failed-unlocks.log` does not reset it, and that deletion is recorded.

No test sleeps: the failures are made with a clock the test moves (`attempts.now`), at
times ending now, and the real command then runs at once on the real clock."""

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from borne_samtale.domain import CaseworkerProfile
from borne_samtale.errors import UnlockTooSoon, WrongPassphrase
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.vault import attempts
from borne_samtale.vault.audit import AuditEvent
from borne_samtale.vault.location import VaultPaths
from tests.support.common import PASSPHRASE, run_cli

WITH_PASSPHRASE = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}
WRONG = "ikke den rigtige frase"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    ConversationService(new.vault).set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    access.lock(new.vault)
    return folder


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    def set_to(moment: datetime) -> None:
        monkeypatch.setattr(attempts, "now", lambda: moment)

    return set_to


def _fail(folder: Path, times: int, clock: Callable[[datetime], None]) -> datetime:
    """``times`` wrong passphrases, each a minute and a second after the last (so none is
    refused for being too soon), the last one now. Returns the time of the last."""
    now = datetime.now(UTC).replace(microsecond=0)  # as the records keep it
    for n in range(times):
        clock(now - timedelta(seconds=61 * (times - 1 - n)))
        with pytest.raises(WrongPassphrase):
            access.unlock(folder, WRONG)
    return now


def _one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Fejl: ")
    return lines[0]


def test_the_delay_grows_and_is_counted_from_the_last_failure(
    folder: Path, clock: Callable[[datetime], None]
) -> None:
    last = _fail(folder, 5, clock)
    assert access.failed_attempts(folder) == 5
    record = attempts.Record(
        attempts.logged_failures(VaultPaths(folder).failed_unlocks),
        attempts.Failures(5, last),
    )
    assert record.wait_seconds(last) == attempts.unlock_delay(5) == 4
    assert record.wait_seconds(last + timedelta(seconds=3)) == 1
    assert record.wait_seconds(last + timedelta(seconds=4)) == 0


def test_an_attempt_too_soon_is_refused_untried_even_with_the_right_passphrase(
    folder: Path, clock: Callable[[datetime], None]
) -> None:
    last = _fail(folder, 6, clock)  # the next must wait 8 seconds
    clock(last + timedelta(seconds=2))
    with pytest.raises(UnlockTooSoon, match="Vent 6 sekunder"):
        access.unlock(folder, PASSPHRASE)
    with pytest.raises(UnlockTooSoon):
        access.recover(folder, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "ny lang frase her")
    assert access.failed_attempts(folder) == 6  # refused attempts are not failures
    clock(last + timedelta(seconds=8))
    vault = access.unlock(folder, PASSPHRASE)
    events = [row.event for row in vault.audit.rows()]
    assert events[-7:] == [AuditEvent.UNLOCK_FAILED] * 6 + [AuditEvent.UNLOCKED]
    access.lock(vault)
    assert access.failed_attempts(folder) == 0
    assert "failed_unlocks" not in json.loads(VaultPaths(folder).key_file.read_text())


def test_the_command_line_waits_too(folder: Path, clock: Callable[[datetime], None]) -> None:
    """Before: 12 guesses from the command line in 7.6 s. Now the real command, started
    right after ten failures, refuses even the right passphrase."""
    _fail(folder, 10, clock)
    result = run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    line = _one_line_error(result.stderr)
    assert "Vent" in line
    assert "sekund" in line
    result = run_cli(
        "audit", "verify", "--vault", str(folder), env={"BORNE_SAMTALE_PASSPHRASE": WRONG}
    )
    assert result.returncode == 1
    assert "Vent" in _one_line_error(result.stderr)  # not even tried
    assert access.failed_attempts(folder) == 10


def test_a_fresh_window_waits_too(
    qtbot: QtBot, folder: Path, clock: Callable[[datetime], None]
) -> None:
    """Before: after 12 failures a fresh window allowed an attempt at once."""
    last = _fail(folder, 12, clock)
    clock(last + timedelta(seconds=1))
    window = MainWindow(folder, demo=False, content=PracticeContent.load())
    qtbot.addWidget(window)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    window.show()  # the wait is looked up once the unlock screen is painted
    qtbot.waitUntil(lambda: screen._wait_left > 0, timeout=5_000)
    assert screen._wait_left == 59
    assert not screen.unlock_button.isEnabled()
    assert "Vent" in screen.message.text()
    window.unlock(PASSPHRASE)  # past the screen, straight to the service: still refused
    window.background.wait()
    assert window.session is None
    assert "Vent" in screen.message.text()


def test_deleting_the_log_does_not_reset_the_wait_and_is_recorded(
    folder: Path, clock: Callable[[datetime], None]
) -> None:
    last = _fail(folder, 8, clock)
    VaultPaths(folder).failed_unlocks.unlink()
    assert access.failed_attempts(folder) == 8
    clock(last + timedelta(seconds=1))
    assert access.unlock_wait(folder) == attempts.unlock_delay(8) - 1
    result = run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "Vent" in _one_line_error(result.stderr)

    clock(last + timedelta(minutes=2))
    vault = access.unlock(folder, PASSPHRASE)
    assert access.LOG_REMOVED in vault.warnings
    events = [row.event for row in vault.audit.rows()]
    assert events.count(AuditEvent.UNLOCK_FAILED) == 8  # the failures are not lost
    assert AuditEvent.UNLOCK_RECORD_REMOVED in events
    access.lock(vault)
    result = run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1  # the trail says the record was tampered with
    assert "Revisionssporet hænger sammen" in _one_line_error(result.stderr)


def test_a_clock_set_back_does_not_lock_the_caseworker_out(
    folder: Path, clock: Callable[[datetime], None]
) -> None:
    last = _fail(folder, 10, clock)
    clock(last - timedelta(hours=3))  # the clock was put back after the failures
    assert access.unlock_wait(folder) == 0
    access.unlock(folder, PASSPHRASE).close()
