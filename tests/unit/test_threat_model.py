"""docs/threat-model.md names a test for every promise, and every test it names exists."""

import re

from tests.support.common import ROOT

DOC = ROOT / "docs" / "threat-model.md"
REFERENCE = re.compile(r"`(tests/\w+/test_\w+\.py)::(test_\w+)`")


def _promises(text: str) -> list[str]:
    """The bullets under each "Promised:" heading, continuation lines joined."""
    bullets: list[str] = []
    inside = False
    for line in text.splitlines():
        if line.startswith("Promised"):
            inside = True
        elif line.startswith(("Not promised", "#")):
            inside = False
        elif inside and line.startswith("- "):
            bullets.append(line)
        elif inside and line.startswith("  ") and bullets:
            bullets[-1] += " " + line.strip()
    return bullets


def test_every_test_the_threat_model_names_exists() -> None:
    references = REFERENCE.findall(DOC.read_text(encoding="utf-8"))
    assert len(references) > 40
    missing = []
    for file, name in references:
        path = ROOT / file
        if not path.is_file() or not re.search(rf"^def {name}\(", path.read_text(), re.M):
            missing.append(f"{file}::{name}")
    assert missing == []


def test_every_promise_names_a_test() -> None:
    promises = _promises(DOC.read_text(encoding="utf-8"))
    assert len(promises) > 20
    without = [p[:80] for p in promises if not re.search(r"tests/\w+/test_", p)]
    assert without == []
