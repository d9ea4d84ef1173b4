"""packaging/check_wheels.py's own logic, offline (the script itself needs the network and runs
in `make package`): the lock covers what each platform's markers add, and a package that is
unpinned, at another version or not a wheel is a problem."""

import importlib.util
import sys
from types import ModuleType

from tests.support.common import ROOT


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_wheels", ROOT / "packaging" / "check_wheels.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("check_wheels", module)
    spec.loader.exec_module(module)
    return module


check = _script()

# The shape of pip's --report "install" entries, with requirements as real packages state them.
REPORT: list[dict[str, object]] = [
    {
        "metadata": {
            "name": "tzlocal",
            "version": "5.4.5",
            "requires_dist": ['tzdata; platform_system == "Windows"', "pytest; extra == 'devenv'"],
        },
    },
    {
        "metadata": {
            "name": "pyinstaller",
            "version": "6.22.3",
            "requires_dist": [
                "setuptools>=42.0.0",
                'pefile>=2022.5.30; sys_platform == "win32"',
                'pywin32-ctypes>=0.2.1; sys_platform == "win32"',
                'macholib>=1.8; sys_platform == "darwin"',
                'tinyaes>=1.0.0; extra == "encryption"',
            ],
        },
    },
    {
        "metadata": {
            "name": "pikepdf",
            "version": "10.17.0",
            "requires_dist": ["lxml>=4.8", 'pyhanko; extra == "pdfa"'],
        },
        "requested_extras": ["pdfa"],
    },
]


def test_the_target_platforms_markers_decide_what_is_required() -> None:
    windows = set(check._target_requirements(REPORT, check.WINDOWS))
    macos = set(check._target_requirements(REPORT, check.macos("15.0")))
    always = {"setuptools", "lxml", "pyhanko"}  # pyhanko: an extra that was asked for
    assert windows == always | {"tzdata", "pefile", "pywin32-ctypes"}
    assert macos == always | {"macholib"}


def test_the_macos_target_names_its_platform_tag() -> None:
    assert check.macos("15.0").platforms == ("macosx_15_0_arm64",)
    assert check.macos("14").platforms == ("macosx_14_0_arm64",)
    assert check.WINDOWS.platforms == ("win_amd64",)


def test_unpinned_other_versions_and_source_archives_are_problems() -> None:
    pins = check.read_pins(ROOT / "constraints.txt")
    resolved = [
        {"name": "PySide6", "version": pins["pyside6"], "file": "pyside6-x-win_amd64.whl"},
        {"name": "tzdata", "version": "2099.1", "file": "tzdata-2099.1-py2.py3-none-any.whl"},
        {"name": "newthing", "version": "1.0", "file": "newthing-1.0-py3-none-any.whl"},
        {"name": "sqlcipher3", "version": pins["sqlcipher3"], "file": "sqlcipher3-0.6.4.tar.gz"},
    ]
    assert check.problems(resolved, pins) == [
        f"tzdata 2099.1: constraints.txt pins {pins['tzdata']}",
        "newthing 1.0: not pinned in constraints.txt",
        f"sqlcipher3 {pins['sqlcipher3']}: sqlcipher3-0.6.4.tar.gz is not a wheel",
    ]


def test_the_lock_pins_what_windows_and_macos_add() -> None:
    pins = check.read_pins(ROOT / "constraints.txt")
    for name in ("tzdata", "pefile", "pywin32-ctypes", "macholib"):
        assert name in pins
    requirements = check.requirements(ROOT / "pyproject.toml")
    assert "tzdata; sys_platform == 'win32'" in requirements
    assert any(r.startswith("pyinstaller") for r in requirements)
