"""Failed unlocks: kept in two places, and a growing wait before the next attempt.

A failed unlock cannot write to the database (it is not open), so each one is noted twice
outside it: a line with its time in ``failed-unlocks.log`` and a count with the latest time
in the key file (rewritten atomically). The wait is worked out from whichever says more, so
deleting the log alone does not reset it, and the next unlock records that the log went
missing (``UNLOCK_RECORD_REMOVED`` in the audit trail). Both are cleared only by a
successful unlock, after the failures are in the audit trail.

The wait is enforced where the passphrase is tried (``vault._unlock``), so the window, every
command and a fresh start of either all wait alike; an attempt refused for being too soon is
not tried and not counted. It binds only this program on this laptop: it trusts the
system clock, and a copy of the files is guessed at on other hardware, where only the cost
of Argon2id counts.
"""

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

# After this many failed attempts in a row, each new attempt must wait a growing while.
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60.0


def now() -> datetime:
    """The clock the wait is measured by (tests replace it; nothing here sleeps)."""
    return datetime.now(UTC)


def unlock_delay(failed_attempts: int) -> float:
    """Seconds to wait before the next attempt: 0 at first, then 1, 2, 4 … up to a minute."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failed_attempts - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


@dataclass(frozen=True)
class Failures:
    """The key file's copy: how many since the last successful unlock, and the latest."""

    count: int
    last: datetime

    def to_json(self) -> dict[str, object]:
        return {"count": self.count, "last": self.last.isoformat(timespec="seconds")}

    @classmethod
    def from_json(cls, data: object) -> "Failures | None":
        """None if it is not a record of failures (the caller calls the file damaged)."""
        if not isinstance(data, dict) or set(data) != {"count", "last"}:
            return None
        count, last = data["count"], data["last"]
        if type(count) is not int or count < 1 or not isinstance(last, str):
            return None
        try:
            moment = datetime.fromisoformat(last)
        except ValueError:
            return None
        if moment.tzinfo is None:
            return None
        return cls(count, moment)


@dataclass(frozen=True)
class Record:
    """What both copies say together."""

    logged: list[datetime]  # the times in failed-unlocks.log
    kept: Failures | None  # the key file's count

    @property
    def count(self) -> int:
        return max(len(self.logged), self.kept.count if self.kept else 0)

    @property
    def missing_from_log(self) -> int:
        """Failures the key file counted that the log no longer holds (it was deleted)."""
        return max(0, (self.kept.count if self.kept else 0) - len(self.logged))

    @property
    def last(self) -> datetime | None:
        times = [*self.logged, *([self.kept.last] if self.kept else [])]
        return max(times) if times else None

    def wait_seconds(self, at: datetime | None = None) -> float:
        """Seconds left before the next attempt may be tried."""
        delay = unlock_delay(self.count)
        last = self.last
        if delay == 0 or last is None:
            return 0.0
        elapsed = ((at or now()) - last).total_seconds()
        if elapsed < -MAX_DELAY_SECONDS:
            # The clock was set back: a wait counted from a time in the future would lock
            # the caseworker out for as long as the clock is wrong. Trust the clock instead.
            return 0.0
        return max(0.0, delay - max(elapsed, 0.0))


def logged_failures(path: Path) -> list[datetime]:
    try:
        lines = path.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return []
    times = []
    for line in lines:
        try:
            moment = datetime.fromisoformat(line)
        except ValueError:
            continue
        if moment.tzinfo is not None:
            times.append(moment)
    return times


def append_to_log(path: Path, moment: datetime) -> None:
    """One line with the time; best effort (a read-only folder just skips it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="ascii") as handle:
            if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
                os.fchmod(fd, 0o600)  # whatever mode an older file had
            handle.write(moment.isoformat(timespec="seconds") + "\n")
    except OSError:
        pass


def message_for_wait(seconds: float) -> str:
    whole = max(1, int(-(-seconds // 1)))  # rounded up: never "wait 0 seconds"
    unit = "sekund" if whole == 1 else "sekunder"
    return (
        f"Der er tastet forkert flere gange. Vent {whole} {unit}, før du prøver igen; "
        "ventetiden vokser med hvert forkert forsøg."
    )
