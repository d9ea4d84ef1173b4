"""Saving a typed entry on the big vault, and whether the UI thread stalls while typing.

Saves: what the conversation screen's autosave calls, ``ConversationService.add_entry``
for a new entry and ``update_entry`` on every later pause, timed call by call (at least 500)
in the long conversation (200 entries and growing) and in a typical one.

Stalls: the real conversation screen, offscreen, with the long conversation open. Keys are
sent to the capture editor one at a time from the event loop (QTest), with a pause after
each sentence so the autosave runs and "next entry" after every second sentence,
while a 5 ms precise timer records every tick: a gap between ticks is time the UI thread
could not answer.
"""

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

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
from bench.corpus import TextMaker

ENTRIES_PER_CONVERSATION = 60
PAUSES_PER_ENTRY = 9  # a save on each pause: 1 add + 8 updates per entry
KEY_INTERVAL_MS = 45
SENTENCE_PAUSE_MS = 450  # longer than the 300 ms debounce, so a save runs
TYPED_CHARACTERS = 400


def _saves(service: object, conversation_id: UUID, text: TextMaker) -> list[float]:
    from borne_samtale.domain import Entry, Perspective
    from borne_samtale.services.conversations import ConversationService

    assert isinstance(service, ConversationService)
    times = []
    for number in range(ENTRIES_PER_CONVERSATION):
        full = text.text(300, 900)
        step = max(1, len(full) // PAUSES_PER_ENTRY)
        entry = Entry(
            text=full[:step],
            perspective=(
                Perspective.CHILD_OWN_WORDS if number % 2 else Perspective.CASEWORKER_OBSERVATION
            ),
        )
        for pause in range(PAUSES_PER_ENTRY):
            entry.text = full[: step * (pause + 1)] if pause < PAUSES_PER_ENTRY - 1 else full
            copy = entry.model_copy(deep=True)  # the screen hands the service a copy
            start = time.perf_counter()
            if pause == 0:
                service.add_entry(conversation_id, copy)
            else:
                service.update_entry(copy)
            times.append(time.perf_counter() - start)
    return times


def _typing_probe(session: object, conversation_id: UUID, text: TextMaker) -> Result:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.qtprobe import PROBE_INTERVAL_MS, LoopGapProbe, PaintWatcher, within
    from borne_samtale.services.session import Session
    from borne_samtale.ui.screens.conversation import ConversationScreen

    assert isinstance(session, Session)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    screen = ConversationScreen()
    screen.resize(1366, 768)
    watcher = PaintWatcher(qapp, within(screen))
    start = time.perf_counter()
    screen.open(session, session.conversations.get(conversation_id))
    screen.show()
    watcher.wait()
    open_seconds = time.perf_counter() - start
    editor = screen.capture.editor
    editor.setFocus()

    actions: list[tuple[int, Callable[[], None]]] = []
    saves_before = len(session.vault.audit.rows())
    typed = 0
    sentences = 0
    key_times: list[float] = []

    def key(character: str) -> Callable[[], None]:
        def press() -> None:
            begin = time.perf_counter()
            QTest.keyClicks(editor, character)
            key_times.append(time.perf_counter() - begin)

        return press

    while typed < TYPED_CHARACTERS:
        sentence = text.sentence() + " "
        for character in sentence:
            actions.append((KEY_INTERVAL_MS, key(character)))
        typed += len(sentence)
        sentences += 1
        actions.append((SENTENCE_PAUSE_MS, lambda: None))
        if sentences % 2 == 0:
            actions.append((50, screen.capture.finish_button.click))
    actions.append((SENTENCE_PAUSE_MS, lambda: None))

    # Observe the saves the screen makes (they run on the controller's writer thread).
    service = session.conversations
    save_times: list[float] = []
    for name in ("add_entry", "update_entry"):
        original = getattr(service, name)

        def timed(*args: object, _original: Callable[..., object] = original) -> object:
            begin = time.perf_counter()
            try:
                return _original(*args)
            finally:
                save_times.append(time.perf_counter() - begin)

        setattr(service, name, timed)

    saved: list[str] = []
    screen.saved.connect(saved.append)
    failures: list[object] = []
    screen.save_failed.connect(failures.append)
    loop = QEventLoop()
    probe = LoopGapProbe()
    remaining = iter(actions)

    def next_action() -> None:
        step = next(remaining, None)
        if step is None:
            loop.quit()
            return
        delay, action = step

        def run() -> None:
            action()
            next_action()

        QTimer.singleShot(delay, run)

    probe.start()
    next_action()
    loop.exec()
    probe.stop()
    screen.close_conversation()  # waits for the writer thread: every save is counted
    if failures:
        raise RuntimeError(f"saving failed while typing: {failures[0]!r}")
    gaps = probe.gaps_ms()
    return {
        "probe_interval_ms": PROBE_INTERVAL_MS,
        "open_long_conversation_s": open_seconds,
        "typed_characters": typed,
        "saves_while_typing": len(saved),
        "entries_finished": sentences // 2,
        "max_gap_ms": max(gaps),
        "p99_gap_ms": percentile(gaps, 99),
        "median_gap_ms": median(gaps),
        "gaps_over_50_ms": sum(1 for g in gaps if g > 50),
        "keystroke_p99_ms": percentile(key_times, 99) * 1000,
        "keystroke_max_ms": max(key_times) * 1000,
        "save_max_ms": max(save_times, default=0.0) * 1000,
        "audit_rows_added": len(session.vault.audit.rows()) - saves_before,
    }


def _child(vault_dir: Path, long_id: UUID, typical_id: UUID) -> None:
    from PySide6.QtWidgets import QApplication

    from borne_samtale.services import access
    from borne_samtale.services.session import PracticeContent, Session

    app = QApplication(sys.argv[:1])
    vault = access.unlock(vault_dir, BENCH_PASSPHRASE)
    session = Session(vault, PracticeContent.load())
    text = TextMaker(4242)
    long_saves = _saves(session.conversations, long_id, text)
    typical_saves = _saves(session.conversations, typical_id, text)
    probe = _typing_probe(session, long_id, text)
    session.lock()
    app.processEvents()
    emit(
        {
            "long_saves_s": long_saves,
            "typical_saves_s": typical_saves,
            "probe": probe,
        }
    )


def _summary(saves: list[float]) -> Result:
    return {
        "count": len(saves),
        "median_ms": median(saves) * 1000,
        "p99_ms": percentile(saves, 99) * 1000,
        "max_ms": max(saves) * 1000,
    }


def measure(scale: float) -> Result:
    with tempfile.TemporaryDirectory(prefix="borne-bench-typing-", dir=CACHE) as tmp:
        folder = bigvault.working_copy(scale, Path(tmp) / "vault")
        meta = bigvault.read_meta(scale)
        result = run_child(
            "bench.saving",
            "child",
            str(folder),
            str(meta["long_conversation"]),
            str(meta["typical_conversation"]),
        )
    long_summary = _summary(result["long_saves_s"])
    typical_summary = _summary(result["typical_saves_s"])
    progress(
        f"  saves: long p99 {long_summary['p99_ms']:.2f} ms, typical p99 "
        f"{typical_summary['p99_ms']:.2f} ms; typing max gap {result['probe']['max_gap_ms']:.1f} ms"
    )
    return {
        "long": long_summary,
        "typical": typical_summary,
        "all": _summary(result["long_saves_s"] + result["typical_saves_s"]),
        "long_conversation_entries_at_start": meta.get("long_conversation_entries"),
        "typical_conversation_entries_at_start": meta.get("typical_conversation_entries"),
        "probe": result["probe"],
        "key_interval_ms": KEY_INTERVAL_MS,
        "sentence_pause_ms": SENTENCE_PAUSE_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    child = sub.add_parser("child")
    child.add_argument("vault")
    child.add_argument("long_id", type=UUID)
    child.add_argument("typical_id", type=UUID)
    run = sub.add_parser("run")
    run.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    if args.mode == "child":
        _child(Path(args.vault), args.long_id, args.typical_id)
    else:
        emit(measure(args.scale))


if __name__ == "__main__":
    main()
