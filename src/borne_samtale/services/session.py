"""An unlocked session: the vault, its use cases, and the practice content loaded once.

The window reaches the vault only through this (and the other modules of ``services/``):
the types it needs from the vault are re-exported here, so ``ui/`` never imports ``vault/``.
"""

from dataclasses import dataclass, field
from pathlib import Path

from borne_samtale.errors import UserError
from borne_samtale.guides import Guide, load_guides
from borne_samtale.guides.interpreter import InterpreterModule
from borne_samtale.guides.loader import load_interpreter_module
from borne_samtale.resources import guides_dir, interpreter_module_path
from borne_samtale.services import access, exports, identity
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import Handover
from borne_samtale.vault.database import BackgroundIntegrityCheck
from borne_samtale.vault.documents import StoredDocument
from borne_samtale.vault.repositories import ConversationSummary
from borne_samtale.vault.vault import Vault

# For the window: the types it is handed.
__all__ = [
    "BackgroundIntegrityCheck",
    "ConversationSummary",
    "PracticeContent",
    "Session",
    "StoredDocument",
    "Vault",
]


@dataclass(frozen=True)
class PracticeContent:
    """Guides and the interpreter module: validated at start so a broken file is found early."""

    guides: tuple[Guide, ...]
    interpreter: InterpreterModule

    @classmethod
    def load(cls) -> "PracticeContent":
        return cls(
            tuple(load_guides(guides_dir())), load_interpreter_module(interpreter_module_path())
        )

    def guide(self, guide_id: str) -> Guide | None:
        return next((g for g in self.guides if g.id == guide_id), None)


@dataclass
class Session:
    vault: Vault
    content: PracticeContent
    conversations: ConversationService = field(init=False)
    handover: Handover = field(init=False)

    def __post_init__(self) -> None:
        self.conversations = ConversationService(self.vault)
        self.handover = Handover(self.vault, self.conversations)

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def lock(self) -> None:
        access.lock(self.vault)

    @property
    def warnings(self) -> list[str]:
        """What the unlock found (already in the audit trail), to say to the caseworker."""
        return self.vault.warnings

    def integrity_check(self) -> BackgroundIntegrityCheck:
        """The full check of the vault, to run on a thread of its own (ui/integrity.py)."""
        return self.vault.integrity_check()

    # Passphrase ---------------------------------------------------------------------------
    def personal_words(self) -> list[str]:
        """The caseworker's own name and municipality: easy to guess in a passphrase."""
        return self.vault.personal_words()

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        access.change_passphrase(self.vault, old_passphrase, new_passphrase)

    # Signing certificate ------------------------------------------------------------------
    def import_certificate(self, path: Path, password: str) -> None:
        """The organisation's own certificate (PKCS#12, e.g. OCES3) signs from now on."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(f"Certifikatfilen kan ikke læses ({exc.strerror}).") from None
        identity.import_pkcs12(self.vault, data, password)

    def export_certificates(self, folder: Path) -> list[Path]:
        """The signer's certificate and its issuer(s), for IT."""
        return identity.export_certificates(self.vault, self.conversations, folder)

    # Exports ------------------------------------------------------------------------------
    def exports_on_disk(self) -> list[Path]:
        """Folders of export bundles the program wrote that are still on the disk."""
        return [e.path for e in exports.on_disk(self.vault.connection)]
