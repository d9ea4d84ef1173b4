"""One process at a time per vault: an exclusive lock on ``vault.lock`` while it is open.

Two windows writing the same conversation would each autosave over the other's words, so a
second unlock is refused with a plain sentence. The lock is the operating system's
(``flock`` on Linux and macOS, ``LockFileEx`` through ``msvcrt.locking`` on Windows): it
belongs to the open file, so it goes away when the process ends however it ends, even by
``kill -9``, and a stale ``vault.lock`` left on disk locks nothing. The file is empty.

Opening the lock file for writing is also the first write the vault needs, so a read-only
folder is found here, before the passphrase is even tried.
"""

import os
import sys
from pathlib import Path

from borne_samtale.errors import UserError, VaultInUse
from borne_samtale.vault.storage import storage_errors

IN_USE = "Boksen er allerede åben i et andet vindue af Børnesamtale, så luk det først og prøv igen."


class VaultLock:
    """Held from unlock to lock; ``release`` is safe to call more than once."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path) -> "VaultLock":
        try:
            with storage_errors():
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:  # not a disk error: e.g. a folder no file can be made in
            raise UserError(
                f"Boksens mappe {path.parent} kan ikke bruges ({exc.strerror})."
            ) from None
        try:
            _lock(fd)
        except BlockingIOError:
            os.close(fd)
            raise VaultInUse(IN_USE) from None
        except BaseException:
            os.close(fd)
            raise
        return cls(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)  # closing alone releases it too; unlocking first is explicit


# The system is asked at call time, not at import, so the tests can run the Windows branch on
# Linux (tests/gui/test_windows.py, with a stand-in for msvcrt).
def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:  # a held lock is reported as "access denied"
            raise BlockingIOError(exc.errno, exc.strerror) from None
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
