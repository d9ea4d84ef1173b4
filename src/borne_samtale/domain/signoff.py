"""The sign-off checklist: what must be in place before the referat may be signed.

Computed from the conversation, the child and the caseworker profile; pure Python. Each item
that is not met explains in plain Danish what is missing and names its legal reference. An
item may be waived with a reason (printed in the referat) unless the law leaves no room.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from borne_samtale.domain.age import BISIDDER_MIN_AGE, PARTY_RIGHTS_AGE
from borne_samtale.domain.conversation import Conversation, Waiver
from borne_samtale.domain.enums import Agreement, Exclusion, HeldStatus, Purpose, ToldItem
from borne_samtale.domain.people import CaseworkerProfile, Child

NOTE_DUTY = "Offentlighedsloven § 13"
HEARING = "Barnets Lov § 5, stk. 3"
WAIVER_GROUNDS = "Barnets Lov § 5, stk. 4 / § 137, stk. 4"
BISIDDER = "Barnets Lov § 6"
GOOD_PRACTICE = "God praksis (Social- og Boligstyrelsen)"
INTERPRETER_AGE = "Lov nr. 469 af 14. maj 2025 (tolke under 18 år)"


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist."""

    id: str
    title: str  # short, for the list
    explanation: str  # what is missing and why, shown when the item is not met
    reference: str
    met: bool
    waivable: bool = True
    waiver: Waiver | None = None

    @property
    def done(self) -> bool:
        return self.met or self.waiver is not None


@dataclass(frozen=True)
class Checklist:
    items: tuple[CheckItem, ...]

    @property
    def ready_to_sign(self) -> bool:
        return all(item.done for item in self.items)

    def missing(self) -> list[CheckItem]:
        return [item for item in self.items if not item.done]

    def waived(self) -> list[CheckItem]:
        return [item for item in self.items if not item.met and item.waiver is not None]

    def item(self, item_id: str) -> CheckItem:
        return next(i for i in self.items if i.id == item_id)


_TOLD = {
    ToldItem.PURPOSE: ("Formålet er fortalt", "Fortæl barnet, hvorfor I taler sammen i dag."),
    ToldItem.MANDATE: (
        "Din rolle er forklaret",
        "Forklar barnet, hvem du er, hvad du må og skal, og hvad du ikke bestemmer alene.",
    ),
    ToldItem.WHAT_IS_WRITTEN: (
        "Det er sagt, hvad der skrives",
        "Sig til barnet, hvad du skriver ned, og hvem der kan læse det.",
    ),
    ToldItem.CONFIDENTIALITY_LIMITS: (
        "Tavshedens grænser er forklaret",
        "Sig ærligt til barnet, hvad du ikke kan holde hemmeligt, og hvem du i så fald fortæller "
        "det til.",
    ),
    ToldItem.RIGHT_NOT_TO_ANSWER: (
        "Retten til ikke at svare er fortalt",
        "Sig til barnet, at det ikke behøver at svare på alt.",
    ),
    ToldItem.RIGHT_TO_BISIDDER: (
        "Retten til en bisidder er fortalt",
        "Kommunen skal fortælle barnet, at det kan have en bisidder med.",
    ),
    ToldItem.RIGHTS_BY_AGE: (
        "Rettigheder efter alder er fortalt",
        "Barnet er fyldt 10 og er part i sagen: fortæl om retten til at klage, se sagen "
        "og få en advokat, og om rettighederne fra 12 og 15 år, når de gælder.",
    ),
    ToldItem.CHILD_DOES_NOT_DECIDE: (
        "Barnet ved, at det ikke skal bestemme",
        "Sig til barnet, at dets mening tæller, men at det ikke er barnet, der skal træffe "
        "beslutningen.",
    ),
    ToldItem.INTERPRETER_ROLE: (
        "Tolkens rolle er forklaret for barnet",
        "Forklar barnet gennem tolken, hvad tolken gør, og at tolken har tavshedspligt.",
    ),
}

_TOLD_REFERENCE = {
    ToldItem.RIGHT_TO_BISIDDER: BISIDDER,
    ToldItem.RIGHTS_BY_AGE: "Barnets Lov § 3",
}


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


def _has_child_words(conversation: Conversation) -> bool:
    houses = conversation.three_houses
    network = conversation.network_map
    return bool(
        conversation.child_voice()
        or any(s.what_makes_it_this_number or s.one_step_up for s in conversation.scales)
        or (houses and (houses.good_things or houses.worries or houses.dreams))
        or (network and any(p.child_words for p in network.people))
        or conversation.closing.child_view_of_measure
        or conversation.closing.child_wishes
    )


def _rules(
    conversation: Conversation, child: Child, caseworker: CaseworkerProfile
) -> Iterator[tuple[str, str, str, str, bool, bool]]:
    """Yields (id, title, explanation, reference, met, waivable) for every rule that applies."""
    day = conversation.starts_at.date()
    age = child.age_on(day)
    basis = conversation.legal_basis
    held = conversation.held is HeldStatus.HELD

    yield (
        "caseworker-named",
        "Rådgiverens navn",
        "Udfyld din profil med navn og titel, så referatet viser, hvem der holdt samtalen.",
        NOTE_DUTY,
        bool(caseworker.name.strip() and caseworker.title.strip()),
        False,
    )
    yield (
        "place-recorded",
        "Sted for samtalen",
        "Skriv, hvor samtalen fandt sted.",
        NOTE_DUTY,
        bool(conversation.place.strip()),
        True,
    )
    if basis.purpose is Purpose.BEFORE_DECISION:
        yield (
            "measure-named",
            "Den konkrete foranstaltning",
            "Skriv, hvilken konkret foranstaltning samtalen handlede om. Samtalen skal handle om "
            "den konkrete beslutning.",
            HEARING,
            bool(basis.concrete_measure.strip()),
            False,
        )
        yield (
            "decision-section",
            "Afgørelsens paragraf",
            "Skriv, efter hvilken paragraf afgørelsen skal træffes (fx § 32, § 46 eller § 47).",
            HEARING,
            bool(basis.decision_section.strip()),
            True,
        )
    if basis.purpose is Purpose.OTHER:
        yield (
            "purpose-described",
            "Formålet er beskrevet",
            "Beskriv formålet med samtalen, når det ikke er et af de faste formål.",
            NOTE_DUTY,
            bool(basis.purpose_note.strip()),
            False,
        )

    if not held:
        not_held = conversation.not_held
        reason = bool(not_held and not_held.reason.strip())
        instead = bool(not_held and not_held.views_obtained_instead.strip())
        yield (
            "not-held-reason",
            "Grunden til, at samtalen ikke blev holdt",
            "Skriv, hvorfor samtalen ikke blev holdt, eller hvad barnet sagde, da det sagde nej.",
            f"{WAIVER_GROUNDS}; {NOTE_DUTY}",
            reason,
            False,
        )
        if conversation.held is HeldStatus.NOT_HELD:
            ground = bool(not_held and not_held.legal_ground.strip())
            yield (
                "not-held-legal-ground",
                "Hjemmel for at undlade samtalen",
                "Angiv hjemlen for at undlade samtalen (§ 5, stk. 4 eller § 137, stk. 4) og hvad "
                "der vejer afgørende imod den.",
                WAIVER_GROUNDS,
                ground,
                False,
            )
        yield (
            "views-obtained-instead",
            "Barnets synspunkter på anden måde",
            "Beskriv, hvordan barnets synspunkter blev belyst på anden måde, og af hvem.",
            WAIVER_GROUNDS,
            instead,
            False,
        )
    else:
        yield (
            "child-views-recorded",
            "Barnets egne ord",
            "Skriv barnets synspunkter med barnets egne ord, adskilt fra dine observationer og "
            "vurderinger.",
            f"{HEARING}; {NOTE_DUTY}",
            _has_child_words(conversation),
            False,
        )
        if basis.purpose is Purpose.BEFORE_DECISION:
            yield (
                "child-view-of-measure",
                "Barnets syn på foranstaltningen",
                "Skriv barnets syn på den konkrete foranstaltning med barnets egne ord.",
                HEARING,
                conversation.closing.child_view_of_measure is not None,
                True,
            )
        if basis.purpose is Purpose.ACTION_PLAN_FOLLOW_UP and conversation.goals:
            scored = {s.goal_id for s in conversation.scales if s.value is not None}
            yield (
                "scale-per-goal",
                "Skala for hvert mål",
                "Brug skalaen for hvert mål i handleplanen, så barnets udvikling kan følges over "
                "tid.",
                GOOD_PRACTICE,
                all(g.id in scored for g in conversation.goals),
                True,
            )
        for told in _required_told(conversation, age):
            title, explanation = _TOLD[told]
            reference = _TOLD_REFERENCE.get(told, GOOD_PRACTICE)
            yield (
                f"told-{told.value.replace('_', '-')}",
                title,
                explanation,
                reference,
                told in conversation.child_was_told,
                True,
            )
        read_back = conversation.read_back
        yield (
            "read-back",
            "Genlæsning for barnet",
            "Læs barnets ord op for barnet og skriv rettelserne ned, eller skriv hvorfor det "
            "ikke kunne lade sig gøre.",
            GOOD_PRACTICE,
            read_back.done or bool(read_back.not_done_reason.strip()),
            True,
        )
        if read_back.done:
            yield (
                "child-agreement",
                "Barnets accept af det, der skrives",
                "Spørg barnet, om det er i orden, at det genlæste kommer med i sagen, og skriv "
                "svaret.",
                GOOD_PRACTICE,
                read_back.agreement is not Agreement.NOT_ASKED,
                True,
            )
        houses = conversation.three_houses
        if houses and (houses.good_things or houses.worries or houses.dreams):
            yield (
                "three-houses-consent",
                "Barnets samtykke til at dele de tre huse",
                "Spørg barnet, om det, der står i husene, må deles, og skriv svaret.",
                GOOD_PRACTICE,
                houses.consent_to_share is not None,
                False,
            )
        yield (
            "next-steps-told",
            "Næste skridt er fortalt",
            "Skriv, hvad du fortalte barnet om, hvad der nu skal ske, og hvornår.",
            GOOD_PRACTICE,
            bool(conversation.closing.next_steps_told),
            True,
        )

    presence = conversation.presence
    yield (
        "parents-recorded",
        "Forældrenes deltagelse",
        "Angiv for hver forælder, om de var til stede, og grunden, hvis de ikke var.",
        NOTE_DUTY,
        bool(presence.parents)
        and all(p.present or p.absent_reason.strip() for p in presence.parents),
        True,
    )
    yield (
        "bisidder-offered",
        "Bisidder tilbudt",
        "Kommunen skal oplyse barnet om retten til en bisidder. Markér, at barnet er blevet "
        "tilbudt en.",
        BISIDDER,
        presence.bisidder_offered or presence.bisidder is not None,
        True,
    )
    bisidder = presence.bisidder
    if bisidder is not None:
        yield (
            "bisidder-age",
            "Bisidderen er mindst 15 år",
            f"En bisidder skal være mindst {BISIDDER_MIN_AGE} år. Angiv bisidderens alder.",
            BISIDDER,
            bisidder.age is not None and bisidder.age >= BISIDDER_MIN_AGE,
            False,
        )
        if bisidder.excluded is not Exclusion.NOT_EXCLUDED:
            yield (
                "bisidder-exclusion-reason",
                "Grunden til at udelukke bisidderen",
                "Skriv, hvorfor bisidderen blev holdt helt eller delvist uden for samtalen.",
                BISIDDER,
                bool(bisidder.exclusion_reason.strip()),
                False,
            )

    interpreter = presence.interpreter
    if interpreter is not None:
        facts = all(
            s.strip() for s in (interpreter.name_or_id, interpreter.agency, interpreter.language)
        )
        yield (
            "interpreter-identified",
            "Tolkens navn, bureau og sprog",
            "Skriv tolkens navn eller nummer, bureau og sprog (og dialekt, hvis den kendes).",
            NOTE_DUTY,
            facts,
            False,
        )
        yield (
            "interpreter-not-relative",
            "Tolken er ikke i familie med barnet",
            "Bekræft, at tolken ikke er i familie med eller kender barnet. Familie, venner og "
            "børn må ikke tolke.",
            GOOD_PRACTICE,
            interpreter.confirmed_not_relative,
            False,
        )
        yield (
            "interpreter-adult",
            "Tolken er mindst 18 år",
            "Bekræft, at tolken er fyldt 18. Personer under 18 må ikke tolke for myndigheder.",
            INTERPRETER_AGE,
            interpreter.confirmed_adult,
            False,
        )
        yield (
            "interpreter-confidentiality",
            "Tolkens tavshedspligt",
            "Bekræft, at tolken kender sin tavshedspligt.",
            GOOD_PRACTICE,
            interpreter.confidentiality_confirmed,
            False,
        )
        if held:
            yield (
                "interpreter-briefed",
                "Tolken er instrueret",
                "Gå tolkens instruktion igennem, før barnet kommer ind.",
                GOOD_PRACTICE,
                interpreter.briefing_done,
                True,
            )
            yield (
                "interpreter-debriefed",
                "Opfølgning med tolken",
                "Tal kort med tolken om selve tolkningen bagefter (ikke om tolkens syn på sagen).",
                GOOD_PRACTICE,
                interpreter.debriefing_done,
                True,
            )


def checklist(conversation: Conversation, child: Child, caseworker: CaseworkerProfile) -> Checklist:
    """The sign-off checklist for a conversation, with the caseworker's waivers applied."""
    waivers = {w.item: w for w in conversation.sign_off.waivers if w.reason.strip()}
    items = []
    for item_id, title, explanation, reference, met, waivable in _rules(
        conversation, child, caseworker
    ):
        waiver = waivers.get(item_id) if (waivable and not met) else None
        items.append(CheckItem(item_id, title, explanation, reference, met, waivable, waiver))
    return Checklist(tuple(items))
