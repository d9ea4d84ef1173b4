"""The referat under construction, which every section of it adds to.

The referat under construction: its data, the conversation as printed, the story of
flowables and the numbered section headings that every section of the referat adds to."""

from reportlab.platypus import CondPageBreak  # type: ignore[import-untyped]

from borne_samtale.domain import consent
from borne_samtale.summary.layout import HEADING_ROOM, Flowable, make_styles, para
from borne_samtale.summary.model import DocumentInput


class ReferatSections:
    """The story being built from ``data``, with numbered section headings. The section
    mixins (referat_case, referat_words, referat_tools, referat_closing) add to it."""

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
