"""The people around a conversation: the child, the caseworker, parents, bisidder, interpreter."""

from datetime import date
from uuid import UUID

from pydantic import Field, model_validator

from borne_samtale.domain.age import age_on
from borne_samtale.domain.base import Age, DomainModel, Minutes, Text, new_id
from borne_samtale.domain.enums import Exclusion, InterpreterGender, InterpreterMode, ParentRole


class Child(DomainModel):
    """The child, with only what the referat needs (data minimisation).

    ``name`` is a first name or a pseudonym; the case number ties the referat to the case.
    Either the birth date or an age is known; the birth date wins when both are given.
    """

    id: UUID = Field(default_factory=new_id)
    name: Text = Field(min_length=1)
    case_number: Text = ""
    birth_date: date | None = None
    age_years: Age | None = None
    preferred_language: Text = "dansk"
    home_languages: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _age_known(self) -> "Child":
        if self.birth_date is None and self.age_years is None:
            raise ValueError("either birth_date or age_years must be given")
        return self

    def age_on(self, day: date) -> int:
        if self.birth_date is not None:
            return age_on(self.birth_date, day)
        assert self.age_years is not None  # guaranteed by the validator
        return self.age_years


class CaseworkerProfile(DomainModel):
    """The rådgiver who holds the conversation and signs the referat."""

    name: Text = ""
    title: Text = ""
    unit: Text = ""
    municipality: Text = ""
    phone: Text = ""  # printed in the letter to the child: who to call


class ParentPresence(DomainModel):
    """One parent or carer: present at the conversation or not, and why not."""

    role: ParentRole
    present: bool
    absent_reason: Text = ""
    # Whether this parent lives with the child: in a § 137 conversation a present parent who
    # lives with a suspect who lives with the child is refused. Unknown counts as yes.
    lives_with_child: bool = True


class Bisidder(DomainModel):
    """The child's support person (Barnets Lov § 6). Relation only, no name needed."""

    relation: Text = ""
    age: Age | None = None
    excluded: Exclusion = Exclusion.NOT_EXCLUDED
    exclusion_reason: Text = ""


class Interpreter(DomainModel):
    """The interpreter (tolk) and the checks that make it the child's words that reach the case."""

    name_or_id: Text = ""
    agency: Text = ""
    language: Text = ""
    dialect: Text = ""
    mode: InterpreterMode = InterpreterMode.IN_PERSON
    gender: InterpreterGender = InterpreterGender.NOT_RECORDED
    minutes: Minutes | None = None  # how long it was interpreted
    long_phone_reason: Text = ""  # why phone interpreting went past about 10 minutes
    confirmed_not_relative: bool = False
    confirmed_adult: bool = False  # 18 or older
    confidentiality_confirmed: bool = False
    briefing_done: bool = False
    briefing_items_done: list[Text] = Field(default_factory=list)  # guide briefing item ids
    debriefing_done: bool = False
    interpreting_notes: Text = ""  # about the interpreting only, never the interpreter's view


class Presence(DomainModel):
    """Who was in the room (or on the line) besides the child and the caseworker."""

    parents: list[ParentPresence] = Field(default_factory=list)
    bisidder_offered: bool = False
    bisidder: Bisidder | None = None
    interpreter: Interpreter | None = None
    others: list[Text] = Field(default_factory=list)  # roles, e.g. "lærer", "plejemor"
