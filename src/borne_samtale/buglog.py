"""Record an unexpected error for IT support without any child data.

Only the exception's type and the stack frames (file, line, function) are written: an
exception's message or a frame's locals may hold what a child said, so they never are.
"""

import sys
import threading
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType


def bug_log_path() -> Path:
    from borne_samtale.folders import log_dir

    return log_dir() / "fejl.log"


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


def report_unexpected(exc: BaseException) -> None:
    """Record ``exc`` and say so on stderr in one sentence, without its message or frames."""
    where = record_bug(exc)
    note = f" Detaljer (uden personoplysninger) er gemt i {where}." if where else ""
    print(f"Der opstod en uventet fejl i programmet.{note}", file=sys.stderr)


def install_excepthook() -> None:
    """For the window: an exception escaping a Qt slot or a thread is reported content-free.

    Python's default hook prints the exception's message and source lines to stderr, which a
    desktop session keeps in its journal; the message may hold what a child said.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report_unexpected(exc.with_traceback(tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            report_unexpected(args.exc_value.with_traceback(args.exc_traceback))

    def unraisable_hook(unraisable: "sys.UnraisableHookArgs") -> None:
        if unraisable.exc_value is not None:
            report_unexpected(unraisable.exc_value.with_traceback(unraisable.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
    sys.unraisablehook = unraisable_hook
