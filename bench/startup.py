"""Start-up: from process start to the first paint, a bare PySide6 window against the app.

Each run is a fresh ``python bench/paint_probe.py …`` process, started by its path so that
neither kind of run imports anything of the ``bench`` package. The parent reads
CLOCK_MONOTONIC (shared by all processes on Linux) just before it starts the child; the
child reads it once its first window has been painted. The same event filter detects the
paint in both kinds of run. The app run goes through the real front door: ``launch.main``
with ``--vault DIR`` (an existing vault, so the unlock screen is what is shown), imported
before Qt as the program's script does, on a ``QApplication`` made by the probe first so
that the filter can be installed on it (``run_gui`` reuses an existing instance).
"""

import argparse
import json
import re
import resource
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


PROBE = ROOT / "bench" / "paint_probe.py"
# Loaded by the time the unlock screen is painted, they would mean the lazy start is undone.
HEAVY_MODULES = (
    "pydantic",
    "yaml",
    "sqlcipher3",
    "argon2",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "borne_samtale.services.session",
    "borne_samtale.guides",
    "borne_samtale.cli",
    "PySide6.QtDBus",
)


def _phases(vault: str) -> None:
    """Where the app's start-up goes, step by step as ``run_gui`` takes them (one process):
    the unlock screen first, then what the window imports and builds after the paint."""
    phases: dict[str, float] = {}
    begin = time.perf_counter()

    def lap(name: str, now: float | None = None) -> None:
        nonlocal begin
        now = time.perf_counter() if now is None else now
        phases[name] = now - begin
        begin = now

    from borne_samtale.launch import window_arguments
    from borne_samtale.process import prepare_process

    window_arguments(["--vault", vault])
    prepare_process()
    lap("import launch, read the arguments, prepare the process")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    lap("import PySide6.QtWidgets, create QApplication")
    from borne_samtale.ui.first_paint import AfterFirstPaint
    from borne_samtale.ui.i18n import install_translator
    from borne_samtale.ui.main_window import MainWindow

    lap("import ui.main_window (the unlock screen only)")
    install_translator(app)
    lap("install translator")
    window = MainWindow(vault_dir=Path(vault), demo=False, defer=True)
    AfterFirstPaint(window, lambda: None)  # as run_gui sets it up
    lap("build the window with the unlock screen")
    from bench.qtprobe import PaintWatcher

    watcher = PaintWatcher(app)
    window.show()
    # The moment the painting pass was over: the rest's imports start on a thread right
    # after it and could keep this thread from running for a while.
    lap("show and paint the unlock screen", watcher.wait())
    loader = window.rest_loader
    assert loader is not None
    loader.join()
    lap("after the paint, on a thread: import the rest, load and validate the guides")
    window._ensure_built()
    lap("after the paint: build the other screens (in steps on the window's thread)")
    emit({"phases": phases})


def _run_once(kind: str, vault: Path, home: Path, *, importtime: bool = False) -> Result:
    extra = ["-X", "importtime"] if importtime else []
    args = [str(PROBE), "bare"] if kind == "bare" else [str(PROBE), "app", str(vault)]
    env = isolated_env(home)
    # As an installed program starts: its modules' compiled bytecode is cached (written by
    # the warm-up round), not compiled from source in every process.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cpu_before = _children_cpu()
    started = time.monotonic_ns()
    completed = subprocess.run(
        [sys.executable, *extra, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    cpu = _children_cpu() - cpu_before  # the child's own, now that it has been reaped
    if completed.returncode != 0:
        raise RuntimeError(f"start-up child {kind} failed:\n{completed.stderr}")
    painted: Result = json.loads(completed.stdout.strip().splitlines()[-1])
    modules = list(painted["modules"])
    result: Result = {
        "kind": kind,
        "seconds": (int(painted["painted_ns"]) - started) / 1e9,
        "cpu_seconds": cpu,
        "screen": painted["screen"],
        "bench_modules": [m for m in modules if m == "bench" or m.startswith("bench.")],
        "heavy_modules": [m for m in modules if m.startswith(HEAVY_MODULES)],
        "qt_namespace": painted.get("qt_namespace"),
        "module_count": len(modules),
    }
    if importtime:
        result["importtime"] = completed.stderr
    return result


def _children_cpu() -> float:
    """User + system seconds of this process's finished children, as the kernel counts them:
    less moved by other work on a shared machine than the wall clock."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
        cpu: dict[str, list[float]] = {"bare": [], "app": []}
        screens = set()
        bench_loaded: set[str] = set()
        heavy_loaded: set[str] = set()
        qt_namespace = False
        module_counts: dict[str, list[int]] = {"bare": [], "app": []}
        for index in range(runs + 1):  # the first round warms the file cache; not counted
            order = ("bare", "app") if index % 2 == 0 else ("app", "bare")
            for kind in order:
                result = _run_once(kind, vault, home)
                if kind == "app":
                    screens.add(str(result["screen"]))
                    heavy_loaded.update(result["heavy_modules"])
                    qt_namespace = qt_namespace or bool(result["qt_namespace"])
                bench_loaded.update(result["bench_modules"])
                module_counts[kind].append(int(result["module_count"]))
                if index > 0:
                    times[kind].append(float(result["seconds"]))
                    cpu[kind].append(float(result["cpu_seconds"]))
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
    if bench_loaded:
        raise RuntimeError(f"a start-up process loaded the bench's own modules: {bench_loaded}")
    bare, app = median(times["bare"]), median(times["app"])
    pair_ratios = [a / b for a, b in zip(times["app"], times["bare"], strict=True)]
    return {
        "bare_s": times["bare"],
        "app_s": times["app"],
        "bare_median_s": bare,
        "app_median_s": app,
        # The ratio pair by pair (bare and app started back to back), then its median: a
        # pairing keeps it meaningful when the shared machine's speed drifts during the runs.
        "ratio": median(pair_ratios),
        "pair_ratios": pair_ratios,
        "ratio_of_medians": app / bare,
        "cpu_bare_median_s": median(cpu["bare"]),
        "cpu_app_median_s": median(cpu["app"]),
        "cpu_ratio": median([a / b for a, b in zip(cpu["app"], cpu["bare"], strict=True)]),
        "screen": "UnlockScreen",
        "heavy_at_paint": sorted(heavy_loaded),
        "heavy_watched": list(HEAVY_MODULES),
        "qt_namespace_at_paint": qt_namespace,
        "modules_at_paint": {kind: max(counts) for kind, counts in module_counts.items()},
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
    child.add_argument("kind", choices=("phases",))
    child.add_argument("started_ns", type=int)
    child.add_argument("vault")
    run = sub.add_parser("run")
    run.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    if args.mode == "child":
        _phases(args.vault)
    else:
        emit(measure(args.runs))


if __name__ == "__main__":
    main()
