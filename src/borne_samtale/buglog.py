"""Record an unexpected error for IT support without any child data.

Only the exception's type and the stack frames (file, line, function) are written: an
exception's message or a frame's locals may hold what a child said, so they never are.
"""

import traceback
from datetime import UTC, datetime
from pathlib import Path

import platformdirs


def bug_log_path() -> Path:
    return Path(platformdirs.user_log_dir("borne-samtale", appauthor=False)) / "fejl.log"


def record_bug(exc: BaseException) -> Path | None:
    """Append a content-free report; returns where, or None if it could not be written."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{datetime.now(UTC).isoformat(timespec='seconds')} {type(exc).__qualname__}"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    path = bug_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    except OSError:
        return None
    return path
