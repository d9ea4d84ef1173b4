"""The documents layer keeps its shape: summary/ needs nothing from vault/, services/ or ui/,
the letter does not lean on the referat, each module is small with one job named in its
docstring, and every label table in domain.labels covers its whole vocabulary."""

import ast
import importlib.util
from enum import Enum
from pathlib import Path

import pytest

from borne_samtale.domain import labels
from borne_samtale.domain.enums import (
    Exclusion,
    HeldStatus,
    InterpreterMode,
    ParentRole,
    Relation,
    ToldItem,
)
from borne_samtale.domain.tools import Face
from tests.support.common import ROOT

PACKAGE = ROOT / "src" / "borne_samtale"
SUMMARY = sorted((PACKAGE / "summary").glob("*.py"))
MAX_LINES = 600


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("path", SUMMARY, ids=lambda p: p.name)
def test_summary_imports_no_layer_above_it(path: Path) -> None:
    above = ("borne_samtale.vault", "borne_samtale.services", "borne_samtale.ui")
    wrong = sorted(m for m in imported_modules(path) if m.startswith(above))
    assert not wrong, f"{path.name} imports {wrong}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "summary").glob("letter*.py")), ids=str)
def test_the_letter_does_not_import_the_referat(path: Path) -> None:
    wrong = sorted(
        m for m in imported_modules(path) if m.startswith("borne_samtale.summary.referat")
    )
    assert not wrong, f"{path.name} imports {wrong}"


@pytest.mark.parametrize(
    "path",
    [*SUMMARY, *sorted((PACKAGE / "domain").glob("signoff*.py")), PACKAGE / "domain" / "labels.py"],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_each_module_is_small_and_says_what_it_is_for(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) < MAX_LINES, path
    docstring = ast.get_docstring(ast.parse(text))
    assert docstring, f"{path.name} has no docstring"
    assert docstring.splitlines()[0].strip()


@pytest.mark.parametrize(
    ("table", "vocabulary"),
    [
        (labels.TOLD, ToldItem),
        (labels.TOLD_ON_SCREEN, ToldItem),
        (labels.TOLD_CHECK, ToldItem),
        (labels.PARENT_ROLE, ParentRole),
        (labels.EXCLUSION, Exclusion),
        (labels.INTERPRETER_MODE, InterpreterMode),
        (labels.HELD, HeldStatus),
        (labels.RELATION, Relation),
    ],
    ids=[
        "told",
        "told-on-screen",
        "told-check",
        "parent-role",
        "exclusion",
        "interpreter-mode",
        "held",
        "relation",
    ],
)
def test_every_label_table_covers_its_vocabulary(
    table: dict[Enum, object], vocabulary: type[Enum]
) -> None:
    assert set(table) == set(vocabulary)
    for value in table.values():
        texts = value if isinstance(value, tuple) else (value,)
        assert all(isinstance(t, str) and t.strip() for t in texts)


def test_the_feedback_faces_and_the_rings_have_words() -> None:
    assert set(labels.FACE) == {*Face, None}
    assert sorted(labels.RING) == [1, 2, 3]


def test_the_marker_returns_the_danish_text() -> None:
    assert labels.translatable("ConversationScreen", "Tolkens rolle") == "Tolkens rolle"


def test_the_translation_script_finds_every_marked_label() -> None:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    marked = set(tool.marked_messages(ROOT))
    assert {("ConversationScreen", text) for text in labels.TOLD_ON_SCREEN.values()} <= marked
    assert {("NetworkMapWidget", text) for text in labels.RELATION.values()} <= marked
