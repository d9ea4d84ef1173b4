"""The caseworker's signing identity: made on first need, imported, or exported for trust."""

from pathlib import Path

from borne_samtale.domain import CaseworkerProfile
from borne_samtale.domain.documents import SigningIdentity
from borne_samtale.errors import UserError
from borne_samtale.services.conversations import ConversationService
from borne_samtale.vault.vault import Vault

CERT_FILE = "underskriver.pem"
CA_FILE = "udsteder-ca.pem"


def ensure_identity(vault: Vault, service: ConversationService) -> SigningIdentity:
    """The vault's identity; the first time, a local CA and certificate for the caseworker."""
    from borne_samtale.summary.signing import create_local_identity

    identity = vault.identity.get()
    if identity is None:
        profile = service.caseworker() or CaseworkerProfile()
        if not profile.name.strip():
            raise UserError("Udfyld din profil med navn, før du underskriver.")
        identity = create_local_identity(profile.name, profile.municipality, profile.unit)
        vault.identity.save(identity)
    return identity


def import_pkcs12(vault: Vault, data: bytes, password: str) -> SigningIdentity:
    """Replace the identity with the organisation's certificate (e.g. OCES3)."""
    from borne_samtale.summary.signing import identity_from_pkcs12

    identity = identity_from_pkcs12(data, password)
    vault.identity.save(identity)
    return identity


def export_certificates(vault: Vault, service: ConversationService, out_dir: Path) -> list[Path]:
    """Write the signer's certificate and its issuer(s), so the municipality can trust them."""
    identity = ensure_identity(vault, service)
    written = []
    for name, data in ((CERT_FILE, identity.cert_pem), (CA_FILE, identity.chain_pem)):
        if not data:
            continue
        path = out_dir / name
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise UserError(f"{path} kan ikke skrives ({exc.strerror}).") from None
        written.append(path)
    return written
