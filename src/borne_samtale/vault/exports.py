"""Where the program wrote each export bundle, remembered inside the (encrypted) vault.

The rows only: deciding whether a folder on the disk is still the program's, and removing
it, is services/exports.py.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

Connection = Any


@dataclass(frozen=True)
class Export:
    conversation_id: str
    document_id: str
    path: Path
    exported_at: str


class ExportRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def record(self, conversation_id: str, document_id: str, folder: Path, at: datetime) -> None:
        """Remember a bundle the program wrote (inside the caller's transaction)."""
        self._conn.execute(
            "INSERT OR REPLACE INTO exports(conversation_id, document_id, path, exported_at)"
            " VALUES (?,?,?,?)",
            (conversation_id, document_id, str(folder.resolve()), at.isoformat()),
        )

    def recorded(self, conversation_id: str | None = None) -> list[Export]:
        """Oldest first; of one conversation or of all."""
        sql = "SELECT conversation_id, document_id, path, exported_at FROM exports"
        rows = (
            self._conn.execute(
                sql + " WHERE conversation_id = ? ORDER BY exported_at", (conversation_id,)
            )
            if conversation_id is not None
            else self._conn.execute(sql + " ORDER BY exported_at")
        ).fetchall()
        return [Export(r[0], r[1], Path(r[2]), r[3]) for r in rows]

    def forget(self, conversation_id: str, folder: Path) -> None:
        """Drop the record of a bundle that is gone from the disk."""
        self._conn.execute(
            "DELETE FROM exports WHERE conversation_id = ? AND path = ?",
            (conversation_id, str(folder)),
        )
