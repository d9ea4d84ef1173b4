"""The referat of a child conversation: a Danish A4 PDF with every field the note must hold.

The child's own words stand in their own section, each quoted and set in their own style;
the caseworker's paraphrase, observations and assessments and information from others
follow in a separate section, each with its source. The PDF embeds DejaVu Sans only.
"""

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from borne_samtale.domain import consent, labels
from borne_samtale.domain.age import AgeRights
from borne_samtale.domain.conversation import Conversation
from borne_samtale.domain.entries import ChildWords, Entry, QuoteConsent
from borne_samtale.domain.enums import (
    CaseConsent,
    Consulted,
    Exclusion,
    HeldStatus,
    IcsDimension,
    InterpreterMode,
    LetterDelivery,
    NamedFirst,
    ParentRole,
    Perspective,
    PlacementConsent,
    Purpose,
    SuspectAnswer,
    Theme,
    ToldItem,
    WeighsAgainst,
)
from borne_samtale.domain.history import ScalePoint
from borne_samtale.domain.people import Interpreter
from borne_samtale.domain.signoff import phone_minutes
from borne_samtale.domain.tools import ChildDrawing, Correction, Face, ThreeHouses
from borne_samtale.summary import drawings
from borne_samtale.summary.draft import with_draft_mark
from borne_samtale.summary.fonts import BOLD, ITALIC, REGULAR, register_fonts
from borne_samtale.summary.model import (
    DocumentInput,
    danish_date,
    danish_datetime,
    danish_duration,
    danish_time,
    danish_weekday_date,
    local,
)
from borne_samtale.summary.palette import ACCENT, CHILD_BACK, CHILD_BAR, INK, MUTED

Flowable = Any  # reportlab ships no type hints

FACE_WORDS = {
    Face.GOOD: "Godt (glad ansigt)",
    Face.IN_BETWEEN: "Midt imellem",
    Face.NOT_GOOD: "Ikke godt (trist ansigt)",
    None: "Ville ikke svare",
}

TITLE = "Referat af børnesamtale"

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = RIGHT_MARGIN = 20 * mm
HEADING_ROOM = 32 * mm  # a heading starts a new page unless this much room is left
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN

HAIRLINE = colors.HexColor("#D5DCE2")
ADULT_BAR = colors.HexColor("#9AA8B4")

# --- Danish wording for vocabularies that domain.labels does not (yet) hold -----------------

TOLD = {
    ToldItem.PURPOSE: "Hvorfor vi talte sammen (formålet med samtalen)",
    ToldItem.MANDATE: "Hvem rådgiveren er, og hvad rådgiveren må og skal",
    ToldItem.WHAT_IS_WRITTEN: "Hvad rådgiveren skriver ned, og hvem der kan læse det",
    ToldItem.CONFIDENTIALITY_LIMITS: "Hvad rådgiveren ikke kan holde hemmeligt",
    ToldItem.RIGHT_NOT_TO_ANSWER: "At barnet ikke behøver at svare på alt",
    ToldItem.RIGHT_TO_BISIDDER: "At barnet har ret til en bisidder",
    ToldItem.RIGHTS_BY_AGE: (
        "Barnets rettigheder efter alder (part i sagen fra 10 år, deltage i møder fra 12 år, "
        "samtykke fra 15 år)"
    ),
    ToldItem.CHILD_DOES_NOT_DECIDE: "At barnets mening tæller, men at barnet ikke skal bestemme",
    ToldItem.INTERPRETER_ROLE: "Hvad tolken gør, og at tolken har tavshedspligt",
}

PARENT_ROLE = {
    ParentRole.MOTHER: "Mor",
    ParentRole.FATHER: "Far",
    ParentRole.CO_PARENT: "Medforælder",
    ParentRole.FOSTER_PARENT: "Plejeforælder",
    ParentRole.OTHER_CARER: "Anden omsorgsperson",
}

EXCLUSION = {
    Exclusion.NOT_EXCLUDED: "Ikke udelukket",
    Exclusion.PARTLY: "Delvist udelukket",
    Exclusion.FULLY: "Helt udelukket",
}

INTERPRETER_MODE = {
    InterpreterMode.IN_PERSON: "Til stede i rummet",
    InterpreterMode.PHONE: "Over telefon",
    InterpreterMode.VIDEO: "Over video",
}

HELD = {
    HeldStatus.HELD: "Samtalen blev holdt",
    HeldStatus.NOT_HELD: "Samtalen blev ikke holdt",
    HeldStatus.CHILD_DECLINED: "Barnet sagde nej til samtalen",
}

ADULT_GROUPS = (
    (Perspective.CASEWORKER_PARAPHRASE, "Rådgiverens gengivelse af samtalen"),
    (Perspective.CASEWORKER_OBSERVATION, "Rådgiverens observationer"),
    (Perspective.CASEWORKER_ASSESSMENT, "Rådgiverens vurderinger"),
    (Perspective.INFORMATION_FROM_OTHERS, "Oplysninger fra andre"),
)

ICS_SIDES = (
    (
        "Barnets udvikling",
        (
            IcsDimension.HEALTH,
            IcsDimension.DEVELOPMENT_AND_BEHAVIOUR,
            IcsDimension.SCHOOL_AND_LEARNING,
            IcsDimension.LEISURE_AND_FRIENDSHIPS,
        ),
    ),
    (
        "Forældrekompetencer",
        (
            IcsDimension.SAFE_CARE,
            IcsDimension.STIMULATION_AND_GUIDANCE,
            IcsDimension.SUPPORTING_RELATIONSHIPS,
        ),
    ),
    (
        "Familie og netværk",
        (
            IcsDimension.FAMILY_AND_BACKGROUND,
            IcsDimension.HOUSING_WORK_FINANCES,
            IcsDimension.SOCIAL_NETWORK,
        ),
    ),
)


# --- styles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: Any
    subtitle: Any
    h1: Any
    h2: Any
    body: Any
    small: Any
    small_lead: Any
    label: Any
    value: Any
    quote: Any
    quote_note: Any
    adult: Any
    bullet: Any
    intro: Any
    notice: Any


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "base", fontName=REGULAR, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT
    )
    return Styles(
        title=ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=25, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", base, fontSize=10.5, leading=14, textColor=MUTED),
        h1=ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
        ),
        h2=ParagraphStyle(
            "h2",
            base,
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        ),
        body=ParagraphStyle("body", base, spaceAfter=4),
        small=ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=MUTED),
        small_lead=ParagraphStyle(
            "small_lead", base, fontSize=8.5, leading=11, textColor=MUTED, keepWithNext=1
        ),
        label=ParagraphStyle("label", base, fontName=BOLD, fontSize=9, leading=13, textColor=MUTED),
        value=ParagraphStyle("value", base, fontSize=10, leading=13.5),
        quote=ParagraphStyle("quote", base, fontSize=10.5, leading=14.5),
        quote_note=ParagraphStyle("quote_note", base, fontSize=8.5, leading=11, textColor=MUTED),
        adult=ParagraphStyle("adult", base, leftIndent=10, spaceAfter=5),
        bullet=ParagraphStyle("bullet", base, spaceAfter=2),
        intro=ParagraphStyle("intro", base, fontName=ITALIC, textColor=MUTED, spaceAfter=4),
        notice=ParagraphStyle(
            "notice",
            base,
            fontName=ITALIC,
            textColor=MUTED,
            spaceAfter=4,
        ),
    )


# --- small builders -----------------------------------------------------------------------


def esc(text: str) -> str:
    """Text made safe for reportlab's paragraph markup; line breaks kept."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines()) or ""


def quoted(words: str) -> str:
    return f"»{esc(words)}«"


def para(text: str, style: Any) -> Flowable:
    return Paragraph(esc(text), style)


def markup(text: str, style: Any) -> Flowable:
    return Paragraph(text, style)


def bullets(items: Iterable[str], style: Any, escaped: bool = False) -> Flowable:
    return ListFlowable(
        [ListItem(Paragraph(i if escaped else esc(i), style), leftIndent=14) for i in items],
        bulletType="bullet",
        start="•",
        bulletFontName=REGULAR,
        bulletFontSize=9,
        leftIndent=14,
    )


TALL_ROW = 220.0  # points; a row this tall may be split across pages, shorter rows move whole


def split_in_row(cells: Iterable[Any], width: float) -> int:
    """1 when one of the paragraphs is too tall to move whole to the next page, else 0.

    Splitting inside a row leaves a line or two on the next page, so it is only allowed
    where it is needed to fit the text at all.
    """
    return int(any(cell.wrap(width, PAGE_HEIGHT)[1] > TALL_ROW for cell in cells))


def fields(rows: Sequence[tuple[str, str]], styles: Styles, escaped: bool = False) -> Flowable:
    """A two-column table of label and value; long values may split across pages."""
    data = [
        [
            Paragraph(esc(label), styles.label),
            Paragraph(value if escaped else esc(value), styles.value),
        ]
        for label, value in rows
    ]
    value_width = FRAME_WIDTH - 46 * mm
    table = Table(
        data,
        colWidths=[46 * mm, value_width],
        hAlign="LEFT",
        splitInRow=split_in_row((row[1] for row in data), value_width - 8),
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, HAIRLINE),
            ]
        )
    )
    return table


def child_quotes(rows: Sequence[str], styles: Styles) -> Flowable:
    """The child's words: a warm band with a bar on the left, one row per quote.

    ``rows`` are paragraph markup (already escaped).
    """
    data = [["", Paragraph(row, styles.quote)] for row in rows]
    table = Table(
        data,
        colWidths=[4, FRAME_WIDTH - 4],
        hAlign="LEFT",
        splitInRow=split_in_row((row[1] for row in data), FRAME_WIDTH - 22),
    )
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (0, -1), CHILD_BAR),
        ("BACKGROUND", (1, 0), (1, -1), CHILD_BACK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (1, 0), (1, -1), 9),
        ("RIGHTPADDING", (1, 0), (1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    if len(rows) > 1:
        commands.append(("LINEBELOW", (0, 0), (-1, -2), 2.5, colors.white))
    table.setStyle(TableStyle(commands))
    return table


def child_words_markup(words: ChildWords, styles: Styles, lead: str = "") -> str:
    text = quoted(words.text)
    if lead:
        text = f"<font name='{BOLD}' size='9' color='#7A5A14'>{esc(lead)}</font> {text}"
    if words.via_interpreter:
        text += " <font size='8.5' color='#5B6770'>(via tolk)</font>"
    return text + kept_marker(words.consent)


def kept_marker(quote_consent: QuoteConsent) -> str:
    """After words the child wanted out of the case but that stay: why, as told to the child."""
    if quote_consent.case is not CaseConsent.NO_KEPT:
        return ""
    return (
        f"<br/><font name='{BOLD}' size='8.5' color='#7A5A14'>Barnet ønskede ikke dette med. "
        f"Det er med, fordi:</font> <font size='8.5'>{esc(quote_consent.kept_reason)} "
        "(barnet har fået det at vide)</font>"
    )


def adult_note(text: str, styles: Styles, lead: str = "Rådgiverens note:") -> Flowable:
    """An adult's words (the caseworker's or others'): a thin grey bar, never the warm band."""
    return adult_block(f"<font name='{BOLD}'>{esc(lead)}</font> {esc(text)}", styles)


def adult_block(text: str, styles: Styles) -> Flowable:
    """``text`` is paragraph markup (already escaped)."""
    table = Table(
        [["", Paragraph(text, styles.value)]],
        colWidths=[2, FRAME_WIDTH - 2],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), ADULT_BAR),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LEFTPADDING", (1, 0), (1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether([table, Spacer(1, 4)])


def glue(story: list[Flowable]) -> list[Flowable]:
    """Headings stay with a KeepTogether that follows them.

    reportlab's keepWithNext does not join a KeepTogether (a container), so a heading could
    be left alone at the foot of a page above a picture that moved on.
    """
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            leads: list[Flowable] = []
            while out and isinstance(out[-1], Paragraph) and _leads(out[-1]):
                leads.insert(0, out.pop())
            # flattened: a KeepTogether inside another measures as endless and forces a page
            out.append(KeepTogether([*leads, *flowable._content]) if leads else flowable)
        else:
            out.append(flowable)
    return out


def _leads(paragraph: Paragraph) -> bool:
    """A heading or an introduction that belongs to what follows it."""
    return bool(paragraph.getKeepWithNext()) or paragraph.style.name in ("h1", "h2", "intro")


def yes_no(value: bool) -> str:
    return "Ja" if value else "Nej – ikke bekræftet"


def or_missing(text: str, missing: str = "Ikke angivet") -> str:
    return text.strip() or missing


# --- page decoration ----------------------------------------------------------------------


def pdf_date(moment: datetime) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+HH'mm') for the moment in Danish time."""
    at = local(moment)
    offset = at.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{at:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def document_info(data: DocumentInput, title: str, subject: str) -> dict[str, Any]:
    """The document template's information for both documents: what PDF/A's XMP repeats,
    the same bytes for the same input, and DejaVu from the first glyph (no Helvetica)."""
    return {
        "title": title,
        "author": data.caseworker.name.strip() or "Børnesamtale",
        "subject": subject,
        "creator": "Børnesamtale",
        "keywords": "",
        "lang": "da-DK",
        "invariant": 1,
        "initialFontName": REGULAR,
    }


def page_canvas(decorate: Callable[[Any, int, int], None], created: datetime) -> type:
    """A canvas class that draws header and footer once the page count is known.

    ``decorate(canvas, page_number, page_count)`` draws on each page. The document's
    creation date is ``created`` (so the same input gives the same bytes).
    """
    created_text = pdf_date(created)

    class PageCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: created_text)

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PageCanvas


def _decorate_referat(data: DocumentInput) -> Callable[[Any, int, int], None]:
    case = data.child.case_number.strip()
    right = f"Sagsnr. {case}" if case else "Sagsnr. ikke angivet"
    footer_left = f"Dokument-ID {data.document_id} · version {data.version}"

    def decorate(canvas: Any, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(HAIRLINE)
        canvas.setLineWidth(0.5)
        top = PAGE_HEIGHT - 14 * mm
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(LEFT_MARGIN, top, TITLE)
        canvas.setFont(BOLD, 8.5)
        canvas.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, top, right)
        canvas.line(LEFT_MARGIN, top - 4, PAGE_WIDTH - RIGHT_MARGIN, top - 4)
        bottom = 12 * mm
        canvas.line(LEFT_MARGIN, bottom + 10, PAGE_WIDTH - RIGHT_MARGIN, bottom + 10)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(LEFT_MARGIN, bottom, footer_left)
        canvas.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, bottom, f"side {number} af {total}")
        canvas.restoreState()

    return decorate


def _ruled_table_style(
    left: float, right: float, extra: list[tuple[Any, ...]] | None = None
) -> Any:
    """A table with a ruled header row and hairlines between rows, in the embedded font."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, HAIRLINE),
            ("LEFTPADDING", (0, 0), (-1, -1), left),
            ("RIGHTPADDING", (0, 0), (-1, -1), right),
            *(extra or []),
        ]
    )


def _table_with_child_column(
    rows: list[list[Flowable]], widths: list[float], child_rows: Iterable[int]
) -> Flowable:
    """A ruled table whose last column holds the child's words, on the warm background in
    ``child_rows``; the last column takes the rest of the frame."""
    widths = [*widths, FRAME_WIDTH - sum(widths)]
    last = len(widths) - 1
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1, splitInRow=1)
    table.setStyle(
        _ruled_table_style(
            left=3,
            right=3,
            extra=[("BACKGROUND", (last, n), (last, n), CHILD_BACK) for n in child_rows],
        )
    )
    return table


def metadata_title(data: DocumentInput) -> str:
    """The PDF's metadata title: the case number (or document ID), never the child's name."""
    case = data.child.case_number.strip()
    return f"{TITLE} {case}" if case else f"{TITLE} {data.document_id}"


# --- the sections -------------------------------------------------------------------------


class _Builder:
    def __init__(self, data: DocumentInput) -> None:
        self.data = data
        # Everything printed comes from the copy without what the child kept out of the case.
        self.original = data.conversation
        self.c = consent.for_case(data.conversation)
        self.s = make_styles()
        self.story: list[Flowable] = []
        self.section_number = 0

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def heading(self, text: str) -> None:
        self.section_number += 1
        # Room for the heading and its first lines, or a new page: a heading never ends a
        # page, and a long table after it still starts on this page (no half-empty pages).
        self.add(CondPageBreak(HEADING_ROOM), para(f"{self.section_number}. {text}", self.s.h1))

    def sub(self, text: str) -> None:
        self.add(CondPageBreak(HEADING_ROOM), para(text, self.s.h2))

    def intro(self, text: str) -> None:
        """An explanation under a heading, kept on the page of what it explains."""
        self.add(para(text, self.s.intro))

    def notice(self, text: str) -> None:
        self.add(para(text, self.s.notice))

    # 0. title
    def title(self) -> None:
        s = self.s
        self.add(para(TITLE, s.title))
        held = self.c.held
        line = f"{labels.PURPOSE[self.c.legal_basis.purpose]} · {HELD[held]}"
        self.add(para(line, s.subtitle))
        if self.c.legal_basis.young_person_consent is PlacementConsent.DOES_NOT_CONSENT:
            self.add(Spacer(1, 4))
            self.notice(
                f"Den unge ({self.data.child_age} år) giver ikke samtykke til frivillig "
                "anbringelse efter Barnets Lov § 46. Se afsnittet om lovgrundlaget."
            )
        if self.data.version > 1 and self.c.sign_off.supersedes is not None:
            self.add(Spacer(1, 4))
            self.add(
                para(
                    f"Tillæg: Dette er version {self.data.version} af referatet. Det er et tillæg "
                    f"til den tidligere version (reference {self.c.sign_off.supersedes}), som "
                    "stadig gælder.",
                    s.notice,
                )
            )
        self.add(Spacer(1, 6))

    # 0. in short: what a reader of the case needs first
    def in_short(self) -> None:
        """ "Kort fortalt" on page 1: the child's view of the measure, wishes, worries and the
        next steps, in a few lines; each says plainly when nothing was recorded."""
        s, c = self.s, self.c
        rows: list[tuple[str, str]] = []
        if c.held is not HeldStatus.HELD:
            reason = c.not_held.reason if c.not_held else ""
            rows.append((HELD[c.held], esc(or_missing(reason))))
        view = c.closing.child_view_of_measure
        if c.legal_basis.purpose is Purpose.BEFORE_DECISION or view is not None:
            if view is not None:
                text = child_words_markup(view, s)
            elif self.original.closing.child_view_of_measure is not None:
                text = esc("Barnet bad om, at det ikke kom med i sagen.")
            elif c.closing.view_not_given_reason.strip():
                text = esc(f"Ikke givet: {c.closing.view_not_given_reason}")
            else:
                text = esc("Ikke noteret.")
            rows.append(("Barnets syn på foranstaltningen", text))
        for label, theme in (("Barnets ønsker", Theme.WISH), ("Barnets bekymringer", Theme.WORRY)):
            words = [w for _, group in self._gathered(theme) for w in group]
            if words:
                rows.append((label, "<br/>".join(words[:3]) + (" …" if len(words) > 3 else "")))
        steps = c.closing.next_steps_told
        rows.append(
            (
                "Næste skridt",
                "<br/>".join(f"• {esc(step)}" for step in steps) if steps else "Ikke noteret.",
            )
        )
        if self.data.checklist.waived():
            rows.append(("Fravigelser", esc(f"{len(self.data.checklist.waived())}, se sidst")))
        box = fields(rows, s, escaped=True)
        self.add(KeepTogether([para("Kort fortalt", s.h2), box]))

    # 1. case and child
    def case_and_child(self) -> None:
        d, c = self.data, self.c
        self.heading("Sag og barn")
        start = local(c.starts_at)
        when = danish_time(c.starts_at)
        if c.ends_at is not None:
            when = f"{when}–{danish_time(c.ends_at)}"
        age = d.child_age
        rights = AgeRights.for_age(age)
        right_text = []
        if rights.is_party:
            right_text.append("part i sagen (fra 10 år)")
        if rights.may_attend_meetings:
            right_text.append("kan deltage i møder om afgørelsen (fra 12 år)")
        if rights.consent_required_for_placement:
            right_text.append("skal give samtykke til frivillig anbringelse (fra 15 år)")
        rights_line = (
            "Barnet er " + ", ".join(right_text) + "."
            if right_text
            else "Barnet er under 10 år og er ikke part i sagen."
        )
        rows = [
            ("Sagsnummer", or_missing(d.child.case_number)),
            ("Barn", d.child.name),
            ("Alder på samtaledagen", f"{age} år"),
            ("Rettigheder efter alder", rights_line),
        ]
        languages = d.child.preferred_language.strip()
        if d.child.home_languages:
            languages += f" (sprog i hjemmet: {', '.join(d.child.home_languages)})"
        if languages and languages != "dansk":
            rows.append(("Barnets sprog", languages))
        caseworker = ", ".join(
            part for part in (d.caseworker.name.strip(), d.caseworker.title.strip()) if part
        )
        unit = ", ".join(
            part for part in (d.caseworker.unit.strip(), d.caseworker.municipality.strip()) if part
        )
        rows += [
            ("Dato", danish_weekday_date(start.date())),
            ("Tidspunkt", f"kl. {when}"),
            *([("Varighed", danish_duration(c))] if c.elapsed_seconds else []),
            ("Sted", or_missing(c.place)),
            ("Rådgiver", or_missing(caseworker)),
            ("Enhed og kommune", or_missing(unit)),
        ]
        self.add(fields(rows, self.s))

    # 2. legal basis and purpose
    def legal_basis(self) -> None:
        basis = self.c.legal_basis
        self.heading("Lovgrundlag og formål")
        rows = [("Formål", labels.PURPOSE[basis.purpose])]
        if basis.purpose_note.strip():
            rows.append(("Formålet beskrevet", basis.purpose_note))
        if basis.decision_section.strip() or basis.purpose is Purpose.BEFORE_DECISION:
            rows.append(("Afgørelse efter", or_missing(basis.decision_section)))
        if basis.concrete_measure.strip() or basis.purpose is Purpose.BEFORE_DECISION:
            rows.append(("Den konkrete foranstaltning", or_missing(basis.concrete_measure)))
        if basis.young_person_consent is not PlacementConsent.NOT_ASKED:
            rows.append(
                ("Den unges samtykke (§ 46)", labels.PLACEMENT_CONSENT[basis.young_person_consent])
            )
        if basis.consent_follow_up.strip():
            rows.append(("Det følger af den unges nej", basis.consent_follow_up))
        rows += self._safeguarding_rows()
        self.add(fields(rows, self.s))
        if self.c.goals:
            self.sub("Mål i handleplanen")
            self.add(bullets([g.text for g in self.c.goals], self.s.bullet))

    def _safeguarding_rows(self) -> list[tuple[str, str]]:
        guard = self.c.safeguarding
        abuse = self.c.legal_basis.purpose is Purpose.ABUSE_REPORT
        if not abuse and guard.suspect_answer is SuspectAnswer.NOT_ANSWERED:
            return []
        label = "Mistænkt" if abuse else "Bekymring om en person"
        rows = [(label, labels.SUSPECT_ANSWER[guard.suspect_answer])]
        if guard.suspect_answer is SuspectAnswer.NAMED:
            for person in guard.persons:
                home = "bor med barnet" if person.lives_with_child else "bor ikke med barnet"
                rows.append((label, f"{labels.PERSON_RELATION[person.relation]} ({home})"))
        if abuse:
            for what, answer, on in (
                ("Politiet spurgt til råds", guard.police, guard.police_on),
                ("Børnehuset spurgt til råds", guard.bornehus, guard.bornehus_on),
            ):
                text = labels.CONSULTED[answer]
                if answer is Consulted.YES and on is not None:
                    text += f", {danish_date(on)}"
                rows.append((what, text))
        return rows

    # 3. presence
    def presence(self) -> None:
        p = self.c.presence
        self.heading("Til stede")
        rows: list[tuple[str, str]] = []
        if self.c.held is HeldStatus.HELD:
            rows.append(("Barnet og rådgiveren", "Til stede"))
        elif self.c.held is HeldStatus.CHILD_DECLINED:
            rows.append(("Barnet", "Sagde nej til samtalen"))
        if not p.parents:
            rows.append(("Forældre", "Ikke angivet"))
        for parent in p.parents:
            state = (
                "Til stede"
                if parent.present
                else f"Ikke til stede. Grund: {or_missing(parent.absent_reason)}"
            )
            rows.append((PARENT_ROLE[parent.role], state))
        bisidder = p.bisidder
        if bisidder is None:
            rows.append(
                (
                    "Bisidder",
                    "Barnet fik tilbudt en bisidder, men havde ingen med."
                    if p.bisidder_offered
                    else "Der er ikke noteret, at barnet fik tilbudt en bisidder.",
                )
            )
        else:
            who = bisidder.relation.strip() or "Relation ikke angivet"
            age = f"{bisidder.age} år" if bisidder.age is not None else "alder ikke angivet"
            text = f"{who}, {age}. {EXCLUSION[bisidder.excluded]}"
            if bisidder.excluded is not Exclusion.NOT_EXCLUDED:
                text += f". Grund: {or_missing(bisidder.exclusion_reason)}"
            rows.append(("Bisidder", text + "."))
        if p.others:
            rows.append(("Andre til stede", ", ".join(p.others)))
        rows = [(label, esc(value)) for label, value in rows]
        if p.interpreter is None:
            rows.append(("Tolk", "Ingen tolk"))
        else:
            rows += self.interpreter(p.interpreter)
        self.add(fields(rows, self.s, escaped=True))

    def interpreter(self, i: Interpreter) -> list[tuple[str, str]]:
        """Rows about the interpreter (values as escaped markup)."""
        language = i.language.strip() or "Ikke angivet"
        if i.dialect.strip():
            language += f", dialekt: {i.dialect.strip()}"
        checks = "<br/>".join(
            f"{esc(label)}: {yes_no(done)}"
            for label, done in (
                ("Ikke i familie med barnet", i.confirmed_not_relative),
                ("Mindst 18 år", i.confirmed_adult),
                ("Kender sin tavshedspligt", i.confidentiality_confirmed),
                ("Instrueret før samtalen", i.briefing_done),
                ("Opfølgning efter samtalen", i.debriefing_done),
            )
        )
        rows = [
            ("Tolk (navn eller ID)", esc(or_missing(i.name_or_id))),
            ("Tolkebureau", esc(or_missing(i.agency))),
            ("Tolkens sprog", esc(language)),
            ("Tolkens køn", esc(labels.INTERPRETER_GENDER[i.gender])),
            ("Tolkning", esc(INTERPRETER_MODE[i.mode])),
        ]
        minutes = phone_minutes(self.c) if i.mode is InterpreterMode.PHONE else i.minutes
        if minutes is not None:
            rows.append(("Minutter med tolk", str(minutes)))
        if i.long_phone_reason.strip():
            rows.append(("Lang telefontolkning, fordi", esc(i.long_phone_reason)))
        rows.append(("Tjek af tolken", checks))
        if i.interpreting_notes.strip():
            rows.append(("Om tolkningen", esc(i.interpreting_notes)))
        return rows

    # 4. what the child was told
    def told(self) -> None:
        self.heading("Det fik barnet at vide")
        told = [item for item in ToldItem if item in self.c.child_was_told]
        if told:
            self.add(para("Rådgiveren fortalte barnet:", self.s.body))
            self.add(bullets([TOLD[item] for item in told], self.s.bullet))
        else:
            self.notice("Der er ikke noteret, hvad barnet fik at vide.")
        not_told = [
            item
            for item in self.data.checklist.items
            if item.id.startswith("told-") and not item.met
        ]
        if not_told:
            self.add(Spacer(1, 3))
            self.add(para("Ikke noteret som fortalt:", self.s.body))
            self.add(
                bullets(
                    [
                        item.title + (" (fraveget, se Fravigelser)" if item.waiver else "")
                        for item in not_told
                    ],
                    self.s.bullet,
                )
            )

    # 5. the child's views
    def child_views(self) -> None:
        entries = self.c.child_voice()
        if self.c.held is not HeldStatus.HELD and not entries:
            return  # no section pretending the child was heard
        self.heading("Barnets synspunkter – med barnets egne ord")
        self.intro(
            "Her står kun det, barnet selv sagde, ordret og i citationstegn. Rådgiverens "
            "gengivelse, observationer og vurderinger står for sig i næste afsnit."
        )
        if not entries:
            self.notice("Der er ikke noteret citater fra barnet under samtalen.")
            return
        corrections = self._corrections_by_entry()
        rows = []
        for entry in entries:
            text = quoted(entry.text)
            if entry.perspective is Perspective.CHILD_VIA_INTERPRETER:
                text += " <font size='8.5' color='#5B6770'>(via tolk)</font>"
            text += kept_marker(entry.consent)
            for correction in corrections.get(entry.id, []):
                text += (
                    "<br/><font name='" + BOLD + "' size='8.5' color='#7A5A14'>"
                    "Rettet af barnet ved genlæsningen:</font> "
                    + child_words_markup(correction.child_words, self.s)
                )
            rows.append(text)  # the caseworker's ICS classification is not the child's words
        self.add(child_quotes(rows, self.s))
        classified = [
            f"»{consent.first_words(e.text, 5)}«: {', '.join(labels.ICS[d] for d in e.ics)}"
            for e in entries
            if e.ics
        ]
        if classified:
            self.add(
                Spacer(1, 3),
                adult_note("; ".join(classified), self.s, lead="Rådgiverens ICS-områder:"),
            )

    def course(self) -> None:
        """ "Samtalens forløb": the child's words in the order they were said, each with the
        time and the question the child answered (or that the child said it unprompted)."""
        entries = self.c.child_voice()
        if not entries:
            return
        s = self.s
        self.heading("Samtalens forløb")
        self.intro(
            "Barnets ord i den rækkefølge, de blev sagt, med rådgiverens spørgsmål ordret. "
            "Tidspunkterne er dansk tid."
        )
        header = [Paragraph(esc(h), s.label) for h in ("Kl.", "Spørgsmål", "Barnets svar")]
        rows = [header]
        for entry in entries:
            if entry.unprompted:
                asked = "<i>Sagt uopfordret</i>"
            elif entry.question.strip():
                asked = esc(entry.question)
            else:
                asked = "<i>Spørgsmålet er ikke noteret</i>"
            answer = quoted(entry.text)
            if entry.perspective is Perspective.CHILD_VIA_INTERPRETER:
                answer += " <font size='8.5' color='#5B6770'>(via tolk)</font>"
            if entry.named_first_by is not NamedFirst.NOT_RECORDED:
                answer += (
                    "<br/><font size='8.5' color='#5B6770'>Nævnt først af: "
                    f"{esc(labels.NAMED_FIRST[entry.named_first_by].lower())}</font>"
                )
            rows.append(
                [
                    Paragraph(danish_time(entry.created_at), s.value),
                    Paragraph(asked, s.value),
                    Paragraph(answer, s.quote),
                ]
            )
        self.add(_table_with_child_column(rows, [14 * mm, 62 * mm], range(1, len(rows))))

    def _corrections_by_entry(self) -> dict[Any, list[Correction]]:
        found: dict[Any, list[Correction]] = {}
        for correction in self.c.read_back.corrections:
            if correction.entry_id is not None:
                found.setdefault(correction.entry_id, []).append(correction)
        return found

    # 6. the adults: paraphrase, observations, assessments, others
    def adult_views(self) -> None:
        adult = [
            e
            for e in self.c.adult_voice()
            if e.perspective is not Perspective.UNTRANSLATED_EXCHANGE
        ]
        if self.c.held is not HeldStatus.HELD and not adult:
            return
        self.heading("Rådgiverens noter og oplysninger fra andre")
        self.intro(
            "Det følgende er ikke barnets ord. Det er rådgiverens gengivelse, observationer og "
            "vurderinger og oplysninger fra andre, hver med sin kilde."
        )
        if not adult:
            self.notice("Der er ikke noteret andet end barnets egne ord.")
            return
        for perspective, heading in ADULT_GROUPS:
            group = [e for e in adult if e.perspective is perspective]
            if not group:
                continue
            self.sub(heading)
            for entry in group:
                self.add(self._adult_entry(entry))

    def _adult_entry(self, entry: Entry) -> Flowable:
        text = esc(entry.text)
        if entry.perspective is Perspective.INFORMATION_FROM_OTHERS:
            source = labels.OTHER_SOURCE[entry.source] if entry.source else "kilde ikke angivet"
            if entry.source_detail.strip():
                source += f" ({entry.source_detail.strip()})"
            text = f"<font name='{BOLD}'>Kilde: {esc(source)}.</font> {text}"
        if entry.ics:
            areas = ", ".join(labels.ICS[d] for d in entry.ics)
            text += f" <font size='8' color='#5B6770'>[ICS: {esc(areas)}]</font>"
        return adult_block(text, self.s)

    # 7. untranslated exchanges
    def untranslated(self) -> None:
        marks = [e for e in self.c.entries if e.perspective is Perspective.UNTRANSLATED_EXCHANGE]
        if not marks and not self.c.has_interpreter:
            return
        self.heading("Samtale uden oversættelse")
        if not marks:
            self.add(
                para(
                    "Der er ikke noteret ordvekslinger, som ikke blev oversat til rådgiveren.",
                    self.s.body,
                )
            )
            return
        self.add(
            para(
                "Her blev der talt, uden at det blev oversat til rådgiveren. Det, der blev sagt, "
                "indgår derfor ikke som barnets ord.",
                self.s.body,
            )
        )
        self.add(
            bullets(
                [f"Kl. {danish_time(e.created_at)}: {e.text}" for e in marks],
                self.s.bullet,
            )
        )

    # 8. tools
    def tools(self) -> None:
        c = self.c
        ics = self._ics_counts()
        history = self._history()
        has_any = (
            c.scales or c.three_houses or c.network_map or ics or history or c.free_drawing.drawn
        )
        if not has_any:
            if c.held is HeldStatus.HELD:
                self.heading("Redskaber")
                self.notice("Der blev ikke brugt redskaber som skala, tre huse eller netværkskort.")
            return
        self.heading("Redskaber")
        for scale in c.scales:
            self._scale(scale)
        if history:
            self._history_section(history)
        if c.three_houses is not None:
            self._houses(c.three_houses)
        if c.network_map is not None:
            self._network()
        if c.free_drawing.drawn:
            self.sub("Barnets tegning")
            self._drawings([("Den frie side", c.free_drawing, None)])
        self.sub("ICS-områder, samtalen kom ind på")
        if not ics:
            self.notice("Ingen noter er knyttet til et ICS-område.")
            return
        rows = []
        for side, dimensions in ICS_SIDES:
            touched = [f"{labels.ICS[d]} ({ics[d]})" for d in dimensions if d in ics]
            if touched:
                rows.append((side, ", ".join(touched)))
        self.add(fields(rows, self.s))
        self.add(para("Tallet i parentes er antallet af noter om området.", self.s.small))

    def _ics_counts(self) -> dict[IcsDimension, int]:
        counts: dict[IcsDimension, int] = {}
        for entry in self.c.entries:
            for dimension in entry.ics:
                counts[dimension] = counts.get(dimension, 0) + 1
        return counts

    def _scale(self, scale: Any) -> None:
        s = self.s
        goal = next((g for g in self.c.goals if g.id == scale.goal_id), None)
        parts: list[Flowable] = [para(f"Skala: {scale.question}", s.h2)]
        if goal is not None:
            parts.append(para(f"Mål i handleplanen: {goal.text}", s.small))
        parts.append(Spacer(1, 3))
        parts.append(drawings.scale_drawing(scale, FRAME_WIDTH))
        value = (
            "Barnet valgte ikke et tal."
            if scale.value is None
            else f"Barnets tal: {scale.value} af 10."
        )
        parts.append(para(value, s.body))
        self.add(KeepTogether(parts))
        rows = []
        if scale.what_makes_it_this_number is not None:
            lead = f"Derfor er det et {scale.value}:" if scale.value is not None else "Derfor:"
            rows.append(child_words_markup(scale.what_makes_it_this_number, s, lead))
        if scale.one_step_up is not None:
            rows.append(child_words_markup(scale.one_step_up, s, "Et skridt op:"))
        if rows:
            self.add(child_quotes(rows, s))
        if scale.caseworker_note.strip():
            self.add(Spacer(1, 3), adult_note(scale.caseworker_note, self.s))

    def _history(self) -> list[ScalePoint]:
        """The child's numbers over time, for every purpose: shown when the child has earlier
        values on a scale or goal of this conversation (a follow-up shows today's alone)."""
        current = []
        goals = {g.id: g.text for g in self.c.goals}
        for scale in self.c.scales:
            if scale.value is None:
                continue
            topic = goals.get(scale.goal_id, scale.question) if scale.goal_id else scale.question
            current.append(ScalePoint(at=self.c.starts_at, topic=topic, value=scale.value))
        topics = {p.topic for p in current}
        earlier = [
            p for p in self.data.scale_history if p.at < self.c.starts_at and p.topic in topics
        ]
        if not earlier and self.c.legal_basis.purpose is not Purpose.ACTION_PLAN_FOLLOW_UP:
            return []
        return [*earlier, *current]

    def _history_section(self, points: list[ScalePoint]) -> None:
        s = self.s
        heading = para("Udvikling over tid", s.h2)
        intro = para(
            "Barnets tal på skalaen (0 til 10) ved de tidligere samtaler og ved denne samtale.",
            s.body,
        )
        chart = drawings.scale_history_chart(points, FRAME_WIDTH)
        self.add(KeepTogether([heading, intro, chart]))
        days = sorted({local(p.at).date() for p in points})
        today = local(self.c.starts_at).date()
        topics: list[str] = []
        for p in points:
            if p.topic not in topics:
                topics.append(p.topic)
        per_table = 4
        for first in range(0, len(topics), per_table):
            chunk = topics[first : first + per_table]
            header = [Paragraph("Samtale", s.label)] + [Paragraph(esc(t), s.label) for t in chunk]
            rows = [header]
            for day in days:
                label = danish_date(day) + (" (denne samtale)" if day == today else "")
                row = [Paragraph(esc(label), s.value)]
                for topic in chunk:
                    found = [
                        p.value for p in points if p.topic == topic and local(p.at).date() == day
                    ]
                    row.append(Paragraph(str(found[-1]) if found else "–", s.value))
                rows.append(row)
            first_width = 52 * mm
            rest = (FRAME_WIDTH - first_width) / len(chunk)
            table = Table(
                rows,
                colWidths=[first_width] + [rest] * len(chunk),
                hAlign="LEFT",
                repeatRows=1,
            )
            table.setStyle(_ruled_table_style(left=0, right=6))
            self.add(Spacer(1, 6), table)

    def _houses(self, houses: ThreeHouses) -> None:
        s = self.s
        self.sub("De tre huse")
        if houses.consent_to_share is not True:
            self.add(
                para(
                    "Barnet gav ikke lov til, at det, der står i husene, deles. Barnets ord fra "
                    "de tre huse er derfor ikke gengivet i referatet."
                    if houses.consent_to_share is False
                    else "Barnet er ikke spurgt, om det, der står i husene, må deles. Barnets ord "
                    "fra de tre huse er derfor ikke gengivet i referatet.",
                    s.body,
                )
            )
            if houses.stopped_early_reason.strip():
                self.add(para(f"Stoppet før tid: {houses.stopped_early_reason}", s.body))
            self._house_drawings(houses)
            return
        intro = "Barnet gav lov til, at husene deles. Ordene er barnets egne."
        if houses.child_drew:
            intro += " Barnet tegnede selv."
        picture = drawings.three_houses_drawing(houses, FRAME_WIDTH)
        if picture is not None:
            self.add(KeepTogether([para(intro, s.body), Spacer(1, 4), picture]))
        else:
            outline = drawings.three_houses_drawing(houses, FRAME_WIDTH, with_words=False)
            self.add(KeepTogether([para(intro, s.body), Spacer(1, 4), outline]))
            for name, words in (
                (houses.good_things_name, houses.good_things),
                (houses.worries_name, houses.worries),
                (houses.dreams_name, houses.dreams),
            ):
                self.add(para(name, s.h2))
                if words:
                    self.add(child_quotes([child_words_markup(w, s) for w in words], s))
                else:
                    self.notice("Intet skrevet.")
        via = [
            w for w in (*houses.good_things, *houses.worries, *houses.dreams) if w.via_interpreter
        ]
        if via:
            self.add(para(f"{len(via)} af ordene i husene kom via tolk.", s.small))
        if houses.stopped_early_reason.strip():
            self.add(para(f"Stoppet før tid: {houses.stopped_early_reason}", s.body))
        self._house_drawings(houses)
        if houses.caseworker_note.strip():
            self.add(Spacer(1, 3), adult_note(houses.caseworker_note, self.s))

    def _house_drawings(self, houses: ThreeHouses) -> None:
        """What the child drew in the houses: only drawings the child let into the case
        (``consent.for_case`` has emptied the others)."""
        drawn = [
            (name, drawing, index)
            for index, (_part, name, drawing) in enumerate(houses.drawings())
            if drawing.drawn
        ]
        if drawn:
            self._drawings(drawn)

    def _drawings(self, drawn: Sequence[tuple[str, ChildDrawing, int | None]]) -> None:
        """The child's drawings side by side, each with its caption, at print quality."""
        s = self.s
        gap = 10.0
        width = (FRAME_WIDTH - gap * (len(drawn) - 1)) / len(drawn) if len(drawn) > 1 else 0
        cells: list[Any] = []
        widths: list[float] = []
        for n, (name, drawing, house) in enumerate(drawn):
            if n:
                cells.append("")
                widths.append(gap)
            paper, frame = drawings.house_paper(house) if house is not None else (None, None)
            box = width or FRAME_WIDTH * 0.6
            picture = drawings.child_drawing(
                drawing,
                box,
                170 if len(drawn) > 1 else 260,
                **({"paper": paper, "frame": frame} if paper is not None else {}),
            )
            cell: list[Any] = [para(f"Barnets tegning: {name}", s.small), Spacer(1, 2), picture]
            if drawing.consent.case is CaseConsent.NO_KEPT:
                cell.append(
                    para(
                        "Barnet ønskede ikke tegningen med. Den er med alligevel, fordi: "
                        + drawing.consent.kept_reason,
                        s.small,
                    )
                )
            cells.append(cell)
            widths.append(box)
        table = Table([cells], colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        via = "Tegnet af barnet på skærmen, med barnets svar ved genlæsningen."
        self.add(KeepTogether([Spacer(1, 4), table, Spacer(1, 2), para(via, s.small)]))

    def _network(self) -> None:
        s = self.s
        network = self.c.network_map
        assert network is not None
        self.sub("Netværkskort")
        if not network.people:
            self.notice("Der er ingen personer på netværkskortet.")
        else:
            intro = para(
                "Barnet i midten. Den inderste cirkel er dem, barnet føler sig tættest på.", s.body
            )
            picture = drawings.network_map_drawing(
                network.people, FRAME_WIDTH, self.data.child.name
            )
            self.add(KeepTogether([intro, picture]))
            self.add(Spacer(1, 6))
            header = [
                Paragraph(esc(h), s.label)
                for h in ("Nr.", "Person", "Relation", "Cirkel", "Barnets ord")
            ]
            rows = [header]
            said: list[int] = []
            for number, person in enumerate(network.people, start=1):
                words = (
                    Paragraph(child_words_markup(person.child_words, s), s.value)
                    if person.child_words is not None
                    else Paragraph("", s.value)
                )
                if person.child_words is not None:
                    said.append(number)
                rows.append(
                    [
                        Paragraph(str(number), s.value),
                        Paragraph(esc(person.label), s.value),
                        Paragraph(esc(drawings.RELATION[person.relation]), s.value),
                        Paragraph(esc(drawings.RING[person.closeness]), s.value),
                        words,
                    ]
                )
            self.add(_table_with_child_column(rows, [9 * mm, 36 * mm, 33 * mm, 31 * mm], said))
        if network.caseworker_note.strip():
            self.add(Spacer(1, 3), adult_note(network.caseworker_note, self.s))

    # 9. the child's view of the measure
    def view_of_measure(self) -> None:
        closing = self.c.closing
        measure = self.c.legal_basis.concrete_measure.strip()
        if closing.child_view_of_measure is None and not measure:
            return
        self.heading("Barnets syn på foranstaltningen")
        if measure:
            self.add(para(f"Foranstaltningen: {measure}", self.s.body))
        if closing.child_view_of_measure is None:
            if self.original.closing.child_view_of_measure is not None:
                self.notice(
                    "Barnet sagde sin mening om foranstaltningen, men bad om, at ordene ikke kom "
                    "med i sagen (se Genlæsning for barnet)."
                )
            elif closing.view_not_given_reason.strip():
                self.add(
                    fields(
                        [
                            ("Barnets syn er ikke givet, fordi", closing.view_not_given_reason),
                            ("Barnets syn er belyst sådan", closing.view_obtained_instead),
                        ],
                        self.s,
                    )
                )
            else:
                self.notice("Barnets syn på foranstaltningen er ikke noteret.")
        else:
            self.add(
                child_quotes([child_words_markup(closing.child_view_of_measure, self.s)], self.s)
            )

    # 10. wishes and worries
    def wishes_and_worries(self) -> None:
        """Every wish and worry in the child's words, from wherever it was recorded: the
        closing, the houses (when the child let them be shared) and tagged quotes."""
        s = self.s
        self.heading("Barnets ønsker og bekymringer")
        for title, theme in (("Ønsker", Theme.WISH), ("Bekymringer", Theme.WORRY)):
            self.sub(title)
            found = self._gathered(theme)
            for source, words in found:
                self.add(para(f"{source}:", s.small_lead), child_quotes(words, s))
            if not found:
                kept_out = len(self._gathered(theme, self.original)) > 0
                self.notice(
                    f"Barnet bad om, at det, barnet sagde om sine {title.lower()}, ikke kom med "
                    "i sagen."
                    if kept_out
                    else f"Der er ikke noteret {title.lower()} under dette punkt."
                )

    def _gathered(
        self, theme: Theme, conversation: Conversation | None = None
    ) -> list[tuple[str, list[str]]]:
        c = conversation or self.c
        s = self.s
        found: list[tuple[str, list[str]]] = []
        tagged = [e for e in c.child_voice() if theme in e.themes]
        if tagged:
            found.append(
                ("Fra samtalen", [quoted(e.text) + kept_marker(e.consent) for e in tagged])
            )
        houses = c.three_houses
        if houses is not None and houses.consent_to_share is True:
            name, words = (
                (houses.dreams_name, houses.dreams)
                if theme is Theme.WISH
                else (houses.worries_name, houses.worries)
            )
            if words:
                found.append((f"Fra {name}", [child_words_markup(w, s) for w in words]))
        if theme is Theme.WISH and c.closing.child_wishes:
            found.append(
                ("Fra afslutningen", [child_words_markup(w, s) for w in c.closing.child_wishes])
            )
        return found

    # 11. read-back
    def read_back(self) -> None:
        s = self.s
        rb = self.c.read_back
        self.heading("Genlæsning for barnet")
        if not rb.done:
            self.add(
                fields(
                    [
                        ("Genlæst for barnet", "Nej"),
                        ("Hvorfor ikke", or_missing(rb.not_done_reason)),
                    ],
                    s,
                )
            )
            return
        rows = [
            ("Genlæst for barnet", "Ja, via tolk" if rb.via_interpreter else "Ja"),
            ("Barnets svar", self._consent_summary()),
        ]
        self.add(fields(rows, s))
        if rb.corrections:
            self.sub("Barnets rettelser")
            texts = {e.id: e.text for e in self.c.entries}
            quotes = []
            for correction in rb.corrections:
                text = child_words_markup(correction.child_words, s)
                original = texts.get(correction.entry_id) if correction.entry_id else None
                if original is not None:
                    text += (
                        f"<br/><font size='8.5' color='#5B6770'>Retter: {quoted(original)}</font>"
                    )
                quotes.append(text)
            self.add(child_quotes(quotes, s))
        else:
            self.add(para("Barnet havde ingen rettelser.", s.body))

    def _consent_summary(self) -> str:
        """What the child decided about the quotes, without repeating what was kept out."""
        asked = consent.quotes(self.original)
        left_out = consent.left_out(self.original)
        kept = consent.kept_against_wish(self.original)
        if not asked:
            return "Der var ingen citater at spørge barnet om."
        parts = [
            f"Barnet blev spurgt om hvert af sine {len(asked)} citater, om det må komme med i "
            "sagen."
        ]
        if not left_out and not kept:
            parts.append("Barnet sagde ja til dem alle.")
        if left_out:
            parts.append(
                f"Barnet bad om, at {len(left_out)} citat{'er' if len(left_out) > 1 else ''} "
                "blev holdt uden for sagen. Rådgiveren vurderede, at det ikke er væsentligt "
                "for sagen, og det er derfor udeladt af referatet."
            )
        if kept:
            parts.append(
                f"Barnet bad også om at holde {len(kept)} citat{'er' if len(kept) > 1 else ''} "
                "uden for sagen, som er med alligevel, fordi det er væsentligt for sagen. "
                "Grunden står ved citatet, og barnet har fået den at vide."
            )
        return " ".join(parts)

    # 12. next steps
    def next_steps(self) -> None:
        s = self.s
        closing = self.c.closing
        self.heading("Næste skridt og kontakt")
        if closing.next_steps_told:
            self.add(para("Rådgiveren fortalte barnet, hvad der nu skal ske:", s.body))
            self.add(bullets(closing.next_steps_told, s.bullet))
        else:
            self.notice("Der er ikke noteret, hvad barnet fik at vide om det videre forløb.")
        rows = []
        contact = closing.contact_person_told.strip()
        if not contact:
            contact = self.data.caseworker.name.strip()
        rows.append(("Barnet kan kontakte", or_missing(contact)))
        if self.data.contact_phone.strip():
            rows.append(("Telefon", self.data.contact_phone.strip()))
        rows.append(("Samtalen opsummeret for barnet", "Ja" if closing.summary_given else "Nej"))
        self.add(Spacer(1, 4), fields(rows, s))
        self.feedback()
        self.letter_delivery()

    def feedback(self) -> None:
        """ "Hvordan jeg oplevede mødet": the child's own faces, summarised in words."""
        feedback = self.c.feedback
        if feedback is None:
            return
        s = self.s
        self.sub("Barnets oplevelse af mødet")
        if feedback.declined:
            self.add(para("Barnet fik tilbudt skemaet, men ville ikke svare.", s.body))
            return
        rows = [(a.question, FACE_WORDS[a.face]) for a in feedback.answers]
        answered = feedback.answered()
        summary = (
            f"Barnet svarede på {len(answered)} af {len(feedback.answers)} spørgsmål med "
            "et ansigt (godt, midt imellem, ikke godt)."
        )
        if answered and all(a.face is Face.GOOD for a in answered):
            summary += " Barnet valgte det glade ansigt hver gang."
        elif any(a.face is Face.NOT_GOOD for a in answered):
            summary += " Barnet valgte 'ikke godt' mindst én gang: tal med barnet om det."
        self.add(para(summary, s.body), Spacer(1, 3), fields(rows, s))

    def letter_delivery(self) -> None:
        letter = self.c.letter
        rows = [("Brevet til barnet", labels.LETTER_DELIVERY[letter.delivery])]
        if letter.delivery is LetterDelivery.HOME and letter.home_confirmed:
            rows.append(
                (
                    "Sendt hjem trods en bekymring",
                    f"Rådgiveren har bekræftet, at det er sikkert, fordi: {letter.reason}",
                )
            )
        elif letter.reason.strip():
            rows.append(("Grund", letter.reason))
        self.add(Spacer(1, 4), fields(rows, self.s))

    # 11 (not held). why not, and how the child's views were found
    def not_held(self) -> None:
        s = self.s
        nh = self.c.not_held
        self.heading(HELD[self.c.held])
        rows = [
            ("Grund", or_missing(nh.reason if nh else "")),
        ]
        if self.c.held is HeldStatus.NOT_HELD or (nh and nh.legal_ground.strip()):
            rows.append(("Hjemmel", or_missing(nh.legal_ground if nh else "")))
            if nh and nh.weighs_against is not WeighsAgainst.NOT_STATED:
                rows.append(("Det taler afgørende imod", labels.WEIGHS_AGAINST[nh.weighs_against]))
        rows.append(
            (
                "Barnets synspunkter er belyst sådan",
                or_missing(nh.views_obtained_instead if nh else ""),
            )
        )
        self.add(fields(rows, s))
        self.add(Spacer(1, 3))
        self.notice(
            "Der er ingen samtale med barnet at gengive. Barnets synspunkter er belyst som "
            "beskrevet ovenfor."
            if not self.c.child_voice()
            else "Det, barnet sagde, står i næste afsnit."
        )

    # 13. waivers
    def waivers(self) -> None:
        s = self.s
        self.heading("Fravigelser")
        waived = self.data.checklist.waived()
        if not waived:
            self.add(para("Ingen punkter på tjeklisten er fraveget.", s.body))
        else:
            intro = para(
                "Rådgiveren har fraveget disse punkter på tjeklisten med denne begrundelse:",
                s.body,
            )
            header = [Paragraph(esc(h), s.label) for h in ("Punkt", "Begrundelse", "Henvisning")]
            rows = [header]
            for item in waived:
                assert item.waiver is not None
                rows.append(
                    [
                        Paragraph(esc(item.title), s.value),
                        Paragraph(esc(item.waiver.reason), s.value),
                        Paragraph(esc(item.reference), s.small),
                    ]
                )
            widths = [52 * mm, FRAME_WIDTH - 52 * mm - 42 * mm, 42 * mm]
            table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1, splitInRow=1)
            table.setStyle(_ruled_table_style(left=0, right=6))
            self.add(KeepTogether([intro, table]))
        missing = self.data.checklist.missing()
        if missing:
            self.add(Spacer(1, 4))
            self.add(para("Ikke opfyldt, da referatet blev skrevet:", s.body))
            self.add(bullets([f"{i.title} ({i.reference})" for i in missing], s.bullet))

    # 14. signature
    def signature(self) -> None:
        s = self.s
        d = self.data
        self.heading("Underskrift")
        name = d.caseworker.name.strip() or "Rådgiverens navn er ikke angivet"
        rows = [
            ("Rådgiver", name),
            ("Stilling", or_missing(d.caseworker.title)),
        ]
        unit = ", ".join(
            p for p in (d.caseworker.unit.strip(), d.caseworker.municipality.strip()) if p
        )
        if unit:
            rows.append(("Enhed og kommune", unit))
        days = (local(d.written_at).date() - local(self.c.starts_at).date()).days
        after = (
            "samme dag som samtalen"
            if days <= 0
            else f"{days} dag efter samtalen"
            if days == 1
            else f"{days} dage efter samtalen"
        )
        rows += [
            ("Notatet er skrevet", f"{danish_datetime(d.written_at)} ({after})"),
            ("Dokument-ID", d.document_id),
            ("Version", str(d.version)),
        ]
        if d.version > 1 and self.c.sign_off.supersedes is not None:
            rows.append(
                (
                    "Tillæg",
                    f"Denne version er et tillæg til den tidligere version af referatet "
                    f"(reference {self.c.sign_off.supersedes}).",
                )
            )
        block = [
            fields(rows, s),
            Spacer(1, 8),
            markup(f"<font name='{BOLD}' size='11'>Underskrevet digitalt</font>", s.body),
            para(
                f"{name}"
                + (f", {d.caseworker.title.strip()}" if d.caseworker.title.strip() else ""),
                s.body,
            ),
            para(
                "Den digitale underskrift ligger i PDF-filen. Ændres filen efter underskriften, "
                "viser underskriften det.",
                s.small,
            ),
        ]
        self.add(KeepTogether(block))

    def build(self) -> list[Flowable]:
        self.title()
        self.in_short()
        self.case_and_child()
        self.legal_basis()
        self.presence()
        if self.c.held is HeldStatus.HELD:
            self.told()
            self.child_views()
            self.course()
            self.adult_views()
            self.untranslated()
            self.tools()
            self.view_of_measure()
            self.wishes_and_worries()
            self.read_back()
            self.next_steps()
        else:
            self.not_held()
            self.child_views()
            self.adult_views()
            self.untranslated()
            self.view_of_measure()
            self.next_steps()
        self.waivers()
        self.signature()
        return glue(self.story)


def render_referat(data: DocumentInput, *, draft: bool = False) -> bytes:
    """The referat as PDF bytes (not yet PDF/A: run ``pdfa.to_pdfa`` on it, then sign).
    ``draft``: a preview, marked "UDKAST – ikke underskrevet" on every page."""
    register_fonts()
    story = _Builder(data).build()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        initialFontSize=10,
        **document_info(data, metadata_title(data), TITLE),
    )
    decorate = _decorate_referat(data)
    decorate = with_draft_mark(decorate) if draft else decorate
    doc.build(story, canvasmaker=page_canvas(decorate, data.written_at))
    return out.getvalue()
