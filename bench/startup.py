"""Start-up: from process start to the first paint, a bare PySide6 window against the app.

Each run is a fresh ``python -m bench.startup child …`` process. The parent reads
CLOCK_MONOTONIC (shared by all processes on Linux) just before it starts the child; the
child reads it once its first window has been painted. The same event filter detects the
paint in both kinds of run. The app run goes through the real front door: ``cli.main``
with ``--vault DIR`` (an existing vault, so the unlock screen is what is shown), on a
``QApplication`` made by the driver first so that the filter can be installed on it
(``run_gui`` reuses an existing instance).
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (
    BENCH_PASSPHRASE,
    ROOT,
    Result,
    emit,
    isolated_env,
    median,
    progress,
    run_child,
)

WINDOW_SIZE = (1366, 768)  # what the main window asks for


def _child(kind: str, started_ns: int, vault: str) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.qtprobe import PaintWatcher

    app = QApplication(sys.argv[:1])
    painted: dict[str, object] = {}

    def done() -> None:
        painted["ns"] = time.monotonic_ns()
        window = next((w for w in QApplication.topLevelWidgets() if w.isVisible()), None)
        stack = getattr(window, "stack", None)
        current = stack.currentWidget() if stack is not None else window
        painted["screen"] = type(current).__name__
        app.quit()

    # The same hook in both kinds of run: the pass that painted the first widget is over.
    watcher = PaintWatcher(app, then=done)
    if kind == "bare":
        window = QWidget()
        window.setWindowTitle("bare")
        window.resize(*WINDOW_SIZE)
        window.show()
        app.exec()
    else:
        from borne_samtale.cli import main

        code = main(["--vault", vault])
        if code != 0:
            raise SystemExit(code)
    assert watcher.seen
    emit(
        {
            "kind": kind,
            "seconds": (int(str(painted["ns"])) - started_ns) / 1e9,
            "screen": painted["screen"],
        }
    )


def _phases(vault: str) -> None:
    """Where the app's start-up goes, step by step as ``run_gui`` takes them (one process)."""
    phases: dict[str, float] = {}
    begin = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal begin
        now = time.perf_counter()
        phases[name] = now - begin
        begin = now

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    lap("import PySide6.QtWidgets, create QApplication")
    from borne_samtale.cli import build_parser

    build_parser().parse_args(["--vault", vault])
    lap("import cli, parse arguments")
    from borne_samtale.services.session import PracticeContent

    lap("import services.session (domain, pydantic, guides)")
    from borne_samtale.ui.i18n import install_translator
    from borne_samtale.ui.main_window import MainWindow

    lap("import ui.main_window (every screen, QtCharts, handover)")
    install_translator(app)
    lap("install translator")
    content = PracticeContent.load()
    lap("load and validate guides and interpreter module")
    window = MainWindow(vault_dir=Path(vault), demo=False, content=content)
    lap("build the main window (every screen)")
    from bench.qtprobe import PaintWatcher

    watcher = PaintWatcher(app)
    window.show()
    watcher.wait()
    lap("show and paint the unlock screen")
    emit({"phases": phases})


def _run_once(kind: str, vault: Path, home: Path, *, importtime: bool = False) -> Result:
    extra = ["-X", "importtime"] if importtime else []
    started = time.monotonic_ns()
    completed = subprocess.run(
        [sys.executable, *extra, "-m", "bench.startup", "child", kind, str(started), str(vault)],
        cwd=ROOT,
        env=isolated_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"start-up child {kind} failed:\n{completed.stderr}")
    result: Result = json.loads(completed.stdout.strip().splitlines()[-1])
    if importtime:
        result["importtime"] = completed.stderr
    return result


def _top_imports(report: str, count: int = 8) -> list[tuple[str, float]]:
    """The slowest top-level imports (cumulative ms) from ``-X importtime`` output."""
    totals: dict[str, float] = {}
    for line in report.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match.group(2)) <= 1:  # depth 0: imported by the script itself
            name = match.group(3)
            totals[name] = totals.get(name, 0) + int(match.group(1)) / 1000
    return sorted(totals.items(), key=lambda item: -item[1])[:count]


def measure(runs: int) -> Result:
    from borne_samtale.services import access

    with tempfile.TemporaryDirectory(prefix="borne-bench-startup-") as tmp:
        vault = Path(tmp) / "vault"
        access.lock(access.create(vault, BENCH_PASSPHRASE).vault)
        home = Path(tmp) / "home"
        times: dict[str, list[float]] = {"bare": [], "app": []}
        screens = set()
        for index in range(runs + 1):  # the first round warms the file cache; not counted
            order = ("bare", "app") if index % 2 == 0 else ("app", "bare")
            for kind in order:
                result = _run_once(kind, vault, home)
                if kind == "app":
                    screens.add(str(result["screen"]))
                if index > 0:
                    times[kind].append(float(result["seconds"]))
            if index > 0:
                progress(
                    f"  start-up run {index}/{runs}: bare {times['bare'][-1] * 1000:.0f} ms, "
                    f"app {times['app'][-1] * 1000:.0f} ms"
                )
        profile = _run_once("app", vault, home, importtime=True)
        bare_profile = _run_once("bare", vault, home, importtime=True)
        phase_runs = [
            run_child("bench.startup", "child", "phases", "0", str(vault))["phases"]
            for _ in range(3)
        ]
    if screens != {"UnlockScreen"}:
        raise RuntimeError(f"the app did not show the unlock screen first: {screens}")
    bare, app = median(times["bare"]), median(times["app"])
    return {
        "bare_s": times["bare"],
        "app_s": times["app"],
        "bare_median_s": bare,
        "app_median_s": app,
        "ratio": app / bare,
        "screen": "UnlockScreen",
        "phases_median_s": {
            name: median([run[name] for run in phase_runs]) for name in phase_runs[0]
        },
        "top_imports_app_ms": _top_imports(str(profile["importtime"])),
        "top_imports_bare_ms": _top_imports(str(bare_profile["importtime"])),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    child = sub.add_parser("child")
    child.add_argument("kind", choices=("bare", "app", "phases"))
    child.add_argument("started_ns", type=int)
    child.add_argument("vault")
    run = sub.add_parser("run")
    run.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if args.mode == "child" and args.kind == "phases":
        _phases(args.vault)
    elif args.mode == "child":
        _child(args.kind, args.started_ns, args.vault)
    else:
        emit(measure(args.runs))


if __name__ == "__main__":
    main()
