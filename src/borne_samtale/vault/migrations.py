"""Schema migrations, one function per step, keyed by ``PRAGMA user_version``.

Never edit a step that has shipped: add a new one. Each step runs in its own transaction.
"""

from collections.abc import Callable
from typing import Any

Connection = Any


_V1_STATEMENTS = (
    """CREATE TABLE caseworker (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL
    )""",
    """CREATE TABLE children (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        child_id TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX conversations_by_child ON conversations(child_id, starts_at)",
    "CREATE INDEX conversations_by_start ON conversations(starts_at)",
    """CREATE TABLE entries (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        perspective TEXT NOT NULL,
        text TEXT NOT NULL,
        data TEXT NOT NULL
    )""",
    "CREATE INDEX entries_by_conversation ON entries(conversation_id, position)",
    """CREATE VIRTUAL TABLE entries_fts USING fts5(
        text, content='entries', content_rowid='rowid', tokenize='unicode61'
    )""",
    """CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts(rowid, text) VALUES (new.rowid, new.text);
    END""",
    """CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END""",
    """CREATE TRIGGER entries_fts_update AFTER UPDATE OF text ON entries BEGIN
        INSERT INTO entries_fts(entries_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO entries_fts(rowid, text) VALUES (new.rowid, new.text);
    END""",
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        event TEXT NOT NULL,
        subject TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
)


def _v1_initial(conn: Connection) -> None:
    # One statement at a time: executescript would commit the step's transaction early.
    for statement in _V1_STATEMENTS:
        conn.execute(statement)


def _v2_signing_identity(conn: Connection) -> None:
    # The caseworker's signing key and certificate (and the CA that issued it) live inside
    # the encrypted database, never in a file of their own.
    conn.execute(
        """CREATE TABLE signing_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            source TEXT NOT NULL,
            key_pem BLOB NOT NULL,
            cert_pem BLOB NOT NULL,
            chain_pem BLOB NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )


def _v3_documents(conn: Connection) -> None:
    # Signed documents stay inside the encrypted vault until they are exported and the
    # conversation is purged; a conversation's deletion takes its documents with it.
    conn.execute(
        """CREATE TABLE documents (
            conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            version INTEGER NOT NULL,
            document_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            pdf BLOB NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (conversation_id, kind)
        )"""
    )


def _v4_vault_state(conn: Connection) -> None:
    # The generation counter, raised each time the audit chain's head is written to the key
    # file (anchor.py): a database put back from an older copy is behind the head.
    conn.execute(
        """CREATE TABLE vault_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL
        )"""
    )
    conn.execute("INSERT INTO vault_state(id, generation) VALUES (1, 0)")


def _v5_exports(conn: Connection) -> None:
    # Where the program wrote each export bundle (services/exports.py): removed when the
    # conversation is handed over and deleted, listed in the vault menu while on the disk.
    # No foreign key: a bundle that could not be removed stays listed after the purge.
    conn.execute(
        """CREATE TABLE exports (
            conversation_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            path TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            PRIMARY KEY (conversation_id, path)
        )"""
    )


# Prefix indexes for the first letters typed into search: a query for "mo*" then reads one
# index entry instead of merging every word that starts so.
FTS_PREFIXES = "2 3"


def _v6_search_prefix_index(conn: Connection) -> None:
    # Same table, same triggers (they name it), now with prefix indexes; rebuilt from entries.
    conn.execute("DROP TABLE entries_fts")
    conn.execute(
        f"""CREATE VIRTUAL TABLE entries_fts USING fts5(
            text, content='entries', content_rowid='rowid', tokenize='unicode61',
            prefix='{FTS_PREFIXES}'
        )"""
    )
    conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")


def _v7_conversations_by_status(conn: Connection) -> None:
    # Every unlock asks for the conversations handed over to the case (their retention, for
    # the purge of due ones): without an index that read every conversation's data, ~0.26 s
    # on the benchmark's 10,000 conversations, on the way to the case list.
    conn.execute("CREATE INDEX conversations_by_status ON conversations(status)")


MIGRATIONS: list[Callable[[Connection], None]] = [
    _v1_initial,
    _v2_signing_identity,
    _v3_documents,
    _v4_vault_state,
    _v5_exports,
    _v6_search_prefix_index,
    _v7_conversations_by_status,
]
LATEST_VERSION = len(MIGRATIONS)


def migrate(conn: Connection, target: int = LATEST_VERSION) -> int:
    """Bring the database from its ``user_version`` up to ``target``; returns the new version."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    while version < target:
        step = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
    return version
