"""The mark on every page of a preview: "UDKAST – ikke underskrevet".

A preview is made before signing, from what is in the window, so the caseworker can read
the referat and the letter as they will look. It must never pass for the signed document:
every page carries a banner at the top and a large, light word across the page.
"""

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]

from borne_samtale.summary.fonts import BOLD

DRAFT_MARK = "UDKAST – ikke underskrevet"
_RED = colors.HexColor("#a3261b")
_BANNER = colors.HexColor("#fde3e1")

Decorate = Callable[[Any, int, int], None]


def draw_draft_mark(canvas: Any) -> None:
    """Draw the banner and the watermark on the current page."""
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(_RED)
    canvas.setFillAlpha(0.10)
    canvas.setFont(BOLD, 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -36, "UDKAST")
    canvas.restoreState()

    canvas.saveState()
    banner_w, banner_h = 92 * mm, 9 * mm
    x, y = (width - banner_w) / 2, height - 10 * mm - banner_h / 2
    canvas.setFillColor(_BANNER)
    canvas.setStrokeColor(_RED)
    canvas.setLineWidth(0.8)
    canvas.roundRect(x, y, banner_w, banner_h, 2 * mm, stroke=1, fill=1)
    canvas.setFillColor(_RED)
    canvas.setFont(BOLD, 11)
    canvas.drawCentredString(width / 2, y + banner_h / 2 - 4, DRAFT_MARK)
    canvas.restoreState()


def with_draft_mark(decorate: Decorate) -> Decorate:
    """The page decoration, and the draft mark on top of it."""

    def marked(canvas: Any, number: int, total: int) -> None:
        decorate(canvas, number, total)
        draw_draft_mark(canvas)

    return marked
