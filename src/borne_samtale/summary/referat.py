"""The referat of a child conversation: a Danish A4 PDF with every field the note must hold.

The child's own words stand in their own section, each quoted and set in their own style;
the caseworker's paraphrase, observations and assessments and information from others
follow in a separate section, each with its source. The PDF embeds DejaVu Sans only.

Its parts: layout.py (styles, tables, page canvas), referat_base.py (the story and its
headings), and one module per group of sections (referat_case, referat_words,
referat_tools, referat_closing); this module puts them in order and renders the PDF.
"""

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer  # type: ignore[import-untyped]

from borne_samtale.domain import labels
from borne_samtale.domain.enums import HeldStatus, PlacementConsent, Purpose, Theme
from borne_samtale.summary.draft import with_draft_mark
from borne_samtale.summary.fonts import BOLD, REGULAR, register_fonts
from borne_samtale.summary.layout import (
    BOTTOM_MARGIN,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    TOP_MARGIN,
    Flowable,
    child_words_markup,
    document_info,
    esc,
    fields,
    glue,
    or_missing,
    page_canvas,
    para,
)
from borne_samtale.summary.model import DocumentInput
from borne_samtale.summary.palette import HAIRLINE, MUTED
from borne_samtale.summary.referat_case import CaseSections
from borne_samtale.summary.referat_closing import ClosingSections
from borne_samtale.summary.referat_tools import ToolSections
from borne_samtale.summary.referat_words import WordSections

TITLE = "Referat af børnesamtale"


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


def metadata_title(data: DocumentInput) -> str:
    """The PDF's metadata title: the case number (or document ID), never the child's name."""
    case = data.child.case_number.strip()
    return f"{TITLE} {case}" if case else f"{TITLE} {data.document_id}"


class _Builder(CaseSections, WordSections, ToolSections, ClosingSections):
    """The whole referat: the title and "Kort fortalt", then the sections in order."""

    # 0. title
    def title(self) -> None:
        s = self.s
        self.add(para(TITLE, s.title))
        held = self.c.held
        line = f"{labels.PURPOSE[self.c.legal_basis.purpose]} · {labels.HELD[held]}"
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
            rows.append((labels.HELD[c.held], esc(or_missing(reason))))
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
