"""The unlock screen comes first: what is loaded when it is painted, and that the rest is
built afterwards and the vault still opens (behaviour only; `make bench` has the times)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from borne_samtale.domain import CaseworkerProfile
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from tests.support.common import PASSPHRASE, ROOT

# Run as the program starts (its script imports the command line first), with the same
# application-wide filter as the bench: at the end of the pass that painted the first
# widget, report the screen and the modules loaded, and end the process.
FIRST_PAINT = """
import json, os, sys
from borne_samtale.launch import main
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

# PySide6 builds its Qt namespace when it is first touched (~15 ms); None if it came eagerly.
lazy = "Qt" not in vars(QtCore)

def report():
    window = next(w for w in QApplication.topLevelWidgets() if w.isVisible())
    print(json.dumps({"screen": type(window.stack.currentWidget()).__name__,
                      "modules": sorted(sys.modules),
                      "qt_namespace": "Qt" in vars(QtCore) if lazy else None}), flush=True)
    os._exit(0)

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, report)
        return False

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
main(["--vault", sys.argv[1]])
sys.exit("closed before a paint")
"""

# Nothing of this may be loaded when the unlock screen is painted.
HEAVY = (
    "pydantic",
    "yaml",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "reportlab",
    "pyhanko",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "borne_samtale.domain",
    "borne_samtale.guides",
    "borne_samtale.services.session",
    "borne_samtale.services.access",
    "borne_samtale.vault.vault",
    "borne_samtale.ui.screens.cases",
    "borne_samtale.ui.screens.conversation",
    "borne_samtale.ui.screens.documents",
    # Not needed for the unlock screen either: the command line's parser and commands, the
    # Windows-only helpers, D-Bus (the session lock listens after the paint), the clipboard
    # guard and the bug log (installed after the paint).
    "borne_samtale.cli",
    "borne_samtale.win32",
    "borne_samtale.ui.windows_session",
    "PySide6.QtDBus",
    "borne_samtale.ui.clipboard",
    "borne_samtale.buglog",
)


def test_nothing_heavy_is_loaded_before_the_unlock_screen_is_painted(vault_dir: Path) -> None:
    access.lock(access.create(vault_dir, PASSPHRASE).vault)
    completed = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(vault_dir)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    painted = json.loads(completed.stdout.strip().splitlines()[-1])
    assert painted["screen"] == "UnlockScreen"
    loaded = set(painted["modules"])
    assert "borne_samtale.ui.main_window" in loaded  # the probe did see the app's window
    early = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert early == []
    assert painted["qt_namespace"] in (False, None)  # built after the paint (ui/first_paint.py)


def test_the_deferred_window_builds_the_rest_and_unlocks(qtbot: QtBot, vault_dir: Path) -> None:
    new = access.create(vault_dir, PASSPHRASE)
    ConversationService(new.vault).set_caseworker(CaseworkerProfile(name="Rådgiver"))
    access.lock(new.vault)
    from borne_samtale.ui.main_window import MainWindow

    window = MainWindow(vault_dir, demo=False, defer=True)
    qtbot.addWidget(window)
    assert not window.built
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.stack.count() == 2  # start and unlock only, until the first paint
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=60_000)
    assert window.stack.count() == 5
    assert window.content.guides  # loaded and validated on the loader's thread
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=60_000)
    assert window.stack.currentWidget() is window.cases_screen
    window.close()


def test_an_unlock_before_the_rest_is_built_waits_for_it(qtbot: QtBot, vault_dir: Path) -> None:
    new = access.create(vault_dir, PASSPHRASE)
    ConversationService(new.vault).set_caseworker(CaseworkerProfile(name="Rådgiver"))
    from borne_samtale.ui.main_window import MainWindow

    window = MainWindow(vault_dir, demo=False, defer=True)  # never shown: nothing loaded yet
    qtbot.addWidget(window)
    window._start_session(new.vault)
    assert window.built
    assert window.stack.currentWidget() is window.cases_screen
    window.lock()
    assert window.session is None
    assert window.stack.currentWidget() is window.unlock_screen


@pytest.mark.parametrize("defer", [True, False])
def test_locking_or_closing_before_the_rest_is_built(
    qtbot: QtBot, vault_dir: Path, defer: bool
) -> None:
    access.lock(access.create(vault_dir, PASSPHRASE).vault)
    from borne_samtale.ui.main_window import MainWindow

    window = MainWindow(vault_dir, demo=False, defer=defer)
    qtbot.addWidget(window)
    window.lock()
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.close()


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], ("", False)),
        (["--demo"], ("", True)),
        (["--vault", "/tmp/boks"], ("/tmp/boks", False)),
        (["--vault=/tmp/boks", "--demo"], ("/tmp/boks", True)),
        (["--vault", "a", "--vault", "b"], ("b", False)),  # the last one, as argparse does
        (["--vault"], None),  # a usage error: the parser says so
        (["--vault", "--demo"], None),
        (["--vau", "x"], None),  # an abbreviation: the parser knows them
        (["--version"], None),
        (["-h"], None),
        (["list", "--vault", "x"], None),
        (["--demo", "demo"], None),
    ],
)
def test_only_a_plain_window_start_skips_the_command_line_parser(
    argv: list[str], window: tuple[str, bool] | None
) -> None:
    from borne_samtale.launch import window_arguments

    assert window_arguments(argv) == window


def test_every_other_command_line_goes_to_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    from borne_samtale import __version__
    from borne_samtale.launch import main

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_the_first_screens_centre_as_setalignment_would(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from borne_samtale.ui.first_paint import centre_text

    label = QLabel("Boksen er låst")
    qtbot.addWidget(label)
    centre_text(label)
    label.ensurePolished()
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
