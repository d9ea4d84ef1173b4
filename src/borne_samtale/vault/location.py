"""Where a vault lives on disk, and the files it is made of."""

import os
from dataclasses import dataclass
from pathlib import Path

from borne_samtale.folders import data_dir

VAULT_ENV = "BORNE_SAMTALE_VAULT"


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

    def all_files(self) -> list[Path]:
        """Every file the vault consists of, including SQLite's side files."""
        names = [
            "vault.db",
            "vault.db-wal",
            "vault.db-shm",
            "vault.keys.json",
            "failed-unlocks.log",
            "vault.lock",
        ]
        return [self.folder / n for n in names if (self.folder / n).exists()]
