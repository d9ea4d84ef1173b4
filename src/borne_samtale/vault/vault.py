"""An open vault: the decrypted connection, its repositories, and the key held while open.

Create, unlock and re-key live here; what happens *because* of them (audit events, the
caseworker's view of it) lives in services/.
"""

import contextlib
import errno
import os
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path

from borne_samtale.errors import (
    StorageError,
    UnlockTooSoon,
    UserError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from borne_samtale.vault import anchor, attempts
from borne_samtale.vault.audit import AuditLog
from borne_samtale.vault.database import (
    BackgroundIntegrityCheck,
    Connection,
    check_database_file,
    close_database,
    open_database,
)
from borne_samtale.vault.documents import DocumentRepository
from borne_samtale.vault.exports import ExportRepository
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
from borne_samtale.vault.location import PRIVATE_FOLDER, VaultPaths
from borne_samtale.vault.lockfile import VaultLock
from borne_samtale.vault.repositories import (
    CaseworkerRepository,
    ChildRepository,
    ConversationRepository,
    transaction,
)
from borne_samtale.vault.storage import storage_error, storage_errors


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
        self.exports = ExportRepository(conn)
        # Plain sentences found at unlock (a rolled-back database, a deleted log …): shown
        # by the window, printed by the command line, and already in the audit trail.
        self.warnings: list[str] = []

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

    def transaction(self) -> AbstractContextManager[None]:
        """``with vault.transaction():`` the repositories' calls inside commit together or not
        at all (repositories.py); nested, it joins the outer one."""
        return transaction(self.connection)

    def compact(self) -> None:
        """After a deletion: the freed pages are zeroed (secure_delete), the WAL folded back
        into the database, and the file rebuilt, so no deleted words stay on the disk."""
        conn = self.connection
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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

    def personal_words(self) -> list[str]:
        """The caseworker's name, unit and municipality: what a passphrase must not lean on."""
        profile = self.caseworker.get()
        if profile is None:
            return []
        return [text for text in (profile.name, profile.unit, profile.municipality) if text]

    @property
    def key_file(self) -> KeyFile:
        return self._key_file

    def check_anchor(self) -> anchor.Check:
        """Hold this database against the head in the key file (anchor.py)."""
        return anchor.check(
            self.connection, self._key_file.head, self._key, self._key_file.vault_id
        )

    def anchor(self, *, purged: Iterable[str] = (), clear_failures: bool = False) -> None:
        """Write the audit chain's head, a new generation and the purged ids to the key file.

        The database's generation is raised and committed first: a program stopped between
        the two leaves the database one generation ahead, which is not taken for tampering.
        """
        conn = self.connection
        with self.transaction():
            generation = anchor.next_generation(conn)
            seq, digest = anchor.chain_end(conn)
        earlier = self._key_file.head.purged if self._key_file.head else ()
        head = anchor.sign_head(
            self._key,
            self._key_file.vault_id,
            seq,
            digest,
            generation,
            tuple(sorted({*earlier, *purged})),
        )
        updated = self._key_file.with_head(head)
        if clear_failures:
            updated = updated.with_failures(None)
        self._replace_key_file(updated)

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Re-wrap the database key; only the key file is rewritten."""
        self.connection  # noqa: B018 - raises when locked
        check_passphrase_strength(new_passphrase, self.personal_words())
        current = read_key_file(self.paths.key_file)
        zero(current.unwrap_with_passphrase(old_passphrase))  # proves the old one
        self._replace_key_file(current.with_passphrase(new_passphrase, self._key))

    def set_passphrase_after_recovery(self, new_passphrase: str) -> None:
        """After a recovery-code unlock: a new passphrase without knowing the old one."""
        self.connection  # noqa: B018 - raises when locked
        check_passphrase_strength(new_passphrase, self.personal_words())
        self._replace_key_file(self._key_file.with_passphrase(new_passphrase, self._key))

    def rotate_recovery_code(self) -> str:
        """A new recovery code replaces the old one, which stops working."""
        self.connection  # noqa: B018 - raises when locked
        code = new_recovery_code()
        self._replace_key_file(self._key_file.with_recovery_code(code, self._key))
        return code

    def _replace_key_file(self, updated: KeyFile) -> None:
        """Written first, kept after: a key file the disk refused must not be written later
        by the next head (``anchor``) with a passphrase the caseworker was told failed."""
        write_key_file(self.paths.key_file, updated)
        self._key_file = updated


def create_vault(
    folder: Path, passphrase: str, params: KdfParams | None = None, *, check_strength: bool = True
) -> tuple[Vault, str]:
    """Create a new vault in ``folder``; returns it open, and the recovery code to show once."""
    paths = VaultPaths(folder)
    if paths.exists():
        raise VaultExists(f"Der findes allerede en boks i {folder}.")
    if check_strength:
        check_passphrase_strength(passphrase)
    try:
        with storage_errors():
            folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as exc:
        raise UserError(f"Mappen {folder} kan ikke oprettes ({exc.strerror}).") from None
    _make_private(paths)  # an existing folder keeps no mode of its own (e.g. 0775)
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
        conn = open_database(paths.database, key, create=True)
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
    # Before any passphrase is tried: an empty or cut-short database is damage, not a vault.
    check_database_file(paths.database)
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
        _make_private(paths)  # files an older version left 0644 are put right
        # Enforced here, so the window, every command and a fresh start wait alike. An
        # attempt refused for being too soon is not tried, so it is not a failure either.
        wait = failure_record(paths, key_file).wait_seconds()
        if wait > 0:
            raise UnlockTooSoon(attempts.message_for_wait(wait))
        try:
            key = unwrap(key_file)
        except WrongPassphrase:  # only a wrong secret counts, not e.g. too little memory
            record_failed_unlock(paths, key_file)
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


def _make_private(paths: VaultPaths) -> None:
    """Folder 0700, files 0600 (location.py); a folder that refuses is said plainly."""
    try:
        paths.make_private()
    except OSError as exc:
        mapped = storage_error(exc)
        if mapped is not None and exc.errno not in (errno.EPERM, errno.EACCES):
            raise mapped from None  # a read-only file system, a disk error
        raise UserError(
            f"Boksens mappe {paths.folder} kan ikke gøres privat ({exc.strerror}), så den "
            "bruges ikke. Vælg en mappe, du selv ejer."
        ) from None


def failure_record(paths: VaultPaths, key_file: KeyFile | None = None) -> attempts.Record:
    """Failed unlocks since the last success, from the log and the key file together."""
    if key_file is None:
        try:
            key_file = read_key_file(paths.key_file)
        except UserError:
            key_file = None
    return attempts.Record(
        attempts.logged_failures(paths.failed_unlocks), key_file.failures if key_file else None
    )


def record_failed_unlock(paths: VaultPaths, key_file: KeyFile) -> None:
    """Note a failed unlock in both places (best effort: a read-only folder skips it)."""
    moment = attempts.now()
    attempts.append_to_log(paths.failed_unlocks, moment)
    logged = len(attempts.logged_failures(paths.failed_unlocks))  # this one included
    kept = key_file.failures.count if key_file.failures else 0
    updated = key_file.with_failures(attempts.Failures(max(logged, kept + 1), moment))
    with contextlib.suppress(OSError, StorageError):
        write_key_file(paths.key_file, updated)


def clear_failed_unlocks(paths: VaultPaths) -> None:
    """After a successful unlock has put the failures into the audit trail (the key file's
    count is cleared with the next head, ``Vault.anchor(clear_failures=True)``)."""
    paths.failed_unlocks.unlink(missing_ok=True)
