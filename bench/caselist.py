"""The case list and search on the big vault: the service calls and the cases screen.

Service level: the calls the cases screen makes (children, conversation summaries, search,
a child's scale history). Screen level: the real ``CasesScreen``, offscreen at 1366x768,
timed from the action to the end of the paint that follows it: reloading the list (what
unlocking and "back to the list" do) and choosing a child (the timeline and the scale
chart). Search is typed key by key (QTest, one key every KEY_INTERVAL_S, slower than the
screen's pause so every prefix is searched as a slow typist's would be) with a 5 ms timer
watching the event loop: per query, the worst stall of the window while typing and
searching, and the time from the last key to the results painted.
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
SEARCH_ROUNDS = 7
KEY_INTERVAL_S = 0.3


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


def _child(vault_dir: Path, rounds: int, search_rounds: int) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.qtprobe import PROBE_INTERVAL_MS, LoopGapProbe, PaintWatcher, spin, within
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.ui.screens import cases
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
    stalls: dict[str, list[float]] = {}
    probe = LoopGapProbe()

    def typed(query: str) -> tuple[float, float]:
        """(last key to results painted, worst event-loop gap) for ``query`` typed key by key."""
        probe.start()
        for index, char in enumerate(query):
            if index:
                spin(KEY_INTERVAL_S)
            QTest.keyClicks(screen.search, char)
        last_key = time.perf_counter()
        while screen.searching:
            spin(0.002)
        watcher.reset()
        screen.update()
        end = watcher.wait()
        spin(0.02)  # a few ticks after the paint, so a stall in it is seen
        probe.stop()
        return end - last_key, max(probe.gaps_ms(), default=0.0)

    for _ in range(search_rounds):
        for label, query in queries:
            seconds, worst_gap = typed(query)
            name = f"{label} ({query})"
            per_query.setdefault(name, []).append(seconds)
            stalls.setdefault(name, []).append(worst_gap)
            record("screen: search typed", seconds)
            painted(screen.search.clear)
    busiest_row = next(
        row
        for row in range(screen.children_list.count())
        if screen.children_list.item(row).text().endswith(f"({busiest.case_number})")
    )
    for _ in range(rounds):
        record("screen: list reloaded", painted(screen.reload))
        record(
            "screen: child chosen (timeline + chart)",
            painted(lambda: screen.children_list.setCurrentRow(busiest_row)),
        )
        painted(lambda: screen.children_list.setCurrentRow(0))
    rows_all = screen.table.model().rowCount()
    hits = {label: len(service.search(query)) for label, query in queries}
    busiest_count = len(service.summaries(busiest.id))
    screen.set_service(None)
    access.lock(vault)
    emit(
        {
            "calls": {name: _stats(values) for name, values in calls.items()},
            "per_query": {name: _stats(values) for name, values in per_query.items()},
            "stall_ms": {name: max(values) for name, values in stalls.items()},
            "search_pause_ms": cases.SEARCH_PAUSE_MS,
            "key_interval_ms": KEY_INTERVAL_S * 1000,
            "probe_interval_ms": PROBE_INTERVAL_MS,
            "search_rounds": search_rounds,
            "hits": hits,
            "rows_listed_for_all_children": rows_all,
            "busiest_child_conversations": busiest_count,
        }
    )


def measure(scale: float, rounds: int = ROUNDS, search_rounds: int = SEARCH_ROUNDS) -> Result:
    with tempfile.TemporaryDirectory(prefix="borne-bench-cases-", dir=CACHE) as tmp:
        folder = bigvault.working_copy(scale, Path(tmp) / "vault")
        result = run_child("bench.caselist", "child", str(folder), str(rounds), str(search_rounds))
    for name in ("screen: list reloaded", "screen: search typed"):
        figures = result["calls"][name]
        progress(f"  {name}: median {figures['median_ms']:.0f} ms, p95 {figures['p95_ms']:.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    child = sub.add_parser("child")
    child.add_argument("vault")
    child.add_argument("rounds", type=int)
    child.add_argument("search_rounds", type=int)
    run = sub.add_parser("run")
    run.add_argument("--scale", type=float, default=1.0)
    run.add_argument("--rounds", type=int, default=ROUNDS)
    run.add_argument("--search-rounds", type=int, default=SEARCH_ROUNDS)
    args = parser.parse_args()
    if args.mode == "child":
        _child(Path(args.vault), args.rounds, args.search_rounds)
    else:
        emit(measure(args.scale, args.rounds, args.search_rounds))


if __name__ == "__main__":
    main()
