"""Save shortly after the last keystroke: every word reaches the disk within the debounce."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTime, QTimer, Signal

DEBOUNCE_MS = 300


class Debouncer(QObject):
    """Runs ``save`` once typing pauses for ``DEBOUNCE_MS``; ``flush`` saves now if pending."""

    saved = Signal(str)  # the time of the save, "hh:mm:ss"
    failed = Signal(object)  # the exception

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)

    def poke(self) -> None:
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._run()

    def cancel(self) -> None:
        self._timer.stop()

    def _run(self) -> None:
        try:
            self._save()
        except Exception as exc:  # shown by the screen; the text stays in the window
            self.failed.emit(exc)
            return
        self.saved.emit(QTime.currentTime().toString("HH:mm:ss"))
