"""Where a vault lives on disk, and the files it is made of."""

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from borne_samtale.folders import config_dir, data_dir

VAULT_ENV = "BORNE_SAMTALE_VAULT"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
TRUST_ENV = "BORNE_SAMTALE_TRUST"


def default_trust_file() -> Path:
    """The organisation's CA certificate that ``verify`` checks against when no ``--trust``
    is given: ``$BORNE_SAMTALE_TRUST`` (for IT's roll-out), else the one saved with
    ``verify --set-trust`` in the user's config folder. Not secret: a public certificate."""
    override = os.environ.get(TRUST_ENV)
    if override:
        return Path(override).expanduser()
    return config_dir() / "betroet-udsteder.pem"


def default_vault_dir() -> Path:
    """``$BORNE_SAMTALE_VAULT`` if set, else the user's data folder for the app."""
    override = os.environ.get(VAULT_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "vault"


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "vault.db"

    @property
    def key_file(self) -> Path:
        return self.folder / "vault.keys.json"

    @property
    def failed_unlocks(self) -> Path:
        # Times of failed unlocks, kept outside the database (which a failed unlock cannot open)
        # and folded into the audit log at the next unlock. Timestamps only.
        return self.folder / "failed-unlocks.log"

    @property
    def lock_file(self) -> Path:
        # Empty; locked by the process that has the vault open (see lockfile.py).
        return self.folder / "vault.lock"

    def exists(self) -> bool:
        return self.key_file.exists() or self.database.exists()

    def make_private(self) -> None:
        """No access for anyone but the owner: the folder 0700 and every file of the vault
        0600, whatever they were before (bits are only taken away, never added, so a folder
        the owner made read-only stays read-only).

        The vault is encrypted anyway; this keeps other accounts on the laptop from even
        copying it. Files made by an older version (0644) are put right at the next unlock.
        """
        _take_away(self.folder, PRIVATE_FOLDER)
        for path in self.all_files():
            with contextlib.suppress(FileNotFoundError):  # -wal/-shm come and go
                _take_away(path, PRIVATE_FILE)

    def all_files(self) -> list[Path]:
        """Every file the vault consists of, including SQLite's side files."""
        names = [
            "vault.db",
            "vault.db-wal",
            "vault.db-shm",
            "vault.keys.json",
            "vault.keys.json.tmp",
            "failed-unlocks.log",
            "vault.lock",
        ]
        return [self.folder / n for n in names if (self.folder / n).exists()]


def _take_away(path: Path, allowed: int) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~allowed:
        os.chmod(path, mode & allowed)
