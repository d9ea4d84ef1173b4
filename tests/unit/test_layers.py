"""The layers import downwards only, the vault owns the SQL, and every module has one job.

An AST test over every module in src/borne_samtale (imports under ``TYPE_CHECKING`` count
too: a type from a lower layer reaches the window through services or domain). And domain/
and guides/ stay pure: they import with Qt, SQLCipher and reportlab blocked. Every module
opens with a docstring whose first line, a sentence of its own, names its one job, and none
grows past MAX_LINES.
"""

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.support.common import ROOT

PACKAGE = ROOT / "src" / "borne_samtale"

LAYERS = ("domain", "guides", "vault", "summary", "services", "ui")
# Top-level modules every layer but domain may use: they import no layer themselves.
SHARED = (
    "__init__",
    "buglog",
    "errors",
    "folders",
    "hardening",
    "look",
    "notices",
    "process",
    "resources",
    "win32",
)
# The front doors: they may use any layer; no module imports them (but launch, the
# program's entry point, hands anything other than opening the window on to cli).
FRONT_DOORS = ("cli", "launch", "__main__")

# What each layer may import of ours (besides itself, and SHARED where said).
MAY_IMPORT: dict[str, frozenset[str]] = {
    "domain": frozenset(),  # pure rules and models: not even the shared modules
    "guides": frozenset({"domain", *SHARED}),
    "vault": frozenset({"domain", *SHARED}),
    "summary": frozenset({"domain", "guides", *SHARED}),
    "services": frozenset({"domain", "guides", "vault", "summary", *SHARED}),
    "ui": frozenset({"domain", "guides", "services", *SHARED}),
    **{name: frozenset(SHARED) for name in SHARED},
    "cli": frozenset({*LAYERS, *SHARED}),
    "launch": frozenset({*LAYERS, *SHARED, "cli"}),
    "__main__": frozenset({"launch"}),
}

SQL_WORDS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "PRAGMA")

MAX_LINES = 600  # a module that needs more has two jobs: split it


def _modules() -> Iterator[tuple[str, str, ast.Module]]:
    """(path under the package, its layer or top-level name, its syntax tree)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        unit = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        yield relative.as_posix(), unit, ast.parse(path.read_text(encoding="utf-8"))


def _imported_units(tree: ast.Module, relative: str) -> Iterator[tuple[int, str]]:
    """(line, the layer or top-level module) of every import of ours."""
    package = ["borne_samtale", *Path(relative).parent.parts]
    for node in ast.walk(tree):
        names: list[str] = []
        line = 0
        if isinstance(node, ast.Import):
            names, line = [alias.name for alias in node.names], node.lineno
        elif isinstance(node, ast.ImportFrom):
            line = node.lineno
            base = node.module or ""
            if node.level:  # relative: resolved against the module's own package
                parent = package[: len(package) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            if base == "borne_samtale":  # from borne_samtale import look, __version__
                names = [f"borne_samtale.{alias.name}" for alias in node.names]
            else:
                names = [base]
        for name in names:
            parts = name.split(".")
            if parts[0] == "borne_samtale" and len(parts) > 1:
                unit = parts[1] if parts[1] != "__version__" else "__init__"
                yield line, unit


def test_every_layer_imports_only_what_is_below_it() -> None:
    wrong: list[str] = []
    for relative, unit, tree in _modules():
        allowed = MAY_IMPORT.get(unit)
        assert allowed is not None, f"{relative}: a new top-level module needs a rule here"
        for line, target in _imported_units(tree, relative):
            if target == unit or target in allowed:
                continue
            wrong.append(f"{relative}:{line} imports {target}/")
    assert wrong == []


def test_nothing_imports_the_front_doors() -> None:
    wrong = [
        f"{relative}:{line}"
        for relative, unit, tree in _modules()
        if unit not in ("__main__", "launch")
        for line, target in _imported_units(tree, relative)
        if target in FRONT_DOORS and target != unit
    ]
    assert wrong == []


def _code_strings(tree: ast.Module) -> Iterator[ast.Constant]:
    """String constants, docstrings left out (they may name a statement to explain it)."""
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or id(node) in docstrings:
            continue
        if isinstance(node.value, str):
            yield node


def test_no_sql_outside_the_vault() -> None:
    wrong: list[str] = []
    for relative, unit, tree in _modules():
        if unit == "vault":
            continue
        for node in _code_strings(tree):
            assert isinstance(node.value, str)
            if any(word in node.value for word in SQL_WORDS):
                wrong.append(f"{relative}:{node.lineno}: {node.value[:40]!r}")
    assert wrong == []


def test_the_rules_catch_a_window_that_reaches_into_the_vault() -> None:
    tree = ast.parse("from borne_samtale.vault.keys import passphrase_score\n")
    targets = [target for _line, target in _imported_units(tree, "ui/passphrase.py")]
    assert targets == ["vault"]
    assert "vault" not in MAY_IMPORT["ui"]
    assert "summary" not in MAY_IMPORT["ui"]


def _job_problems(relative: str, text: str) -> list[str]:
    """What keeps a module's source from saying its one job in a short module."""
    problems = []
    lines = len(text.splitlines())
    if lines > MAX_LINES:
        problems.append(f"{relative}: {lines} lines, more than {MAX_LINES}")
    docstring = ast.get_docstring(ast.parse(text))
    if not docstring:
        return [*problems, f"{relative}: no module docstring"]
    first, *rest = docstring.splitlines()
    # The first line is the summary: a sentence of its own, the details after a blank line.
    if not first.strip().endswith(".") or (rest and rest[0].strip()):
        problems.append(f"{relative}: the docstring's first line is no summary: {first!r}")
    return problems


def test_every_module_says_its_one_job_and_stays_short() -> None:
    wrong = [
        problem
        for path in sorted(PACKAGE.rglob("*.py"))
        for problem in _job_problems(
            path.relative_to(PACKAGE).as_posix(), path.read_text(encoding="utf-8")
        )
    ]
    assert wrong == []


def test_the_job_rule_catches_a_missing_or_wrapped_summary_and_a_long_module() -> None:
    assert _job_problems("ok.py", '"""Does one thing.\n\nIn detail."""\n') == []
    assert _job_problems("bare.py", "x = 1\n") == ["bare.py: no module docstring"]
    wrapped = '"""Does one thing, and it goes on\nover the next line."""\n'
    assert len(_job_problems("wrapped.py", wrapped)) == 1
    long = '"""Does one thing."""\n' + "x = 1\n" * MAX_LINES
    assert _job_problems("long.py", long) == [
        f"long.py: {MAX_LINES + 1} lines, more than {MAX_LINES}"
    ]


BLOCKER = """
import sys
class Block:
    BLOCKED = ("PySide6", "shiboken6", "sqlcipher3", "reportlab", "pyhanko", "pikepdf")
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self.BLOCKED:
            raise ImportError("blocked in this test: " + name)
        return None
sys.meta_path.insert(0, Block())
import borne_samtale.domain, borne_samtale.domain.age, borne_samtale.domain.labels
import borne_samtale.guides
from borne_samtale.guides import load_guides
from borne_samtale.resources import guides_dir
load_guides(guides_dir())
loaded = sorted(m for m in sys.modules if m.split(".")[0] in Block.BLOCKED)
assert not loaded, loaded
print("pure")
"""


def test_domain_and_guides_import_without_qt_sqlcipher_or_reportlab() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pure"


def test_the_blocker_really_blocks() -> None:
    probe = BLOCKER.replace(
        "import borne_samtale.domain,", "import sqlcipher3\nimport borne_samtale.domain,"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode != 0
    assert "blocked in this test: sqlcipher3" in result.stderr
