"""The documents' layout: page, styles, text helpers, tables, header and footer.

The documents' layout: page geometry, styles, text helpers, tables and the page canvas
that draws header and footer once the page count is known.

The letter shares the text helpers, the document information and the page canvas; the
styles and tables are the referat's. What goes into the documents is in referat*.py and
letter*.py.
"""

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
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from borne_samtale.domain.entries import ChildWords, QuoteConsent
from borne_samtale.domain.enums import CaseConsent
from borne_samtale.summary.fonts import BOLD, ITALIC, REGULAR, register_fonts
from borne_samtale.summary.model import DocumentInput, local
from borne_samtale.summary.palette import (
    ACCENT,
    ADULT_BAR,
    CHILD_BACK,
    CHILD_BAR,
    HAIRLINE,
    INK,
    MUTED,
)

Flowable = Any  # reportlab ships no type hints

# The referat's page: A4 with room for the header and footer.
PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = RIGHT_MARGIN = 20 * mm
HEADING_ROOM = 32 * mm  # a heading starts a new page unless this much room is left
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN


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


def ruled_table_style(left: float, right: float, extra: list[tuple[Any, ...]] | None = None) -> Any:
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


def table_with_child_column(
    rows: list[list[Flowable]], widths: list[float], child_rows: Iterable[int]
) -> Flowable:
    """A ruled table whose last column holds the child's words, on the warm background in
    ``child_rows``; the last column takes the rest of the frame."""
    widths = [*widths, FRAME_WIDTH - sum(widths)]
    last = len(widths) - 1
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1, splitInRow=1)
    table.setStyle(
        ruled_table_style(
            left=3,
            right=3,
            extra=[("BACKGROUND", (last, n), (last, n), CHILD_BACK) for n in child_rows],
        )
    )
    return table
