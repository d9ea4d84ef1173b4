"""The referat and the letter to the child as real PDFs, read back with poppler and qpdf."""

import io
import math
import re
import shutil
import subprocess
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pikepdf
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
from borne_samtale.domain.lix import lix
from borne_samtale.domain.signoff import checklist
from borne_samtale.domain.tools import ChildDrawing, Stroke
from borne_samtale.summary.letter import letter_paragraphs, letter_title, render_letter
from borne_samtale.summary.model import DocumentInput
from borne_samtale.summary.pdfa import to_pdfa
from borne_samtale.summary.referat import metadata_title, render_referat
from tests.consenting import agree_to_all

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


@pytest.fixture(scope="module")
def rich_pdfa() -> bytes:
    data = rich()
    return to_pdfa(render_referat(data), metadata_title(data))


@pytest.fixture(scope="module")
def not_held_pdfa() -> bytes:
    data = not_held()
    return to_pdfa(render_referat(data), metadata_title(data))


# --- the referat ---------------------------------------------------------------------------

RICH_HEADINGS = [
    "Referat af børnesamtale",
    "Sag og barn",
    "Lovgrundlag og formål",
    "Til stede",
    "Det fik barnet at vide",
    "Barnets synspunkter – med barnets egne ord",
    "Rådgiverens noter og oplysninger fra andre",
    "Samtale uden oversættelse",
    "Redskaber",
    "De tre huse",
    "Netværkskort",
    "ICS-områder, samtalen kom ind på",
    "Barnets syn på foranstaltningen",
    "Barnets ønsker og bekymringer",
    "Genlæsning for barnet",
    "Næste skridt og kontakt",
    "Fravigelser",
    "Underskrift",
]

RICH_FIELDS = [
    CASE,
    CHILD_NAME,
    "11 år",
    "tirsdag den 6. oktober 2026",
    "kl. 13.00–14.05",  # Danish summer time
    "Skolens mødelokale på Ærø",
    "Åse Kærgård, Socialrådgiver",
    "Børn og Familie, Ærøskøbing Kommune",
    "Samtale forud for en afgørelse (Barnets Lov § 5)",
    "§ 32",
    "En kontaktperson to timer om ugen",
    "Ikke til stede. Grund: Søren ønskede at tale alene",
    "Storesøster, 17 år. Delvist udelukket. Grund: Søren ville fortælle om skolen alene",
    "Tolk nr. 4711",
    "Øresund Tolkeservice",
    "arabisk, dialekt: levantinsk",
    "Til stede i rummet",
    "Hvad rådgiveren ikke kan holde hemmeligt",
    "Kilde: skole (klasselærer).",
    "Tolken og faren talte kort sammen uden oversættelse.",
    "Barnets tal: 6 af 10.",
    "»Min kat Luna«",
    "Ali fra klassen",
    "Fritid og venskaber (1)",
    "»Det er okay, hvis det er en sød voksen«",
    "»At jeg må blive på mit fodboldhold«",
    "»Når mor græder«",
    "Ja, via tolk",
    "Barnet sagde ja til dem alle.",
    "Jeg taler med din mor og far i næste uge.",
    "Åse, din rådgiver",
    "72 53 10 00",
    "Barnet ved, at det ikke skal bestemme",
    "Søren blev ked af det",
    "Underskrevet digitalt",
    "Dokument-ID",
    "BS-2026-000123",
    "7. oktober 2026 kl. 09.30 (1 dag efter samtalen)",
]


@needs_pdftotext
def test_the_referat_holds_every_heading_and_field_in_readable_danish(
    tmp_path: Path, rich_pdfa: bytes
) -> None:
    text = flat("\n".join(pages_text(write(tmp_path, "referat.pdf", rich_pdfa))))
    for heading in RICH_HEADINGS:
        assert heading in text, heading
    for field in RICH_FIELDS:
        assert field in text, field
    assert "æøå ÆØÅ" not in text  # no placeholder test strings
    assert "Søren" in text
    assert "Ærø" in text
    assert "Åse" in text


@needs_pdftotext
def test_the_childs_words_stand_apart_from_the_adults(tmp_path: Path, rich_pdfa: bytes) -> None:
    text = flat("\n".join(pages_text(write(tmp_path, "referat.pdf", rich_pdfa))))
    childs = section(
        text,
        "Barnets synspunkter – med barnets egne ord",
        "Rådgiverens noter og oplysninger fra andre",
    )
    assert f"»{QUOTE_OWN}«" in childs
    assert f"»{QUOTE_VIA}« (via tolk)" in childs
    assert f"»{CORRECTION}«" in childs  # the child's correction beside the words it corrects
    assert ASSESSMENT not in childs
    assert OBSERVATION not in childs
    adults = section(
        text, "Rådgiverens noter og oplysninger fra andre", "Samtale uden oversættelse"
    )
    assert ASSESSMENT in adults
    assert OBSERVATION in adults
    assert QUOTE_OWN not in adults
    assert adults.index("Rådgiverens observationer") < adults.index(OBSERVATION)
    assert adults.index("Rådgiverens vurderinger") < adults.index(ASSESSMENT)


@needs_pdffonts
def test_only_embedded_fonts(tmp_path: Path, rich_pdfa: bytes, not_held_pdfa: bytes) -> None:
    assert PDFFONTS is not None
    for name, pdf in (("rich.pdf", rich_pdfa), ("not-held.pdf", not_held_pdfa)):
        result = subprocess.run(
            [PDFFONTS, str(write(tmp_path, name, pdf))],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        rows = result.stdout.splitlines()[2:]
        assert rows, result.stdout
        assert "Helvetica" not in result.stdout
        for row in rows:
            assert "DejaVuSans" in row, row
            emb = row.split()[-5]  # name type encoding emb sub uni object ID
            assert emb == "yes", row


@needs_qpdf
def test_qpdf_check_is_clean(tmp_path: Path, rich_pdfa: bytes, not_held_pdfa: bytes) -> None:
    assert QPDF is not None
    for name, pdf in (("rich.pdf", rich_pdfa), ("not-held.pdf", not_held_pdfa)):
        result = subprocess.run(
            [QPDF, "--check", str(write(tmp_path, name, pdf))],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No syntax or stream encoding errors found" in result.stdout
        assert "WARNING" not in result.stdout + result.stderr


@needs_pdftotext
def test_every_page_has_case_number_and_page_x_of_n(tmp_path: Path) -> None:
    data = long_conversation(60)
    pages = pages_text(write(tmp_path, "referat.pdf", render_referat(data)))
    total = len(pages)
    assert total > 1
    for number, page in enumerate(pages, start=1):
        assert f"side {number} af {total}" in page
        assert f"Sagsnr. {CASE}" in page
        assert "Dokument-ID BS-2026-000123 · version 1" in page


def test_metadata_names_the_case_not_the_child(rich_pdfa: bytes) -> None:
    with pikepdf.open(_stream(rich_pdfa)) as pdf:
        title = str(pdf.docinfo["/Title"])
        assert title == f"Referat af børnesamtale {CASE}"
        assert "/Producer" not in pdf.docinfo
        with pdf.open_metadata() as meta:
            assert meta["dc:title"] == title
            assert meta["pdfaid:part"] == "2"
            assert meta["pdfaid:conformance"] == "B"
            assert "pdf:Producer" not in meta
        xmp = bytes(pdf.Root.Metadata.read_bytes()).decode()
        assert "pdfaid" in xmp
        everything = " ".join(str(v) for v in pdf.docinfo.values()) + xmp
        assert "Søren" not in everything
        assert "Ærø" not in everything
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1"
        assert int(intent.DestOutputProfile.N) == 3


def test_pdfa_is_deterministic() -> None:
    data = rich()
    first = to_pdfa(render_referat(data), metadata_title(data))
    second = to_pdfa(render_referat(data), metadata_title(data))
    assert first == second


def test_the_metadata_title_falls_back_to_the_document_id() -> None:
    data = rich()
    nameless = DocumentInput(
        **{**data.__dict__, "child": data.child.model_copy(update={"case_number": ""})}
    )
    assert metadata_title(nameless) == "Referat af børnesamtale BS-2026-000123"


@needs_pdftotext
def test_a_conversation_not_held_says_why_and_has_no_empty_childs_section(
    tmp_path: Path, not_held_pdfa: bytes
) -> None:
    text = flat("\n".join(pages_text(write(tmp_path, "not-held.pdf", not_held_pdfa))))
    assert "Samtalen blev ikke holdt" in text
    assert "Søren er meget syg og indlagt på børneafdelingen." in text
    assert "Barnets Lov § 5, stk. 4" in text
    assert "Samtale med plejemor og sygeplejerske om Sørens ønsker." in text
    assert "Barnets synspunkter – med barnets egne ord" not in text
    assert "Det fik barnet at vide" not in text
    assert "Kilde: anbringelsessted (plejemor)." in text
    assert "Fravigelser" in text
    assert "Underskrift" in text


@needs_pdftotext
def test_a_follow_up_shows_the_scale_over_time(tmp_path: Path) -> None:
    pages = pages_text(write(tmp_path, "follow-up.pdf", render_referat(follow_up())))
    text = flat("\n".join(pages))
    assert "Udvikling over tid" in text
    assert "Mål i handleplanen" in text
    assert "10. januar 2026 2 –" in text  # no answer to the second topic that day
    assert "6. oktober 2026 (denne samtale) 7 5" in text


@needs_pdftotext
def test_an_addendum_says_so(tmp_path: Path) -> None:
    kid = child()
    conversation = rich_conversation(kid)
    earlier = conversation.id
    conversation.sign_off.supersedes = earlier
    data = document(conversation, kid, version=2)
    text = flat("\n".join(pages_text(write(tmp_path, "v2.pdf", render_referat(data)))))
    assert "Dette er version 2 af referatet" in text
    assert f"tillæg til den tidligere version af referatet (reference {earlier})" in text


@needs_pdftotext
def test_houses_without_consent_are_not_shown(tmp_path: Path) -> None:
    kid = child()
    conversation = rich_conversation(kid)
    assert conversation.three_houses is not None
    conversation.three_houses.consent_to_share = False
    data = document(conversation, kid)
    text = flat("\n".join(pages_text(write(tmp_path, "no-consent.pdf", render_referat(data)))))
    assert "Barnet gav ikke lov til, at det, der står i husene, deles." in text
    assert "Min kat Luna" not in text
    assert "Når mor græder" not in text
    letter = " ".join(letter_paragraphs(data))
    assert "Min kat Luna" not in letter
    assert "Når mor græder" not in letter


@pytest.mark.slow
@needs_pdftotext
def test_a_long_conversation_renders_to_many_pages(tmp_path: Path) -> None:
    data = long_conversation(200)
    started = time.perf_counter()
    pdf = to_pdfa(render_referat(data), metadata_title(data))
    seconds = time.perf_counter() - started
    pages = pages_text(write(tmp_path, "long.pdf", pdf))
    print(f"200 entries: {len(pages)} pages, render + to_pdfa {seconds:.2f} s")
    assert len(pages) >= 10
    assert f"side {len(pages)} af {len(pages)}" in pages[-1]


def test_pdfa_validator_approves_when_installed(rich_pdfa: bytes, not_held_pdfa: bytes) -> None:
    """pikepdf's own validator (test extras). Signed files it cannot judge: it does not
    cover /AcroForm, which every signature field needs, so the files before signing are checked."""
    pdfa = pytest.importorskip(
        "pikepdf.pdfa", exc_type=ImportError, reason="pikepdf[pdfa] extras are not installed"
    )
    data = rich()
    letter = to_pdfa(render_letter(data), letter_title(data))
    for pdf in (rich_pdfa, not_held_pdfa, letter):
        report = pdfa.validate_written(io.BytesIO(pdf), "2b")
        assert report.verdict == "pass", report.findings


def stressed() -> DocumentInput:
    """Everything too long: a quote of 1,700 words, 40 words in a house, 24 people."""
    kid = child()
    conversation = rich_conversation(kid)
    long_words = " ".join(
        ["Jeg vil gerne fortælle om alt det, der sker derhjemme og i skolen hver dag."] * 120
    )
    conversation.entries[0:0] = [
        Entry(text=long_words, perspective=Perspective.CHILD_OWN_WORDS),
        Entry(text=MARKUP, perspective=Perspective.CHILD_OWN_WORDS),
    ]
    conversation.entries.append(
        Entry(text=long_words, perspective=Perspective.CASEWORKER_ASSESSMENT)
    )
    assert conversation.three_houses is not None
    conversation.three_houses.good_things = [
        ChildWords(text=f"Ting nummer {i}, som jeg er glad for") for i in range(40)
    ]
    assert conversation.network_map is not None
    conversation.network_map.people = [
        NetworkPerson(
            label=f"Person med et langt navn nummer {i}",
            relation=list(Relation)[i % len(Relation)],
            closeness=1 + i % 3,
        )
        for i in range(24)
    ]
    conversation.scales[0].low_end = "Det allerværste, man kan forestille sig. " * 8
    return document(agree_to_all(conversation), kid)


MARKUP = "Mor & far siger <nej> til 100% </b> af det"


@needs_pdftotext
def test_overlong_content_still_renders_and_text_is_printed_as_typed(tmp_path: Path) -> None:
    data = stressed()
    pages = pages_text(write(tmp_path, "stress.pdf", render_referat(data)))
    text = flat("\n".join(pages))
    assert f"»{MARKUP}«" in text
    assert "Ting nummer 39, som jeg er glad for" in text  # houses too full to draw: listed
    assert "Person med et langt navn nummer 23" in text
    assert len(pages) > 10
    paragraphs = letter_paragraphs(data)
    assert lix(paragraphs) <= 25
    assert f"»{MARKUP}«" in paragraphs
    render_letter(data)  # and the letter renders


# --- the letter ----------------------------------------------------------------------------


def test_the_letter_reads_easily_and_holds_only_the_childs_words() -> None:
    data = rich()
    paragraphs = letter_paragraphs(data)
    value = lix(paragraphs)
    print(f"LIX of the letter: {value:.1f}")
    assert value <= 25
    text = " ".join(paragraphs)
    assert text.startswith("Kære Søren ")  # the first name
    assert f"»{CORRECTION}«" in text  # the child's own correction replaces the first words
    assert f"»{QUOTE_VIA}«" in text
    assert "»Min kat Luna«" in text
    assert ASSESSMENT not in text
    assert OBSERVATION not in text
    assert "vurdering" not in text
    assert "Jeg taler med din mor og far i næste uge." in text
    assert "Hvis du vil tale med nogen: Åse, din rådgiver" in text  # as recorded
    assert "altid" not in text
    assert "Tlf. 72 53 10 00" in text
    assert "Åse Kærgård" in text


@needs_pdftotext
def test_the_letter_pdf(tmp_path: Path) -> None:
    data = rich()
    pdf = to_pdfa(render_letter(data), letter_title(data))
    text = flat("\n".join(pages_text(write(tmp_path, "brev.pdf", pdf))))
    assert "Det talte vi om" in text
    assert "Kære Søren" in text
    assert ASSESSMENT not in text
    with pikepdf.open(_stream(pdf)) as opened:
        assert CHILD_NAME not in str(opened.docinfo["/Title"])
        size = _body_font_size(opened)
        assert size >= 16


def test_the_letter_of_a_conversation_not_held_is_kind_and_short() -> None:
    data = not_held()
    paragraphs = letter_paragraphs(data)
    assert lix(paragraphs) <= 25
    assert "plejemor" not in " ".join(paragraphs)  # information from others stays out
    assert "Vi har ikke talt sammen denne gang." in " ".join(paragraphs)


def test_a_long_conversation_gives_a_short_letter() -> None:
    paragraphs = letter_paragraphs(long_conversation(200))
    assert lix(paragraphs) <= 25
    assert len(paragraphs) < 40


def test_fonts_register_once_as_a_family() -> None:
    from reportlab.lib.fonts import tt2ps  # type: ignore[import-untyped]

    from borne_samtale.summary.fonts import BOLD, FAMILY, ITALIC, register_fonts

    assert register_fonts() == register_fonts() == FAMILY
    assert tt2ps(FAMILY, 1, 0) == BOLD
    assert tt2ps(FAMILY, 0, 1) == ITALIC


def test_document_input_needs_an_aware_time() -> None:
    data = rich()
    with pytest.raises(ValueError, match="time zone"):
        DocumentInput(**{**data.__dict__, "written_at": datetime(2026, 10, 7, 9, 30)})


# --- helpers -------------------------------------------------------------------------------


def _stream(pdf: bytes) -> io.BytesIO:
    return io.BytesIO(pdf)


def _body_font_size(pdf: pikepdf.Pdf) -> float:
    """The most used font size on the first page (the letter's body type)."""
    sizes: dict[float, int] = {}
    for operands, operator in pikepdf.parse_content_stream(pdf.pages[0]):
        if str(operator) == "Tf":
            size = float(operands[1])
            sizes[size] = sizes.get(size, 0) + 1
    return max(sizes, key=lambda s: sizes[s])
