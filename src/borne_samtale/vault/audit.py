"""A content-free, hash-chained audit log of what happened to the vault and its conversations.

Each row names an event, a time and an opaque subject (a conversation's random id, never a
name or any words). Each row's hash covers the previous row's hash, so a changed, removed or
inserted row breaks the chain and ``verify`` says where.
"""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

Connection = Any
GENESIS = "0" * 64


class AuditEvent(StrEnum):
    VAULT_CREATED = "vault_created"
    UNLOCKED = "unlocked"
    UNLOCK_FAILED = "unlock_failed"
    RECOVERY_CODE_USED = "recovery_code_used"
    PASSPHRASE_CHANGED = "passphrase_changed"  # noqa: S105 - an event name
    LOCKED = "locked"
    CHILD_CREATED = "child_created"
    CONVERSATION_CREATED = "conversation_created"
    CONVERSATION_IMPORTED = "conversation_imported"
    CONVERSATION_EDITED = "conversation_edited"
    CONVERSATION_SIGNED = "conversation_signed"
    CONVERSATION_EXPORTED = "conversation_exported"
    CONVERSATION_PURGED = "conversation_purged"
    # Found at unlock by holding the database against the head in the key file (anchor.py),
    # or by the two records of failed unlocks (attempts.py).
    ROLLBACK_DETECTED = "rollback_detected"
    AUDIT_CUT_SHORT = "audit_cut_short"
    AUDIT_REWRITTEN = "audit_rewritten"
    ANCHOR_INVALID = "anchor_invalid"
    KEY_FILE_ROLLED_BACK = "key_file_rolled_back"
    CONVERSATION_PURGED_AGAIN = "conversation_purged_again"
    UNLOCK_RECORD_REMOVED = "unlock_record_removed"


# Events that say the vault was tampered with or put back: `audit verify` reports them.
TAMPER_EVENTS = frozenset(
    {
        AuditEvent.ROLLBACK_DETECTED,
        AuditEvent.AUDIT_CUT_SHORT,
        AuditEvent.AUDIT_REWRITTEN,
        AuditEvent.ANCHOR_INVALID,
        AuditEvent.KEY_FILE_ROLLED_BACK,
        AuditEvent.UNLOCK_RECORD_REMOVED,
    }
)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    event: str
    subject: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    rows: int
    first_bad_seq: int | None = None


def _row_hash(prev_hash: str, seq: int, at: str, event: str, subject: str) -> str:
    material = "\x1f".join((prev_hash, str(seq), at, event, subject)).encode("utf-8")
    return hashlib.sha256(material).hexdigest()


class AuditLog:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def append(self, event: AuditEvent, subject: str = "", at: datetime | None = None) -> None:
        """Add one event. Runs inside the caller's transaction when there is one."""
        when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
        last = self._conn.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        digest = _row_hash(prev, seq, when, event.value, subject)
        self._conn.execute(
            "INSERT INTO audit_log(seq, at, event, subject, prev_hash, hash) VALUES (?,?,?,?,?,?)",
            (seq, when, event.value, subject, prev, digest),
        )

    def rows(self) -> list[AuditRow]:
        cursor = self._conn.execute(
            "SELECT seq, at, event, subject, prev_hash, hash FROM audit_log ORDER BY seq"
        )
        return [AuditRow(*row) for row in cursor.fetchall()]

    def verify(self) -> AuditReport:
        prev, expected_seq = GENESIS, 1
        rows = self.rows()
        for row in rows:
            recomputed = _row_hash(row.prev_hash, row.seq, row.at, row.event, row.subject)
            if row.seq != expected_seq or row.prev_hash != prev or row.hash != recomputed:
                return AuditReport(ok=False, rows=len(rows), first_bad_seq=row.seq)
            prev, expected_seq = row.hash, expected_seq + 1
        return AuditReport(ok=True, rows=len(rows))
