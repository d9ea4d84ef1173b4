"""The child decides what leaves the room, and the gate tells law from good practice: each
rule of issue 11 failing and passing, on the domain alone."""

from datetime import date

import pytest

from borne_samtale.domain import (
    Child,
    ChildWords,
    Conversation,
    Correction,
    Entry,
    Interpreter,
    NetworkMap,
    NetworkPerson,
)
from borne_samtale.domain import consent as quotes_of
from borne_samtale.domain.clock import whole_minutes
from borne_samtale.domain.conversation import (
    SECTION_5_4,
    SECTION_137_4,
    ConcernPerson,
    NotHeld,
    Waiver,
)
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import (
    CaseConsent,
    Consulted,
    HeldStatus,
    InterpreterMode,
    LetterDelivery,
    ParentRole,
    PersonRelation,
    Perspective,
    PlacementConsent,
    Purpose,
    SuspectAnswer,
    WeighsAgainst,
)
from borne_samtale.domain.people import ParentPresence
from borne_samtale.domain.signoff import checklist, phone_minutes, substantial
from borne_samtale.domain.tools import ScaleAnswer, ThreeHouses
from tests.support.signoff import CASEWORKER, child, complete, with_interpreter

YES = QuoteConsent(case=CaseConsent.YES)


def missing(conversation: Conversation, kid: Child) -> list[str]:
    return [i.id for i in checklist(conversation, kid, CASEWORKER).missing()]


# --- consent per quote --------------------------------------------------------------------


def test_every_piece_of_the_childs_words_is_a_quote_with_its_own_consent() -> None:
    kid = child()
    c = complete(kid)
    c.scales = [
        ScaleAnswer(
            question="Skole",
            low_end="skidt",
            high_end="godt",
            value=4,
            what_makes_it_this_number=ChildWords(text="Lærerne råber"),
        )
    ]
    c.three_houses = ThreeHouses(worries=[ChildWords(text="Far drikker")], consent_to_share=True)
    c.network_map = NetworkMap(people=[NetworkPerson(label="Mormor")])
    c.closing.child_wishes = [ChildWords(text="Bo hos mormor")]
    where = [q.where for q in quotes_of.quotes(c)]
    assert len(where) == 6  # entry, scale, house, network person, measure view, wish
    assert missing(c, kid) == ["quote-consent"]
    item = checklist(c, kid, CASEWORKER).item("quote-consent")
    assert item.explanation.startswith("4 af barnets citater")
    assert not item.waivable
    for quote in quotes_of.open_questions(c):
        quote.set_consent(YES)
    assert missing(c, kid) == []


def test_a_no_kept_in_the_case_needs_the_reason_told_to_the_child() -> None:
    kid = child()
    c = complete(kid)
    c.entries[0].consent = QuoteConsent(case=CaseConsent.NO_KEPT)
    assert missing(c, kid) == ["quote-consent"]
    c.entries[0].consent = QuoteConsent(
        case=CaseConsent.NO_KEPT, kept_reason="Det handler om din sikkerhed, så jeg skal skrive det"
    )
    assert missing(c, kid) == []


def test_a_waiver_cannot_skip_the_consent_questions() -> None:
    kid = child()
    c = complete(kid)
    c.entries[0].consent = QuoteConsent()
    c.sign_off.waivers.append(Waiver(item="quote-consent", reason="Barnet var træt i dag"))
    assert missing(c, kid) == ["quote-consent"]


def test_read_back_not_done_with_a_reason_needs_no_consent_answers() -> None:
    kid = child()
    c = complete(kid)
    c.entries[0].consent = QuoteConsent()
    c.read_back.done = False
    c.read_back.not_done_reason = "Barnet blev hentet midt i samtalen af plejemor"
    assert missing(c, kid) == []


def test_the_old_free_text_note_stops_signing_until_emptied() -> None:
    kid = child()
    c = complete(kid)
    c.read_back.not_to_share = "at mor er syg"
    assert missing(c, kid) == ["not-to-share-decided"]


def test_for_case_drops_what_the_child_kept_out_and_its_corrections() -> None:
    kid = child()
    c = complete(kid)
    secret = Entry(
        text="Mor er syg i hovedet",
        perspective=Perspective.CHILD_OWN_WORDS,
        consent=QuoteConsent(case=CaseConsent.NO_LEFT_OUT, in_letter=True),
    )
    c.entries.append(secret)
    c.read_back.corrections.append(
        Correction(entry_id=secret.id, child_words=ChildWords(text="nogle gange", consent=YES))
    )
    c.network_map = NetworkMap(
        people=[NetworkPerson(label="Bjørn", consent=QuoteConsent(case=CaseConsent.NO_LEFT_OUT))]
    )
    case = quotes_of.for_case(c)
    texts = [q.text for q in quotes_of.quotes(case)]
    assert "Mor er syg i hovedet" not in texts
    assert "nogle gange" not in texts
    assert not case.network_map or not case.network_map.people
    assert [q.text for q in quotes_of.left_out(c)] == ["Mor er syg i hovedet", "Bjørn"]
    # The original is untouched, and a left-out quote never reaches the letter.
    assert secret in c.entries
    assert quotes_of.quotes(quotes_of.for_letter(c)) == []


def test_nothing_goes_into_the_letter_unless_chosen() -> None:
    kid = child()
    c = complete(kid)
    assert quotes_of.quotes(quotes_of.for_letter(c)) == []
    c.entries[0].consent = QuoteConsent(case=CaseConsent.YES, in_letter=True)
    assert [q.text for q in quotes_of.quotes(quotes_of.for_letter(c))] == [c.entries[0].text]


def test_corrected_words_go_to_the_letter_only_with_their_correction() -> None:
    kid = child()
    c = complete(kid)
    said = Entry(
        text="Far slår",
        perspective=Perspective.CHILD_OWN_WORDS,
        consent=QuoteConsent(case=CaseConsent.YES, in_letter=True),
    )
    c.entries.append(said)
    correction = Correction(
        entry_id=said.id,
        child_words=ChildWords(text="Far råber", consent=QuoteConsent(case=CaseConsent.YES)),
    )
    c.read_back.corrections.append(correction)
    # The correction is not chosen for the letter: the words it corrects stay out too.
    assert "Far slår" not in [q.text for q in quotes_of.quotes(quotes_of.for_letter(c))]
    correction.child_words.consent = QuoteConsent(case=CaseConsent.YES, in_letter=True)
    letter = quotes_of.for_letter(c)
    assert said.id in [e.id for e in letter.entries]
    assert [k.entry_id for k in letter.read_back.corrections] == [said.id]


# --- the letter -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delivery", "age", "reason", "ok"),
    [
        (LetterDelivery.NOT_DECIDED, 11, "", False),
        (LetterDelivery.IN_PERSON, 11, "", True),
        (LetterDelivery.DIGITAL_MAIL, 14, "", False),
        (LetterDelivery.DIGITAL_MAIL, 15, "", True),
        (LetterDelivery.NOT_SENT, 11, "x", False),
        (LetterDelivery.NOT_SENT, 11, "Barnet vil ikke have et brev med hjem", True),
        (LetterDelivery.HOME, 11, "", True),
    ],
)
def test_the_letters_way_to_the_child_is_recorded(
    delivery: LetterDelivery, age: int, reason: str, ok: bool
) -> None:
    kid = child(age)
    c = complete(kid)
    c.letter.delivery = delivery
    c.letter.reason = reason
    assert ("letter-delivery" not in missing(c, kid)) is ok


def test_sending_home_when_someone_at_home_is_a_worry_needs_a_confirmed_reason() -> None:
    kid = child()
    c = complete(kid)
    c.letter.delivery = LetterDelivery.HOME
    c.safeguarding.suspect_answer = SuspectAnswer.NAMED
    c.safeguarding.persons = [ConcernPerson(relation=PersonRelation.MOTHERS_PARTNER)]
    assert missing(c, kid) == ["letter-home-safe"]
    c.sign_off.waivers.append(Waiver(item="letter-home-safe", reason="Det plejer at gå fint"))
    assert missing(c, kid) == ["letter-home-safe"]  # not waivable
    c.letter.reason = "Mors kæreste er flyttet; mor åbner ikke barnets post"
    assert missing(c, kid) == ["letter-home-safe"]  # not confirmed yet
    c.letter.home_confirmed = True
    assert missing(c, kid) == []
    c.safeguarding.persons = [
        ConcernPerson(relation=PersonRelation.OTHER_KNOWN, lives_with_child=False)
    ]
    c.letter.home_confirmed = False
    assert missing(c, kid) == []  # nobody at home is a worry


# --- law against good practice -----------------------------------------------------------


def test_law_items_are_never_waivable_and_good_practice_items_are() -> None:
    kid = child()
    result = checklist(with_interpreter(complete(kid)), kid, CASEWORKER)
    for item in result.items:
        if item.is_law:
            assert not item.waivable, item.id
            assert not item.reference.startswith("God praksis")
    law = {i.id for i in result.items if i.is_law}
    assert {"child-view-of-measure", "told-right-to-bisidder", "told-rights-by-age"} <= law
    assert {"bisidder-offered", "parents-recorded", "place-recorded"} <= law
    assert result.item("read-back").waivable
    assert result.item("told-purpose").waivable


def test_fifteen_waivers_cannot_sign_a_bare_section_47_conversation() -> None:
    kid = child(14)
    c = complete(kid)
    c.legal_basis.decision_section = "§ 47"
    c.child_was_told = []
    c.presence.parents = []
    c.presence.bisidder_offered = False
    c.read_back.done = False
    c.place = ""
    c.closing.child_view_of_measure = None
    c.closing.next_steps_told = []
    for item in checklist(c, kid, CASEWORKER).missing():
        c.sign_off.waivers.append(Waiver(item=item.id, reason="Ikke relevant her i denne sag"))
    left = set(missing(c, kid))
    assert {
        "child-view-of-measure",
        "told-right-to-bisidder",
        "told-rights-by-age",
        "bisidder-offered",
        "parents-recorded",
        "place-recorded",
    } <= left


def test_a_waiver_needs_a_real_reason() -> None:
    assert not substantial("x")
    assert not substantial("Tidspres")
    assert substantial("Barnet blev hentet af mor")
    kid = child()
    c = complete(kid)
    c.read_back.done = False
    c.sign_off.waivers.append(Waiver(item="read-back", reason="ok ok"))
    assert missing(c, kid) == ["read-back"]


def test_the_childs_view_of_the_measure_through_the_laws_exception() -> None:
    kid = child()
    c = complete(kid)
    c.closing.child_view_of_measure = None
    assert missing(c, kid) == ["child-view-of-measure"]
    c.closing.view_not_given_reason = "Barnet ville ikke sige noget om plejefamilien"
    assert missing(c, kid) == ["child-view-of-measure"]
    c.closing.view_obtained_instead = "Barnets kontaktperson fortalte om barnets ønsker"
    assert missing(c, kid) == []


@pytest.mark.parametrize("measure", ["x", "-", "?", "ab", "  "])
def test_a_placeholder_measure_is_refused(measure: str) -> None:
    kid = child()
    c = complete(kid)
    c.legal_basis.concrete_measure = measure
    assert missing(c, kid) == ["measure-named"]


# --- § 137 -----------------------------------------------------------------------------------


def abuse_case(kid: Child) -> Conversation:
    c = complete(kid, Purpose.ABUSE_REPORT)
    c.letter.delivery = LetterDelivery.IN_PERSON
    c.safeguarding.police = Consulted.YES
    c.safeguarding.police_on = date(2026, 11, 1)
    c.safeguarding.bornehus = Consulted.NO
    c.entries[0].question = "Fortæl mig om, hvordan du har det."
    return c


def test_section_137_needs_the_suspect_recorded() -> None:
    kid = child()
    c = abuse_case(kid)
    assert missing(c, kid) == ["suspect-recorded"]
    c.safeguarding.suspect_answer = SuspectAnswer.NAMED
    assert missing(c, kid) == ["suspect-recorded"]  # named, but nobody described
    c.safeguarding.suspect_answer = SuspectAnswer.NOT_KNOWN
    assert missing(c, kid) == []
    c.safeguarding.suspect_answer = SuspectAnswer.NOBODY
    assert missing(c, kid) == []


def test_section_137_refuses_the_mother_present_when_her_partner_is_suspected() -> None:
    kid = child()
    c = abuse_case(kid)
    c.safeguarding.suspect_answer = SuspectAnswer.NAMED
    c.safeguarding.persons = [ConcernPerson(relation=PersonRelation.MOTHERS_PARTNER)]
    c.presence.parents = [
        ParentPresence(role=ParentRole.MOTHER, present=True),
        ParentPresence(role=ParentRole.FATHER, present=False, absent_reason="Bor i Aarhus"),
    ]
    result = checklist(c, kid, CASEWORKER)
    assert [i.id for i in result.missing()] == ["suspect-not-present"]
    assert not result.item("suspect-not-present").waivable
    c.presence.parents[0] = ParentPresence(
        role=ParentRole.MOTHER, present=False, absent_reason="Samtale efter § 137"
    )
    assert missing(c, kid) == []


def test_section_137_refuses_a_suspected_father_present() -> None:
    kid = child()
    c = abuse_case(kid)
    c.safeguarding.suspect_answer = SuspectAnswer.NAMED
    c.safeguarding.persons = [ConcernPerson(relation=PersonRelation.FATHER, lives_with_child=False)]
    c.presence.parents = [ParentPresence(role=ParentRole.FATHER, present=True)]
    assert missing(c, kid) == ["suspect-not-present"]


def test_section_137_records_police_and_bornehus() -> None:
    kid = child()
    c = abuse_case(kid)
    c.safeguarding.suspect_answer = SuspectAnswer.NOT_KNOWN
    c.safeguarding.police_on = None
    assert missing(c, kid) == ["police-bornehus"]
    c.safeguarding.police = Consulted.NO
    assert missing(c, kid) == []


def test_section_137_not_held_only_on_its_own_exception() -> None:
    kid = child()
    c = abuse_case(kid)
    c.safeguarding.suspect_answer = SuspectAnswer.NOT_KNOWN
    c.held = HeldStatus.NOT_HELD
    c.entries = []
    c.not_held = NotHeld(
        reason="Tidspres",
        legal_ground=SECTION_5_4,
        weighs_against=WeighsAgainst.OTHER_CIRCUMSTANCES,
        views_obtained_instead="Lærerens oplysninger om barnet i skolen",
    )
    assert set(missing(c, kid)) == {"not-held-reason", "not-held-legal-ground"}
    c.not_held.legal_ground = SECTION_137_4
    assert set(missing(c, kid)) == {"not-held-reason", "not-held-legal-ground"}
    c.not_held.weighs_against = WeighsAgainst.AGE_OR_MATURITY
    c.not_held.reason = "Barnet er tre år og kan ikke fortælle om det, der skete"
    assert missing(c, kid) == []


def test_the_letter_home_in_a_section_137_case_needs_confirmation() -> None:
    kid = child()
    c = abuse_case(kid)
    c.safeguarding.suspect_answer = SuspectAnswer.NOBODY
    c.letter.delivery = LetterDelivery.HOME
    assert missing(c, kid) == ["letter-home-safe"]


# --- age rules -------------------------------------------------------------------------------


def test_a_young_person_from_15_must_consent_to_a_section_46_placement() -> None:
    kid = child(16)
    c = complete(kid)
    c.legal_basis.decision_section = "§ 46"
    c.legal_basis.concrete_measure = "Anbringelse på efterskole"
    assert missing(c, kid) == ["young-person-consent"]
    c.legal_basis.young_person_consent = PlacementConsent.DOES_NOT_CONSENT
    assert missing(c, kid) == ["consent-follow-up"]
    c.legal_basis.consent_follow_up = "Sagen forelægges børn og unge-udvalget efter § 47"
    assert missing(c, kid) == []
    younger = child(14)
    c.child_id = younger.id
    c.legal_basis.young_person_consent = PlacementConsent.NOT_ASKED
    assert missing(c, younger) == []


# --- the interpreter -------------------------------------------------------------------------


def test_words_via_an_interpreter_need_an_interpreter() -> None:
    kid = child()
    c = complete(kid)
    c.entries.append(
        Entry(
            text="Jeg savner min bror", perspective=Perspective.CHILD_VIA_INTERPRETER, consent=YES
        )
    )
    result = checklist(c, kid, CASEWORKER)
    assert [i.id for i in result.missing()] == ["via-interpreter-without-interpreter"]
    assert not result.item("via-interpreter-without-interpreter").waivable


def test_long_phone_interpreting_needs_a_reason() -> None:
    kid = child()
    c = with_interpreter(complete(kid))
    interpreter = c.presence.interpreter
    assert isinstance(interpreter, Interpreter)
    interpreter.mode = InterpreterMode.PHONE
    assert missing(c, kid) == ["phone-minutes"]
    interpreter.minutes = 8
    assert missing(c, kid) == []
    interpreter.minutes = 40
    assert missing(c, kid) == ["phone-long-reason"]
    interpreter.long_phone_reason = "Ingen fremmødetolk på dette sprog inden for fristen"
    assert missing(c, kid) == []


def test_the_phone_clock_counts_when_no_minutes_were_written() -> None:
    kid = child()
    c = with_interpreter(complete(kid))
    assert isinstance(c.presence.interpreter, Interpreter)
    c.presence.interpreter.mode = InterpreterMode.PHONE
    c.phone_interpreting_seconds = 11 * 60 + 5  # the clock, across locks and restarts
    assert missing(c, kid) == ["phone-long-reason"]
    c.presence.interpreter.minutes = 9  # what the caseworker wrote wins
    assert missing(c, kid) == []


def test_the_gate_counts_phone_minutes_as_the_window_shows_them() -> None:
    """10 min 59 s is 10 min on the panel and in the referat: no reason asked yet."""
    kid = child()
    c = with_interpreter(complete(kid))
    assert isinstance(c.presence.interpreter, Interpreter)
    c.presence.interpreter.mode = InterpreterMode.PHONE
    c.phone_interpreting_seconds = 10 * 60 + 59
    assert phone_minutes(c) == whole_minutes(c.phone_interpreting_seconds) == 10
    assert missing(c, kid) == []
    c.phone_interpreting_seconds = 11 * 60
    assert missing(c, kid) == ["phone-long-reason"]


def test_section_137_needs_the_question_behind_every_quote() -> None:
    kid = child()
    c = abuse_case(kid)
    c.safeguarding.suspect_answer = SuspectAnswer.NOBODY
    c.entries[0].question = ""
    result = checklist(c, kid, CASEWORKER)
    assert [i.id for i in result.missing()] == ["questions-recorded"]
    assert not result.item("questions-recorded").waivable
    c.entries[0].unprompted = True  # the child brought it up
    assert missing(c, kid) == []
    other = complete(kid)  # outside § 137 the question is good to have, not required
    other.entries[0].question = ""
    assert missing(other, kid) == []
