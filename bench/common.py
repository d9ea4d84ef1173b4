"""What every benchmark shares: paths, child processes, statistics, the JSON hand-back."""

import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"

# Invented data only: the big vault's passphrase may be written down here.
BENCH_PASSPHRASE = "bench-boernesamtale-passphrase"  # noqa: S105

Result = dict[str, Any]


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def percentile(values: Sequence[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * pct / 100
    low = math.floor(position)
    high = math.ceil(position)
    fraction = position - low
    return ordered[low] + (ordered[high] - ordered[low]) * fraction


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a benchmark child: offscreen Qt, settings and data kept in ``home``."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    for name in ("BORNE_SAMTALE_VAULT", "BORNE_SAMTALE_PASSPHRASE"):
        env.pop(name, None)
    return env


def run_child(
    module: str, *args: str, timeout: float = 3600, show_progress: bool = False
) -> Result:
    """Run ``python -m module args`` in a fresh process; its last stdout line is a JSON object.

    With ``show_progress`` the child's stderr goes straight to ours (long generation).
    """
    with tempfile.TemporaryDirectory(prefix="borne-bench-home-") as home:
        completed = subprocess.run(
            [sys.executable, "-m", module, *args],
            cwd=ROOT,
            env=isolated_env(Path(home)),
            stdout=subprocess.PIPE,
            stderr=None if show_progress else subprocess.PIPE,
            text=True,
            timeout=timeout,
            check=False,
        )
    if completed.returncode != 0:
        raise RuntimeError(
            f"{module} {' '.join(args)} failed ({completed.returncode}):\n{completed.stderr}"
        )
    lines = [line for line in completed.stdout.splitlines() if line.strip()]
    if not lines:
        raise RuntimeError(f"{module} printed nothing:\n{completed.stderr}")
    result: Result = json.loads(lines[-1])
    return result


def emit(result: Result) -> None:
    """Hand the result of a child process back to ``run_child``."""
    print(json.dumps(result), flush=True)


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)
