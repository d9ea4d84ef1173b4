"""Start-up to the first painted window, for one fresh process (run by path, not ``-m``).

``python bench/paint_probe.py bare`` shows a bare PySide6 window; ``python
bench/paint_probe.py app VAULT`` starts the app through ``launch.main(['--vault', VAULT])``,
importing ``borne_samtale.launch`` before Qt as the program's own script does. Both install the
same application-wide event filter; when the event-loop pass that delivered the first Paint
event is over, the process prints the CLOCK_MONOTONIC time, the screen shown and the modules
loaded by then, and ends at once (``os._exit``), so a timer outside (the process's whole
life) and one inside see the same moment.

Run by its path, this file imports nothing of the ``bench`` package, and nothing beyond
what Python itself loads before the paint (``json`` only when reporting): the two processes
measured load only PySide6 (and, for the app, the app).
"""

import os
import sys
import time
from collections.abc import Callable

WINDOW_SIZE = (1366, 768)  # what the main window asks for


def _report() -> None:
    now = time.monotonic_ns()
    modules = sorted(sys.modules)  # before the reporting's own imports
    # Whether PySide6 had built its Qt namespace (lazily, on first use: ~15 ms).
    qt_namespace = "Qt" in vars(sys.modules["PySide6.QtCore"])
    import json

    from PySide6.QtWidgets import QApplication

    window = next((w for w in QApplication.topLevelWidgets() if w.isVisible()), None)
    stack = getattr(window, "stack", None)
    current = stack.currentWidget() if stack is not None else window
    print(
        json.dumps(
            {
                "painted_ns": now,
                "screen": type(current).__name__,
                "modules": modules,
                "qt_namespace": qt_namespace,
            }
        ),
        flush=True,
    )
    os._exit(0)


def main(argv: list[str]) -> None:
    app_main: Callable[[list[str]], int] | None = None
    if argv[0] != "bare":
        from borne_samtale.launch import main as app_main

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                QTimer.singleShot(0, _report)  # once this pass has painted the whole window
            return False

    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()  # kept: a filter nobody holds is collected
    app.installEventFilter(watcher)
    if app_main is None:
        window = QWidget()
        window.setWindowTitle("bare")
        window.resize(*WINDOW_SIZE)
        window.show()
        app.exec()
    else:
        app_main(["--vault", argv[1]])
    raise SystemExit(f"the window closed before it was painted (seen: {watcher.seen})")


if __name__ == "__main__":
    main(sys.argv[1:])
