"""Unlock to the case list on the big vault, against the key derivation (Argon2id) alone.

Each run is a fresh process: the main window is built as ``run_gui`` builds it, its unlock
screen is painted, then the passphrase is entered and the unlock button clicked, and the
clock runs until the case list has been painted (all conversations in the table). Before
that, the same process times Argon2id alone with the vault's own parameters and salt.

A few functions are wrapped with timers (observing only) to show where the time goes:
the key derivation, the integrity check at open, the purge of due conversations and the
filling of the case list.
"""

import argparse
import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import bigvault
from bench.common import BENCH_PASSPHRASE, CACHE, Result, emit, median, progress, run_child

ARGON_RUNS = 3


def _timed(owner: Any, name: str, spent: dict[str, float], label: str) -> None:
    """Replace ``owner.name`` by a wrapper adding its time to ``spent[label]``."""
    original: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - start

    setattr(owner, name, wrapper)


def _child(vault_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from bench.qtprobe import PaintWatcher, within
    from borne_samtale.services import access
    from borne_samtale.services.handover import Handover
    from borne_samtale.services.session import PracticeContent
    from borne_samtale.ui.i18n import install_translator
    from borne_samtale.ui.main_window import MainWindow
    from borne_samtale.ui.screens.cases import CasesScreen
    from borne_samtale.vault import database, keys
    from borne_samtale.vault import vault as vault_module

    app = QApplication(sys.argv[:1])
    install_translator(app)
    window = MainWindow(vault_dir=vault_dir, demo=False, content=PracticeContent.load())
    watcher = PaintWatcher(app, within(window.unlock_screen))
    window.show()
    watcher.wait()

    key_file = keys.read_key_file(vault_dir / "vault.keys.json")
    argon = []
    for _ in range(ARGON_RUNS):
        start = time.perf_counter()
        keys.zero(keys.derive_key(BENCH_PASSPHRASE, key_file.passphrase_wrap.salt, key_file.params))
        argon.append(time.perf_counter() - start)

    spent: dict[str, float] = {}
    _timed(access, "unlock", spent, "access.unlock (worker thread)")
    _timed(keys, "derive_key", spent, "argon2id")
    _timed(database, "integrity_check", spent, "integrity check")
    _timed(vault_module, "open_database", spent, "open database")
    _timed(Handover, "purge_due", spent, "purge of due conversations")
    _timed(CasesScreen, "set_service", spent, "case list filled")

    watcher.watch(within(window.cases_screen))
    window.unlock_screen.passphrase.setText(BENCH_PASSPHRASE)
    start = time.perf_counter()
    window.unlock_screen.unlock_button.click()
    end = watcher.wait()
    if window.stack.currentWidget() is not window.cases_screen:
        raise RuntimeError("the case list is not shown after unlock")
    at_list = dict(spent)  # what the unlock path itself spent, up to the painted list
    # The full integrity check starts once the list is painted, on its own connection.
    while not window.integrity.passed and window.integrity.problem is None:
        if time.perf_counter() - end > 600:
            raise RuntimeError("the integrity check did not finish")
        app.processEvents()
        time.sleep(0.002)
    check_done = time.perf_counter()
    if window.integrity.problem is not None:
        raise RuntimeError("the big vault failed its integrity check")
    rows = window.cases_screen.table.model().rowCount()
    children = window.cases_screen.children_list.count() - 1  # less "Alle børn"
    window.close()
    emit(
        {
            "argon2id_s": median(argon),
            "unlock_to_list_s": end - start,
            "table_rows": rows,
            "children_listed": children,
            "spent_s": at_list,
            "check_after_list_s": check_done - end,
            "check_itself_s": spent.get("integrity check", 0.0)
            - at_list.get("integrity check", 0.0),
            "params": {
                "memory_kib": key_file.params.memory_kib,
                "iterations": key_file.params.iterations,
                "parallelism": key_file.params.parallelism,
            },
        }
    )


def measure(runs: int, scale: float) -> Result:
    results = []
    with tempfile.TemporaryDirectory(prefix="borne-bench-unlock-", dir=CACHE) as tmp:
        for index in range(runs + 1):  # the first run warms the file cache; not counted
            folder = bigvault.working_copy(scale, Path(tmp) / f"vault-{index}")
            result = run_child("bench.unlock", "child", str(folder))
            if index > 0:
                results.append(result)
                progress(
                    f"  unlock run {index}/{runs}: Argon2id {result['argon2id_s'] * 1000:.0f} ms, "
                    f"to case list {result['unlock_to_list_s'] * 1000:.0f} ms"
                )
            for item in folder.iterdir():
                item.unlink()
            folder.rmdir()
    argon = median([r["argon2id_s"] for r in results])
    total = median([r["unlock_to_list_s"] for r in results])
    labels = sorted({label for r in results for label in r["spent_s"]})
    return {
        "argon2id_s": [r["argon2id_s"] for r in results],
        "unlock_to_list_s": [r["unlock_to_list_s"] for r in results],
        "argon2id_median_s": argon,
        "unlock_to_list_median_s": total,
        "beyond_argon2id_s": total - argon,
        "breakdown_median_s": {
            label: median([r["spent_s"].get(label, 0.0) for r in results]) for label in labels
        },
        "check_after_list_median_s": median([r["check_after_list_s"] for r in results]),
        "check_itself_median_s": median([r["check_itself_s"] for r in results]),
        "table_rows": results[0]["table_rows"],
        "children_listed": results[0]["children_listed"],
        "params": results[0]["params"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    child = sub.add_parser("child")
    child.add_argument("vault")
    run = sub.add_parser("run")
    run.add_argument("--runs", type=int, default=7)
    run.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.mode == "child":
        _child(Path(args.vault))
    else:
        emit(measure(args.runs, args.scale))


if __name__ == "__main__":
    main()
