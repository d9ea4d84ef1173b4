"""Building and editing real vaults: conversations in a vault, edits of its key file."""

import hashlib
import json
from pathlib import Path

from borne_samtale.domain import Child, Conversation, Entry, LegalBasis, Perspective, Purpose
from borne_samtale.services.conversations import ConversationService
from borne_samtale.vault.location import VaultPaths


def add_conversation(service: ConversationService, *texts: str) -> Conversation:
    child = service.add_child(Child(name="Mira", case_number="S-1", age_years=9))
    conversation = service.start(
        Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.BEFORE_DECISION))
    )
    for text in texts:
        service.add_entry(
            conversation.id, Entry(text=text, perspective=Perspective.CHILD_OWN_WORDS)
        )
    return conversation


def edit_key_file(folder: Path, change: object, *, fix_checksum: bool = False) -> None:
    path = VaultPaths(folder).key_file
    data = json.loads(path.read_text())
    assert callable(change)
    change(data)
    if fix_checksum:  # what a careful attacker would do: the checksum is not a secret
        body = {k: v for k, v in data.items() if k != "integrity"}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
        data["integrity"] = "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()
    path.write_text(json.dumps(data, indent=2))
