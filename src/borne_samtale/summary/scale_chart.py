"""The chart of the child's scale answers over time.

A line per topic (goal or question), each with its own colour and marker shape, in the
referat when the child has answered before.
"""

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Circle, Line, Polygon, PolyLine, Rect, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]

from borne_samtale.domain.history import ScalePoint
from borne_samtale.summary.drawings import Flowable, new_drawing, text_lines, text_width, wrap
from borne_samtale.summary.fonts import REGULAR, register_fonts
from borne_samtale.summary.model import local, short_date
from borne_samtale.summary.palette import MUTED, WHITE

# Okabe-Ito colours: told apart also by people with colour vision deficiency.
SERIES_COLOURS = (
    colors.HexColor("#0072B2"),
    colors.HexColor("#D55E00"),
    colors.HexColor("#009E73"),
    colors.HexColor("#CC79A7"),
    colors.HexColor("#E69F00"),
    colors.HexColor("#56B4E9"),
    colors.HexColor("#000000"),
)


def scale_history_chart(points: Sequence[ScalePoint], width: float) -> Flowable:
    """A line per topic (goal or question): the child's number (0-10) at each conversation."""
    register_fonts()
    topics: list[str] = []
    for point in points:
        if point.topic not in topics:
            topics.append(point.topic)
    legend_size, legend_leading = 8.0, 10.0
    legend = [wrap(topic, REGULAR, legend_size, width - 40, max_lines=2) for topic in topics]
    legend_height = sum(len(lines) * legend_leading + 4 for lines in legend)
    plot_height = 150.0
    left, right, bottom_axis = 30.0, 14.0, 26.0
    height = plot_height + bottom_axis + 8 + legend_height + 8
    drawing = new_drawing(width, height)
    plot_bottom = legend_height + 8 + bottom_axis
    plot_top = plot_bottom + plot_height
    plot_left, plot_right = left, width - right

    def y_of(value: float) -> float:
        return plot_bottom + max(0.0, min(10.0, value)) / 10 * plot_height

    for value in range(0, 11, 2):
        y = y_of(value)
        drawing.add(
            Line(
                plot_left, y, plot_right, y, strokeColor=colors.HexColor("#E3E8EC"), strokeWidth=0.6
            )
        )
        drawing.add(
            String(
                plot_left - 6,
                y - 3,
                str(value),
                fontName=REGULAR,
                fontSize=7.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    drawing.add(
        Line(plot_left, plot_bottom, plot_right, plot_bottom, strokeColor=MUTED, strokeWidth=0.8)
    )
    drawing.add(
        Line(plot_left, plot_bottom, plot_left, plot_top, strokeColor=MUTED, strokeWidth=0.8)
    )

    days = sorted({local(p.at).date() for p in points})
    first, last = (days[0], days[-1]) if days else (None, None)
    pad = 18.0

    def x_of(day: date) -> float:
        if first is None or last is None or first == last:
            return (plot_left + plot_right) / 2
        share = (day - first).days / (last - first).days
        return plot_left + pad + share * (plot_right - plot_left - 2 * pad)

    last_label_x = -1e9
    for day in days:
        x = x_of(day)
        drawing.add(Line(x, plot_bottom, x, plot_bottom - 4, strokeColor=MUTED, strokeWidth=0.6))
        label = short_date(day)
        if x - last_label_x >= text_width(label, REGULAR, 7.5) + 6:
            drawing.add(
                String(
                    x,
                    plot_bottom - 13,
                    label,
                    fontName=REGULAR,
                    fontSize=7.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
            last_label_x = x

    for index, topic in enumerate(topics):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        series = sorted((p for p in points if p.topic == topic), key=lambda p: p.at)
        coords = [(x_of(local(p.at).date()), y_of(p.value)) for p in series]
        if len(coords) > 1:
            flat = [c for xy in coords for c in xy]
            drawing.add(PolyLine(flat, strokeColor=colour, strokeWidth=1.6))
        for x, y in coords:
            _marker(drawing, index, x, y, colour)

    top = legend_height + 4
    for index, lines in enumerate(legend):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        drawing.add(
            Line(plot_left, top - 5, plot_left + 18, top - 5, strokeColor=colour, strokeWidth=1.6)
        )
        _marker(drawing, index, plot_left + 9, top - 5, colour)
        text_lines(drawing, lines, plot_left + 26, top + 1, legend_size, legend_leading)
        top -= len(lines) * legend_leading + 4
    return drawing


def _marker(drawing: Any, index: int, x: float, y: float, colour: Any) -> None:
    """Each series also has its own marker shape, so it does not depend on colour alone."""
    shape = index % 4
    r = 3.6
    if shape == 0:
        drawing.add(Circle(x, y, r, fillColor=colour, strokeColor=WHITE, strokeWidth=0.6))
    elif shape == 1:
        drawing.add(
            Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colour, strokeColor=WHITE, strokeWidth=0.6)
        )
    elif shape == 2:
        drawing.add(
            Polygon(
                [x - r - 0.6, y - r, x + r + 0.6, y - r, x, y + r + 0.6],
                fillColor=colour,
                strokeColor=WHITE,
                strokeWidth=0.6,
            )
        )
    else:
        drawing.add(
            Polygon(
                [x, y - r - 0.8, x + r + 0.8, y, x, y + r + 0.8, x - r - 0.8, y],
                fillColor=colour,
                strokeColor=WHITE,
                strokeWidth=0.6,
            )
        )
