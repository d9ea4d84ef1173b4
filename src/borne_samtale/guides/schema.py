"""The schema of a conversation guide: phases, prompts per age band, must-cover items.

Guides are data (YAML in resources/guides) so practice staff can change prompts without code.
"""

from collections import Counter
from enum import StrEnum
from typing import Annotated

import annotated_types
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from borne_samtale.domain.enums import AgeBand, IcsDimension, Phase, Purpose, ToldItem

Identifier = Annotated[str, annotated_types.MinLen(1), Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
NonEmpty = Annotated[str, annotated_types.MinLen(1)]


class PromptKind(StrEnum):
    QUESTION = "question"  # asked to the child
    SAY = "say"  # said to the child, not a question (framing, explanations)
    INSTRUCTION = "instruction"  # to the caseworker: what to do
    REMINDER = "reminder"  # to the caseworker: what to keep in mind
    TOOL = "tool"  # use a tool with the child


class ToolName(StrEnum):
    SCALE = "scale"
    THREE_HOUSES = "three_houses"
    NETWORK_MAP = "network_map"


class GuideModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Prompt(GuideModel):
    """One prompt on the screen. No age bands means all bands."""

    id: Identifier | None = None
    kind: PromptKind
    text: NonEmpty
    age_bands: tuple[AgeBand, ...] = ()
    interpreter_only: bool = False  # shown only when an interpreter is present
    tool: ToolName | None = None
    ics: tuple[IcsDimension, ...] = ()

    @model_validator(mode="after")
    def _tool_named_for_tool_prompts(self) -> "Prompt":
        if (self.kind is PromptKind.TOOL) != (self.tool is not None):
            raise ValueError("a prompt of kind 'tool' names a tool, and only such a prompt does")
        return self

    @property
    def is_said_to_child(self) -> bool:
        return self.kind in (PromptKind.QUESTION, PromptKind.SAY)

    def applies_to(self, band: AgeBand, with_interpreter: bool) -> bool:
        if self.interpreter_only and not with_interpreter:
            return False
        return not self.age_bands or band in self.age_bands


class GuidePhase(GuideModel):
    phase: Phase
    title: NonEmpty
    intro: str = ""
    prompts: tuple[Prompt, ...] = Field(min_length=1)


class MustCover(GuideModel):
    """Something the conversation must cover before the caseworker moves on or signs."""

    id: Identifier
    phase: Phase
    text: NonEmpty
    age_bands: tuple[AgeBand, ...] = ()
    # What the child has been told once this is ticked: the one list of what the child was
    # told (the sign-off checklist reads these), so nothing is ticked twice.
    told: tuple[ToldItem, ...] = ()


class Guide(GuideModel):
    """A whole conversation guide for one or more purposes."""

    id: Identifier
    version: int = Field(ge=1)
    title: NonEmpty
    legal_basis: str = ""
    purposes: tuple[Purpose, ...] = Field(min_length=1)
    age_bands: tuple[AgeBand, ...] = Field(min_length=1)
    summary: str = ""
    phases: tuple[GuidePhase, ...]
    must_cover: tuple[MustCover, ...] = ()

    @field_validator("phases")
    @classmethod
    def _all_phases_in_order(cls, phases: tuple[GuidePhase, ...]) -> tuple[GuidePhase, ...]:
        found = [p.phase for p in phases]
        if found != list(Phase):
            expected = ", ".join(p.value for p in Phase)
            raise ValueError(f"phases must be exactly, in this order: {expected}")
        return phases

    @model_validator(mode="after")
    def _consistent(self) -> "Guide":
        ids = [p.id for ph in self.phases for p in ph.prompts if p.id] + [
            m.id for m in self.must_cover
        ]
        duplicates = sorted(i for i, n in Counter(ids).items() if n > 1)
        if duplicates:
            raise ValueError(f"ids are used more than once: {', '.join(duplicates)}")
        exploring = self.phase(Phase.EXPLORING)
        for band in self.age_bands:
            if not any(
                p.kind is PromptKind.QUESTION and p.applies_to(band, with_interpreter=False)
                for p in exploring.prompts
            ):
                raise ValueError(f"the exploring phase has no question for age band {band}")
        for ph in self.phases:
            for p in ph.prompts:
                stray = [b for b in p.age_bands if b not in self.age_bands]
                if stray:
                    raise ValueError(f"prompt uses age band {stray[0]} the guide does not cover")
        return self

    def phase(self, phase: Phase) -> GuidePhase:
        return next(p for p in self.phases if p.phase is phase)

    def prompts_for(self, phase: Phase, band: AgeBand, with_interpreter: bool) -> list[Prompt]:
        """The prompts to show in a phase for a child's age band."""
        return [p for p in self.phase(phase).prompts if p.applies_to(band, with_interpreter)]

    def must_cover_for(self, band: AgeBand) -> list[MustCover]:
        return [m for m in self.must_cover if not m.age_bands or band in m.age_bands]
