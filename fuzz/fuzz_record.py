"""atheris: conversation import into a real vault. Any bytes import whole, or give a user
error and leave the vault exactly as it was; the vault stays whole throughout.

    .venv/bin/python fuzz/fuzz_record.py build/fuzz/corpus-record -max_total_time=300
"""

import json
import tempfile
from pathlib import Path

import atheris
from common import BYTES, RAW, chooser, fuzz
from tests.support.mutations import mutate_bytes, mutate_tree, with_big_numbers

with atheris.instrument_imports():
    from borne_samtale.domain import ConversationRecord, Entry, Perspective
    from borne_samtale.errors import UserError
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.services.demo_documents import demo_conversations

from tests.support.common import PASSPHRASE
from tests.support.fuzzing import (  # the same checks as the hypothesis test
    MARKER,
    assert_imported_whole,
    assert_plain_message,
    check_whole,
    ids_in,
    import_like_the_cli,
    snapshot,
)

WORK = Path(tempfile.mkdtemp(prefix="fuzz-record-"))


def _seeds() -> list[bytes]:
    source = access.create(WORK / "source", PASSPHRASE).vault
    service = ConversationService(source)
    seeds = []
    for conversation in demo_conversations(service):
        words = Entry(text=f"Jeg tegnede et {MARKER}", perspective=Perspective.CHILD_OWN_WORDS)
        service.add_entry(conversation.id, words)
        seeds.append(service.export_record(conversation.id).model_dump_json().encode())
    source.close()
    return seeds


SEEDS = _seeds()
TREES = [json.loads(seed) for seed in SEEDS]
VAULT = access.create(WORK / "target", PASSPHRASE).vault
ConversationService(VAULT).import_record(ConversationRecord.model_validate(TREES[0]))
DONORS = [*ids_in(TREES[0]), "signed", "transferred", "exported"]
FILE = WORK / "samtale.json"
runs = 0


def test_one(data: bytes) -> None:
    global runs
    provider = atheris.FuzzedDataProvider(data)
    choose = chooser(provider)
    mode = choose(0, 2)
    if mode == RAW:
        raw = provider.ConsumeBytes(atheris.ALL_REMAINING)
    elif mode == BYTES:
        raw = mutate_bytes(SEEDS[choose(0, len(SEEDS) - 1)], choose)
    else:
        tree = mutate_tree(TREES[choose(0, len(TREES) - 1)], choose, DONORS)
        raw = with_big_numbers(json.dumps(tree, ensure_ascii=False)).encode()
    FILE.write_bytes(raw)
    before = snapshot(VAULT)
    try:
        record = import_like_the_cli(FILE, VAULT)
    except UserError as error:
        assert_plain_message(error)
        assert snapshot(VAULT) == before
    else:
        assert_imported_whole(VAULT, record)
    runs += 1
    if runs % 200 == 0:
        check_whole(VAULT)


if __name__ == "__main__":
    fuzz(test_one, SEEDS)
