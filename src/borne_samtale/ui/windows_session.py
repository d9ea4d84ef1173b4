"""Windows only: lock when the session locks or ends, or the machine sleeps.

Windows: lock when the session locks, logs off or is disconnected, when the lid closes and
when the machine goes to sleep or shuts down.

Windows tells a program through messages to its top-level window, which Qt hands to
``QWidget.nativeEvent`` as ``windows_generic_MSG`` with the address of a ``MSG``:

- ``WM_WTSSESSION_CHANGE`` (after ``WTSRegisterSessionNotification``): the session locked
  (Win+L, the screen saver's lock, a policy), was disconnected (fast user switching, a remote
  desktop closed) or logged off;
- ``WM_POWERBROADCAST``: ``PBT_APMSUSPEND`` just before sleep or hibernation, and, after
  ``RegisterPowerSettingNotification``, ``PBT_POWERSETTINGCHANGE`` for the lid switch. On
  laptops with Modern Standby, closing the lid does not always send ``PBT_APMSUSPEND``; the
  lid notification and the session lock that follows it cover them;
- ``WM_ENDSESSION``: the session really ends (log off, shut down, restart, an installer's
  Restart Manager closing the program).

Registration happens on the first message from a window, and again if Qt gives the window a
new handle, so nothing depends on when Qt creates the native window. Nothing here is handled
*instead* of Qt: the caller always lets Qt see the message too.
"""

import ctypes
import sys
from collections.abc import Callable

from borne_samtale import win32

EVENT_TYPE = b"windows_generic_MSG"

WM_DESTROY = 0x0002
WM_ACTIVATEAPP = 0x001C
WM_ENDSESSION = 0x0016
WM_POWERBROADCAST = 0x0218
WM_WTSSESSION_CHANGE = 0x02B1

# WM_WTSSESSION_CHANGE's wParam (wtsapi32.h)
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOGOFF = 0x6
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

# WM_POWERBROADCAST's wParam (winuser.h)
PBT_APMSUSPEND = 0x0004
PBT_POWERSETTINGCHANGE = 0x8013
DEVICE_NOTIFY_WINDOW_HANDLE = 0

# Power setting GUIDs (winnt.h): the lid switch; Data is a DWORD, 0 closed, 1 open.
GUID_LIDSWITCH_STATE_CHANGE = "ba3e0f4d-b817-4094-a2d1-d56379e6a0f3"
LID_CLOSED = 0
LID_OPEN = 1

SESSION_REASONS = {
    WTS_SESSION_LOCK: "session-lock",
    WTS_SESSION_LOGOFF: "logoff",
    WTS_CONSOLE_DISCONNECT: "console-disconnect",
    WTS_REMOTE_DISCONNECT: "remote-disconnect",
}


class WindowsSessionEvents:
    """Reads one top-level window's native messages and calls ``on_lock(reason)`` when the
    vault must lock. Registers that window for the notifications it needs."""

    def __init__(self, on_lock: Callable[[str], None]) -> None:
        self._on_lock = on_lock
        self._hwnd: int | None = None
        self._power_handle: int | None = None
        self._session_registered = False
        self._lid: int | None = None  # last lid state Windows reported

    @property
    def registered_window(self) -> int | None:
        return self._hwnd

    def handle(self, event_type: bytes, message: int) -> None:
        if event_type != EVENT_TYPE or not message:
            return
        msg = win32.MSG.from_address(message)
        hwnd = msg.hwnd or 0
        if msg.message == WM_DESTROY:
            if hwnd and hwnd == self._hwnd:
                self.unregister()
            return
        if hwnd and hwnd != self._hwnd:
            self._register(hwnd)
        elif msg.message == WM_ACTIVATEAPP and hwnd and not self._session_registered:
            # WTSRegisterSessionNotification fails while the session's Terminal Services are
            # still starting (a program started at log-on): try again when the app is
            # activated, not on every message.
            self._register_session(hwnd)
        reason = self._lock_reason(msg)
        if reason is not None:
            self._on_lock(reason)

    def _lock_reason(self, msg: win32.MSG) -> str | None:
        if msg.message == WM_WTSSESSION_CHANGE:
            return SESSION_REASONS.get(msg.wParam)
        if msg.message == WM_ENDSESSION:
            return "end-session" if msg.wParam else None  # FALSE: the log-off was cancelled
        if msg.message != WM_POWERBROADCAST:
            return None
        if msg.wParam == PBT_APMSUSPEND:
            return "suspend"
        if msg.wParam == PBT_POWERSETTINGCHANGE and msg.lParam:
            return self._lid_change(msg.lParam)
        return None

    def _lid_change(self, address: int) -> str | None:
        setting = win32.POWERBROADCAST_SETTING.from_address(address)
        if str(setting.PowerSetting) != GUID_LIDSWITCH_STATE_CHANGE or setting.DataLength < 4:
            return None
        offset = win32.POWERBROADCAST_SETTING.Data.offset
        state = int(ctypes.c_uint32.from_address(address + offset).value)
        previous, self._lid = self._lid, state
        # Windows reports the current state right after registering: a laptop docked with its
        # lid closed is not a lid being closed. Only a change from open to closed locks.
        if state == LID_CLOSED and previous == LID_OPEN:
            return "lid-closed"
        return None

    def _register(self, hwnd: int) -> None:
        self.unregister()
        self._hwnd = hwnd
        self._lid = None
        if sys.platform != "win32":
            return  # messages fed by tests: nothing to register with
        self._register_session(hwnd)
        try:
            register_power = win32.function("user32", "RegisterPowerSettingNotification")
            lid = win32.GUID.parse(GUID_LIDSWITCH_STATE_CHANGE)
            handle = register_power(hwnd, ctypes.byref(lid), DEVICE_NOTIFY_WINDOW_HANDLE)
            self._power_handle = int(handle) if handle else None
        except OSError:
            # No lid notifications (Windows without them): the idle lock, Ctrl+L, the session
            # lock and PBT_APMSUSPEND (which needs no registration) still work.
            self._power_handle = None

    def _register_session(self, hwnd: int) -> None:
        if sys.platform != "win32":
            return
        try:
            register = win32.function("wtsapi32", "WTSRegisterSessionNotification")
            self._session_registered = bool(register(hwnd, NOTIFY_FOR_THIS_SESSION))
        except OSError:
            self._session_registered = False

    def unregister(self) -> None:
        hwnd, self._hwnd = self._hwnd, None
        power, self._power_handle = self._power_handle, None
        session, self._session_registered = self._session_registered, False
        if sys.platform != "win32" or hwnd is None:
            return
        try:
            if session:
                win32.function("wtsapi32", "WTSUnRegisterSessionNotification")(hwnd)
            if power is not None:
                win32.function("user32", "UnregisterPowerSettingNotification")(power)
        except OSError:
            pass
