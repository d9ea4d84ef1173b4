"""What the window asks about a vault's folder before anything heavy is loaded.

Whether a vault is there, and how to say the wait after failed unlocks.

Light on purpose: the unlock screen is painted before the vault's modules (SQLCipher,
Argon2, cryptography) are imported, and this is all it needs of them.
"""

from pathlib import Path

from borne_samtale.vault.location import VaultPaths


def vault_exists(folder: Path) -> bool:
    return VaultPaths(folder).exists()


def wait_message(seconds: float) -> str:
    """One sentence: the unlock must wait ``seconds`` after too many wrong attempts."""
    from borne_samtale.vault.attempts import message_for_wait  # only when there is a wait

    return message_for_wait(seconds)
