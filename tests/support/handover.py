"""A conversation ready to sign and hand over, in a real vault."""

from datetime import UTC, datetime

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    ChildWords,
    Conversation,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
)
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import Agreement, CaseConsent, LetterDelivery, ParentRole, ToldItem
from borne_samtale.domain.people import ParentPresence
from borne_samtale.services.conversations import ConversationService

MARKER = "Lakridsdrage"  # a word that appears nowhere else


def ready_conversation(
    service: ConversationService, words: str = f"Jeg elsker {MARKER} og fodbold"
) -> Conversation:
    service.set_caseworker(
        CaseworkerProfile(
            name="Lise Holm",
            title="Socialrådgiver",
            unit="Børn og Unge",
            municipality="Demo Kommune",
            phone="12 34 56 78",
        )
    )
    child = service.add_child(Child(name="Noa", case_number="S-9", age_years=11))
    conversation = Conversation(
        child_id=child.id,
        starts_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
        place="Skolen",
        legal_basis=LegalBasis(
            purpose=Purpose.BEFORE_DECISION,
            decision_section="§ 32",
            concrete_measure="Kontaktperson",
        ),
        child_was_told=list(ToldItem),
    )
    conversation.presence.parents = [ParentPresence(role=ParentRole.MOTHER, present=True)]
    conversation.presence.bisidder_offered = True
    conversation.read_back.done = True
    conversation.read_back.agreement = Agreement.AGREES
    conversation.closing.child_view_of_measure = ChildWords(
        text="Det vil jeg gerne prøve", consent=QuoteConsent(case=CaseConsent.YES)
    )
    conversation.closing.next_steps_told = ["Du hører fra mig inden jul"]
    conversation.letter.delivery = LetterDelivery.IN_PERSON
    service.start(conversation)
    service.add_entry(
        conversation.id,
        Entry(
            text=words,
            perspective=Perspective.CHILD_OWN_WORDS,
            consent=QuoteConsent(case=CaseConsent.YES),
        ),
    )
    return service.get(conversation.id)
