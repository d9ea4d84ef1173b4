"""Start the Qt application. Checks for a display before Qt is imported, so that a machine
without one gets a plain sentence instead of Qt's abort."""

import os
import sys
from pathlib import Path

from borne_samtale.errors import UserError


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # the caller chose a platform (offscreen, xcb, wayland …)
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have one for a logged-in user


def run_gui(vault_dir: Path, demo: bool) -> int:
    if not has_display():
        raise UserError(
            "Der er ingen skærm på denne maskine, så vinduet kan ikke vises. "
            "Se demoen uden skærm med: borne-samtale demo (fra kildekoden: make demo)"
        )
    from PySide6.QtWidgets import QApplication, QMessageBox

    from borne_samtale.buglog import install_excepthook
    from borne_samtale.services.session import PracticeContent
    from borne_samtale.ui.clipboard import guard_window
    from borne_samtale.ui.i18n import install_translator
    from borne_samtale.ui.main_window import MainWindow

    install_excepthook()  # what a slot raises reaches stderr without its message
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Børnesamtale")
    install_translator(app)
    try:
        content = PracticeContent.load()
    except UserError as exc:
        QMessageBox.critical(None, "Børnesamtale", str(exc))
        raise
    window = MainWindow(vault_dir=vault_dir, demo=demo, content=content)
    guard_window(window)  # copied text: out of clipboard history, cleared after 30 s and at lock
    window.show()
    result: int = app.exec()
    return result
