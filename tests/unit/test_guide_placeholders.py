"""Placeholders in guide texts are filled from what the app knows, else a readable stand-in."""

import pytest

from borne_samtale.domain import AgeBand
from borne_samtale.domain.conversation import LegalBasis
from borne_samtale.domain.enums import Purpose
from borne_samtale.domain.people import CaseworkerProfile, Interpreter
from borne_samtale.guides import Guide, load_guides
from borne_samtale.guides.loader import load_interpreter_module
from borne_samtale.guides.placeholders import (
    FALLBACK,
    fill,
    known_values,
    measure_in_words,
    placeholders,
)
from borne_samtale.resources import guides_dir, interpreter_module_path

GUIDES = load_guides(guides_dir())
MODULE = load_interpreter_module(interpreter_module_path())


def test_known_values_are_filled_in() -> None:
    text = "Jeg hedder [navn]. Vi skal tale om [hjælpen]. Mit nummer er [nummer]."
    values = {"navn": "Mette", "hjælpen": "en kontaktperson", "nummer": "87 13 25 00"}
    assert fill(text, values) == (
        "Jeg hedder Mette. Vi skal tale om en kontaktperson. Mit nummer er 87 13 25 00."
    )


def test_an_unknown_value_leaves_a_readable_stand_in_not_a_bracket() -> None:
    text = "Jeg hedder [navn]. Vi skal tale om [hjælpen]. Mødet er [hvornår]."
    assert fill(text, {}) == "Jeg hedder (dit fornavn). Vi skal tale om hjælpen. Mødet er (dato)."
    assert fill("Det her er [tolkens navn].", {"navn": "Mette"}) == "Det her er tolken."
    assert fill("Se [noget nyt].", {}) == "Se (noget nyt)."
    assert fill("Jeg hedder [navn].", {"navn": "  "}) == "Jeg hedder (dit fornavn)."


def test_a_value_that_opens_a_sentence_gets_a_capital_letter() -> None:
    said = "[tolkens navn] tolker. Så siger du, hvad [de voksne] må høre. [de voksne] ved det."
    assert fill(said, {}) == (
        "Tolken tolker. Så siger du, hvad de voksne her må høre. De voksne her ved det."
    )
    assert fill("[tolkens navn] tolker.", {"tolkens navn": "amira"}) == "Amira tolker."


def test_the_childs_own_words_and_other_text_are_left_alone() -> None:
    text = "Fortæl mig mere om »…«. Skalaen går fra 0 til 10 (se [tal])."
    assert fill(text, {"tal": "4"}) == "Fortæl mig mere om »…«. Skalaen går fra 0 til 10 (se 4)."


def test_the_values_come_from_the_profile_the_measure_and_the_interpreter() -> None:
    profile = CaseworkerProfile(name="Mette Kjær Hansen", phone=" 87 13 25 00 ")
    basis = LegalBasis(
        purpose=Purpose.BEFORE_DECISION, concrete_measure="Aflastning hver anden weekend (§ 32)."
    )
    interpreter = Interpreter(name_or_id="Samira", language="arabisk")
    assert known_values(profile, basis, interpreter) == {
        "navn": "Mette",
        "nummer": "87 13 25 00",
        "hjælpen": "aflastning hver anden weekend",
        "tolkens navn": "Samira",
    }
    # An interpreter known only by an ID number is "tolken" to the child; nothing known, nothing
    # filled, so every placeholder gets its stand-in.
    by_id = Interpreter(name_or_id="T-40117")
    assert known_values(CaseworkerProfile(), None, by_id) == {}
    assert fill("[tolkens navn] og [navn]", known_values(None, None, by_id)) == (
        "Tolken og (dit fornavn)"
    )


def test_a_measure_keeps_an_abbreviation_at_its_start() -> None:
    assert measure_in_words("PPR-udredning") == "PPR-udredning"
    assert measure_in_words("En kontaktperson (jf. § 32, stk. 1, nr. 7)") == "en kontaktperson"


@pytest.mark.parametrize("guide", GUIDES, ids=[g.id for g in GUIDES])
def test_no_shipped_guide_text_shows_a_bracket_once_filled(guide: Guide) -> None:
    for phase in guide.phases:
        for prompt in phase.prompts:
            for name in placeholders(prompt.text):
                assert name in FALLBACK, (prompt.id, name)
            assert "[" not in fill(prompt.text, {}), (prompt.id, prompt.text)


def test_the_interpreter_module_shows_no_bracket_once_filled() -> None:
    texts = [MODULE.role_explanation[band] for band in AgeBand] + [
        item.text for section in MODULE.sections() for item in section
    ]
    for text in texts:
        assert "[" not in fill(text, {}), text
    assert fill(MODULE.role_explanation[AgeBand.AGE_3_6], {"tolkens navn": "Samira"}).startswith(
        "Det her er Samira."
    )


@pytest.mark.parametrize("guide", GUIDES, ids=[g.id for g in GUIDES])
def test_every_placeholder_a_guide_uses_is_explained_in_its_header(guide: Guide) -> None:
    path = guides_dir() / f"{guide.id}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    used = {name for phase in guide.phases for p in phase.prompts for name in placeholders(p.text)}
    assert used
    for name in sorted(used):
        assert f"[{name}]" in header, (path.name, name)
