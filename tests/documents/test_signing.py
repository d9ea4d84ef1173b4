"""Signatures: valid after signing; a flipped byte, an appended update, a re-saved file and a
re-signed copy are each caught, by pyHanko's validator and (where installed) poppler's pdfsig."""

import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest

from borne_samtale.domain.documents import IdentitySource, SigningIdentity
from borne_samtale.summary.signing import (
    PdfSigningKey,
    create_local_identity,
    identity_from_pkcs12,
    signer_name,
    verify_pdf,
)
from borne_samtale.vault.vault import Vault
from tests.support.common import run_cli

IDENTITY = create_local_identity("Lise Holm", "Demo Kommune", "Børn og Unge")
OTHER = create_local_identity("Mallory", "Andet Sted")
KEY = PdfSigningKey(IDENTITY)


def _plain_pdf() -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


SIGNED = KEY.sign(_plain_pdf(), "Referat af børnesamtale")


def _flip_byte(data: bytes) -> bytes:
    changed = bytearray(data)
    at = changed.find(b"/MediaBox")
    changed[at + 12] ^= 0x01
    return bytes(changed)


def _append_update(data: bytes) -> bytes:
    """An incremental update after the signature, as an editor that keeps it would write."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    writer.root["/Lang"] = generic.TextStringObject("da")
    writer.update_root()  # type: ignore[no-untyped-call]  # pyHanko has no annotation
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def _resave(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def test_a_fresh_signature_is_intact_and_trusted_by_its_ca() -> None:
    result = verify_pdf(SIGNED, IDENTITY.chain_pem)
    assert result.ok
    assert (result.intact, result.whole_file, result.trusted) == (True, True, True)
    assert result.signer == "Lise Holm"
    assert result.signed_at is not None
    assert signer_name(IDENTITY) == "Lise Holm"
    assert SIGNED[:8] == b"%PDF-1.7" or SIGNED[:8].startswith(b"%PDF-1.")


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (_flip_byte, "ændret efter underskriften"),
        (_append_update, "tilføjet indhold"),
        (_resave, ""),
    ],
    ids=["flipped-byte", "appended-update", "re-saved"],
)
def test_tampering_is_caught(tamper: Callable[[bytes], bytes], expected: str) -> None:
    result = verify_pdf(tamper(SIGNED), IDENTITY.chain_pem)
    assert not result.ok
    assert expected in result.problem


def test_a_copy_re_signed_with_another_key_is_not_trusted() -> None:
    forged = PdfSigningKey(OTHER).sign(_plain_pdf(), "Referat af børnesamtale")
    assert verify_pdf(forged).ok  # intact on its own terms …
    result = verify_pdf(forged, IDENTITY.chain_pem)  # … but not by the municipality's anchor
    assert not result.ok
    assert "betroede" in result.problem


def test_unsigned_and_unreadable_files_are_reported() -> None:
    assert verify_pdf(_plain_pdf()).problem == "Dokumentet er ikke underskrevet."
    assert verify_pdf(b"not a pdf").problem == "Filen er ikke en læselig PDF."


def test_pkcs12_import_signs_too(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        load_pem_private_key,
        pkcs12,
    )
    from cryptography.x509 import load_pem_x509_certificate

    p12 = pkcs12.serialize_key_and_certificates(
        b"medarbejder",
        load_pem_private_key(IDENTITY.key_pem, None),  # type: ignore[arg-type]
        load_pem_x509_certificate(IDENTITY.cert_pem),
        [load_pem_x509_certificate(IDENTITY.chain_pem)],
        BestAvailableEncryption(b"hemmelig"),
    )
    imported = identity_from_pkcs12(p12, "hemmelig")
    assert imported.source is IdentitySource.IMPORTED
    signed = PdfSigningKey(imported).sign(_plain_pdf(), "test")
    assert verify_pdf(signed, IDENTITY.chain_pem).ok
    with pytest.raises(Exception, match="adgangskoden"):
        identity_from_pkcs12(p12, "forkert")


def test_the_identity_is_kept_inside_the_vault(vault: Vault) -> None:
    assert vault.identity.get() is None
    vault.identity.save(IDENTITY)
    stored = vault.identity.get()
    assert isinstance(stored, SigningIdentity)
    assert stored == IDENTITY


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(
    ("data", "valid"),
    [(SIGNED, True), (_flip_byte(SIGNED), False), (_append_update(SIGNED), False)],
    ids=["signed", "flipped-byte", "appended-update"],
)
def test_pdfsig_agrees(tmp_path: Path, data: bytes, valid: bool) -> None:
    path = tmp_path / "referat.pdf"
    path.write_bytes(data)
    pdfsig = shutil.which("pdfsig")
    assert pdfsig is not None
    result = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False)
    # pdfsig exits 0 even on a digest mismatch: read what it says.
    report = result.stdout
    intact = "Signature is Valid" in report and "Total document signed" in report
    assert intact is valid, report


def test_verify_command(tmp_path: Path) -> None:
    good = tmp_path / "referat.pdf"
    good.write_bytes(SIGNED)
    trust = tmp_path / "ca.pem"
    trust.write_bytes(IDENTITY.chain_pem)
    result = run_cli("verify", str(good), "--trust", str(trust))
    assert result.returncode == 0, result.stderr
    assert "Underskrevet af: Lise Holm" in result.stdout
    assert "Betroet: ja" in result.stdout

    bad = tmp_path / "ændret.pdf"
    bad.write_bytes(_flip_byte(SIGNED))
    result = run_cli("verify", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "Fejl: Dokumentet er ændret efter underskriften (indholdet passer ikke)."
    ]
    other = tmp_path / "anden.pem"
    other.write_bytes(OTHER.chain_pem)
    result = run_cli("verify", str(good), "--trust", str(other))
    assert result.returncode == 1
    assert "Betroet: nej" in result.stdout
