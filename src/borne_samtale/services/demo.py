"""A demo vault with invented children and conversations, for trying the program safely.

The conversations are conversation records in ``resources/demo/`` (the JSON an export
bundle holds as ``samtale.json`` and ``borne-samtale import`` reads), read and stored through
the same import as a caseworker's file. The files say when each conversation took place
(``starts_at``) but not when it was typed: those times (``created_at``, ``updated_at``,
``recorded_at``) are left out on purpose, so reading fills them with the moment the demo is
made, and a newly made demo is never "untouched for weeks".
"""

from pathlib import Path

from borne_samtale.domain import Conversation, ConversationRecord
from borne_samtale.folders import data_dir
from borne_samtale.resources import resource_dir
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService, read_record_file
from borne_samtale.vault.keys import KdfParams
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.vault import Vault

# The demo vault holds only invented cases; its passphrase is shown on screen on purpose.
DEMO_PASSPHRASE = "demo-boernesamtale"  # noqa: S105

# Two conversations under way: Emma before a decision, Yusuf with an interpreter.
OPEN_CONVERSATIONS = ("emma.json", "yusuf.json")
# Three complete ones (with an interpreter, not held, a 15-year-old before a placement).
FINISHED_CONVERSATIONS = ("amal.json", "jonas.json", "sofie.json")


def default_demo_dir() -> Path:
    return data_dir() / "demo-vault"


def demo_records_dir() -> Path:
    return resource_dir() / "demo"


def demo_records(names: tuple[str, ...]) -> list[ConversationRecord]:
    """The records, in the order given, read as an imported file is read."""
    return [read_record_file(demo_records_dir() / name) for name in names]


def import_demo_records(service: ConversationService, names: tuple[str, ...]) -> list[Conversation]:
    """Store the records in the vault behind ``service``, in order (the case list shows the
    children last added first), with the first record's caseworker as the vault's."""
    records = demo_records(names)
    service.set_caseworker(records[0].caseworker)
    return [service.import_record(record) for record in records]


def open_demo_vault(folder: Path) -> Vault:
    """Open the demo vault in ``folder``, creating and filling it the first time."""
    if VaultPaths(folder).exists():
        return access.unlock(folder, DEMO_PASSPHRASE)
    # Invented cases behind a published passphrase: no point calibrating the key derivation.
    vault = access.create(folder, DEMO_PASSPHRASE, KdfParams(), published=True).vault
    service = ConversationService(vault)
    fill_demo_vault(service)
    add_finished_demo_conversations(vault, service)
    return vault


def add_finished_demo_conversations(vault: Vault, service: ConversationService) -> None:
    """The three complete conversations, each decided with the child at read-back; the
    first is signed, so a newcomer sees a finished referat and letter in the window."""
    from borne_samtale.services.demo_documents import decided_with_the_child, demo_conversations
    from borne_samtale.services.handover import Handover

    made = demo_conversations(service)
    for conversation in made:
        decided_with_the_child(service, conversation.id)
    Handover(vault, service).sign(made[0].id)


def fill_demo_vault(service: ConversationService) -> None:
    """The two conversations under way."""
    import_demo_records(service, OPEN_CONVERSATIONS)
