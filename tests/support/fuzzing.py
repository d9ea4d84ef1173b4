"""What the fuzz tests (tests/e2e/test_fuzz.py) and the atheris harnesses in fuzz/ share:
the seed guide, and the checks that an input was read whole or refused in plain words."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from borne_samtale.domain import ConversationRecord
from borne_samtale.resources import guides_dir
from borne_samtale.services.conversations import ConversationService, read_record_file
from borne_samtale.services.overview import conversation_overview
from borne_samtale.vault.database import integrity_check, open_database
from borne_samtale.vault.vault import Vault

MARKER = "Skumfidusbjerg"  # an invented word: must never appear in an error message


def assert_plain_message(error: BaseException, *, one_line: bool = True) -> None:
    message = str(error)
    assert message.strip(), type(error)
    assert "Traceback" not in message
    assert MARKER not in message
    if one_line:
        assert "\n" not in message, message


GUIDE_FILE = guides_dir() / "forud-for-afgoerelse.yaml"


def _small_guide() -> str:
    """The real guide with each text cut short: the same structure at a fifth of the parse
    time, so more mutations fit in the same seconds."""
    tree = yaml.safe_load(GUIDE_FILE.read_text(encoding="utf-8"))
    tree["summary"] = tree["summary"][:60]
    for phase in tree["phases"]:
        phase["intro"] = phase.get("intro", "")[:40]
        for prompt in phase["prompts"]:
            prompt["text"] = prompt["text"][:40]
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)


SMALL_GUIDE = _small_guide()


TABLES = (
    "caseworker",
    "children",
    "conversations",
    "entries",
    "documents",
    "signing_identity",
    "audit_log",
)


def snapshot(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    conn = vault.connection
    return {
        table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608
        for table in TABLES
    }


def check_whole(vault: Vault) -> None:
    """Page HMACs, structure and the full-text index all check out; a second connection
    opens the file from disk as the next unlock would."""
    integrity_check(vault.connection)
    vault.connection.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")
    other = open_database(vault.paths.database, bytearray(vault._key))
    other.close()


def ids_in(tree: Any) -> Iterator[str]:
    if isinstance(tree, dict):
        for key, value in tree.items():
            if key in ("id", "child_id", "entry_id") and isinstance(value, str):
                yield value
            yield from ids_in(value)
    elif isinstance(tree, list):
        for item in tree:
            yield from ids_in(item)


def import_like_the_cli(path: Path, vault: Vault) -> ConversationRecord:
    record = read_record_file(path)
    ConversationService(vault).import_record(record)
    return record


def assert_imported_whole(vault: Vault, record: ConversationRecord) -> None:
    service = ConversationService(vault)
    stored = service.export_record(record.conversation.id)
    assert stored.conversation == record.conversation
    # What the cases list and the overview do with it must work too.
    for summary in service.summaries(record.child.id):
        summary.starts_at.astimezone().strftime("%d.%m.%Y %H:%M")
    assert conversation_overview(service, record.conversation.id)
