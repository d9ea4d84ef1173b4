"""Do the locked dependencies exist as wheels for the Windows and macOS builds?

PyInstaller builds each system's program on that system, from wheels: a package without a
wheel for Windows x64 or macOS arm64 (or one that needs compiling there) is found only when
the Windows or Mac builder runs ``pip install``. This resolves the program's dependencies and
PyInstaller, held to the versions in ``constraints.txt``, for those platforms with
``--only-binary=:all:``, and fails if:

- pip finds no wheel for a package (pip's own error names it);
- a resolved package is not pinned in ``constraints.txt`` (the platform needs a package the
  Linux lock never saw, e.g. one only required on Windows, so the build there would take
  whatever version is newest that day);
- a resolved version differs from the pin.

pip evaluates environment markers (``sys_platform == "win32"``) for the machine it runs on,
not for ``--platform``: resolved on Linux, a dependency only Windows needs (tzlocal's
``tzdata``, PyInstaller's ``pefile`` and ``pywin32-ctypes``) would be left out. So the
markers of every resolved package are evaluated again here for the target, and what they
add is resolved with the rest until nothing new comes in.

By default it resolves from the packages' metadata only (``pip install --dry-run --report``;
PyPI serves each wheel's metadata separately, so the wheels themselves are not fetched). With
``--download DIR`` it fetches the wheels as well (``pip download``; that mode has not been
run here). It runs pip with this machine's pip configuration switched off, against
pip's own default index (or ``--index-url``), so the answer is the index's, not a local
wheel cache's.

Run by ``make package`` (not ``make test``: it needs the network):

    .venv/bin/python packaging/check_wheels.py [--index-url URL] [--download DIR]

Exit status 0 when every package has a wheel for every platform at its pinned version.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON_VERSION = "3.11"


@dataclass(frozen=True)
class Target:
    name: str
    platforms: tuple[str, ...]  # pip --platform tags; pip adds the older macOS versions itself
    markers: dict[str, str]  # PEP 508 marker variables on that system


def _markers(**system: str) -> dict[str, str]:
    return {
        "python_version": PYTHON_VERSION,
        "python_full_version": PYTHON_VERSION + ".9",
        "implementation_name": "cpython",
        "implementation_version": PYTHON_VERSION + ".9",
        "platform_python_implementation": "CPython",
        **system,
    }


WINDOWS = Target(
    "Windows x64",
    ("win_amd64",),
    _markers(
        os_name="nt",
        sys_platform="win32",
        platform_system="Windows",
        platform_machine="AMD64",
        platform_release="10",
        platform_version="10.0.19045",
    ),
)


def macos(version: str) -> Target:
    """Apple silicon, macOS ``version`` or newer: pip also takes wheels for older macOS
    versions and universal2 wheels for this tag."""
    major, _, minor = version.partition(".")
    return Target(
        f"macOS {version} arm64",
        (f"macosx_{major}_{minor or '0'}_arm64",),
        _markers(
            os_name="posix",
            sys_platform="darwin",
            platform_system="Darwin",
            platform_machine="arm64",
            platform_release="24.0.0",
            platform_version="Darwin Kernel Version 24.0.0",
        ),
    )


# The oldest macOS the locked set has arm64 wheels for: pikepdf 10.17.0 has none for macOS
# 14 (measured: pip offers at most pikepdf 10.13.0.post1 there).
DEFAULT_MACOS = "15.0"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path) -> dict[str, str]:
    pins: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        if not sep:
            raise SystemExit(f"{path.name}: not a pin: {raw!r}")
        pins[canonical(name)] = version.strip()
    return pins


def requirements(pyproject: Path, extras: tuple[str, ...] = ("package",)) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    return wanted


def pip_environment() -> dict[str, str]:
    """This machine's pip settings off: no config files, no PIP_* variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def pip_arguments(target: Target, index_url: str | None, constrained: bool = True) -> list[str]:
    arguments = ["--only-binary=:all:", "--python-version", PYTHON_VERSION]
    arguments += ["--implementation", "cp", "--abi", "cp" + PYTHON_VERSION.replace(".", "")]
    for platform in target.platforms:
        arguments += ["--platform", platform]
    if index_url:  # else pip's built-in default index (this machine's pip config is off)
        arguments += ["--index-url", index_url]
    if constrained:
        arguments += ["--constraint", str(ROOT / "constraints.txt")]
    return arguments


def resolve(
    target: Target, wanted: list[str], index_url: str | None, work: Path
) -> list[dict[str, str]]:
    """What pip would install for ``target``: name, version and wheel file name, with the
    dependencies the target's markers add."""
    wanted = list(wanted)
    while True:
        resolved, report = _resolve_once(target, wanted, index_url, work)
        have = {canonical(item["name"]) for item in resolved}
        missing = sorted(set(_target_requirements(report, target)) - have)
        if not missing:
            return resolved
        print(f"{target.name}: pip left out {', '.join(missing)} (markers); resolving again")
        wanted += missing


def _target_requirements(report: list[dict[str, object]], target: Target) -> list[str]:
    """The names every resolved package requires on ``target`` (markers evaluated there)."""
    from packaging.requirements import Requirement

    names = []
    for item in report:
        metadata = item["metadata"]
        assert isinstance(metadata, dict)
        extras = item.get("requested_extras") or []
        assert isinstance(extras, list)
        for text in metadata.get("requires_dist") or []:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is None or any(
                marker.evaluate({**target.markers, "extra": extra}) for extra in ["", *extras]
            ):
                names.append(canonical(requirement.name))
    return names


def _resolve_once(
    target: Target, wanted: list[str], index_url: str | None, work: Path
) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    report = work / f"report-{target.platforms[0]}.json"
    command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed"]
    command += ["--quiet", "--report", str(report), "--target", str(work / "target")]
    command += pip_arguments(target, index_url) + wanted
    result = subprocess.run(command, env=pip_environment(), check=False)
    if result.returncode != 0:
        # pip calls a pin without a matching wheel a "conflict": name the pins that have none.
        lacking = [
            f"{name}=={version}"
            for name, version in read_pins(ROOT / "constraints.txt").items()
            if not _has_wheel(target, f"{name}=={version}", index_url, work)
        ]
        raise SystemExit(
            f"{target.name}: pip could not resolve every package as a wheel (above). "
            f"Pins in constraints.txt without a wheel for it: {', '.join(lacking) or 'none'} "
            "(not all of them are needed by the program)"
        )
    installed = json.loads(report.read_text(encoding="utf-8"))["install"]
    resolved = [
        {
            "name": item["metadata"]["name"],
            "version": item["metadata"]["version"],
            "file": item["download_info"]["url"].rsplit("/", 1)[-1].split("#", 1)[0],
        }
        for item in installed
    ]
    return resolved, installed


def _has_wheel(target: Target, pin: str, index_url: str | None, work: Path) -> bool:
    command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed"]
    command += ["--quiet", "--no-deps", "--target", str(work / "target")]
    command += [*pip_arguments(target, index_url, constrained=False), pin]
    result = subprocess.run(command, env=pip_environment(), capture_output=True, check=False)
    return result.returncode == 0


def download(target: Target, wanted: list[str], index_url: str | None, folder: Path) -> None:
    command = [sys.executable, "-m", "pip", "download", "--quiet", "-d", str(folder)]
    command += pip_arguments(target, index_url) + wanted
    result = subprocess.run(command, env=pip_environment(), check=False)
    if result.returncode != 0:
        raise SystemExit(f"{target.name}: pip could not download every package as a wheel")
    others = sorted(p.name for p in folder.iterdir() if p.suffix != ".whl")
    if others:
        raise SystemExit(f"{target.name}: not wheels: {', '.join(others)}")


def problems(resolved: list[dict[str, str]], pins: dict[str, str]) -> list[str]:
    found = []
    for item in resolved:
        name = canonical(item["name"])
        if not item["file"].endswith(".whl"):
            found.append(f"{item['name']} {item['version']}: {item['file']} is not a wheel")
        elif name not in pins:
            found.append(f"{item['name']} {item['version']}: not pinned in constraints.txt")
        elif pins[name] != item["version"]:
            found.append(f"{item['name']} {item['version']}: constraints.txt pins {pins[name]}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-url", default=None, help="default: pip's own default index")
    parser.add_argument("--download", type=Path, metavar="DIR", help="fetch the wheels too")
    parser.add_argument(
        "--macos", default=DEFAULT_MACOS, help="oldest macOS to support (default %(default)s)"
    )
    args = parser.parse_args(argv)
    pins = read_pins(ROOT / "constraints.txt")
    wanted = requirements(ROOT / "pyproject.toml")
    failed = False
    with tempfile.TemporaryDirectory(prefix="check-wheels-") as tmp:
        for target in (WINDOWS, macos(args.macos)):
            resolved = resolve(target, wanted, args.index_url, Path(tmp))
            found = problems(resolved, pins)
            verdict = "all wheels at the pinned versions" if not found else "PROBLEMS"
            print(f"{target.name}: {len(resolved)} packages, {verdict}")
            for item in sorted(resolved, key=lambda i: canonical(i["name"])):
                print(f"  {item['file']}")
            for problem in found:
                print(f"  PROBLEM {problem}")
            failed = failed or bool(found)
            if args.download is not None and not found:
                folder = args.download / target.platforms[0]
                folder.mkdir(parents=True, exist_ok=True)
                download(target, wanted, args.index_url, folder)
                print(f"  downloaded to {folder}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
