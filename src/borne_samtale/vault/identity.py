"""The signing identity kept inside the vault: a private key, its certificate and the chain."""

from datetime import UTC, datetime
from typing import Any

from borne_samtale.domain.documents import IdentitySource, SigningIdentity
from borne_samtale.vault.repositories import transaction

__all__ = ["IdentityRepository", "IdentitySource", "SigningIdentity"]  # the types live in domain

Connection = Any


class IdentityRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self) -> SigningIdentity | None:
        row = self._conn.execute(
            "SELECT source, key_pem, cert_pem, chain_pem FROM signing_identity WHERE id = 1"
        ).fetchone()
        if row is None:
            return None
        return SigningIdentity(IdentitySource(row[0]), bytes(row[1]), bytes(row[2]), bytes(row[3]))

    def save(self, identity: SigningIdentity) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO signing_identity(id, source, key_pem, cert_pem, chain_pem, created_at)"
                " VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET source = excluded.source,"
                " key_pem = excluded.key_pem, cert_pem = excluded.cert_pem,"
                " chain_pem = excluded.chain_pem, created_at = excluded.created_at",
                (
                    identity.source.value,
                    identity.key_pem,
                    identity.cert_pem,
                    identity.chain_pem,
                    datetime.now(UTC).isoformat(),
                ),
            )
