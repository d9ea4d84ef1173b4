"""The SQLCipher connection: raw-key open, pragmas, integrity check and migrations."""

from pathlib import Path
from typing import Any

import sqlcipher3

from borne_samtale.errors import VaultCorrupted, VaultTooNew, WrongPassphrase
from borne_samtale.vault.migrations import LATEST_VERSION, migrate

Connection = Any  # sqlcipher3 ships no type information

DatabaseError = sqlcipher3.DatabaseError


def open_database(path: Path, key: bytearray, *, check_integrity: bool = True) -> Connection:
    """Open (or create) the encrypted database with the raw 256-bit key and migrate it."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # The wheel prints to stderr on a wrong key unless told not to log.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Hex only: the key never passes through string quoting of a passphrase.
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise WrongPassphrase(
                "Databasen kan ikke åbnes med denne nøgle. Den er beskadiget eller hører "
                "ikke til nøglefilen."
            ) from None
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


_CORRUPTED = (
    "Databasen med samtalerne er beskadiget og kan ikke åbnes sikkert. "
    "Kontakt IT-support, og lad filerne ligge, som de er."
)


def close_database(conn: Connection) -> None:
    """Fold the WAL back into the database and close."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
