"""Which guide fits a conversation: by its purpose and the child's age band."""

from collections.abc import Sequence

from borne_samtale.domain.enums import AgeBand, Purpose
from borne_samtale.guides.schema import Guide

# The guide for when the conversation cannot be held; it lists every purpose, so it is
# offered for that path only, never as the first suggestion.
NOT_HELD_GUIDE = "samtale-ikke-afholdt"


def suggest_guide(guides: Sequence[Guide], purpose: Purpose, band: AgeBand | None) -> Guide | None:
    """The guide made for this purpose and age band; one for the purpose alone if none fits."""
    for_purpose = [g for g in guides if purpose in g.purposes and g.id != NOT_HELD_GUIDE]
    fitting = [g for g in for_purpose if band is None or band in g.age_bands]
    # A guide written for fewer purposes is the more specific one.
    ranked = sorted(fitting or for_purpose, key=lambda g: (len(g.purposes), g.id))
    return ranked[0] if ranked else None


def not_held_guide(guides: Sequence[Guide]) -> Guide | None:
    return next((g for g in guides if g.id == NOT_HELD_GUIDE), None)
