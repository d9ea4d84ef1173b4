"""Pictures of the tools for the documents, as reportlab Drawings.

Pictures of the tools for the documents: the 0-10 scale, Three Houses, the network map
and the child's own drawings. Each is a reportlab Drawing (a flowable); the chart of the
scale over time is in scale_chart.py.

Words inside the pictures are wrapped and, where space is short, shortened with an ellipsis;
the referat always prints the full words next to the picture, so nothing is lost.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import (  # type: ignore[import-untyped]
    Circle,
    Drawing,
    Ellipse,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

from borne_samtale import look
from borne_samtale.domain.enums import Relation
from borne_samtale.domain.tools import ChildDrawing, NetworkPerson, ScaleAnswer, ThreeHouses
from borne_samtale.summary.fonts import BOLD, REGULAR, register_fonts
from borne_samtale.summary.palette import ACCENT, INK, MUTED, RULE, WHITE

# reportlab ships no type hints: a flowable is Any to mypy.
Flowable = Any

# The same soft colours as the network map on screen (borne_samtale.look).
_FAMILY = (colors.HexColor(look.NETWORK_FAMILY[0]), colors.HexColor(look.NETWORK_FAMILY[1]))
_FRIENDS = (colors.HexColor(look.NETWORK_FRIENDS[0]), colors.HexColor(look.NETWORK_FRIENDS[1]))
_SCHOOL = (colors.HexColor(look.NETWORK_SCHOOL[0]), colors.HexColor(look.NETWORK_SCHOOL[1]))
_OTHER = (colors.HexColor(look.NETWORK_OTHER[0]), colors.HexColor(look.NETWORK_OTHER[1]))
_GROUP_COLOURS = {
    Relation.PARENT: _FAMILY,
    Relation.SIBLING: _FAMILY,
    Relation.GRANDPARENT: _FAMILY,
    Relation.OTHER_FAMILY: _FAMILY,
    Relation.FOSTER_FAMILY: _FAMILY,
    Relation.FRIEND: _FRIENDS,
    Relation.SCHOOL_OR_DAYCARE: _SCHOOL,
    Relation.PROFESSIONAL: _SCHOOL,
    Relation.PET: _OTHER,
    Relation.OTHER: _OTHER,
}
_RING_FILL = tuple(colors.HexColor(c) for c in look.RING_FILL)
_RING_EDGE = tuple(colors.HexColor(c) for c in look.RING_EDGE)
_ME_FILL = colors.HexColor(look.ME_FILL)
_ME_EDGE = colors.HexColor(look.ME_EDGE)

# (body, outline) of good things, worries, dreams: the colours the child saw on the screen.
_HOUSE_COLOURS = tuple(
    (colors.HexColor(body), colors.HexColor(outline))
    for body, outline in zip(look.HOUSE_BODY, look.HOUSE_OUTLINE, strict=True)
)
_HOUSE_ROOFS = tuple(colors.HexColor(roof) for roof in look.HOUSE_ROOF)


def new_drawing(width: float, height: float) -> Any:
    """A Drawing whose default font is the embedded one (reportlab's default is Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 9
    return drawing


# --- text helpers -------------------------------------------------------------------------


def text_width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def wrap(
    text: str, font: str, size: float, width: float, max_lines: int | None = None
) -> list[str]:
    """Lines of at most ``width`` points; overlong words are broken, and text beyond
    ``max_lines`` is cut with an ellipsis on the last line."""
    lines: list[str] = []
    for raw in text.splitlines() or [""]:
        line = ""
        for word in raw.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while text_width(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and text_width(line[:cut] + "-", font, size) > width:
                    cut -= 1
                lines.append(line[:cut] + "-")
                line = line[cut:]
        lines.append(line)
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and text_width(last + " …", font, size) > width:
            last = last[:-1]
        kept[-1] = last.rstrip() + " …"
        return kept
    return lines


def text_lines(
    drawing: Any,
    lines: Sequence[str],
    x: float,
    top: float,
    size: float,
    leading: float,
    font: str = REGULAR,
    anchor: str = "start",
    colour: Any = INK,
) -> None:
    for i, line in enumerate(lines):
        drawing.add(
            String(
                x,
                top - size - i * leading,
                line,
                fontName=font,
                fontSize=size,
                fillColor=colour,
                textAnchor=anchor,
            )
        )


# --- the 0-10 scale -----------------------------------------------------------------------


def scale_drawing(scale: ScaleAnswer, width: float) -> Flowable:
    """The scale as a line from 0 to 10, both ends' words below it, the child's number marked."""
    register_fonts()
    margin = 18.0
    x0, x1 = margin, width - margin
    step = (x1 - x0) / 10
    end_width = width * 0.44
    low = wrap(f"0 = {scale.low_end}", REGULAR, 8.5, end_width)
    high = wrap(f"10 = {scale.high_end}", REGULAR, 8.5, end_width)
    end_lines = max(len(low), len(high))
    leading = 10.5
    height = 30 + 14 + 6 + end_lines * leading + 6
    drawing = new_drawing(width, height)
    line_y = height - 20

    drawing.add(
        Rect(
            x0,
            line_y - 3,
            x1 - x0,
            6,
            fillColor=colors.HexColor("#E6ECF1"),
            strokeColor=RULE,
            strokeWidth=0.5,
        )
    )
    for n in range(11):
        x = x0 + n * step
        drawing.add(Line(x, line_y - 6, x, line_y + 6, strokeColor=MUTED, strokeWidth=0.7))
        drawing.add(
            String(
                x,
                line_y - 17,
                str(n),
                fontName=REGULAR,
                fontSize=8,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    if scale.value is not None:
        x = x0 + scale.value * step
        drawing.add(Circle(x, line_y, 10, fillColor=ACCENT, strokeColor=WHITE, strokeWidth=1.5))
        drawing.add(
            String(
                x,
                line_y - 3.6,
                str(scale.value),
                fontName=BOLD,
                fontSize=10,
                fillColor=WHITE,
                textAnchor="middle",
            )
        )
    else:
        drawing.add(
            String(
                width / 2,
                line_y + 9,
                "Barnet valgte ikke et tal",
                fontName=REGULAR,
                fontSize=8.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    top = line_y - 26
    text_lines(drawing, low, x0 - 6, top, 8.5, leading)
    text_lines(drawing, high, x1 + 6, top, 8.5, leading, anchor="end")
    return drawing


# --- Three Houses -------------------------------------------------------------------------


@dataclass(frozen=True)
class _House:
    name: str
    words: list[str]


def _houses(houses: ThreeHouses) -> list[_House]:
    return [
        _House(houses.good_things_name, [w.text for w in houses.good_things]),
        _House(houses.worries_name, [w.text for w in houses.worries]),
        _House(houses.dreams_name, [w.text for w in houses.dreams]),
    ]


def three_houses_drawing(
    houses: ThreeHouses, width: float, max_height: float = 560, with_words: bool = True
) -> Flowable | None:
    """Three simple houses with the child's words inside, or only the names when
    ``with_words`` is False. ``None`` when the words would not fit in ``max_height``.

    The words are drawn only when the child has said yes to sharing them.
    """
    register_fonts()
    with_words = with_words and houses.consent_to_share is True
    gap = 14.0
    overhang = 4.0  # the roof is a little wider than the house
    house_width = (width - 2 * gap - 2 * overhang) / 3
    inner = house_width - 16
    size, leading = 9.5, 12.0
    blocks: list[list[list[str]]] = []
    for house in _houses(houses):
        items = []
        if with_words:
            for text in house.words:
                items.append(wrap(f"»{text}«", REGULAR, size, inner))
        blocks.append(items)
    names = [wrap(h.name, BOLD, 9.5, inner, max_lines=2) for h in _houses(houses)]
    name_lines = max(len(n) for n in names)
    word_lines = max(
        (sum(len(i) for i in items) + max(len(items) - 1, 0) * 0.4) for items in blocks
    )
    roof = 34.0
    body = 12 + name_lines * 12 + 8 + max(word_lines, 1.0) * leading + 10
    height = roof + body + 4
    if height > max_height:
        return None
    drawing = new_drawing(width, height)
    for index, items in enumerate(blocks):
        fill, edge = _HOUSE_COLOURS[index]
        left = overhang + index * (house_width + gap)
        drawing.add(
            Rect(left, 2, house_width, body, fillColor=fill, strokeColor=edge, strokeWidth=1.2)
        )
        roof_base = 2 + body
        drawing.add(
            Polygon(
                [
                    left - 4,
                    roof_base,
                    left + house_width / 2,
                    roof_base + roof,
                    left + house_width + 4,
                    roof_base,
                ],
                fillColor=_HOUSE_ROOFS[index],
                strokeColor=edge,
                strokeWidth=1,
            )
        )
        # a small window in the roof keeps it friendly
        drawing.add(
            Circle(
                left + house_width / 2,
                roof_base + roof * 0.42,
                5,
                fillColor=fill,
                strokeColor=WHITE,
                strokeWidth=1,
            )
        )
        top = roof_base - 10
        text_lines(
            drawing,
            names[index],
            left + house_width / 2,
            top,
            9.5,
            12,
            font=BOLD,
            anchor="middle",
            colour=edge,
        )
        top -= name_lines * 12 + 8
        if not with_words:
            continue
        if not items:
            text_lines(drawing, ["(intet skrevet)"], left + 8, top, size, leading, colour=MUTED)
        for item in items:
            text_lines(drawing, item, left + 8, top, size, leading)
            top -= len(item) * leading + 0.4 * leading
    return drawing


def roof_drawing(width: float, height: float, index: int) -> Flowable:
    """Just the roof of house ``index`` (0 good things, 1 worries, 2 dreams), for the letter."""
    fill, edge = _HOUSE_COLOURS[index]
    drawing = new_drawing(width, height)
    drawing.add(
        Polygon(
            [0, 0, width / 2, height, width, 0],
            fillColor=_HOUSE_ROOFS[index],
            strokeColor=edge,
            strokeWidth=1,
        )
    )
    drawing.add(
        Circle(
            width / 2, height * 0.4, height * 0.15, fillColor=fill, strokeColor=WHITE, strokeWidth=1
        )
    )
    return drawing


def house_colours(index: int) -> tuple[Any, Any]:
    """(fill, edge) of house ``index`` (0 good things, 1 worries, 2 dreams)."""
    return _HOUSE_COLOURS[index]


# --- the network map ----------------------------------------------------------------------


def network_map_drawing(
    people: Sequence[NetworkPerson], width: float, centre_label: str = "Barnet"
) -> Flowable:
    """Three rings around the child, each person numbered and named in their ring.

    People are numbered in the order given; the referat lists them with the same numbers.
    """
    register_fonts()
    height = 300.0
    cx, cy = width / 2, height / 2
    rx_max, ry_max = width / 2 - 4, height / 2 - 4
    rx0, ry0 = 42.0, 20.0
    drawing = new_drawing(width, height)
    for ring in (3, 2, 1):
        rx = rx0 + ring * (rx_max - rx0) / 3
        ry = ry0 + ring * (ry_max - ry0) / 3
        drawing.add(
            Ellipse(
                cx,
                cy,
                rx,
                ry,
                fillColor=_RING_FILL[ring - 1],
                strokeColor=_RING_EDGE[ring - 1],
                strokeWidth=1,
            )
        )
    drawing.add(
        Ellipse(cx, cy, rx0, ry0, fillColor=_ME_FILL, strokeColor=_ME_EDGE, strokeWidth=1.2)
    )
    me = wrap(centre_label, BOLD, 9, 2 * rx0 - 8, max_lines=1)[0]
    drawing.add(
        String(cx, cy - 3.2, me, fontName=BOLD, fontSize=9, fillColor=INK, textAnchor="middle")
    )

    by_ring: dict[int, list[tuple[int, NetworkPerson]]] = {1: [], 2: [], 3: []}
    for number, person in enumerate(people, start=1):
        by_ring[person.closeness].append((number, person))
    for ring, members in by_ring.items():
        if not members:
            continue
        rx = rx0 + (ring - 0.5) * (rx_max - rx0) / 3
        ry = ry0 + (ring - 0.5) * (ry_max - ry0) / 3
        slot = 2 * math.pi * math.sqrt((rx * rx + ry * ry) / 2) / len(members)
        # a crowded ring shows numbers only; the list under the map names everyone
        named = slot >= 60
        label_width = min(96.0, slot - 14)
        for i, (number, person) in enumerate(members):
            # Where the child saw the person on the screen (y grows upwards on paper).
            angle = math.radians(look.network_angle(i, len(members), ring))
            x = cx + rx * math.cos(angle)
            y = cy - ry * math.sin(angle)
            marker_y = y + 5 if named else y
            fill, edge = _GROUP_COLOURS[person.relation]
            drawing.add(Circle(x, marker_y, 7.5, fillColor=fill, strokeColor=edge, strokeWidth=1.2))
            drawing.add(
                String(
                    x,
                    marker_y - 2.8,
                    str(number),
                    fontName=BOLD,
                    fontSize=7.5,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
            if not named:
                continue
            label = wrap(person.label, REGULAR, 7.5, label_width, max_lines=2)
            box_w = max(text_width(line, REGULAR, 7.5) for line in label) + 4
            box_h = len(label) * 8.6 + 2
            label_x = min(max(x, box_w / 2 + 1), width - box_w / 2 - 1)
            drawing.add(
                Rect(
                    label_x - box_w / 2,
                    y - 4 - box_h,
                    box_w,
                    box_h,
                    fillColor=WHITE,
                    strokeColor=None,
                    rx=2,
                    ry=2,
                )
            )
            text_lines(drawing, label, label_x, y - 4, 7.5, 8.6, anchor="middle")
    return drawing


# --- the child's own drawings -------------------------------------------------------------


def child_drawing(
    drawing: ChildDrawing,
    width: float,
    max_height: float,
    *,
    paper: Any = WHITE,
    frame: Any = RULE,
) -> Flowable:
    """What the child drew, as vector lines at print quality: the page the child drew on,
    scaled to ``width`` (or less, to keep within ``max_height``) with its own shape kept."""
    page_width = min(width, max_height * drawing.aspect)
    page_height = page_width / drawing.aspect
    picture = new_drawing(page_width, page_height)
    picture.add(
        Rect(
            0.5,
            0.5,
            page_width - 1,
            page_height - 1,
            rx=4,
            ry=4,
            fillColor=paper,
            strokeColor=frame,
            strokeWidth=1,
        )
    )
    for stroke in drawing.strokes:
        colour = colors.HexColor(stroke.colour)
        line_width = max(0.5, stroke.width * page_width)
        points = [(x * page_width, (1 - y) * page_height) for x, y in stroke.points]
        if len(points) == 1 or len(set(points)) == 1:
            x, y = points[0]
            picture.add(
                Circle(x, y, line_width / 2, fillColor=colour, strokeColor=None, strokeWidth=0)
            )
            continue
        flat = [value for point in points for value in point]
        picture.add(
            PolyLine(
                flat,
                strokeColor=colour,
                strokeWidth=line_width,
                strokeLineCap=1,  # round ends and joins: a crayon, not a ruler
                strokeLineJoin=1,
            )
        )
    return picture


def house_paper(index: int) -> tuple[Any, Any]:
    """(paper, frame) for a drawing made in house ``index``: the house's own colours."""
    return colors.HexColor(look.HOUSE_HEADING[index]), _HOUSE_COLOURS[index][1]
