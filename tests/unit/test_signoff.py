"""Each sign-off rule: a conversation that fails it and one that passes."""

from collections.abc import Callable

import pytest

from borne_samtale.domain import (
    Bisidder,
    CaseworkerProfile,
    ChildWords,
    Conversation,
    Entry,
    Goal,
    NotHeld,
    Perspective,
    Purpose,
    ScaleAnswer,
    ThreeHouses,
    Waiver,
)
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import (
    CaseConsent,
    Exclusion,
    HeldStatus,
    LetterDelivery,
    ToldItem,
    WeighsAgainst,
)
from borne_samtale.domain.signoff import checklist
from tests.support.signoff import (
    CASEWORKER,
    child,
    complete,
    with_interpreter,
)


def test_a_complete_conversation_is_ready_to_sign() -> None:
    kid = child()
    result = checklist(with_interpreter(complete(kid)), kid, CASEWORKER)
    assert result.missing() == []
    assert result.ready_to_sign


Mutation = Callable[[Conversation], object]

RULES: list[tuple[str, Mutation]] = [
    ("place-recorded", lambda c: setattr(c, "place", " ")),
    ("measure-named", lambda c: setattr(c.legal_basis, "concrete_measure", "")),
    ("decision-section", lambda c: setattr(c.legal_basis, "decision_section", "")),
    ("child-view-of-measure", lambda c: setattr(c.closing, "child_view_of_measure", None)),
    ("told-purpose", lambda c: c.child_was_told.remove(ToldItem.PURPOSE)),
    ("told-mandate", lambda c: c.child_was_told.remove(ToldItem.MANDATE)),
    ("told-what-is-written", lambda c: c.child_was_told.remove(ToldItem.WHAT_IS_WRITTEN)),
    (
        "told-confidentiality-limits",
        lambda c: c.child_was_told.remove(ToldItem.CONFIDENTIALITY_LIMITS),
    ),
    ("told-right-not-to-answer", lambda c: c.child_was_told.remove(ToldItem.RIGHT_NOT_TO_ANSWER)),
    ("told-right-to-bisidder", lambda c: c.child_was_told.remove(ToldItem.RIGHT_TO_BISIDDER)),
    ("told-rights-by-age", lambda c: c.child_was_told.remove(ToldItem.RIGHTS_BY_AGE)),
    (
        "told-child-does-not-decide",
        lambda c: c.child_was_told.remove(ToldItem.CHILD_DOES_NOT_DECIDE),
    ),
    ("told-interpreter-role", lambda c: c.child_was_told.remove(ToldItem.INTERPRETER_ROLE)),
    ("read-back", lambda c: setattr(c.read_back, "done", False)),
    ("quote-consent", lambda c: setattr(c.entries[0], "consent", QuoteConsent())),
    ("letter-delivery", lambda c: setattr(c.letter, "delivery", LetterDelivery.NOT_DECIDED)),
    ("next-steps-told", lambda c: setattr(c.closing, "next_steps_told", [])),
    ("parents-recorded", lambda c: setattr(c.presence.parents[0], "absent_reason", "")),
    ("bisidder-offered", lambda c: setattr(c.presence, "bisidder_offered", False)),
    ("interpreter-identified", lambda c: setattr(c.presence.interpreter, "agency", "")),
    (
        "interpreter-not-relative",
        lambda c: setattr(c.presence.interpreter, "confirmed_not_relative", False),
    ),
    ("interpreter-adult", lambda c: setattr(c.presence.interpreter, "confirmed_adult", False)),
    (
        "interpreter-confidentiality",
        lambda c: setattr(c.presence.interpreter, "confidentiality_confirmed", False),
    ),
    ("interpreter-briefed", lambda c: setattr(c.presence.interpreter, "briefing_done", False)),
    ("interpreter-debriefed", lambda c: setattr(c.presence.interpreter, "debriefing_done", False)),
]


@pytest.mark.parametrize(("rule", "mutate"), RULES, ids=[r for r, _ in RULES])
def test_each_rule_fails_when_its_condition_is_missing(rule: str, mutate: Mutation) -> None:
    kid = child()
    conversation = with_interpreter(complete(kid))
    mutate(conversation)
    result = checklist(conversation, kid, CASEWORKER)
    assert [item.id for item in result.missing()] == [rule]
    item = result.item(rule)
    assert item.explanation
    assert item.reference
    assert not result.ready_to_sign


def test_the_childs_own_words_must_be_recorded() -> None:
    kid = child()
    conversation = complete(kid, Purpose.INVESTIGATION)
    conversation.entries = [
        Entry(text="Virkede glad", perspective=Perspective.CASEWORKER_OBSERVATION)
    ]
    conversation.closing.child_view_of_measure = None
    assert [i.id for i in checklist(conversation, kid, CASEWORKER).missing()] == [
        "child-views-recorded"
    ]
    conversation.scales = [
        ScaleAnswer(
            question="Skole",
            low_end="skidt",
            high_end="super",
            value=4,
            what_makes_it_this_number=ChildWords(
                text="Jeg har ingen venner", consent=QuoteConsent(case=CaseConsent.YES)
            ),
        )
    ]
    assert checklist(conversation, kid, CASEWORKER).ready_to_sign


def test_the_caseworker_must_be_named() -> None:
    kid = child()
    result = checklist(complete(kid), kid, CaseworkerProfile(name="Lise"))
    assert [item.id for item in result.missing()] == ["caseworker-named"]


def test_rights_by_age_are_only_required_from_ten() -> None:
    kid = child(age=9)
    conversation = complete(kid)
    conversation.child_was_told.remove(ToldItem.RIGHTS_BY_AGE)
    assert checklist(conversation, kid, CASEWORKER).ready_to_sign


def test_no_interpreter_rules_without_an_interpreter() -> None:
    kid = child()
    conversation = complete(kid)
    conversation.child_was_told.remove(ToldItem.INTERPRETER_ROLE)
    result = checklist(conversation, kid, CASEWORKER)
    assert result.ready_to_sign
    assert not any(i.id.startswith("interpreter") for i in result.items)


def test_a_bisidder_must_be_at_least_15_and_that_cannot_be_waived() -> None:
    kid = child()
    conversation = complete(kid)
    conversation.presence.bisidder = Bisidder(relation="storebror", age=14)
    conversation.sign_off.waivers.append(Waiver(item="bisidder-age", reason="Han var den eneste"))
    result = checklist(conversation, kid, CASEWORKER)
    assert [i.id for i in result.missing()] == ["bisidder-age"]
    conversation.presence.bisidder.age = 15
    assert checklist(conversation, kid, CASEWORKER).ready_to_sign


def test_an_excluded_bisidder_needs_a_reason() -> None:
    kid = child()
    conversation = complete(kid)
    conversation.presence.bisidder = Bisidder(relation="moster", age=40, excluded=Exclusion.PARTLY)
    assert [i.id for i in checklist(conversation, kid, CASEWORKER).missing()] == [
        "bisidder-exclusion-reason"
    ]
    conversation.presence.bisidder.exclusion_reason = "For at høre barnets egen mening"
    assert checklist(conversation, kid, CASEWORKER).ready_to_sign


def test_three_houses_need_the_childs_consent_to_share() -> None:
    kid = child()
    conversation = complete(kid)
    conversation.three_houses = ThreeHouses(
        worries=[ChildWords(text="Når de råber", consent=QuoteConsent(case=CaseConsent.YES))]
    )
    assert [i.id for i in checklist(conversation, kid, CASEWORKER).missing()] == [
        "three-houses-consent"
    ]
    conversation.three_houses.consent_to_share = False  # asked, and the answer was no
    assert checklist(conversation, kid, CASEWORKER).ready_to_sign


def test_follow_up_needs_a_scale_for_every_goal() -> None:
    kid = child()
    conversation = complete(kid, Purpose.ACTION_PLAN_FOLLOW_UP)
    goals = [Goal(text="Komme i skole hver dag"), Goal(text="Have en ven")]
    conversation.goals = goals
    conversation.scales = [
        ScaleAnswer(
            question="Skole", low_end="aldrig", high_end="hver dag", value=6, goal_id=goals[0].id
        )
    ]
    assert [i.id for i in checklist(conversation, kid, CASEWORKER).missing()] == ["scale-per-goal"]
    conversation.scales.append(
        ScaleAnswer(question="Ven", low_end="ingen", high_end="mange", value=3, goal_id=goals[1].id)
    )
    assert checklist(conversation, kid, CASEWORKER).ready_to_sign


def test_other_purpose_must_be_described() -> None:
    kid = child()
    conversation = complete(kid, Purpose.OTHER)
    conversation.legal_basis.purpose_note = ""
    assert [i.id for i in checklist(conversation, kid, CASEWORKER).missing()] == [
        "purpose-described"
    ]


@pytest.mark.parametrize("status", [HeldStatus.NOT_HELD, HeldStatus.CHILD_DECLINED])
def test_not_held_needs_reason_and_how_the_views_were_found(status: HeldStatus) -> None:
    kid = child()
    conversation = complete(kid)
    conversation.held = status
    conversation.entries = []
    result = checklist(conversation, kid, CASEWORKER)
    expected = {"not-held-reason", "views-obtained-instead"}
    if status is HeldStatus.NOT_HELD:
        expected.add("not-held-legal-ground")
    assert {i.id for i in result.missing()} == expected
    assert "child-views-recorded" not in {i.id for i in result.items}

    conversation.not_held = NotHeld(
        reason="Barnet ville ikke tale i dag",
        legal_ground="Barnets Lov § 5, stk. 4",
        weighs_against=WeighsAgainst.AGE_OR_MATURITY,
        views_obtained_instead="Samtale med klasselærer og mor",
    )
    assert checklist(conversation, kid, CASEWORKER).ready_to_sign


def test_a_waiver_with_a_reason_lets_the_item_pass_and_is_listed() -> None:
    kid = child()
    conversation = complete(kid)
    conversation.read_back.done = False
    conversation.sign_off.waivers.append(Waiver(item="read-back", reason=""))
    assert not checklist(conversation, kid, CASEWORKER).ready_to_sign  # no reason, no waiver
    conversation.sign_off.waivers = [Waiver(item="read-back", reason="Barnet skulle hentes")]
    result = checklist(conversation, kid, CASEWORKER)
    assert result.ready_to_sign
    assert [i.id for i in result.waived()] == ["read-back"]


def test_legal_items_cannot_be_waived() -> None:
    kid = child()
    conversation = complete(kid)
    conversation.legal_basis.concrete_measure = ""
    conversation.sign_off.waivers.append(Waiver(item="measure-named", reason="Ikke kendt endnu"))
    result = checklist(conversation, kid, CASEWORKER)
    assert [i.id for i in result.missing()] == ["measure-named"]
    assert not result.item("measure-named").waivable
