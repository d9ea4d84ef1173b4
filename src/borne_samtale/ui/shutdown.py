"""A stop asked by the system ends as Afslut does: saved, then locked.

When the system asks the program to stop, it stops the way Afslut does: what is typed is
saved and the vault locked, instead of dying in the middle of a word.

The system asks with SIGTERM (log-out, shut-down, an update), SIGHUP (its terminal closed)
or SIGINT (Ctrl+C in a terminal). Python runs its signal handlers only between bytecodes,
and Qt's event loop runs in C++, so a handler alone could wait until the next mouse move:
the signal's number is written to a socket pair (``signal.set_wakeup_fd``) that Qt watches,
and the window is closed from there. Windows sends GUI programs window messages, not these
signals; ui/windows_session.py handles those.
"""

import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QWidget

STOP_SIGNALS = tuple(
    number
    for number in (
        getattr(signal, "SIGTERM", None),
        getattr(signal, "SIGHUP", None),
        getattr(signal, "SIGINT", None),
    )
    if number is not None
)


def _noted(number: int, frame: FrameType | None) -> None:
    """Not the default (which ends the process at once): the wake-up socket does the work."""


class StopOnSignal(QObject):
    """Closes ``window`` when a stop signal arrives. Main thread only (Python's rule for
    signal handlers); ``uninstall`` puts the previous handlers back."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _noted) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self.stops = 0  # how many stop signals have arrived

    def _woken(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except BlockingIOError:
            return
        if any(number in STOP_SIGNALS for number in numbers):
            self.stops += 1
            self._window.close()  # locks first: the conversation is saved, the key dropped

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()
