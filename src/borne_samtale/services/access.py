"""Use cases around the vault as a whole: create, unlock, recover, re-key, lock."""

import contextlib
from dataclasses import dataclass
from pathlib import Path

from borne_samtale.errors import StorageError
from borne_samtale.vault.audit import AuditEvent
from borne_samtale.vault.keys import KdfParams
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.repositories import transaction
from borne_samtale.vault.vault import (
    Vault,
    clear_failed_unlocks,
    create_vault,
    failed_unlocks,
    unlock_vault,
    unlock_vault_with_recovery_code,
)


@dataclass(frozen=True)
class NewVault:
    vault: Vault
    recovery_code: str  # shown once to the caseworker, never stored in plain text


# After this many failed attempts in a row, each new attempt must wait a growing while.
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0


def unlock_delay(failed_attempts: int) -> float:
    """Seconds to wait before the next attempt: 0 at first, then 1, 2, 4 … up to a minute."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failed_attempts - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


def failed_attempts(folder: Path) -> int:
    """Failed unlocks since the last success, kept across restarts of the program."""
    return len(failed_unlocks(VaultPaths(folder)))


def create(folder: Path, passphrase: str, params: KdfParams | None = None) -> NewVault:
    vault, code = create_vault(folder, passphrase, params)
    try:
        vault.audit.append(AuditEvent.VAULT_CREATED)
    except BaseException:
        with contextlib.suppress(StorageError):
            vault.close()
        raise
    return NewVault(vault, code)


def _after_unlock(vault: Vault, event: AuditEvent) -> Vault:
    """Fold failed attempts noted outside the database into the audit log, then log this one.

    If that cannot be written (a full or read-only disk), the vault is closed again and the
    caseworker is told why: a vault that cannot save is not opened for work.
    """
    try:
        with transaction(vault.connection):
            for moment in failed_unlocks(vault.paths):
                vault.audit.append(AuditEvent.UNLOCK_FAILED, at=moment)
            vault.audit.append(event)
    except BaseException:
        with contextlib.suppress(StorageError):
            vault.close()
        raise
    clear_failed_unlocks(vault.paths)
    return vault


def unlock(folder: Path, passphrase: str, *, check_integrity: bool = True) -> Vault:
    """Without ``check_integrity``, run ``vault.integrity_check()`` afterwards."""
    vault = unlock_vault(folder, passphrase, check_integrity=check_integrity)
    return _after_unlock(vault, AuditEvent.UNLOCKED)


def recover(folder: Path, recovery_code: str, new_passphrase: str) -> NewVault:
    """Unlock with the recovery code, set a new passphrase and issue a new recovery code."""
    vault = unlock_vault_with_recovery_code(folder, recovery_code)
    try:
        vault.set_passphrase_after_recovery(new_passphrase)
        code = vault.rotate_recovery_code()
    except BaseException:
        vault.close()
        raise
    _after_unlock(vault, AuditEvent.RECOVERY_CODE_USED)
    return NewVault(vault, code)


def change_passphrase(vault: Vault, old_passphrase: str, new_passphrase: str) -> None:
    vault.change_passphrase(old_passphrase, new_passphrase)
    vault.audit.append(AuditEvent.PASSPHRASE_CHANGED)


def lock(vault: Vault) -> None:
    """Close the vault and drop the key. Never fails because of the disk: on a full or
    read-only disk the "locked" audit event is lost, not the lock."""
    try:
        if vault.is_open:
            vault.audit.append(AuditEvent.LOCKED)
    except StorageError:
        pass
    finally:
        with contextlib.suppress(StorageError):
            vault.close()
