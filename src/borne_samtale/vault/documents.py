"""Signed documents (referat, letter) stored in the vault until hand-over."""

import hashlib
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from borne_samtale.domain.documents import DocumentKind, StoredDocument
from borne_samtale.vault.repositories import transaction

__all__ = ["DocumentKind", "DocumentRepository", "StoredDocument"]  # the types live in domain

Connection = Any


class DocumentRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(
        self, conversation_id: UUID, kind: DocumentKind, version: int, document_id: str, pdf: bytes
    ) -> StoredDocument:
        digest = hashlib.sha256(pdf).hexdigest()
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO documents(conversation_id, kind, version, document_id, sha256, pdf,"
                " created_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(conversation_id, kind) DO UPDATE"
                " SET version = excluded.version, document_id = excluded.document_id,"
                " sha256 = excluded.sha256, pdf = excluded.pdf, created_at = excluded.created_at",
                (
                    str(conversation_id),
                    kind.value,
                    version,
                    document_id,
                    digest,
                    pdf,
                    datetime.now(UTC).isoformat(),
                ),
            )
        return StoredDocument(kind, version, document_id, digest, pdf)

    def get(self, conversation_id: UUID, kind: DocumentKind) -> StoredDocument | None:
        row = self._conn.execute(
            "SELECT kind, version, document_id, sha256, pdf FROM documents"
            " WHERE conversation_id = ? AND kind = ?",
            (str(conversation_id), kind.value),
        ).fetchone()
        if row is None:
            return None
        return StoredDocument(DocumentKind(row[0]), row[1], row[2], row[3], bytes(row[4]))
