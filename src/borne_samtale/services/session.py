"""An unlocked session: the vault, its use cases, and the practice content loaded once."""

from dataclasses import dataclass, field

from borne_samtale.guides import Guide, load_guides
from borne_samtale.guides.interpreter import InterpreterModule
from borne_samtale.guides.loader import load_interpreter_module
from borne_samtale.resources import guides_dir, interpreter_module_path
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import Handover
from borne_samtale.vault.vault import Vault


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
