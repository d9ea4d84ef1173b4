"""The conversation: why it is held, who is there, what was said, and its sign-off state."""

from datetime import date
from typing import Literal
from uuid import UUID

from pydantic import AwareDatetime, Field, model_validator

from borne_samtale.domain.base import DomainModel, Text, new_id, utc_now
from borne_samtale.domain.entries import Entry
from borne_samtale.domain.enums import (
    CHILD_VOICE,
    Consulted,
    ConversationStatus,
    HeldStatus,
    LetterDelivery,
    PersonRelation,
    Phase,
    PlacementConsent,
    Purpose,
    SuspectAnswer,
    ToldItem,
    WeighsAgainst,
)
from borne_samtale.domain.people import CaseworkerProfile, Child, Presence
from borne_samtale.domain.tools import (
    ChildDrawing,
    Closing,
    Feedback,
    Goal,
    NetworkMap,
    ReadBack,
    ScaleAnswer,
    ThreeHouses,
)


class LegalBasis(DomainModel):
    """Purpose in law and the concrete measure the child's view is sought on."""

    purpose: Purpose
    decision_section: Text = ""  # the decision's section, e.g. "§ 32", "§ 46", "§ 47"
    concrete_measure: Text = ""  # the measure discussed, in plain words
    purpose_note: Text = ""  # free text, required in practice when purpose is OTHER
    # From 15, a voluntary placement (§ 46) needs the young person's consent.
    young_person_consent: PlacementConsent = PlacementConsent.NOT_ASKED
    consent_follow_up: Text = ""  # what follows from a "no", e.g. a decision under § 47


class ConcernPerson(DomainModel):
    """A person suspected of abuse (§ 137), or named as a worry. No name is recorded."""

    relation: PersonRelation = PersonRelation.UNKNOWN
    lives_with_child: bool = True  # unknown counts as yes: the letter and presence rules


class Safeguarding(DomainModel):
    """Who is suspected or a worry, and who was consulted. Required in § 137."""

    suspect_answer: SuspectAnswer = SuspectAnswer.NOT_ANSWERED
    persons: list[ConcernPerson] = Field(default_factory=list)
    police: Consulted = Consulted.NOT_ANSWERED
    police_on: date | None = None
    bornehus: Consulted = Consulted.NOT_ANSWERED
    bornehus_on: date | None = None

    def someone_at_home(self) -> bool:
        """Whether a suspected or worrying person lives with the child."""
        return self.suspect_answer is SuspectAnswer.NAMED and any(
            p.lives_with_child for p in self.persons
        )


class Letter(DomainModel):
    """How the letter to the child reaches the child, so it lands where it is safe."""

    delivery: LetterDelivery = LetterDelivery.NOT_DECIDED
    home_confirmed: bool = False  # explicitly confirmed safe to send home despite a worry
    reason: Text = ""  # why not sent, or why home is safe; printed in the referat


class NotHeld(DomainModel):
    """Why a conversation was not held or the child declined, and how the view was found."""

    reason: Text = ""
    legal_ground: Text = ""  # e.g. "Barnets Lov § 5, stk. 4" or "§ 137, stk. 4"
    weighs_against: WeighsAgainst = WeighsAgainst.NOT_STATED
    views_obtained_instead: Text = ""


SECTION_5_4 = "Barnets Lov § 5, stk. 4"
SECTION_137_4 = "Barnets Lov § 137, stk. 4"


def not_held_ground(purpose: Purpose) -> str:
    """The law's own exception for a conversation not held: § 137 has its own."""
    return SECTION_137_4 if purpose is Purpose.ABUSE_REPORT else SECTION_5_4


class Waiver(DomainModel):
    """A sign-off item the caseworker waived, with the reason printed in the referat."""

    item: Text
    reason: Text
    at: AwareDatetime = Field(default_factory=utc_now)


class SignOff(DomainModel):
    """Signature state. A signed conversation is locked; a change is a new, linked version."""

    status: ConversationStatus = ConversationStatus.DRAFT
    version: int = Field(default=1, ge=1, le=9999)  # an INTEGER column in the documents table
    supersedes: UUID | None = None  # the earlier version an addendum builds on
    signed_at: AwareDatetime | None = None
    signed_by: Text = ""
    document_id: Text = ""
    waivers: list[Waiver] = Field(default_factory=list)
    exported_at: AwareDatetime | None = None
    case_reference: Text = ""  # the case system's reference once handed over
    transferred_at: AwareDatetime | None = None
    delete_after: AwareDatetime | None = None


class Conversation(DomainModel):
    """One conversation with one child."""

    id: UUID = Field(default_factory=new_id)
    child_id: UUID
    legal_basis: LegalBasis
    starts_at: AwareDatetime = Field(default_factory=utc_now)
    ends_at: AwareDatetime | None = None
    # Time with the conversation open, and of it with a phone interpreter: added up across
    # locks and restarts (the referat prints the duration; the 10-minute phone warning).
    elapsed_seconds: int = Field(default=0, ge=0)
    phone_interpreting_seconds: int = Field(default=0, ge=0)
    place: Text = ""
    presence: Presence = Field(default_factory=Presence)
    held: HeldStatus = HeldStatus.HELD
    not_held: NotHeld | None = None
    guide_id: Text = ""
    guide_version: int | None = None
    current_phase: Phase = Phase.PREPARATION
    covered_items: list[Text] = Field(default_factory=list)  # guide must-cover item ids
    child_was_told: list[ToldItem] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    entries: list[Entry] = Field(default_factory=list)
    scales: list[ScaleAnswer] = Field(default_factory=list)
    three_houses: ThreeHouses | None = None
    network_map: NetworkMap | None = None
    # The free page on the child's screen: what the child drew while talking.
    free_drawing: ChildDrawing = Field(default_factory=ChildDrawing)
    # "Hvordan jeg oplevede mødet": the child's own view of the meeting, if the child wanted.
    feedback: Feedback | None = None
    read_back: ReadBack = Field(default_factory=ReadBack)
    closing: Closing = Field(default_factory=Closing)
    safeguarding: Safeguarding = Field(default_factory=Safeguarding)
    letter: Letter = Field(default_factory=Letter)
    sign_off: SignOff = Field(default_factory=SignOff)
    created_at: AwareDatetime = Field(default_factory=utc_now)
    updated_at: AwareDatetime = Field(default_factory=utc_now)

    @property
    def has_interpreter(self) -> bool:
        return self.presence.interpreter is not None

    def child_voice(self) -> list[Entry]:
        """The child's own words (directly or via the interpreter), in order."""
        return [e for e in self.entries if e.perspective in CHILD_VOICE]

    def adult_voice(self) -> list[Entry]:
        """Everything that is not the child's words: paraphrase, observation, assessment, others."""
        return [e for e in self.entries if e.perspective not in CHILD_VOICE]


RECORD_FORMAT: Literal["borne-samtale/conversation"] = "borne-samtale/conversation"
RECORD_VERSION: Literal[1] = 1


class ConversationRecord(DomainModel):
    """A conversation with its child and caseworker: the unit of import and export (JSON)."""

    format: Literal["borne-samtale/conversation"] = RECORD_FORMAT
    format_version: Literal[1] = RECORD_VERSION
    child: Child
    caseworker: CaseworkerProfile = Field(default_factory=CaseworkerProfile)
    conversation: Conversation

    @model_validator(mode="after")
    def _conversation_is_about_this_child(self) -> "ConversationRecord":
        if self.conversation.child_id != self.child.id:
            raise ValueError("conversation.child_id is not the id of the child in the record")
        return self
