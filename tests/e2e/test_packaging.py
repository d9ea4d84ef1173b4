"""Cheap static checks of the packaging files, so that the build (not part of `make test`)
does not break quietly: the spec ships every resource folder and every Qt module the source
imports, and takes its version from borne_samtale.__version__. The build itself and its
smoke test are `make package` (packaging/smoke_test.py)."""

import ast
import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from borne_samtale import __version__
from borne_samtale.ui.app import QUIT_WHEN_SHOWN_ENV
from tests.support.common import ROOT, run_cli

PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "borne-samtale.spec"
DESKTOP_FILE = PACKAGING / "linux" / "borne-samtale.desktop"
INNO_SCRIPT = PACKAGING / "windows" / "borne-samtale.iss"
WINDOWS_BUILD = PACKAGING / "windows" / "build.ps1"
VERSION_LITERAL = re.compile(r"\b\d+\.\d+\.\d+\b")


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _spec_constant(name: str) -> object:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def _qt_modules_imported_by(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.")}
    return found


def test_the_spec_lists_every_resource_folder() -> None:
    listed = _spec_constant("RESOURCE_FOLDERS")
    assert isinstance(listed, dict)
    present = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert set(listed) == present, (
        "resources/ and RESOURCE_FOLDERS in packaging/borne-samtale.spec differ: "
        "a folder the spec does not list would be missing from the built program"
    )


def test_the_spec_keeps_exactly_the_qt_modules_the_program_imports() -> None:
    kept = _spec_constant("QT_MODULES")
    assert isinstance(kept, set)
    assert kept == _qt_modules_imported_by(ROOT / "src" / "borne_samtale")


def test_the_spec_ships_qts_danish_where_the_program_looks_for_it() -> None:
    """Qt's own dialogs in Danish in the built program too (ui/i18n.py, frozen)."""
    from borne_samtale.ui.i18n import FROZEN_QT_TRANSLATIONS

    assert _spec_constant("QT_TRANSLATIONS_DEST") == "/".join(FROZEN_QT_TRANSLATIONS)
    catalogues = _spec_constant("QT_TRANSLATION_CATALOGUES")
    languages = _spec_constant("QT_TRANSLATION_LANGUAGES")
    assert isinstance(catalogues, tuple)
    assert isinstance(languages, tuple)
    assert "qtbase" in catalogues
    assert "da" in languages
    analysis = next(
        node
        for node in ast.walk(_spec_tree())
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Analysis"
    )
    datas = next(k.value for k in analysis.keywords if k.arg == "datas")
    assert "_qt_translation_datas()" in ast.unparse(datas)


def test_the_spec_takes_the_version_from_the_package() -> None:
    tree = _spec_tree()
    imports_version = any(
        isinstance(node, ast.ImportFrom)
        and node.module == "borne_samtale"
        and any(alias.name == "__version__" for alias in node.names)
        for node in tree.body
    )
    assert imports_version
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and VERSION_LITERAL.search(node.value)
    ]
    assert literals == []


def test_the_icon_files_the_spec_names_exist() -> None:
    names = re.findall(r'ICONS / "([^"]+)"', SPEC.read_text(encoding="utf-8"))
    assert names
    for name in names:
        assert (ROOT / "resources" / "icons" / name).is_file(), name


def test_the_rendered_icons_have_the_sizes_the_platforms_want() -> None:
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    with Image.open(icons / "borne-samtale.png") as png:
        assert png.size == (512, 512)
        assert png.mode == "RGBA"
    with Image.open(icons / "borne-samtale.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


class _CaseSensitiveParser(configparser.ConfigParser):
    def optionxform(self, optionstr: str) -> str:
        return optionstr


def test_the_desktop_entry_parses_and_names_the_shipped_icon() -> None:
    parser = _CaseSensitiveParser(interpolation=None)
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Børnesamtale"
    assert entry["Terminal"] == "false"
    # install.sh replaces the command with the installed program's full path.
    assert entry["Exec"] == _spec_constant("APP_NAME")
    assert entry["Categories"].endswith(";")
    for suffix in (".svg", ".png"):
        assert (ROOT / "resources" / "icons" / f"{entry['Icon']}{suffix}").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_entry_is_valid_for_freedesktop_tools() -> None:
    validator = shutil.which("desktop-file-validate")
    assert validator is not None
    result = subprocess.run(
        [validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_windows_installer_installs_per_user_what_the_spec_builds() -> None:
    script = INNO_SCRIPT.read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", script, flags=re.MULTILINE)
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"$', script, flags=re.MULTILINE))
    assert defines["GuiExe"] == f"{_spec_constant('WINDOWS_GUI_NAME')}.exe"
    assert defines["BundleDir"].endswith(f"\\dist\\{_spec_constant('APP_NAME')}")


def test_uninstalling_on_windows_keeps_the_vault_unless_the_user_says_yes() -> None:
    code = INNO_SCRIPT.read_text(encoding="utf-8").split("[Code]", 1)[1]
    assert "UninstallSilent" in code  # silent uninstalls never delete
    assert "MB_YESNO or MB_DEFBUTTON2" in code  # "No" is the default answer


def test_no_packaging_file_repeats_the_version() -> None:
    for path in (SPEC, INNO_SCRIPT, WINDOWS_BUILD, PACKAGING / "macos" / "build.sh"):
        text = path.read_text(encoding="utf-8")
        assert not VERSION_LITERAL.search(text), path.name


def test_the_windows_build_script_is_plain_ascii() -> None:
    # Windows PowerShell 5.1 reads a script without a byte-order mark in the ANSI code page.
    assert WINDOWS_BUILD.read_bytes().isascii()


def test_the_changelog_has_an_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in changelog


def test_pyinstaller_is_pinned() -> None:
    pins = dict(
        line.split("==", 1)
        for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    assert "pyinstaller" in pins
    assert "pyinstaller-hooks-contrib" in pins


def test_the_smoke_test_hook_shows_the_first_screen_and_quits() -> None:
    # The hook packaging/smoke_test.py drives the built program with, run here from source.
    result = run_cli("--demo", env={"QT_QPA_PLATFORM": "offscreen", QUIT_WHEN_SHOWN_ENV: "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "shown: UnlockScreen"
