"""Run slow work (the key derivation at unlock, search on a big vault) off the UI thread."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Job(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, which decides how to show it
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class Background(QObject):
    """Owns at most one running job; its callbacks run on the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._on_error: Callable[[Exception], None] | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def start(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        if self._thread is not None:
            return
        thread = QThread()
        job = _Job(work)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        # Slots of this object, which lives in the UI thread: Qt queues the call there.
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._thread, self._job = thread, job
        self._on_done, self._on_error = on_done, on_error
        thread.start()

    @Slot(object)
    def _done(self, result: Any) -> None:
        callback = self._on_done
        self._stop_thread()
        if callback is not None:
            callback(result)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        callback = self._on_error
        self._stop_thread()
        if callback is not None:
            callback(error)

    def _stop_thread(self) -> None:
        thread = self._thread
        self._thread, self._job = None, None
        self._on_done, self._on_error = None, None
        if thread is not None:
            thread.quit()
            thread.wait()

    def wait(self) -> None:
        """Block until the running job is done and its callback has run (tests, shutdown)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        while self._thread is not None:
            self._thread.wait(QDeadlineTimer(20))
            QCoreApplication.processEvents()
