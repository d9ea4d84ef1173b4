"""Update the translations of Børnesamtale, check them, and name what is left to translate.

The .ts files are the source of the translated text: resources/translations/borne_samtale_en.ts
holds the English of every Danish text in the UI, borne_samtale_da.ts the Danish singular and
plural of the %n messages ("1 punkt", "8 punkter" instead of "punkt(er)"). Edit them with
Qt Linguist or as XML; this tool never writes a translation itself.

Usage (from anywhere; the repository root defaults to the folder above tools/):

    .venv/bin/python tools/update_translations.py [--root DIR] [--no-lupdate]

By default it first runs pyside6-lupdate over every .py file under src/borne_samtale/ui
(source language da_DK, target en_GB): lupdate keeps the English of the texts it still
finds, adds new Danish texts as unfinished, and drops the ones gone from the code. Then it:

* adds the messages lupdate cannot see (texts from module-level constants passed to
  self.tr, self.tr calls inside f-strings, and translatable() marks in MARKED_SOURCES) to
  their class's <context>, keeping the English they had;
* writes borne_samtale_da.ts: every %n message, with the Danish forms it had there;
* checks every text: placeholders (%1 %2 %3 %n), mnemonics, shortcut hints, end spaces;
* exits non-zero, naming each one, if a message has no finished English text (or a %n
  message no finished Danish forms), or a check fails.

To add English (after adding or changing a Danish text in the code):

1. run this tool: it adds the new text to borne_samtale_en.ts, unfinished, and names it;
2. translate it in Qt Linguist and save:
       .venv/bin/pyside6-linguist resources/translations/borne_samtale_en.ts
   (type the English, mark it done with Ctrl+Enter), or edit the XML: put the English in
   the message's <translation>, two <numerusform>s (singular, plural) for a %n message, and
   remove type="unfinished". A new %n message also needs its two Danish forms, the same
   way, in borne_samtale_da.ts;
3. run this tool again: it exits 0 when every message is finished and passes the checks.
"""

from __future__ import annotations

import argparse
import ast
import copy
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_RELATIVE = Path("resources/translations/borne_samtale_en.ts")
# Danish is the source language; its own .ts holds only the plural forms of the %n messages,
# so that the Danish UI says "1 punkt" and "8 punkter" instead of "punkt(er)".
DANISH_TS_RELATIVE = Path("resources/translations/borne_samtale_da.ts")
UI_RELATIVE = Path("src/borne_samtale/ui")

# --------------------------------------------------------------------------------------
# Messages lupdate cannot see. Each is (context, Danish source). CONSTANT_SOURCES says
# where the constants live, so that a re-run notices when someone edits them.
# --------------------------------------------------------------------------------------
CONSTANT_SOURCES: list[tuple[str, str, str]] = [
    # (file under the repository root, module-level dict name, context of the self.tr call)
    ("src/borne_samtale/ui/widgets/entries.py", "SHORT_LABELS", "EntryCapture"),
]

EXTRA_MESSAGES: list[tuple[str, str]] = [
    # PROBLEM in ui/integrity.py: self.tr(PROBLEM)
    (
        "IntegrityWatch",
        "Kontrollen af boksen fandt en fejl i databasen, så du kan ikke underskrive, "
        "før IT-support har set på den.",
    ),
    # self.tr('(ny skala)') inside an f-string in screens/scale_page.py (_scale_title)
    ("ScalePage", "(ny skala)"),
    # SHORT_LABELS in widgets/entries.py: self.tr(SHORT_LABELS[perspective])
    ("EntryCapture", "Barnets ord"),
    ("EntryCapture", "Via tolk"),
    ("EntryCapture", "Gengivelse"),
    ("EntryCapture", "Observation"),
    ("EntryCapture", "Vurdering"),
    ("EntryCapture", "Fra andre"),
]

# Domain labels the window shows, marked translatable(context, text) (QT_TRANSLATE_NOOP)
# in these files: each mark is a message in its context, like the extras above.
MARKED_SOURCES: list[str] = ["src/borne_samtale/domain/labels.py"]

# --------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_]\w*\}")
_HINT = re.compile(
    r"\((?:Ctrl|Alt|Shift|F\d|Enter|Delete|Insert)[^)]*\)"  # "(Ctrl+N)", "(F12)", "(Delete)"
    r"|\b(?:Ctrl|Alt)\+(?:[A-Z0-9](?![a-zæøå])|Enter|↑|↓)?"  # "Ctrl+N", "Alt+1", "Alt+"
    r"|\bF\d+\b|\b(?:Delete|Insert)\b"
)


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def check(context: str, source: str, english: str) -> list[str]:
    """What is wrong with one English text, if anything."""
    problems = []
    where = f"[{context}] {source!r} -> {english!r}"
    if not english.strip():
        problems.append(f"empty translation: {where}")
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(english)):
        problems.append(f"placeholders differ: {where}")
    if _mnemonics(source) != _mnemonics(english):
        problems.append(f"mnemonic count differs: {where}")
    if set(_HINT.findall(source)) != set(_HINT.findall(english)):
        problems.append(f"shortcut hints differ: {where}")
    if source[:1].isspace() != english[:1].isspace() or (
        source[-1:].isspace() != english[-1:].isspace()
    ):
        problems.append(f"leading/trailing space differs: {where}")
    return problems


def marked_messages(root: Path) -> list[tuple[str, str]]:
    """(context, text) of every translatable("context", "text") call in MARKED_SOURCES."""
    found = []
    for relative in MARKED_SOURCES:
        tree = ast.parse((root / relative).read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translatable"
            ):
                continue
            args = []
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    args.append(arg.value)
                elif isinstance(arg, ast.Name) and arg.id in constants:
                    args.append(constants[arg.id])
            if len(args) != 2 or len(node.args) != 2:
                raise SystemExit(f"{relative}:{node.lineno}: translatable() needs two strings")
            found.append((args[0], args[1]))
    return found


def constant_texts(root: Path, relative: str, name: str) -> list[str]:
    """The string values of a module-level dict constant, read without importing it."""
    tree = ast.parse((root / relative).read_text(encoding="utf-8"))
    for node in tree.body:
        targets: list[str] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
            value = node.value
        if name in targets and isinstance(value, ast.Dict):
            return [
                v.value
                for v in value.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            ]
    raise SystemExit(f"{relative}: no dict constant {name}")


# --------------------------------------------------------------------------------------
# The work
# --------------------------------------------------------------------------------------
def run_lupdate(root: Path, ts: Path) -> None:
    tool = root / ".venv" / "bin" / "pyside6-lupdate"
    if not tool.exists():
        tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p.relative_to(root)) for p in (root / UI_RELATIVE).rglob("*.py"))
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(tool),
            *sources,
            "-no-obsolete",
            "-source-language",
            "da_DK",
            "-target-language",
            "en_GB",
            "-ts",
            str(ts.relative_to(root)),
        ],
        cwd=root,
        check=True,
    )


def _context(ts_root: ET.Element, name: str) -> ET.Element:
    for context in ts_root.findall("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(ts_root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str]:
    return context.findtext("name") or "", message.findtext("source") or ""


def messages_by_key(ts_root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    """Every message of a .ts, by (context, Danish source)."""
    return {
        _key(context, message): message
        for context in ts_root.findall("context")
        for message in context.findall("message")
    }


def add_extras(
    ts_root: ET.Element,
    marked: list[tuple[str, str]],
    before: dict[tuple[str, str], ET.Element],
) -> None:
    """Add the messages lupdate cannot see, as they were in `before` (the .ts before lupdate
    dropped them) or, when new, unfinished."""
    for context_name, source in [*EXTRA_MESSAGES, *marked]:
        context = _context(ts_root, context_name)
        if any(m.findtext("source") == source for m in context.findall("message")):
            continue
        kept = before.get((context_name, source))
        if kept is not None:
            context.append(copy.deepcopy(kept))
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "extracomment").text = (
            "Passed to self.tr from a constant or an f-string; added by "
            "tools/update_translations.py because lupdate cannot see it."
        )
        ET.SubElement(message, "translation", {"type": "unfinished"})


def drop_obsolete(ts_root: ET.Element) -> None:
    """Remove the messages marked vanished or obsolete (lupdate -no-obsolete drops them too)."""
    for context in ts_root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                context.remove(message)
        if not context.findall("message"):
            ts_root.remove(context)


def finished_forms(message: ET.Element) -> list[str] | None:
    """The finished text of a message (two forms for a %n one), or None if it has none."""
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return None
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.findall("numerusform")]
        return forms if len(forms) == 2 and all(f.strip() for f in forms) else None
    text = translation.text or ""
    return [text] if text.strip() else None


def check_english(ts_root: ET.Element) -> tuple[int, list[str]]:
    """How many messages there are, and what is wrong with their English."""
    count = 0
    problems: list[str] = []
    for context in ts_root.findall("context"):
        for message in context.findall("message"):
            count += 1
            name, source = _key(context, message)
            forms = finished_forms(message)
            if forms is None:
                problems.append(f"no finished English text: [{name}] {source!r}")
                continue
            for form in forms:
                problems += check(name, source, form)
    return count, problems


def danish_plurals(english: ET.Element, before: ET.Element | None) -> tuple[ET.Element, list[str]]:
    """A Danish .ts with the %n messages of the English one, in the same contexts, each with
    the Danish forms it had in `before` (the Danish .ts as it was)."""
    old = messages_by_key(before) if before is not None else {}
    by_source = {source: message for (_, source), message in old.items()}
    root = ET.Element("TS", {"version": "2.1", "language": "da_DK"})
    problems = []
    for context in english.findall("context"):
        messages = [m for m in context.findall("message") if m.get("numerus") == "yes"]
        if not messages:
            continue
        danish_context = ET.SubElement(root, "context")
        ET.SubElement(danish_context, "name").text = context.findtext("name")
        for message in messages:
            name, source = _key(context, message)
            kept = old.get((name, source), by_source.get(source))
            danish = ET.SubElement(danish_context, "message", {"numerus": "yes"})
            ET.SubElement(danish, "source").text = source
            translation = ET.SubElement(danish, "translation")
            forms = finished_forms(kept) if kept is not None else None
            if forms is None:
                problems.append(f"no finished Danish plural forms: [{name}] {source!r}")
                translation.set("type", "unfinished")
                old_forms = kept.findall("translation/numerusform") if kept is not None else []
                forms = [f.text or "" for f in old_forms] or ["", ""]
            else:
                for form in forms:
                    problems += check(name, source, form)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    return root, problems


def check_constants(root: Path) -> list[str]:
    problems = []
    extras = set(EXTRA_MESSAGES)
    for relative, name, context in CONSTANT_SOURCES:
        for text in constant_texts(root, relative, name):
            if (context, text) not in extras:
                problems.append(f"{relative} {name} has {text!r}: add it to EXTRA_MESSAGES")
    return problems


def write(root: ET.Element, ts: Path) -> None:
    root.text = "\n"  # contexts at the margin, as lupdate writes them
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _parse(ts: Path) -> ET.Element | None:
    return ET.parse(ts).getroot() if ts.is_file() else None  # noqa: S314 - our own .ts files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--no-lupdate", action="store_true", help="check the .ts as it is")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    ts = root / TS_RELATIVE
    danish_ts = root / DANISH_TS_RELATIVE
    previous = _parse(ts)
    before = messages_by_key(previous) if previous is not None else {}
    if not args.no_lupdate:
        run_lupdate(root, ts)
    tree = ET.parse(ts)  # noqa: S314 - the project's own .ts file
    drop_obsolete(tree.getroot())
    add_extras(tree.getroot(), marked_messages(root), before)
    count, problems = check_english(tree.getroot())
    problems = check_constants(root) + problems
    write(tree.getroot(), ts)
    danish, danish_problems = danish_plurals(tree.getroot(), _parse(danish_ts))
    problems += danish_problems
    write(danish, danish_ts)
    print(f"{ts}: {count} messages")
    for key in sorted(set(before) - set(messages_by_key(tree.getroot()))):
        print(f"note: dropped, no longer in the code: [{key[0]}] {key[1]!r}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        print(
            f"Translate or fix the texts named above in {TS_RELATIVE} (or {DANISH_TS_RELATIVE}):"
            f" with .venv/bin/pyside6-linguist {TS_RELATIVE} or in the XML; then run this again.",
            file=sys.stderr,
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
