"""Memory after unlocking the big vault and showing the case list, in a fresh process.

The figure is the resident set size now (``VmRSS`` in ``/proc/self/status``), read once the
case list has been painted; ``VmHWM`` (the peak so far, which includes the 64 MiB that
Argon2id borrows during unlock) is reported beside it, as is the same reading for a bare
PySide6 window for scale.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from bench import bigvault
from bench.common import BENCH_PASSPHRASE, CACHE, Result, emit, median, progress, run_child

RUNS = 3


def _status_mib() -> dict[str, float]:
    figures = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            figures[name] = int(value.split()[0]) / 1024  # kB -> MiB
    return figures


def _child(vault_dir: Path | None) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.qtprobe import PaintWatcher, within

    app = QApplication(sys.argv[:1])
    if vault_dir is None:
        window = QWidget()
        window.resize(1366, 768)
        watcher = PaintWatcher(app, within(window))
        window.show()
        watcher.wait()
        emit({"after": _status_mib()})
        return

    from borne_samtale.services.session import PracticeContent
    from borne_samtale.ui.i18n import install_translator
    from borne_samtale.ui.main_window import MainWindow

    install_translator(app)
    main = MainWindow(vault_dir=vault_dir, demo=False, content=PracticeContent.load())
    watcher = PaintWatcher(app, within(main.unlock_screen))
    main.show()
    watcher.wait()
    before = _status_mib()
    watcher.watch(within(main.cases_screen))
    main.unlock_screen.passphrase.setText(BENCH_PASSPHRASE)
    main.unlock_screen.unlock_button.click()
    watcher.wait()
    after = _status_mib()
    rows = main.cases_screen.table.rowCount()
    main.close()
    emit({"before_unlock": before, "after": after, "table_rows": rows})


def measure(scale: float) -> Result:
    app_runs = []
    bare_runs = []
    with tempfile.TemporaryDirectory(prefix="borne-bench-memory-", dir=CACHE) as tmp:
        for index in range(RUNS):
            folder = bigvault.working_copy(scale, Path(tmp) / f"vault-{index}")
            app_runs.append(run_child("bench.memory", "child", str(folder)))
            bare_runs.append(run_child("bench.memory", "child", "-"))
            for item in folder.iterdir():
                item.unlink()
            folder.rmdir()
    rss = median([r["after"]["VmRSS"] for r in app_runs])
    progress(f"  memory after unlock (big vault): VmRSS {rss:.0f} MiB")
    return {
        "rss_mib": rss,
        "rss_runs_mib": [r["after"]["VmRSS"] for r in app_runs],
        "peak_mib": median([r["after"]["VmHWM"] for r in app_runs]),
        "rss_at_unlock_screen_mib": median([r["before_unlock"]["VmRSS"] for r in app_runs]),
        "bare_window_rss_mib": median([r["after"]["VmRSS"] for r in bare_runs]),
        "table_rows": app_runs[0]["table_rows"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    child = sub.add_parser("child")
    child.add_argument("vault", help="the vault folder, or - for a bare window")
    run = sub.add_parser("run")
    run.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.mode == "child":
        _child(None if args.vault == "-" else Path(args.vault))
    else:
        emit(measure(args.scale))


if __name__ == "__main__":
    main()
