"""A conversation that passes every sign-off rule, for tests that break one at a time."""

from datetime import UTC, date, datetime

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    ChildWords,
    Conversation,
    Entry,
    Interpreter,
    LegalBasis,
    ParentPresence,
    Perspective,
    Purpose,
)
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import (
    Agreement,
    CaseConsent,
    LetterDelivery,
    ParentRole,
    ToldItem,
)

CASEWORKER = CaseworkerProfile(name="Lise Holm", title="Socialrådgiver", unit="Børn og Unge")
DAY = datetime(2026, 11, 2, 10, tzinfo=UTC)


def child(age: int = 11) -> Child:
    return Child(name="Noa", case_number="S-7", birth_date=date(2026 - age, 1, 1))


def complete(kid: Child, purpose: Purpose = Purpose.BEFORE_DECISION) -> Conversation:
    """A conversation that meets every rule that applies to it."""
    conversation = Conversation(
        child_id=kid.id,
        starts_at=DAY,
        place="Skolens mødelokale",
        legal_basis=LegalBasis(
            purpose=purpose,
            decision_section="§ 32",
            concrete_measure="Kontaktperson",
            purpose_note="Samtale om skoleskift",
        ),
        child_was_told=list(ToldItem),
        entries=[
            Entry(
                text="Jeg vil gerne have en voksen at snakke med",
                perspective=Perspective.CHILD_OWN_WORDS,
                consent=QuoteConsent(case=CaseConsent.YES),
            )
        ],
    )
    conversation.presence.parents = [
        ParentPresence(role=ParentRole.MOTHER, present=False, absent_reason="Barnet ønskede det"),
        ParentPresence(role=ParentRole.FATHER, present=True),
    ]
    conversation.presence.bisidder_offered = True
    conversation.read_back.done = True
    conversation.read_back.agreement = Agreement.AGREES
    conversation.closing.child_view_of_measure = ChildWords(
        text="Det lyder godt", consent=QuoteConsent(case=CaseConsent.YES)
    )
    conversation.closing.next_steps_told = ["Du hører fra mig inden jul"]
    conversation.letter.delivery = LetterDelivery.IN_PERSON
    return conversation


def with_interpreter(conversation: Conversation) -> Conversation:
    conversation.presence.interpreter = Interpreter(
        name_or_id="Tolk 12",
        agency="Tolkebureauet",
        language="somali",
        confirmed_not_relative=True,
        confirmed_adult=True,
        confidentiality_confirmed=True,
        briefing_done=True,
        debriefing_done=True,
    )
    return conversation
