"""The letter's page: its kinds of block and how each is laid out.

The letter's page: its blocks (a greeting, a quote, a house …) and how each kind is laid
out in large type: quote bands, bulleted steps, the houses and the child's drawings."""

from dataclasses import dataclass
from enum import Enum
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from borne_samtale.domain.tools import ChildDrawing
from borne_samtale.summary import drawings
from borne_samtale.summary.fonts import BOLD, REGULAR
from borne_samtale.summary.layout import esc
from borne_samtale.summary.palette import CHILD_BACK, CHILD_BAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 24 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_SIZE = 16.0
BODY_LEADING = 23.0


class Kind(Enum):
    NOTE = "note"  # to the adult who reads the letter aloud
    GREETING = "greeting"
    TEXT = "text"
    LEAD = "lead"  # the line before quotes or steps
    QUOTE = "quote"
    STEP = "step"
    HOUSE = "house"  # one of the three houses: its name and the child's words in it
    DRAWING = "drawing"  # what the child drew (no text: the picture, under its house's name)
    SIGN = "sign"


@dataclass(frozen=True)
class Block:
    kind: Kind
    text: str
    house: int = 0  # for HOUSE: 0 good things, 1 worries, 2 dreams
    name: str = ""  # for HOUSE: the house's name
    words: tuple[str, ...] = ()  # for HOUSE: the child's words, each quoted
    drawing: ChildDrawing | None = None  # for DRAWING


def _quotes(texts: list[str], style: Any) -> Any:
    """The child's words in a warm band with a bar on the left, as in the referat."""
    table = Table(
        [["", Paragraph(esc(t), style)] for t in texts],
        colWidths=[5, FRAME_WIDTH - 5],
        hAlign="LEFT",
        splitInRow=1,
    )
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (0, -1), CHILD_BAR),
        ("BACKGROUND", (1, 0), (1, -1), CHILD_BACK),
        ("LEFTPADDING", (1, 0), (1, -1), 12),
        ("RIGHTPADDING", (1, 0), (1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ]
    if len(texts) > 1:
        commands.append(("LINEBELOW", (0, 0), (-1, -2), 3, colors.white))
    table.setStyle(TableStyle(commands))
    return table


def flowables(blocks: list[Block], styles: dict[Kind, Any]) -> list[Any]:
    """Paragraphs, quote bands and houses; a lead line stays with what it introduces."""
    story: list[Any] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind is Kind.LEAD:
            lead = Paragraph(esc(block.text), styles[Kind.LEAD])
            run: list[Block] = []
            while index < len(blocks) and blocks[index].kind in (
                Kind.QUOTE,
                Kind.STEP,
                Kind.HOUSE,
                Kind.DRAWING,
            ):
                run.append(blocks[index])
                index += 1
            parts = _run(run, styles)
            story.append(KeepTogether([lead, *parts[:1]]))
            story.extend(parts[1:])
            continue
        if block.kind in (Kind.QUOTE, Kind.STEP, Kind.HOUSE, Kind.DRAWING):
            story.extend(_run([block], styles))
            continue
        if block.kind is Kind.TEXT and index < len(blocks) and blocks[index].kind is Kind.SIGN:
            # "Mange hilsner" and the signature lines stay on one page.
            if index >= 2 and blocks[index - 2].kind is Kind.STEP:
                story.append(Spacer(1, 8))
            signature = [Paragraph(esc(block.text), styles[Kind.TEXT]), Spacer(1, 8)]
            while index < len(blocks) and blocks[index].kind is Kind.SIGN:
                signature.append(Paragraph(esc(blocks[index].text), styles[Kind.SIGN]))
                index += 1
            story.append(KeepTogether(signature))
            continue
        if block.kind is Kind.SIGN and (index < 2 or blocks[index - 2].kind is not Kind.SIGN):
            story.append(Spacer(1, 8))
        if block.kind is Kind.TEXT and index >= 2 and blocks[index - 2].kind is Kind.STEP:
            story.append(Spacer(1, 8))
        story.append(Paragraph(esc(block.text), styles[block.kind]))
    return story


def _run(run: list[Block], styles: dict[Kind, Any]) -> list[Any]:
    """Flowables for a run of quotes, steps or houses (in that order of appearance)."""
    out: list[Any] = []
    quotes = [b.text for b in run if b.kind is Kind.QUOTE]
    if quotes:
        out.append(_quotes(quotes, styles[Kind.QUOTE]))
        out.append(Spacer(1, 8))
    for block in run:
        if block.kind is Kind.STEP:
            out.append(Paragraph(esc(block.text), styles[Kind.STEP], bulletText="•"))
    houses = [b for b in run if b.kind is Kind.HOUSE]
    if houses:
        out.append(_houses(houses, styles[Kind.QUOTE]))
        out.append(Spacer(1, 12))
    pictures = [b for b in run if b.kind is Kind.DRAWING]
    if pictures:
        out.append(_drawings(pictures, styles[Kind.QUOTE]))
        out.append(Spacer(1, 12))
    return out


def _drawings(pictures: list[Block], style: Any) -> Any:
    """The child's drawings, large and side by side (two a row), each under its house's
    name in the house's colour: the child sees again what the child drew."""
    gap = 12.0
    per_row = 1 if len(pictures) == 1 else 2
    width = (FRAME_WIDTH - gap * (per_row - 1)) / per_row
    caption = ParagraphStyle("drawing-name", style, fontName=BOLD, fontSize=12, leading=16)
    rows: list[list[Any]] = []
    for start in range(0, len(pictures), per_row):
        row: list[Any] = []
        for n, block in enumerate(pictures[start : start + per_row]):
            assert block.drawing is not None
            if n:
                row.append("")
            if block.house >= 0:
                paper, frame = drawings.house_paper(block.house)
                picture = drawings.child_drawing(
                    block.drawing, width, 300 if per_row == 1 else 200, paper=paper, frame=frame
                )
                name = Paragraph(esc(block.name), ParagraphStyle("c", caption, textColor=frame))
                row.append([name, Spacer(1, 3), picture])
            else:
                picture = drawings.child_drawing(block.drawing, width, 300 if per_row == 1 else 200)
                row.append([picture])
        while len(row) < 2 * per_row - 1:
            row.append("")
        rows.append(row)
    widths = [width] if per_row == 1 else [width, gap, width]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _houses(houses: list[Block], style: Any) -> Any:
    """The houses side by side: a roof, then the house's name and the child's words."""
    gap = 10.0
    width = (FRAME_WIDTH - gap * (len(houses) - 1)) / len(houses)
    name_style = ParagraphStyle("house-name", style, fontName=BOLD, fontSize=12, leading=16)
    word_style = ParagraphStyle("house-words", style, fontSize=14, leading=18, spaceBefore=4)
    roofs: list[Any] = []
    bodies: list[Any] = []
    widths: list[float] = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
    ]
    for n, house in enumerate(houses):
        fill, edge = drawings.house_colours(house.house)
        column = 2 * n
        if n:
            roofs.append("")
            bodies.append("")
            widths.append(gap)
        roofs.append(drawings.roof_drawing(width, 34, house.house))
        bodies.append(
            [
                Paragraph(esc(house.name), ParagraphStyle("n", name_style, textColor=edge)),
                *(Paragraph(esc(w), word_style) for w in house.words),
            ]
        )
        widths.append(width)
        commands += [
            ("BACKGROUND", (column, 1), (column, 1), fill),
            ("BOX", (column, 1), (column, 1), 1.2, edge),
            ("LEFTPADDING", (column, 1), (column, 1), 10),
            ("RIGHTPADDING", (column, 1), (column, 1), 8),
            ("TOPPADDING", (column, 1), (column, 1), 8),
            ("BOTTOMPADDING", (column, 1), (column, 1), 12),
        ]
    table = Table([roofs, bodies], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
