"""Qt helpers for the benchmarks: noticing a paint, waiting for one, watching the event loop.

"Painted" means: a Paint event reached a widget we watch, and the event-loop pass that
delivered it has returned (by then Qt has painted the whole dirty region of the window).
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

# How often the loop-gap probe's precise timer ticks.
PROBE_INTERVAL_MS = 5


class PaintWatcher(QObject):
    """An application-wide event filter noting Paint events for widgets ``accept`` picks."""

    def __init__(
        self,
        app: QApplication,
        accept: Callable[[QWidget], bool] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """``then`` runs (once) when the event-loop pass that painted is over."""
        super().__init__()
        self._accept = accept or (lambda _widget: True)
        self._then = then
        self.seen = False
        self.painted_widget: QWidget | None = None
        self.painted_at = 0.0  # perf_counter() when the pass that painted was over
        self._loop: QEventLoop | None = None
        app.installEventFilter(self)

    def watch(self, accept: Callable[[QWidget], bool]) -> None:
        """Watch other widgets from now on, and forget earlier paints."""
        self._accept = accept
        self.reset()

    def reset(self) -> None:
        self.seen = False
        self.painted_widget = None
        self.painted_at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self._accept(watched)
        ):
            self.seen = True
            self.painted_widget = watched
            # A zero timer runs once the pass that paints the whole window is over. The
            # time is read there, not when wait() gets the thread back: a thread started
            # after the paint (the app imports the rest) could hold the GIL meanwhile.
            QTimer.singleShot(0, self._painted)
            if self._then is not None:
                QTimer.singleShot(0, self._then)
        return False

    def _painted(self) -> None:
        self.painted_at = time.perf_counter()
        if self._loop is not None:
            self._loop.quit()

    def wait(self, timeout: float = 300.0) -> float:
        """Run the event loop until a watched paint is done; returns ``perf_counter()`` then.

        The loop blocks while it waits (no busy polling), so a worker thread such as the key
        derivation at unlock gets the CPU it would get in the app.
        """
        if not self.painted_at:  # no paint yet, or its pass is not over
            loop = QEventLoop()
            self._loop = loop
            QTimer.singleShot(round(timeout * 1000), loop.quit)
            loop.exec()
            self._loop = None
            if not self.painted_at:
                raise TimeoutError("no paint seen")
        return self.painted_at


def within(root: QWidget) -> Callable[[QWidget], bool]:
    """Accept ``root`` and every widget inside it."""
    return lambda widget: widget is root or root.isAncestorOf(widget)


class LoopGapProbe(QObject):
    """A precise 5 ms timer; the gaps between its ticks show how long the UI thread was busy."""

    def __init__(self, interval_ms: int = PROBE_INTERVAL_MS) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks.clear()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]


def spin(seconds: float) -> None:
    """Run the event loop for a while (timers fire, paints happen)."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
