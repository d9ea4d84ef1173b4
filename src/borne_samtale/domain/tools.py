"""Tools the child takes part in, and the closing steps: scale, houses, network map, read-back."""

from enum import StrEnum
from typing import Annotated
from uuid import UUID

import annotated_types
from pydantic import AwareDatetime, Field, StringConstraints

from borne_samtale.domain.base import Closeness, DomainModel, ScaleValue, Text, new_id, utc_now
from borne_samtale.domain.entries import ChildWords, QuoteConsent
from borne_samtale.domain.enums import AgeBand, Agreement, Relation


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


# A point on a drawing: x and y as fractions of the page's width and height (0 top left).
Fraction = Annotated[float, annotated_types.Ge(0.0), annotated_types.Le(1.0)]
Point = tuple[Fraction, Fraction]
HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
MAX_POINTS = 4000  # per stroke: a long scribble, not an endless one
MAX_STROKES = 1500  # per drawing


class Stroke(DomainModel):
    """One line the child drew without lifting the finger, pen or mouse button."""

    colour: HexColour
    # The line's width as a fraction of the page's width, so it looks the same at any size.
    width: Annotated[float, annotated_types.Ge(0.002), annotated_types.Le(0.1)]
    points: list[Point] = Field(min_length=1, max_length=MAX_POINTS)


class ChildDrawing(DomainModel):
    """What the child drew on one page (in a house, or on the free page), as vector strokes.

    Like the child's words it is shared only with the child's consent, asked at read-back.
    """

    # The page's width divided by its height when drawn: the drawing keeps its shape on paper.
    aspect: Annotated[float, annotated_types.Ge(0.2), annotated_types.Le(5.0)] = 1.0
    strokes: list[Stroke] = Field(default_factory=list, max_length=MAX_STROKES)
    consent: QuoteConsent = Field(default_factory=QuoteConsent)

    @property
    def drawn(self) -> bool:
        return bool(self.strokes)


class ThreeHouses(DomainModel):
    """Three Houses (Weld & Greening): good things, worries and dreams in the child's words.

    The child may name the houses and choose to draw or write; nothing is shared without
    the child's consent (``consent_to_share`` is ``None`` until asked; each drawing carries
    its own consent, asked at read-back like the words).
    """

    good_things_name: Text = "Det gode hus"
    worries_name: Text = "Bekymringshuset"
    dreams_name: Text = "Drømmehuset"
    good_things: list[ChildWords] = Field(default_factory=list)
    worries: list[ChildWords] = Field(default_factory=list)
    dreams: list[ChildWords] = Field(default_factory=list)
    # What the child drew in each house, in the order good things, worries, dreams.
    good_things_drawing: ChildDrawing = Field(default_factory=ChildDrawing)
    worries_drawing: ChildDrawing = Field(default_factory=ChildDrawing)
    dreams_drawing: ChildDrawing = Field(default_factory=ChildDrawing)
    # True when the child drew in a house: set from the drawings by the drawing pad.
    child_drew: bool = False
    consent_to_share: bool | None = None
    stopped_early_reason: Text = ""
    caseworker_note: Text = ""

    def drawings(self) -> list[tuple[str, str, ChildDrawing]]:
        """(part, the child's name for the house, drawing) for the three houses, in order."""
        return [
            ("good", self.good_things_name, self.good_things_drawing),
            ("worries", self.worries_name, self.worries_drawing),
            ("dreams", self.dreams_name, self.dreams_drawing),
        ]


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


class Face(StrEnum):
    """The faces the child picks from in "Hvordan jeg oplevede mødet"."""

    GOOD = "good"  # a smile
    IN_BETWEEN = "in_between"  # a straight mouth
    NOT_GOOD = "not_good"  # a sad mouth


class FeedbackAnswer(DomainModel):
    """One question of the child's feedback, as asked, and the face the child chose."""

    question_id: Text
    question: Text  # the words asked, kept: the questions may be worded anew later
    face: Face | None = None  # None: the child let this one be


class Feedback(DomainModel):
    """ "Hvordan jeg oplevede mødet": the child's own short view of the meeting, optional."""

    answers: list[FeedbackAnswer] = Field(default_factory=list)
    declined: bool = False  # the child was offered the form and did not want it
    recorded_at: AwareDatetime = Field(default_factory=utc_now)

    def answered(self) -> list[FeedbackAnswer]:
        return [a for a in self.answers if a.face is not None]


# Our own short questions, in plain Danish, by age band (the 16-item form cited in
# domain.md is a model only). Each has an id, so answers stay tied to their question.
_YOUNG = (
    ("liked", "Var det rart at snakke med mig i dag?"),
    ("listened", "Lyttede jeg til dig?"),
    ("understood", "Forstod du, hvad vi talte om?"),
)
_MIDDLE = (
    ("liked", "Hvordan var det at snakke med mig i dag?"),
    ("listened", "Følte du, at jeg lyttede til dig?"),
    ("said_it", "Fik du sagt det, du gerne ville?"),
    ("understood", "Forstod du, hvad der skal ske nu?"),
)
_OLDER = (
    ("liked", "Hvordan oplevede du samtalen i dag?"),
    ("listened", "Følte du, at jeg lyttede og tog dig alvorligt?"),
    ("said_it", "Fik du sagt det, der var vigtigt for dig?"),
    ("understood", "Ved du, hvad der skal ske nu?"),
    ("safe", "Var stedet og tidspunktet i orden for dig?"),
)
FEEDBACK_QUESTIONS: dict[AgeBand | None, tuple[tuple[str, str], ...]] = {
    None: _YOUNG,
    AgeBand.AGE_3_6: _YOUNG,
    AgeBand.AGE_7_10: _MIDDLE,
    AgeBand.AGE_11_15: _OLDER,
    AgeBand.AGE_16_18: _OLDER,
}


def feedback_form(band: AgeBand | None) -> Feedback:
    """An empty form with the questions for the child's age band."""
    return Feedback(
        answers=[
            FeedbackAnswer(question_id=ident, question=text)
            for ident, text in FEEDBACK_QUESTIONS[band]
        ]
    )
