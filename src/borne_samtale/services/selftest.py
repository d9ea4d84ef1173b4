"""A quick check that this installation works: guides load, a vault writes, reopens and checks."""

import tempfile
from collections.abc import Callable
from pathlib import Path

from borne_samtale.domain import Child, Conversation, Entry, LegalBasis, Perspective, Purpose
from borne_samtale.guides import load_guides
from borne_samtale.resources import guides_dir
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.vault.keys import KdfParams

# Guards a throwaway vault in a temporary folder, deleted when the self-test ends.
_PASSPHRASE = "selvtest-adgangsfrase"  # noqa: S105


def run_selftest(report: Callable[[str], None]) -> None:
    """Raises on the first failure; ``report`` receives one line per passed check."""
    guides = load_guides(guides_dir())
    report(f"guides: {len(guides)} indlæst")
    with tempfile.TemporaryDirectory(prefix="borne-samtale-selftest-") as tmp:
        folder = Path(tmp) / "vault"
        new = access.create(folder, _PASSPHRASE, KdfParams())  # throwaway: the floors will do
        service = ConversationService(new.vault)
        child = service.add_child(Child(name="Testbarn", age_years=9))
        conversation = service.start(
            Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.OTHER))
        )
        words = Entry(text="selvtest af boksen", perspective=Perspective.CHILD_OWN_WORDS)
        service.add_entry(conversation.id, words)
        access.lock(new.vault)
        report("boks: oprettet, skrevet og låst")

        vault = access.unlock(folder, _PASSPHRASE)
        try:
            again = ConversationService(vault).get(conversation.id)
            if [e.text for e in again.entries] != [words.text]:
                raise RuntimeError("selftest: the entry written was not read back")
            if not ConversationService(vault).search("selvtest"):
                raise RuntimeError("selftest: full-text search found nothing")
            if not vault.audit.verify().ok:
                raise RuntimeError("selftest: the audit chain does not verify")
        finally:
            access.lock(vault)
        report("boks: låst op, læst, søgt og revisionsspor kontrolleret")
