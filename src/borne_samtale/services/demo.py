"""A demo vault with invented children and conversations, for trying the program safely."""

from datetime import UTC, date, datetime
from pathlib import Path

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    ChildWords,
    Conversation,
    Entry,
    IcsDimension,
    Interpreter,
    InterpreterMode,
    LegalBasis,
    ParentPresence,
    Perspective,
    Phase,
    Presence,
    Purpose,
    ScaleAnswer,
    ThreeHouses,
)
from borne_samtale.domain.enums import OtherSource, ParentRole, ToldItem
from borne_samtale.folders import data_dir
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.vault.keys import KdfParams
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.vault import Vault

# The demo vault holds only invented cases; its passphrase is shown on screen on purpose.
DEMO_PASSPHRASE = "demo-boernesamtale"  # noqa: S105


def default_demo_dir() -> Path:
    return data_dir() / "demo-vault"


def open_demo_vault(folder: Path) -> Vault:
    """Open the demo vault in ``folder``, creating and filling it the first time."""
    if VaultPaths(folder).exists():
        return access.unlock(folder, DEMO_PASSPHRASE)
    # Invented cases behind a published passphrase: no point calibrating the key derivation.
    vault = access.create(folder, DEMO_PASSPHRASE, KdfParams(), published=True).vault
    service = ConversationService(vault)
    fill_demo_vault(service)
    add_finished_demo_conversations(vault, service)
    return vault


def add_finished_demo_conversations(vault: Vault, service: ConversationService) -> None:
    """Three complete conversations (with an interpreter, not held, a 15-year-old before a
    placement), each decided with the child at read-back; the first is signed, so a
    newcomer sees a finished referat and letter in the window."""
    from borne_samtale.services.demo_documents import decided_with_the_child, demo_conversations
    from borne_samtale.services.handover import Handover

    made = demo_conversations(service)
    for conversation in made:
        decided_with_the_child(service, conversation.id)
    Handover(vault, service).sign(made[0].id)


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


def fill_demo_vault(service: ConversationService) -> None:
    service.set_caseworker(
        CaseworkerProfile(
            name="Demo Rådgiver",
            title="Socialrådgiver",
            unit="Børn og Familie",
            municipality="Demo Kommune",
        )
    )
    emma = service.add_child(
        Child(name="Emma (demo)", case_number="DEMO-0001", birth_date=date(2015, 3, 14))
    )
    before = Conversation(
        child_id=emma.id,
        legal_basis=LegalBasis(
            purpose=Purpose.BEFORE_DECISION,
            decision_section="§ 32",
            concrete_measure="En kontaktperson to timer om ugen",
        ),
        starts_at=_at(date(2026, 10, 6), 13),
        place="Skolens mødelokale",
        presence=Presence(
            parents=[
                ParentPresence(
                    role=ParentRole.MOTHER,
                    present=False,
                    absent_reason="Emma ønskede at tale alene",
                )
            ],
            bisidder_offered=True,
        ),
        guide_id="forud-for-afgoerelse",
        current_phase=Phase.CLOSING,
        child_was_told=[ToldItem.PURPOSE, ToldItem.MANDATE, ToldItem.RIGHT_NOT_TO_ANSWER],
        scales=[
            ScaleAnswer(
                question="Hvordan har du det derhjemme?",
                low_end="Rigtig skidt",
                high_end="Helt vildt godt",
                value=6,
                what_makes_it_this_number=ChildWords(text="Vi hygger om fredagen"),
                one_step_up=ChildWords(text="Hvis mor ikke var så træt"),
            )
        ],
        three_houses=ThreeHouses(
            good_things=[ChildWords(text="Min kat Luna")],
            worries=[ChildWords(text="Når mor græder")],
            dreams=[ChildWords(text="At vi tager til stranden")],
            consent_to_share=True,
        ),
    )
    service.start(before)
    for text, perspective, ics in (
        (
            "Jeg kan godt lide frikvarteret, der leger vi tagfat.",
            Perspective.CHILD_OWN_WORDS,
            [IcsDimension.LEISURE_AND_FRIENDSHIPS],
        ),
        ("Emma sad roligt og tegnede under hele samtalen.", Perspective.CASEWORKER_OBSERVATION, []),
        (
            "Emma fortæller, at hun tit laver sin egen aftensmad.",
            Perspective.CASEWORKER_PARAPHRASE,
            [IcsDimension.SAFE_CARE],
        ),
    ):
        service.add_entry(before.id, Entry(text=text, perspective=perspective, ics=ics))
    service.add_entry(
        before.id,
        Entry(
            text="Emma kommer ofte uden madpakke.",
            perspective=Perspective.INFORMATION_FROM_OTHERS,
            source=OtherSource.SCHOOL,
            source_detail="klasselærer",
        ),
    )

    yusuf = service.add_child(
        Child(
            name="Yusuf (demo)",
            case_number="DEMO-0002",
            age_years=13,
            preferred_language="arabisk",
            home_languages=["arabisk", "dansk"],
        )
    )
    investigation = Conversation(
        child_id=yusuf.id,
        legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION),
        starts_at=_at(date(2026, 11, 2), 10),
        place="Familiens hjem",
        presence=Presence(
            interpreter=Interpreter(
                name_or_id="Tolk nr. 4711",
                agency="Demo Tolkeservice",
                language="arabisk",
                dialect="levantinsk",
                mode=InterpreterMode.IN_PERSON,
                confirmed_not_relative=True,
                confirmed_adult=True,
                confidentiality_confirmed=True,
                briefing_done=True,
            )
        ),
        guide_id="boernefaglig-undersoegelse",
        current_phase=Phase.EXPLORING,
    )
    service.start(investigation)
    service.add_entry(
        investigation.id,
        Entry(
            text="Jeg savner mine venner fra den gamle skole.",
            perspective=Perspective.CHILD_VIA_INTERPRETER,
            ics=[IcsDimension.LEISURE_AND_FRIENDSHIPS],
        ),
    )
    service.add_entry(
        investigation.id,
        Entry(
            text="Tolken og faren talte sammen uden oversættelse.",
            perspective=Perspective.UNTRANSLATED_EXCHANGE,
        ),
    )
