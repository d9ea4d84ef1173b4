"""Load and save domain objects. Each public method is one committed transaction."""

import json
from collections.abc import Collection, Iterator
from contextlib import contextmanager, nullcontext, suppress
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
from borne_samtale.errors import NotFound, StorageError

Connection = Any

# Up to this many matching entries a search looks each one up; beyond it, it walks the
# conversations newest first instead (measured on the big benchmark vault, see bench/).
SEARCH_FEW_MATCHES = 2000
# When more than this share of all entries match (a very common word, a short prefix), even
# collecting the set of matches for that walk is the cost: "mor" matched 162,543 of the big
# vault's 200,000 entries, ~100 ms to collect. Then the newest entries are taken first, a
# window at a time, and only they are matched, in one pass over the word's index.
SEARCH_DENSE_SHARE = 0.1
# The first window holds this many entries per hit asked for (enough when a third or more
# of the entries match, as for "mor"); then it grows 4 times a round (a tenth: two rounds).
SEARCH_WINDOW_PER_HIT = 3


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error; nests as a no-op.

    A COMMIT that fails (a full disk) leaves SQLite's transaction open: it is rolled back
    too, or every later save would nest into it and silently never be committed.

    The connection's lock (database.py) is held throughout, so the autosave thread and the
    window never share one transaction.
    """
    with getattr(conn, "lock", None) or nullcontext():
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            # The connection has already turned a disk error into a StorageError.
            if conn.in_transaction:  # SQLite may already have rolled back (a full disk)
                with suppress(sqlcipher3.Error, StorageError):  # the first error is told
                    conn.execute("ROLLBACK")
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

    def listing(self) -> list["ChildListing"]:
        """Id, name and case number of every child, without validating whole records."""
        # json.loads of the small records is several times faster than SQLite's json_extract.
        rows = self._conn.execute("SELECT id, data FROM children ORDER BY updated_at DESC")
        listing = []
        for child_id, data in rows.fetchall():
            fields = json.loads(data)
            listing.append(ChildListing(UUID(child_id), fields["name"], fields["case_number"]))
        return listing


@dataclass(frozen=True)
class ChildListing:
    """What a list of children shows."""

    id: UUID
    name: str
    case_number: str


@dataclass(frozen=True)
class ConversationSummary:
    """What a list of conversations needs, without loading every entry."""

    id: UUID
    child_id: UUID
    status: ConversationStatus
    starts_at: datetime
    entry_count: int
    purpose: Purpose
    touched_at: datetime  # the last change to the conversation or its entries


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

    def get(self, conversation_id: UUID, *, with_entries: bool = True) -> Conversation:
        """The conversation; ``with_entries=False`` leaves ``entries`` empty (cheaper)."""
        row = self._conn.execute(
            "SELECT data FROM conversations WHERE id = ?", (str(conversation_id),)
        ).fetchone()
        if row is None:
            raise NotFound("Samtalen findes ikke i denne boks.")
        conversation = Conversation.model_validate_json(row[0])
        if with_entries:
            conversation.entries = self.entries(conversation_id)
        return conversation

    def status(self, conversation_id: UUID) -> ConversationStatus:
        """The sign-off status alone, without reading the conversation or its entries."""
        row = self._conn.execute(
            "SELECT status FROM conversations WHERE id = ?", (str(conversation_id),)
        ).fetchone()
        if row is None:
            raise NotFound("Samtalen findes ikke i denne boks.")
        return ConversationStatus(row[0])

    def summaries(
        self,
        child_id: UUID | None = None,
        *,
        limit: int | None = None,
        ids: Collection[UUID] | None = None,
    ) -> list[ConversationSummary]:
        """Newest first; for one child or for all, the newest ``limit``, or only ``ids``."""
        sql = (
            "SELECT c.id, c.child_id, c.status, c.starts_at, "
            "(SELECT count(*) FROM entries e WHERE e.conversation_id = c.id), "
            "json_extract(c.data, '$.legal_basis.purpose'), c.updated_at "
            "FROM conversations c"
        )
        where: list[str] = []
        args: list[str | int] = []
        if child_id is not None:
            where.append("c.child_id = ?")
            args.append(str(child_id))
        if ids is not None:
            if not ids:
                return []
            where.append(f"c.id IN ({','.join('?' * len(ids))})")
            args.extend(str(i) for i in ids)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.starts_at DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [
            ConversationSummary(
                UUID(r[0]),
                UUID(r[1]),
                ConversationStatus(r[2]),
                datetime.fromisoformat(r[3]),
                r[4],
                Purpose(r[5]),
                datetime.fromisoformat(r[6]),
            )
            for r in self._conn.execute(sql, args).fetchall()
        ]

    def deletion_times(self, status: ConversationStatus) -> list[tuple[UUID, datetime | None]]:
        """Each conversation with ``status`` and when it is to be deleted, without loading it."""
        rows = self._conn.execute(
            "SELECT id, json_extract(data, '$.sign_off.delete_after') FROM conversations"
            " WHERE status = ?",
            (status.value,),
        ).fetchall()
        return [(UUID(r[0]), datetime.fromisoformat(r[1]) if r[1] else None) for r in rows]

    def touch(self, conversation_id: UUID, at: datetime) -> None:
        """Record activity on the entries in the row (the stored model keeps its own time)."""
        self._conn.execute(
            "UPDATE conversations SET updated_at = ? WHERE id = ?", (_iso(at), str(conversation_id))
        )

    def count(self, child_id: UUID | None = None) -> int:
        """How many conversations there are, for one child or for all."""
        if child_id is None:
            row = self._conn.execute("SELECT count(*) FROM conversations").fetchone()
        else:
            row = self._conn.execute(
                "SELECT count(*) FROM conversations WHERE child_id = ?", (str(child_id),)
            ).fetchone()
        return int(row[0])

    def delete(self, conversation_id: UUID) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM conversations WHERE id = ?", (str(conversation_id),))

    def purge(self, conversation_id: UUID | str) -> None:
        """Delete a conversation for real (a hand-over's deletion, or one that came back with
        an old copy of the database): its entries and documents (by their foreign keys),
        its child when the child has no other conversation, and its words from the search
        index. One transaction, or the caller's."""
        conversation = str(conversation_id)
        with transaction(self._conn):
            child = self._conn.execute(
                "SELECT child_id FROM conversations WHERE id = ?", (conversation,)
            ).fetchone()
            self._conn.execute("DELETE FROM conversations WHERE id = ?", (conversation,))
            if child:
                self._conn.execute(
                    "DELETE FROM children WHERE id = ? AND NOT EXISTS"
                    " (SELECT 1 FROM conversations WHERE child_id = ?)",
                    (child[0], child[0]),
                )
            # FTS5 keeps deleted terms in its segments until they are merged. Merged in the
            # same transaction, so a program killed after the commit leaves no words behind.
            self._conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('optimize')")

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
        """Full-text search over entry texts; words match as prefixes, all must occur.

        Newest conversation first, then in the order of the entries. Few matches are looked
        up one by one; many (a word in most notes) would cost a page read per match, so
        then the conversations are walked newest first and the walk stops at ``limit``;
        very many are matched against the newest entries only (``_search_newest``).
        """
        terms = [t for t in query.split() if t]
        if not terms:
            return []
        # Quote each word so FTS5 operators in the user's text are taken literally.
        match = " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
        # The highest rowid: at least the number of entries, and found in one index step.
        (last_rowid,) = self._conn.execute("SELECT coalesce(max(rowid), 0) FROM entries").fetchone()
        dense_at = max(SEARCH_FEW_MATCHES, int(last_rowid * SEARCH_DENSE_SHARE))
        (matches,) = self._conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
            "LIMIT ?)",
            (match, dense_at + 1),
        ).fetchone()
        if matches > dense_at:
            return self._search_newest(match, limit, last_rowid)
        if matches <= SEARCH_FEW_MATCHES:
            sql = (
                "SELECT e.conversation_id, e.id FROM entries_fts f "
                "JOIN entries e ON e.rowid = f.rowid "
                "JOIN conversations c ON c.id = e.conversation_id "
                "WHERE entries_fts MATCH ? "
                "ORDER BY c.starts_at DESC, c.rowid DESC, e.position LIMIT ?"
            )
        else:
            # CROSS JOIN keeps this order: conversations by the starts_at index (newest
            # first), each one's entries by their index, matched against the set of hits.
            sql = (
                "SELECT c.id, e.id FROM conversations c "
                "CROSS JOIN entries e ON e.conversation_id = c.id "
                "WHERE e.rowid IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?) "
                "ORDER BY c.starts_at DESC, c.rowid DESC, e.position LIMIT ?"
            )
        rows = self._conn.execute(sql, (match, limit)).fetchall()
        return [SearchHit(UUID(r[0]), UUID(r[1])) for r in rows]

    def _search_newest(self, match: str, limit: int, last_rowid: int) -> list[SearchHit]:
        """The search when most entries match: the newest ``window`` entries in the order
        shown (from the indexes alone), the word's matches among them (one pass over its
        index, each looked up in that small set, never collected), the first ``limit``.
        Fewer than ``limit`` found means the window was too small, unless it held every
        entry: it grows and the search runs again, so the hits are always the newest."""
        sql = (
            "WITH newest AS MATERIALIZED ("
            "  SELECT e.rowid AS entry, c.id AS conversation, c.starts_at AS starts_at, "
            "  c.rowid AS made, e.position AS position "
            "  FROM conversations c CROSS JOIN entries e ON e.conversation_id = c.id "
            "  ORDER BY c.starts_at DESC, c.rowid DESC, e.position LIMIT ?), "
            # +f.rowid: not offered to FTS5, which would look each entry up on its own.
            "hits AS MATERIALIZED (SELECT f.rowid AS entry FROM entries_fts f "
            "  WHERE entries_fts MATCH ? AND +f.rowid IN (SELECT entry FROM newest)) "
            "SELECT n.conversation, e.id FROM newest n "
            "JOIN hits h ON h.entry = n.entry JOIN entries e ON e.rowid = n.entry "
            "ORDER BY n.starts_at DESC, n.made DESC, n.position LIMIT ?"
        )
        window = max(limit * SEARCH_WINDOW_PER_HIT, 1)
        while True:
            rows = self._conn.execute(sql, (window, match, limit)).fetchall()
            if len(rows) >= limit or window >= last_rowid:
                return [SearchHit(UUID(r[0]), UUID(r[1])) for r in rows]
            window *= 4
