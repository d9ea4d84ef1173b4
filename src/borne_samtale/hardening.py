"""Process hardening done first thing at start: no core dumps of a process that holds keys.

A core dump is a copy of the process's memory on disk: the database key, the passphrase as
typed and every word of the open conversation, in plain text. ``RLIMIT_CORE`` 0 (soft and
hard, so nothing later in the process can raise it again) stops the kernel writing a core
file on Linux and macOS. On Linux ``PR_SET_DUMPABLE`` 0 as well: the kernel then makes no
dump at all, neither a file nor one piped to a crash collector (systemd-coredump, apport),
and other processes of the same user can no longer attach with ptrace or read
``/proc/<pid>/mem``. Windows has neither; there the app makes no
such promise.
"""

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """Best effort: a platform that refuses leaves the process as it was, and says nothing."""
    if sys.platform == "win32":
        return
    import resource

    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _prctl(PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool | None:
    """Linux: the process's dumpable flag; None where it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    result = _prctl(PR_GET_DUMPABLE, 0)
    return None if result is None else result != 0


def _prctl(option: int, value: int) -> int | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    result = prctl(option, value, 0, 0, 0)
    return None if result < 0 else int(result)
