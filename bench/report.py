"""From the benchmarks' results to verdicts, a table for the terminal and docs/performance.md."""

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

Results = dict[str, Any]

ROOM = 0.6  # a figure at or below this share of its target is "met with room"
# Targets tightened after the quiet run of 2026-12-04 met them with room (issue 15's goals
# were: unlock ≤ 0.4 s beyond Argon2id, save p99 ≤ 5 ms, case list ≤ 150 ms, referat
# ≤ 1.0 s); the others stand as the issue set them.


@dataclass(frozen=True)
class Row:
    what: str
    target: str
    measured: str
    verdict: str
    note: str = ""
    headline: str = ""  # its column in the run-to-run history
    limit: float = 0.0  # the target, in the headline's unit
    unit: str = ""


def _nice_ceiling(value: float) -> float:
    """Round up to two significant digits (0.87 -> 0.87, 213 -> 220)."""
    if value <= 0:
        return 0.0
    scale: float = 10.0 ** (math.floor(math.log10(value)) - 1)
    return math.ceil(value / scale) * scale


def _verdict(measured: float, target: float, unit: str, digits: int = 0) -> str:
    if measured > target:
        over = measured - target
        return f"missed by {over:.{digits}f} {unit} ({measured / target:.1f}× the target)"
    if measured <= ROOM * target:
        tighter = _nice_ceiling(measured * 1.5)
        return f"met with room; tighten to ≤ {tighter:g} {unit}"
    return "met"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def startup_rows(r: Results) -> list[Row]:
    bare, app, ratio = r["bare_median_s"], r["app_median_s"], r["ratio"]
    if ratio > 1.3:
        verdict = f"missed by {_ms(app - 1.3 * bare)} ({ratio:.1f}× instead of ≤ 1.3×)"
    elif ratio <= 1.0 + 0.3 * ROOM:
        verdict = f"met with room; tighten to ≤ {_nice_ceiling(1 + (ratio - 1) * 1.5):g}×"
    else:
        verdict = "met"
    phases = ", ".join(f"{name} {_ms(s)}" for name, s in r["phases_median_s"].items())
    heavy = r.get("heavy_at_paint", [])
    watched = ", ".join(f"`{m}`" for m in r["heavy_watched"])
    loaded = (
        f"none of the heavy modules it watches for ({watched}) was loaded"
        if not heavy
        else "these heavy modules were already loaded: " + ", ".join(f"`{m}`" for m in heavy)
    )
    namespace = (
        "PySide6 had not built its `Qt` namespace yet (it does so on first use)"
        if not r["qt_namespace_at_paint"]
        else "PySide6 had already built its `Qt` namespace"
    )
    counts = r.get("modules_at_paint", {})
    imports = ", ".join(f"`{name}` {ms:.0f} ms" for name, ms in r["top_imports_app_ms"][:6])
    pairs = sorted(r.get("pair_ratios", [ratio]))
    note = (
        f"Medians of {len(r['app_s'])} interleaved pairs: a bare PySide6 window paints "
        f"{_ms(bare)} after its process starts, the app's unlock screen {_ms(app)} after, so "
        f"the app's own start costs {_ms(app - bare)} where the target leaves "
        f"{_ms(0.3 * bare)}. The ratio is the median of the pairs' ratios ({ratio:.2f}×; "
        f"lowest {pairs[0]:.2f}×, highest {pairs[-1]:.2f}×). In CPU time (user + system, "
        "the kernel's count for each finished process, which other work on the machine moves "
        f"less than the clock): bare {_ms(r['cpu_bare_median_s'])}, app "
        f"{_ms(r['cpu_app_median_s'])}, pairs' median {r['cpu_ratio']:.2f}×. When the unlock "
        "screen was "
        f"painted, {loaded}, and {namespace}; the app's process "
        f"had {counts.get('app', 0)} modules loaded, the bare window's {counts.get('bare', 0)}. "
        f"The slowest top-level imports of the app's process (-X importtime, cumulative): "
        f"{imports}. Step by step in one process: {phases}."
    )
    return [
        Row(
            "Start-up to the unlock screen painted",
            "≤ 1.3 × a bare PySide6 window",
            f"{_ms(app)} vs bare {_ms(bare)} (medians); pairs' median {ratio:.2f}×",
            verdict,
            note,
        )
    ]


def unlock_rows(r: Results) -> list[Row]:
    beyond = r["beyond_argon2id_s"]
    spent = r["breakdown_median_s"]
    integrity = spent.get("integrity check", 0.0)
    purge = spent.get("purge of due conversations", 0.0)
    parts = (
        f"`access.unlock` on the worker thread {_ms(spent.get('access.unlock (worker thread)', 0))}"
        f" (of which Argon2id {_ms(spent.get('argon2id', 0))} and opening the database "
        f"{_ms(spent.get('open database', 0))}, of it the integrity check "
        f"{_ms(integrity)}), then on the UI thread the purge of due "
        f"conversations {_ms(purge)} and filling the case list "
        f"{_ms(spent.get('case list filled', 0))}"
    )
    note = (
        f"Argon2id with the vault's parameters ({r['params']['memory_kib'] // 1024} MiB, "
        f"t = {r['params']['iterations']}, p = {r['params']['parallelism']}) takes "
        f"{_ms(r['argon2id_median_s'])}; unlock to a painted case list "
        f"{_ms(r['unlock_to_list_median_s'])}. Where the time goes (medians of "
        f"{len(r['unlock_to_list_s'])} runs): {parts}. The full integrity check "
        "(`cipher_integrity_check` and `quick_check`) runs after the list is painted, on its "
        f"own connection: it took {_ms(r['check_itself_median_s'])} itself and was over "
        f"{_ms(r['check_after_list_median_s'])} after the list was painted."
    )
    return [
        Row(
            "Unlock to case list, big vault",
            "≤ 0.2 s beyond Argon2id",
            f"{_ms(beyond)} beyond Argon2id ({_ms(r['argon2id_median_s'])})",
            _verdict(beyond * 1000, 200, "ms"),
            note,
            headline="unlock beyond Argon2id ms",
            limit=200,
            unit="ms",
        )
    ]


def saving_rows(r: Results) -> list[Row]:
    long, typical, probe = r["long"], r["typical"], r["probe"]
    save_note = (
        f"{long['count']} saves in a conversation that starts with "
        f"{r['long_conversation_entries_at_start']} entries and {typical['count']} in one "
        f"with {r['typical_conversation_entries_at_start']}, through ConversationService "
        "(add_entry on the first pause, update_entry on each later one), each a committed "
        f"WAL transaction with synchronous = FULL. Long conversation: median "
        f"{long['median_ms']:.2f} ms, p99 {long['p99_ms']:.2f} ms, max {long['max_ms']:.1f} ms; "
        f"typical: median {typical['median_ms']:.2f} ms, p99 {typical['p99_ms']:.2f} ms. "
    )
    stall_note = (
        f"{probe['typed_characters']} characters typed into the capture field of the open "
        f"{r['long_conversation_entries_at_start']}-entry conversation, a key every "
        f"{r['key_interval_ms']} ms and a {r['sentence_pause_ms']} ms pause after each "
        f"sentence ({probe['saves_while_typing']} autosaves, {probe['entries_finished']} "
        f"entries finished), with a {probe['probe_interval_ms']} ms timer watching the event "
        f"loop: gaps median "
        f"{probe['median_gap_ms']:.1f} ms, p99 {probe['p99_gap_ms']:.1f} ms, max "
        f"{probe['max_gap_ms']:.1f} ms ({probe['gaps_over_50_ms']} over 50 ms). One keystroke "
        f"(QTest, handled synchronously) takes p99 {probe['keystroke_p99_ms']:.1f} ms, max "
        f"{probe['keystroke_max_ms']:.1f} ms; the slowest save the screen made while typing "
        f"took {probe['save_max_ms']:.1f} ms. The save commits on the autosave writer's thread "
        "(services/autosave.py), so a slow fsync is not felt in the window."
    )
    every = r["all"]
    return [
        Row(
            "Save of one typed entry, p99",
            "≤ 3 ms",
            f"{every['p99_ms']:.2f} ms over {every['count']} saves (long conversation "
            f"{long['p99_ms']:.2f} ms, typical {typical['p99_ms']:.2f} ms)",
            _verdict(every["p99_ms"], 3, "ms", 2),
            save_note,
            headline="save p99 ms",
            limit=3,
            unit="ms",
        ),
        Row(
            "UI thread while typing",
            "never stalls > 50 ms",
            f"max gap {probe['max_gap_ms']:.0f} ms, p99 {probe['p99_gap_ms']:.0f} ms",
            _verdict(probe["max_gap_ms"], 50, "ms"),
            stall_note,
            headline="typing max gap ms",
            limit=50,
            unit="ms",
        ),
    ]


def caselist_rows(r: Results) -> list[Row]:
    calls = r["calls"]
    listed = calls["screen: list reloaded"]
    search = calls["screen: search typed"]
    pause = r["search_pause_ms"]
    stall = r["stall_ms"]
    worst_stall = max(stall.values())
    # The search itself: from the end of the pause in typing to the results painted.
    after_pause = {name: f["p95_ms"] - pause for name, f in r["per_query"].items()}
    worst_name = max(after_pause, key=lambda name: after_pause[name])
    per_query = "; ".join(
        f"{name}: p95 {figures['p95_ms']:.0f} ms, median {figures['median_ms']:.0f} ms, "
        f"worst stall {stall[name]:.0f} ms ({r['hits'][name.split(' (')[0]]} hits)"
        for name, figures in r["per_query"].items()
    )
    service = "; ".join(
        f"{name} {figures['median_ms']:.1f} ms"
        for name, figures in calls.items()
        if not name.startswith("screen")
    )
    list_note = (
        f"The cases screen offscreen, from reload() to the end of the paint: median "
        f"{listed['median_ms']:.0f} ms, p95 {listed['p95_ms']:.0f} ms, "
        f"{r['rows_listed_for_all_children']} rows for all children. Choosing the child with "
        f"the most conversations ({r['busiest_child_conversations']}, timeline and scale "
        f"chart): median {calls['screen: child chosen (timeline + chart)']['median_ms']:.0f} ms. "
        f"Service calls (median): {service}."
    )
    search_note = (
        f"Each query typed key by key into the search field, a key every "
        f"{r['key_interval_ms']:.0f} ms (slower than the screen's pause of {pause} ms, so every "
        f"prefix is searched), {r['search_rounds']} times, with a {r['probe_interval_ms']} ms "
        "timer watching the window's event loop. From the last key to the results painted "
        f"(the pause included), per query: {per_query}. Over all {search['runs']} typed "
        f"queries: median {search['median_ms']:.0f} ms, p95 {search['p95_ms']:.0f} ms. The "
        f"slowest query's p95 after the pause is {after_pause[worst_name]:.0f} ms "
        f"({worst_name}); the window's longest stall while typing and searching was "
        f"{worst_stall:.0f} ms."
    )
    return [
        Row(
            "Case list, big vault",
            "≤ 100 ms",
            f"median {listed['median_ms']:.0f} ms, p95 {listed['p95_ms']:.0f} ms",
            _verdict(listed["median_ms"], 100, "ms"),
            list_note,
            headline="list ms",
            limit=100,
            unit="ms",
        ),
        Row(
            "Search, big vault: the slowest query's p95 after the pause in typing",
            "≤ 100 ms",
            f"{after_pause[worst_name]:.0f} ms ({worst_name})",
            _verdict(after_pause[worst_name], 100, "ms"),
            search_note,
            headline="search p95 ms",
            limit=100,
            unit="ms",
        ),
        Row(
            "Window while search is typed, big vault",
            "never stalls > 50 ms",
            f"longest stall {worst_stall:.0f} ms",
            _verdict(worst_stall, 50, "ms"),
            search_note,
            headline="search stall ms",
            limit=50,
            unit="ms",
        ),
    ]


def referat_rows(r: Results) -> list[Row]:
    steps = r["later_steps_median_s"]
    first = r["first_steps_s"]
    note = (
        f"The demo conversation with an interpreter and {r['entries']} entries: "
        f"{r['pages']} pages, {r['bytes'] // 1024} KiB signed. After the first (median of "
        f"{len(r['later_s'])}): render {_ms(steps['render'])}, PDF/A {_ms(steps['pdfa'])}, sign "
        f"{_ms(steps['sign'])}; p95 {_ms(r['later_p95_s'])}. The first takes "
        f"{_ms(r['first_s'])}: importing reportlab, pikepdf and pyHanko and loading the key "
        f"{_ms(r['first_imports_and_key_s'])}, render {_ms(first['render'])}, PDF/A "
        f"{_ms(first['pdfa'])}, sign {_ms(first['sign'])}."
    )
    return [
        Row(
            "Referat of a long conversation: render + PDF/A + sign",
            "≤ 0.7 s after the first",
            f"{_ms(r['later_median_s'])} ({r['pages']} pages; first {_ms(r['first_s'])})",
            _verdict(r["later_median_s"] * 1000, 700, "ms"),
            note,
            headline="referat ms",
            limit=700,
            unit="ms",
        )
    ]


def memory_rows(r: Results) -> list[Row]:
    peak_mb = r["peak_whole_mib"] * 1.048576
    signed_mb = r["rss_after_sign_off_mib"] * 1.048576
    # Argon2id borrows its whole memory cost during unlock: a security setting, not the
    # program's own use. The peak is judged beyond it; what stays is judged on its own.
    kdf_mb = r["kdf_memory_mib"] * 1.048576
    beyond_mb = peak_mb - kdf_mb
    note = (
        f"From /proc/self/status, medians of {len(r['rss_runs_mib'])} fresh processes on the "
        f"big vault: the peak (VmHWM) over unlock, the case list, the background integrity "
        f"check and a sign-off of the long conversation {r['peak_whole_mib']:.0f} MiB "
        f"({peak_mb:.0f} MB; at the painted case list it was {r['peak_at_list_mib']:.0f} MiB). "
        f"Of the peak, {r['kdf_memory_mib']:.0f} MiB ({kdf_mb:.0f} MB) is Argon2id's memory "
        f"cost, borrowed during unlock and given back, so the peak is "
        f"{beyond_mb:.0f} MB beyond it. "
        f"Resident now (VmRSS): at the unlock screen {r['rss_at_unlock_screen_mib']:.0f} MiB, "
        f"with the case list painted {r['rss_mib']:.0f} MiB, after the integrity check "
        f"{r['rss_after_check_mib']:.0f} MiB, after the sign-off "
        f"{r['rss_after_sign_off_mib']:.0f} MiB ({signed_mb:.0f} MB); a bare PySide6 window "
        f"{r['bare_window_rss_mib']:.0f} MiB."
    )
    return [
        Row(
            "Memory, big vault: the peak over unlock, list, check and a sign-off",
            f"≤ Argon2id's {kdf_mb:.0f} MB + 150 MB",
            f"peak {peak_mb:.0f} MB, {beyond_mb:.0f} MB beyond Argon2id",
            _verdict(beyond_mb, 150, "MB"),
            note,
            headline="peak MB",
            limit=kdf_mb + 150,
            unit="MB",
        ),
        Row(
            "Memory, big vault: resident after a sign-off",
            "≤ 250 MB",
            f"{signed_mb:.0f} MB",
            _verdict(signed_mb, 250, "MB"),
            note,
            headline="signed MB",
            limit=250,
            unit="MB",
        ),
    ]


def bundle_rows(r: Results) -> list[Row]:
    if not r.get("built"):
        return [
            Row(
                "Bundle, unpacked (Linux)",
                "≤ 180 MB",
                "not built on this machine",
                "not measured: run `make package`, then the bench",
            )
        ]
    size_mb = r["bytes"] / 1e6
    parts = ", ".join(f"`{name}` {size / 1e6:.1f} MB" for name, size in r["parts"])
    stale = (
        " The program's source or packaging changed after that build: the figure is of an "
        "older program."
        if r["stale"]
        else " Nothing in the program's source or packaging changed after it."
    )
    note = (
        f"`dist/borne-samtale` as built by `make package` at {r['built_at']}: {r['files']:,} "
        f"files, {r['bytes']:,} bytes. The largest parts: {parts}.{stale}"
    )
    return [
        Row(
            "Bundle, unpacked (Linux)",
            "≤ 180 MB",
            f"{size_mb:.1f} MB",
            _verdict(size_mb, 180, "MB", 1),
            note,
        )
    ]


ROW_MAKERS = {
    "startup": startup_rows,
    "unlock": unlock_rows,
    "saving": saving_rows,
    "caselist": caselist_rows,
    "referat": referat_rows,
    "memory": memory_rows,
    "bundle": bundle_rows,
}


def rows(results: Results) -> list[Row]:
    made: list[Row] = []
    for name, maker in ROW_MAKERS.items():
        if name in results:
            made.extend(maker(results[name]))
    return made


def growth_table(growth: Results) -> list[str]:
    """How the size-bound figures grow with the vault (the full size is the run above)."""
    lines = [
        "| entries | database MB | unlock beyond Argon2id ms | integrity check ms (after "
        "the list) | case list median ms | search: slowest p95 after the pause ms | search: "
        "longest stall ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for _fraction, run in sorted(growth.items(), key=lambda item: float(item[0])):
        meta, unlock, cases = run["meta"], run["unlock"], run["caselist"]
        slowest = max(f["p95_ms"] for f in cases["per_query"].values())
        lines.append(
            f"| {meta['entries']:,} | {meta['database_bytes'] / 1e6:.1f} | "
            f"{unlock['beyond_argon2id_s'] * 1000:.0f} | "
            f"{unlock['check_itself_median_s'] * 1000:.0f} | "
            f"{cases['calls']['screen: list reloaded']['median_ms']:.0f} | "
            f"{slowest - cases['search_pause_ms']:.0f} | {max(cases['stall_ms'].values()):.0f} |"
        )
    return lines


HEADLINES: tuple[tuple[str, str, Callable[[Results], float], str], ...] = (
    ("start-up ×", "startup", lambda r: r["ratio"], "{:.2f}"),
    ("unlock beyond Argon2id ms", "unlock", lambda r: r["beyond_argon2id_s"] * 1000, "{:.0f}"),
    ("save p99 ms", "saving", lambda r: r["all"]["p99_ms"], "{:.2f}"),
    ("typing max gap ms", "saving", lambda r: r["probe"]["max_gap_ms"], "{:.0f}"),
    ("list ms", "caselist", lambda r: r["calls"]["screen: list reloaded"]["median_ms"], "{:.0f}"),
    (
        "search p95 ms",
        "caselist",
        lambda r: max(f["p95_ms"] for f in r["per_query"].values()) - r["search_pause_ms"],
        "{:.0f}",
    ),
    ("search stall ms", "caselist", lambda r: max(r["stall_ms"].values()), "{:.0f}"),
    ("referat ms", "referat", lambda r: r["later_median_s"] * 1000, "{:.0f}"),
    ("peak MB", "memory", lambda r: r["peak_whole_mib"] * 1.048576, "{:.0f}"),
    ("signed MB", "memory", lambda r: r["rss_after_sign_off_mib"] * 1.048576, "{:.0f}"),
)


def settle(made: list[Row], history: list[dict[str, Any]]) -> list[Row]:
    """Judge "room" on the recent runs too: the machine is noisy, one good run is not enough."""
    settled = []
    for row in made:
        values = [
            float(run["headlines"][row.headline])
            for run in history
            if row.headline in run["headlines"]
        ]
        if not row.headline or not values or row.verdict.startswith("missed"):
            settled.append(row)
            continue
        worst, count = max(values), len(values)
        misses = sum(1 for value in values if value > row.limit)
        if misses:
            verdict = (
                f"met, but missed in {misses} of the last {count} runs (worst {worst:g} "
                f"{row.unit}): not tightened"
            )
        elif worst <= ROOM * row.limit:
            verdict = (
                f"met with room in the last {count} runs (worst {worst:g} {row.unit}); "
                f"tighten to ≤ {_nice_ceiling(worst * 1.5):g} {row.unit}"
            )
        else:
            verdict = f"met (the last {count} runs: at most {worst:g} {row.unit})"
        settled.append(replace(row, verdict=verdict))
    return settled


def headlines(results: Results) -> dict[str, str]:
    """One number per target, for the run-to-run table."""
    return {
        label: form.format(pick(results[name]))
        for label, name, pick, form in HEADLINES
        if name in results
    }


def history_table(history: list[dict[str, Any]]) -> list[str]:
    labels = [label for label, *_ in HEADLINES]
    lines = [
        "| run | commit | mean load | " + " | ".join(labels) + " |",
        "|---|---|---|" + "---|" * len(labels),
    ]
    for run in history:
        figures = " | ".join(run["headlines"].get(label, "") for label in labels)
        lines.append(f"| {run['when']} | {run['commit']} | {run['load']:.1f} | {figures} |")
    return lines


def table(made: list[Row]) -> str:
    headers = ("what", "target", "measured", "verdict")
    cells = [headers, *[(r.what, r.target, r.measured, r.verdict) for r in made]]
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    lines = []
    for index, row in enumerate(cells):
        lines.append("  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)))
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def markdown(
    machine: dict[str, str],
    made: list[Row],
    meta: dict[str, Any],
    when: str,
    loads: dict[str, tuple[float, float, float]],
    minutes: float,
    history: list[dict[str, Any]],
    growth: Results | None = None,
) -> str:
    # "2 logical, 2 usable by this process": the usable ones.
    cores = machine.get("Cores", "").split(", ")[-1].split(" ")[0] or "the"
    kdf = (
        f"{meta['kdf_memory_kib'] // 1024} MiB, t = {meta['kdf_iterations']}, "
        f"p = {meta['kdf_parallelism']}"
        if "kdf_memory_kib" in meta
        else "as the vault's key file says"
    )
    out = [
        "# Performance",
        "",
        "Written by `make bench` (the `bench/` package); not part of `make test`. Every figure "
        "below was measured in the run described here, on the machine described here.",
        "",
        f"Run: {when}, {minutes:.0f} minutes.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {key} | {_md(value)} |" for key, value in machine.items()],
        "",
        f"The machine is shared: {cores} cores, with other work running beside the "
        f"benchmarks (the load average is logged per benchmark below, where about {cores} "
        "means every core was busy). Figures are medians of several runs, but expect noise "
        f"of tens of per cent; a laptop with {cores} free cores should do better, not worse.",
        "",
        "## Results",
        "",
        "| what | target | measured | verdict |",
        "|---|---|---|---|",
        *[
            f"| {_md(r.what)} | {_md(r.target)} | {_md(r.measured)} | {_md(r.verdict)} |"
            for r in made
        ],
        "",
        "## Notes",
        "",
    ]
    # Rows measured by one benchmark share its note: it is written once, at the first.
    noted: dict[str, str] = {}
    for row in made:
        if row.note in noted:
            text = f"From the same measurement as {noted[row.note]} above."
        else:
            noted[row.note] = f"**{row.what}**"
            text = row.note
        out += [f"**{row.what}** ({row.verdict}). {text}", ""]
    if growth:
        out += [
            "## Growth with the vault",
            "",
            f"The same benchmarks on invented vaults of {len(growth)} sizes (the smaller ones "
            "with fewer rounds; the largest is the run above):",
            "",
            *growth_table(growth),
            "",
        ]
    out += [
        "## How it is measured",
        "",
        f"- The big vault: {meta['children']:,} invented children, {meta['conversations']:,} "
        f"conversations, {meta['entries']:,} entries ({meta['database_bytes'] / 1e6:.0f} MB "
        "encrypted), made through the real service and repositories (so the FTS triggers and "
        "the audit log run) by `bench/bigvault.py` and cached under `bench/.cache/` by schema "
        "and generator version. Texts are invented Danish-looking words with a Zipf "
        "distribution; 'mor' and 'skole' are among the most frequent words on purpose. Most "
        "conversations are drafts or signed, a few handed over and kept for a retention "
        "period. Its key file has the Argon2id cost a real vault made on this machine gets "
        f"({kdf}), calibrated as the program calibrates it, outside nice, once for every "
        "size of vault. Each benchmark works on a fresh copy of it (the OS file cache is "
        "warm: this measures the program, not the disk).",
        "- Start-up: fresh processes of `bench/paint_probe.py`, started by its path so that "
        "neither loads the `bench` package (checked in every run), offscreen Qt, interleaved "
        "bare/app runs after one warm-up round; the parent reads CLOCK_MONOTONIC before "
        "starting the child, the child when the event-loop pass that delivered the first "
        "Paint event is over (same event filter for both). The app run imports `launch` "
        "first, as the program's script does, and calls `launch.main(['--vault', DIR])` on "
        "an existing vault, so it is the unlock screen that is painted.",
        "- Unlock: fresh process per run; the main window as `run_gui` builds it, the "
        "passphrase typed and the unlock button clicked, until the case list is painted. "
        "Argon2id alone is `derive_key` with the key file's salt and parameters in the same "
        "process. The breakdown comes from timing wrappers around a few functions.",
        "- Saves: `ConversationService.add_entry`/`update_entry` timed call by call. Stalls: "
        "the real conversation screen, keys sent by QTest from the event loop, a precise "
        "QTimer recording its ticks.",
        "- Case list: the real `CasesScreen` offscreen at the window's size, from the action "
        "to the end of the paint that follows; the service calls on their own. Search: typed "
        "key by key by QTest, timed from the last key to the end of the paint of the results, "
        "with the same precise QTimer recording its ticks; each query's p95, never a pooled "
        "median.",
        "- Bundle: the size of `dist/borne-samtale` as `make package` last built it, counted "
        "as its smoke test counts it; the bench does not build it (minutes, and the "
        "packaging extras) but says when it was built and whether the program changed since.",
        "- Referat: `render_referat`, `to_pdfa`, `PdfSigningKey.sign` called directly (as "
        "`Handover.sign` does), in a fresh process; the signing identity is made beforehand.",
        "- Memory: VmHWM (the peak so far) and VmRSS (resident now) from /proc/self/status, "
        "in the window's own process: at the unlock screen, the painted case list, after the "
        "integrity check and after a sign-off.",
        "",
        "## Load average during each benchmark (1, 5, 15 min, at its end)",
        "",
        "| benchmark | load |",
        "|---|---|",
        *[
            f"| {name} | {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} |"
            for name, load in loads.items()
        ],
        "",
        "## Run to run",
        "",
        "The headline figures of the latest full runs on this machine (the last row is the "
        "run above; the commit is the code measured, + when the worktree had changes). "
        "The spread between rows is the noise of the shared machine.",
        "",
        *history_table(history),
        "",
        "Run again with `make bench` (the first run generates the big vault: "
        f"{meta['build_seconds'] / 60:.0f} minutes here).",
        "",
    ]
    return "\n".join(out)
