"""`python -m bench`: every benchmark in a fresh process, a table, docs/performance.md."""

import argparse
import json
import os
import time
from datetime import UTC, datetime

from bench import report
from bench.common import CACHE, ROOT, progress, run_child
from bench.machine import describe

ORDER = ("startup", "unlock", "saving", "caselist", "referat", "memory")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", nargs="*", choices=ORDER, help="run only these benchmarks")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="big vault size as a fraction (for trying out)"
    )
    parser.add_argument(
        "--no-docs", action="store_true", help="print the table, do not write docs/performance.md"
    )
    args = parser.parse_args()
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
    }
    results: dict[str, object] = {}
    loads: dict[str, tuple[float, float, float]] = {}
    for name in ORDER:
        if name not in chosen:
            continue
        progress(f"{name} …")
        results[name] = run_child(f"bench.{name}", *commands[name], show_progress=True)
        loads[name] = os.getloadavg()

    rows = report.rows(results)
    print()
    print(report.table(rows))
    (CACHE / "last-run.json").write_text(
        json.dumps({"when": when, "machine": machine, "results": results}, indent=2)
    )
    if args.no_docs or args.scale != 1.0 or set(chosen) != set(ORDER):
        progress("\n(docs/performance.md not written: only a full run at full size writes it)")
        return
    minutes = (time.perf_counter() - started) / 60
    text = report.markdown(machine, rows, meta, when, loads, minutes)
    target = ROOT / "docs" / "performance.md"
    target.parent.mkdir(exist_ok=True)
    target.write_text(text, encoding="utf-8")
    progress(f"\nWritten: {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
