"""A process killed with SIGKILL while writing loses nothing it had committed."""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from tests.support.common import PASSPHRASE

WRITER = """
import os, sys, uuid
from pathlib import Path
from borne_samtale.domain import Entry, Perspective
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
vault = access.unlock(Path(sys.argv[1]), os.environ["BORNE_SAMTALE_PASSPHRASE"])
service = ConversationService(vault)
conversation_id = uuid.UUID(sys.argv[2])
round_ = sys.argv[3]
i = 0
while True:
    text = f"runde {round_} notat {i} " + "æøå " * 50
    service.add_entry(conversation_id, Entry(text=text, perspective=Perspective.CHILD_OWN_WORDS))
    print(i, flush=True)  # only after the commit has returned
    i += 1
"""


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_committed_entry(vault_dir: Path) -> None:
    from borne_samtale.domain import Child, Conversation, LegalBasis, Purpose

    new = access.create(vault_dir, PASSPHRASE)
    service = ConversationService(new.vault)
    child = service.add_child(Child(name="Nora", age_years=12))
    conversation = service.start(
        Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION))
    )
    access.lock(new.vault)

    committed: list[str] = []
    rng = random.Random(7)
    for round_ in range(4):
        stop_after = rng.randint(5, 60)
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(vault_dir), str(conversation.id), str(round_)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "BORNE_SAMTALE_PASSPHRASE": PASSPHRASE},
        )
        assert writer.stdout is not None
        acknowledged = -1
        for line in writer.stdout:
            acknowledged = int(line)
            if acknowledged >= stop_after:
                break
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        assert writer.returncode == -signal.SIGKILL
        committed += [f"runde {round_} notat {i} " for i in range(acknowledged + 1)]

        vault = access.unlock(vault_dir, PASSPHRASE)  # runs the integrity check
        texts = [e.text for e in ConversationService(vault).get(conversation.id).entries]
        vault.close()
        for prefix in committed:
            assert any(t.startswith(prefix) for t in texts), prefix
