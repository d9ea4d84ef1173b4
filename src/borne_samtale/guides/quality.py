"""Checks of a guide's language: readability per age band and open, non-leading questions."""

from borne_samtale.domain.enums import AgeBand, Phase
from borne_samtale.domain.lix import lix
from borne_samtale.guides.schema import Guide, Prompt, PromptKind

# Prompts said to a child should be easy to follow: LIX at most this per age band.
LIX_LIMIT = {
    AgeBand.AGE_3_6: 25.0,
    AgeBand.AGE_7_10: 25.0,
    AgeBand.AGE_11_15: 35.0,
    AgeBand.AGE_16_18: 35.0,
}

# Words an open invitation starts with (Danish). A question starting otherwise invites yes/no.
OPEN_WORDS = ("fortæl", "hvad", "hvordan", "hvem", "hvor", "hvornår")


def said_to_child(guide: Guide, band: AgeBand) -> list[Prompt]:
    """Every prompt said to a child of this band, with or without an interpreter."""
    return [
        p
        for phase in Phase
        for p in guide.prompts_for(phase, band, with_interpreter=True)
        if p.is_said_to_child
    ]


def lix_by_band(guide: Guide) -> dict[AgeBand, float]:
    return {band: lix(p.text for p in said_to_child(guide, band)) for band in guide.age_bands}


def first_word(text: str) -> str:
    stripped = text.lstrip(" »\"'(-–")
    return stripped.split(maxsplit=1)[0].strip(",.?!:;").lower() if stripped else ""


def closed_or_leading(guide: Guide) -> list[Prompt]:
    """Child-facing prompts that are not open invitations.

    A question must start with an open word; a statement to the child must not ask anything.
    """
    return [prompt for phase in guide.phases for prompt in phase.prompts if _is_closed(prompt)]


def _is_closed(prompt: Prompt) -> bool:
    if prompt.kind is PromptKind.QUESTION:
        return first_word(prompt.text) not in OPEN_WORDS
    return prompt.kind is PromptKind.SAY and "?" in prompt.text
