"""Tampering with a real signed referat: `borne-samtale verify` catches each way and says which.

tests/documents/test_signing.py covers a flipped byte, an appended update, a re-saved file and
a copy signed with another key on a one-page PDF through pyHanko. Here the documents are the app's
own (a referat and a letter signed together at sign-off), the command runs as the caseworker
or IT would run it, and every kind of tampering gets its own one-line reason: the content
changed, the signature itself damaged, a signature moved in from another document, content
or another signature added afterwards, a signer the municipality does not trust.
"""

import io
import random
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import Handover
from borne_samtale.summary import signing
from borne_samtale.summary.signing import PdfSigningKey, create_local_identity, verify_pdf
from borne_samtale.vault.vault import Vault
from tests.support.common import run_cli
from tests.support.handover import ready_conversation

MALLORY = create_local_identity("Mallory", "Andet Sted")


@cache
def mallory_key() -> PdfSigningKey:
    return PdfSigningKey(MALLORY)  # loading checks the key: a noticeable fraction of a second


@dataclass(frozen=True)
class Signed:
    referat: bytes
    letter: bytes
    trust_pem: bytes  # the local CA: what the municipality's IT trusts


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    from borne_samtale.services import access
    from tests.support.common import PASSPHRASE

    vault: Vault = access.create(tmp_path_factory.mktemp("tamper") / "vault", PASSPHRASE).vault
    try:
        service = ConversationService(vault)
        result = Handover(vault, service).sign(ready_conversation(service).id)
        identity = vault.identity.get()
        assert identity is not None
        return Signed(result.referat.pdf, result.letter.pdf, identity.chain_pem)
    finally:
        vault.close()


# Ways to tamper ---------------------------------------------------------------------------
def _contents_span(pdf: bytes) -> tuple[int, int]:
    """Where the first signature's /Contents hex string lies: the one gap in /ByteRange."""
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    assert match is not None
    start = int(match.group(1)) + int(match.group(2))
    end = int(match.group(3))
    assert pdf[start : start + 1] == b"<"
    assert pdf[end - 1 : end] == b">"
    return start + 1, end - 1  # the hex digits, without < >


def _signature_hex(pdf: bytes) -> bytes:
    start, end = _contents_span(pdf)
    return pdf[start:end].rstrip(b"0")  # the DER signature, without the zero padding


def flip_in_content(pdf: bytes) -> bytes:
    """One bit of the page content, inside what the signature covers."""
    changed = bytearray(pdf)
    at = changed.find(b"/MediaBox")
    changed[at + 12] ^= 0x01
    return bytes(changed)


def flip_in_signature(pdf: bytes) -> bytes:
    """One hex digit near the end of the signature value (RSA's output)."""
    start, _ = _contents_span(pdf)
    at = start + len(_signature_hex(pdf)) - 10
    changed = bytearray(pdf)
    changed[at] = ord("0") if changed[at] != ord("0") else ord("1")
    return bytes(changed)


def append_update(pdf: bytes) -> bytes:
    """An incremental update after the signature, as an editor that keeps it would write."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.root["/Lang"] = generic.TextStringObject("en")
    writer.update_root()  # type: ignore[no-untyped-call]  # pyHanko has no annotation
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def swap_signature(pdf: bytes, donor: bytes) -> bytes:
    """The signature bytes of another signed document, put into this one's /Contents."""
    start, end = _contents_span(pdf)
    moved = _signature_hex(donor)
    assert len(moved) <= end - start, "the donor's signature does not fit"
    return pdf[:start] + moved.ljust(end - start, b"0") + pdf[end:]


def unsigned_original(pdf: bytes) -> bytes:
    """The document as it was before it was signed: the file up to the signature's update."""
    start, _ = _contents_span(pdf)
    return pdf[: pdf.rfind(b"%%EOF", 0, start) + len(b"%%EOF\n")]


def re_sign_with_another_key(pdf: bytes) -> bytes:
    """A copy of the same document, signed afresh by someone else."""
    return mallory_key().sign(unsigned_original(pdf), "Referat af børnesamtale")


def counter_sign(pdf: bytes) -> bytes:
    """A second signature on top of the caseworker's, by someone else."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(
        field_name="Anden underskrift",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=mallory_key()._signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out
    )
    return out.getvalue()


# The command, as IT would run it -------------------------------------------------------
CASES: dict[str, tuple[Callable[[Signed], bytes], str]] = {
    "flipped-byte-in-content": (lambda s: flip_in_content(s.referat), signing.CONTENT_CHANGED),
    "flipped-byte-in-signature": (
        lambda s: flip_in_signature(s.referat),
        signing.SIGNATURE_DAMAGED,
    ),
    "appended-update": (lambda s: append_update(s.referat), signing.ADDED_AFTER),
    "swapped-signature": (
        lambda s: swap_signature(s.referat, donor=s.letter),
        signing.SIGNATURE_MOVED,
    ),
    "re-signed-with-another-key": (
        lambda s: re_sign_with_another_key(s.referat),
        signing.UNTRUSTED,
    ),
    "counter-signed-by-another-key": (lambda s: counter_sign(s.referat), signing.SIGNED_AGAIN),
}


@pytest.fixture(scope="module")
def tampered(signed: Signed) -> dict[str, bytes]:
    return {case: tamper(signed) for case, (tamper, _) in CASES.items()}


def test_each_kind_of_tampering_has_its_own_reason() -> None:
    reasons = [reason for _, reason in CASES.values()]
    assert len(set(reasons)) == len(reasons)


def _verify(tmp_path: Path, pdf: bytes, trust_pem: bytes) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "referat.pdf"
    path.write_bytes(pdf)
    trust = tmp_path / "kommunens-ca.pem"
    trust.write_bytes(trust_pem)
    return run_cli("verify", str(path), "--trust", str(trust))


def test_the_untouched_referat_verifies(tmp_path: Path, signed: Signed) -> None:
    result = _verify(tmp_path, signed.referat, signed.trust_pem)
    assert result.returncode == 0, result.stderr
    assert "Intakt: ja" in result.stdout
    assert "Betroet: ja" in result.stdout


@pytest.mark.parametrize("case", CASES)
def test_verify_catches_the_tampering_and_says_which(
    tmp_path: Path, signed: Signed, tampered: dict[str, bytes], case: str
) -> None:
    _, reason = CASES[case]
    result = _verify(tmp_path, tampered[case], signed.trust_pem)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [f"Fejl: {reason}"]


def test_a_signature_swapped_in_from_another_signers_document_is_caught(signed: Signed) -> None:
    """Mallory's genuine signature on Mallory's own document, moved into the referat."""
    donor = mallory_key().sign(unsigned_original(signed.letter), "Brev til barnet")
    result = verify_pdf(swap_signature(signed.referat, donor), signed.trust_pem)
    assert not result.ok
    assert result.problem == signing.SIGNATURE_MOVED


def test_without_a_trust_anchor_only_the_re_signed_copy_passes(
    tampered: dict[str, bytes],
) -> None:
    """Without --trust, a copy signed afresh by another key is intact on its own terms (the
    signer's name is printed); every other kind of tampering is still caught."""
    for case, (_, reason) in CASES.items():
        result = verify_pdf(tampered[case])
        if case == "re-signed-with-another-key":
            assert result.ok
            assert result.signer == "Mallory"
        else:
            assert (result.ok, result.problem) == (False, reason), case


def test_random_byte_flips_are_never_accepted(signed: Signed) -> None:
    """Seeded flips all over the signed bytes, and changed digits all over the signature value:
    each is caught, with one of verify's reasons. (The rest of /Contents is outside what any
    signature covers by design: the certificates carried along, the zero padding, the case
    of a hex digit. Changing those changes nothing that is checked, in pdfsig either.)"""
    reasons = {
        signing.UNREADABLE,
        signing.NOT_SIGNED,
        signing.UNKNOWN_KIND,  # a flip in the /SubFilter name
        signing.SIGNATURE_UNREADABLE,
        signing.SIGNATURE_DAMAGED,
        signing.SIGNATURE_MOVED,
        signing.CONTENT_CHANGED,
        signing.ADDED_AFTER,
    }
    pdf = signed.referat
    start, end = _contents_span(pdf)
    signature_end = start + len(_signature_hex(pdf))
    rng = random.Random(20261122)
    changed_files = []
    for _ in range(30):
        at = rng.choice([rng.randrange(0, start - 1), rng.randrange(end + 1, len(pdf))])
        changed = bytearray(pdf)
        changed[at] ^= 1 << rng.randrange(8)
        changed_files.append(bytes(changed))
    for _ in range(10):  # RSA-3072: the last 768 hex digits of the DER are the signature value
        at = rng.randrange(signature_end - 768, signature_end)
        changed = bytearray(pdf)
        changed[at] = rng.choice([d for d in b"0123456789abcdef" if d != changed[at] | 0x20])
        changed_files.append(bytes(changed))
    for changed_file in changed_files:
        result = verify_pdf(changed_file, signed.trust_pem)
        assert not result.ok
        assert result.problem in reasons, result.problem


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("case", ["flipped-byte-in-signature", "swapped-signature"])
def test_pdfsig_agrees_the_signature_is_not_valid(
    tmp_path: Path, tampered: dict[str, bytes], case: str
) -> None:
    """An independent check: poppler does not accept these either (it cannot say why)."""
    path = tmp_path / "referat.pdf"
    path.write_bytes(tampered[case])
    pdfsig = shutil.which("pdfsig")
    assert pdfsig is not None
    report = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" not in report.stdout, report.stdout


def test_pdfsig_accepts_the_content_identifier(tmp_path: Path, signed: Signed) -> None:
    """The extra signed attribute naming the document does not upset an independent reader."""
    pdfsig = shutil.which("pdfsig")
    if pdfsig is None:
        pytest.skip("poppler-utils not installed")
    path = tmp_path / "referat.pdf"
    path.write_bytes(signed.referat)
    report = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in report.stdout, report.stdout
    assert "Total document signed" in report.stdout
