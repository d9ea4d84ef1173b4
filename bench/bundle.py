"""The bundle's size: the one-folder build in dist/borne-samtale that `make package` made.

Building it takes minutes and the packaging extras, so the bench measures the last build
rather than making one; it says when that build was made and whether a file it is built from
changed after it (then the figure is of an older program). Sizes are counted as
the smoke test counts them (packaging/smoke_test.py), in MB of 10^6 bytes.
"""

import argparse
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from bench.common import ROOT, Result, emit

BUNDLE = ROOT / "dist" / "borne-samtale"


def _size(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def _parts(bundle: Path, count: int = 8) -> list[tuple[str, int]]:
    """The largest parts: each file or folder of the bundle's _internal folder (or top)."""
    inner = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    sizes = [(str(p.relative_to(bundle)), _size(p)) for p in inner.iterdir()]
    # PySide6 is most of the bundle: its parts one level further down.
    pyside = inner / "PySide6"
    if pyside.is_dir():
        sizes = [item for item in sizes if item[0] != str(pyside.relative_to(bundle))]
        sizes += [(str(p.relative_to(bundle)), _size(p)) for p in pyside.iterdir()]
    return sorted(sizes, key=lambda item: -item[1])[:count]


# What goes into the bundle: a file here changed after the build means an older program.
BUILD_INPUTS = (
    "src",
    "resources",
    "packaging/borne-samtale.spec",
    "packaging/pyinstaller-hooks",
    "pyproject.toml",
    "constraints.txt",
)


def _last_change() -> float:
    """When a file the bundle is built from last changed (its modification time). Only the
    files git tracks: build output beside them (the compiled translations, which ``make``
    compiles again whenever the environment is reinstalled) says nothing of the program."""
    git = shutil.which("git")
    if git is None:
        return 0.0
    listed = subprocess.run(
        [git, "ls-files", "-z", "--", *BUILD_INPUTS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    newest = 0.0
    for name in filter(None, listed.split("\0")):
        path = ROOT / name
        if path.is_file():
            newest = max(newest, path.stat().st_mtime)
    return newest


def measure() -> Result:
    program = BUNDLE / "borne-samtale"
    if not program.exists():
        return {"built": False}
    built = program.stat().st_mtime
    return {
        "built": True,
        "bytes": _size(BUNDLE),
        "files": sum(1 for p in BUNDLE.rglob("*") if p.is_file()),
        "built_at": datetime.fromtimestamp(built, UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "stale": _last_change() > built,
        "parts": _parts(BUNDLE),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("run",))
    parser.parse_args()
    emit(measure())


if __name__ == "__main__":
    main()
