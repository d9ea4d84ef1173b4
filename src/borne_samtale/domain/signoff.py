"""The sign-off checklist: what must be in place before the referat may be signed.

Computed from the conversation, the child and the caseworker profile; pure Python. Each item
that is not met explains in plain Danish what is missing and names its legal reference, or
"God praksis". The law is told apart from good practice:

- an item the law requires is never waived: it is met, or answered through the law's own
  exception with its reason (e.g. § 5, stk. 4, with how the child's views were found);
- a good-practice item may be waived with a real reason, printed under "Fravigelser";
- a few good-practice items guard the child's safety (the child's consent per quote, where
  the letter goes, the interpreter's independence) and are not waivable either.
"""

from dataclasses import dataclass

from borne_samtale.domain.conversation import Conversation, Waiver
from borne_samtale.domain.people import CaseworkerProfile, Child
from borne_samtale.domain.signoff_rules import (
    GOOD_PRACTICE,
    home_is_risky,
    names_a_measure,
    phone_minutes,
    rules,
    section_number,
    substantial,
    unsafe_presence,
)

# The rules' helpers that the services, the UI and the documents use, by their old address.
__all__ = [
    "CheckItem",
    "Checklist",
    "checklist",
    "home_is_risky",
    "names_a_measure",
    "phone_minutes",
    "section_number",
    "substantial",
    "unsafe_presence",
]


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist."""

    id: str
    title: str  # short, for the list
    explanation: str  # what is missing and why, shown when the item is not met
    reference: str
    met: bool
    waivable: bool = True
    waiver: Waiver | None = None

    @property
    def done(self) -> bool:
        return self.met or self.waiver is not None

    @property
    def is_law(self) -> bool:
        """Required by law (never waivable), as against good practice."""
        return not self.reference.startswith(GOOD_PRACTICE)


@dataclass(frozen=True)
class Checklist:
    items: tuple[CheckItem, ...]

    @property
    def ready_to_sign(self) -> bool:
        return all(item.done for item in self.items)

    def missing(self) -> list[CheckItem]:
        return [item for item in self.items if not item.done]

    def waived(self) -> list[CheckItem]:
        return [item for item in self.items if not item.met and item.waiver is not None]

    def item(self, item_id: str) -> CheckItem:
        return next(i for i in self.items if i.id == item_id)


def checklist(conversation: Conversation, child: Child, caseworker: CaseworkerProfile) -> Checklist:
    """The sign-off checklist for a conversation, with the caseworker's waivers applied.

    A waiver counts only on a good-practice item that may be waived, and only with a real
    reason; the law's own items are never waived."""
    waivers = {w.item: w for w in conversation.sign_off.waivers if substantial(w.reason)}
    items = []
    for rule in rules(conversation, child, caseworker):
        waivable = rule.waivable and rule.reference.startswith(GOOD_PRACTICE)
        waiver = waivers.get(rule.id) if (waivable and not rule.met) else None
        items.append(
            CheckItem(
                rule.id, rule.title, rule.explanation, rule.reference, rule.met, waivable, waiver
            )
        )
    return Checklist(tuple(items))
