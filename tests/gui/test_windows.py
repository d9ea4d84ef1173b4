"""The Windows branches, run on Linux: the session lock and sleep messages, the crash-dump
switches, the clipboard's history formats, the vault lock file and the data folders.

Windows itself is replaced, never imitated by hand-written results: native messages are real
``MSG`` structures with Windows' layout, handed to the window's real ``nativeEvent``; Win32
calls go to ``tests/support/win32_fake.py``, which knows each function's documented DLL and
signature and refuses anything else; ``sys.platform`` reads ``win32`` where the code asks.
What this cannot show: that Windows sends these messages to a Qt window as documented, and
that the DLLs behave as documented. That is for the release checklist on a Windows machine
(packaging/README.md).
"""

import ctypes
import errno
import fcntl
import os
import sys
import types
from pathlib import Path, PureWindowsPath
from typing import Any

import platformdirs.windows
import pytest
import shiboken6
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from borne_samtale import hardening, win32
from borne_samtale.buglog import bug_log_path
from borne_samtale.domain import CaseworkerProfile
from borne_samtale.errors import VaultInUse
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.demo import default_demo_dir
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui import windows_session as ws
from borne_samtale.ui.clipboard import HISTORY_HINT, ClipboardGuard
from borne_samtale.ui.lock import SessionLockWatcher
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.vault.location import default_trust_file, default_vault_dir
from borne_samtale.vault.lockfile import IN_USE, VaultLock
from tests.support.common import PASSPHRASE, ROOT
from tests.support.win32_fake import FakeWindows

HWND = 0x000A01F2
OTHER_HWND = 0x000B0C44


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeWindows:
    """``sys.platform`` is win32 and ``ctypes.WinDLL`` is the fake."""
    fake = FakeWindows()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", fake.load, raising=False)
    return fake


def message(kind: int, wparam: int = 0, lparam: int = 0, hwnd: int = HWND) -> win32.MSG:
    return win32.MSG(hwnd=hwnd, message=kind, wParam=wparam, lParam=lparam)


class PowerSetting(ctypes.Structure):
    """POWERBROADCAST_SETTING with its four bytes of Data, as Windows allocates it."""

    _fields_ = (
        ("PowerSetting", win32.GUID),
        ("DataLength", ctypes.c_uint32),
        ("Data", ctypes.c_uint32),
    )


def lid(state: int, guid: str = ws.GUID_LIDSWITCH_STATE_CHANGE) -> PowerSetting:
    return PowerSetting(PowerSetting=win32.GUID.parse(guid), DataLength=4, Data=state)


class Watcher:
    """A SessionLockWatcher fed native messages; counts the locks it asks for."""

    def __init__(self) -> None:
        self.watcher = SessionLockWatcher()
        self.reasons: list[str | None] = []
        self.watcher.locked.connect(lambda: self.reasons.append(self.watcher.reason))
        self._keep: list[object] = []  # structures must outlive the call that reads them

    def send(self, msg: win32.MSG, event_type: bytes = ws.EVENT_TYPE) -> None:
        self._keep.append(msg)
        self.watcher.native_event(QByteArray(event_type), ctypes.addressof(msg))

    def power(self, setting: PowerSetting, hwnd: int = HWND) -> None:
        self._keep.append(setting)
        address = ctypes.addressof(setting)
        self.send(message(ws.WM_POWERBROADCAST, ws.PBT_POWERSETTINGCHANGE, address, hwnd))


@pytest.fixture
def watcher(qapp: QApplication) -> Watcher:
    return Watcher()


# The session lock and sleep -------------------------------------------------------------


def test_the_message_structures_have_the_64_bit_windows_layout() -> None:
    # winuser.h on x64: MSG is 48 bytes; POWERBROADCAST_SETTING's Data follows a 16-byte GUID
    # and a DWORD.
    assert ctypes.sizeof(win32.MSG) == 48
    offsets = {name: getattr(win32.MSG, name).offset for name, *_ in win32.MSG._fields_}
    assert offsets == {"hwnd": 0, "message": 8, "wParam": 16, "lParam": 24, "time": 32, "pt": 36}
    assert ctypes.sizeof(win32.GUID) == 16
    assert win32.POWERBROADCAST_SETTING.Data.offset == 20
    guid = win32.GUID.parse(ws.GUID_LIDSWITCH_STATE_CHANGE)
    assert (guid.Data1, guid.Data2, guid.Data3) == (0xBA3E0F4D, 0xB817, 0x4094)
    assert bytes(guid.Data4) == bytes.fromhex("a2d1d56379e6a0f3")


@pytest.mark.parametrize(
    ("kind", "wparam", "reason"),
    [
        (ws.WM_WTSSESSION_CHANGE, 0x7, "session-lock"),  # WTS_SESSION_LOCK
        (ws.WM_WTSSESSION_CHANGE, 0x6, "logoff"),  # WTS_SESSION_LOGOFF
        (ws.WM_WTSSESSION_CHANGE, 0x4, "remote-disconnect"),  # WTS_REMOTE_DISCONNECT
        (ws.WM_WTSSESSION_CHANGE, 0x2, "console-disconnect"),  # WTS_CONSOLE_DISCONNECT
        (ws.WM_POWERBROADCAST, 0x4, "suspend"),  # PBT_APMSUSPEND
        (ws.WM_ENDSESSION, 1, "end-session"),  # the session really ends
    ],
)
def test_each_windows_lock_message_locks(
    watcher: Watcher, kind: int, wparam: int, reason: str
) -> None:
    watcher.send(message(kind, wparam))
    assert watcher.reasons == [reason]


@pytest.mark.parametrize(
    ("kind", "wparam"),
    [
        (ws.WM_WTSSESSION_CHANGE, 0x8),  # WTS_SESSION_UNLOCK
        (ws.WM_WTSSESSION_CHANGE, 0x5),  # WTS_SESSION_LOGON
        (ws.WM_WTSSESSION_CHANGE, 0x1),  # WTS_CONSOLE_CONNECT
        (ws.WM_POWERBROADCAST, 0x12),  # PBT_APMRESUMEAUTOMATIC
        (ws.WM_POWERBROADCAST, 0xA),  # PBT_APMPOWERSTATUSCHANGE (on battery)
        (ws.WM_ENDSESSION, 0),  # the log-off was cancelled
        (0x000F, 0),  # WM_PAINT
        (0x0011, 0),  # WM_QUERYENDSESSION: may still be cancelled
    ],
)
def test_other_windows_messages_do_not_lock(watcher: Watcher, kind: int, wparam: int) -> None:
    watcher.send(message(kind, wparam))
    assert watcher.reasons == []


def test_messages_of_other_platforms_are_not_read_as_windows_ones(watcher: Watcher) -> None:
    lock = message(ws.WM_WTSSESSION_CHANGE, 0x7)
    watcher.send(lock, event_type=b"xcb_generic_event_t")
    watcher.send(lock, event_type=b"mac_generic_NSEvent")
    assert watcher.reasons == []
    assert "windows" not in watcher.watcher.listening


def test_closing_the_lid_locks_but_a_lid_closed_at_start_does_not(watcher: Watcher) -> None:
    watcher.power(lid(ws.LID_CLOSED))  # the state Windows reports on registering: docked
    assert watcher.reasons == []
    watcher.power(lid(ws.LID_OPEN))
    watcher.power(lid(ws.LID_CLOSED))
    assert watcher.reasons == ["lid-closed"]
    watcher.power(lid(ws.LID_OPEN))
    display = "6fe69556-704a-47a0-8f24-c28d936fda47"  # GUID_CONSOLE_DISPLAY_STATE: not ours
    watcher.power(lid(0, guid=display))
    assert watcher.reasons == ["lid-closed"]


def test_the_window_registers_for_session_and_lid_notifications(
    windows: FakeWindows, watcher: Watcher
) -> None:
    lid_guids: list[str] = []

    def register_power(hwnd: int, guid: Any, flags: int) -> int:
        lid_guids.append(str(guid._obj))  # byref(GUID)
        return 0x5EED

    windows.behaviour[("user32", "RegisterPowerSettingNotification")] = register_power
    watcher.send(message(0x0001))  # the first message from the window (here WM_CREATE)
    watcher.send(message(0x000F))  # later ones register nothing again
    assert windows.calls == [
        ("wtsapi32", "WTSRegisterSessionNotification", (HWND, ws.NOTIFY_FOR_THIS_SESSION)),
        ("user32", "RegisterPowerSettingNotification", windows.calls[1][2]),
    ]
    assert windows.calls[1][2][0] == HWND
    assert windows.calls[1][2][2] == ws.DEVICE_NOTIFY_WINDOW_HANDLE
    assert lid_guids == [ws.GUID_LIDSWITCH_STATE_CHANGE]

    # Qt gives the window a new native handle: the old registrations go, new ones come.
    watcher.send(message(0x000F, hwnd=OTHER_HWND))
    assert windows.names()[2:] == [
        "wtsapi32.WTSUnRegisterSessionNotification",
        "user32.UnregisterPowerSettingNotification",
        "wtsapi32.WTSRegisterSessionNotification",
        "user32.RegisterPowerSettingNotification",
    ]
    assert windows.calls[2][2] == (HWND,)
    assert windows.calls[3][2] == (0x5EED,)  # the handle RegisterPowerSettingNotification gave

    watcher.send(message(ws.WM_DESTROY, hwnd=OTHER_HWND))  # before the window is destroyed
    assert windows.names()[6:] == [
        "wtsapi32.WTSUnRegisterSessionNotification",
        "user32.UnregisterPowerSettingNotification",
    ]
    assert windows.calls[6][2] == (OTHER_HWND,)


def test_a_failed_session_registration_is_tried_again_when_the_app_is_activated(
    windows: FakeWindows, watcher: Watcher
) -> None:
    answers = iter([0, 1])  # FALSE while Terminal Services start, then TRUE
    windows.behaviour[("wtsapi32", "WTSRegisterSessionNotification")] = lambda *_: next(answers)
    watcher.send(message(0x0001))
    watcher.send(message(0x000F))  # WM_PAINT: no retry on every message
    watcher.send(message(ws.WM_ACTIVATEAPP, 1))
    watcher.send(message(ws.WM_ACTIVATEAPP, 1))  # registered now: no third try
    tries = [n for n in windows.names() if n == "wtsapi32.WTSRegisterSessionNotification"]
    assert len(tries) == 2
    watcher.send(message(ws.WM_WTSSESSION_CHANGE, 0x7))
    assert watcher.reasons == ["session-lock"]


def test_a_windows_without_the_functions_still_locks_on_sleep(
    monkeypatch: pytest.MonkeyPatch, watcher: Watcher
) -> None:
    def no_such_module(name: str, use_last_error: bool = False, winmode: int = 0) -> object:
        raise FileNotFoundError(f"Could not find module '{name}'")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", no_such_module, raising=False)
    watcher.send(message(0x0001))
    watcher.send(message(ws.WM_POWERBROADCAST, ws.PBT_APMSUSPEND))
    assert watcher.reasons == ["suspend"]


def test_the_session_lock_message_locks_the_window_and_closes_the_vault(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    ConversationService(new.vault).set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    access.lock(new.vault)
    window = MainWindow(folder, demo=False, content=PracticeContent.load())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    window.background.wait()
    assert window.session is not None
    vault = window.session.vault

    # PySide6 hands the override the MSG's address as a shiboken6.VoidPtr (not the int its
    # type stub says), and QWidget.nativeEvent accepts only that back.
    unlock = message(ws.WM_WTSSESSION_CHANGE, 0x8)  # WTS_SESSION_UNLOCK: stays open
    handled = window.nativeEvent(
        QByteArray(ws.EVENT_TYPE),
        shiboken6.VoidPtr(ctypes.addressof(unlock)),  # type: ignore[arg-type]
    )
    assert handled == (False, 0)  # Qt still gets every message
    assert window.session is not None
    lock = message(ws.WM_WTSSESSION_CHANGE, ws.WTS_SESSION_LOCK)  # Win+L
    window.nativeEvent(
        QByteArray(ws.EVENT_TYPE),
        shiboken6.VoidPtr(ctypes.addressof(lock)),  # type: ignore[arg-type]
    )
    assert window.session is None
    assert not vault.is_open
    assert not any(vault._key)
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.session_lock.reason == "session-lock"


# No crash dumps -------------------------------------------------------------------------


@pytest.fixture
def error_mode(windows: FakeWindows) -> list[int]:
    """GetErrorMode/SetErrorMode with a process error mode that starts at Windows' default."""
    mode = [0]

    def set_mode(new: int) -> int:
        old, mode[0] = mode[0], new
        return old

    windows.behaviour[("kernel32", "GetErrorMode")] = lambda: mode[0]
    windows.behaviour[("kernel32", "SetErrorMode")] = set_mode
    return mode


def _no_posix_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    import resource

    def refuse(*_args: object) -> None:
        raise AssertionError("the POSIX branch ran on Windows")

    monkeypatch.setattr(resource, "setrlimit", refuse)


def test_at_start_windows_error_reporting_is_kept_away_from_the_process(
    monkeypatch: pytest.MonkeyPatch, windows: FakeWindows, error_mode: list[int]
) -> None:
    _no_posix_limits(monkeypatch)
    error_mode[0] = 0x8000  # SEM_NOOPENFILEERRORBOX, set by someone before us: kept
    monkeypatch.setattr(sys, "executable", r"C:\Python311\python.exe")
    hardening.disable_core_dumps()
    assert error_mode[0] == 0x8000 | 0x0001 | 0x0002  # + FAILCRITICALERRORS, NOGPFAULTERRORBOX
    assert ("kernel32", "WerSetFlags", (1,)) in windows.calls  # WER_FAULT_REPORTING_FLAG_NOHEAP
    # Not the installed program: python.exe is never added to the user's WER exclusions.
    assert "wer.WerAddExcludedApplication" not in windows.names()
    assert "wer" not in windows.loaded


@pytest.mark.parametrize("program", ["Boernesamtale.exe", "borne-samtale.exe"])
def test_the_installed_program_is_excluded_from_error_reports_for_this_user_only(
    monkeypatch: pytest.MonkeyPatch, windows: FakeWindows, error_mode: list[int], program: str
) -> None:
    _no_posix_limits(monkeypatch)
    monkeypatch.setattr(sys, "executable", rf"C:\Users\lise\AppData\Local\Programs\B\{program}")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    done = hardening.disable_windows_error_reporting()
    assert done == {"error-mode": True, "no-heap": True, "excluded": True}
    # bAllUsers FALSE: HKCU, no administrator rights needed.
    assert ("wer", "WerAddExcludedApplication", (program, False)) in windows.calls


def test_a_windows_that_refuses_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, windows: FakeWindows, error_mode: list[int]
) -> None:
    windows.behaviour[("kernel32", "SetErrorMode")] = lambda new: 0  # ignored
    windows.behaviour[("kernel32", "WerSetFlags")] = lambda flags: -2147024891  # E_ACCESSDENIED
    done = hardening.disable_windows_error_reporting()
    assert done == {"error-mode": False, "no-heap": False, "excluded": False}


def test_off_windows_nothing_of_windows_is_called(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeWindows()
    monkeypatch.setattr(ctypes, "WinDLL", fake.load, raising=False)
    assert hardening.disable_windows_error_reporting() == dict.fromkeys(
        ("error-mode", "no-heap", "excluded"), False
    )
    with pytest.raises(OSError, match="only on Windows"):
        win32.function("kernel32", "SetErrorMode")
    assert fake.calls == []


# The clipboard's history formats --------------------------------------------------------


def test_copied_text_carries_the_windows_history_formats(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = QApplication.clipboard()
    board.clear()
    guard = ClipboardGuard(clear_after_ms=60_000, came_from_us=lambda: True)
    monkeypatch.setattr(sys, "platform", "win32")
    try:
        field = QLineEdit("Jeg vil bo hos far")
        qtbot.addWidget(field)
        field.selectAll()
        field.copy()
        mime = board.mimeData()
        assert mime is not None
        assert mime.text() == "Jeg vil bo hos far"
        assert mime.hasFormat(HISTORY_HINT)
        prefix = 'application/x-qt-windows-mime;value="'  # Qt's name for a registered format
        data = {
            name.removeprefix(prefix).rstrip('"'): bytes(mime.data(name).data())
            for name in mime.formats()
            if name.startswith(prefix)
        }
        # Microsoft's clipboard-history formats: any data excludes from monitors; a DWORD 0
        # keeps the text out of the history and the cloud clipboard.
        assert set(data) == {
            "ExcludeClipboardContentFromMonitorProcessing",
            "CanIncludeInClipboardHistory",
            "CanUploadToCloudClipboard",
        }
        assert int.from_bytes(data["CanIncludeInClipboardHistory"], "little") == 0
        assert len(data["CanIncludeInClipboardHistory"]) == 4
        assert data["CanUploadToCloudClipboard"] == b"\0\0\0\0"
        guard.clear()
        assert not board.text()
    finally:
        monkeypatch.undo()
        guard.clear()
        board.clear()
        shiboken6.delete(guard)  # now, so it cannot react to another test's clipboard


# The vault lock file --------------------------------------------------------------------


@pytest.fixture
def msvcrt(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int]]:
    """A stand-in for Windows' msvcrt.locking: a byte-range lock that, like LockFileEx through
    the CRT, belongs to the open file and refuses a second holder with EACCES."""
    calls: list[tuple[int, int, int]] = []
    module = types.ModuleType("msvcrt")
    module.LK_UNLCK = 0  # type: ignore[attr-defined]  # values from Python's msvcrt
    module.LK_NBLCK = 2  # type: ignore[attr-defined]

    def locking(fd: int, mode: int, nbytes: int) -> None:
        calls.append((mode, nbytes, os.lseek(fd, 0, os.SEEK_CUR)))
        if mode == 2:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise PermissionError(errno.EACCES, "Permission denied") from None
        elif mode == 0:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:
            raise AssertionError(f"mode {mode}")

    module.locking = locking  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "msvcrt", module)
    monkeypatch.setattr(sys, "platform", "win32")
    return calls


def test_the_windows_lock_file_refuses_a_second_holder_and_frees_on_release(
    tmp_path: Path, msvcrt: list[tuple[int, int, int]]
) -> None:
    path = tmp_path / "vault.lock"
    first = VaultLock.acquire(path)
    with pytest.raises(VaultInUse) as refused:
        VaultLock.acquire(path)
    assert str(refused.value) == IN_USE
    first.release()
    first.release()  # twice is harmless
    again = VaultLock.acquire(path)
    again.release()
    # One byte at the start of the file, without waiting (LK_NBLCK), then unlocked.
    assert msvcrt == [(2, 1, 0), (2, 1, 0), (0, 1, 0), (2, 1, 0), (0, 1, 0)]


# Where the data lives -------------------------------------------------------------------

LOCAL = r"C:\Users\lise\AppData\Local"
ROAMING = r"C:\Users\lise\AppData\Roaming"


@pytest.fixture
def shell_folders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Windows' answer to SHGetKnownFolderPath, as platformdirs asks it; records the asks."""
    asked: list[str] = []
    known = {"CSIDL_LOCAL_APPDATA": LOCAL, "CSIDL_APPDATA": ROAMING}

    def resolve(csidl: str) -> str:
        asked.append(csidl)
        return known[csidl]

    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", resolve)
    for name in ("LOCAL_APPDATA", "APPDATA"):
        monkeypatch.delenv(f"WIN_PD_OVERRIDE_{name}", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    return asked


def _windows_path(path: Path) -> PureWindowsPath:
    return PureWindowsPath(str(path))  # the separators os.path used on Linux do not matter


def test_on_windows_every_folder_is_in_the_local_profile_never_the_roaming_one(
    shell_folders: list[str],
) -> None:
    folders = {
        "vault": default_vault_dir(),
        "demo-vault": default_demo_dir(),
        "log": bug_log_path(),
        "trust": default_trust_file(),  # verify --set-trust
    }
    assert {k: _windows_path(v) for k, v in folders.items()} == {
        "vault": PureWindowsPath(LOCAL, "borne-samtale", "vault"),
        "demo-vault": PureWindowsPath(LOCAL, "borne-samtale", "demo-vault"),
        "log": PureWindowsPath(LOCAL, "borne-samtale", "Logs", "fejl.log"),
        "trust": PureWindowsPath(LOCAL, "borne-samtale", "betroet-udsteder.pem"),
    }
    assert set(shell_folders) == {"CSIDL_LOCAL_APPDATA"}  # %APPDATA% is never asked for


def test_packaging_docs_and_the_uninstaller_name_the_folders_the_program_uses(
    shell_folders: list[str],
) -> None:
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    for path in (default_vault_dir(), default_demo_dir().parent, bug_log_path()):
        documented = str(_windows_path(path)).replace(LOCAL, "%LOCALAPPDATA%")
        assert f"`{documented}`" in readme
    script = (ROOT / "packaging" / "windows" / "borne-samtale.iss").read_text(encoding="utf-8")
    data = str(_windows_path(default_vault_dir()).parent).replace(LOCAL, "{localappdata}")
    assert f"ExpandConstant('{data}')" in script


# The installer sees the running program ---------------------------------------------------


def test_the_window_holds_the_mutexes_the_installer_waits_for(
    monkeypatch: pytest.MonkeyPatch, windows: FakeWindows
) -> None:
    monkeypatch.setattr(win32, "_held_mutexes", [])
    assert win32.announce_running() == 2
    assert win32.announce_running() == 2  # once per process
    assert windows.calls == [
        ("kernel32", "CreateMutexW", (None, False, "Boernesamtale")),
        ("kernel32", "CreateMutexW", (None, False, "Global\\Boernesamtale")),
    ]
    script = (ROOT / "packaging" / "windows" / "borne-samtale.iss").read_text(encoding="utf-8")
    line = next(x for x in script.splitlines() if x.startswith("AppMutex="))
    assert line.removeprefix("AppMutex=").split(",") == list(win32.RUNNING_MUTEXES)
