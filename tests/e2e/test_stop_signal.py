"""Log-out, shut-down or Ctrl+C: the program stops the way Afslut does (the window closes,
which saves and locks), not in the middle of a word."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.services import access
from borne_samtale.ui.shutdown import STOP_SIGNALS, StopOnSignal
from tests.support.common import PASSPHRASE, ROOT


class _Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.closed = 0

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed += 1
        event.accept()


@pytest.mark.parametrize("number", STOP_SIGNALS)
def test_a_stop_signal_closes_the_window(qtbot: QtBot, number: int) -> None:
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    before = signal.getsignal(number)
    stop = StopOnSignal(window)
    try:
        os.kill(os.getpid(), number)
        qtbot.waitUntil(lambda: window.closed == 1, timeout=5_000)
        assert stop.stops == 1
    finally:
        stop.uninstall()
    assert signal.getsignal(number) == before  # the test run's own handler is back


def _catches(pid: int, number: int) -> bool:
    """Whether the process has a handler for the signal (Linux: SigCgt in /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (number - 1) & 1)
    return False


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_the_real_program_ends_cleanly_on_sigterm(tmp_path: Path) -> None:
    """The real program at its unlock screen: SIGTERM ends it with exit code 0, through the
    window's close (the same path as Afslut), instead of being killed by the signal."""
    folder = tmp_path / "vault"
    access.lock(access.create(folder, PASSPHRASE).vault)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    program = subprocess.Popen(
        [sys.executable, "-m", "borne_samtale", "--vault", str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # The handler is installed after the first paint: wait until the process catches it.
        deadline = time.monotonic() + 60
        while not _catches(program.pid, signal.SIGTERM):
            assert program.poll() is None, program.stderr.read() if program.stderr else ""
            assert time.monotonic() < deadline, "the program never caught SIGTERM"
            time.sleep(0.1)
        program.send_signal(signal.SIGTERM)
        assert program.wait(timeout=30) == 0
    finally:
        if program.poll() is None:
            program.kill()
            program.wait()
