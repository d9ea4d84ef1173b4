"""Signed demo documents: invented conversations, complete enough to sign, exported to a folder.

The headless way for a newcomer to see what the program produces (`borne-samtale demo
--out DIR`): one conversation with an interpreter, one that was not held, and one with a
15-year-old and a bisidder, each signed and exported.
"""

import tempfile
from pathlib import Path
from uuid import UUID

from borne_samtale.domain import Conversation
from borne_samtale.domain.consent import quotes
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import CaseConsent, LetterDelivery
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.demo import FINISHED_CONVERSATIONS, import_demo_records
from borne_samtale.services.handover import Handover
from borne_samtale.vault.keys import KdfParams


def demo_conversations(service: ConversationService) -> list[Conversation]:
    """Three invented, complete conversations stored in the vault behind ``service``."""
    return import_demo_records(service, FINISHED_CONVERSATIONS)


# What each demo child decided at read-back: words kept out of the case, words for the
# letter; every other quote may go into the case. And how each letter reaches the child.
_LEFT_OUT = {"Når mor er syg"}
_FOR_LETTER = {
    "Jeg kan godt lide matematik",
    "At spille fodbold",
    "Jeg vil gerne flytte, men ikke langt fra min skole",
}
_DELIVERY = {
    "DEMO-0101": LetterDelivery.IN_PERSON,
    "DEMO-0102": LetterDelivery.IN_PERSON,
    "DEMO-0103": LetterDelivery.DIGITAL_MAIL,
}


def decided_with_the_child(service: ConversationService, conversation_id: UUID) -> None:
    conversation = service.get(conversation_id)
    for quote in quotes(conversation):
        case = CaseConsent.NO_LEFT_OUT if quote.text in _LEFT_OUT else CaseConsent.YES
        quote.set_consent(QuoteConsent(case=case, in_letter=quote.text in _FOR_LETTER))
    child = service.child(conversation.child_id)
    conversation.letter.delivery = _DELIVERY[child.case_number]
    for entry in conversation.child_voice():
        service.update_entry(entry)
    service.update(conversation)


def write_demo_documents(out_dir: Path) -> list[Path]:
    """Sign and export the demo conversations into ``out_dir``; returns the bundles."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="borne-samtale-demo-") as tmp:
        vault = access.create(
            Path(tmp) / "vault", "demo-boernesamtale", KdfParams(), published=True
        ).vault
        try:
            service = ConversationService(vault)
            handover = Handover(vault, service)
            bundles = []
            for conversation in demo_conversations(service):
                decided_with_the_child(service, conversation.id)
                handover.sign(conversation.id)
                bundles.append(handover.export(conversation.id, out_dir))
        finally:
            vault.close()
    return bundles
