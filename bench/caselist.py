"""The case list and search on the big vault: the service calls and the cases screen.

Service level: the calls the cases screen makes (children, conversation summaries, search,
a child's scale history). Screen level: the real ``CasesScreen``, offscreen at 1366x768,
timed from the action to the end of the paint that follows it: reloading the list (what
unlocking and "back to the list" do), a search typed in the search field, and choosing a
child (the timeline and the scale chart).
"""

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench import bigvault
from bench.common import (
    BENCH_PASSPHRASE,
    CACHE,
    Result,
    emit,
    median,
    percentile,
    progress,
    run_child,
)
from bench.corpus import search_queries

ROUNDS = 15


def _stats(values: list[float]) -> Result:
    return {
        "runs": len(values),
        "median_ms": median(values) * 1000,
        "p95_ms": percentile(values, 95) * 1000,
        "max_ms": max(values) * 1000,
    }


def _time(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _child(vault_dir: Path, rounds: int) -> None:
    from PySide6.QtWidgets import QApplication

    from bench.qtprobe import PaintWatcher, within
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.ui.screens.cases import CasesScreen

    app = QApplication(sys.argv[:1])
    vault = access.unlock(vault_dir, BENCH_PASSPHRASE)
    service = ConversationService(vault)
    rng = random.Random(7)
    children = service.children()
    busiest = max(
        children[:400], key=lambda c: len(service.summaries(c.id))
    )  # a child with many conversations, for the timeline and chart
    queries = search_queries()

    calls: dict[str, list[float]] = {}

    def record(name: str, seconds: float) -> None:
        calls.setdefault(name, []).append(seconds)

    for _ in range(rounds):
        record("children()", _time(service.children))
        record("summaries() all", _time(service.summaries))
        record("summaries(child)", _time(partial(service.summaries, rng.choice(children).id)))
        record("scale_history(busiest child)", _time(partial(service.scale_history, busiest.id)))
        for _label, query in queries:
            record("search()", _time(partial(service.search, query)))

    screen = CasesScreen()
    screen.resize(1366, 768)
    watcher = PaintWatcher(app, within(screen))
    screen.show()
    watcher.wait()

    def painted(action: Callable[[], object]) -> float:
        watcher.reset()
        start = time.perf_counter()
        action()
        screen.update()  # a paint even if nothing visible changed
        return watcher.wait() - start

    record("screen: list filled (set_service)", painted(lambda: screen.set_service(service)))
    per_query: dict[str, list[float]] = {}
    busiest_row = next(
        row
        for row in range(screen.children_list.count())
        if screen.children_list.item(row).text().endswith(f"({busiest.case_number})")
    )
    for _ in range(rounds):
        record("screen: list reloaded", painted(screen.reload))
        for label, query in queries:
            seconds = painted(partial(screen.search.setText, query))
            record("screen: search", seconds)
            per_query.setdefault(f"{label} ({query})", []).append(seconds)
            painted(screen.search.clear)
        record(
            "screen: child chosen (timeline + chart)",
            painted(lambda: screen.children_list.setCurrentRow(busiest_row)),
        )
        painted(lambda: screen.children_list.setCurrentRow(0))
    rows_all = screen.table.rowCount()
    hits = {label: len(service.search(query)) for label, query in queries}
    busiest_count = len(service.summaries(busiest.id))
    screen.set_service(None)
    access.lock(vault)
    emit(
        {
            "calls": {name: _stats(values) for name, values in calls.items()},
            "per_query": {name: _stats(values) for name, values in per_query.items()},
            "hits": hits,
            "rows_listed_for_all_children": rows_all,
            "busiest_child_conversations": busiest_count,
        }
    )


def measure(scale: float, rounds: int = ROUNDS) -> Result:
    with tempfile.TemporaryDirectory(prefix="borne-bench-cases-", dir=CACHE) as tmp:
        folder = bigvault.working_copy(scale, Path(tmp) / "vault")
        result = run_child("bench.caselist", "child", str(folder), str(rounds))
    for name in ("screen: list reloaded", "screen: search"):
        figures = result["calls"][name]
        progress(f"  {name}: median {figures['median_ms']:.0f} ms, p95 {figures['p95_ms']:.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    child = sub.add_parser("child")
    child.add_argument("vault")
    child.add_argument("rounds", type=int)
    run = sub.add_parser("run")
    run.add_argument("--scale", type=float, default=1.0)
    run.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    if args.mode == "child":
        _child(Path(args.vault), args.rounds)
    else:
        emit(measure(args.scale, args.rounds))


if __name__ == "__main__":
    main()
