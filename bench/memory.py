"""Memory of the window on the big vault, in a fresh process: the peak and after a sign-off.

Read from ``/proc/self/status``: ``VmRSS`` (resident now) and ``VmHWM`` (the peak so far,
which includes what Argon2id borrows during unlock). Taken at the unlock screen, once the
case list is painted, after the background integrity check, and after a sign-off of the
big vault's long conversation (its referat and letter rendered, made PDF/A, signed and
stored, as ``Handover`` does for the window; the checklist gate is not asked, since the
invented conversation need not pass it). The same reading for a bare PySide6 window is
given for scale.
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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


def _sign_off(main: Any, conversation_id: str) -> None:
    """Sign the conversation as the window's signing flow does, without the checklist gate."""
    from uuid import UUID

    from borne_samtale.domain import CaseworkerProfile
    from borne_samtale.domain.signoff import checklist
    from borne_samtale.services.handover import SigningRequest
    from borne_samtale.services.identity import ensure_identity
    from borne_samtale.summary.model import DocumentInput

    session = main.session
    service = session.conversations
    conversation = service.get(UUID(conversation_id))
    caseworker = service.caseworker() or CaseworkerProfile()
    child = service.child(conversation.child_id)
    data = DocumentInput(
        conversation=conversation,
        child=child,
        caseworker=caseworker,
        checklist=checklist(conversation, child, caseworker),
        scale_history=[
            p for p in service.scale_history(child.id) if p.at <= conversation.starts_at
        ],
        document_id=f"BS-{conversation.id.hex[:10].upper()}-V1",
        version=1,
        written_at=conversation.starts_at,
        contact_phone=caseworker.phone,
    )
    request = SigningRequest(data, ensure_identity(session.vault, service))
    files = session.handover.render_signed(request)
    if conversation.sign_off.status.value == "draft":
        session.handover.store_signed(request, files)


def _child(vault_dir: Path | None, conversation_id: str = "") -> None:
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
    rows = main.cases_screen.table.model().rowCount()
    while not main.integrity.passed and main.integrity.problem is None:
        app.processEvents()
        time.sleep(0.002)
    after_check = _status_mib()
    _sign_off(main, conversation_id)
    after_sign_off = _status_mib()
    main.close()
    emit(
        {
            "before_unlock": before,
            "after": after,
            "after_check": after_check,
            "after_sign_off": after_sign_off,
            "table_rows": rows,
        }
    )


def measure(scale: float) -> Result:
    app_runs = []
    bare_runs = []
    with tempfile.TemporaryDirectory(prefix="borne-bench-memory-", dir=CACHE) as tmp:
        for index in range(RUNS):
            folder = bigvault.working_copy(scale, Path(tmp) / f"vault-{index}")
            long_id = str(bigvault.read_meta(scale)["long_conversation"])
            app_runs.append(run_child("bench.memory", "child", str(folder), long_id))
            bare_runs.append(run_child("bench.memory", "child", "-"))
            for item in folder.iterdir():
                item.unlink()
            folder.rmdir()
    rss = median([r["after"]["VmRSS"] for r in app_runs])
    peak = median([r["after_sign_off"]["VmHWM"] for r in app_runs])
    signed = median([r["after_sign_off"]["VmRSS"] for r in app_runs])
    progress(
        f"  memory (big vault): after unlock {rss:.0f} MiB, after a sign-off {signed:.0f} MiB, "
        f"peak {peak:.0f} MiB"
    )
    kdf_memory_kib = bigvault.read_meta(scale)["kdf_memory_kib"]
    assert isinstance(kdf_memory_kib, int)
    return {
        "kdf_memory_mib": kdf_memory_kib / 1024,
        "peak_whole_mib": peak,
        "peak_whole_runs_mib": [r["after_sign_off"]["VmHWM"] for r in app_runs],
        "rss_after_sign_off_mib": signed,
        "rss_after_check_mib": median([r["after_check"]["VmRSS"] for r in app_runs]),
        "peak_at_list_mib": median([r["after"]["VmHWM"] for r in app_runs]),
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
    child.add_argument("conversation", nargs="?", default="", help="the one to sign off")
    run = sub.add_parser("run")
    run.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.mode == "child":
        _child(None if args.vault == "-" else Path(args.vault), args.conversation)
    else:
        emit(measure(args.scale))


if __name__ == "__main__":
    main()
