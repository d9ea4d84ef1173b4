"""The conversations and documents the document tests build, and reading PDFs back."""

import math
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from borne_samtale import look
from borne_samtale.domain import (
    Bisidder,
    CaseworkerProfile,
    Child,
    ChildWords,
    Closing,
    Conversation,
    Correction,
    Entry,
    Goal,
    IcsDimension,
    Interpreter,
    InterpreterMode,
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
from borne_samtale.domain.enums import (
    Agreement,
    Exclusion,
    HeldStatus,
    OtherSource,
    ParentRole,
    Relation,
    ToldItem,
)
from borne_samtale.domain.history import ScalePoint
from borne_samtale.domain.signoff import checklist
from borne_samtale.domain.tools import ChildDrawing, Stroke
from borne_samtale.summary.model import DocumentInput
from tests.support.consenting import agree_to_all

CHILD_NAME = "Søren Ærø"
CASE = "27.12.04-G01-113-26"
ASSESSMENT = "Det er rådgiverens vurdering, at Søren har brug for en fast voksen."
OBSERVATION = "Søren sad roligt og tegnede under hele samtalen."
QUOTE_OWN = "Jeg kan godt lide frikvarteret, der leger vi tagfat."
QUOTE_VIA = "Jeg savner mine venner fra den gamle skole."
CORRECTION = "Det var ikke tagfat, det var stikbold."
WRITTEN_AT = datetime(2026, 10, 7, 7, 30, tzinfo=UTC)

PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")
QPDF = shutil.which("qpdf")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext is not installed")
needs_pdffonts = pytest.mark.skipif(PDFFONTS is None, reason="pdffonts is not installed")
needs_qpdf = pytest.mark.skipif(QPDF is None, reason="qpdf is not installed")


# --- the conversations ---------------------------------------------------------------------


def sun_and_sea() -> ChildDrawing:
    """A child's drawing: a yellow sun (thick) and a blue wave (thin), as strokes."""
    sun = [
        (0.3 + 0.15 * math.cos(a / 12 * math.tau), 0.3 + 0.15 * math.sin(a / 12 * math.tau))
        for a in range(13)
    ]
    wave = [(x / 20, 0.75 + 0.08 * math.sin(x / 20 * math.tau * 2)) for x in range(21)]
    return ChildDrawing(
        aspect=0.8,
        strokes=[
            Stroke(colour=SUN, width=look.PEN_THICK, points=sun),
            Stroke(colour=SEA, width=look.PEN_THIN, points=wave),
        ],
    )


SUN = dict(look.PEN_COLOURS)["gul"]
SEA = dict(look.PEN_COLOURS)["blå"]


def caseworker() -> CaseworkerProfile:
    return CaseworkerProfile(
        name="Åse Kærgård",
        title="Socialrådgiver",
        unit="Børn og Familie",
        municipality="Ærøskøbing Kommune",
    )


def child() -> Child:
    return Child(name=CHILD_NAME, case_number=CASE, birth_date=date(2015, 3, 14))


def rich_conversation(kid: Child) -> Conversation:
    """Every field filled; the child said yes to every quote, in the case and the letter."""
    return agree_to_all(_rich_conversation(kid))


def _rich_conversation(kid: Child) -> Conversation:
    start = datetime(2026, 10, 6, 11, 0, tzinfo=UTC)
    own = Entry(
        text=QUOTE_OWN,
        perspective=Perspective.CHILD_OWN_WORDS,
        ics=[IcsDimension.LEISURE_AND_FRIENDSHIPS],
    )
    return Conversation(
        child_id=kid.id,
        legal_basis=LegalBasis(
            purpose=Purpose.BEFORE_DECISION,
            decision_section="§ 32",
            concrete_measure="En kontaktperson to timer om ugen",
        ),
        starts_at=start,
        ends_at=start + timedelta(minutes=65),
        place="Skolens mødelokale på Ærø",
        presence=Presence(
            parents=[
                ParentPresence(
                    role=ParentRole.MOTHER,
                    present=False,
                    absent_reason="Søren ønskede at tale alene",
                ),
                ParentPresence(role=ParentRole.FATHER, present=True),
            ],
            bisidder_offered=True,
            bisidder=Bisidder(
                relation="Storesøster",
                age=17,
                excluded=Exclusion.PARTLY,
                exclusion_reason="Søren ville fortælle om skolen alene",
            ),
            interpreter=Interpreter(
                name_or_id="Tolk nr. 4711",
                agency="Øresund Tolkeservice",
                language="arabisk",
                dialect="levantinsk",
                mode=InterpreterMode.IN_PERSON,
                confirmed_not_relative=True,
                confirmed_adult=True,
                confidentiality_confirmed=True,
                briefing_done=True,
                debriefing_done=True,
                interpreting_notes="Tolken bad to gange om en pause.",
            ),
            others=["lærer"],
        ),
        child_was_told=[
            ToldItem.PURPOSE,
            ToldItem.MANDATE,
            ToldItem.WHAT_IS_WRITTEN,
            ToldItem.CONFIDENTIALITY_LIMITS,
            ToldItem.RIGHT_NOT_TO_ANSWER,
            ToldItem.RIGHT_TO_BISIDDER,
            ToldItem.RIGHTS_BY_AGE,
            ToldItem.INTERPRETER_ROLE,
        ],
        entries=[
            own,
            Entry(
                text=QUOTE_VIA,
                perspective=Perspective.CHILD_VIA_INTERPRETER,
                ics=[IcsDimension.SCHOOL_AND_LEARNING],
            ),
            Entry(text=OBSERVATION, perspective=Perspective.CASEWORKER_OBSERVATION),
            Entry(
                text="Søren fortæller, at han tit laver sin egen aftensmad.",
                perspective=Perspective.CASEWORKER_PARAPHRASE,
                ics=[IcsDimension.SAFE_CARE],
            ),
            Entry(text=ASSESSMENT, perspective=Perspective.CASEWORKER_ASSESSMENT),
            Entry(
                text="Søren kommer ofte uden madpakke.",
                perspective=Perspective.INFORMATION_FROM_OTHERS,
                source=OtherSource.SCHOOL,
                source_detail="klasselærer",
            ),
            Entry(
                text="Tolken og faren talte kort sammen uden oversættelse.",
                perspective=Perspective.UNTRANSLATED_EXCHANGE,
            ),
        ],
        scales=[
            ScaleAnswer(
                question="Hvordan har du det derhjemme?",
                low_end="Rigtig skidt, jeg vil helst væk",
                high_end="Helt vildt godt, som på en fødselsdag",
                value=6,
                what_makes_it_this_number=ChildWords(text="Vi hygger om fredagen"),
                one_step_up=ChildWords(text="Hvis mor ikke var så træt", via_interpreter=True),
                caseworker_note="Søren svarede hurtigt og uden tøven.",
            )
        ],
        three_houses=ThreeHouses(
            good_things=[ChildWords(text="Min kat Luna"), ChildWords(text="Fodbold om tirsdagen")],
            worries=[ChildWords(text="Når mor græder")],
            dreams=[ChildWords(text="At vi tager til stranden")],
            dreams_drawing=sun_and_sea(),
            child_drew=True,
            consent_to_share=True,
        ),
        network_map=NetworkMap(
            people=[
                NetworkPerson(
                    label="Mor",
                    relation=Relation.PARENT,
                    closeness=1,
                    child_words=ChildWords(text="Mor er sød, men tit træt"),
                ),
                NetworkPerson(label="Far", relation=Relation.PARENT, closeness=2),
                NetworkPerson(label="Luna", relation=Relation.PET, closeness=1),
                NetworkPerson(label="Ali fra klassen", relation=Relation.FRIEND, closeness=2),
                NetworkPerson(label="Mormor på Fyn", relation=Relation.GRANDPARENT, closeness=3),
                NetworkPerson(label="Fodboldtræneren", relation=Relation.PROFESSIONAL, closeness=3),
            ],
            caseworker_note="Søren placerede far langsomt og tøvende.",
        ),
        read_back=ReadBack(
            done=True,
            via_interpreter=True,
            corrections=[Correction(entry_id=own.id, child_words=ChildWords(text=CORRECTION))],
            agreement=Agreement.AGREES,
        ),
        closing=Closing(
            child_view_of_measure=ChildWords(text="Det er okay, hvis det er en sød voksen"),
            child_wishes=[ChildWords(text="At jeg må blive på mit fodboldhold")],
            next_steps_told=[
                "Jeg taler med din mor og far i næste uge.",
                "Vi mødes igen om en måned.",
            ],
            contact_person_told="Åse, din rådgiver",
            summary_given=True,
        ),
        sign_off=SignOff(
            waivers=[Waiver(item="told-child-does-not-decide", reason="Søren blev ked af det")]
        ),
    )


def document(
    conversation: Conversation,
    kid: Child,
    history: list[ScalePoint] | None = None,
    version: int = 1,
) -> DocumentInput:
    profile = caseworker()
    return DocumentInput(
        conversation=conversation,
        child=kid,
        caseworker=profile,
        checklist=checklist(conversation, kid, profile),
        scale_history=history or [],
        document_id="BS-2026-000123",
        version=version,
        written_at=WRITTEN_AT,
        contact_phone="72 53 10 00",
    )


def rich() -> DocumentInput:
    kid = child()
    return document(rich_conversation(kid), kid)


def not_held() -> DocumentInput:
    kid = child()
    conversation = Conversation(
        child_id=kid.id,
        legal_basis=LegalBasis(
            purpose=Purpose.BEFORE_DECISION,
            decision_section="§ 46",
            concrete_measure="Anbringelse i plejefamilie",
        ),
        starts_at=datetime(2026, 10, 6, 11, 0, tzinfo=UTC),
        place="Familiens hjem",
        presence=Presence(
            parents=[ParentPresence(role=ParentRole.MOTHER, present=True)],
            bisidder_offered=True,
        ),
        held=HeldStatus.NOT_HELD,
        not_held=NotHeld(
            reason="Søren er meget syg og indlagt på børneafdelingen.",
            legal_ground="Barnets Lov § 5, stk. 4",
            views_obtained_instead="Samtale med plejemor og sygeplejerske om Sørens ønsker.",
        ),
        entries=[
            Entry(
                text="Søren har sagt til plejemor, at han gerne vil blive.",
                perspective=Perspective.INFORMATION_FROM_OTHERS,
                source=OtherSource.FOSTER_CARE,
                source_detail="plejemor",
            )
        ],
    )
    return document(conversation, kid)


def follow_up() -> DocumentInput:
    kid = child()
    goal = Goal(text="Søren kommer i skole hver dag")
    conversation = Conversation(
        child_id=kid.id,
        legal_basis=LegalBasis(purpose=Purpose.ACTION_PLAN_FOLLOW_UP),
        starts_at=datetime(2026, 10, 6, 11, 0, tzinfo=UTC),
        place="Skolen",
        presence=Presence(
            parents=[ParentPresence(role=ParentRole.MOTHER, present=True)],
            bisidder_offered=True,
        ),
        goals=[goal],
        scales=[
            ScaleAnswer(
                question="Hvor godt går det med at komme i skole?",
                low_end="Jeg kommer aldrig",
                high_end="Jeg kommer hver dag",
                value=7,
                goal_id=goal.id,
            ),
            ScaleAnswer(
                question="Hvor glad er du i klassen?",
                low_end="Slet ikke",
                high_end="Meget",
                value=5,
            ),
        ],
        entries=[Entry(text="Det går bedre nu.", perspective=Perspective.CHILD_OWN_WORDS)],
    )
    history = [
        ScalePoint(datetime(2026, 1, 10, 10, tzinfo=UTC), goal.text, 2),
        ScalePoint(datetime(2026, 4, 12, 10, tzinfo=UTC), goal.text, 4),
        ScalePoint(datetime(2026, 4, 12, 10, tzinfo=UTC), "Hvor glad er du i klassen?", 6),
        ScalePoint(datetime(2026, 7, 2, 10, tzinfo=UTC), goal.text, 5),
        ScalePoint(datetime(2026, 7, 2, 10, tzinfo=UTC), "Hvor glad er du i klassen?", 4),
    ]
    return document(conversation, kid, history)


def long_conversation(count: int = 200) -> DocumentInput:
    kid = child()
    conversation = rich_conversation(kid)
    perspectives = [
        Perspective.CHILD_OWN_WORDS,
        Perspective.CASEWORKER_PARAPHRASE,
        Perspective.CHILD_VIA_INTERPRETER,
        Perspective.CASEWORKER_OBSERVATION,
        Perspective.CASEWORKER_ASSESSMENT,
    ]
    entries = [
        Entry(
            text=f"Note nummer {n}: Søren fortæller om skolen, fodbold og sin familie på Ærø. "
            "Det er en længere tekst, så siderne bliver fyldt som i en rigtig samtale.",
            perspective=perspectives[n % len(perspectives)],
            ics=[list(IcsDimension)[n % len(IcsDimension)]],
        )
        for n in range(count)
    ]
    return document(conversation.model_copy(update={"entries": entries}), kid)


# --- reading PDFs back ---------------------------------------------------------------------


def write(tmp_path: Path, name: str, pdf: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def pages_text(path: Path) -> list[str]:
    assert PDFTOTEXT is not None
    result = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    pages = result.stdout.split("\f")
    return [p for p in pages if p.strip()]


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces made single spaces (wrapping is layout)."""
    return re.sub(r"\s+", " ", text)


def section(text: str, start: str, end: str) -> str:
    head = text.index(start)
    return text[head : text.index(end, head)]
