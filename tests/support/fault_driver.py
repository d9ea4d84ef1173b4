"""A worker for the fault tests: does one kind of work on a vault in a loop until killed.

    python -m tests.support.fault_driver CONFIG.json

CONFIG holds the vault folder, the operation (type, window, sign, export, purge), the conversation
ids to work on, the export folder, and optionally a tripwire: the process sends itself
SIGKILL just before or just after the n-th SQL statement containing some text, or at the
n-th file written, or at the rename, of an export. The test kills it from outside at seeded
random moments too. It prints ``ready`` once unlocked, and ``done ID`` (or ``typed ID N``)
only after the work has returned, so the test knows what was committed.
"""

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from borne_samtale.domain import Entry, Perspective
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import Handover
from borne_samtale.services.identity import ensure_identity
from borne_samtale.vault import database as database_module
from borne_samtale.vault import files as files_module
from borne_samtale.vault import vault as vault_module


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


class Tripwire:
    """Wraps the connection: SIGKILL before or after the n-th statement containing ``text``,
    counted from when it is armed."""

    def __init__(self, conn: Any, when: str, text: str, nth: int) -> None:
        self._conn = conn
        self._when = when
        self._text = text
        self._left = nth
        self.armed = False

    def execute(self, sql: str, *args: Any) -> Any:
        hit = False
        if self.armed and self._text in sql:
            self._left -= 1
            hit = self._left == 0
        if hit and self._when == "before":
            die()
        result = self._conn.execute(sql, *args)
        if hit and self._when == "after":
            die()
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


PathName = str | bytes | os.PathLike[str] | os.PathLike[bytes]


def wrap_connections(when: str, text: str, nth: int) -> list[Tripwire]:
    """Every connection the vault opens from now on comes wrapped in a (disarmed) tripwire."""
    wires: list[Tripwire] = []
    real_open = database_module.open_database

    def open_database(*args: Any, **kwargs: Any) -> Tripwire:
        wires.append(Tripwire(real_open(*args, **kwargs), when, text, nth))
        return wires[-1]

    vars(vault_module)["open_database"] = open_database  # the name vault.py imported
    return wires


def arm_file_tripwire(kind: str, nth: int) -> None:
    """SIGKILL at the n-th file an export writes (after writing it), or at its rename."""
    if kind == "write":
        real_write = files_module.write_synced
        count = [0]

        def write(path: Path, data: bytes, *, exclusive: bool = True) -> None:
            real_write(path, data, exclusive=exclusive)
            count[0] += 1
            if count[0] == nth:
                die()

        files_module.write_synced = write
    else:
        real_rename = os.rename

        def rename(
            src: PathName,
            dst: PathName,
            *,
            src_dir_fd: int | None = None,
            dst_dir_fd: int | None = None,
        ) -> None:
            if kind == "before-rename":
                die()
            real_rename(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)
            die()

        os.rename = rename  # the os module vault/files.py renames with


def type_into(service: ConversationService, conversation_id: UUID) -> None:
    """Like autosave while typing: one entry grows word by word, then the next begins."""
    number = 0
    while True:
        entry = Entry(text=f"notat {number}:", perspective=Perspective.CHILD_OWN_WORDS)
        service.add_entry(conversation_id, entry)
        print(f"typed {entry.id} 0", flush=True)
        for words in range(1, 40):
            entry.text = f"notat {number}:" + " ord" * words
            service.update_entry(entry)
            print(f"typed {entry.id} {words}", flush=True)
        number += 1


# What the window types: letters and spaces, so any prefix of it is easy to check.
WINDOW_TEXT = "abcdefghij klmnopqrst uvwxyz " * 200
KEY_INTERVAL_MS = 60


def type_into_window(vault: Any, conversation_id: UUID) -> None:
    """A caseworker who never pauses: one key every 60 ms into the real conversation screen.

    Prints ``marker M`` (the new entry begins with it), then ``key N T`` after the N-th key
    of ``WINDOW_TEXT`` is in the editor, T being ``time.monotonic()`` (the same clock as
    the test's on Linux).
    """
    import time
    from uuid import uuid4

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from borne_samtale.services.session import PracticeContent, Session
    from borne_samtale.ui.screens.conversation import ConversationScreen

    app = QApplication([])
    session = Session(vault, PracticeContent.load())
    screen = ConversationScreen()
    screen.resize(1366, 768)
    screen.show()
    screen.open(session, session.conversations.get(conversation_id))
    editor = screen.capture.editor
    marker = f"m{uuid4().hex[:8]} "
    print(f"marker {marker.strip()}", flush=True)
    QTest.keyClicks(editor, marker)
    # The keys come from a timer inside app.exec(), as in the app: QTest.qWait would hold
    # the GIL while it waits and starve the autosave thread, which the real event loop
    # never does.
    clock = QElapsedTimer()
    typed = iter(enumerate(WINDOW_TEXT))

    def next_key() -> None:
        clock.start()
        step = next(typed, None)
        if step is None:
            app.quit()
            return
        index, char = step
        QTest.keyClicks(editor, char)
        print(f"key {index} {time.monotonic()}", flush=True)
        QTimer.singleShot(max(0, KEY_INTERVAL_MS - clock.elapsed()), next_key)

    QTimer.singleShot(0, next_key)
    app.exec()


def main() -> None:
    config = json.loads(Path(sys.argv[1]).read_text())
    wire = config.get("tripwire") or {"kind": ""}
    wires = []
    if wire["kind"] == "sql":
        wires = wrap_connections(wire["when"], wire["text"], wire["nth"])
    vault = access.unlock(Path(config["vault"]), os.environ["BORNE_SAMTALE_PASSPHRASE"])
    for tripwire in wires:  # armed once unlocked: the unlock's own statements do not count
        tripwire.armed = True
    if wire["kind"] in ("write", "before-rename", "after-rename"):
        arm_file_tripwire(wire["kind"], wire.get("nth", 1))
    service = ConversationService(vault)
    handover = Handover(vault, service)
    ids = [UUID(i) for i in config["ids"]]
    operation: Callable[[UUID], object]
    if config["operation"] == "type":
        type_into(service, ids[0])
        return
    if config["operation"] == "window":
        type_into_window(vault, ids[0])
        return
    if config["operation"] == "sign":
        handover._key(ensure_identity(vault, service))  # load the key before saying ready
        operation = handover.sign
    elif config["operation"] == "export":
        out = Path(config["out"])
        operation = lambda i: handover.export(i, out)  # noqa: E731
    else:
        operation = handover.purge
    print("ready", flush=True)
    for conversation_id in ids:
        operation(conversation_id)
        print(f"done {conversation_id}", flush=True)
    print("finished", flush=True)
    access.lock(vault)


if __name__ == "__main__":
    main()
