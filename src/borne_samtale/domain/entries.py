"""Entries: what was said, seen or thought, each with whose perspective it is."""

from datetime import datetime
from uuid import UUID

from pydantic import AwareDatetime, Field, model_validator

from borne_samtale.domain.base import DomainModel, Text, new_id, utc_now
from borne_samtale.domain.enums import (
    CaseConsent,
    IcsDimension,
    OtherSource,
    Perspective,
    Phase,
    Theme,
)


class QuoteConsent(DomainModel):
    """What the child decided at read-back about one piece of the child's own words.

    ``case`` is the answer about the referat; ``kept_reason`` says why words the child wanted
    out stay in (told to the child); ``in_letter`` is opt-in: nothing goes into the letter to
    the child unless chosen for it.
    """

    case: CaseConsent = CaseConsent.NOT_ASKED
    kept_reason: Text = ""
    in_letter: bool = False


class Entry(DomainModel):
    """One note in the conversation.

    The perspective says whose words or view it holds; the child's own words are kept in
    their own entries and are never joined to an adult's text. ``source`` names who gave
    information from others and is only set for that perspective.
    """

    id: UUID = Field(default_factory=new_id)
    text: Text
    perspective: Perspective
    source: OtherSource | None = None
    source_detail: Text = ""  # e.g. "klasselærer"; a role, not a name
    ics: list[IcsDimension] = Field(default_factory=list)
    themes: list[Theme] = Field(default_factory=list)  # a wish or a worry in the child's words
    phase: Phase = Phase.EXPLORING
    consent: QuoteConsent = Field(default_factory=QuoteConsent)  # only for the child's words
    created_at: AwareDatetime = Field(default_factory=utc_now)
    updated_at: AwareDatetime = Field(default_factory=utc_now)

    @model_validator(mode="after")
    def _source_only_for_others(self) -> "Entry":
        if self.perspective is not Perspective.INFORMATION_FROM_OTHERS and (
            self.source is not None or self.source_detail
        ):
            raise ValueError("source is only for information from others")
        return self

    @property
    def is_child_voice(self) -> bool:
        return self.perspective.is_child_voice


class ChildWords(DomainModel):
    """Something the child said, word for word, in a tool or the closing."""

    text: Text
    via_interpreter: bool = False
    consent: QuoteConsent = Field(default_factory=QuoteConsent)


def touch(entry: Entry, at: datetime | None = None) -> None:
    """Mark an entry as changed now."""
    entry.updated_at = at or utc_now()
