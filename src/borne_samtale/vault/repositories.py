"""Load and save domain objects. Each public method is one committed transaction."""

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import sqlcipher3

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    Conversation,
    ConversationStatus,
    Entry,
    Purpose,
)
from borne_samtale.errors import DiskFull, NotFound

Connection = Any


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error; nests as a no-op.

    A COMMIT that fails (a full disk) leaves SQLite's transaction open: it is rolled back
    too, or every later save would nest into it and silently never be committed.
    """
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            with suppress(sqlcipher3.Error):  # the first error is the one to report
                conn.execute("ROLLBACK")
        if getattr(exc, "sqlite_errorcode", None) == sqlcipher3.SQLITE_FULL:
            raise DiskFull(
                "Disken er fuld, så det sidste er ikke gemt; frigør plads, og prøv igen."
            ) from None
        raise


def _iso(moment: datetime) -> str:
    return moment.isoformat()


class CaseworkerRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self) -> CaseworkerProfile | None:
        row = self._conn.execute("SELECT data FROM caseworker WHERE id = 1").fetchone()
        return CaseworkerProfile.model_validate_json(row[0]) if row else None

    def save(self, profile: CaseworkerProfile) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO caseworker(id, data) VALUES (1, ?) "
                "ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                (profile.model_dump_json(),),
            )


class ChildRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, child: Child, now: datetime) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO children(id, data, created_at, updated_at) VALUES (?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                (str(child.id), child.model_dump_json(), _iso(now), _iso(now)),
            )

    def get(self, child_id: UUID) -> Child:
        row = self._conn.execute(
            "SELECT data FROM children WHERE id = ?", (str(child_id),)
        ).fetchone()
        if row is None:
            raise NotFound("Barnet findes ikke i denne boks.")
        return Child.model_validate_json(row[0])

    def exists(self, child_id: UUID) -> bool:
        row = self._conn.execute("SELECT 1 FROM children WHERE id = ?", (str(child_id),)).fetchone()
        return row is not None

    def all(self) -> list[Child]:
        rows = self._conn.execute("SELECT data FROM children ORDER BY updated_at DESC").fetchall()
        return [Child.model_validate_json(r[0]) for r in rows]


@dataclass(frozen=True)
class ConversationSummary:
    """What a list of conversations needs, without loading every entry."""

    id: UUID
    child_id: UUID
    status: ConversationStatus
    starts_at: datetime
    entry_count: int
    purpose: Purpose


@dataclass(frozen=True)
class SearchHit:
    conversation_id: UUID
    entry_id: UUID


class ConversationRepository:
    """Conversations and their entries. Entries are rows of their own, saved one at a time."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # Conversations ---------------------------------------------------------------------
    def save(self, conversation: Conversation) -> None:
        """Save the conversation's own fields; entries are saved with the entry methods."""
        data = conversation.model_dump_json(exclude={"entries"})
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO conversations(id, child_id, status, starts_at, data, created_at, "
                "updated_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                "status = excluded.status, starts_at = excluded.starts_at, data = excluded.data, "
                "updated_at = excluded.updated_at",
                (
                    str(conversation.id),
                    str(conversation.child_id),
                    conversation.sign_off.status.value,
                    _iso(conversation.starts_at),
                    data,
                    _iso(conversation.created_at),
                    _iso(conversation.updated_at),
                ),
            )

    def save_with_entries(self, conversation: Conversation) -> None:
        """Save a whole conversation at once (import): all or nothing."""
        with transaction(self._conn):
            self.save(conversation)
            self._conn.execute(
                "DELETE FROM entries WHERE conversation_id = ?", (str(conversation.id),)
            )
            for position, entry in enumerate(conversation.entries):
                self._insert_entry(conversation.id, position, entry)

    def exists(self, conversation_id: UUID) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM conversations WHERE id = ?", (str(conversation_id),)
        ).fetchone()
        return row is not None

    def get(self, conversation_id: UUID) -> Conversation:
        row = self._conn.execute(
            "SELECT data FROM conversations WHERE id = ?", (str(conversation_id),)
        ).fetchone()
        if row is None:
            raise NotFound("Samtalen findes ikke i denne boks.")
        conversation = Conversation.model_validate_json(row[0])
        conversation.entries = self.entries(conversation_id)
        return conversation

    def summaries(self, child_id: UUID | None = None) -> list[ConversationSummary]:
        """Newest first; for one child or for all."""
        sql = (
            "SELECT c.id, c.child_id, c.status, c.starts_at, "
            "(SELECT count(*) FROM entries e WHERE e.conversation_id = c.id), "
            "json_extract(c.data, '$.legal_basis.purpose') "
            "FROM conversations c"
        )
        args: tuple[str, ...] = ()
        if child_id is not None:
            sql += " WHERE c.child_id = ?"
            args = (str(child_id),)
        sql += " ORDER BY c.starts_at DESC"
        return [
            ConversationSummary(
                UUID(r[0]),
                UUID(r[1]),
                ConversationStatus(r[2]),
                datetime.fromisoformat(r[3]),
                r[4],
                Purpose(r[5]),
            )
            for r in self._conn.execute(sql, args).fetchall()
        ]

    def delete(self, conversation_id: UUID) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM conversations WHERE id = ?", (str(conversation_id),))

    # Entries ---------------------------------------------------------------------------
    def entries(self, conversation_id: UUID) -> list[Entry]:
        rows = self._conn.execute(
            "SELECT data FROM entries WHERE conversation_id = ? ORDER BY position",
            (str(conversation_id),),
        ).fetchall()
        return [Entry.model_validate_json(r[0]) for r in rows]

    def _insert_entry(self, conversation_id: UUID, position: int, entry: Entry) -> None:
        self._conn.execute(
            "INSERT INTO entries(id, conversation_id, position, perspective, text, data) "
            "VALUES (?,?,?,?,?,?)",
            (
                str(entry.id),
                str(conversation_id),
                position,
                entry.perspective.value,
                entry.text,
                entry.model_dump_json(),
            ),
        )

    def add_entry(self, conversation_id: UUID, entry: Entry) -> None:
        with transaction(self._conn):
            row = self._conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM entries WHERE conversation_id = ?",
                (str(conversation_id),),
            ).fetchone()
            self._insert_entry(conversation_id, row[0], entry)

    def update_entry(self, entry: Entry) -> None:
        with transaction(self._conn):
            cursor = self._conn.execute(
                "UPDATE entries SET perspective = ?, text = ?, data = ? WHERE id = ?",
                (entry.perspective.value, entry.text, entry.model_dump_json(), str(entry.id)),
            )
            if cursor.rowcount != 1:
                raise NotFound("Notatet findes ikke i denne boks.")

    def delete_entry(self, entry_id: UUID) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM entries WHERE id = ?", (str(entry_id),))

    def entry_exists(self, entry_id: UUID) -> bool:
        row = self._conn.execute("SELECT 1 FROM entries WHERE id = ?", (str(entry_id),)).fetchone()
        return row is not None

    def conversation_of_entry(self, entry_id: UUID) -> UUID:
        row = self._conn.execute(
            "SELECT conversation_id FROM entries WHERE id = ?", (str(entry_id),)
        ).fetchone()
        if row is None:
            raise NotFound("Notatet findes ikke i denne boks.")
        return UUID(row[0])

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Full-text search over entry texts; words match as prefixes, all must occur."""
        terms = [t for t in query.split() if t]
        if not terms:
            return []
        # Quote each word so FTS5 operators in the user's text are taken literally.
        match = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        rows = self._conn.execute(
            "SELECT e.conversation_id, e.id FROM entries_fts f "
            "JOIN entries e ON e.rowid = f.rowid "
            "JOIN conversations c ON c.id = e.conversation_id "
            "WHERE entries_fts MATCH ? ORDER BY c.starts_at DESC, e.position LIMIT ?",
            (match, limit),
        ).fetchall()
        return [SearchHit(UUID(r[0]), UUID(r[1])) for r in rows]
