"""tools/update_translations.py: the .ts files are the source of the English text; the tool
keeps them in step with the code and fails, naming them, on texts that are not translated."""

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from tests.support.common import ROOT

TRANSLATIONS = Path("resources/translations")
EN_TS = TRANSLATIONS / "borne_samtale_en.ts"
DA_TS = TRANSLATIONS / "borne_samtale_da.ts"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of what the tool reads and writes: the UI code, the marked labels, the .ts."""
    shutil.copytree(ROOT / "src" / "borne_samtale" / "ui", tmp_path / "src/borne_samtale/ui")
    for relative in _tool().MARKED_SOURCES:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / relative, tmp_path / relative)
    shutil.copytree(ROOT / TRANSLATIONS, tmp_path / TRANSLATIONS)
    return tmp_path


def _run(tree: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str]:
    code = _tool().main(["--root", str(tree), *options])
    return code, capsys.readouterr().err


def _content(ts: Path) -> dict[tuple[str, str], tuple[str | None, list[str]]]:
    """(context, source) -> (translation type, texts): all but the locations in the code."""
    content = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 (our own file)
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (context.findtext("name") or "", message.findtext("source") or "")
            content[key] = (translation.get("type"), forms or [translation.text or ""])
    return content


def _set_translation(ts: Path, context: str, source: str, text: str, *, done: bool) -> None:
    tree = ET.parse(ts)  # noqa: S314 (our own file)
    for element in tree.getroot().iter("context"):
        for message in element.iter("message"):
            if (element.findtext("name"), message.findtext("source")) == (context, source):
                translation = message.find("translation")
                assert translation is not None
                translation.text = text
                if not done:
                    translation.set("type", "unfinished")
                tree.write(ts, encoding="utf-8")
                return
    raise AssertionError(f"no message [{context}] {source!r} in {ts}")


def test_the_committed_translations_are_complete_and_kept(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Every Danish text in the code has finished English; a run changes no text.
    code, errors = _run(tree, capsys)
    assert (code, errors) == (0, "")
    for relative in (EN_TS, DA_TS):
        assert _content(tree / relative) == _content(ROOT / relative), relative
    # The texts lupdate cannot see (it drops them) keep their English.
    english = _content(tree / EN_TS)
    assert english[("ScalePage", "(ny skala)")] == (None, ["(new scale)"])


def test_an_unfinished_english_text_fails_and_is_named(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_translation(tree / EN_TS, "UnlockScreen", "&Lås op", "&Unlock", done=False)
    code, errors = _run(tree, capsys, "--no-lupdate")
    assert code == 1
    assert "no finished English text: [UnlockScreen] '&Lås op'" in errors
    assert "pyside6-linguist" in errors  # and says how to translate it


def test_a_new_danish_text_is_added_unfinished_and_named(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unlock = tree / "src/borne_samtale/ui/screens/unlock.py"
    python = unlock.read_text(encoding="utf-8")
    assert python.count('self.tr("&Lås op")') == 1
    unlock.write_text(python.replace('self.tr("&Lås op")', 'self.tr("&Lås boksen op")'))
    code, errors = _run(tree, capsys)
    assert code == 1
    assert "no finished English text: [UnlockScreen] '&Lås boksen op'" in errors
    english = _content(tree / EN_TS)
    assert english[("UnlockScreen", "&Lås boksen op")] == ("unfinished", [""])
    assert ("UnlockScreen", "&Lås op") not in english  # gone from the code, dropped


def test_a_wrong_placeholder_fails(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = "%1 af %2 punkter gennemgået"
    _set_translation(tree / EN_TS, "BriefingDialog", source, "%1 points covered", done=True)
    code, errors = _run(tree, capsys, "--no-lupdate")
    assert code == 1
    assert f"placeholders differ: [BriefingDialog] {source!r}" in errors


def test_a_plural_text_without_danish_forms_fails_and_is_added_for_translation(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    danish = tree / DA_TS
    root = ET.parse(danish).getroot()  # noqa: S314 (our own file)
    for context in root.iter("context"):
        for message in context.findall("message"):
            if message.findtext("source") == "%n samtale(r)":
                context.remove(message)
    ET.ElementTree(root).write(danish, encoding="utf-8")
    code, errors = _run(tree, capsys, "--no-lupdate")
    assert code == 1
    assert "no finished Danish plural forms: [CasesScreen] '%n samtale(r)'" in errors
    assert _content(danish)[("CasesScreen", "%n samtale(r)")] == ("unfinished", ["", ""])
