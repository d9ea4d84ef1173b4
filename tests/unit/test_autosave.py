"""The autosave writer and the conversation controller, without a window.

The writer's timing is tested with a clock the test moves: "saved while typing goes on"
is then a fact of the logic, not of how busy the machine is. What the disk holds is read
back from a real encrypted vault.
"""

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from uuid import UUID

import pytest

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    Conversation,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
)
from borne_samtale.domain.enums import InterpreterMode
from borne_samtale.domain.people import Interpreter, Presence
from borne_samtale.errors import DiskFull
from borne_samtale.services import access, autosave
from borne_samtale.services.autosave import (
    DEBOUNCE_SECONDS,
    MAX_WAIT_SECONDS,
    Writer,
    save_due_at,
)
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.open_conversation import PERSIST_TIMERS_SECONDS, ConversationController
from borne_samtale.summary.model import local
from borne_samtale.vault.storage import DISK_FULL
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE

WAIT = 30.0  # seconds a test waits for the writer before calling it stuck (never reached)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# The writer -----------------------------------------------------------------------------
def test_a_save_waits_for_a_pause_but_never_longer_than_the_max_wait() -> None:
    assert MAX_WAIT_SECONDS <= 1.0
    assert DEBOUNCE_SECONDS < MAX_WAIT_SECONDS
    assert save_due_at(10.0, 10.0) == 10.0 + DEBOUNCE_SECONDS  # one key: after the pause
    assert save_due_at(10.0, 10.1) == 10.1 + DEBOUNCE_SECONDS  # each key restarts it …
    assert save_due_at(10.0, 10.4) == 10.0 + MAX_WAIT_SECONDS  # … up to the max wait
    assert save_due_at(10.0, 99.0) == 10.0 + MAX_WAIT_SECONDS


def test_a_typist_who_never_pauses_is_saved_while_typing() -> None:
    clock = FakeClock()
    saved: list[int] = []
    first_save = threading.Event()

    def job(n: int) -> Callable[[], None]:
        def run() -> None:
            saved.append(n)
            first_save.set()

        return run

    writer = Writer(clock=clock)
    step = DEBOUNCE_SECONDS / 3  # far faster than the debounce
    n = 0
    while clock.now < 1000.0 + MAX_WAIT_SECONDS + step:
        writer.submit("entry", job(n))
        n += 1
        clock.now += step
    writer.submit("entry", job(n))  # wakes the writer: the max wait has passed
    assert first_save.wait(WAIT)  # saved, though the typing never paused
    assert saved
    assert saved[0] >= round(MAX_WAIT_SECONDS / step) - 1  # not before the max wait
    writer.close()
    assert saved[-1] == n  # and the last key too, when closing


def test_jobs_run_in_order_and_a_newer_job_replaces_an_older_one() -> None:
    ran: list[str] = []
    writer = Writer(clock=FakeClock())  # the clock never moves: only flush saves
    writer.submit("a", lambda: ran.append("a1"))
    writer.submit("b", lambda: ran.append("b1"))
    writer.submit("a", lambda: ran.append("a2"))
    assert ran == []
    writer.flush()
    assert ran == ["a2", "b1"]
    writer.close()


def test_a_slow_disk_never_makes_submitting_wait() -> None:
    disk = threading.Event()
    started = threading.Event()
    ran: list[int] = []

    def slow() -> None:
        started.set()
        disk.wait(WAIT)  # an fsync that hangs until the test lets it go
        ran.append(0)

    writer = Writer()
    writer.submit("entry", slow, now=True)
    assert started.wait(WAIT)
    for n in range(1, 50):  # typing goes on while the writer is stuck in the disk
        writer.submit("entry", partial(ran.append, n))
    assert ran == []
    assert writer.pending
    disk.set()
    writer.flush()
    assert ran == [0, 49]
    writer.close()


def test_a_failed_save_is_told_once_and_tried_again() -> None:
    errors: list[Exception] = []
    saved: list[datetime] = []
    attempts: list[str] = []
    disk_full = [True]

    def save() -> None:
        attempts.append("try")
        if disk_full[0]:
            raise DiskFull(DISK_FULL)

    writer = Writer(on_failed=errors.append, on_saved=saved.append)
    writer.submit("entry", save)
    writer.flush()
    assert [str(e) for e in errors] == [DISK_FULL]
    assert saved == []
    assert writer.pending  # kept for the next try
    disk_full[0] = False
    writer.flush()
    assert attempts == ["try", "try"]
    assert len(saved) == 1
    assert not writer.pending
    writer.close()


def test_a_failed_save_is_tried_again_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk was full; space is freed; nobody types: the words are saved all the same."""
    monkeypatch.setattr(autosave, "RETRY_SECONDS", 0.05)
    errors: list[Exception] = []
    saved = threading.Event()
    disk_full = [True]

    def save() -> None:
        if disk_full[0]:
            disk_full[0] = False  # freed right after this attempt
            raise DiskFull(DISK_FULL)

    writer = Writer(on_failed=errors.append, on_saved=lambda _at: saved.set())
    writer.submit("entry", save, now=True)
    assert saved.wait(WAIT)
    assert len(errors) == 1
    assert not writer.pending
    writer.close()


def test_closing_with_discard_drops_what_has_not_run() -> None:
    ran: list[str] = []
    writer = Writer(clock=FakeClock())
    writer.submit("a", lambda: ran.append("a"))
    writer.close(discard=True)  # e.g. the conversation was signed meanwhile
    assert ran == []
    with pytest.raises(RuntimeError):
        writer.submit("b", lambda: ran.append("b"))


# The controller against a real vault ----------------------------------------------------
@pytest.fixture
def opened(tmp_path: Path) -> tuple[Path, Vault, ConversationService, Conversation]:
    folder = tmp_path / "vault"
    vault = access.create(folder, PASSPHRASE).vault
    service = ConversationService(vault)
    service.set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    child = service.add_child(Child(name="Aya", age_years=9))
    conversation = service.start(
        Conversation(
            child_id=child.id,
            legal_basis=LegalBasis(purpose=Purpose.OTHER),
            presence=Presence(interpreter=Interpreter(mode=InterpreterMode.PHONE)),
        )
    )
    return folder, vault, service, conversation


def _stored(folder: Path, conversation: Conversation) -> Conversation:
    vault = access.unlock(folder, PASSPHRASE)
    try:
        return ConversationService(vault).get(conversation.id)
    finally:
        vault.close()


def test_typed_words_and_the_end_are_on_disk_when_the_controller_closes(
    opened: tuple[Path, Vault, ConversationService, Conversation],
) -> None:
    folder, vault, service, conversation = opened
    controller = ConversationController(service, service.get(conversation.id))
    entry = Entry(text="J", perspective=Perspective.CHILD_OWN_WORDS)
    for text in ("Je", "Jeg vil", "Jeg vil hjem"):
        entry.text = text
        controller.entry_changed(entry)
    assert controller.conversation.entries[-1].text == "Jeg vil hjem"  # the working copy
    controller.close()
    access.lock(vault)
    stored = _stored(folder, conversation)
    assert [e.text for e in stored.entries] == ["Jeg vil hjem"]
    assert stored.ends_at is not None


def test_time_and_phone_minutes_add_up_across_closes(
    opened: tuple[Path, Vault, ConversationService, Conversation],
) -> None:
    folder, vault, service, conversation = opened
    clock = FakeClock()
    first = ConversationController(service, service.get(conversation.id), clock=clock)
    clock.now += 7 * 60 + 30
    assert first.elapsed_seconds() == 450
    assert first.phone_minutes() == 7
    first.close()  # a lock, a crash after a save, a restart: the time is in the vault
    assert first.elapsed_seconds() == 450  # a closed conversation's clock stands still
    clock.now += 3600  # locked for an hour: not counted

    second = ConversationController(service, service.get(conversation.id), clock=clock)
    assert second.elapsed_seconds() == 450
    clock.now += 4 * 60
    assert second.phone_minutes() == 11  # past the 10-minute warning, across the lock
    # The interpreter comes into the room: the phone minutes stop, the time goes on.
    interpreter = second.conversation.presence.interpreter
    assert interpreter is not None
    interpreter.mode = InterpreterMode.IN_PERSON
    second.changed()
    clock.now += 120
    assert second.phone_minutes() == 11
    second.close()
    access.lock(vault)
    stored = _stored(folder, conversation)
    assert stored.elapsed_seconds == 450 + 240 + 120
    assert stored.phone_interpreting_seconds == 450 + 240


def test_a_glance_leaves_no_trace(
    opened: tuple[Path, Vault, ConversationService, Conversation],
) -> None:
    """Opened and closed again without a change, briefly: no end time, not "worked on"."""
    _, _, service, conversation = opened
    before = service.get(conversation.id)
    clock = FakeClock()
    controller = ConversationController(service, service.get(conversation.id), clock=clock)
    clock.now += PERSIST_TIMERS_SECONDS / 2
    controller.tick()
    controller.close()
    after = service.get(conversation.id)
    assert after.ends_at is None
    assert after.updated_at == before.updated_at


def test_writing_up_the_day_after_neither_counts_time_nor_moves_the_end(
    opened: tuple[Path, Vault, ConversationService, Conversation],
) -> None:
    _, _, service, conversation = opened
    clock = FakeClock()
    held = ConversationController(service, service.get(conversation.id), clock=clock)
    clock.now += 40 * 60
    held.close()
    ended = service.get(conversation.id)
    assert ended.elapsed_seconds == 40 * 60
    assert ended.ends_at is not None

    day_after = local(ended.starts_at).date() + timedelta(days=1)  # in Danish time
    later = ConversationController(
        service, service.get(conversation.id), clock=clock, today=lambda: day_after
    )
    clock.now += 25 * 60
    assert later.elapsed_seconds() == 40 * 60
    assert later.phone_minutes() == 40
    later.entry_changed(Entry(text="Skrevet færdigt", perspective=Perspective.CHILD_OWN_WORDS))
    later.close()
    after = service.get(conversation.id)
    assert [e.text for e in after.entries] == ["Skrevet færdigt"]  # the edit is saved …
    assert after.elapsed_seconds == 40 * 60  # … the clock stood still …
    assert after.ends_at == ended.ends_at  # … and the end stayed on the conversation's day


def test_the_timers_are_saved_while_the_conversation_is_open(
    opened: tuple[Path, Vault, ConversationService, Conversation],
) -> None:
    _, _, service, conversation = opened
    clock = FakeClock()
    controller = ConversationController(service, service.get(conversation.id), clock=clock)
    controller.tick()
    controller.flush()
    assert service.get(conversation.id).elapsed_seconds == 0  # nothing new to save yet
    clock.now += PERSIST_TIMERS_SECONDS
    controller.tick()  # a crash now loses at most this span of the clock
    controller.flush()
    assert service.get(conversation.id).elapsed_seconds == PERSIST_TIMERS_SECONDS
    controller.close(save=False)


def test_a_failed_save_keeps_the_words_and_saves_them_with_the_next_change(
    opened: tuple[Path, Vault, ConversationService, Conversation],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, vault, service, conversation = opened
    errors: list[Exception] = []
    controller = ConversationController(
        service, service.get(conversation.id), on_failed=errors.append
    )
    real_add = service.add_entry
    full = [True]

    def add_entry(conversation_id: UUID, entry: Entry) -> Entry:
        if full[0]:
            raise DiskFull(DISK_FULL)
        return real_add(conversation_id, entry)

    monkeypatch.setattr(service, "add_entry", add_entry)
    entry = Entry(text="Mor græder om natten", perspective=Perspective.CHILD_OWN_WORDS)
    controller.entry_changed(entry)
    controller.flush()
    assert [str(e) for e in errors] == [DISK_FULL]
    assert controller.conversation.entries[-1].text == "Mor græder om natten"
    assert service.get(conversation.id).entries == []
    full[0] = False
    entry.text += "."
    controller.entry_changed(entry)
    controller.close()
    access.lock(vault)
    assert [e.text for e in _stored(folder, conversation).entries] == ["Mor græder om natten."]


def test_the_writer_and_the_window_never_share_a_transaction(
    opened: tuple[Path, Vault, ConversationService, Conversation],
) -> None:
    """The writer commits entries while this thread writes children through the same
    connection: the connection's lock keeps each transaction whole."""
    folder, vault, service, conversation = opened
    errors: list[Exception] = []
    controller = ConversationController(
        service, service.get(conversation.id), on_failed=errors.append
    )
    entries = [
        Entry(text=f"notat {n}", perspective=Perspective.CHILD_OWN_WORDS) for n in range(300)
    ]
    for n, entry in enumerate(entries):
        controller.entry_changed(entry, now=True)
        service.add_child(Child(name=f"Barn {n}", age_years=5))
        service.summaries()
    controller.close()
    assert errors == []
    access.lock(vault)
    stored = _stored(folder, conversation)
    assert [e.text for e in stored.entries] == [e.text for e in entries]
    again = access.unlock(folder, PASSPHRASE)
    assert len(ConversationService(again).children()) == 301
    assert again.audit.verify().ok
    again.close()
