"""Locking: after idle time, on the lock key, and when the desktop session locks.

Locking is done by the main window (it closes the database and drops the key); this module
only decides *when*. Idle means no key or mouse input to any window of the app.

Where the session lock comes from: Linux, D-Bus (below); Windows, the main window's native
messages (``windows_session.py``, fed through ``SessionLockWatcher.native_event``); macOS,
nowhere: Qt passes no screen-lock or sleep notification to a program, so there the idle lock
and Ctrl+L are the safeguards (see docs/threat-model.md).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QByteArray, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # imported on Windows' first message: elsewhere it only slows the start
    from borne_samtale.ui.windows_session import WindowsSessionEvents

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
    ``PrepareForSleep`` on D-Bus, where a session bus exists. Windows: the session, power and
    end-of-session messages the main window passes to ``native_event``. macOS: nothing that
    Qt exposes, so the idle lock is the safeguard there.

    ``reason`` says what the last lock came from (for tests and the log; never shown).
    """

    locked = Signal()

    def __init__(self, parent: QObject | None = None, *, listen: bool = True) -> None:
        """``listen=False`` leaves the D-Bus connections to a later ``listen()`` (the window
        makes them after its first paint: connecting to the buses takes a few ms)."""
        super().__init__(parent)
        self.listening: list[str] = []
        self.reason: str | None = None
        self._windows: WindowsSessionEvents | None = None
        if listen:
            self.listen()

    def listen(self) -> None:
        """Subscribe to the desktop's lock and sleep signals on D-Bus (Linux)."""
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

    def native_event(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> None:
        """A native message from the main window (``QWidget.nativeEvent``). Only Windows'
        ``windows_generic_MSG`` is read; the caller passes every message on to Qt."""
        if isinstance(event_type, QByteArray):
            event_type = event_type.data()
        event_type = bytes(event_type)
        message = int(message)
        if self._windows is None:
            if event_type != b"windows_generic_MSG":
                return
            from borne_samtale.ui.windows_session import WindowsSessionEvents

            self._windows = WindowsSessionEvents(self._lock_for)
            self.listening.append("windows")
        self._windows.handle(event_type, message)

    def _lock_for(self, reason: str) -> None:
        self.reason = reason
        self.locked.emit()

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self._lock_for("screensaver")

    @Slot(bool)
    def _sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self._lock_for("sleep")
