"""The signing identity and the signed documents, as plain values.

The signed documents as plain values: the caseworker's signing identity (key, certificate,
chain) and a stored document (the referat or the letter, as signed PDF bytes).

The vault stores them and the documents layer signs with them; neither owns the types, so
summary/ needs nothing from vault/.
"""

from dataclasses import dataclass
from enum import StrEnum


class IdentitySource(StrEnum):
    LOCAL = "local"  # made by the app: a local CA issued the caseworker's certificate
    IMPORTED = "imported"  # an organisation's PKCS#12, e.g. an OCES3 employee certificate


@dataclass(frozen=True)
class SigningIdentity:
    source: IdentitySource
    key_pem: bytes
    cert_pem: bytes
    chain_pem: bytes  # issuing CA certificates, PEM, possibly several


class DocumentKind(StrEnum):
    REFERAT = "referat"
    LETTER = "letter"


@dataclass(frozen=True)
class StoredDocument:
    kind: DocumentKind
    version: int
    document_id: str
    sha256: str
    pdf: bytes
