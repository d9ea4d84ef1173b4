"""Load and validate guide files, reporting every problem with file, line and field."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from borne_samtale.errors import GuideError
from borne_samtale.guides.interpreter import InterpreterModule
from borne_samtale.guides.schema import Guide

M = TypeVar("M", bound=BaseModel)

# libyaml's loader (bundled with PyYAML's wheels) parses the guides about ten times faster
# than the pure-Python one, which cost ~0.4 s of every start; same documents, same marks.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class GuideProblem:
    """One thing wrong in a guide file."""

    file: Path
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


def _field_path(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _NodeFinder:
    """The deepest YAML node along a pydantic error location (for its line number).

    Each mapping's keys are indexed once, the first time an error passes through it, so a
    file with N errors in one mapping costs N look-ups, not N scans of N keys: 200,000
    unknown keys used to take longer than ten minutes.
    """

    def __init__(self, root: yaml.Node) -> None:
        self._root = root
        self._keys: dict[int, dict[str, yaml.Node]] = {}

    def _child(self, node: yaml.MappingNode, part: int | str) -> yaml.Node | None:
        index = self._keys.get(id(node))
        if index is None:
            index = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    index.setdefault(str(key.value), value)  # the first of equal keys
            self._keys[id(node)] = index
        return index.get(str(part))

    def at(self, loc: Sequence[int | str]) -> yaml.Node:
        node = self._root
        for part in loc:
            child: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                child = self._child(node, part)
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(part, int)
                and 0 <= part < len(node.value)
            ):
                child = node.value[part]
            if child is None:
                break
            node = child
        return node


def _node_at(root: yaml.Node, loc: Sequence[int | str]) -> yaml.Node:
    """One look-up (tests and callers with a single location)."""
    return _NodeFinder(root).at(loc)


def _duplicate_keys(node: yaml.Node, path: str = "") -> Iterable[tuple[int, str]]:
    """PyYAML silently keeps the last of two equal keys; a guide author wants to know."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            here = f"{path}.{name}" if path else name
            if name in seen:
                yield key.start_mark.line + 1, here
            seen.add(name)
            yield from _duplicate_keys(value, here)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _duplicate_keys(item, f"{path}[{i}]")


def parse_guide(text: str, file: Path) -> tuple[Guide | None, list[GuideProblem]]:
    """Parse one guide's YAML text; returns the guide or the problems found."""
    return parse_yaml_model(text, file, Guide)


class _PlainYamlLoader(yaml.SafeLoader):
    """Safe YAML without aliases (``*name``) and tags (``!!name``). A guide needs neither: a
    few lines of aliases to aliases expand into millions of values (a hang rather than an
    error), and tags reach corners of PyYAML that fail with odd exceptions."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        problem = ""
        if self.check_event(yaml.AliasEvent):
            problem = "aliaser (*navn) bruges ikke i guidefiler"
        elif self.check_event(yaml.NodeEvent) and self.current_event.tag is not None:
            problem = "mærker (!navn) bruges ikke i guidefiler"
        if problem:
            raise yaml.composer.ComposerError(None, None, problem, self.current_event.start_mark)
        return super().compose_node(parent, index)


def parse_yaml_model(text: str, file: Path, model: type[M]) -> tuple[M | None, list[GuideProblem]]:
    """Parse YAML text into ``model``; every problem comes with its line and field."""
    try:
        root, data = _compose_and_construct(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return None, [GuideProblem(file, line, "", f"ugyldig YAML: {exc.problem}")]
    except yaml.YAMLError as exc:
        return None, [GuideProblem(file, None, "", f"ugyldig YAML: {exc}")]
    except (ValueError, OverflowError):  # e.g. the date 2001-02-30, or a 5000-digit number
        return None, [GuideProblem(file, None, "", "ugyldig YAML: en dato eller et tal er forkert")]
    except RecursionError:
        return None, [GuideProblem(file, None, "", "ugyldig YAML: filen er indlejret for dybt")]
    if root is None or not isinstance(data, dict):
        return None, [GuideProblem(file, 1, "", "filen skal indeholde en YAML-mapping")]

    problems = [
        GuideProblem(file, line, field, "feltet står to gange")
        for line, field in _duplicate_keys(root)
    ]
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        finder = _NodeFinder(root)
        for err in exc.errors():
            loc = [p for p in err["loc"] if isinstance(p, int | str)]
            line = finder.at(loc).start_mark.line + 1
            message = err["msg"].removeprefix("Value error, ")
            problems.append(GuideProblem(file, line, _field_path(loc), message))
        return None, problems
    return (None if problems else parsed), problems


# libyaml's composer recurses in C: a document nested some 30,000 levels deep crashes the
# process instead of raising. Nesting deeper than this bound is impossible in a text whose
# brackets, dashes, colons and indentation add up to less, and such texts go to libyaml.
C_LOADER_DEPTH_BOUND = 5000
MAX_DEPTH = 64  # a guide nests five or six levels


def _depth_bound(text: str) -> int:
    indent = max((len(line) - len(line.lstrip(" ")) for line in text.splitlines()), default=0)
    return sum(text.count(c) for c in "[{-:") + indent + 1


def _compose_and_construct(text: str) -> tuple[yaml.Node | None, Any]:
    """Parse once: the node tree (for line numbers and duplicate keys) and the data from it.
    Aliases and tags are refused before anything is constructed."""
    fast = _depth_bound(text) <= C_LOADER_DEPTH_BOUND
    loader = SafeLoader(text) if fast else _PlainYamlLoader(text)  # may raise a ReaderError
    try:
        root = loader.get_single_node()
        if root is not None:
            _check_tree(root)
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def _check_tree(root: yaml.Node) -> None:
    """What _PlainYamlLoader refuses while composing, checked on libyaml's finished tree (an
    alias is a node met twice, reported where it is used; a tag is a node whose tag is not
    the one its text would get anyway), and nesting far deeper than any guide needs, which
    the recursive checks after this one could not walk."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int, yaml.Node]] = [(root, 1, root)]
    while stack:
        node, depth, parent = stack.pop()
        problem, where = "", node
        if id(node) in seen:
            problem, where = "aliaser (*navn) bruges ikke i guidefiler", parent
        elif node.tag != _implicit_tag(node):
            problem = "mærker (!navn) bruges ikke i guidefiler"
        elif depth > MAX_DEPTH:
            problem = "filen er indlejret for dybt"
        if problem:
            raise yaml.composer.ComposerError(None, None, problem, where.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1, node) for item in reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack.extend(((value, depth + 1, node), (key, depth + 1, node)))


_RESOLVER = yaml.resolver.Resolver()


def _implicit_tag(node: yaml.Node) -> str:
    if isinstance(node, yaml.SequenceNode):
        return "tag:yaml.org,2002:seq"
    if isinstance(node, yaml.MappingNode):
        return "tag:yaml.org,2002:map"
    plain = not getattr(node, "style", None)  # quoted and block text is always a string
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, node.value, (plain, False))  # type: ignore[no-untyped-call]
    return tag


def _load_file(path: Path, model: type[M]) -> tuple[M | None, list[GuideProblem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [GuideProblem(path, None, "", "filen er ikke UTF-8-tekst")]
    except OSError as exc:
        return None, [GuideProblem(path, None, "", f"filen kan ikke læses ({exc.strerror})")]
    return parse_yaml_model(text, path, model)


def load_guide_file(path: Path) -> tuple[Guide | None, list[GuideProblem]]:
    return _load_file(path, Guide)


def check_interpreter_module(path: Path) -> tuple[InterpreterModule | None, list[GuideProblem]]:
    return _load_file(path, InterpreterModule)


def load_interpreter_module(path: Path) -> InterpreterModule:
    module, problems = check_interpreter_module(path)
    if module is None:
        lines = "\n".join(str(p) for p in problems)
        raise GuideError(f"Tolkemodulet er ikke gyldigt:\n{lines}")
    return module


def check_guides(directory: Path) -> tuple[list[Guide], list[GuideProblem]]:
    """Validate every *.yaml file in a folder; also report two guides with one id."""
    if not directory.is_dir():
        return [], [GuideProblem(directory, None, "", "mappen findes ikke")]
    guides: list[Guide] = []
    problems: list[GuideProblem] = []
    files = sorted(directory.glob("*.yaml"))
    if not files:
        problems.append(
            GuideProblem(directory, None, "", "mappen indeholder ingen guides (*.yaml)")
        )
    seen: dict[str, Path] = {}
    for path in files:
        guide, found = load_guide_file(path)
        problems.extend(found)
        if guide is None:
            continue
        if guide.id in seen:
            msg = f"id '{guide.id}' bruges også i {seen[guide.id].name}"
            problems.append(GuideProblem(path, 1, "id", msg))
            continue
        seen[guide.id] = path
        guides.append(guide)
    return guides, problems


def load_guides(directory: Path) -> list[Guide]:
    """All guides in a folder, or a ``GuideError`` listing every problem."""
    guides, problems = check_guides(directory)
    if problems:
        lines = "\n".join(str(p) for p in problems)
        raise GuideError(f"Guidefilerne er ikke gyldige:\n{lines}")
    return guides
