"""Errors a user can understand and act on.

A ``UserError`` carries one plain Danish sentence for the person at the keyboard. The UI and
the CLI show it as it is; any other exception is a bug. Messages never contain child data.
"""


class UserError(Exception):
    """Something the user can fix or must know; ``str(error)`` is the message to show."""


class VaultNotFound(UserError):
    """No vault exists at the given place."""


class VaultExists(UserError):
    """A vault already exists where a new one was to be created."""


class WrongPassphrase(UserError):
    """The passphrase (or recovery code) does not open the vault."""


class WeakPassphrase(UserError):
    """The chosen passphrase is too short to protect the vault."""


class KeyFileInvalid(UserError):
    """The key file is damaged, tampered with or of an unknown format."""


class VaultCorrupted(UserError):
    """The encrypted database fails its integrity check."""


class VaultTooNew(UserError):
    """The vault was written by a newer version of the program."""


class VaultLocked(UserError):
    """An operation needs an unlocked vault."""


class InvalidRecord(UserError):
    """An imported conversation record is not valid."""


class GuideError(UserError):
    """One or more guide files are invalid; the message lists file, line and field."""


class NotFound(UserError):
    """A child, conversation or entry does not exist in the vault."""


class ConversationSigned(UserError):
    """A signed conversation cannot be changed; an addendum is needed."""


class VaultInUse(UserError):
    """Another window or command already has this vault open."""


class StorageError(UserError):
    """The disk refused to read or write the vault; what was saved before is intact."""


class DiskFull(StorageError):
    """No room left on the disk that holds the vault."""


class VaultReadOnly(StorageError):
    """The vault's folder or files cannot be written to."""


class DiskFailure(StorageError):
    """The disk reported an input/output error."""


class NotEnoughMemory(UserError):
    """The key derivation could not get the memory the key file asks for."""


class UnlockTooSoon(UserError):
    """Too many failed unlocks: the next attempt must wait (the attempt is not tried)."""
