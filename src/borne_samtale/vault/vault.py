"""An open vault: the decrypted connection, its repositories, and the key held while open.

Create, unlock and re-key live here; what happens *because* of them (audit events, the
caseworker's view of it) lives in services/.
"""

import contextlib
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from borne_samtale.errors import (
    StorageError,
    UserError,
    VaultCorrupted,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from borne_samtale.vault.audit import AuditLog
from borne_samtale.vault.database import (
    BackgroundIntegrityCheck,
    Connection,
    close_database,
    open_database,
)
from borne_samtale.vault.documents import DocumentRepository
from borne_samtale.vault.identity import IdentityRepository
from borne_samtale.vault.keys import (
    KdfParams,
    KeyFile,
    calibrated_params,
    check_passphrase_strength,
    new_database_key,
    new_recovery_code,
    read_key_file,
    write_key_file,
    zero,
)
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.lockfile import VaultLock
from borne_samtale.vault.repositories import (
    CaseworkerRepository,
    ChildRepository,
    ConversationRepository,
)
from borne_samtale.vault.storage import storage_error


class Vault:
    """An unlocked vault. ``close()`` closes the database, zeroes the key and lets go of the
    vault's lock, so another window may open it."""

    def __init__(
        self,
        paths: VaultPaths,
        conn: Connection,
        key: bytearray,
        key_file: KeyFile,
        lock: VaultLock | None = None,
    ):
        self.paths = paths
        self._conn: Connection | None = conn
        self._key = key
        self._key_file = key_file
        self._lock = lock
        self.caseworker = CaseworkerRepository(conn)
        self.children = ChildRepository(conn)
        self.conversations = ConversationRepository(conn)
        self.audit = AuditLog(conn)
        self.identity = IdentityRepository(conn)
        self.documents = DocumentRepository(conn)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def integrity_check(self) -> BackgroundIntegrityCheck:
        """A check of the database file on a connection of its own (see its ``run``)."""
        if self._conn is None:
            raise VaultLocked("Boksen er låst. Lås den op igen for at fortsætte.")
        return BackgroundIntegrityCheck(self.paths.database, self._key)

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise VaultLocked("Boksen er låst. Lås den op igen for at fortsætte.")
        return self._conn

    def close(self) -> None:
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        try:
            close_database(conn)
        finally:
            zero(self._key)
            if self._lock is not None:
                self._lock.release()

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Re-wrap the database key; only the key file is rewritten."""
        self.connection  # noqa: B018 - raises when locked
        check_passphrase_strength(new_passphrase)
        current = read_key_file(self.paths.key_file)
        zero(current.unwrap_with_passphrase(old_passphrase))  # proves the old one
        self._key_file = current.with_passphrase(new_passphrase, self._key)
        write_key_file(self.paths.key_file, self._key_file)

    def set_passphrase_after_recovery(self, new_passphrase: str) -> None:
        """After a recovery-code unlock: a new passphrase without knowing the old one."""
        self.connection  # noqa: B018 - raises when locked
        check_passphrase_strength(new_passphrase)
        self._key_file = self._key_file.with_passphrase(new_passphrase, self._key)
        write_key_file(self.paths.key_file, self._key_file)

    def rotate_recovery_code(self) -> str:
        """A new recovery code replaces the old one, which stops working."""
        self.connection  # noqa: B018 - raises when locked
        code = new_recovery_code()
        self._key_file = self._key_file.with_recovery_code(code, self._key)
        write_key_file(self.paths.key_file, self._key_file)
        return code


def create_vault(
    folder: Path, passphrase: str, params: KdfParams | None = None
) -> tuple[Vault, str]:
    """Create a new vault in ``folder``; returns it open, and the recovery code to show once."""
    paths = VaultPaths(folder)
    if paths.exists():
        raise VaultExists(f"Der findes allerede en boks i {folder}.")
    check_passphrase_strength(passphrase)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        mapped = storage_error(exc)
        if mapped is not None:
            raise mapped from None
        raise UserError(f"Mappen {folder} kan ikke oprettes ({exc.strerror}).") from None
    lock = VaultLock.acquire(paths.lock_file)
    if paths.exists():  # another process created one while we were getting here
        lock.release()
        raise VaultExists(f"Der findes allerede en boks i {folder}.")
    key = new_database_key()
    try:
        code = new_recovery_code()
        key_file = KeyFile.create(
            os.urandom(16).hex(), passphrase, code, key, params or calibrated_params()
        )
        conn = open_database(paths.database, key)
        try:
            write_key_file(paths.key_file, key_file)
        except BaseException:
            conn.close()
            raise
    except (OSError, StorageError) as exc:
        _remove_half_made(paths, lock)
        zero(key)
        if isinstance(exc, StorageError):
            raise
        raise UserError(f"Boksen kan ikke oprettes i {folder} ({exc.strerror}).") from None
    except BaseException:
        _remove_half_made(paths, lock)
        zero(key)
        raise
    return Vault(paths, conn, key, key_file, lock), code


def _remove_half_made(paths: VaultPaths, lock: VaultLock) -> None:
    """After a failed creation: no vault at all rather than half of one."""
    lock.release()
    for leftover in paths.all_files():
        with contextlib.suppress(OSError):  # a read-only folder: nothing more to tidy
            leftover.unlink(missing_ok=True)


def _read_existing(folder: Path, *, recovering: bool = False) -> tuple[VaultPaths, KeyFile]:
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound(f"Der er ingen boks i {folder}. Opret en med 'borne-samtale init'.")
    key_file = read_key_file(paths.key_file, recovering=recovering)
    if not paths.database.exists():
        raise VaultCorrupted(
            "Databasen (vault.db) mangler i boksens mappe. Læg en sikkerhedskopi tilbage."
        )
    return paths, key_file


def _open(
    paths: VaultPaths,
    key_file: KeyFile,
    key: bytearray,
    lock: VaultLock,
    *,
    check_integrity: bool = True,
) -> Vault:
    try:
        conn = open_database(paths.database, key, check_integrity=check_integrity)
    except BaseException:
        zero(key)
        raise
    return Vault(paths, conn, key, key_file, lock)


def _unlock(
    folder: Path,
    unwrap: Callable[[KeyFile], bytearray],
    *,
    recovering: bool = False,
    check_integrity: bool = True,
) -> Vault:
    paths, key_file = _read_existing(folder, recovering=recovering)
    # Before the passphrase is tried: a vault open elsewhere or a read-only folder is said
    # plainly, and does not count as a failed attempt.
    lock = VaultLock.acquire(paths.lock_file)
    try:
        try:
            key = unwrap(key_file)
        except UserError:
            record_failed_unlock(paths)
            raise
        return _open(paths, key_file, key, lock, check_integrity=check_integrity)
    except BaseException:
        lock.release()
        raise


def unlock_vault(folder: Path, passphrase: str, *, check_integrity: bool = True) -> Vault:
    """Without ``check_integrity`` the caller runs ``Vault.integrity_check()`` itself (the
    window does, in the background, once the case list is shown)."""
    return _unlock(
        folder,
        lambda key_file: key_file.unwrap_with_passphrase(passphrase),
        check_integrity=check_integrity,
    )


def unlock_vault_with_recovery_code(folder: Path, code: str) -> Vault:
    return _unlock(
        folder, lambda key_file: key_file.unwrap_with_recovery_code(code), recovering=True
    )


def record_failed_unlock(paths: VaultPaths) -> None:
    """Note the time of a failed unlock (best effort: a read-only folder just skips it)."""
    try:
        with paths.failed_unlocks.open("a", encoding="ascii") as handle:
            handle.write(datetime.now(UTC).isoformat(timespec="seconds") + "\n")
    except OSError:
        pass


def failed_unlocks(paths: VaultPaths) -> list[datetime]:
    try:
        lines = paths.failed_unlocks.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return []
    times = []
    for line in lines:
        try:
            times.append(datetime.fromisoformat(line))
        except ValueError:
            continue
    return times


def clear_failed_unlocks(paths: VaultPaths) -> None:
    paths.failed_unlocks.unlink(missing_ok=True)
