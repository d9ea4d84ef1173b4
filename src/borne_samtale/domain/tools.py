"""Tools the child takes part in, and the closing steps: scale, houses, network map, read-back."""

from uuid import UUID

from pydantic import AwareDatetime, Field

from borne_samtale.domain.base import Closeness, DomainModel, ScaleValue, Text, new_id, utc_now
from borne_samtale.domain.entries import ChildWords, QuoteConsent
from borne_samtale.domain.enums import Agreement, Relation


class Goal(DomainModel):
    """A goal from the child's action plan (handleplan), followed up by scale answers."""

    id: UUID = Field(default_factory=new_id)
    text: Text


class ScaleAnswer(DomainModel):
    """A 0-10 scale: both ends defined first, then the child's number and reasons."""

    id: UUID = Field(default_factory=new_id)
    question: Text  # e.g. "Hvor godt har du det i skolen?"
    low_end: Text  # what 0 means, in words the child agreed to
    high_end: Text  # what 10 means
    value: ScaleValue | None = None
    goal_id: UUID | None = None
    what_makes_it_this_number: ChildWords | None = None
    one_step_up: ChildWords | None = None
    caseworker_note: Text = ""  # the adult's note, kept apart from the child's words
    recorded_at: AwareDatetime = Field(default_factory=utc_now)


class ThreeHouses(DomainModel):
    """Three Houses (Weld & Greening): good things, worries and dreams in the child's words.

    The child may name the houses and choose to draw or write; nothing is shared without
    the child's consent (``consent_to_share`` is ``None`` until asked).
    """

    good_things_name: Text = "Det gode hus"
    worries_name: Text = "Bekymringshuset"
    dreams_name: Text = "Drømmehuset"
    good_things: list[ChildWords] = Field(default_factory=list)
    worries: list[ChildWords] = Field(default_factory=list)
    dreams: list[ChildWords] = Field(default_factory=list)
    child_drew: bool = False
    consent_to_share: bool | None = None
    stopped_early_reason: Text = ""
    caseworker_note: Text = ""


class NetworkPerson(DomainModel):
    """A person on the child's network map; closeness 1 is the innermost ring."""

    id: UUID = Field(default_factory=new_id)
    label: Text  # what the child calls them: "mormor", "Ali fra klassen"
    relation: Relation = Relation.OTHER
    closeness: Closeness = 2
    child_words: ChildWords | None = None
    # The label is the child's own word for the person: the person and what the child said
    # about them are one quote for the child's consent.
    consent: QuoteConsent = Field(default_factory=QuoteConsent)


class NetworkMap(DomainModel):
    people: list[NetworkPerson] = Field(default_factory=list)
    caseworker_note: Text = ""


class Correction(DomainModel):
    """A correction the child made when the notes were read back."""

    id: UUID = Field(default_factory=new_id)
    entry_id: UUID | None = None  # the entry corrected, when there is one
    child_words: ChildWords


class ReadBack(DomainModel):
    """Reading the child's words back to the child, and what the child said to it."""

    done: bool = False
    not_done_reason: Text = ""
    via_interpreter: bool = False
    corrections: list[Correction] = Field(default_factory=list)
    agreement: Agreement = Agreement.NOT_ASKED
    # Free text from before consent per quote: never printed. A draft that still holds some
    # is stopped at sign-off until the caseworker has decided per quote and emptied it.
    not_to_share: Text = ""


class Closing(DomainModel):
    """How the conversation ended: the child's view of the measure and what happens next."""

    child_view_of_measure: ChildWords | None = None
    # When the child gave no view of the measure: why (the child's own refusal, or the
    # law's exception in § 5, stk. 4) and how the view was obtained instead.
    view_not_given_reason: Text = ""
    view_obtained_instead: Text = ""
    child_wishes: list[ChildWords] = Field(default_factory=list)
    next_steps_told: list[Text] = Field(default_factory=list)
    contact_person_told: Text = ""  # who the child can call, as told to the child
    summary_given: bool = False
