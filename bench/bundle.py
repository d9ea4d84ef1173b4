"""The bundle's size: the one-folder build in dist/borne-samtale that `make package` made.

Building it takes minutes and the packaging extras, so the bench measures the last build
rather than making one; it says when that build was made and whether the program's source or
packaging changed after it (then the figure is of an older program). Sizes are counted as
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


def _last_change() -> float | None:
    """When the program's source or packaging last changed: the newest commit touching them,
    or now when the worktree has uncommitted changes there."""
    paths = ["src", "packaging", "pyproject.toml", "constraints.txt", "resources"]
    git = shutil.which("git")
    if git is None:
        return None
    try:
        dirty = subprocess.run(
            [git, "status", "--porcelain", "--", *paths],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if dirty:
            return datetime.now(UTC).timestamp()
        stamp = subprocess.run(
            [git, "log", "-1", "--format=%ct", "--", *paths],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return float(stamp) if stamp else None


def measure() -> Result:
    program = BUNDLE / "borne-samtale"
    if not program.exists():
        return {"built": False}
    built = program.stat().st_mtime
    changed = _last_change()
    return {
        "built": True,
        "bytes": _size(BUNDLE),
        "files": sum(1 for p in BUNDLE.rglob("*") if p.is_file()),
        "built_at": datetime.fromtimestamp(built, UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "stale": changed is not None and changed > built,
        "parts": _parts(BUNDLE),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("run",))
    parser.parse_args()
    emit(measure())


if __name__ == "__main__":
    main()
