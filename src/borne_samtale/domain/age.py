"""Age rules of Barnets Lov that depend on the child's age on the day of the conversation."""

from dataclasses import dataclass
from datetime import date

from borne_samtale.domain.enums import AgeBand

PARTY_RIGHTS_AGE = 10  # § 3: party in own case (complaints, file access, a lawyer)
MEETING_AGE = 12  # may attend and speak at the deciding meeting
CONSENT_AGE = 15  # consent needed for voluntary placement (§ 46); cooperation (§ 22, stk. 2)
BISIDDER_MIN_AGE = 15  # § 6: a support person must be at least 15
INTERPRETER_MIN_AGE = 18  # since 1 July 2025 nobody under 18 interprets for an authority
YOUNGEST_FOR_CONVERSATION = 3  # the guides start at the 3-6 band


def age_on(birth_date: date, day: date) -> int:
    """Whole years completed on ``day``."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def age_band_for(age: int) -> AgeBand | None:
    """The guide age band for an age; ``None`` below three, where no band fits."""
    if age < YOUNGEST_FOR_CONVERSATION:
        return None
    if age <= 6:
        return AgeBand.AGE_3_6
    if age <= 10:
        return AgeBand.AGE_7_10
    if age <= 15:
        return AgeBand.AGE_11_15
    return AgeBand.AGE_16_18


@dataclass(frozen=True)
class AgeRights:
    """What the child's age gives them, for the caseworker to tell and the referat to show."""

    age: int
    is_party: bool
    may_attend_meetings: bool
    consent_required_for_placement: bool

    @classmethod
    def for_age(cls, age: int) -> "AgeRights":
        return cls(
            age=age,
            is_party=age >= PARTY_RIGHTS_AGE,
            may_attend_meetings=age >= MEETING_AGE,
            consent_required_for_placement=age >= CONSENT_AGE,
        )
