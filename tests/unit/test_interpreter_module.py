"""The interpreter module: complete, readable, and precise about what is wrong."""

from pathlib import Path

import pytest

from borne_samtale.domain import AgeBand, InterpreterMode
from borne_samtale.domain.lix import lix
from borne_samtale.errors import GuideError
from borne_samtale.guides.interpreter import REQUIRED_BRIEFING, REQUIRED_REMINDERS
from borne_samtale.guides.loader import check_interpreter_module, load_interpreter_module
from borne_samtale.guides.quality import LIX_LIMIT
from borne_samtale.resources import interpreter_module_path


def test_the_shipped_module_has_every_required_item() -> None:
    module = load_interpreter_module(interpreter_module_path())
    assert {i.id for i in module.briefing} >= REQUIRED_BRIEFING
    assert {i.id for i in module.reminders} >= REQUIRED_REMINDERS
    assert module.phone
    assert module.video
    assert module.debriefing
    assert module.phone_limit_minutes == 10
    assert module.mode_items(InterpreterMode.PHONE) == module.phone
    assert module.mode_items(InterpreterMode.IN_PERSON) == ()


def test_the_module_covers_booking_and_a_child_who_switches_to_danish() -> None:
    """Gender and background are weighed when booking, the same interpreter is kept, and the
    caseworker knows beforehand and in the room what to do when the child speaks Danish."""
    module = load_interpreter_module(interpreter_module_path())
    briefing = {item.id: item.text for item in module.briefing}
    reminders = {item.id: item.text for item in module.reminders}
    assert "køn" in briefing["gender-and-background"]
    assert "baggrund" in briefing["gender-and-background"]
    assert "samme tolk" in briefing["same-interpreter"]
    assert "dansk" in briefing["danish-switch-agreed"]
    assert "via" in reminders["child-switches-to-danish"]  # Danish quotes are not "via tolk"


@pytest.mark.parametrize("band", list(AgeBand))
def test_the_role_explanation_is_easy_to_follow_for_each_age(band: AgeBand) -> None:
    module = load_interpreter_module(interpreter_module_path())
    value = lix(module.role_explanation[band])
    print(f"tolk.yaml role_explanation {band}: LIX {value:.1f}")
    assert value <= LIX_LIMIT[band]


def test_a_missing_required_item_is_reported_with_its_line(tmp_path: Path) -> None:
    text = interpreter_module_path().read_text(encoding="utf-8")
    broken = text.replace("id: word-for-word", "id: ord-for-ord")
    assert broken != text
    path = tmp_path / "tolk.yaml"
    path.write_text(broken, encoding="utf-8")
    module, problems = check_interpreter_module(path)
    assert module is None
    assert len(problems) == 1
    assert "word-for-word" in problems[0].message
    assert problems[0].line is not None
    with pytest.raises(GuideError, match=r"tolk\.yaml"):
        load_interpreter_module(path)
