"""A stand-in for ``ctypes.WinDLL`` that knows the Windows functions the program calls, with
their DLL and C signature as Microsoft documents them, written out here independently of
``borne_samtale/win32.py``.

It refuses what Windows would refuse and what ctypes would refuse: a DLL or a function
that does not exist, a call before the code set the documented ``restype`` and
``argtypes``, an argument its declared type cannot convert. Every call is recorded.
"""

import ctypes
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from borne_samtale.win32 import GUID

_BOOL = ctypes.c_int32
_UINT = ctypes.c_uint32
_DWORD = ctypes.c_uint32
_HRESULT = ctypes.c_int32
_HANDLE = ctypes.c_void_p

# dll -> function -> (restype, argtypes). Sources: the functions' pages on
# learn.microsoft.com (wtsapi32.h, winuser.h, errhandlingapi.h, werapi.h).
DOCUMENTED: dict[str, dict[str, tuple[Any, tuple[Any, ...]]]] = {
    "wtsapi32": {
        # BOOL WTSRegisterSessionNotification(HWND hWnd, DWORD dwFlags)
        "WTSRegisterSessionNotification": (_BOOL, (_HANDLE, _DWORD)),
        # BOOL WTSUnRegisterSessionNotification(HWND hWnd)
        "WTSUnRegisterSessionNotification": (_BOOL, (_HANDLE,)),
    },
    "user32": {
        # HPOWERNOTIFY RegisterPowerSettingNotification(HANDLE, LPCGUID, DWORD)
        "RegisterPowerSettingNotification": (_HANDLE, (_HANDLE, ctypes.POINTER(GUID), _DWORD)),
        # BOOL UnregisterPowerSettingNotification(HPOWERNOTIFY)
        "UnregisterPowerSettingNotification": (_BOOL, (_HANDLE,)),
    },
    "kernel32": {
        "GetErrorMode": (_UINT, ()),  # UINT GetErrorMode()
        "SetErrorMode": (_UINT, (_UINT,)),  # UINT SetErrorMode(UINT uMode)
        "WerSetFlags": (_HRESULT, (_DWORD,)),  # HRESULT WerSetFlags(DWORD dwFlags)
        # HANDLE CreateMutexW(LPSECURITY_ATTRIBUTES, BOOL bInitialOwner, LPCWSTR lpName)
        "CreateMutexW": (_HANDLE, (ctypes.c_void_p, _BOOL, ctypes.c_wchar_p)),
    },
    "wer": {
        # HRESULT WerAddExcludedApplication(PCWSTR pwzExeName, BOOL bAllUsers)
        "WerAddExcludedApplication": (_HRESULT, (ctypes.c_wchar_p, _BOOL)),
    },
}


@dataclass
class FakeWindows:
    """Install with ``monkeypatch.setattr(ctypes, "WinDLL", fake.load, raising=False)``."""

    calls: list[tuple[str, str, tuple[Any, ...]]] = field(default_factory=list)
    # (dll, function) -> what the call does with its arguments and returns
    behaviour: dict[tuple[str, str], Callable[..., Any]] = field(default_factory=dict)
    loaded: list[str] = field(default_factory=list)

    def load(self, name: str, use_last_error: bool = False, winmode: int = 0) -> "_FakeLibrary":
        # System DLLs only from System32 (LOAD_LIBRARY_SEARCH_SYSTEM32), never the app's folder.
        assert winmode == 0x800, f"{name} loaded with winmode {winmode:#x}"
        key = name.lower().removesuffix(".dll")
        if key not in DOCUMENTED:
            raise FileNotFoundError(f"Could not find module '{name}'")
        self.loaded.append(key)
        return _FakeLibrary(self, key)

    def names(self) -> list[str]:
        return [f"{dll}.{function}" for dll, function, _args in self.calls]


class _FakeLibrary:
    def __init__(self, windows: FakeWindows, dll: str) -> None:
        self._windows = windows
        self._dll = dll

    def __getattr__(self, name: str) -> "_FakeFunction":
        if name not in DOCUMENTED[self._dll]:
            raise AttributeError(f"function '{name}' not found")
        return _FakeFunction(self._windows, self._dll, name)


class _FakeFunction:
    def __init__(self, windows: FakeWindows, dll: str, name: str) -> None:
        self._windows = windows
        self._dll = dll
        self._name = name
        self.restype: Any = ctypes.c_int  # ctypes' default
        self.argtypes: Any = None

    def __call__(self, *args: Any) -> Any:
        restype, argtypes = DOCUMENTED[self._dll][self._name]
        where = f"{self._dll}.{self._name}"
        assert self.restype is restype, f"{where}: restype {self.restype} is not {restype}"
        assert tuple(self.argtypes or ()) == argtypes, f"{where}: argtypes {self.argtypes}"
        assert len(args) == len(argtypes), f"{where}: {len(args)} arguments"
        for argtype, value in zip(argtypes, args, strict=True):
            argtype.from_param(value)  # raises as ctypes would for a wrong type
        self._windows.calls.append((self._dll, self._name, args))
        act = self._windows.behaviour.get((self._dll, self._name))
        if act is not None:
            return act(*args)
        return SUCCESS[self._name]


# What each function returns when it works: TRUE, S_OK, a handle, the previous error mode.
# (BOOL and HRESULT are both 32-bit ints to ctypes, so the restype cannot tell them apart.)
SUCCESS = {
    "WTSRegisterSessionNotification": 1,
    "WTSUnRegisterSessionNotification": 1,
    "RegisterPowerSettingNotification": 0x5EED,
    "UnregisterPowerSettingNotification": 1,
    "GetErrorMode": 0,
    "SetErrorMode": 0,
    "WerSetFlags": 0,
    "WerAddExcludedApplication": 0,
    "CreateMutexW": 0x3A7C,
}
