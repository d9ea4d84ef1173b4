"""Use cases around the vault as a whole: create, unlock, recover, re-key, lock."""

import contextlib
from dataclasses import dataclass
from pathlib import Path

from borne_samtale import notices
from borne_samtale.errors import StorageError
from borne_samtale.vault import anchor, attempts
from borne_samtale.vault.audit import AuditEvent
from borne_samtale.vault.keys import KdfParams
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.vault import (
    Vault,
    clear_failed_unlocks,
    create_vault,
    failure_record,
    unlock_vault,
    unlock_vault_with_recovery_code,
)


@dataclass(frozen=True)
class NewVault:
    vault: Vault
    recovery_code: str  # shown once to the caseworker, never stored in plain text


# The wait after failed unlocks (vault/attempts.py, where it is enforced).
FREE_ATTEMPTS = attempts.FREE_ATTEMPTS
MAX_DELAY_SECONDS = attempts.MAX_DELAY_SECONDS
unlock_delay = attempts.unlock_delay


def failed_attempts(folder: Path) -> int:
    """Failed unlocks since the last success, kept across restarts of the program (in the
    log and the key file: deleting the log alone does not reset it)."""
    return failure_record(VaultPaths(folder)).count


def unlock_wait(folder: Path) -> float:
    """Seconds before the next unlock attempt may be tried (0 when it may be tried now)."""
    return failure_record(VaultPaths(folder)).wait_seconds()


def create(
    folder: Path, passphrase: str, params: KdfParams | None = None, *, published: bool = False
) -> NewVault:
    """``published``: the demo vaults, whose passphrase is printed for all to see and whose
    cases are invented; its strength protects nothing, so it is not scored."""
    vault, code = create_vault(folder, passphrase, params, check_strength=not published)
    try:
        vault.audit.append(AuditEvent.VAULT_CREATED)
        vault.anchor()
    except BaseException:
        with contextlib.suppress(StorageError):
            vault.close()
        raise
    return NewVault(vault, code)


def _after_unlock(vault: Vault, event: AuditEvent) -> Vault:
    """Record what happened while the vault was closed, then this unlock, then a new head.

    Failed attempts noted outside the database go into the audit log (and, if the key file
    counted more than the log holds, that the log was deleted). The database is held
    against the head in the key file: a rolled-back database, a shortened or rewritten
    chain, an edited head or an older key file is recorded and told; a purged conversation
    that came back with an old copy is purged again. If any of it cannot be written (a full
    or read-only disk), the vault is closed again and the caseworker is told why: a vault
    that cannot save is not opened for work.
    """
    warnings: list[str] = []
    try:
        record = failure_record(vault.paths, vault.key_file)
        found = vault.check_anchor()
        with vault.transaction():
            for moment in record.logged:
                vault.audit.append(AuditEvent.UNLOCK_FAILED, at=moment)
            if record.missing_from_log and record.kept is not None:
                for _ in range(record.missing_from_log):
                    vault.audit.append(AuditEvent.UNLOCK_FAILED, at=record.kept.last)
                vault.audit.append(
                    AuditEvent.UNLOCK_RECORD_REMOVED, f"{record.missing_from_log} missing"
                )
                warnings.append(LOG_REMOVED)
            for finding in found.findings:
                vault.audit.append(finding.event, finding.subject)
                warnings.append(finding.message)
            for conversation_id in found.purged_again:
                vault.conversations.purge(conversation_id)
                vault.audit.append(AuditEvent.CONVERSATION_PURGED_AGAIN, conversation_id)
            vault.audit.append(event)
        if found.purged_again:
            warnings.append(anchor.PURGED_AGAIN)
            vault.compact()  # as after a hand-over's purge
        vault.anchor(clear_failures=True)
    except BaseException:
        with contextlib.suppress(StorageError):
            vault.close()
        raise
    clear_failed_unlocks(vault.paths)
    vault.warnings = warnings
    for warning in warnings:
        notices.tell(warning)
    return vault


LOG_REMOVED = (
    "Listen over forkerte forsøg på at låse op (failed-unlocks.log) er slettet uden om "
    "programmet. Forsøgene er talt med alligevel og skrevet i revisionssporet."
)


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
            vault.anchor()  # the head now includes everything done while it was open
    except StorageError:
        pass
    finally:
        with contextlib.suppress(StorageError):
            vault.close()
