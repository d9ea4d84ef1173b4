"""`python -m bench`: every benchmark in a fresh process, a table, docs/performance.md."""

import argparse
import json
import os
import shutil
import subprocess
import time
from datetime import UTC, datetime
from typing import Any

from bench import report
from bench.common import CACHE, ROOT, progress, run_child
from bench.machine import describe

ORDER = ("startup", "unlock", "saving", "caselist", "referat", "memory", "bundle")
GROWTH_SCALES = (0.01, 0.1)  # 2,000 and 20,000 entries beside the big vault's 200,000


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", nargs="*", choices=ORDER, help="run only these benchmarks")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="big vault size as a fraction (for trying out)"
    )
    parser.add_argument(
        "--no-docs", action="store_true", help="print the table, do not write docs/performance.md"
    )
    parser.add_argument(
        "--no-growth", action="store_true", help="skip the runs on the 1 %% and 10 %% vaults"
    )
    parser.add_argument(
        "--rewrite-docs",
        action="store_true",
        help="write docs/performance.md again from the last full run's figures (no measuring)",
    )
    args = parser.parse_args()
    if args.rewrite_docs:
        last = json.loads((CACHE / "last-run.json").read_text())
        _write_docs(last)
        return
    chosen = args.only or list(ORDER)
    started = time.perf_counter()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = describe()
    CACHE.mkdir(parents=True, exist_ok=True)

    progress("Big vault …")
    meta = run_child("bench.bigvault", "--scale", str(args.scale), show_progress=True)
    scale = ["--scale", str(args.scale)]
    commands = {
        "startup": ["run"],
        "unlock": ["run", *scale],
        "saving": ["run", *scale],
        "caselist": ["run", *scale],
        "referat": ["run"],
        "memory": ["run", *scale],
        "bundle": ["run"],
    }
    results: dict[str, Any] = {}
    loads: dict[str, tuple[float, float, float]] = {}
    for name in ORDER:
        if name not in chosen:
            continue
        progress(f"{name} …")
        results[name] = run_child(f"bench.{name}", *commands[name], show_progress=True)
        loads[name] = os.getloadavg()

    if args.scale == 1.0 and {"unlock", "caselist"} <= set(chosen) and not args.no_growth:
        # How the size-bound figures grow: the same benchmarks on vaults of 1 % and 10 % of
        # the big one's size (fewer rounds), beside the full-size run above.
        growth: dict[str, Any] = {}
        for fraction in GROWTH_SCALES:
            progress(f"growth at {fraction:g} …")
            small = ["--scale", str(fraction)]
            growth[str(fraction)] = {
                "meta": run_child("bench.bigvault", *small, show_progress=True),
                "unlock": run_child("bench.unlock", "run", *small, "--runs", "3"),
                "caselist": run_child(
                    "bench.caselist", "run", *small, "--rounds", "5", "--search-rounds", "3"
                ),
            }
        growth["1.0"] = {"meta": meta, "unlock": results["unlock"], "caselist": results["caselist"]}
        results["growth"] = growth
        loads["growth"] = os.getloadavg()

    run = {
        "when": when,
        "minutes": (time.perf_counter() - started) / 60,
        "machine": machine,
        "meta": meta,
        "loads": loads,
        "results": results,
    }
    full = not args.no_docs and args.scale == 1.0 and set(chosen) == set(ORDER)
    if full:
        (CACHE / "last-run.json").write_text(json.dumps(run, indent=2))
        with (CACHE / "history.jsonl").open("a", encoding="utf-8") as history:
            line = {
                "when": when,
                "commit": _commit(),
                "load": sum(load[0] for load in loads.values()) / len(loads),
                "headlines": report.headlines(results),
            }
            history.write(json.dumps(line) + "\n")
    print()
    print(report.table(report.settle(report.rows(results), _history() if full else [])))
    if full:
        _write_docs(run)
    else:
        progress("\n(docs/performance.md not written: only a full run at full size writes it)")


def _commit() -> str:
    """The commit measured, with + when the worktree has changes."""
    executable = shutil.which("git")

    def git(*args: str) -> str:
        if executable is None:
            return ""
        return subprocess.run(
            [executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+" if git("status", "--porcelain", "--", "src", "bench") else "")


def _history(last: int = 6) -> list[dict[str, Any]]:
    path = CACHE / "history.jsonl"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[-last:] if line.strip()]


def _write_docs(run: dict[str, Any]) -> None:
    text = report.markdown(
        run["machine"],
        report.settle(report.rows(run["results"]), _history()),
        run["meta"],
        run["when"],
        {name: tuple(load) for name, load in run["loads"].items()},
        run["minutes"],
        _history(),
        run["results"].get("growth"),
    )
    target = ROOT / "docs" / "performance.md"
    target.parent.mkdir(exist_ok=True)
    target.write_text(text, encoding="utf-8")
    progress(f"\nWritten: {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
