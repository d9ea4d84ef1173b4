"""The child's consent, per quote, to what goes into the case and the letter.

The child decides what leaves the room: every piece of the child's own words, and what
goes into the case and into the letter to the child.

The child's words live in many places: the entries, the scale's "why" and "one step up", the
words in the three houses, the people on the network map (the label is the child's word for
the person), the child's view of the measure, the wishes and the corrections made at
read-back. ``quotes`` lists them all in one order, so the read-back step can ask about each;
``for_case`` and ``for_letter`` return copies of the conversation holding only what may go
into the referat and into the letter.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from uuid import UUID

from borne_samtale.domain.conversation import Conversation
from borne_samtale.domain.entries import ChildWords, Entry, QuoteConsent
from borne_samtale.domain.enums import CaseConsent, Perspective
from borne_samtale.domain.tools import ChildDrawing, NetworkPerson

# Holders of the child's words (and drawings); each carries its own ``consent``.
Holder = Entry | ChildWords | NetworkPerson | ChildDrawing


@dataclass(frozen=True)
class Quote:
    """One piece of the child's words, where it was said, and the consent it carries."""

    key: str  # stable within a conversation, e.g. "entry:<id>" or "houses:worries:2"
    where: str  # where in the conversation, in Danish
    text: str
    via_interpreter: bool
    holder: Holder

    @property
    def consent(self) -> QuoteConsent:
        return self.holder.consent

    def set_consent(self, consent: QuoteConsent) -> None:
        self.holder.consent = consent


def quotes(conversation: Conversation) -> list[Quote]:
    """Every piece of the child's own words, in the order of the conversation."""
    return list(_quotes(conversation))


def _quotes(c: Conversation) -> Iterator[Quote]:
    for entry in c.child_voice():
        yield Quote(
            f"entry:{entry.id}",
            "Samtalen",
            entry.text,
            entry.perspective is Perspective.CHILD_VIA_INTERPRETER,
            entry,
        )
    for scale in c.scales:
        for part, where, said in (
            ("why", "Skala: hvorfor dette tal", scale.what_makes_it_this_number),
            ("step", "Skala: et trin op", scale.one_step_up),
        ):
            if said is not None and said.text.strip():
                yield _words(f"scale:{scale.id}:{part}", f"{where} ({scale.question})", said)
    houses = c.three_houses
    if houses is not None:
        for part, name, words in (
            ("good", houses.good_things_name, houses.good_things),
            ("worries", houses.worries_name, houses.worries),
            ("dreams", houses.dreams_name, houses.dreams),
        ):
            for index, said in enumerate(words):
                yield _words(f"houses:{part}:{index}", f"De tre huse: {name}", said)
        for part, name, drawing in houses.drawings():
            if drawing.drawn:
                yield _drawing(f"drawing:houses:{part}", f"Tegning: {name}", drawing)
    if c.free_drawing.drawn:
        yield _drawing("drawing:free", "Tegning: Den frie side", c.free_drawing)
    if c.network_map is not None:
        for person in c.network_map.people:
            text = person.label
            if person.child_words is not None and person.child_words.text.strip():
                text = f"{person.label}: {person.child_words.text}"
            via = bool(person.child_words and person.child_words.via_interpreter)
            yield Quote(f"network:{person.id}", "Netværkskortet", text, via, person)
    view = c.closing.child_view_of_measure
    if view is not None and view.text.strip():
        yield _words("closing:measure", "Barnets syn på foranstaltningen", view)
    for index, wish in enumerate(c.closing.child_wishes):
        yield _words(f"closing:wish:{index}", "Barnets ønsker", wish)
    for correction in c.read_back.corrections:
        yield _words(
            f"correction:{correction.id}", "Rettelse ved genlæsningen", correction.child_words
        )


def _words(key: str, where: str, said: ChildWords) -> Quote:
    return Quote(key, where, said.text, said.via_interpreter, said)


def drawing_text(drawing: ChildDrawing) -> str:
    """A drawing's line in the read-back list: a changed drawing is a new one to ask about."""
    count = len(drawing.strokes)
    return f"Barnets tegning ({count} {'streg' if count == 1 else 'streger'})"


def _drawing(key: str, where: str, drawing: ChildDrawing) -> Quote:
    return Quote(key, where, drawing_text(drawing), False, drawing)


def keep_decisions(before: list[Quote], conversation: Conversation) -> None:
    """After a tool rebuilt its words (the scale, the houses, the network map), give words the
    child already decided about their decision back. Matched by where they are and their exact
    text: words that changed are new words, and the child is asked again. Drawings keep their
    decision only as the same, unchanged drawing (the drawing pad hands it back as it was): a
    new drawing with as many strokes is still a new drawing."""
    decided = {(_place(q.key), q.text): q.consent for q in before if q.consent != QuoteConsent()}
    for quote in quotes(conversation):
        if isinstance(quote.holder, ChildDrawing):
            continue
        earlier = decided.get((_place(quote.key), quote.text))
        if earlier is not None and quote.consent == QuoteConsent():
            quote.set_consent(earlier.model_copy())


def _place(key: str) -> str:
    """A quote's key without its position in a list: "houses:worries:2" -> "houses:worries"."""
    head, _, tail = key.rpartition(":")
    return head if tail.isdigit() else key


def first_words(text: str, count: int) -> str:
    """The start of a quote, to point at it (in the checklist, beside a classification)."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def open_questions(conversation: Conversation) -> list[Quote]:
    """Quotes whose consent is not settled: not asked, or kept against the child's "no"
    without a reason told to the child."""
    return [
        q
        for q in quotes(conversation)
        if q.consent.case is CaseConsent.NOT_ASKED
        or (q.consent.case is CaseConsent.NO_KEPT and not q.consent.kept_reason.strip())
    ]


def left_out(conversation: Conversation) -> list[Quote]:
    """Quotes the child asked to keep out of the case and the caseworker left out."""
    return [q for q in quotes(conversation) if q.consent.case is CaseConsent.NO_LEFT_OUT]


def kept_against_wish(conversation: Conversation) -> list[Quote]:
    """Quotes the child asked to keep out that stay in the case, with the reason told."""
    return [q for q in quotes(conversation) if q.consent.case is CaseConsent.NO_KEPT]


def may_go_to_letter(consent: QuoteConsent) -> bool:
    """Chosen for the letter, and not words the child kept out of the case: the letter is
    attached to the case too."""
    return consent.in_letter and consent.case is not CaseConsent.NO_LEFT_OUT


def for_case(conversation: Conversation) -> Conversation:
    """A copy without the words the child kept out of the case (and the corrections of
    them): what the referat and the exported record are made from."""
    return _keeping(conversation, lambda consent: consent.case is not CaseConsent.NO_LEFT_OUT)


def for_letter(conversation: Conversation) -> Conversation:
    """A copy holding only the child's words chosen for the letter to the child.

    Words the child corrected at read-back go to the letter only together with the
    correction: the letter never tells the child words the child said were wrong."""
    letter = _keeping(conversation, may_go_to_letter)
    corrected = {c.entry_id for c in conversation.read_back.corrections if c.entry_id}
    kept_corrections = {c.entry_id for c in letter.read_back.corrections if c.entry_id}
    letter.entries = [
        e for e in letter.entries if e.id not in corrected or e.id in kept_corrections
    ]
    return letter


def _keep_drawing(drawing: ChildDrawing, keep: Callable[[QuoteConsent], bool]) -> None:
    """A drawing is passed on only with the child's answer: never one not asked about."""
    if not keep(drawing.consent) or drawing.consent.case is CaseConsent.NOT_ASKED:
        drawing.strokes = []


def _keeping(conversation: Conversation, keep: Callable[[QuoteConsent], bool]) -> Conversation:
    copy = conversation.model_copy(deep=True)
    dropped_entries: set[UUID] = {
        e.id for e in copy.entries if e.is_child_voice and not keep(e.consent)
    }
    copy.entries = [e for e in copy.entries if e.id not in dropped_entries]

    def kept(said: ChildWords | None) -> ChildWords | None:
        return said if said is not None and keep(said.consent) else None

    for scale in copy.scales:
        scale.what_makes_it_this_number = kept(scale.what_makes_it_this_number)
        scale.one_step_up = kept(scale.one_step_up)
    houses = copy.three_houses
    if houses is not None:
        houses.good_things = [w for w in houses.good_things if keep(w.consent)]
        houses.worries = [w for w in houses.worries if keep(w.consent)]
        houses.dreams = [w for w in houses.dreams if keep(w.consent)]
        for _part, _name, drawing in houses.drawings():
            _keep_drawing(drawing, keep)
    _keep_drawing(copy.free_drawing, keep)
    if copy.network_map is not None:
        copy.network_map.people = [p for p in copy.network_map.people if keep(p.consent)]
    copy.closing.child_view_of_measure = kept(copy.closing.child_view_of_measure)
    copy.closing.child_wishes = [w for w in copy.closing.child_wishes if keep(w.consent)]
    copy.read_back.corrections = [
        c
        for c in copy.read_back.corrections
        if keep(c.child_words.consent) and c.entry_id not in dropped_entries
    ]
    copy.read_back.not_to_share = ""  # free text about what to keep out is never passed on
    return copy
