"""What the disk says when it refuses, turned into one plain Danish sentence.

Every write to a vault ends in SQLite (the database) or the operating system (the key file,
the lock file). Both report the same few conditions in their own words; this is the one
place that turns them into a typed ``StorageError`` the UI and CLI show as it is. The
messages say what the caseworker needs to know: that what was already saved is intact.
"""

import errno
from types import TracebackType

from borne_samtale.errors import DiskFailure, DiskFull, StorageError, VaultReadOnly

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14

DISK_FULL = (
    "Disken er fuld, så det sidste blev ikke gemt; det, der allerede var gemt, er i behold. "
    "Frigør plads på computeren, og prøv igen."
)
READ_ONLY = (
    "Boksens mappe er skrivebeskyttet, så intet kan gemmes i den; det, der allerede var gemt, "
    "er i behold. Kontakt IT-support."
)
DISK_FAILURE = (
    "Disken svarer med en fejl, så det sidste blev ikke gemt; det, der allerede var gemt, "
    "er i behold. Kontakt IT-support."
)

_BY_ERRNO: dict[int, type[StorageError]] = {
    errno.ENOSPC: DiskFull,
    errno.EDQUOT: DiskFull,
    errno.EFBIG: DiskFull,
    errno.EROFS: VaultReadOnly,
    errno.EACCES: VaultReadOnly,
    errno.EPERM: VaultReadOnly,
    errno.EIO: DiskFailure,
}

_BY_SQLITE_CODE: dict[int, type[StorageError]] = {
    SQLITE_FULL: DiskFull,
    SQLITE_READONLY: VaultReadOnly,
    SQLITE_PERM: VaultReadOnly,
    SQLITE_IOERR: DiskFailure,
    SQLITE_CANTOPEN: DiskFailure,
}

_MESSAGES: dict[type[StorageError], str] = {
    DiskFull: DISK_FULL,
    VaultReadOnly: READ_ONLY,
    DiskFailure: DISK_FAILURE,
}


def storage_error(exc: BaseException) -> StorageError | None:
    """The ``StorageError`` for an ``OSError`` or a SQLite error, or None if it is not one."""
    kind: type[StorageError] | None = None
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError) and exc.errno is not None:
        kind = _BY_ERRNO.get(exc.errno)
    else:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int):
            kind = _BY_SQLITE_CODE.get(code & 0xFF)
    return None if kind is None else kind(_MESSAGES[kind])


class _StorageErrors:
    """``with storage_errors():`` turns a disk's refusal raised inside into the plain
    ``StorageError``; anything else passes unchanged. A class rather than a generator: it
    wraps every SQL statement, and this costs a fraction of ``@contextmanager``'s time."""

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is None or isinstance(exc, StorageError) or not isinstance(exc, Exception):
            return
        mapped = storage_error(exc)
        if mapped is not None:
            raise mapped from exc


_STORAGE_ERRORS = _StorageErrors()


def storage_errors() -> _StorageErrors:
    """The one way a disk error (SQLite's or the operating system's) becomes a
    ``StorageError``: ``with storage_errors(): ...``."""
    return _STORAGE_ERRORS
