"""No child's words in plain text anywhere on disk: not in the vault's files, not in temp."""

import os
import tempfile
import uuid
from pathlib import Path

from borne_samtale.domain import (
    Child,
    ChildWords,
    Conversation,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
    ThreeHouses,
)
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from tests.conftest import PASSPHRASE

MAX_SCANNED_FILE = 64 * 1024 * 1024


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    found = []
    for folder, _dirs, names in os.walk(root, followlinks=False):
        for name in names:
            path = Path(folder) / name
            try:
                if (
                    path.is_symlink()
                    or not path.is_file()
                    or path.stat().st_size > MAX_SCANNED_FILE
                ):
                    continue
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                continue  # vanished or unreadable: another process's file
    return found


def test_marker_words_never_reach_disk_in_plain_text(
    vault_dir: Path, isolated_user_dirs: Path
) -> None:
    marker = f"Markørord{uuid.uuid4().hex}"
    new = access.create(vault_dir, PASSPHRASE)
    service = ConversationService(new.vault)
    child = service.add_child(Child(name=f"{marker}barn", case_number=marker, age_years=8))
    conversation = service.start(
        Conversation(
            child_id=child.id,
            legal_basis=LegalBasis(purpose=Purpose.BEFORE_DECISION, concrete_measure=marker),
            three_houses=ThreeHouses(worries=[ChildWords(text=marker)]),
        )
    )
    for perspective in Perspective:
        service.add_entry(
            conversation.id, Entry(text=f"{marker} {perspective}", perspective=perspective)
        )
    assert len(service.search(marker)) == len(Perspective)  # the words are really stored

    needle = marker.encode("utf-8")
    places = [vault_dir, Path(tempfile.gettempdir()), isolated_user_dirs]
    while_open = [p for root in places for p in _files_containing(root, needle)]
    access.lock(new.vault)
    after_close = [p for root in places for p in _files_containing(root, needle)]
    assert while_open == []
    assert after_close == []
    assert {p.name for p in vault_dir.iterdir()} <= {"vault.db", "vault.keys.json", "vault.lock"}

    vault = access.unlock(vault_dir, PASSPHRASE)  # and they are all still there
    assert ConversationService(vault).child(child.id).name == f"{marker}barn"
    vault.close()
