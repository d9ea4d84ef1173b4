"""The referat for every purpose and age band, read back from the PDF: the legal basis is
cited, "Kort fortalt" is on page 1, no section heading ends a page, the caseworker's ICS
classification stays out of the child's quote band, and the letter reads easily."""

import re
from datetime import date
from pathlib import Path

import pytest

from borne_samtale.domain import Child, Purpose, labels
from borne_samtale.domain.enums import AgeBand, HeldStatus
from borne_samtale.domain.lix import lix
from borne_samtale.summary.letter import letter_paragraphs
from borne_samtale.summary.referat import render_referat
from tests.support.documents import (
    document,
    needs_pdftotext,
    pages_text,
    rich_conversation,
    write,
)

AGES = {AgeBand.AGE_3_6: 5, AgeBand.AGE_7_10: 8, AgeBand.AGE_11_15: 13, AgeBand.AGE_16_18: 17}
HEADING = re.compile(r"^\d{1,2}\. \S")


def _page_ends(page: str) -> str:
    """The last line of a page's content, above the footer."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    body = [line for line in lines if not line.startswith(("Dokument-ID", "side "))]
    return body[-1] if body else ""


@needs_pdftotext
@pytest.mark.parametrize("purpose", list(Purpose), ids=[p.value for p in Purpose])
@pytest.mark.parametrize("band", list(AGES), ids=[b.value for b in AGES])
def test_every_purpose_and_age(tmp_path: Path, purpose: Purpose, band: AgeBand) -> None:
    kid = Child(name="Noor Ali", case_number="S-3", birth_date=date(2026 - AGES[band], 1, 1))
    conversation = rich_conversation(kid)
    conversation.legal_basis.purpose = purpose
    data = document(conversation, kid)
    pages = pages_text(write(tmp_path, "r.pdf", render_referat(data)))
    text = "\n".join(pages)

    assert labels.PURPOSE[purpose] in " ".join(text.split())
    if purpose is not Purpose.OTHER:
        assert "§" in labels.PURPOSE[purpose]  # every fixed purpose cites its legal basis
    assert "Kort fortalt" in pages[0]
    for page in pages[:-1]:
        assert not HEADING.match(_page_ends(page)), _page_ends(page)
    quotes = text.split("Barnets synspunkter – med barnets egne ord", 1)[1]
    quotes = quotes.split("Rådgiverens ICS-områder", 1)[0]
    assert "ICS:" not in quotes

    limit = 15 if band is AgeBand.AGE_3_6 else 25
    assert lix(p for p in letter_paragraphs(data) if not p.startswith("Til den voksne")) <= limit


@needs_pdftotext
def test_the_declined_path_prints_what_was_recorded(tmp_path: Path) -> None:
    kid = Child(name="Noor", case_number="S-3", age_years=12)
    conversation = rich_conversation(kid)
    conversation.held = HeldStatus.CHILD_DECLINED
    text = " ".join(
        " ".join(
            pages_text(write(tmp_path, "r.pdf", render_referat(document(conversation, kid))))
        ).split()
    )
    assert "Næste skridt og kontakt" in text
    assert "Jeg taler med din mor og far i næste uge." in text
    assert "Barnets syn på foranstaltningen" in text
    assert "»Det er okay, hvis det er en sød voksen«" in text
    assert "Brevet til barnet" in text
