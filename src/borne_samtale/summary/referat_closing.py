"""The referat's closing sections.

Next steps and contact, the child's feedback, how the letter reaches the child, waivers and
the signature.
"""

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from borne_samtale.domain import labels
from borne_samtale.domain.enums import LetterDelivery
from borne_samtale.domain.tools import Face
from borne_samtale.summary.fonts import BOLD
from borne_samtale.summary.layout import (
    FRAME_WIDTH,
    bullets,
    esc,
    fields,
    markup,
    or_missing,
    para,
    ruled_table_style,
)
from borne_samtale.summary.model import danish_datetime, local
from borne_samtale.summary.referat_base import ReferatSections


class ClosingSections(ReferatSections):
    """The closing sections, as methods of the referat."""

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
        rows = [(a.question, labels.FACE[a.face]) for a in feedback.answers]
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
            table.setStyle(ruled_table_style(left=0, right=6))
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
