"""The sign-off rules: which checklist items apply, and whether each is met.

The sign-off rules: for a conversation, the child and the caseworker, every checklist
item that applies, met or not, with what is missing in plain Danish and its reference."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from borne_samtale.domain import consent, labels
from borne_samtale.domain.age import BISIDDER_MIN_AGE, CONSENT_AGE, PARTY_RIGHTS_AGE
from borne_samtale.domain.clock import whole_minutes
from borne_samtale.domain.conversation import Conversation, not_held_ground
from borne_samtale.domain.enums import (
    Consulted,
    Exclusion,
    HeldStatus,
    InterpreterMode,
    LetterDelivery,
    ParentRole,
    PersonRelation,
    PlacementConsent,
    Purpose,
    SuspectAnswer,
    ToldItem,
    WeighsAgainst,
)
from borne_samtale.domain.people import CaseworkerProfile, Child, ParentPresence

NOTE_DUTY = "Offentlighedsloven § 13"
HEARING = "Barnets Lov § 5, stk. 3"
WAIVER_GROUNDS = "Barnets Lov § 5, stk. 4 / § 137, stk. 4"
BISIDDER = "Barnets Lov § 6"
GOOD_PRACTICE = "God praksis"
INTERPRETER_AGE = "Lov nr. 469 af 14. maj 2025 (tolke under 18 år)"
ABUSE = "Barnets Lov § 137"
PLACEMENT_CONSENT = "Barnets Lov § 46"
PHONE_INTERPRETING_MINUTES = 10  # guidance: phone interpreting for short messages only


def substantial(reason: str) -> bool:
    """A reason someone can act on: at least two words and a dozen letters, not "x" or
    "Tidspres". The law's exceptions and every waiver need one."""
    words = re.findall(r"\w+", reason)
    return len(words) >= 2 and sum(len(w) for w in words) >= 12


def names_a_measure(text: str) -> bool:
    """A concrete measure in words, not a placeholder such as "x", "-" or "?"."""
    return sum(ch.isalpha() for ch in text) >= 3


def section_number(text: str) -> int | None:
    """The section a decision is made under: "§ 46" -> 46; None when no number is given."""
    found = re.search(r"(\d+)", text)
    return int(found.group(1)) if found else None


_TOLD_REFERENCE = {
    ToldItem.RIGHT_TO_BISIDDER: BISIDDER,
    ToldItem.RIGHTS_BY_AGE: "Barnets Lov § 3",
}


# Suspects whose partner or self is this parent: present, they make a § 137 talk unsafe.
_SUSPECT_PARENT = {
    PersonRelation.MOTHER: {ParentRole.MOTHER},
    PersonRelation.FATHER: {ParentRole.FATHER},
    PersonRelation.MOTHERS_PARTNER: {ParentRole.MOTHER, ParentRole.CO_PARENT},
    PersonRelation.FATHERS_PARTNER: {ParentRole.FATHER, ParentRole.CO_PARENT},
    PersonRelation.FOSTER_PARENT: {ParentRole.FOSTER_PARENT},
}


@dataclass(frozen=True)
class Rule:
    """One rule's verdict; ``checklist`` turns it into a CheckItem with its waiver."""

    id: str
    title: str
    explanation: str
    reference: str
    met: bool
    waivable: bool = True


def _required_told(conversation: Conversation, age: int) -> list[ToldItem]:
    required = [
        ToldItem.PURPOSE,
        ToldItem.MANDATE,
        ToldItem.WHAT_IS_WRITTEN,
        ToldItem.CONFIDENTIALITY_LIMITS,
        ToldItem.RIGHT_NOT_TO_ANSWER,
        ToldItem.RIGHT_TO_BISIDDER,
        ToldItem.CHILD_DOES_NOT_DECIDE,
    ]
    if age >= PARTY_RIGHTS_AGE:
        required.append(ToldItem.RIGHTS_BY_AGE)
    if conversation.has_interpreter:
        required.append(ToldItem.INTERPRETER_ROLE)
    return required


def unsafe_presence(conversation: Conversation) -> list[ParentPresence]:
    """Parents present at a conversation although they are suspected, or live with a
    suspect who lives with the child (a parent's unknown living situation counts as yes)."""
    guard = conversation.safeguarding
    if guard.suspect_answer is not SuspectAnswer.NAMED:
        return []
    unsafe = []
    for parent in conversation.presence.parents:
        if not parent.present:
            continue
        for person in guard.persons:
            if parent.role in _SUSPECT_PARENT.get(person.relation, set()) or (
                person.lives_with_child and parent.lives_with_child
            ):
                unsafe.append(parent)
                break
    return unsafe


def home_is_risky(conversation: Conversation) -> bool:
    """Whether a letter sent home could reach someone the child is afraid of."""
    return (
        conversation.legal_basis.purpose is Purpose.ABUSE_REPORT
        or conversation.safeguarding.someone_at_home()
    )


def rules(
    conversation: Conversation, child: Child, caseworker: CaseworkerProfile
) -> Iterator[Rule]:
    """Every rule that applies to this conversation."""
    day = conversation.starts_at.date()
    age = child.age_on(day)
    held = conversation.held is HeldStatus.HELD
    yield from _case_rules(conversation, caseworker, age)
    if conversation.legal_basis.purpose is Purpose.ABUSE_REPORT:
        yield from _abuse_rules(conversation)
    if held:
        yield from _held_rules(conversation, age)
    else:
        yield from _not_held_rules(conversation)
    yield from _presence_rules(conversation)
    yield from _interpreter_rules(conversation, held)
    yield from _letter_rules(conversation, age)


def _case_rules(
    conversation: Conversation, caseworker: CaseworkerProfile, age: int
) -> Iterator[Rule]:
    basis = conversation.legal_basis
    yield Rule(
        "caseworker-named",
        "Rådgiverens navn",
        "Udfyld din profil med navn og titel, så referatet viser, hvem der holdt samtalen.",
        NOTE_DUTY,
        bool(caseworker.name.strip() and caseworker.title.strip()),
    )
    yield Rule(
        "place-recorded",
        "Sted for samtalen",
        "Skriv, hvor samtalen fandt sted.",
        NOTE_DUTY,
        bool(conversation.place.strip()),
    )
    if basis.purpose is Purpose.BEFORE_DECISION:
        measure = basis.concrete_measure.strip()
        yield Rule(
            "measure-named",
            "Den konkrete foranstaltning",
            (f"»{measure}« er ikke en foranstaltning. " if measure else "")
            + "Skriv med ord, hvilken konkret foranstaltning samtalen handlede om, fx "
            "»anbringelse i plejefamilie«. Samtalen skal handle om den konkrete beslutning.",
            HEARING,
            names_a_measure(measure),
        )
        yield Rule(
            "decision-section",
            "Afgørelsens paragraf",
            "Skriv, efter hvilken paragraf afgørelsen skal træffes (fx § 32, § 46 eller § 47).",
            HEARING,
            section_number(basis.decision_section) is not None,
        )
    if basis.purpose is Purpose.OTHER:
        yield Rule(
            "purpose-described",
            "Formålet er beskrevet",
            "Beskriv formålet med samtalen, når det ikke er et af de faste formål.",
            NOTE_DUTY,
            bool(basis.purpose_note.strip()),
        )
    if section_number(basis.decision_section) == 46 and age >= CONSENT_AGE:
        yield Rule(
            "young-person-consent",
            "Den unges samtykke til anbringelsen",
            f"Den unge er fyldt {CONSENT_AGE}. En frivillig anbringelse efter § 46 kræver den "
            "unges samtykke. Skriv, om den unge siger ja eller nej.",
            PLACEMENT_CONSENT,
            basis.young_person_consent is not PlacementConsent.NOT_ASKED,
        )
        if basis.young_person_consent is PlacementConsent.DOES_NOT_CONSENT:
            yield Rule(
                "consent-follow-up",
                "Hvad følger af den unges nej",
                "Den unge siger nej til en frivillig anbringelse, så den kan ikke ske efter "
                "§ 46. Skriv, hvad der nu følger, fx at sagen forelægges børn og "
                "unge-udvalget efter § 47.",
                "Barnets Lov §§ 46-47",
                substantial(basis.consent_follow_up),
            )


def _abuse_rules(conversation: Conversation) -> Iterator[Rule]:
    guard = conversation.safeguarding
    answered = guard.suspect_answer is not SuspectAnswer.NOT_ANSWERED and (
        guard.suspect_answer is not SuspectAnswer.NAMED or bool(guard.persons)
    )
    yield Rule(
        "suspect-recorded",
        "Hvem er mistænkt",
        "Skriv, hvem der er mistænkt for overgrebet: relationen til barnet, og om personen "
        "bor med barnet (intet navn). »Ingen« og »Ved ikke« er også svar.",
        ABUSE,
        answered,
    )
    unsafe = unsafe_presence(conversation)
    yield Rule(
        "suspect-not-present",
        "Ingen mistænkt til stede",
        "En mistænkt, eller en forælder, der bor med den mistænkte, var til stede. En samtale "
        "efter § 137 holdes uden dem og uden deres samtykke. Hold samtalen uden dem.",
        ABUSE,
        not unsafe,
    )
    unasked = [e for e in conversation.child_voice() if not (e.question.strip() or e.unprompted)]
    yield Rule(
        "questions-recorded",
        "Spørgsmålet bag hvert citat",
        f"{len(unasked)} af barnets citater mangler det spørgsmål, barnet svarede på, ordret, "
        "eller at barnet sagde det uopfordret. Ved mistanke om overgreb skal det kunne ses, "
        "at barnet selv bragte det op.",
        f"{GOOD_PRACTICE} ved § 137",
        not unasked,
        waivable=False,
    )
    consulted = all(
        answer is Consulted.NO or (answer is Consulted.YES and on is not None)
        for answer, on in ((guard.police, guard.police_on), (guard.bornehus, guard.bornehus_on))
    )
    yield Rule(
        "police-bornehus",
        "Politi og Børnehus",
        "Skriv, om politiet og Børnehuset er spurgt til råds, og hvornår.",
        GOOD_PRACTICE,
        consulted,
        waivable=False,
    )


def _not_held_rules(conversation: Conversation) -> Iterator[Rule]:
    not_held = conversation.not_held
    purpose = conversation.legal_basis.purpose
    yield Rule(
        "not-held-reason",
        "Grunden til, at samtalen ikke blev holdt",
        "Skriv med et par sætninger, hvorfor samtalen ikke blev holdt, eller hvad barnet sagde, "
        "da det sagde nej.",
        f"{WAIVER_GROUNDS}; {NOTE_DUTY}",
        bool(not_held and substantial(not_held.reason)),
    )
    if conversation.held is HeldStatus.NOT_HELD:
        ground = not_held_ground(purpose)
        allowed = (
            {WeighsAgainst.AGE_OR_MATURITY, WeighsAgainst.NATURE_OF_CASE}
            if purpose is Purpose.ABUSE_REPORT
            else {
                WeighsAgainst.AGE_OR_MATURITY,
                WeighsAgainst.NATURE_OF_CASE,
                WeighsAgainst.OTHER_CIRCUMSTANCES,
            }
        )
        what = (
            "barnets modenhed eller sagens karakter"
            if purpose is Purpose.ABUSE_REPORT
            else "barnets alder eller andre forhold"
        )
        yield Rule(
            "not-held-legal-ground",
            "Hjemmel for at undlade samtalen",
            f"En samtale kan kun undlades efter {ground}, når {what} taler afgørende imod den. "
            "Vælg hjemlen og hvad der taler imod.",
            ground,
            bool(
                not_held
                and not_held.legal_ground.strip() == ground
                and not_held.weighs_against in allowed
            ),
        )
    yield Rule(
        "views-obtained-instead",
        "Barnets synspunkter på anden måde",
        "Beskriv, hvordan barnets synspunkter blev belyst på anden måde, og af hvem.",
        WAIVER_GROUNDS,
        bool(not_held and substantial(not_held.views_obtained_instead)),
    )


def _has_child_words(conversation: Conversation) -> bool:
    return bool(consent.quotes(conversation))


def _held_rules(conversation: Conversation, age: int) -> Iterator[Rule]:
    basis = conversation.legal_basis
    closing = conversation.closing
    yield Rule(
        "child-views-recorded",
        "Barnets egne ord",
        "Skriv barnets synspunkter med barnets egne ord, adskilt fra dine observationer og "
        "vurderinger.",
        f"{HEARING}; {NOTE_DUTY}",
        _has_child_words(conversation),
    )
    if basis.purpose is Purpose.BEFORE_DECISION:
        excepted = substantial(closing.view_not_given_reason) and substantial(
            closing.view_obtained_instead
        )
        yield Rule(
            "child-view-of-measure",
            "Barnets syn på foranstaltningen",
            "Skriv barnets syn på den konkrete foranstaltning med barnets egne ord. Ville barnet "
            "ikke sige noget om den, eller taler helt særlige grunde imod (§ 5, stk. 4), så "
            "skriv hvorfor, og hvordan barnets syn er belyst på anden måde.",
            HEARING,
            closing.child_view_of_measure is not None or excepted,
        )
    if basis.purpose is Purpose.ACTION_PLAN_FOLLOW_UP and conversation.goals:
        scored = {s.goal_id for s in conversation.scales if s.value is not None}
        yield Rule(
            "scale-per-goal",
            "Skala for hvert mål",
            "Brug skalaen for hvert mål i handleplanen, så barnets udvikling kan følges over tid.",
            GOOD_PRACTICE,
            all(g.id in scored for g in conversation.goals),
        )
    for told in _required_told(conversation, age):
        title, explanation = labels.TOLD_CHECK[told]
        yield Rule(
            f"told-{told.value.replace('_', '-')}",
            title,
            explanation,
            _TOLD_REFERENCE.get(told, GOOD_PRACTICE),
            told in conversation.child_was_told,
        )
    read_back = conversation.read_back
    yield Rule(
        "read-back",
        "Genlæsning for barnet",
        "Læs barnets ord op for barnet, og spørg om hvert citat, om det må komme med i sagen "
        "og i brevet. Eller skriv, hvorfor det ikke kunne lade sig gøre.",
        GOOD_PRACTICE,
        read_back.done or substantial(read_back.not_done_reason),
    )
    if read_back.done:
        open_quotes = consent.open_questions(conversation)
        yield Rule(
            "quote-consent",
            "Barnets svar for hvert citat",
            f"{len(open_quotes)} af barnets citater mangler et svar: må det komme med i sagen? "
            "Siger barnet nej, så udelad citatet, eller skriv hvorfor det skal med, og at "
            "barnet har fået det at vide. Mangler svar: "
            + "; ".join(f"»{consent.first_words(q.text, 6)}« ({q.where})" for q in open_quotes)
            + ".",
            GOOD_PRACTICE,
            not open_quotes,
            waivable=False,
        )
    if read_back.not_to_share.strip():
        yield Rule(
            "not-to-share-decided",
            "Det, barnet ikke ville have med",
            "Der står en note om, hvad barnet ikke ville have med i sagen. Den kommer aldrig i "
            "referatet: afgør det for hvert citat i genlæsningen, og tøm så noten.",
            GOOD_PRACTICE,
            False,
            waivable=False,
        )
    houses = conversation.three_houses
    if houses and (houses.good_things or houses.worries or houses.dreams):
        yield Rule(
            "three-houses-consent",
            "Barnets samtykke til at dele de tre huse",
            "Spørg barnet, om husene må deles, og skriv svaret.",
            GOOD_PRACTICE,
            houses.consent_to_share is not None,
            waivable=False,
        )
    yield Rule(
        "next-steps-told",
        "Næste skridt er fortalt",
        "Skriv, hvad du fortalte barnet om, hvad der nu skal ske, og hvornår.",
        GOOD_PRACTICE,
        bool(closing.next_steps_told),
    )


def _presence_rules(conversation: Conversation) -> Iterator[Rule]:
    presence = conversation.presence
    yield Rule(
        "parents-recorded",
        "Forældrenes deltagelse",
        "Angiv for hver forælder, om de var til stede, og grunden, hvis de ikke var.",
        NOTE_DUTY,
        bool(presence.parents)
        and all(p.present or p.absent_reason.strip() for p in presence.parents),
    )
    yield Rule(
        "bisidder-offered",
        "Bisidder tilbudt",
        "Kommunen skal oplyse barnet om retten til en bisidder. Markér, at barnet er blevet "
        "tilbudt en.",
        BISIDDER,
        presence.bisidder_offered or presence.bisidder is not None,
    )
    bisidder = presence.bisidder
    if bisidder is not None:
        yield Rule(
            "bisidder-age",
            "Bisidderen er mindst 15 år",
            f"En bisidder skal være mindst {BISIDDER_MIN_AGE} år. Angiv bisidderens alder.",
            BISIDDER,
            bisidder.age is not None and bisidder.age >= BISIDDER_MIN_AGE,
        )
        if bisidder.excluded is not Exclusion.NOT_EXCLUDED:
            yield Rule(
                "bisidder-exclusion-reason",
                "Grunden til at udelukke bisidderen",
                "Skriv, hvorfor bisidderen blev holdt helt eller delvist uden for samtalen.",
                BISIDDER,
                bool(bisidder.exclusion_reason.strip()),
            )


def phone_minutes(conversation: Conversation) -> int | None:
    """Minutes interpreted over the phone: as the caseworker wrote them, else as the
    conversation's clock counted them (across locks and restarts); None when unknown."""
    interpreter = conversation.presence.interpreter
    if interpreter is not None and interpreter.minutes is not None:
        return interpreter.minutes
    seconds = conversation.phone_interpreting_seconds
    return whole_minutes(seconds) if seconds else None


def _interpreter_rules(conversation: Conversation, held: bool) -> Iterator[Rule]:
    interpreter = conversation.presence.interpreter
    if interpreter is None:
        via = [q for q in consent.quotes(conversation) if q.via_interpreter]
        if via:
            yield Rule(
                "via-interpreter-without-interpreter",
                "Citater via tolk uden en tolk",
                f"{len(via)} af barnets citater er markeret »via tolk«, men der er ingen tolk "
                "noteret. Notér tolken, eller ret markeringen.",
                NOTE_DUTY,
                False,
            )
        return
    yield Rule(
        "interpreter-identified",
        "Tolkens navn, bureau og sprog",
        "Skriv tolkens navn eller nummer, bureau og sprog (og dialekt, hvis den kendes).",
        NOTE_DUTY,
        all(s.strip() for s in (interpreter.name_or_id, interpreter.agency, interpreter.language)),
    )
    yield Rule(
        "interpreter-not-relative",
        "Tolken er ikke i familie med barnet",
        "Bekræft, at tolken ikke er i familie med eller kender barnet. Familie, venner og "
        "børn må ikke tolke.",
        GOOD_PRACTICE,
        interpreter.confirmed_not_relative,
        waivable=False,
    )
    yield Rule(
        "interpreter-adult",
        "Tolken er mindst 18 år",
        "Bekræft, at tolken er fyldt 18. Personer under 18 må ikke tolke for myndigheder.",
        INTERPRETER_AGE,
        interpreter.confirmed_adult,
    )
    yield Rule(
        "interpreter-confidentiality",
        "Tolkens tavshedspligt",
        "Bekræft, at tolken kender sin tavshedspligt.",
        GOOD_PRACTICE,
        interpreter.confidentiality_confirmed,
        waivable=False,
    )
    if interpreter.mode is InterpreterMode.PHONE and held:
        minutes = phone_minutes(conversation)
        yield Rule(
            "phone-minutes",
            "Minutter med telefontolk",
            "Skriv, hvor mange minutter der blev tolket over telefon (uret tæller dem, når "
            "samtalen holdes i programmet).",
            GOOD_PRACTICE,
            minutes is not None,
            waivable=False,
        )
        if minutes is not None and minutes > PHONE_INTERPRETING_MINUTES:
            yield Rule(
                "phone-long-reason",
                "Lang telefontolkning",
                f"Der blev tolket {minutes} minutter over telefon. Telefontolkning er til korte "
                f"beskeder (højst ca. {PHONE_INTERPRETING_MINUTES} minutter). Skriv, hvorfor "
                "det var nødvendigt; det står i referatet.",
                GOOD_PRACTICE,
                substantial(interpreter.long_phone_reason),
                waivable=False,
            )
    if held:
        yield Rule(
            "interpreter-briefed",
            "Tolken er instrueret",
            "Gå tolkens instruktion igennem, før barnet kommer ind.",
            GOOD_PRACTICE,
            interpreter.briefing_done,
        )
        yield Rule(
            "interpreter-debriefed",
            "Opfølgning med tolken",
            "Tal kort med tolken om selve tolkningen bagefter (ikke om tolkens syn på sagen).",
            GOOD_PRACTICE,
            interpreter.debriefing_done,
        )


def _letter_rules(conversation: Conversation, age: int) -> Iterator[Rule]:
    letter = conversation.letter
    delivery = letter.delivery
    valid = {
        LetterDelivery.NOT_DECIDED: False,
        LetterDelivery.IN_PERSON: True,
        LetterDelivery.DIGITAL_MAIL: age >= CONSENT_AGE,
        LetterDelivery.HOME: True,
        LetterDelivery.NOT_SENT: substantial(letter.reason),
    }[delivery]
    explanation = "Vælg, hvordan brevet kommer til barnet: givet i hånden, i den unges egen "
    explanation += "digitale post (fra 15 år), sendt hjem, eller ikke sendt (med en grund)."
    if delivery is LetterDelivery.DIGITAL_MAIL and age < CONSENT_AGE:
        explanation = f"Barnet er {age} år. Kun unge fra {CONSENT_AGE} år har brevet i egen "
        explanation += "digital post; vælg en anden måde."
    yield Rule(
        "letter-delivery",
        "Hvordan brevet kommer til barnet",
        explanation,
        GOOD_PRACTICE,
        valid,
        waivable=False,
    )
    if delivery is LetterDelivery.HOME and home_is_risky(conversation):
        yield Rule(
            "letter-home-safe",
            "Brevet sendes hjem trods en bekymring",
            "Brevet skal sendes hjem, hvor en person, barnet eller sagen handler om, kan læse "
            "det. Bekræft, at det er sikkert, og skriv hvorfor; grunden står i referatet.",
            GOOD_PRACTICE,
            letter.home_confirmed and substantial(letter.reason),
            waivable=False,
        )
