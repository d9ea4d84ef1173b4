"""The reminder list beside the talk, and its ticks.

The reminder list beside the talk: the guide's must-cover items for the child's age, each
ticking what the child was told with it, then whatever else the child must be told that the
guide has no item for. The screen shows these and hands the ticks back; no Qt here."""

from collections.abc import Iterable
from dataclasses import dataclass

from borne_samtale.domain import Conversation
from borne_samtale.domain.enums import AgeBand, ToldItem
from borne_samtale.guides import Guide


@dataclass(frozen=True)
class Reminder:
    """One line of the list. ``text`` is the guide's item; for a told item it is empty and
    the screen names ``told[0]`` in its own words."""

    kind: str  # "cover": a guide item (``ident`` its id); "told": a told item (its value)
    ident: str
    told: tuple[ToldItem, ...]
    done: bool
    text: str = ""


def reminders(
    conversation: Conversation, guide: Guide | None, band: AgeBand | None
) -> list[Reminder]:
    """The list as it stands for ``conversation``."""
    c = conversation
    found: list[Reminder] = []
    linked: set[ToldItem] = set()
    if guide is not None and band is not None:
        for item in guide.must_cover_for(band):
            linked.update(item.told)
            done = item.id in c.covered_items or bool(
                item.told and set(item.told) <= set(c.child_was_told)
            )
            found.append(Reminder("cover", item.id, tuple(item.told), done, item.text))
    for told in ToldItem:
        if told in linked:
            continue
        if told is ToldItem.INTERPRETER_ROLE and not c.has_interpreter:
            continue
        found.append(Reminder("told", told.value, (told,), told in c.child_was_told))
    return found


def tick(conversation: Conversation, ticked: Iterable[Reminder]) -> None:
    """The ticked lines are what was covered and told (the unticked ones are not)."""
    covered: list[str] = []
    told: set[ToldItem] = set()
    for reminder in ticked:
        if reminder.kind == "cover":
            covered.append(reminder.ident)
        told.update(reminder.told)
    conversation.covered_items = covered
    conversation.child_was_told = [t for t in ToldItem if t in told]
