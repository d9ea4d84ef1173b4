"""The referat and the letter to the child as real PDFs, read back with poppler and qpdf."""

import io
import subprocess
import time
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest

from borne_samtale.domain import (
    ChildWords,
    Entry,
    NetworkPerson,
    Perspective,
)
from borne_samtale.domain.enums import (
    Relation,
)
from borne_samtale.domain.lix import lix
from borne_samtale.summary.letter import letter_paragraphs, letter_title, render_letter
from borne_samtale.summary.model import DocumentInput
from borne_samtale.summary.pdfa import to_pdfa
from borne_samtale.summary.referat import metadata_title, render_referat
from tests.support.consenting import agree_to_all
from tests.support.documents import (
    ASSESSMENT,
    CASE,
    CHILD_NAME,
    CORRECTION,
    OBSERVATION,
    PDFFONTS,
    QPDF,
    QUOTE_OWN,
    QUOTE_VIA,
    child,
    document,
    flat,
    follow_up,
    long_conversation,
    needs_pdffonts,
    needs_pdftotext,
    needs_qpdf,
    not_held,
    pages_text,
    rich,
    rich_conversation,
    section,
    write,
)


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
    for instruction in pikepdf.parse_content_stream(pdf.pages[0]):
        if str(instruction.operator) == "Tf":
            size = float(instruction.operands[1])
            sizes[size] = sizes.get(size, 0) + 1
    return max(sizes, key=lambda s: sizes[s])
