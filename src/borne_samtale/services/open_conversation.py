"""The controller of the open conversation: its typing, saves, timers and checklist.

The open conversation (Mu's ``Editor(view)``): the text being typed, the saves, the
timers and the checklist. The conversation screen is its view; this module knows no Qt.

The view edits ``controller.conversation`` (its working copy, on the window's thread only)
and says so with ``changed()`` or ``entry_changed(entry)``. The controller takes a copy at
once and hands it to one writer thread (services/autosave.py): what is typed is on disk
at most ``MAX_WAIT_SECONDS`` plus a commit after the keystroke, and the window never waits
for the disk except when it asks to (``flush``, before locking, signing or leaving).

Time adds up across locks and restarts: the conversation stores the seconds it has been
open, and of them the seconds with a phone interpreter; both are saved with every change
and at least every ``PERSIST_TIMERS_SECONDS``. Closing records the end time, unless the
conversation was only looked at (no change, and open for less than that): a glance at an
old draft neither moves its end nor makes it look worked on.

The clock runs on the conversation's own day only (Danish time): writing it up at the office
the day after, or preparing it the day before, is not time with the child, and must not
move the end to another day.
"""

import time
from collections.abc import Callable
from datetime import date, datetime
from uuid import UUID

from borne_samtale.domain import CaseworkerProfile, Child, Conversation, Entry
from borne_samtale.domain.base import utc_now
from borne_samtale.domain.clock import whole_minutes
from borne_samtale.domain.enums import ConversationStatus, InterpreterMode
from borne_samtale.domain.signoff import Checklist, checklist
from borne_samtale.services.autosave import Writer
from borne_samtale.services.conversations import ConversationService
from borne_samtale.summary.model import local

PERSIST_TIMERS_SECONDS = 30.0


def _ignore(*_: object) -> None:
    pass


def danish_today() -> date:
    return local(utc_now()).date()


class ConversationController:
    """Owns one open conversation until ``close()``.

    ``on_saved(at)`` and ``on_failed(error)`` are called on the writer's thread. After a
    failed save the working copy keeps every word, and the save is tried again with the
    next change (or ``flush``).
    """

    def __init__(
        self,
        service: ConversationService,
        conversation: Conversation,
        *,
        on_saved: Callable[[datetime], None] = _ignore,
        on_failed: Callable[[Exception], None] = _ignore,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = danish_today,
    ) -> None:
        self.service = service
        self.conversation = conversation
        self.child: Child = service.child(conversation.child_id)
        self._clock = clock
        # The clock runs on the conversation's day only (see the module's note).
        self._counting = today() == local(conversation.starts_at).date()
        self._stored: set[UUID] = {e.id for e in conversation.entries}  # writer thread only
        self._elapsed = float(conversation.elapsed_seconds)
        self._phone = float(conversation.phone_interpreting_seconds)
        self._span_start = clock()
        self._phone_running = self._on_phone()
        self._persisted_at = self._span_start
        self._opened_at = self._span_start
        self._changed = False
        self._closed = False
        self._writer = Writer(on_saved=on_saved, on_failed=on_failed)

    @property
    def closed(self) -> bool:
        return self._closed

    # Changes from the view ----------------------------------------------------------------
    def changed(self, *, now: bool = False) -> None:
        """The conversation's own fields changed (not its entries): save them soon."""
        if self._closed:
            return
        self._changed = True
        self._settle_timers()
        # A copy without the entries (they are saved one by one): cheap, and the writer
        # never sees the working copy change under it.
        snapshot = self.conversation.model_copy(update={"entries": []}).model_copy(deep=True)
        self._persisted_at = self._clock()
        job = self._save_conversation(snapshot)
        self._writer.submit(("conversation", snapshot.id), job, now=now)

    def entry_changed(self, entry: Entry, *, now: bool = False) -> None:
        """The entry being typed (new or corrected) changed: keep it and save it soon."""
        if self._closed:
            return
        self._changed = True
        snapshot = entry.model_copy(deep=True)
        entries = self.conversation.entries
        for index, existing in enumerate(entries):
            if existing.id == snapshot.id:
                entries[index] = snapshot
                break
        else:
            entries.append(snapshot)
        # The writer gets its own copy: saving stamps ``updated_at`` on it.
        job = self._save_entry(snapshot.model_copy())
        self._writer.submit(("entry", snapshot.id), job, now=now)

    def save_soon(self) -> None:
        """Save what is pending now, without waiting for it (end of an entry)."""
        self._writer.save_soon()

    def flush(self) -> None:
        """Save everything now and wait for it (before locking, signing or leaving)."""
        self._writer.flush()

    @property
    def pending(self) -> bool:
        return self._writer.pending

    def tick(self) -> None:
        """Called now and then (every second by the view): keeps the timers on disk."""
        if self._closed or not self._counting:
            return
        if self._clock() - self._persisted_at >= PERSIST_TIMERS_SECONDS:
            self.changed()

    def record_end(self) -> None:
        """The conversation ends now (closing it, or before signing): time and end time.
        Not on another day than the conversation's: the end stays where it was."""
        if self._closed or self.conversation.sign_off.status is not ConversationStatus.DRAFT:
            return
        if self._counting:
            self.conversation.ends_at = utc_now()
        self.changed(now=True)

    def close(self, *, save: bool = True) -> None:
        """Record the end, save everything and stop the writer. ``save=False`` after the
        conversation was signed: nothing more may be written to it."""
        if self._closed:
            return
        looked_only = not self._changed and self._clock() - self._opened_at < PERSIST_TIMERS_SECONDS
        if save and not looked_only:
            self.record_end()
        self._closed = True
        self._writer.close(discard=not save)  # a signed conversation takes no more saves

    # Timers -------------------------------------------------------------------------------
    def _on_phone(self) -> bool:
        interpreter = self.conversation.presence.interpreter
        return interpreter is not None and interpreter.mode is InterpreterMode.PHONE

    def _settle_timers(self) -> None:
        """Fold the running span into the stored totals (and notice a change of mode)."""
        now = self._clock()
        span = max(0.0, now - self._span_start) if self._counting else 0.0
        self._span_start = now
        self._elapsed += span
        if self._phone_running:
            self._phone += span
        self._phone_running = self._on_phone()
        self.conversation.elapsed_seconds = int(self._elapsed)
        self.conversation.phone_interpreting_seconds = int(self._phone)

    def _running(self) -> float:
        if self._closed or not self._counting:
            return 0.0
        return max(0.0, self._clock() - self._span_start)

    def elapsed_seconds(self) -> int:
        """Time with the conversation open, this time and every time before."""
        return int(self._elapsed + self._running())

    def phone_minutes(self) -> int:
        """Minutes with a phone interpreter, added up across locks and restarts."""
        running = self._running() if self._phone_running else 0.0
        return whole_minutes(self._phone + running)

    # Checklist ----------------------------------------------------------------------------
    def checklist(self) -> Checklist:
        profile = self.service.caseworker() or CaseworkerProfile()
        return checklist(self.conversation, self.child, profile)

    # The writer's jobs (run on its thread) ------------------------------------------------
    def _save_conversation(self, snapshot: Conversation) -> Callable[[], None]:
        def job() -> None:
            self.service.update(snapshot)

        return job

    def _save_entry(self, snapshot: Entry) -> Callable[[], None]:
        conversation_id = self.conversation.id

        def job() -> None:
            if snapshot.id in self._stored:
                self.service.update_entry(snapshot)
            else:
                self.service.add_entry(conversation_id, snapshot)
                self._stored.add(snapshot.id)

        return job
