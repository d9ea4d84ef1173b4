"""Quality of the shipped guides: complete, readable for each age, open questions in § 137."""

import re

import pytest

from borne_samtale.domain import AgeBand, Phase, Purpose
from borne_samtale.guides import Guide, load_guides
from borne_samtale.guides.loader import load_interpreter_module
from borne_samtale.guides.quality import LIX_LIMIT, closed_or_leading, lix_by_band, said_to_child
from borne_samtale.guides.suggest import NOT_HELD_GUIDE, not_held_guide, suggest_guide
from borne_samtale.resources import guides_dir, interpreter_module_path

GUIDES = load_guides(guides_dir())
IDS = [g.id for g in GUIDES]

# What contact and framing must tell every child, and closing must leave the child with: a
# pattern the prompts said to a child of each age band must match (small children hear
# "a grown-up you like may come along", not "bisidder").
FRAMING_TOPICS = {
    "the right to a bisidder": r"bisidder|(voksen|ven|en)\b[^.]{0,40}\bmed\b",
    "the right not to answer": r"svare|vil jeg ikke|sige pas|sige nej",
    "the child does not decide": r"bestemme|beslut|finde ud af|ansvar",
}
CLOSING_TOPICS = {"who the child can call": r"\[nummer\]|ring"}


@pytest.mark.parametrize("guide", GUIDES, ids=IDS)
def test_every_guide_has_every_phase_and_age_band(guide: Guide) -> None:
    assert [p.phase for p in guide.phases] == list(Phase)
    assert set(guide.age_bands) == set(AgeBand)
    for band in AgeBand:
        for phase in (Phase.CONTACT_AND_FRAMING, Phase.EXPLORING, Phase.CLOSING):
            prompts = guide.prompts_for(phase, band, with_interpreter=False)
            assert any(p.is_said_to_child for p in prompts), (band, phase)


@pytest.mark.parametrize("guide", GUIDES, ids=IDS)
def test_prompts_said_to_the_child_are_easy_to_read(guide: Guide) -> None:
    figures = lix_by_band(guide)
    print(guide.id, " ".join(f"{b}: LIX {v:.1f}" for b, v in figures.items()))
    for band, value in figures.items():
        assert value <= LIX_LIMIT[band], f"{guide.id} {band}: LIX {value:.1f}"


def _said(guide: Guide, phase: Phase, band: AgeBand) -> str:
    prompts = guide.prompts_for(phase, band, with_interpreter=False)
    return " ".join(p.text for p in prompts if p.is_said_to_child).lower()


@pytest.mark.parametrize("guide", GUIDES, ids=IDS)
def test_every_guide_frames_and_closes_the_conversation_for_every_age(guide: Guide) -> None:
    framing_items = [m for m in guide.must_cover if m.phase is Phase.CONTACT_AND_FRAMING]
    assert len(framing_items) >= 3
    for band in AgeBand:
        for topic, pattern in FRAMING_TOPICS.items():
            assert re.search(pattern, _said(guide, Phase.CONTACT_AND_FRAMING, band)), (band, topic)
        for topic, pattern in CLOSING_TOPICS.items():
            assert re.search(pattern, _said(guide, Phase.CLOSING, band)), (band, topic)


def test_the_abuse_guide_asks_only_open_questions() -> None:
    guide = next(g for g in GUIDES if Purpose.ABUSE_REPORT in g.purposes and g.id != NOT_HELD_GUIDE)
    assert closed_or_leading(guide) == []


@pytest.mark.parametrize("guide", GUIDES, ids=IDS)
def test_every_guide_asks_only_open_questions(guide: Guide) -> None:
    """Every question opens with an open word; a line said to the child asks nothing."""
    assert [(p.id, p.text) for p in closed_or_leading(guide)] == []


@pytest.mark.parametrize("guide", GUIDES, ids=IDS)
def test_every_prompt_said_to_a_child_asks_at_most_one_question(guide: Guide) -> None:
    """One question at a time (the interpreter rule, and easier for any child): a follow-up
    question is a prompt of its own. Counted for every age band, interpreter prompts too."""
    for band in guide.age_bands:
        said = said_to_child(guide, band)
        assert said, (guide.id, band)
        stacked = [(p.id, p.text) for p in said if _asks(p.text) > 1]
        assert stacked == [], (guide.id, band)


def _asks(text: str) -> int:
    """How many things a prompt asks of the child: its questions and its invitations."""
    return text.count("?") + len(re.findall(r"(?:^|[.!?]\s+)Fortæl\b", text))


def test_asking_is_counted_by_questions_and_invitations() -> None:
    assert _asks("Hvad gør dig glad?") == 1
    assert _asks("Fortæl mig om dit værelse.") == 1
    assert _asks("Du må sige pas. Hvad tænker du?") == 1
    assert _asks("Hvad gør dig glad? Hvad gør dig ked af det?") == 2
    assert _asks("Fortæl mig om dit hus. Hvor sover du?") == 2


def test_what_the_interpreter_module_says_to_the_child_asks_at_most_one_question() -> None:
    module = load_interpreter_module(interpreter_module_path())
    for band in AgeBand:
        assert module.role_explanation[band].count("?") <= 1, band


# The child brings in the people of its life first: no prompt said to a child names a parent
# or a sibling the child has not named (the child's own words are quoted as »…«).
FAMILY_PLACEHOLDERS = re.compile(r"\[(mor|far|søskende|forældre|familien)\]")


@pytest.mark.parametrize("guide", GUIDES, ids=IDS)
def test_no_prompt_said_to_a_child_brings_in_family_members(guide: Guide) -> None:
    for band in guide.age_bands:
        named = [p.id for p in said_to_child(guide, band) if FAMILY_PLACEHOLDERS.search(p.text)]
        assert named == [], (guide.id, band)


def test_the_abuse_guide_brings_in_no_home_and_no_unsafety() -> None:
    """In § 137 the child names places first; the scale does not say where the child is
    unsafe, and no question takes for granted that the child is unsafe now."""
    guide = next(g for g in GUIDES if g.id == "underretning-overgreb")
    for band in guide.age_bands:
        for prompt in said_to_child(guide, band):
            text = prompt.text.lower()
            assert not re.search(r"\b(der)?hjemme\b", text), (band, prompt.id)
            assert "for at du er tryg" not in text, (band, prompt.id)


def test_each_purpose_has_its_own_guide_and_the_not_held_path_exists() -> None:
    for purpose in Purpose:
        if purpose is Purpose.OTHER:
            continue
        for band in AgeBand:
            guide = suggest_guide(GUIDES, purpose, band)
            assert guide is not None, (purpose, band)
            assert purpose in guide.purposes
            assert guide.id != NOT_HELD_GUIDE
    assert not_held_guide(GUIDES) is not None
