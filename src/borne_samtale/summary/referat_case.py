"""The referat's sections on the frame of the conversation.

The case and the child, the legal basis, who was present (and the interpreter), what the
child was told, and why a conversation was not held.
"""

from reportlab.platypus import Spacer  # type: ignore[import-untyped]

from borne_samtale.domain import labels
from borne_samtale.domain.age import AgeRights
from borne_samtale.domain.enums import (
    Consulted,
    Exclusion,
    HeldStatus,
    InterpreterMode,
    PlacementConsent,
    Purpose,
    SuspectAnswer,
    ToldItem,
    WeighsAgainst,
)
from borne_samtale.domain.people import Interpreter
from borne_samtale.domain.signoff import phone_minutes
from borne_samtale.summary.layout import (
    bullets,
    esc,
    fields,
    or_missing,
    para,
    yes_no,
)
from borne_samtale.summary.model import (
    danish_date,
    danish_duration,
    danish_time,
    danish_weekday_date,
    local,
)
from borne_samtale.summary.referat_base import ReferatSections


class CaseSections(ReferatSections):
    """Sections 1-4 (and why a conversation was not held), as methods of the referat."""

    # 1. case and child
    def case_and_child(self) -> None:
        d, c = self.data, self.c
        self.heading("Sag og barn")
        start = local(c.starts_at)
        when = danish_time(c.starts_at)
        if c.ends_at is not None:
            when = f"{when}–{danish_time(c.ends_at)}"
        age = d.child_age
        rights = AgeRights.for_age(age)
        right_text = []
        if rights.is_party:
            right_text.append("part i sagen (fra 10 år)")
        if rights.may_attend_meetings:
            right_text.append("kan deltage i møder om afgørelsen (fra 12 år)")
        if rights.consent_required_for_placement:
            right_text.append("skal give samtykke til frivillig anbringelse (fra 15 år)")
        rights_line = (
            "Barnet er " + ", ".join(right_text) + "."
            if right_text
            else "Barnet er under 10 år og er ikke part i sagen."
        )
        rows = [
            ("Sagsnummer", or_missing(d.child.case_number)),
            ("Barn", d.child.name),
            ("Alder på samtaledagen", f"{age} år"),
            ("Rettigheder efter alder", rights_line),
        ]
        languages = d.child.preferred_language.strip()
        if d.child.home_languages:
            languages += f" (sprog i hjemmet: {', '.join(d.child.home_languages)})"
        if languages and languages != "dansk":
            rows.append(("Barnets sprog", languages))
        caseworker = ", ".join(
            part for part in (d.caseworker.name.strip(), d.caseworker.title.strip()) if part
        )
        unit = ", ".join(
            part for part in (d.caseworker.unit.strip(), d.caseworker.municipality.strip()) if part
        )
        rows += [
            ("Dato", danish_weekday_date(start.date())),
            ("Tidspunkt", f"kl. {when}"),
            *([("Varighed", danish_duration(c))] if c.elapsed_seconds else []),
            ("Sted", or_missing(c.place)),
            ("Rådgiver", or_missing(caseworker)),
            ("Enhed og kommune", or_missing(unit)),
        ]
        self.add(fields(rows, self.s))

    # 2. legal basis and purpose
    def legal_basis(self) -> None:
        basis = self.c.legal_basis
        self.heading("Lovgrundlag og formål")
        rows = [("Formål", labels.PURPOSE[basis.purpose])]
        if basis.purpose_note.strip():
            rows.append(("Formålet beskrevet", basis.purpose_note))
        if basis.decision_section.strip() or basis.purpose is Purpose.BEFORE_DECISION:
            rows.append(("Afgørelse efter", or_missing(basis.decision_section)))
        if basis.concrete_measure.strip() or basis.purpose is Purpose.BEFORE_DECISION:
            rows.append(("Den konkrete foranstaltning", or_missing(basis.concrete_measure)))
        if basis.young_person_consent is not PlacementConsent.NOT_ASKED:
            rows.append(
                ("Den unges samtykke (§ 46)", labels.PLACEMENT_CONSENT[basis.young_person_consent])
            )
        if basis.consent_follow_up.strip():
            rows.append(("Det følger af den unges nej", basis.consent_follow_up))
        rows += self._safeguarding_rows()
        self.add(fields(rows, self.s))
        if self.c.goals:
            self.sub("Mål i handleplanen")
            self.add(bullets([g.text for g in self.c.goals], self.s.bullet))

    def _safeguarding_rows(self) -> list[tuple[str, str]]:
        guard = self.c.safeguarding
        abuse = self.c.legal_basis.purpose is Purpose.ABUSE_REPORT
        if not abuse and guard.suspect_answer is SuspectAnswer.NOT_ANSWERED:
            return []
        label = "Mistænkt" if abuse else "Bekymring om en person"
        rows = [(label, labels.SUSPECT_ANSWER[guard.suspect_answer])]
        if guard.suspect_answer is SuspectAnswer.NAMED:
            for person in guard.persons:
                home = "bor med barnet" if person.lives_with_child else "bor ikke med barnet"
                rows.append((label, f"{labels.PERSON_RELATION[person.relation]} ({home})"))
        if abuse:
            for what, answer, on in (
                ("Politiet spurgt til råds", guard.police, guard.police_on),
                ("Børnehuset spurgt til råds", guard.bornehus, guard.bornehus_on),
            ):
                text = labels.CONSULTED[answer]
                if answer is Consulted.YES and on is not None:
                    text += f", {danish_date(on)}"
                rows.append((what, text))
        return rows

    # 3. presence
    def presence(self) -> None:
        p = self.c.presence
        self.heading("Til stede")
        rows: list[tuple[str, str]] = []
        if self.c.held is HeldStatus.HELD:
            rows.append(("Barnet og rådgiveren", "Til stede"))
        elif self.c.held is HeldStatus.CHILD_DECLINED:
            rows.append(("Barnet", "Sagde nej til samtalen"))
        if not p.parents:
            rows.append(("Forældre", "Ikke angivet"))
        for parent in p.parents:
            state = (
                "Til stede"
                if parent.present
                else f"Ikke til stede. Grund: {or_missing(parent.absent_reason)}"
            )
            rows.append((labels.PARENT_ROLE[parent.role], state))
        bisidder = p.bisidder
        if bisidder is None:
            rows.append(
                (
                    "Bisidder",
                    "Barnet fik tilbudt en bisidder, men havde ingen med."
                    if p.bisidder_offered
                    else "Der er ikke noteret, at barnet fik tilbudt en bisidder.",
                )
            )
        else:
            who = bisidder.relation.strip() or "Relation ikke angivet"
            age = f"{bisidder.age} år" if bisidder.age is not None else "alder ikke angivet"
            text = f"{who}, {age}. {labels.EXCLUSION[bisidder.excluded]}"
            if bisidder.excluded is not Exclusion.NOT_EXCLUDED:
                text += f". Grund: {or_missing(bisidder.exclusion_reason)}"
            rows.append(("Bisidder", text + "."))
        if p.others:
            rows.append(("Andre til stede", ", ".join(p.others)))
        rows = [(label, esc(value)) for label, value in rows]
        if p.interpreter is None:
            rows.append(("Tolk", "Ingen tolk"))
        else:
            rows += self.interpreter(p.interpreter)
        self.add(fields(rows, self.s, escaped=True))

    def interpreter(self, i: Interpreter) -> list[tuple[str, str]]:
        """Rows about the interpreter (values as escaped markup)."""
        language = i.language.strip() or "Ikke angivet"
        if i.dialect.strip():
            language += f", dialekt: {i.dialect.strip()}"
        checks = "<br/>".join(
            f"{esc(label)}: {yes_no(done)}"
            for label, done in (
                ("Ikke i familie med barnet", i.confirmed_not_relative),
                ("Mindst 18 år", i.confirmed_adult),
                ("Kender sin tavshedspligt", i.confidentiality_confirmed),
                ("Instrueret før samtalen", i.briefing_done),
                ("Opfølgning efter samtalen", i.debriefing_done),
            )
        )
        rows = [
            ("Tolk (navn eller ID)", esc(or_missing(i.name_or_id))),
            ("Tolkebureau", esc(or_missing(i.agency))),
            ("Tolkens sprog", esc(language)),
            ("Tolkens køn", esc(labels.INTERPRETER_GENDER[i.gender])),
            ("Tolkning", esc(labels.INTERPRETER_MODE[i.mode])),
        ]
        minutes = phone_minutes(self.c) if i.mode is InterpreterMode.PHONE else i.minutes
        if minutes is not None:
            rows.append(("Minutter med tolk", str(minutes)))
        if i.long_phone_reason.strip():
            rows.append(("Lang telefontolkning, fordi", esc(i.long_phone_reason)))
        rows.append(("Tjek af tolken", checks))
        if i.interpreting_notes.strip():
            rows.append(("Om tolkningen", esc(i.interpreting_notes)))
        return rows

    # 4. what the child was told
    def told(self) -> None:
        self.heading("Det fik barnet at vide")
        told = [item for item in ToldItem if item in self.c.child_was_told]
        if told:
            self.add(para("Rådgiveren fortalte barnet:", self.s.body))
            self.add(bullets([labels.TOLD[item] for item in told], self.s.bullet))
        else:
            self.notice("Der er ikke noteret, hvad barnet fik at vide.")
        not_told = [
            item
            for item in self.data.checklist.items
            if item.id.startswith("told-") and not item.met
        ]
        if not_told:
            self.add(Spacer(1, 3))
            self.add(para("Ikke noteret som fortalt:", self.s.body))
            self.add(
                bullets(
                    [
                        item.title + (" (fraveget, se Fravigelser)" if item.waiver else "")
                        for item in not_told
                    ],
                    self.s.bullet,
                )
            )

    # 11 (not held). why not, and how the child's views were found
    def not_held(self) -> None:
        s = self.s
        nh = self.c.not_held
        self.heading(labels.HELD[self.c.held])
        rows = [
            ("Grund", or_missing(nh.reason if nh else "")),
        ]
        if self.c.held is HeldStatus.NOT_HELD or (nh and nh.legal_ground.strip()):
            rows.append(("Hjemmel", or_missing(nh.legal_ground if nh else "")))
            if nh and nh.weighs_against is not WeighsAgainst.NOT_STATED:
                rows.append(("Det taler afgørende imod", labels.WEIGHS_AGAINST[nh.weighs_against]))
        rows.append(
            (
                "Barnets synspunkter er belyst sådan",
                or_missing(nh.views_obtained_instead if nh else ""),
            )
        )
        self.add(fields(rows, s))
        self.add(Spacer(1, 3))
        self.notice(
            "Der er ingen samtale med barnet at gengive. Barnets synspunkter er belyst som "
            "beskrevet ovenfor."
            if not self.c.child_voice()
            else "Det, barnet sagde, står i næste afsnit."
        )
