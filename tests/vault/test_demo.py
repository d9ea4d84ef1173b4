"""The demo is data: conversation records in resources/demo/, stored through the real import."""

import json
from pathlib import Path

from borne_samtale.domain import ConversationStatus
from borne_samtale.services.conversations import ConversationService, read_record_file
from borne_samtale.services.demo import (
    FINISHED_CONVERSATIONS,
    OPEN_CONVERSATIONS,
    demo_records_dir,
    open_demo_vault,
)
from tests.support.common import ROOT

# When something was typed is the moment the demo is made, never a date in a file.
TIMES_OF_MAKING = {"created_at", "updated_at", "recorded_at"}


def _keys(tree: object) -> set[str]:
    if isinstance(tree, dict):
        return set(tree) | {key for value in tree.values() for key in _keys(value)}
    if isinstance(tree, list):
        return {key for value in tree for key in _keys(value)}
    return set()


def test_every_demo_record_is_listed_and_reads_as_an_imported_file() -> None:
    assert demo_records_dir() == ROOT / "resources" / "demo"
    files = {path.name for path in demo_records_dir().glob("*.json")}
    assert files == set(OPEN_CONVERSATIONS) | set(FINISHED_CONVERSATIONS)
    for name in files:
        path = demo_records_dir() / name
        record = read_record_file(path)
        assert record.child.name.endswith("(demo)")
        assert record.child.case_number.startswith("DEMO-")
        assert record.conversation.sign_off.status is ConversationStatus.DRAFT
        assert not _keys(json.loads(path.read_text("utf-8"))) & TIMES_OF_MAKING, name


def test_the_demo_vault_holds_the_five_invented_conversations(tmp_path: Path) -> None:
    vault = open_demo_vault(tmp_path / "demo")
    try:
        service = ConversationService(vault)
        children = [child.name for child in service.children_listing()]
        assert children == [  # the last added first, as the case list shows them
            "Sofie (demo)",
            "Jonas (demo)",
            "Amal (demo)",
            "Yusuf (demo)",
            "Emma (demo)",
        ]
        summaries = service.summaries()
        assert [s.status for s in summaries].count(ConversationStatus.SIGNED) == 1
        signed = next(s for s in summaries if s.status is ConversationStatus.SIGNED)
        assert service.child(signed.child_id).name == "Amal (demo)"
        assert sorted(s.entry_count for s in summaries) == [1, 2, 2, 4, 4]
        caseworker = service.caseworker()
        assert caseworker is not None
        assert caseworker.phone == "12 34 56 78"
    finally:
        vault.close()
