"""Signed demo documents: invented conversations, complete enough to sign, exported to a folder.

The headless way for a newcomer to see what the program produces (`borne-samtale demo
--out DIR`): one conversation with an interpreter, one that was not held, and one with a
15-year-old and a bisidder, each signed and exported.
"""

import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

from borne_samtale.domain import (
    Bisidder,
    CaseworkerProfile,
    Child,
    ChildWords,
    Conversation,
    Entry,
    IcsDimension,
    Interpreter,
    InterpreterMode,
    LegalBasis,
    NetworkMap,
    NetworkPerson,
    NotHeld,
    ParentPresence,
    Perspective,
    Phase,
    Purpose,
    ScaleAnswer,
    ThreeHouses,
)
from borne_samtale.domain.consent import quotes
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import (
    Agreement,
    CaseConsent,
    Exclusion,
    HeldStatus,
    LetterDelivery,
    OtherSource,
    ParentRole,
    PlacementConsent,
    Relation,
    ToldItem,
    WeighsAgainst,
)
from borne_samtale.domain.tools import Correction
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import Handover
from borne_samtale.vault.keys import KdfParams


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _closed(conversation: Conversation, view: str, steps: list[str]) -> None:
    conversation.read_back.done = True
    conversation.read_back.agreement = Agreement.AGREES
    conversation.closing.child_view_of_measure = ChildWords(text=view)
    conversation.closing.next_steps_told = steps
    conversation.closing.contact_person_told = "Demo Rådgiver, 12 34 56 78"
    conversation.closing.summary_given = True


def demo_conversations(service: ConversationService) -> list[Conversation]:
    """Three invented, complete conversations stored in the vault behind ``service``."""
    service.set_caseworker(
        CaseworkerProfile(
            name="Demo Rådgiver",
            title="Socialrådgiver",
            unit="Børn og Familie",
            municipality="Demo Kommune",
            phone="12 34 56 78",
        )
    )
    made = []

    amal = service.add_child(
        Child(
            name="Amal (demo)",
            case_number="DEMO-0101",
            age_years=9,
            preferred_language="somali",
            home_languages=["somali"],
        )
    )
    with_interpreter = Conversation(
        child_id=amal.id,
        starts_at=_at(date(2026, 11, 3), 14),
        place="Skolens mødelokale",
        legal_basis=LegalBasis(
            purpose=Purpose.BEFORE_DECISION,
            decision_section="§ 32",
            concrete_measure="En kontaktperson to timer om ugen",
        ),
        guide_id="forud-for-afgoerelse",
        current_phase=Phase.FOLLOW_UP,
        child_was_told=list(ToldItem),
        scales=[
            ScaleAnswer(
                question="Hvordan har du det i skolen?",
                low_end="Rigtig skidt",
                high_end="Rigtig godt",
                value=4,
                what_makes_it_this_number=ChildWords(
                    text="Jeg har ingen at lege med", via_interpreter=True
                ),
                one_step_up=ChildWords(text="En ven i frikvarteret", via_interpreter=True),
            )
        ],
        three_houses=ThreeHouses(
            good_things=[ChildWords(text="Min lillebror", via_interpreter=True)],
            worries=[ChildWords(text="Når mor er syg", via_interpreter=True)],
            dreams=[ChildWords(text="At spille fodbold", via_interpreter=True)],
            consent_to_share=True,
        ),
        network_map=NetworkMap(
            people=[
                NetworkPerson(label="Mor", relation=Relation.PARENT, closeness=1),
                NetworkPerson(label="Lillebror", relation=Relation.SIBLING, closeness=1),
                NetworkPerson(
                    label="Hawa fra klassen",
                    relation=Relation.FRIEND,
                    closeness=2,
                    child_words=ChildWords(text="Hun er sød", via_interpreter=True),
                ),
                NetworkPerson(label="Lærer Bo", relation=Relation.SCHOOL_OR_DAYCARE, closeness=3),
            ]
        ),
    )
    with_interpreter.presence.parents = [
        ParentPresence(
            role=ParentRole.MOTHER, present=False, absent_reason="Amal ville tale alene"
        ),
    ]
    with_interpreter.presence.bisidder_offered = True
    with_interpreter.presence.interpreter = Interpreter(
        name_or_id="Tolk 4711",
        agency="Demo Tolkeservice",
        language="somali",
        dialect="nordlig",
        mode=InterpreterMode.IN_PERSON,
        confirmed_not_relative=True,
        confirmed_adult=True,
        confidentiality_confirmed=True,
        briefing_done=True,
        debriefing_done=True,
        interpreting_notes="Et ord for 'kontaktperson' måtte forklares.",
    )
    _closed(
        with_interpreter,
        "Det lyder godt, hvis det er en sød voksen",
        ["Vi holder møde i december", "Du hører fra mig inden jul"],
    )
    service.start(with_interpreter)
    for text, perspective in (
        ("Jeg kan godt lide matematik", Perspective.CHILD_VIA_INTERPRETER),
        ("Jeg er alene i frikvarteret", Perspective.CHILD_VIA_INTERPRETER),
        ("Amal kiggede ned, da hun talte om frikvarteret.", Perspective.CASEWORKER_OBSERVATION),
        (
            "Tolken og barnet talte kort sammen uden oversættelse.",
            Perspective.UNTRANSLATED_EXCHANGE,
        ),
    ):
        service.add_entry(
            with_interpreter.id,
            Entry(text=text, perspective=perspective, ics=[IcsDimension.SCHOOL_AND_LEARNING]),
        )
    first_words = service.get(with_interpreter.id).child_voice()[0]
    with_interpreter.read_back.corrections = [
        Correction(
            entry_id=first_words.id,
            child_words=ChildWords(text="Og dansk er også sjovt", via_interpreter=True),
        )
    ]
    service.update(with_interpreter)
    made.append(with_interpreter)

    jonas = service.add_child(Child(name="Jonas (demo)", case_number="DEMO-0102", age_years=6))
    not_held = Conversation(
        child_id=jonas.id,
        starts_at=_at(date(2026, 11, 10), 9),
        place="Børnehaven",
        legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION),
        held=HeldStatus.NOT_HELD,
        not_held=NotHeld(
            reason="Jonas blev meget ked af det og ville ikke være i rummet.",
            legal_ground="Barnets Lov § 5, stk. 4",
            weighs_against=WeighsAgainst.AGE_OR_MATURITY,
            views_obtained_instead="Samtale med pædagog og observation af Jonas i leg.",
        ),
    )
    not_held.presence.parents = [ParentPresence(role=ParentRole.FATHER, present=True)]
    not_held.presence.bisidder_offered = True
    service.start(not_held)
    service.add_entry(
        not_held.id,
        Entry(
            text="Jonas leger mest alene og bliver hurtigt ked af det.",
            perspective=Perspective.INFORMATION_FROM_OTHERS,
            source=OtherSource.DAYCARE,
            source_detail="pædagog",
        ),
    )
    made.append(not_held)

    sofie = service.add_child(Child(name="Sofie (demo)", case_number="DEMO-0103", age_years=15))
    older = Conversation(
        child_id=sofie.id,
        starts_at=_at(date(2026, 11, 12), 15),
        place="Sofies værelse",
        legal_basis=LegalBasis(
            purpose=Purpose.BEFORE_DECISION,
            decision_section="§ 46",
            concrete_measure="Frivillig anbringelse på et opholdssted",
            young_person_consent=PlacementConsent.CONSENTS,
        ),
        guide_id="forud-for-afgoerelse",
        child_was_told=list(ToldItem),
    )
    older.presence.parents = [
        ParentPresence(role=ParentRole.MOTHER, present=False, absent_reason="Sofie ønskede det"),
        ParentPresence(role=ParentRole.FATHER, present=False, absent_reason="Ingen kontakt"),
    ]
    older.presence.bisidder_offered = True
    older.presence.bisidder = Bisidder(
        relation="moster",
        age=41,
        excluded=Exclusion.PARTLY,
        exclusion_reason="Sofie ville sige noget alene",
    )
    _closed(
        older,
        "Jeg vil gerne flytte, men ikke langt fra min skole",
        ["Sagen kommer på børn og unge-udvalgets møde", "Du må selv komme og sige din mening"],
    )
    service.start(older)
    service.add_entry(
        older.id,
        Entry(text="Jeg kan ikke være derhjemme mere", perspective=Perspective.CHILD_OWN_WORDS),
    )
    service.add_entry(
        older.id,
        Entry(
            text="Sofie virker afklaret og har tænkt det igennem.",
            perspective=Perspective.CASEWORKER_ASSESSMENT,
        ),
    )
    made.append(older)
    return made


# What each demo child decided at read-back: words kept out of the case, words for the
# letter; every other quote may go into the case. And how each letter reaches the child.
_LEFT_OUT = {"Når mor er syg"}
_FOR_LETTER = {
    "Jeg kan godt lide matematik",
    "At spille fodbold",
    "Jeg vil gerne flytte, men ikke langt fra min skole",
}
_DELIVERY = {
    "DEMO-0101": LetterDelivery.IN_PERSON,
    "DEMO-0102": LetterDelivery.IN_PERSON,
    "DEMO-0103": LetterDelivery.DIGITAL_MAIL,
}


def decided_with_the_child(service: ConversationService, conversation_id: UUID) -> None:
    conversation = service.get(conversation_id)
    for quote in quotes(conversation):
        case = CaseConsent.NO_LEFT_OUT if quote.text in _LEFT_OUT else CaseConsent.YES
        quote.set_consent(QuoteConsent(case=case, in_letter=quote.text in _FOR_LETTER))
    child = service.child(conversation.child_id)
    conversation.letter.delivery = _DELIVERY[child.case_number]
    for entry in conversation.child_voice():
        service.update_entry(entry)
    service.update(conversation)


def write_demo_documents(out_dir: Path) -> list[Path]:
    """Sign and export the demo conversations into ``out_dir``; returns the bundles."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="borne-samtale-demo-") as tmp:
        vault = access.create(
            Path(tmp) / "vault", "demo-boernesamtale", KdfParams(), published=True
        ).vault
        try:
            service = ConversationService(vault)
            handover = Handover(vault, service)
            bundles = []
            for conversation in demo_conversations(service):
                decided_with_the_child(service, conversation.id)
                handover.sign(conversation.id)
                bundles.append(handover.export(conversation.id, out_dir))
        finally:
            vault.close()
    return bundles
