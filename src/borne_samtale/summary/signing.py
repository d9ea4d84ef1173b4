"""Signing identities and PAdES signatures (pyHanko), and independent verification.

A local identity is a small CA that issues the caseworker's RSA-3072 certificate: a
self-signed end-entity certificate cannot be trusted by poppler/NSS, a CA can be. RSA keeps
pyHanko at PDF 1.7 (ECDSA makes it declare PDF 2.0, wrong for PDF/A-2). Signing is the very
last step: any rewrite after it breaks the signature.
"""

import io
import logging
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from borne_samtale.domain.documents import IdentitySource, SigningIdentity
from borne_samtale.errors import UserError

KEY_BITS = 3072
CA_YEARS = 10
CERT_YEARS = 3
FIELD_NAME = "Underskrift"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)


def _name(common_name: str, organisation: str, unit: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    parts.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"))
    return x509.Name(parts)


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def create_local_identity(name: str, municipality: str, unit: str = "") -> SigningIdentity:
    """A local CA and the caseworker's certificate issued by it."""
    now = datetime.now(UTC) - timedelta(minutes=5)  # tolerate small clock differences
    ca_key = _key()
    ca_name = _name(f"Børnesamtale lokal CA {municipality}".strip(), municipality)
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = _key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name, municipality, unit))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=365 * CERT_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    # The CA's key is not kept: the app never issues another certificate from it.
    return SigningIdentity(
        source=IdentitySource.LOCAL,
        key_pem=key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        cert_pem=_pem(cert),
        chain_pem=_pem(ca_cert),
    )


def identity_from_pkcs12(data: bytes, password: str) -> SigningIdentity:
    """An organisation's certificate (e.g. an OCES3 employee certificate) from a .p12 file."""
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError:
        raise UserError(
            "Certifikatfilen kan ikke åbnes. Tjek adgangskoden, og at det er en PKCS#12-fil."
        ) from None
    if key is None or cert is None:
        raise UserError("Certifikatfilen indeholder ikke både en nøgle og et certifikat.")
    return SigningIdentity(
        source=IdentitySource.IMPORTED,
        key_pem=key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        cert_pem=_pem(cert),
        chain_pem=b"".join(_pem(c) for c in chain or []),
    )


def signer_name(identity: SigningIdentity) -> str:
    cert = x509.load_pem_x509_certificate(identity.cert_pem)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


@cache
def _signer_class() -> Any:
    """pyHanko's SimpleSigner, made to load the private key once instead of per signature.

    SimpleSigner turns its key into a ``cryptography`` key (which validates it: ~0.15 s for
    RSA-3072) inside every ``sign_raw``, and a PDF signature calls it twice (once to size the
    signature). This subclass keeps the loaded key; mechanisms other than RSA PKCS#1 v1.5
    (what our identities and OCES3 certificates use) go through pyHanko's own code.
    """
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.sign import signers
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class KeptKeySigner(signers.SimpleSigner):
        def __init__(self, *args: Any, private_key: object, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.private_key = private_key

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            try:
                mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
            except ValueError:
                mechanism = None
            if mechanism == "rsassa_pkcs1v15" and isinstance(self.private_key, RSAPrivateKey):
                return self.private_key.sign(
                    data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm)
                )
            signature: bytes = super().sign_raw(data, digest_algorithm)
            return signature

    return KeptKeySigner


class PdfSigningKey:
    """A loaded signer. Loading validates the key (~a quarter second), so load it once."""

    def __init__(self, identity: SigningIdentity) -> None:
        from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        (cert,) = list(load_certs_from_pemder_data(identity.cert_pem))
        chain = list(load_certs_from_pemder_data(identity.chain_pem)) if identity.chain_pem else []
        key = load_private_key_from_pemder_data(identity.key_pem, passphrase=None)
        self.name = signer_name(identity)
        store: Any = SimpleCertificateStore  # its constructor has no type hints
        self._cert = cert
        self._signer: Any = _signer_class()(
            signing_cert=cert,
            signing_key=key,
            cert_registry=store.from_certs(chain),
            private_key=serialization.load_pem_private_key(identity.key_pem, password=None),
        )

    def sign(self, pdf: bytes, reason: str, location: str = "") -> bytes:
        """A PAdES B-B signature over the whole file, added as an incremental update.

        Besides PAdES' own signed attributes, the signature carries the document's permanent
        id (the first half of the trailer's /ID) as ESS content-identifier, so a signature
        moved into another document is told apart from a document changed after signing.
        """
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers

        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        self._signer.signed_attr_prov_spec = _bound_attributes(self._cert, writer.document_id[0])
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason,
            location=location or None,
            name=self.name,
        )
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=self._signer).sign_pdf(writer, output=out)
        return out.getvalue()


CONTENT_IDENTIFIER = "1.2.840.113549.1.9.16.2.7"  # id-aa-contentIdentifier (RFC 2634, ESS)


def _bound_attributes(cert: Any, document_id: bytes) -> Any:
    """PAdES B-B's signed attributes (signing-certificate-v2; pyHanko adds content-type and
    message-digest) and the content-identifier naming the document."""
    from asn1crypto import core
    from pyhanko.sign.attributes import (
        CMSAttributeProvider,
        SignedAttributeProviderSpec,
        SigningCertificateV2Provider,
    )

    class ContentIdentifier(CMSAttributeProvider):
        attribute_type = CONTENT_IDENTIFIER

        async def build_attr_value(self, dry_run: bool = False) -> Any:
            return core.OctetString(document_id)

    class Attributes(SignedAttributeProviderSpec):
        def signed_attr_providers(self, data_digest: bytes, digest_algorithm: str) -> Any:
            yield SigningCertificateV2Provider(signing_cert=cert)
            yield ContentIdentifier()

    return Attributes()


def _signed_document_id(signature: Any) -> bytes | None:
    """The content-identifier in the signature's signed attributes, if it has one."""
    from asn1crypto import core

    for attribute in signature.signer_info["signed_attrs"]:
        if attribute["type"].dotted == CONTENT_IDENTIFIER:
            value: bytes = attribute["values"][0].parse(core.OctetString).native
            return value
    return None


def _document_id(reader: Any) -> bytes | None:
    """The first half of the trailer's /ID: the document's permanent identifier."""
    try:
        first = reader.trailer["/ID"][0]
    except (KeyError, IndexError, TypeError):
        return None
    original = getattr(first, "original_bytes", first)  # a text string keeps its bytes here
    return bytes(original) if isinstance(original, bytes) else None


# What verify says is wrong: one plain sentence for each way a document can be tampered with.
UNREADABLE = "Filen er ikke en læselig PDF."
NOT_SIGNED = "Dokumentet er ikke underskrevet."
SIGNATURE_UNREADABLE = "Underskriften kan ikke læses; dokumentet er ændret eller beskadiget."
SIGNATURE_DAMAGED = "Selve underskriften er beskadiget eller forfalsket."
SIGNATURE_MOVED = "Underskriften er flyttet hertil fra et andet dokument."
CONTENT_CHANGED = "Dokumentet er ændret efter underskriften (indholdet passer ikke)."
SIGNED_AGAIN = "Der er tilføjet en ny underskrift efter den oprindelige."
ADDED_AFTER = "Der er tilføjet indhold efter underskriften."
UNTRUSTED = "Underskriften er ikke udstedt af det betroede certifikat."
UNKNOWN_KIND = "Underskriften er af en slags, programmet ikke kender, så den kan ikke kontrolleres."
TRUST_EMPTY = "Filen med det betroede certifikat er tom."
TRUST_UNREADABLE = "Filen med det betroede certifikat indeholder intet læseligt certifikat."
# Exit 3 of verify: intact, but nobody said whom to trust.
NOT_CHECKED = (
    "Betroet: ikke kontrolleret (underskriveren er ikke holdt op mod en betroet udsteder; "
    "brug --trust, eller gem kommunens certifikat én gang med --set-trust)."
)


@dataclass(frozen=True)
class Verification:
    signed: bool
    intact: bool
    whole_file: bool  # nothing was added after the signature
    trusted: bool | None  # None when no trust anchor was given
    signer: str
    signed_at: datetime | None
    problem: str  # one plain sentence when something is wrong, else ""

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.whole_file and self.trusted is not False


def verify_pdf(pdf: bytes, trust_pem: bytes | None = None) -> Verification:
    """Check the document's original (first) signature: genuine, made for this document,
    intact, covering the whole file with no signature after it, and (when ``trust_pem`` is
    given) issued by one of its certificates.

    ``trust_pem`` None means no trust anchor: the answer's ``trusted`` is None, never True.
    An anchor that holds no certificate (an empty file, as a failed copy leaves) is a
    problem of its own, never read as "no anchor". A malformed file is an answer (one of
    the sentences above), never an exception, and pyHanko's warnings are kept off stderr.
    """
    quiet = logging.getLogger("pyhanko")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # a rejected file is an answer here, not a log entry
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _verify(pdf, trust_pem)
    except Exception:  # pyHanko raises many kinds (AttributeError, OverflowError …) on junk
        return Verification(False, False, False, None, "", None, SIGNATURE_UNREADABLE)
    finally:
        quiet.setLevel(level)


def trust_roots(trust_pem: bytes) -> list[Any]:
    """The certificates in a trust anchor file (PEM or DER); an error if there are none."""
    from pyhanko.keys import load_certs_from_pemder_data

    if not trust_pem.strip():
        raise UserError(TRUST_EMPTY)
    try:
        roots = list(load_certs_from_pemder_data(trust_pem))
    except Exception:  # asn1crypto and pyHanko raise several kinds on a damaged file
        raise UserError(TRUST_UNREADABLE) from None
    if not roots:
        raise UserError(TRUST_UNREADABLE)
    return roots


def _verify(pdf: bytes, trust_pem: bytes | None) -> Verification:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    def failed(problem: str, signer: str = "", at: datetime | None = None) -> Verification:
        return Verification(bool(signer), False, False, None, signer, at, problem)

    try:
        roots = trust_roots(trust_pem) if trust_pem is not None else []
    except UserError as exc:
        return failed(str(exc))
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # a damaged cross-reference table reaches pyHanko as many kinds
        return failed(UNREADABLE)
    if not signatures:
        try:
            filled = any(True for _ in enumerate_sig_fields(reader, filled_status=True))
        except Exception:
            filled = False
        return failed(UNKNOWN_KIND if filled else NOT_SIGNED)
    signature = signatures[0]  # in the order they were made
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(signature, context)
        bound_to = _signed_document_id(signature)
    except Exception:  # pyHanko raises many kinds on mangled signatures
        return failed(SIGNATURE_UNREADABLE)
    signer = ""
    if status.signing_cert is not None:
        names = status.signing_cert.subject.native
        signer = str(names.get("common_name") or status.signing_cert.subject.human_friendly)
    at = status.signer_reported_dt
    genuine = bool(status.valid)  # the signature over its signed attributes checks out
    moved = genuine and bound_to is not None and bound_to != _document_id(reader)
    intact = bool(status.intact) and genuine and not moved
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    trusted = bool(status.trusted) if trust_pem is not None else None
    if not genuine:
        problem = SIGNATURE_DAMAGED
    elif moved:
        problem = SIGNATURE_MOVED
    elif not intact:
        problem = CONTENT_CHANGED
    elif not whole:
        problem = SIGNED_AGAIN if len(signatures) > 1 else ADDED_AFTER
    elif trusted is False:
        problem = UNTRUSTED
    else:
        problem = ""
    return Verification(True, intact, whole, trusted, signer, at, problem)
