"""Locking: after idle time, on the lock key, and when the desktop session locks.

Locking is done by the main window (it closes the database and drops the key); this module
only decides *when*. Idle means no key or mouse input to any window of the app.
"""

from collections.abc import Callable

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

DEFAULT_IDLE_MINUTES = 5

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` when no input has come for the set time while armed."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_timeout_ms(DEFAULT_IDLE_MINUTES * 60_000)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(max(milliseconds, 1))
        if self._timer.isActive():
            self._timer.start()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def arm(self) -> None:
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class SessionLockWatcher(QObject):
    """Emits ``locked`` when the desktop session locks or the machine goes to sleep.

    Linux: the freedesktop ScreenSaver ``ActiveChanged`` signal and logind's
    ``PrepareForSleep`` on D-Bus, where a session bus exists. Elsewhere Qt exposes no such
    event to widgets, so the idle lock is the safeguard there.
    """

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus exists on Linux builds of PySide6
            return
        signals = (
            (
                "screensaver",
                QDBusConnection.sessionBus(),
                "",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                "_screensaver(bool)",
            ),
            (
                "sleep",
                QDBusConnection.systemBus(),
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "_sleep(bool)",
            ),
        )
        for name, bus, service, path, interface, signal, slot in signals:
            # PySide's stub says bytes, but the call only accepts the str that SLOT() gives.
            connect: Callable[..., bool] = bus.connect
            if bus.isConnected() and connect(service, path, interface, signal, self, SLOT(slot)):
                self.listening.append(name)

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot(bool)
    def _sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.locked.emit()
