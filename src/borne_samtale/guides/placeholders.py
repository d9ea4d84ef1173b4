"""Fill a guide text's placeholders ([navn], [hjælpen], [tolkens navn] …) with what the app knows.

A guide writes a placeholder in square brackets where the caseworker's name, the concrete
measure, the interpreter's name or something only the caseworker knows belongs (the guide
files' header comments list them). What the app knows is filled in; what it does not know
becomes a readable stand-in, never a bracket: a plain phrase that can be said as it stands
("hjælpen", "tolken", "her"), or a hint in parentheses for what only the caseworker can say
("(dit fornavn)"). Pure text, no Qt: the prompt list and the briefing dialog call it.
"""

import re
from collections.abc import Mapping

from borne_samtale.domain.conversation import LegalBasis
from borne_samtale.domain.people import CaseworkerProfile, Interpreter

PLACEHOLDER = re.compile(r"\[([a-zæøå][a-zæøå ]*)\]")

# The placeholders the app fills itself.
CASEWORKER_NAME = "navn"
CASEWORKER_PHONE = "nummer"
MEASURE = "hjælpen"
INTERPRETER_NAME = "tolkens navn"

# What stands in a prompt when a value is not known.
FALLBACK: dict[str, str] = {
    CASEWORKER_NAME: "(dit fornavn)",
    CASEWORKER_PHONE: "(dit telefonnummer)",
    MEASURE: "hjælpen",
    INTERPRETER_NAME: "tolken",
    "stedet": "her",  # the child-in-care conversation is held where the child lives
    "de voksne": "de voksne her",
    "hvornår": "(dato)",
    "dato": "(dato)",
    "mål": "(målet)",
    "tal": "(tallet fra sidst)",
    "hvem": "(hvem der får det at vide)",
    "voksen": "(en voksen, barnet er tryg ved)",
    "sted": "(hvor barnet sover i nat)",
    "emnet": "(det, samtalen handler om)",
}

_SENTENCE_END = (".", "!", "?")
_SECTION_REFERENCE = re.compile(r"\s*\((?:jf\.\s*)?§[^)]*\)\s*$")


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every placeholder replaced by its value, or by its stand-in."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name, "").strip() or FALLBACK.get(name) or f"({name})"
        before = text[: match.start()].rstrip()
        if not before or before.endswith(_SENTENCE_END):
            value = value[:1].upper() + value[1:]
        return value

    return PLACEHOLDER.sub(replace, text)


def placeholders(text: str) -> list[str]:
    """The placeholder names in a text, in order."""
    return PLACEHOLDER.findall(text)


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""


def measure_in_words(measure: str) -> str:
    """The recorded measure as it can be said to a child: without a trailing section reference
    or full stop, and in lower case unless it starts with an abbreviation ("PPR")."""
    words = _SECTION_REFERENCE.sub("", measure.strip().rstrip(". ")).rstrip(". ")
    if len(words) > 1 and words[0].isupper() and not words[1].isupper():
        words = words[0].lower() + words[1:]
    return words


def interpreter_name(name_or_id: str) -> str:
    """The interpreter's name as the child is told it; an ID number is not a name."""
    name = name_or_id.strip()
    return "" if any(c.isdigit() for c in name) else name


def known_values(
    profile: CaseworkerProfile | None,
    legal_basis: LegalBasis | None,
    interpreter: Interpreter | None,
) -> dict[str, str]:
    """The placeholder values the app knows from the caseworker's profile, the conversation's
    concrete measure and the interpreter. Unknown ones are left out (``fill`` stands in)."""
    found = {
        CASEWORKER_NAME: first_name(profile.name) if profile else "",
        CASEWORKER_PHONE: profile.phone.strip() if profile else "",
        MEASURE: measure_in_words(legal_basis.concrete_measure) if legal_basis else "",
        INTERPRETER_NAME: interpreter_name(interpreter.name_or_id) if interpreter else "",
    }
    return {name: value for name, value in found.items() if value}
