"""Letters fitted to the child: one template per age band, only true statements, the contact
as recorded, the child's rights from 10, and a word about the interpreter."""

from datetime import date
from pathlib import Path

import pytest

from borne_samtale.domain import Child, ChildWords, Conversation
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import CaseConsent, HeldStatus
from borne_samtale.domain.lix import lix
from borne_samtale.domain.tools import ChildDrawing
from borne_samtale.summary.letter import letter_paragraphs, letter_title, render_letter
from borne_samtale.summary.model import DocumentInput
from borne_samtale.summary.pdfa import to_pdfa
from tests.support.documents import (
    document,
    flat,
    needs_pdftotext,
    pages_text,
    rich_conversation,
    write,
)

RIGHTS = "Det har du ret til:"
MEETING = "Du må komme til mødet"


def letter_for(age: int, change: object = None) -> tuple[DocumentInput, str]:
    kid = Child(name="Amira Haddad", case_number="S-1", birth_date=date(2026 - age, 1, 1))
    conversation = rich_conversation(kid)
    if callable(change):
        change(conversation)
    data = document(conversation, kid)
    return data, " ".join(letter_paragraphs(data))


@pytest.mark.parametrize(
    ("age", "limit", "read_aloud", "rights", "meeting"),
    [
        (4, 15, True, False, False),
        (6, 15, True, False, False),
        (8, 25, False, False, False),
        (10, 25, False, True, False),
        (13, 25, False, True, True),
        (17, 25, False, True, True),
    ],
)
def test_each_age_band_gets_its_own_letter(
    age: int, limit: float, read_aloud: bool, rights: bool, meeting: bool
) -> None:
    data, text = letter_for(age)
    value = lix(p for p in letter_paragraphs(data) if not p.startswith("Til den voksne"))
    print(f"LIX of the letter at {age}: {value:.1f}")
    assert value <= limit
    assert ("Til den voksne: Læs brevet højt for Amira." in text) is read_aloud
    assert (RIGHTS in text) is rights
    assert (MEETING in text) is meeting
    assert "Kære Amira " in text
    assert "Haddad" not in text.split("Mange hilsner")[0]  # first name only
    assert "altid" not in text


def test_the_youngest_letter_is_short() -> None:
    young, _ = letter_for(5)
    older, _ = letter_for(12)
    assert len(" ".join(letter_paragraphs(young)).split()) < len(
        " ".join(letter_paragraphs(older)).split()
    )


def test_the_drawing_line_only_when_the_child_drew() -> None:
    def did_not_draw(c: Conversation) -> None:
        assert c.three_houses is not None
        c.three_houses.dreams_drawing = ChildDrawing()
        c.three_houses.child_drew = False

    _, drew = letter_for(9)
    _, wrote = letter_for(9, did_not_draw)
    assert "Du tegnede tre huse." in drew  # 9 years: the lines of what we did
    assert "tegnede" not in wrote
    assert "Vi talte om tre huse." in wrote


def test_the_contact_is_what_the_caseworker_recorded() -> None:
    def told(c: Conversation) -> None:
        c.closing.contact_person_told = "Mette, 87 13 25 00 (hverdage 9-15)"

    _, text = letter_for(11, told)
    assert "Hvis du vil tale med nogen: Mette, 87 13 25 00 (hverdage 9-15)" in text

    def nobody(c: Conversation) -> None:
        c.closing.contact_person_told = ""

    _, text = letter_for(11, nobody)
    assert "Du kan ringe til mig på 72 53 10 00." in text
    _, text = letter_for(5, nobody)
    assert "En voksen kan ringe til mig på 72 53 10 00." in text


def test_an_interpreted_conversation_says_so_in_the_letter() -> None:
    _, text = letter_for(11)
    assert "med en tolk på arabisk" in text
    assert "Du kan få brevet læst op på arabisk." in text

    def no_interpreter(c: Conversation) -> None:
        c.presence.interpreter = None

    _, text = letter_for(11, no_interpreter)
    assert "tolk" not in text


def test_a_declined_conversation_claims_no_talk_and_repeats_nothing() -> None:
    def declined(c: Conversation) -> None:
        c.held = HeldStatus.CHILD_DECLINED
        words = "Jeg vil ikke tale om det nu"
        c.entries = [e for e in c.entries if not e.is_child_voice]
        c.closing.child_view_of_measure = ChildWords(
            text=words, consent=QuoteConsent(case=CaseConsent.YES, in_letter=True)
        )
        c.closing.child_wishes = [
            ChildWords(text=words, consent=QuoteConsent(case=CaseConsent.YES, in_letter=True))
        ]

    _, text = letter_for(12, declined)
    assert "Du ville ikke tale med mig lige nu." in text
    assert "Vi talte også om" not in text
    assert "Vi talte om" not in text
    assert "tegnede" not in text
    assert text.count("Jeg vil ikke tale om det nu") == 1


@needs_pdftotext
def test_the_read_aloud_letter_renders(tmp_path: Path) -> None:
    data, _ = letter_for(5)
    pdf = to_pdfa(render_letter(data), letter_title(data))
    text = flat("\n".join(pages_text(write(tmp_path, "brev.pdf", pdf))))
    assert "Til den voksne: Læs brevet højt for Amira." in text
    assert "Kære Amira" in text
