"""The interpreter module's content: what to do before, during and after.

The interpreter module: briefing, the role explained to the child, reminders, phone and
video specifics, and the debriefing. Shown only when an interpreter takes part."""

from typing import Annotated

import annotated_types
from pydantic import Field, model_validator

from borne_samtale.domain.enums import AgeBand, InterpreterMode
from borne_samtale.guides.schema import GuideModel, Identifier

NonEmpty = Annotated[str, annotated_types.MinLen(1)]

# Items the module must hold (Barnets Lov practice and the 2025 ban on interpreters under 18).
REQUIRED_BRIEFING = frozenset(
    {
        "first-person",
        "translate-everything",
        "nothing-added-or-left-out",
        "no-own-opinions",
        "confidentiality",
        "say-when-untranslatable",
        "no-private-talk",
        "check-language-and-dialect",
        "not-a-relative",
        "adult",
        "gender-and-background",  # consider gender and background when booking
        "same-interpreter",  # the same interpreter across the child's conversations
        "danish-switch-agreed",  # what the interpreter does if the child switches to Danish
    }
)
REQUIRED_REMINDERS = frozenset(
    {
        "speak-to-the-child",
        "short-sentences",
        "pause-for-translation",
        "check-understanding",
        "word-for-word",
        "child-switches-to-danish",
    }
)


class InterpreterItem(GuideModel):
    id: Identifier
    text: NonEmpty
    # The interpreter modes the item is for; none listed means every mode (seating, say,
    # means nothing for a phone interpreter).
    modes: tuple[InterpreterMode, ...] = ()

    def applies_to(self, mode: InterpreterMode) -> bool:
        return not self.modes or mode in self.modes


class InterpreterModule(GuideModel):
    version: int = Field(ge=1)
    title: NonEmpty
    briefing: tuple[InterpreterItem, ...] = Field(min_length=1)
    role_explanation: dict[AgeBand, NonEmpty]  # said to the child, through the interpreter
    reminders: tuple[InterpreterItem, ...] = Field(min_length=1)
    phone: tuple[InterpreterItem, ...] = Field(min_length=1)
    video: tuple[InterpreterItem, ...] = Field(min_length=1)
    debriefing: tuple[InterpreterItem, ...] = Field(min_length=1)
    phone_limit_minutes: int = Field(default=10, ge=1, le=60)

    @model_validator(mode="after")
    def _complete(self) -> "InterpreterModule":
        missing_bands = [b.value for b in AgeBand if b not in self.role_explanation]
        if missing_bands:
            raise ValueError(f"role_explanation lacks age bands: {', '.join(missing_bands)}")
        for section, required in (
            ("briefing", REQUIRED_BRIEFING),
            ("reminders", REQUIRED_REMINDERS),
        ):
            present = {item.id for item in getattr(self, section)}
            missing = sorted(required - present)
            if missing:
                raise ValueError(f"{section} lacks required items: {', '.join(missing)}")
        ids = [item.id for section in self.sections() for item in section]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"ids are used more than once: {', '.join(duplicates)}")
        return self

    def sections(self) -> tuple[tuple[InterpreterItem, ...], ...]:
        return (self.briefing, self.reminders, self.phone, self.video, self.debriefing)

    def briefing_for(self, mode: InterpreterMode) -> tuple[InterpreterItem, ...]:
        """The briefing items this interpreter mode needs."""
        return tuple(item for item in self.briefing if item.applies_to(mode))

    def mode_items(self, mode: InterpreterMode) -> tuple[InterpreterItem, ...]:
        if mode is InterpreterMode.PHONE:
            return self.phone
        if mode is InterpreterMode.VIDEO:
            return self.video
        return ()
