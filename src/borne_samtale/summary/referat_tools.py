"""The referat's section on the tools.

The scale and its history, the three houses, the network map, the child's drawings and the
ICS areas the conversation touched.
"""

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from borne_samtale.domain import labels
from borne_samtale.domain.enums import (
    CaseConsent,
    HeldStatus,
    IcsDimension,
    Purpose,
)
from borne_samtale.domain.history import ScalePoint
from borne_samtale.domain.tools import ChildDrawing, ThreeHouses
from borne_samtale.summary import drawings, scale_chart
from borne_samtale.summary.fonts import REGULAR
from borne_samtale.summary.layout import (
    FRAME_WIDTH,
    Flowable,
    adult_note,
    child_quotes,
    child_words_markup,
    esc,
    fields,
    para,
    ruled_table_style,
    table_with_child_column,
)
from borne_samtale.summary.model import danish_date, local
from borne_samtale.summary.referat_base import ReferatSections

# The ICS triangle's three sides and their areas, as the referat groups them.
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


class ToolSections(ReferatSections):
    """The "Redskaber" section, as methods of the referat."""

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
        chart = scale_chart.scale_history_chart(points, FRAME_WIDTH)
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
            table.setStyle(ruled_table_style(left=0, right=6))
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
                        Paragraph(esc(labels.RELATION[person.relation]), s.value),
                        Paragraph(esc(labels.RING[person.closeness]), s.value),
                        words,
                    ]
                )
            self.add(table_with_child_column(rows, [9 * mm, 36 * mm, 33 * mm, 31 * mm], said))
        if network.caseworker_note.strip():
            self.add(Spacer(1, 3), adult_note(network.caseworker_note, self.s))
