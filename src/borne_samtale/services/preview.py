"""A preview of the referat and the letter before signing, marked as a draft.

Made from the conversation as it is in the window (the controller's working copy), in
memory only: no temporary file ever holds it, and nothing is stored or logged.
"""

from dataclasses import dataclass

from borne_samtale.domain import CaseworkerProfile, Conversation
from borne_samtale.domain.base import utc_now
from borne_samtale.domain.signoff import checklist
from borne_samtale.services.conversations import ConversationService


@dataclass(frozen=True)
class Drafts:
    referat: bytes
    letter: bytes


def draft_documents(service: ConversationService, conversation: Conversation) -> Drafts:
    """Both documents as they would be signed now, each page marked "UDKAST – ikke
    underskrevet". The checklist need not be done: seeing the gaps is the point."""
    from borne_samtale.summary.letter import render_letter
    from borne_samtale.summary.model import DocumentInput
    from borne_samtale.summary.referat import render_referat

    caseworker = service.caseworker() or CaseworkerProfile()
    child = service.child(conversation.child_id)
    history = [
        point for point in service.scale_history(child.id) if point.at <= conversation.starts_at
    ]
    version = conversation.sign_off.version
    data = DocumentInput(
        conversation=conversation,
        child=child,
        caseworker=caseworker,
        checklist=checklist(conversation, child, caseworker),
        scale_history=history,
        document_id=f"UDKAST-{conversation.id.hex[:10].upper()}-V{version}",
        version=version,
        written_at=utc_now(),
        contact_phone=caseworker.phone,
    )
    return Drafts(render_referat(data, draft=True), render_letter(data, draft=True))
