"""The letter to the child: "Det talte vi om". Short, warm, plain Danish in large type.

It holds only the child's own words and what the caseworker told the child; never an
adult's assessment or what others said. Its LIX is kept at 25 or below: when the child's
words make the text harder, the optional parts (what we did, extra quotes) are left out
first, the greeting, the child's first words, what happens next and whom to call never.
"""

import dataclasses
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer  # type: ignore[import-untyped]

from borne_samtale.domain import consent, labels
from borne_samtale.domain.age import MEETING_AGE, PARTY_RIGHTS_AGE, age_band_for
from borne_samtale.domain.conversation import Conversation
from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.enums import AgeBand, HeldStatus, IcsDimension
from borne_samtale.domain.lix import lix
from borne_samtale.summary.draft import with_draft_mark
from borne_samtale.summary.fonts import BOLD, REGULAR, register_fonts
from borne_samtale.summary.layout import document_info, esc, page_canvas
from borne_samtale.summary.letter_layout import (
    BODY_LEADING,
    BODY_SIZE,
    MARGIN,
    PAGE_WIDTH,
    Block,
    Kind,
    flowables,
)
from borne_samtale.summary.model import DocumentInput, danish_date, local
from borne_samtale.summary.palette import ACCENT, INK, MUTED

TITLE = "Brev til barnet – Det talte vi om"
HEADING = "Det talte vi om"
HEADING_NOT_HELD = "Et brev til dig"
MAX_LIX = 25.0
MAX_LIX_YOUNGEST = 15.0  # 3-6 years: read aloud by an adult
MAX_QUOTES = 5
MAX_QUOTE_WORDS = 30  # longer words of the child stay in the referat; the letter is short
MORE_QUOTES_WORDS = 50  # the quotes after the first two, together, at most this many words
MAX_STEPS = 5


DAYCARE_AGE = 6  # below this, "skolen" is most likely a daycare


@dataclass(frozen=True)
class _Group:
    """Blocks that stay or go together. Priority 0 always stays; higher goes first."""

    priority: int
    blocks: tuple[Block, ...]


def _quote(words: str) -> Block:
    return Block(Kind.QUOTE, f"»{words.strip()}«")


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def _first_name(name: str) -> str:
    """The child's first name for the greeting: "Amira Haddad" -> "Amira"."""
    return name.strip().split(" ")[0] if name.strip() else ""


@dataclass(frozen=True)
class Band:
    """How the letter is written for the child's age."""

    max_lix: float
    read_aloud: bool  # written for an adult to read aloud to the child
    max_quotes: int
    rights: bool  # from 10: the child is a party and is told its rights
    meeting: bool  # from 12: may come to the meeting where the case is decided


def band_for(age: int) -> Band:
    """One template per age band of the guides: 3-6, 7-10, 11-15 and 16-18."""
    youngest = age_band_for(age) in (None, AgeBand.AGE_3_6)
    return Band(
        max_lix=MAX_LIX_YOUNGEST if youngest else MAX_LIX,
        read_aloud=youngest,
        max_quotes=2 if youngest else MAX_QUOTES,
        rights=age >= PARTY_RIGHTS_AGE,
        meeting=age >= MEETING_AGE,
    )


def _child_quotes(conversation: Conversation) -> list[str]:
    """The child's words from the conversation, with the child's own corrections applied."""
    corrected: dict[Any, ChildWords] = {}
    for correction in conversation.read_back.corrections:
        if correction.entry_id is not None:
            corrected[correction.entry_id] = correction.child_words
    quotes = []
    for entry in conversation.child_voice():
        words = corrected.get(entry.id)
        quotes.append(words.text if words is not None else entry.text)
    return [q for q in quotes if _fits(q)]


def _fits(words: str) -> bool:
    return bool(words.strip()) and len(words.split()) <= MAX_QUOTE_WORDS


def _groups(data: DocumentInput) -> list[_Group]:
    # Only the child's words the child chose for the letter: nothing by default. The letter
    # may land where the people the child talked about live.
    c = consent.for_letter(data.conversation)
    closing = c.closing
    band = band_for(data.child_age)
    held = c.held is HeldStatus.HELD
    first = _first_name(data.child.name)
    groups: list[_Group] = []

    def add(priority: int, *blocks: Block) -> None:
        if blocks:
            groups.append(_Group(priority, blocks))

    if band.read_aloud:
        add(0, Block(Kind.NOTE, f"Til den voksne: Læs brevet højt for {first}."))
    add(0, Block(Kind.GREETING, f"Kære {first}"))
    if c.held is HeldStatus.CHILD_DECLINED:
        add(
            0,
            Block(Kind.TEXT, "Jeg kom for at tale med dig. Du ville ikke tale med mig lige nu."),
            Block(Kind.TEXT, "Det er helt i orden. Jeg vil stadig gerne høre, hvad du tænker."),
        )
    elif c.held is HeldStatus.NOT_HELD:
        add(
            0,
            Block(
                Kind.TEXT,
                "Vi har ikke talt sammen denne gang. "
                "Jeg vil gerne høre, hvad du tænker, når det passer.",
            ),
        )
    else:
        add(
            0,
            Block(Kind.TEXT, "Tak, fordi du talte med mig. Det var godt at høre, hvad du tænker."),
        )
        interpreter = c.presence.interpreter
        if interpreter is not None and interpreter.language.strip():
            day = danish_date(local(c.starts_at).date())
            add(
                0,
                Block(
                    Kind.TEXT,
                    f"Vi talte sammen den {day} med en tolk på {interpreter.language.strip()}. "
                    f"Du kan få brevet læst op på {interpreter.language.strip()}.",
                ),
            )
        topics: list[str] = []
        for entry in c.entries:
            for dimension in entry.ics:
                topic = labels.ICS_FOR_CHILD[dimension]
                if dimension is IcsDimension.SCHOOL_AND_LEARNING and data.child_age < DAYCARE_AGE:
                    topic = "børnehaven"
                if topic not in topics:
                    topics.append(topic)
        if not band.read_aloud:  # the youngest get the drawings and few words instead
            if topics:
                add(3, Block(Kind.TEXT, f"Vi talte om {_join(topics[:4])}."))
            add(4, *(Block(Kind.TEXT, line) for line in _what_we_did(c)))

    quotes = _child_quotes(c)
    if quotes:
        add(0, Block(Kind.LEAD, "Det sagde du til mig:"), *(_quote(q) for q in quotes[:2]))
        more: list[str] = []
        for quote in quotes[2 : band.max_quotes]:
            if sum(len(q.split()) for q in [*more, quote]) > MORE_QUOTES_WORDS:
                break
            more.append(quote)
        add(2, *(_quote(q) for q in more))

    view = closing.child_view_of_measure
    if view is not None and _fits(view.text) and view.text not in quotes:
        lead = (
            "Vi talte også om, hvordan vi kan hjælpe dig." if held and not band.read_aloud else ""
        )
        add(
            1,
            *((Block(Kind.TEXT, lead),) if lead else ()),
            Block(Kind.LEAD, "Det sagde du om hjælpen:"),
            _quote(view.text),
        )

    houses = c.three_houses
    if held and houses is not None and houses.consent_to_share is True:
        filled = []
        for index, (house_name, words) in enumerate(
            (
                (houses.good_things_name, houses.good_things),
                (houses.worries_name, houses.worries),
                (houses.dreams_name, houses.dreams),
            )
        ):
            most = 1 if band.read_aloud else 3
            quoted = tuple(f"»{w.text.strip()}«" for w in words if _fits(w.text))[:most]
            if quoted:
                name = house_name.strip()
                filled.append(
                    Block(
                        Kind.HOUSE,
                        f"{name}: {' '.join(quoted)}",
                        house=index,
                        name=name,
                        words=quoted,
                    )
                )
        if filled:
            # The words were written; what the child drew follows as the drawings themselves.
            lead = "Det skrev vi i de tre huse:"
            # The youngest get the drawn houses above all: they can point at them.
            add(0 if band.read_aloud else 2, Block(Kind.LEAD, lead), *filled)

    # What the child drew, only when chosen for the letter (``for_letter`` empties the rest).
    drawn: list[Block] = []
    if held and houses is not None:
        for index, (_part, name, drawing) in enumerate(houses.drawings()):
            if drawing.drawn:
                drawn.append(
                    Block(Kind.DRAWING, "", house=index, name=name.strip(), drawing=drawing)
                )
    if held and c.free_drawing.drawn:
        drawn.append(Block(Kind.DRAWING, "", house=-1, drawing=c.free_drawing))
    if drawn:
        lead = "Det tegnede du:" if len(drawn) > 1 else "Det tegnede du til mig:"
        add(0 if band.read_aloud else 1, Block(Kind.LEAD, lead), *drawn)

    said = {*quotes, view.text if view is not None else ""}  # no words of the child twice
    wishes = [w.text for w in closing.child_wishes if _fits(w.text) and w.text not in said][:3]
    if wishes:
        add(1, Block(Kind.LEAD, "Det ønsker du dig:"), *(_quote(w) for w in wishes))

    steps = [s.strip() for s in closing.next_steps_told if s.strip()]
    if steps:
        add(0, Block(Kind.LEAD, "Det sker nu:"), *(Block(Kind.STEP, s) for s in steps[:MAX_STEPS]))
    else:
        add(0, Block(Kind.TEXT, "Spørg mig, hvis du vil vide, hvad der skal ske nu."))

    if band.rights:
        rights = [
            "Du må sige din mening. Det er ikke dig, der skal bestemme.",
            "Du må se, hvad der står om dig i din sag.",
            "Du må klage, hvis du er uenig i det, vi beslutter.",
            "Du må have en voksen med, som du er tryg ved. Det hedder en bisidder.",
        ]
        if band.meeting:
            rights.append("Du må komme til mødet, hvor din sag skal afgøres, og sige din mening.")
        add(0, Block(Kind.LEAD, "Det har du ret til:"), *(Block(Kind.STEP, r) for r in rights))

    add(0, *_contact(data, band))
    worker = data.caseworker.name.strip()
    add(0, Block(Kind.TEXT, "Mange hilsner"), Block(Kind.SIGN, worker or "Din rådgiver"))
    role = " i ".join(
        p for p in (data.caseworker.title.strip(), data.caseworker.municipality.strip()) if p
    )
    if role:
        add(5, Block(Kind.SIGN, role))
    phone = data.contact_phone.strip()
    if phone:
        add(0, Block(Kind.SIGN, f"Tlf. {phone}"))
    return groups


def _what_we_did(c: Conversation) -> list[str]:
    """Only what is true of this conversation: the drawing line only when the child drew."""
    did = []
    houses = c.three_houses
    if houses is not None:
        did.append("Du tegnede tre huse." if houses.child_drew else "Vi talte om tre huse.")
    if any(s.value is not None for s in c.scales):
        did.append("Du gav et tal fra 0 til 10.")
    if c.network_map is not None and c.network_map.people:
        did.append("Vi lavede et kort over de folk, du kender.")
    return did


def _contact(data: DocumentInput, band: Band) -> tuple[Block, ...]:
    """Whom the child can call: exactly what the caseworker told the child, else the
    caseworker's own number. Never "altid": nobody answers always."""
    told = data.conversation.closing.contact_person_told.strip()
    worker = data.caseworker.name.strip()
    phone = data.contact_phone.strip()
    me = f"Jeg hedder {_first_name(worker)}. " if worker else ""
    if told:
        return (Block(Kind.LEAD, "Hvis du vil tale med nogen:"), Block(Kind.STEP, told))
    if phone and band.read_aloud:
        return (Block(Kind.TEXT, f"{me}En voksen kan ringe til mig på {phone}."),)
    if phone:
        return (Block(Kind.TEXT, f"{me}Du kan ringe til mig på {phone}."),)
    return (Block(Kind.TEXT, f"{me}Bed en voksen om hjælp, hvis du vil tale med mig."),)


# Not read as running text: the note to the adult, and a drawing (a picture, no words).
_NOT_READ = (Kind.NOTE, Kind.DRAWING)


def letter_blocks(data: DocumentInput) -> list[Block]:
    """The letter's blocks in order, optional parts left out until the LIX is low enough
    for the child's age (25, and 15 for the youngest)."""
    groups = _groups(data)
    limit = band_for(data.child_age).max_lix

    def texts(kept: list[_Group]) -> list[str]:
        return [b.text for g in kept for b in g.blocks if b.kind not in _NOT_READ]

    kept = groups
    for priority in sorted({g.priority for g in groups if g.priority > 0}, reverse=True):
        if lix(texts(kept)) <= limit:
            break
        kept = [g for g in kept if g.priority != priority]
    blocks = [b for g in kept for b in g.blocks]
    # Last resort: the hardest of the child's remaining quotes go (they stay in the referat).
    while lix([b.text for b in blocks if b.kind not in _NOT_READ]) > limit:
        quotes = [b for b in blocks if b.kind is Kind.QUOTE]
        if not quotes:
            break
        blocks.remove(max(quotes, key=lambda b: lix(b.text)))
        blocks = _without_empty_leads(blocks)
    return blocks


def _without_empty_leads(blocks: list[Block]) -> list[Block]:
    """Drop a lead line ("Det sagde du til mig:") that no longer introduces anything."""
    kept = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.kind is Kind.LEAD and (
            following is None
            or following.kind not in (Kind.QUOTE, Kind.STEP, Kind.HOUSE, Kind.DRAWING)
        ):
            continue
        kept.append(block)
    return kept


def letter_paragraphs(data: DocumentInput) -> list[str]:
    """The letter's text, paragraph by paragraph (quotes and steps are paragraphs too)."""
    return [b.text for b in letter_blocks(data) if b.text]


def letter_title(data: DocumentInput) -> str:
    """The PDF's metadata title: the case number (or document ID), never the child's name."""
    case = data.child.case_number.strip()
    return f"Brev til barnet {case or data.document_id}"


def render_letter(data: DocumentInput, *, draft: bool = False) -> bytes:
    """The letter as PDF bytes (not yet PDF/A: run ``pdfa.to_pdfa`` on it). ``draft``: a
    preview, marked "UDKAST – ikke underskrevet" on every page."""
    register_fonts()
    body = ParagraphStyle(
        "letter-body",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        textColor=INK,
        spaceAfter=9,
    )
    styles = {
        Kind.NOTE: ParagraphStyle(
            "note", body, fontSize=11, leading=15, textColor=MUTED, spaceAfter=10
        ),
        Kind.GREETING: ParagraphStyle("greeting", body, fontName=BOLD, spaceAfter=14),
        Kind.TEXT: body,
        Kind.LEAD: ParagraphStyle("lead", body, fontName=BOLD, spaceBefore=8, spaceAfter=6),
        Kind.QUOTE: ParagraphStyle("quote", body, spaceAfter=0),
        Kind.STEP: ParagraphStyle(
            "step",
            body,
            leftIndent=24,
            bulletIndent=6,
            bulletFontName=REGULAR,
            bulletFontSize=BODY_SIZE,
            spaceAfter=4,
        ),
        Kind.SIGN: ParagraphStyle("sign", body, spaceAfter=0),
        Kind.HOUSE: body,
    }
    heading = ParagraphStyle(
        "heading", body, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=4
    )
    date_style = ParagraphStyle("date", body, fontSize=12, leading=16, textColor=MUTED)
    place = data.caseworker.municipality.strip()
    day = danish_date(local(data.written_at).date())
    story: list[Any] = [
        Paragraph(esc(f"{place}, {day}" if place else day), date_style),
        Spacer(1, 6),
        Paragraph(
            esc(HEADING if data.conversation.held is HeldStatus.HELD else HEADING_NOT_HELD),
            heading,
        ),
        Spacer(1, 12),
    ]
    blocks = letter_blocks(data)
    phone = data.contact_phone.strip()
    if phone:  # the number is never broken over two lines
        unbroken = phone.replace(" ", "\u00a0")
        blocks = [dataclasses.replace(b, text=b.text.replace(phone, unbroken)) for b in blocks]
    story.extend(flowables(blocks, styles))

    case = data.child.case_number.strip()
    footer = " · ".join(
        p for p in (f"Sagsnr. {case}" if case else "", f"Dokument-ID {data.document_id}") if p
    )

    def decorate(canvas: Any, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 12 * mm, footer)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 12 * mm, f"side {number} af {total}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=22 * mm,
        initialFontSize=BODY_SIZE,
        **document_info(data, letter_title(data), TITLE),
    )
    marked = with_draft_mark(decorate) if draft else decorate
    doc.build(story, canvasmaker=page_canvas(marked, data.written_at))
    return out.getvalue()
