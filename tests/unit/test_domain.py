from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from borne_samtale.domain import (
    AgeBand,
    Bisidder,
    CaseworkerProfile,
    Child,
    ChildWords,
    Closing,
    Conversation,
    ConversationRecord,
    Correction,
    Entry,
    Goal,
    Interpreter,
    LegalBasis,
    NetworkMap,
    NetworkPerson,
    NotHeld,
    ParentPresence,
    Perspective,
    Presence,
    Purpose,
    ReadBack,
    ScaleAnswer,
    SignOff,
    ThreeHouses,
    Waiver,
)
from borne_samtale.domain.age import AgeRights, age_band_for, age_on
from borne_samtale.domain.conversation import ConcernPerson, Letter, Safeguarding
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import OtherSource
from borne_samtale.domain.tools import ChildDrawing, Feedback, FeedbackAnswer, Stroke
from tests.support.strategies import register_models

ALL_MODELS = (
    ChildWords,
    Stroke,
    ChildDrawing,
    FeedbackAnswer,
    Feedback,
    Entry,
    Goal,
    ScaleAnswer,
    ThreeHouses,
    NetworkPerson,
    NetworkMap,
    Correction,
    ReadBack,
    Closing,
    Child,
    CaseworkerProfile,
    ParentPresence,
    Bisidder,
    Interpreter,
    Presence,
    LegalBasis,
    NotHeld,
    Waiver,
    SignOff,
    QuoteConsent,
    ConcernPerson,
    Safeguarding,
    Letter,
    Conversation,
    ConversationRecord,
)
# A stroke's colour is a hex pattern and it has at least one point: drawn as such.
st.register_type_strategy(
    Stroke,
    st.builds(
        Stroke,
        colour=st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True),
        width=st.floats(min_value=0.002, max_value=0.1),
        points=st.lists(
            st.tuples(st.floats(min_value=0, max_value=1), st.floats(min_value=0, max_value=1)),
            min_size=1,
            max_size=4,
        ),
    ),
)
st.register_type_strategy(
    ChildDrawing,
    st.builds(
        ChildDrawing,
        aspect=st.floats(min_value=0.2, max_value=5.0),
        strokes=st.lists(st.from_type(Stroke), max_size=2),
        consent=st.from_type(QuoteConsent),
    ),
)
register_models(*(m for m in ALL_MODELS if m not in (Stroke, ChildDrawing)))
st.register_type_strategy(
    ConversationRecord,
    st.builds(
        lambda child, caseworker, conversation: ConversationRecord(
            child=child,
            caseworker=caseworker,
            conversation=conversation.model_copy(update={"child_id": child.id}),
        ),
        st.from_type(Child),
        st.from_type(CaseworkerProfile),
        st.from_type(Conversation),
    ),
)


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_every_model_survives_a_json_round_trip(model: type[BaseModel]) -> None:
    @settings(
        max_examples=40,
        deadline=None,
        # the models' own validators reject many random combinations of nested fields
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(st.from_type(model))
    def round_trip(value: BaseModel) -> None:
        text = value.model_dump_json()
        again = model.model_validate_json(text)
        assert again == value
        assert again.model_dump_json() == text

    round_trip()


def test_age_is_counted_in_whole_years_on_the_day() -> None:
    born = date(2014, 6, 15)
    assert age_on(born, date(2024, 6, 14)) == 9
    assert age_on(born, date(2024, 6, 15)) == 10
    assert age_on(date(2012, 2, 29), date(2024, 2, 28)) == 11
    assert age_on(date(2012, 2, 29), date(2024, 2, 29)) == 12


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (2, None),
        (3, AgeBand.AGE_3_6),
        (6, AgeBand.AGE_3_6),
        (7, AgeBand.AGE_7_10),
        (10, AgeBand.AGE_7_10),
        (11, AgeBand.AGE_11_15),
        (15, AgeBand.AGE_11_15),
        (16, AgeBand.AGE_16_18),
        (19, AgeBand.AGE_16_18),
    ],
)
def test_age_bands(age: int, band: AgeBand | None) -> None:
    assert age_band_for(age) == band


def test_rights_by_age_follow_barnets_lov() -> None:
    assert AgeRights.for_age(9) == AgeRights(9, False, False, False)
    assert AgeRights.for_age(10).is_party
    assert AgeRights.for_age(12).may_attend_meetings
    assert not AgeRights.for_age(14).consent_required_for_placement
    assert AgeRights.for_age(15).consent_required_for_placement


def test_a_child_needs_a_birth_date_or_an_age() -> None:
    with pytest.raises(ValidationError):
        Child(name="Sara")
    assert (
        Child(name="Sara", birth_date=date(2016, 1, 2), age_years=3).age_on(date(2026, 1, 2)) == 10
    )
    assert Child(name="Sara", age_years=8).age_on(date(2026, 1, 1)) == 8


def test_only_information_from_others_names_a_source() -> None:
    Entry(
        text="Kommer sent",
        perspective=Perspective.INFORMATION_FROM_OTHERS,
        source=OtherSource.SCHOOL,
    )
    with pytest.raises(ValidationError):
        Entry(
            text="Jeg er glad", perspective=Perspective.CHILD_OWN_WORDS, source=OtherSource.PARENT
        )


def test_the_childs_words_are_kept_apart_from_the_adults() -> None:
    child = Child(name="Ali", age_years=11)
    conversation = Conversation(
        child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.BEFORE_DECISION)
    )
    for perspective in Perspective:
        conversation.entries.append(Entry(text=perspective.value, perspective=perspective))
    child_words = {e.perspective for e in conversation.child_voice()}
    adult_words = {e.perspective for e in conversation.adult_voice()}
    assert child_words == {Perspective.CHILD_OWN_WORDS, Perspective.CHILD_VIA_INTERPRETER}
    assert child_words.isdisjoint(adult_words)
    assert child_words | adult_words == set(Perspective)


def test_unknown_fields_and_out_of_range_values_are_refused() -> None:
    with pytest.raises(ValidationError):
        ScaleAnswer(question="Hvor glad?", low_end="ked", high_end="glad", value=11)
    with pytest.raises(ValidationError):
        NetworkPerson(label="mormor", closeness=4)
    with pytest.raises(ValidationError):
        CaseworkerProfile.model_validate({"name": "A", "cpr": "010101-1234"})
