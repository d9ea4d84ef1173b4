"""The audit chain's head, kept outside the database.

It keeps what a rolled-back or shortened database cannot hide.

The hash chain in the database finds an event changed or removed in the middle, but not one
removed from the end, nor a whole database put back from an older copy: both leave a chain
that is whole. So at creation, at each unlock and lock and after each deletion, the vault
writes into its key file the chain's last sequence number and hash, a generation counter
(also kept in the database, raised by one at each such write) and the ids of the
conversations it has purged, all authenticated with an HMAC under a key derived from the
database key. Nobody without the passphrase or the recovery code can make a valid head.

At unlock the database is held against the head. A database whose generation is behind the
head's was put back from an older copy; a chain without the head's event at its number was
cut short or rewritten; a head that does not authenticate was edited; a database more than
one generation ahead of the head means the key file was put back. Each is told to the
caseworker and recorded in the audit trail, and a purged conversation that came back with
an old copy is purged again.

What cannot be seen: the database and the key file put back together, from the same moment
(they then agree with each other), and whatever happened after the last head was written
if the program was killed before the next one.
"""

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from borne_samtale.vault.audit import GENESIS, AuditEvent

Connection = Any
_INFO = b"borne-samtale/audit-head/v1/"
_FIELDS = {"seq", "hash", "generation", "purged", "mac"}
Ids = tuple[str, ...]


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    generation: int
    purged: tuple[str, ...]
    mac: str

    def to_json(self) -> dict[str, object]:
        return {
            "seq": self.seq,
            "hash": self.hash,
            "generation": self.generation,
            "purged": list(self.purged),
            "mac": self.mac,
        }

    @classmethod
    def from_json(cls, data: object) -> "Head | None":
        """None if it is not a head at all (the caller calls the key file damaged)."""
        if not isinstance(data, dict) or set(data) != {
            "seq",
            "hash",
            "generation",
            "purged",
            "mac",
        }:
            return None
        seq, digest, generation, purged, mac = (
            data["seq"],
            data["hash"],
            data["generation"],
            data["purged"],
            data["mac"],
        )
        if type(seq) is not int or type(generation) is not int or seq < 0 or generation < 0:
            return None
        if not isinstance(digest, str) or not isinstance(mac, str):
            return None
        if not isinstance(purged, list) or not all(isinstance(p, str) for p in purged):
            return None
        return cls(seq, digest, generation, tuple(purged), mac)


def _mac_key(db_key: bytearray, vault_id: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=_INFO + vault_id.encode()).derive(
        bytes(db_key)
    )


def _message(
    vault_id: str, seq: int, digest: str, generation: int, purged: tuple[str, ...]
) -> bytes:
    body = {
        "vault_id": vault_id,
        "seq": seq,
        "hash": digest,
        "generation": generation,
        "purged": sorted(purged),
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")


def sign_head(
    db_key: bytearray,
    vault_id: str,
    seq: int,
    digest: str,
    generation: int,
    purged: tuple[str, ...],
) -> Head:
    mac = hmac.new(
        _mac_key(db_key, vault_id),
        _message(vault_id, seq, digest, generation, purged),
        hashlib.sha256,
    ).hexdigest()
    return Head(seq, digest, generation, tuple(sorted(purged)), mac)


def is_authentic(head: Head, db_key: bytearray, vault_id: str) -> bool:
    expected = sign_head(db_key, vault_id, head.seq, head.hash, head.generation, head.purged)
    return hmac.compare_digest(expected.mac, head.mac)


def generation(conn: Connection) -> int:
    row = conn.execute("SELECT generation FROM vault_state WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def chain_end(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def next_generation(conn: Connection) -> int:
    """Raise the database's generation by one (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO vault_state(id, generation) VALUES (1, 1)"
        " ON CONFLICT(id) DO UPDATE SET generation = generation + 1"
    )
    return generation(conn)


@dataclass(frozen=True)
class Finding:
    """Something the head shows that the database alone does not: told and recorded."""

    event: AuditEvent
    subject: str  # numbers only: no names, no words
    message: str  # one plain sentence for the caseworker


@dataclass(frozen=True)
class Check:
    findings: list[Finding]
    purged_again: list[str]  # purged conversations that came back with an old copy


ROLLED_BACK = (
    "Databasen er ældre end sidste gang, boksen blev brugt: den er lagt tilbage fra en "
    "ældre kopi, så det nyere arbejde mangler. Det er skrevet i revisionssporet; kontakt "
    "IT-support."
)
CUT_SHORT = (
    "Revisionssporet er kortere end sidste gang, boksen blev brugt: de nyeste hændelser er "
    "fjernet. Det er skrevet i revisionssporet; kontakt IT-support."
)
REWRITTEN = (
    "Revisionssporet er ikke det samme som sidste gang, boksen blev brugt: det er skrevet om "
    "uden om programmet. Det er skrevet i revisionssporet; kontakt IT-support."
)
HEAD_FORGED = (
    "Nøglefilens kontrolpunkt for revisionssporet er ændret uden om programmet. Det er "
    "skrevet i revisionssporet; kontakt IT-support."
)
KEY_FILE_OLDER = (
    "Nøglefilen er ældre end databasen: den er lagt tilbage fra en ældre kopi. Det er "
    "skrevet i revisionssporet; kontakt IT-support."
)
PURGED_AGAIN = (
    "En samtale, der var slettet, var kommet tilbage med en ældre kopi af databasen; den er "
    "slettet igen."
)


def check(conn: Connection, head: Head | None, db_key: bytearray, vault_id: str) -> Check:
    """Hold the open database against the head from the key file."""
    if head is None:  # a vault from before the head existed: anchored from now on
        return Check([], [])
    if not is_authentic(head, db_key, vault_id):
        return Check([Finding(AuditEvent.ANCHOR_INVALID, "", HEAD_FORGED)], [])
    findings = []
    current = generation(conn)
    last_seq, _ = chain_end(conn)
    if current < head.generation:
        findings.append(
            Finding(
                AuditEvent.ROLLBACK_DETECTED,
                f"generation {current} < {head.generation}",
                ROLLED_BACK,
            )
        )
    at_head = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (head.seq,)).fetchone()
    if last_seq < head.seq:
        findings.append(
            Finding(AuditEvent.AUDIT_CUT_SHORT, f"seq {last_seq} < {head.seq}", CUT_SHORT)
        )
    elif head.seq and (at_head is None or at_head[0] != head.hash):
        findings.append(Finding(AuditEvent.AUDIT_REWRITTEN, f"seq {head.seq}", REWRITTEN))
    if current > head.generation + 1:  # one ahead is a program stopped between the two
        findings.append(
            Finding(
                AuditEvent.KEY_FILE_ROLLED_BACK,
                f"generation {current} > {head.generation}",
                KEY_FILE_OLDER,
            )
        )
    back = [
        conversation_id
        for conversation_id in head.purged
        if conn.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
    ]
    return Check(findings, back)
