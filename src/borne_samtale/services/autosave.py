"""Autosave: one writer thread that saves in order, soon after typing, and never late.

A save waits for a pause in typing (``DEBOUNCE_SECONDS``, restarted by every change), but
never longer than ``MAX_WAIT_SECONDS`` after the first change it has not saved yet: a fast
typist who never pauses is saved as often as that. The commit and its fsync run on the
writer's thread, so a slow disk never makes typing wait; the jobs run one at a time, in the
order their keys were first submitted, and a newer job for the same key replaces the
older one before it runs.

No Qt here: the callbacks run on the writer's thread, and the window hands them on to its
own thread (a Qt signal does that by itself).
"""

import threading
import time
from collections.abc import Callable, Hashable
from datetime import datetime

from borne_samtale.buglog import record_bug
from borne_samtale.domain.base import utc_now

DEBOUNCE_SECONDS = 0.3
MAX_WAIT_SECONDS = 0.5  # with the commit, what is typed is on disk well within a second
RETRY_SECONDS = 5.0  # after a failed save (a full disk): tried again by itself this often

Job = Callable[[], None]


def save_due_at(first_change: float, last_change: float) -> float:
    """When pending changes are saved: after a pause, but never later than the max wait."""
    return min(last_change + DEBOUNCE_SECONDS, first_change + MAX_WAIT_SECONDS)


def _ignore(*_: object) -> None:
    pass


class Writer:
    """Runs submitted jobs on one thread, debounced with a maximum wait.

    ``submit(key, job)`` never blocks on the disk. ``flush()`` returns once everything
    submitted before it has been tried. A job that fails is kept and tried again with the
    next change or flush, or by itself after ``RETRY_SECONDS`` (unless a newer job for its
    key has come); ``on_failed`` is told once per failed batch, ``on_saved`` after each
    batch that went through.
    """

    def __init__(
        self,
        *,
        on_saved: Callable[[datetime], None] = _ignore,
        on_failed: Callable[[Exception], None] = _ignore,
        clock: Callable[[], float] = time.monotonic,
        name: str = "autosave",
    ) -> None:
        self._on_saved = on_saved
        self._on_failed = on_failed
        self._clock = clock
        self._cond = threading.Condition()
        self._pending: dict[Hashable, Job] = {}
        self._retry: dict[Hashable, Job] = {}
        self._retry_at = 0.0
        self._first = 0.0
        self._last = 0.0
        self._urgent = False
        self._stopping = False
        self._submitted = 0
        self._tried = 0
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    # The window's side --------------------------------------------------------------------
    def submit(self, key: Hashable, job: Job, *, now: bool = False) -> None:
        """Save ``job`` soon (``now``: as soon as the writer is free), replacing an older job
        with the same key that has not run yet."""
        with self._cond:
            if self._stopping:
                raise RuntimeError("the writer is closed")
            moment = self._clock()
            if not self._pending:
                self._first = moment
            if self._retry:  # what failed before goes first, in its old order
                merged = dict(self._retry)
                merged.update(self._pending)
                self._pending = merged
                self._retry.clear()
            self._pending[key] = job
            self._last = moment
            self._submitted += 1
            self._urgent = self._urgent or now
            self._cond.notify_all()

    @property
    def pending(self) -> bool:
        with self._cond:
            return bool(self._pending or self._retry)

    def save_soon(self) -> None:
        """Save what is pending as soon as the writer is free, without waiting for it."""
        with self._cond:
            self._take_back_retries()
            self._urgent = True
            self._cond.notify_all()

    def flush(self) -> None:
        """Save everything submitted so far and wait until it has been tried."""
        with self._cond:
            self._take_back_retries()
            target = self._submitted
            self._urgent = True
            self._cond.notify_all()
            # Woken when the batch is done; the timeout only notices a writer that died.
            while self._tried < target and self._thread.is_alive():
                self._cond.wait(1.0)

    def close(self, *, discard: bool = False) -> None:
        """Flush (or, with ``discard``, drop what has not run yet), then end the thread.
        Submitting afterwards is an error."""
        if discard:
            with self._cond:
                self._pending.clear()
                self._retry.clear()
        self.flush()
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join()

    def _take_back_retries(self) -> None:
        if self._retry:
            if not self._pending:
                self._first = self._last = self._clock()
            merged = dict(self._retry)
            merged.update(self._pending)
            self._pending = merged
            self._retry.clear()
            self._submitted += 1

    # The writer's thread ------------------------------------------------------------------
    def _next_batch(self) -> tuple[dict[Hashable, Job], int] | None:
        with self._cond:
            while True:
                if self._pending:
                    if self._urgent or self._stopping:
                        break
                    wait = save_due_at(self._first, self._last) - self._clock()
                    if wait <= 0:
                        break
                    self._cond.wait(wait)
                elif self._stopping:
                    return None
                elif self._retry:  # a failed save, and nothing new since: try it again
                    wait = self._retry_at - self._clock()
                    if wait <= 0:
                        self._take_back_retries()
                        self._urgent = True
                        continue
                    self._cond.wait(wait)
                else:
                    self._urgent = False
                    self._tried = self._submitted
                    self._cond.notify_all()
                    self._cond.wait()
            batch, self._pending = self._pending, {}
            self._urgent = False
            return batch, self._submitted

    def _run(self) -> None:
        while True:
            taken = self._next_batch()
            if taken is None:
                return
            batch, upto = taken
            failed: dict[Hashable, Job] = {}
            first_error: Exception | None = None
            for key, job in batch.items():
                try:
                    job()
                except Exception as exc:  # told to the window; the text stays there
                    failed[key] = job
                    first_error = first_error or exc
            with self._cond:
                for key, job in failed.items():
                    if key not in self._pending:
                        self._retry[key] = job
                self._retry_at = self._clock() + RETRY_SECONDS
                self._tried = max(self._tried, upto)
                self._cond.notify_all()
            try:
                if first_error is not None:
                    self._on_failed(first_error)
                else:
                    self._on_saved(utc_now())
            except Exception as exc:  # a broken listener must not stop the saving
                record_bug(exc)
