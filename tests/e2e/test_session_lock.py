"""The desktop session's screensaver lock reaches the app over D-Bus (Linux)."""

import os
import shutil
import subprocess
import sys

import pytest

PROBE = """
import subprocess
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
from borne_samtale.ui.lock import SessionLockWatcher
watcher = SessionLockWatcher()
hits = []
watcher.locked.connect(lambda: hits.append(1))
for active in ("false", "true"):
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:" + active], check=True)
QTimer.singleShot(1500, app.quit)
app.exec()
print(",".join(watcher.listening), len(hits))
"""


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("dbus-send")),
    reason="needs dbus-run-session and dbus-send (Debian package dbus)",
)
def test_a_screensaver_lock_signal_locks_the_app() -> None:
    runner = shutil.which("dbus-run-session")
    assert runner is not None
    result = subprocess.run(
        [runner, "--", sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    listening, hits = result.stdout.split()
    assert "screensaver" in listening.split(",")
    assert hits == "1"  # "true" locks; "false" (screen unlocked) does not
