"""The vault's passphrase rule, offered to the window's strength bar.

The passphrase rule the vault applies (a zxcvbn score), for the window's strength bar:
the window scores as the vault will, so it never offers a passphrase the vault refuses."""

from borne_samtale.vault.keys import MIN_PASSPHRASE_SCORE, passphrase_score

__all__ = ["MIN_PASSPHRASE_SCORE", "passphrase_score"]
