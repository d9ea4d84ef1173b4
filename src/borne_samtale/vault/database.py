"""The SQLCipher connection: raw-key open, pragmas, integrity check and migrations."""

import os
import threading
from collections.abc import Iterable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import sqlcipher3

from borne_samtale.errors import VaultCorrupted, VaultTooNew
from borne_samtale.vault.migrations import LATEST_VERSION, migrate
from borne_samtale.vault.storage import storage_errors

Connection = Any  # sqlcipher3 ships no type information

DatabaseError = sqlcipher3.DatabaseError


class _Connection(sqlcipher3.Connection):  # type: ignore[misc]
    """A connection whose disk errors (full, read-only, I/O) arrive as ``StorageError``.

    Every statement of the app goes through ``execute``, so a full disk during an autosave,
    a commit or a checkpoint reaches the UI as one plain sentence instead of a bug report.
    Other SQLite errors (a wrong key, a damaged page) pass through unchanged.

    The autosave writes from its own thread while the window reads: ``lock`` (re-entrant)
    serialises them. Each statement holds it, and ``transaction()`` holds it from BEGIN to
    COMMIT, so another thread's statement never lands inside someone else's transaction.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.RLock()

    def execute(self, sql: str, parameters: Iterable[Any] = ()) -> Any:
        with storage_errors(), self.lock:
            return super().execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> Any:
        with storage_errors(), self.lock:
            return super().executemany(sql, rows)


def _connect(path: Path) -> Connection:
    with storage_errors():
        return sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, factory=_Connection
        )


PAGE_SIZE = 4096  # SQLCipher 4's default; the app never changes it


def check_database_file(path: Path) -> None:
    """Refuse a database file that cannot be a whole vault before SQLite touches it.

    SQLite opens a missing or 0-byte file as a new, empty database: a vault whose database
    was emptied by a failed copy or a full disk would silently open with nothing in it. A
    vault's database is created only with the vault (``create_vault``); from then on it is
    never empty and always a whole number of pages.
    """
    try:
        with storage_errors():
            size = path.stat().st_size
    except FileNotFoundError:
        raise VaultCorrupted(MISSING) from None
    except OSError:
        raise VaultCorrupted(DAMAGED) from None
    if size == 0:
        raise VaultCorrupted(EMPTY)
    if size % PAGE_SIZE:
        raise VaultCorrupted(TRUNCATED)


def _create_private(path: Path) -> None:
    """Make the new database file 0600 before SQLite does (it would use 0644 less the umask).
    SQLite gives its -wal and -shm files the database file's mode, so they are 0600 too."""
    with storage_errors():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)


def open_database(
    path: Path, key: bytearray, *, check_integrity: bool = True, create: bool = False
) -> Connection:
    """Open the encrypted database with the raw 256-bit key and migrate it.

    Only ``create=True`` (a new vault) may start from a missing or empty file; otherwise a
    missing, empty, cut-short or unmigrated database is refused as damaged.
    """
    if not create:
        check_database_file(path)
    else:
        _create_private(path)
    conn = _connect(path)
    try:
        # The wheel prints to stderr on a wrong key unless told not to log.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Hex only: the key never passes through string quoting of a passphrase.
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            # The key came out of the key file's authenticated wrap, so it is the right key
            # for that file: the database is damaged, cut short, or another vault's.
            raise VaultCorrupted(DAMAGED) from None
        if not create and conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            raise VaultCorrupted(EMPTY)  # SQLite's idea of a database, never one of ours
        for pragma in (
            "journal_mode = WAL",
            "synchronous = FULL",
            "secure_delete = ON",
            "foreign_keys = ON",
            "temp_store = MEMORY",
        ):
            conn.execute(f"PRAGMA {pragma}")
        if check_integrity:
            integrity_check(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST_VERSION:
            raise VaultTooNew(
                "Samtalerne er gemt af en nyere version af Børnesamtale. Opdatér programmet."
            )
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def integrity_check(conn: Connection) -> None:
    """Check every page's authentication (HMAC) and the database structure."""
    try:
        cipher_problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        structure = conn.execute("PRAGMA quick_check").fetchall()
    except sqlcipher3.DatabaseError:
        raise VaultCorrupted(_CORRUPTED) from None
    if cipher_problems or [row[0] for row in structure] != ["ok"]:
        raise VaultCorrupted(_CORRUPTED)


MISSING = "Databasen (vault.db) mangler i boksens mappe. Læg en sikkerhedskopi tilbage."
EMPTY = (
    "Databasen (vault.db) er tom, så samtalerne er ikke i den. Boksen åbnes ikke; "
    "læg en sikkerhedskopi tilbage, eller kontakt IT-support."
)
TRUNCATED = (
    "Databasen (vault.db) er afkortet (en del af filen mangler), så boksen åbnes ikke. "
    "Læg en sikkerhedskopi tilbage, eller kontakt IT-support."
)
DAMAGED = (
    "Databasen (vault.db) er beskadiget, afkortet eller hører ikke til nøglefilen, så boksen "
    "åbnes ikke. Læg en sikkerhedskopi tilbage, eller kontakt IT-support."
)


class BackgroundIntegrityCheck:
    """``cipher_integrity_check`` and ``quick_check`` on a read-only connection of their own,
    for a thread other than the one the vault is used from (the window opens the vault
    without them and runs this once the case list is shown; see docs/threat-model.md).

    It holds a copy of the key, zeroed when ``run`` ends. ``cancel`` (any thread) interrupts
    a running check, e.g. when the vault is locked meanwhile.
    """

    def __init__(self, path: Path, key: bytearray) -> None:
        self._path = path
        self._key = bytearray(key)
        self._conn: Connection | None = None
        self._guard = threading.Lock()
        self._cancelled = False

    def run(self) -> bool:
        """True when the database passed both checks, False when cancelled; raises
        ``VaultCorrupted`` when it did not pass."""
        try:
            with self._guard:
                if self._cancelled:
                    return False
                conn = self._conn = _connect(self._path)
            try:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = \"x'{bytes(self._key).hex()}'\"")
                conn.execute("PRAGMA cipher_memory_security = ON")
                conn.execute("PRAGMA query_only = ON")
                integrity_check(conn)
            except VaultCorrupted:
                if self._cancelled:  # the interrupt ends the check as a database error
                    return False
                raise
            finally:
                with self._guard:
                    self._conn = None
                conn.close()
            return not self._cancelled
        finally:
            for index in range(len(self._key)):
                self._key[index] = 0

    def cancel(self) -> None:
        with self._guard:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


_CORRUPTED = (
    "Databasen med samtalerne er beskadiget og kan ikke åbnes sikkert. "
    "Kontakt IT-support, og lad filerne ligge, som de er."
)


def close_database(conn: Connection) -> None:
    """Fold the WAL back into the database and close (after any other thread's transaction)."""
    with getattr(conn, "lock", None) or nullcontext():
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
