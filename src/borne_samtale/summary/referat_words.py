"""The referat's sections on what was said.

The child's own words, their course, the adults' notes, untranslated talk, the child's view
of the measure, wishes and worries, and the read-back.
"""

from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, Spacer  # type: ignore[import-untyped]

from borne_samtale.domain import consent, labels
from borne_samtale.domain.conversation import Conversation
from borne_samtale.domain.entries import Entry
from borne_samtale.domain.enums import (
    HeldStatus,
    NamedFirst,
    Perspective,
    Theme,
)
from borne_samtale.domain.tools import Correction
from borne_samtale.summary.fonts import BOLD
from borne_samtale.summary.layout import (
    Flowable,
    adult_block,
    adult_note,
    bullets,
    child_quotes,
    child_words_markup,
    esc,
    fields,
    kept_marker,
    or_missing,
    para,
    quoted,
    table_with_child_column,
)
from borne_samtale.summary.model import danish_time
from borne_samtale.summary.referat_base import ReferatSections

# The adults' words, grouped under these headings in this order.
ADULT_GROUPS = (
    (Perspective.CASEWORKER_PARAPHRASE, "Rådgiverens gengivelse af samtalen"),
    (Perspective.CASEWORKER_OBSERVATION, "Rådgiverens observationer"),
    (Perspective.CASEWORKER_ASSESSMENT, "Rådgiverens vurderinger"),
    (Perspective.INFORMATION_FROM_OTHERS, "Oplysninger fra andre"),
)


class WordSections(ReferatSections):
    """The sections on what was said, as methods of the referat."""

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
        self.add(table_with_child_column(rows, [14 * mm, 62 * mm], range(1, len(rows))))

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
