"""Start-up time of the built bundle against the source checkout (what `make run` starts).

    .venv/bin/python packaging/measure_startup.py dist/borne-samtale [RUNS]

Two measurements, each as the median of RUNS runs (default 25) after two warm-up rounds:
`--version`, and the window shown and closed (`--demo`, offscreen, with
BORNE_SAMTALE_QUIT_WHEN_SHOWN=1, the demo vault already made). The two programs take turns,
run for run, so that load from other work on the machine falls on both alike. Both run with
the same fresh, empty home folder. Wall-clock and CPU (user + system) times are printed.
"""

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from smoke_test import PROGRAM, isolated_env

SOURCE = Path(sys.executable).parent / "borne-samtale"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(programs: dict[str, Path], args: list[str], env: dict[str, str], runs: int) -> None:
    wall: dict[str, list[float]] = {name: [] for name in programs}
    cpu: dict[str, list[float]] = {name: [] for name in programs}
    order = list(programs.items())
    for round_number in range(runs + 2):
        for name, program in order if round_number % 2 == 0 else reversed(order):
            cpu_before, started = cpu_seconds(), time.perf_counter()
            subprocess.run(
                [str(program), *args],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=True,
                timeout=300,
            )
            if round_number >= 2:  # the first two rounds warm the disk cache
                wall[name].append(time.perf_counter() - started)
                cpu[name].append(cpu_seconds() - cpu_before)
    for name in programs:
        print(
            f"{' '.join(args):10} {name:7} median {statistics.median(wall[name]) * 1000:5.0f} ms "
            f"(min {min(wall[name]) * 1000:.0f}, max {max(wall[name]) * 1000:.0f}), "
            f"CPU {statistics.median(cpu[name]) * 1000:.0f} ms, {runs} runs"
        )


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or not (Path(argv[1]) / PROGRAM).is_file():
        print(f"usage: {argv[0]} BUNDLE_DIR [RUNS]", file=sys.stderr)
        return 2
    runs = int(argv[2]) if len(argv) == 3 else 25
    programs = {"source": SOURCE, "bundle": Path(argv[1]).resolve() / PROGRAM}
    with tempfile.TemporaryDirectory(prefix="borne-samtale-timing-") as tmp:
        env = isolated_env(Path(tmp) / "home")
        env.update(QT_QPA_PLATFORM="offscreen", BORNE_SAMTALE_QUIT_WHEN_SHOWN="1")
        measure(programs, ["--version"], env, runs)
        measure(programs, ["--demo"], env, runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
