"""The few Windows API functions the program calls, through ctypes (no pywin32).

Every function is declared once here with its DLL and its C signature, as Microsoft's
documentation gives them, and loaded from a private ``ctypes.WinDLL`` (not the shared
``ctypes.windll``, whose function objects every library in the process would share), so
setting ``argtypes``/``restype`` here changes nothing for anyone else. Pointer-sized results
(handles) get a pointer-sized ``restype``; ctypes' default ``int`` would cut a 64-bit handle
in half. The DLLs are loaded from System32 only (``LOAD_LIBRARY_SEARCH_SYSTEM32``), never
from the program's own folder, where a planted ``wer.dll`` would otherwise come first.

The tests run on Linux with ``ctypes.WinDLL`` replaced by a fake that knows the same
functions from its own copy of the documentation, so a misspelt DLL or function name, a wrong
signature or an argument of the wrong type fails there, not first on a caseworker's laptop.
"""

import ctypes
import sys
import uuid
from collections.abc import Callable
from typing import Any

# C types by their Windows names, sized as on 64-bit Windows. (ctypes.wintypes.DWORD is a C
# long, 8 bytes on Linux; these are the same size everywhere, so the structures below have
# Windows' layout on every system, and the tests build the messages Windows would send.)
BOOL = ctypes.c_int32
UINT = ctypes.c_uint32
DWORD = ctypes.c_uint32
HRESULT = ctypes.c_int32
HANDLE = ctypes.c_void_p
HWND = ctypes.c_void_p
WPARAM = ctypes.c_size_t  # UINT_PTR
LPARAM = ctypes.c_ssize_t  # LONG_PTR
LPCWSTR = ctypes.c_wchar_p

LOAD_LIBRARY_SEARCH_SYSTEM32 = 0x00000800  # libloaderapi.h, a LoadLibraryExW flag


class GUID(ctypes.Structure):
    _fields_ = (
        ("Data1", ctypes.c_uint32),
        ("Data2", ctypes.c_uint16),
        ("Data3", ctypes.c_uint16),
        ("Data4", ctypes.c_uint8 * 8),
    )

    @classmethod
    def parse(cls, text: str) -> "GUID":
        # A GUID in memory is Data1-Data3 little-endian, then Data4 as bytes: uuid's bytes_le.
        return cls.from_buffer_copy(uuid.UUID(text).bytes_le)

    def __str__(self) -> str:
        return str(uuid.UUID(bytes_le=bytes(self)))


class POINT(ctypes.Structure):
    _fields_ = (("x", ctypes.c_int32), ("y", ctypes.c_int32))


class MSG(ctypes.Structure):
    """winuser.h ``MSG``: what Qt passes to ``nativeEvent`` as ``windows_generic_MSG``."""

    _fields_ = (
        ("hwnd", HWND),
        ("message", UINT),
        ("wParam", WPARAM),
        ("lParam", LPARAM),
        ("time", DWORD),
        ("pt", POINT),
    )


class POWERBROADCAST_SETTING(ctypes.Structure):
    """winuser.h: what ``lParam`` points at with ``PBT_POWERSETTINGCHANGE``. ``Data`` is
    ``DataLength`` bytes long; declared as one byte, as in the header."""

    _fields_ = (
        ("PowerSetting", GUID),
        ("DataLength", DWORD),
        ("Data", ctypes.c_uint8 * 1),
    )


# (dll, function) -> (restype, argtypes), from the function's page on learn.microsoft.com.
SIGNATURES: dict[tuple[str, str], tuple[Any, tuple[Any, ...]]] = {
    # wtsapi32.h
    ("wtsapi32", "WTSRegisterSessionNotification"): (BOOL, (HWND, DWORD)),
    ("wtsapi32", "WTSUnRegisterSessionNotification"): (BOOL, (HWND,)),
    # winuser.h: HPOWERNOTIFY RegisterPowerSettingNotification(HANDLE, LPCGUID, DWORD)
    ("user32", "RegisterPowerSettingNotification"): (
        HANDLE,
        (HANDLE, ctypes.POINTER(GUID), DWORD),
    ),
    ("user32", "UnregisterPowerSettingNotification"): (BOOL, (HANDLE,)),
    # errhandlingapi.h
    ("kernel32", "GetErrorMode"): (UINT, ()),
    ("kernel32", "SetErrorMode"): (UINT, (UINT,)),
    # werapi.h: WerSetFlags is exported by kernel32, WerAddExcludedApplication by wer.dll.
    ("kernel32", "WerSetFlags"): (HRESULT, (DWORD,)),
    ("wer", "WerAddExcludedApplication"): (HRESULT, (LPCWSTR, BOOL)),
    # synchapi.h: HANDLE CreateMutexW(LPSECURITY_ATTRIBUTES, BOOL bInitialOwner, LPCWSTR)
    ("kernel32", "CreateMutexW"): (HANDLE, (ctypes.c_void_p, BOOL, LPCWSTR)),
}

# The named mutex a running window holds, so that Setup and the uninstaller see the program
# running and ask for it to be closed first (packaging/windows/borne-samtale.iss, AppMutex):
# in this session, and under Global\ for other users' sessions on the same machine.
RUNNING_MUTEXES = ("Boernesamtale", "Global\\Boernesamtale")
_held_mutexes: list[int] = []


def announce_running() -> int:
    """Windows: create (or open) the named mutexes and keep them until the process ends,
    when Windows closes them. Returns how many are held; 0 elsewhere or if Windows refuses."""
    if sys.platform != "win32" or _held_mutexes:
        return len(_held_mutexes)
    try:
        create = function("kernel32", "CreateMutexW")
    except OSError:
        return 0
    for name in RUNNING_MUTEXES:
        handle = create(None, False, name)
        if handle:
            _held_mutexes.append(int(handle))
    return len(_held_mutexes)


def function(dll: str, name: str) -> Callable[..., Any]:
    """The typed function ``name`` of ``dll``. Raises OSError off Windows or when the DLL or
    the function is missing, AttributeError included (a DLL without that export)."""
    restype, argtypes = SIGNATURES[(dll, name)]
    if sys.platform != "win32":
        raise OSError(f"{dll}.{name} exists only on Windows")
    try:
        library = ctypes.WinDLL(dll, use_last_error=True, winmode=LOAD_LIBRARY_SEARCH_SYSTEM32)
        found: Any = getattr(library, name)
    except AttributeError as exc:
        raise OSError(f"{dll} has no {name}") from exc
    found.restype = restype
    found.argtypes = argtypes
    typed: Callable[..., Any] = found
    return typed
