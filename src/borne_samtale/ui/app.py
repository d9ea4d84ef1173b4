"""Start the Qt application, or say plainly why there is no display.

Start the Qt application. Checks for a display before Qt is imported, so that a machine
without one gets a plain sentence instead of Qt's abort."""

import os
import sys
from pathlib import Path

from borne_samtale.errors import UserError

# For smoke tests of a built program (packaging/smoke_test.py) and start-up timing: with this
# set to 1 the window shows its first screen, prints that screen's class name (never any
# content) and closes, which ends the program. Not meant for users.
QUIT_WHEN_SHOWN_ENV = "BORNE_SAMTALE_QUIT_WHEN_SHOWN"


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # the caller chose a platform (offscreen, xcb, wayland …)
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have one for a logged-in user


def gui_vault_dir(vault_dir: Path, demo: bool) -> Path:
    """The folder the window opens: with --demo always the demo vault, never the real one
    (the demo screen gives the demo passphrase; the real vault must never sit behind it)."""
    if demo:
        from borne_samtale.services.demo import default_demo_dir

        return default_demo_dir()
    return vault_dir


def run_gui(vault_dir: Path, demo: bool) -> int:
    vault_dir = gui_vault_dir(vault_dir, demo)
    if not has_display():
        raise UserError(
            "Der er ingen skærm på denne maskine, så vinduet kan ikke vises. "
            "Se demoen uden skærm med: borne-samtale demo (fra kildekoden: make demo)"
        )
    # Only what the unlock screen needs is imported and done before it is painted; the
    # window imports and builds the rest (screens, QtCharts, QtPdf, services, the guides)
    # after that, and so does after_first_paint below.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from borne_samtale.ui.first_paint import AfterFirstPaint
    from borne_samtale.ui.i18n import install_translator
    from borne_samtale.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Børnesamtale")
    install_translator(app)
    # An invalid guide file is told in a message box once the window is up, then the
    # program ends with exit code 1 (MainWindow._rest_imported).
    window = MainWindow(vault_dir=vault_dir, demo=demo, defer=True)

    def after_first_paint() -> None:
        # Nothing here is needed by the unlock screen: no slot of the window runs before
        # this (the rest is imported after it), its field takes no copy (a passphrase), the
        # style sheet only styles lists and text areas of later screens.
        from borne_samtale.buglog import install_excepthook
        from borne_samtale.ui.accessibility import install_accessibility
        from borne_samtale.ui.clipboard import guard_window
        from borne_samtale.ui.shutdown import StopOnSignal
        from borne_samtale.ui.style import install_style
        from borne_samtale.win32 import announce_running

        install_excepthook()  # what a slot raises reaches stderr without its message
        announce_running()  # Windows: the installer and uninstaller wait until it is closed
        install_style(app)  # visible keyboard focus on lists, tables and text
        install_accessibility()  # roles for the later screens' canvases and the PDF view
        guard_window(window)  # copied text: out of clipboard history, cleared after 30 s
        StopOnSignal(window)  # log-out or shut-down: saved and locked, as with Afslut

    AfterFirstPaint(window, after_first_paint)
    window.show()
    if os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":

        def report_and_quit() -> None:
            print(f"shown: {type(window.stack.currentWidget()).__name__}", flush=True)
            window.close()  # the way Afslut (Ctrl+Q) goes: locks, then the last window closes

        QTimer.singleShot(0, report_and_quit)
    result: int = app.exec()
    return result
