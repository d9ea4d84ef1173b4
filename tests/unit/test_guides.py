"""Guides as data: the shipped guides are valid, and a broken file is reported precisely."""

from pathlib import Path

import pytest

from borne_samtale.domain import AgeBand, Phase
from borne_samtale.errors import GuideError
from borne_samtale.guides import PromptKind, check_guides, load_guides, parse_guide
from borne_samtale.resources import guides_dir

MINIMAL = """\
id: test-guide
version: 1
title: Testguide
purposes: [other]
age_bands: ["7-10"]
phases:
  - phase: preparation
    title: Forberedelse
    prompts:
      - kind: instruction
        text: Forbered dig.
  - phase: contact_and_framing
    title: Kontakt
    prompts:
      - kind: say
        text: Hej, jeg hedder Lise.
  - phase: exploring
    title: Udforskning
    prompts:
      - kind: question
        text: Fortæl mig om din dag.
      - kind: tool
        tool: scale
        text: Brug skalaen.
  - phase: closing
    title: Afslutning
    prompts:
      - kind: say
        text: Tak fordi du fortalte.
  - phase: follow_up
    title: Opfølgning
    prompts:
      - kind: reminder
        text: Skriv notatet i dag.
"""


def test_the_shipped_guides_load() -> None:
    guides = load_guides(guides_dir())
    assert "forud-for-afgoerelse" in {g.id for g in guides}


def test_the_decision_guide_is_complete_for_every_age_band() -> None:
    guide = next(g for g in load_guides(guides_dir()) if g.id == "forud-for-afgoerelse")
    assert set(guide.age_bands) == set(AgeBand)
    for band in AgeBand:
        for phase in (Phase.CONTACT_AND_FRAMING, Phase.EXPLORING, Phase.CLOSING):
            said = [p for p in guide.prompts_for(phase, band, False) if p.is_said_to_child]
            assert said, f"no prompt said to a child of {band} in {phase}"
    with_interpreter = {
        p.id for ph in Phase for p in guide.prompts_for(ph, AgeBand.AGE_11_15, True)
    }
    without = {p.id for ph in Phase for p in guide.prompts_for(ph, AgeBand.AGE_11_15, False)}
    assert with_interpreter > without  # interpreter prompts appear only with an interpreter
    tools = {p.tool for ph in guide.phases for p in ph.prompts if p.kind is PromptKind.TOOL}
    assert len(tools) == 3
    assert guide.must_cover


def test_a_valid_minimal_guide_parses() -> None:
    guide, problems = parse_guide(MINIMAL, Path("g.yaml"))
    assert problems == []
    assert guide is not None
    assert [p.text for p in guide.prompts_for(Phase.EXPLORING, AgeBand.AGE_7_10, False)] == [
        "Fortæl mig om din dag.",
        "Brug skalaen.",
    ]


def test_a_wrong_value_is_reported_with_file_line_and_field() -> None:
    broken = MINIMAL.replace("      - kind: question\n", "      - kind: spørgsmål\n")
    guide, problems = parse_guide(broken, Path("g.yaml"))
    assert guide is None
    assert len(problems) == 1
    line = broken.splitlines().index("      - kind: spørgsmål") + 1
    assert str(problems[0]).startswith(f"g.yaml:{line}: phases[2].prompts[0].kind:")


def test_a_missing_phase_and_a_missing_field_are_both_reported() -> None:
    broken = MINIMAL.replace("title: Testguide\n", "").replace("phase: follow_up", "phase: closing")
    _, problems = parse_guide(broken, Path("g.yaml"))
    fields = sorted(p.field for p in problems)
    assert fields == ["phases", "title"]
    assert all(p.line is not None for p in problems)


def test_a_duplicate_key_is_reported_with_its_line() -> None:
    broken = MINIMAL.replace("version: 1\n", "version: 1\nversion: 2\n")
    guide, problems = parse_guide(broken, Path("g.yaml"))
    assert guide is None
    assert [(p.line, p.field) for p in problems] == [(3, "version")]


def test_broken_yaml_is_reported_with_its_line() -> None:
    broken = MINIMAL.replace("title: Forberedelse", "title: [Forberedelse")
    _, problems = parse_guide(broken, Path("g.yaml"))
    assert len(problems) == 1
    assert problems[0].line is not None
    assert "ugyldig YAML" in problems[0].message


def test_a_tool_prompt_must_name_its_tool() -> None:
    broken = MINIMAL.replace("        tool: scale\n", "")
    _, problems = parse_guide(broken, Path("g.yaml"))
    assert [p.field for p in problems] == ["phases[2].prompts[1]"]


def test_an_age_band_without_questions_is_refused() -> None:
    broken = MINIMAL.replace('age_bands: ["7-10"]', 'age_bands: ["7-10", "3-6"]').replace(
        "      - kind: question\n", '      - kind: question\n        age_bands: ["7-10"]\n'
    )
    _, problems = parse_guide(broken, Path("g.yaml"))
    assert any("3-6" in p.message for p in problems)


def test_a_folder_of_guides_reports_every_bad_file_and_duplicate_ids(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "c.yaml").write_bytes(b"\xff\xfe")
    guides, problems = check_guides(tmp_path)
    assert [g.id for g in guides] == ["test-guide"]
    messages = [str(p) for p in problems]
    assert any("b.yaml" in m and "a.yaml" in m for m in messages)
    assert any("c.yaml" in m and "UTF-8" in m for m in messages)
    with pytest.raises(GuideError, match=r"c\.yaml"):
        load_guides(tmp_path)


@pytest.mark.parametrize("depth", [100, 40_000])
def test_nesting_deeper_than_a_guide_needs_is_a_problem_not_a_crash(depth: int) -> None:
    """libyaml's composer crashes the process somewhere past 20,000 levels; such a text must
    never reach it, and anything deeper than a guide needs is reported."""
    guide, problems = parse_guide("id: " + "[" * depth + "]" * depth + "\n", Path("g.yaml"))
    assert guide is None
    assert "indlejret for dybt" in str(problems[0])


@pytest.mark.parametrize("tagged", ["!!binary aGVq", "!lokal x", "!!set {a, b}", "!!float 1"])
def test_a_tag_that_changes_the_type_is_refused(tagged: str) -> None:
    """(A tag that names the type the text has anyway, like !!str x, changes nothing.)"""
    guide, problems = parse_guide(f"id: {tagged}\nversion: 1\n", Path("g.yaml"))
    assert guide is None
    assert "mærker" in str(problems[0])
