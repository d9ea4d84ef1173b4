"""Mutations of real, valid inputs for fuzzing: raw bytes, JSON-like trees and YAML text.

Every function takes ``choose(low, high)``, which returns an int in [low, high] (both ends
included). The hypothesis tests draw it from ``st.integers``; the atheris harnesses in
``fuzz/`` take it from libFuzzer's data. One set of mutations serves both, and hypothesis can
shrink a failing case to the fewest, smallest choices.
"""

import copy
from collections.abc import Callable, Sequence
from typing import Any

Choose = Callable[[int, int], int]

# A placeholder that becomes a 5000-digit number after dumping (json and yaml cannot write one).
BIG_NUMBER = "BIG-NUMBER-PLACEHOLDER"
BIG_NUMBER_TEXT = "1" * 5000

# Bytes that mean something to JSON, YAML, UTF-8 or base64.
BYTE_TOKENS: tuple[bytes, ...] = (
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",  # an encoded surrogate: not valid UTF-8
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"\\",
    b"\\u",
    b"\\ud800",
    b",",
    b":",
    b"\n",
    b"\r",
    b"\t",
    b"-",
    b"=",
    b"*a",
    b"&a ",
    b"!!",
    b"#",
    b"null",
    b"NaN",
    b"1e999",
    b"-0",
    BIG_NUMBER_TEXT.encode(),
)

# Values of the wrong type, at the edges, or meaningful to a parser further down.
ODD_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    1.5,
    2**63,
    -(2**63) - 1,
    1e308,
    BIG_NUMBER,
    "",
    " ",
    "x" * 5000,
    "\x00",
    "a\x00b",
    "\u202e",
    "\ufeff",
    "😀",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "2026-02-30T10:00:00Z",
    "2026-11-02T10:00:00",  # no time zone
    "00000000-0000-0000-0000-000000000000",
    [],
    {},
    [None],
    {"": None},
)

YAML_TOKENS: tuple[str, ...] = (
    "&a ",
    "*a",
    "*b",
    "!!python/object/apply:os.system ['true'] ",
    "!!binary ",
    "!!timestamp ",
    "!!int ",
    "!!set ",
    "<<: *a",
    "? ",
    "- ",
    "{",
    "}",
    "[",
    "]",
    "'",
    '"',
    "|",
    ">-",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "#",
    ": ",
    "\t",
    "\x00",
    "\ufeff",
    "\x85",
    "2001-02-30",
    "2001-02-03 25:61:61",
    BIG_NUMBER_TEXT,
    "0x",
    "0o9",
    "190:20:30",
    "~",
    ".inf",
    ".nan",
    "yes",
    "null",
    "[]",
    "{}",
)


def pick(sequence: Sequence[Any], choose: Choose) -> Any:
    return sequence[choose(0, len(sequence) - 1)]


# Bytes ----------------------------------------------------------------------------------
def mutate_bytes(original: bytes, choose: Choose) -> bytes:
    """One to four byte-level edits: bit flips, truncation, tokens, deleted or copied runs."""
    data = bytearray(original)
    for _ in range(choose(1, 4)):
        if not data:
            data += pick(BYTE_TOKENS, choose)
            continue
        at = choose(0, len(data) - 1)
        operation = choose(0, 5)
        if operation == 0:
            data[at] ^= 1 << choose(0, 7)
        elif operation == 1:
            del data[at:]
        elif operation == 2:
            data[at:at] = pick(BYTE_TOKENS, choose)
        elif operation == 3:
            del data[at : at + choose(1, 64)]
        elif operation == 4:
            run = bytes(data[at : at + choose(1, 256)])
            where = choose(0, len(data))
            data[where:where] = run
        else:
            data[at] = choose(0, 255)
    return bytes(data)


# Trees (parsed JSON or YAML) ------------------------------------------------------------
Slot = tuple[Any, Any]  # (container, key or index): a place in the tree that holds a value


def _slots(tree: Any) -> list[Slot]:
    found: list[Slot] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in list(node):
                found.append((node, key))
                stack.append(node[key])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                found.append((node, index))
                stack.append(item)
    return found


def _containers(tree: Any, kind: type) -> list[Any]:
    result = [tree] if isinstance(tree, kind) else []
    return result + [c[k] for c, k in _slots(tree) if isinstance(c[k], kind)]


def mutate_tree(tree: Any, choose: Choose, donors: Sequence[Any] = ()) -> Any:
    """One to three structural edits of a copy of ``tree``; ``donors`` are values to plant
    (ids already in a vault, other keys' salts …)."""
    tree = copy.deepcopy(tree)
    for _ in range(choose(1, 3)):
        slots = _slots(tree)
        if not slots:
            return pick(ODD_VALUES, choose)
        container, key = pick(slots, choose)
        operation = choose(0, 7)
        if operation == 0:  # remove a field or an item
            del container[key]
        elif operation == 1:  # a value of another type or at an edge
            container[key] = copy.deepcopy(pick(ODD_VALUES, choose))
        elif operation == 2:  # a list item twice
            lists = [node for node in _containers(tree, list) if node]
            if lists:
                target = pick(lists, choose)
                item = copy.deepcopy(pick(target, choose))
                target.insert(choose(0, len(target)), item)
        elif operation == 3:  # a value from elsewhere in the same tree
            other_container, other_key = pick(slots, choose)
            container[key] = copy.deepcopy(other_container[other_key])
        elif operation == 4 and donors:
            container[key] = copy.deepcopy(pick(donors, choose))
        elif operation == 5:  # an unknown field
            dicts = _containers(tree, dict)
            if dicts:
                pick(dicts, choose)["ukendt_felt"] = pick(ODD_VALUES[:8], choose)
        elif operation == 6 and isinstance(container, dict):  # a field under another name
            value = container.pop(key)
            container[str(key).upper() if choose(0, 1) else f"{key}_"] = value
        elif operation == 7 and isinstance(container, list) and len(container) > 1:
            container.reverse()
    return tree


def with_big_numbers(text: str) -> str:
    """Put the 5000-digit number in where the placeholder was dumped (quoted or not)."""
    for quoted in (f'"{BIG_NUMBER}"', f"'{BIG_NUMBER}'"):
        text = text.replace(quoted, BIG_NUMBER_TEXT)
    return text.replace(BIG_NUMBER, BIG_NUMBER_TEXT)


# YAML text ------------------------------------------------------------------------------
def mutate_yaml_text(text: str, choose: Choose) -> str:
    """One to three line-level edits a hand-edited YAML file might suffer, and some nastier."""
    lines = text.splitlines(keepends=True) or [""]
    for _ in range(choose(1, 3)):
        at = choose(0, len(lines) - 1)
        operation = choose(0, 7)
        if operation == 0:
            del lines[at]
            lines = lines or [""]
        elif operation == 1:
            lines.insert(at, lines[at])
        elif operation == 2:
            other = choose(0, len(lines) - 1)
            lines[at], lines[other] = lines[other], lines[at]
        elif operation == 3:  # indentation off by a bit, or a tab
            line = lines[at]
            lines[at] = pick(("  ", " ", "\t"), choose) + line if choose(0, 1) else line[2:]
        elif operation == 4:  # a token anywhere in a line
            line = lines[at]
            where = choose(0, len(line))
            lines[at] = line[:where] + pick(YAML_TOKENS, choose) + line[where:]
        elif operation == 5:  # a token as the value of a field
            line = lines[at]
            if ": " in line:
                head = line.split(": ", 1)[0]
                lines[at] = f"{head}: {pick(YAML_TOKENS, choose)}\n"
        elif operation == 6:  # deep nesting, closed or not
            depth = pick((10, 200, 600), choose)  # the parser gives up near 300
            closing = "]" * depth if choose(0, 1) else ""
            lines.insert(at, f"nested: {'[' * depth}{closing}\n")
        else:  # aliases to aliases: a few lines that would expand to millions of values
            bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"]
            bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 8)]
            lines[at:at] = bomb
    return "".join(lines)
