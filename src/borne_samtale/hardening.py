r"""Process hardening done first thing at start: no core dumps of a process that holds keys.

A core dump is a copy of the process's memory on disk: the database key, the passphrase as
typed and every word of the open conversation, in plain text. ``RLIMIT_CORE`` 0 (soft and
hard, so nothing later in the process can raise it again) stops the kernel writing a core
file on Linux and macOS. On Linux ``PR_SET_DUMPABLE`` 0 as well: the kernel then makes no
dump at all, neither a file nor one piped to a crash collector (systemd-coredump, apport),
and other processes of the same user can no longer attach with ptrace or read
``/proc/<pid>/mem``.

Windows has neither; there the crash dump comes from Windows Error Reporting (WER), which
keeps reports (with a minidump, and a heap dump when Microsoft asks for one) under
``%LOCALAPPDATA%\CrashDumps`` and ``%PROGRAMDATA%\Microsoft\Windows\WER``. Three
switches, each a fallback for the one before:

1. ``SetErrorMode(SEM_NOGPFAULTERRORBOX)`` (added to the current mode): "the system does not
   invoke Windows Error Reporting" for a crash in this process, and its children inherit it.
   ``SEM_FAILCRITICALERRORS`` too, as Microsoft advises every program to set.
2. ``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``: should WER run after all (a fail-fast
   crash bypasses the error mode), its report for this process holds no heap, where the key
   and the words are.
3. ``WerAddExcludedApplication(<exe name>, FALSE)`` for the installed program only: the
   current user's WER exclusion list (``HKCU\Software\Microsoft\Windows\Windows Error
   Reporting\ExcludedApplications``), which the uninstaller cleans up. Never for
   ``python.exe``: that would switch WER off for every Python program of the user.
"""

import contextlib
import ctypes
import ntpath
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3

SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 0x0001
S_OK = 0
# The names of the installed programs (packaging/borne-samtale.spec, the Inno Setup script).
WINDOWS_PROGRAMS = frozenset({"Boernesamtale.exe", "borne-samtale.exe"})


def disable_core_dumps() -> None:
    """Best effort: a platform that refuses leaves the process as it was, and says nothing."""
    if sys.platform == "win32":
        disable_windows_error_reporting()
        return
    import resource

    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _prctl(PR_SET_DUMPABLE, 0)


def disable_windows_error_reporting() -> dict[str, bool]:
    """Windows: keep this process's crashes out of WER (see the module's docstring). Returns
    which of the three steps Windows accepted; an older Windows lacking one is not an
    error."""
    done = {"error-mode": False, "no-heap": False, "excluded": False}
    if sys.platform != "win32":
        return done
    # Here, not at the top: elsewhere it would only slow the start (uuid, GUID structures).
    from borne_samtale import win32

    with contextlib.suppress(OSError):
        mode = int(win32.function("kernel32", "GetErrorMode")())
        wanted = mode | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
        win32.function("kernel32", "SetErrorMode")(wanted)
        done["error-mode"] = int(win32.function("kernel32", "GetErrorMode")()) & wanted == wanted
    with contextlib.suppress(OSError):
        result = win32.function("kernel32", "WerSetFlags")(WER_FAULT_REPORTING_FLAG_NOHEAP)
        done["no-heap"] = int(result) == S_OK
    program = ntpath.basename(sys.executable)
    if getattr(sys, "frozen", False) and program in WINDOWS_PROGRAMS:
        with contextlib.suppress(OSError):
            result = win32.function("wer", "WerAddExcludedApplication")(program, False)
            done["excluded"] = int(result) == S_OK
    return done


def is_dumpable() -> bool | None:
    """Linux: the process's dumpable flag; None where it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    result = _prctl(PR_GET_DUMPABLE, 0)
    return None if result is None else result != 0


def _prctl(option: int, value: int) -> int | None:
    try:
        # The process's own symbols, libc's among them: no ldconfig subprocess to find it.
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    result = prctl(option, value, 0, 0, 0)
    return None if result < 0 else int(result)
