"""Fuzzing the three readers of files from outside: guides, conversation records, key files.

Hypothesis mutates real, valid inputs (byte flips, truncation, inserted tokens, JSON and YAML
structure changes; see tests/mutations.py) rather than only random bytes, so most cases get
past the first parser. Any input must give success or the typed user error: never another
exception, and never a vault that holds anything but what it held before. The same
mutations run for longer under atheris with ``make fuzz`` (fuzz/README.md).
"""

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borne_samtale.errors import GuideError
from borne_samtale.guides import parse_guide
from borne_samtale.guides.interpreter import InterpreterModule
from borne_samtale.guides.loader import load_guide_file, load_guides, parse_yaml_model
from borne_samtale.resources import guides_dir, interpreter_module_path
from tests.conftest import run_cli
from tests.mutations import (
    BIG_NUMBER_TEXT,
    Choose,
    mutate_bytes,
    mutate_tree,
    mutate_yaml_text,
    with_big_numbers,
)

MARKER = "Skumfidusbjerg"  # an invented word: must never appear in an error message

FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Examples per test are sized so the file takes about half a minute; a longer local run:
# BORNE_SAMTALE_FUZZ_SCALE=20 pytest tests/test_fuzz.py
SCALE = float(os.environ.get("BORNE_SAMTALE_FUZZ_SCALE", "1"))


def examples(count: int) -> int:
    return max(1, round(count * SCALE))


def chooser(data: st.DataObject) -> Choose:
    return lambda low, high: data.draw(st.integers(low, high))


def assert_plain_message(error: BaseException, *, one_line: bool = True) -> None:
    message = str(error)
    assert message.strip(), type(error)
    assert "Traceback" not in message
    assert MARKER not in message
    if one_line:
        assert "\n" not in message, message


# Guides ---------------------------------------------------------------------------------
GUIDE_FILE = guides_dir() / "forud-for-afgoerelse.yaml"


def _small_guide() -> str:
    """The real guide with each text cut short: the same structure at a fifth of the parse
    time, so more mutations fit in the same seconds."""
    tree = yaml.safe_load(GUIDE_FILE.read_text(encoding="utf-8"))
    tree["summary"] = tree["summary"][:60]
    for phase in tree["phases"]:
        phase["intro"] = phase.get("intro", "")[:40]
        for prompt in phase["prompts"]:
            prompt["text"] = prompt["text"][:40]
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)


SMALL_GUIDE = _small_guide()
SMALL_GUIDE_TREE = yaml.safe_load(SMALL_GUIDE)
INTERPRETER_TEXT = interpreter_module_path().read_text(encoding="utf-8")
INTERPRETER_TREE = yaml.safe_load(INTERPRETER_TEXT)


def assert_guide_or_problems(result: tuple[Any, list[Any]]) -> None:
    parsed, problems = result
    assert (parsed is None) == bool(problems)
    for problem in problems:
        assert str(problem)


def test_the_seed_guides_are_valid() -> None:
    assert parse_guide(SMALL_GUIDE, GUIDE_FILE)[1] == []
    assert load_guide_file(GUIDE_FILE)[1] == []


@settings(FUZZ, max_examples=examples(100))
@given(data=st.data())
def test_guide_text_edits_give_a_guide_or_its_problems(data: st.DataObject) -> None:
    text = mutate_yaml_text(SMALL_GUIDE, chooser(data))
    assert_guide_or_problems(parse_guide(text, Path("guide.yaml")))


@settings(FUZZ, max_examples=examples(70))
@given(data=st.data())
def test_guide_structure_edits_give_a_guide_or_its_problems(data: st.DataObject) -> None:
    tree = mutate_tree(SMALL_GUIDE_TREE, chooser(data))
    text = with_big_numbers(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False))
    assert_guide_or_problems(parse_guide(text, Path("guide.yaml")))


@settings(FUZZ, max_examples=examples(25))
@given(data=st.data())
def test_guide_file_bytes_give_a_guide_or_its_problems(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("guides")
    (folder / GUIDE_FILE.name).write_bytes(mutate_bytes(GUIDE_FILE.read_bytes(), chooser(data)))
    assert_guide_or_problems(load_guide_file(folder / GUIDE_FILE.name))
    try:
        load_guides(folder)
    except GuideError as error:
        assert_plain_message(error, one_line=False)  # one line per problem


@settings(FUZZ, max_examples=examples(60))
@given(data=st.data())
def test_interpreter_module_edits_give_a_module_or_its_problems(data: st.DataObject) -> None:
    choose = chooser(data)
    if choose(0, 1):
        text = mutate_yaml_text(INTERPRETER_TEXT, choose)
    else:
        tree = mutate_tree(INTERPRETER_TREE, choose)
        text = with_big_numbers(yaml.safe_dump(tree, allow_unicode=True))
    assert_guide_or_problems(parse_yaml_model(text, Path("tolk.yaml"), InterpreterModule))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: a\nborn: 2001-02-30\n", "en dato eller et tal er forkert"),
        (f"id: a\nversion: {BIG_NUMBER_TEXT}\n", "en dato eller et tal er forkert"),
        ("id: " + "[" * 3000 + "]" * 3000 + "\n", "indlejret for dybt"),
        ("a: &a [x, x]\nb: [*a, *a]\n", "aliaser"),
        ("id: !!timestamp x\n", "mærker"),
    ],
    ids=["impossible-date", "5000-digit-number", "deep-nesting", "alias", "tag"],
)
def test_yaml_the_loader_could_not_read_is_a_problem_not_a_crash(text: str, expected: str) -> None:
    """Found by fuzzing: these raised ValueError, RecursionError or (a tag on the wrong value)
    AttributeError, or (aliases) could expand a few lines into millions of values."""
    guide, problems = parse_guide(text, Path("guide.yaml"))
    assert guide is None
    assert expected in str(problems[0])


def test_an_alias_bomb_is_refused_at_once() -> None:
    bomb = SMALL_GUIDE + "".join(
        [f"x0: &a0 [{', '.join(['y'] * 10)}]\n"]
        + [f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 9)]
    )
    guide, problems = parse_guide(bomb, Path("guide.yaml"))
    assert guide is None
    assert [p.line for p in problems] == [SMALL_GUIDE.count("\n") + 2]


def test_guides_check_reports_an_unreadable_value_as_a_problem(tmp_path: Path) -> None:
    shutil.copy(GUIDE_FILE, tmp_path)
    broken = tmp_path / GUIDE_FILE.name
    broken.write_text(broken.read_text(encoding="utf-8") + "revideret: 2026-02-30\n")
    result = run_cli("guides", "check", str(tmp_path))
    assert result.returncode == 1  # was 70: an unexpected error
    assert "Traceback" not in result.stderr
    assert "en dato eller et tal er forkert" in result.stderr
