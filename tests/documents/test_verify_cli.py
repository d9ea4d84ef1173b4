"""`borne-samtale verify` exit codes a script can rely on, through the real command.

0: intact and traced to the given trusted issuer. 3: intact, but no trust anchor was given,
so the signer was not checked (and the output says so in one line). 1: not intact, not
traceable to the anchor, an anchor file with no certificate in it, or a malformed PDF; one
line on stderr, never a traceback or a library's warning.
"""

import io
import re
from pathlib import Path

import pikepdf
import pytest

from borne_samtale.summary import signing
from borne_samtale.summary.signing import PdfSigningKey, create_local_identity, verify_pdf
from borne_samtale.vault.location import default_trust_file
from tests.support.common import run_cli

GENUINE = create_local_identity("Lise Holm", "Demo Kommune", "Børn og Unge")
# A self-made CA with exactly the same names: what a forger makes in a minute.
FORGED = create_local_identity("Lise Holm", "Demo Kommune", "Børn og Unge")


def _plain_pdf() -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


SIGNED = PdfSigningKey(GENUINE).sign(_plain_pdf(), "Referat af børnesamtale")
FORGERY = PdfSigningKey(FORGED).sign(_plain_pdf(), "Referat af børnesamtale")


def _one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Fejl: ")
    return lines[0]


def _verify(tmp_path: Path, pdf: bytes, trust: bytes | None = None) -> tuple[int, str, str]:
    path = tmp_path / "referat.pdf"
    path.write_bytes(pdf)
    args = ["verify", str(path)]
    if trust is not None:
        anchor = tmp_path / "kommunens-ca.pem"
        anchor.write_bytes(trust)
        args += ["--trust", str(anchor)]
    result = run_cli(*args)
    return result.returncode, result.stdout, result.stderr


def test_intact_and_traced_to_the_trusted_issuer_is_0(tmp_path: Path) -> None:
    code, out, err = _verify(tmp_path, SIGNED, GENUINE.chain_pem)
    assert code == 0, err
    assert "Intakt: ja" in out
    assert "Betroet: ja" in out
    assert err == ""


def test_intact_without_a_trust_anchor_is_3_and_says_the_signer_was_not_checked(
    tmp_path: Path,
) -> None:
    """Genuine and forged look alike without an anchor, so neither may exit 0."""
    for pdf in (SIGNED, FORGERY):
        code, out, err = _verify(tmp_path, pdf)
        assert code == 3, err
        assert "Intakt: ja" in out
        assert [line for line in out.splitlines() if line.startswith("Betroet")] == [
            signing.NOT_CHECKED
        ]
        assert err == ""


def test_a_forgery_with_the_same_names_is_1_against_the_real_anchor(tmp_path: Path) -> None:
    code, out, err = _verify(tmp_path, FORGERY, GENUINE.chain_pem)
    assert code == 1
    assert "Betroet: nej" in out
    assert _one_line_error(err) == f"Fejl: {signing.UNTRUSTED}"


@pytest.mark.parametrize(
    ("anchor", "message"),
    [
        (b"", signing.TRUST_EMPTY),
        (b"\n \n", signing.TRUST_EMPTY),
        (b"just some text, no certificate", signing.TRUST_UNREADABLE),
        (
            b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
            signing.TRUST_UNREADABLE,
        ),
        (GENUINE.key_pem, signing.TRUST_UNREADABLE),  # a key, not a certificate
    ],
    ids=["empty", "blank", "text", "damaged-pem", "private-key"],
)
def test_an_anchor_file_without_a_certificate_is_1_never_no_anchor(
    tmp_path: Path, anchor: bytes, message: str
) -> None:
    """An empty file is what a failed copy leaves: it must not switch the trust check off."""
    for pdf in (SIGNED, FORGERY):
        code, out, err = _verify(tmp_path, pdf, anchor)
        assert code == 1, out
        assert _one_line_error(err) == f"Fejl: {message}"
        assert "Betroet: ja" not in out


def test_an_unreadable_anchor_file_is_1(tmp_path: Path) -> None:
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(SIGNED)
    for anchor in (tmp_path / "findes-ikke.pem", tmp_path):  # missing; a folder
        result = run_cli("verify", str(pdf), "--trust", str(anchor))
        assert result.returncode == 1
        assert "kan ikke læses" in _one_line_error(result.stderr)


def _same_length(data: bytes, pattern: bytes, replacement: bytes) -> bytes:
    """Replace the first match, padded with spaces, so every offset in the file still holds."""
    match = re.search(pattern, data)
    assert match is not None, pattern
    old = match.group(0)
    assert len(replacement) <= len(old)
    return data[: match.start()] + replacement.ljust(len(old)) + data[match.end() :]


def _xref_entries(data: bytes) -> list[int]:
    """Offsets of the in-use entries of the last cross-reference section."""
    start = data.rindex(b"\nxref\n")
    end = data.index(b"trailer", start)
    return [start + m.start() + 1 for m in re.finditer(rb" n \r?\n", data[start:end])]


def _damaged_xref(data: bytes, at: int) -> bytes:
    # What the fuzzer found: an in-use entry's "n" and end of line overwritten by a number.
    return data[:at] + b"3.5" + data[at + 3 :]


MALFORMED = {
    "unknown-subfilter": _same_length(
        SIGNED, rb"/SubFilter\s*/ETSI\.CAdES\.detached", b"/SubFilter /Foo.Bar.unknown"
    ),
    "byterange-name": _same_length(SIGNED, rb"/ByteRange\s*\[[^\]]*\]", b"/ByteRange /X"),
    "byterange-huge": _same_length(
        SIGNED, rb"/ByteRange\s*\[[^\]]*\]", b"/ByteRange [0 9999999999 1 2]"
    ),
    "byterange-float": _same_length(SIGNED, rb"/ByteRange\s*\[[^\]]*\]", b"/ByteRange [0.5 1.5]"),
    "byterange-exponent": _same_length(SIGNED, rb"/ByteRange\s*\[[^\]]*\]", b"/ByteRange [1e308]"),
    "contents-number": _same_length(SIGNED, rb"/Contents\s*<[0-9a-fA-F]+>", b"/Contents 5"),
    **{f"xref-entry-{n}": _damaged_xref(SIGNED, at) for n, at in enumerate(_xref_entries(SIGNED))},
}
ANSWERS = {
    signing.UNREADABLE,
    signing.NOT_SIGNED,
    signing.UNKNOWN_KIND,
    signing.SIGNATURE_UNREADABLE,
    signing.SIGNATURE_DAMAGED,
    signing.CONTENT_CHANGED,
    signing.ADDED_AFTER,
}


def test_the_damaged_cross_reference_entries_include_the_one_the_fuzzer_found() -> None:
    assert len([case for case in MALFORMED if case.startswith("xref-entry-")]) >= 3


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_pdf_is_an_answer_not_an_exception(
    case: str, capfd: pytest.CaptureFixture[str]
) -> None:
    for anchor in (None, GENUINE.chain_pem):
        result = verify_pdf(MALFORMED[case], anchor)
        assert not result.ok
        assert result.problem in ANSWERS, result.problem
    captured = capfd.readouterr()
    assert captured.err == ""  # no warning, no traceback from the library
    assert captured.out == ""


@pytest.mark.parametrize(
    "case",
    ["unknown-subfilter", "byterange-name", "contents-number"]
    + [case for case in MALFORMED if case.startswith("xref-entry-")],  # one was an AttributeError
)
def test_verify_of_a_malformed_pdf_is_one_line_and_exit_1(tmp_path: Path, case: str) -> None:
    code, out, err = _verify(tmp_path, MALFORMED[case], GENUINE.chain_pem)
    assert code == 1, out
    line = _one_line_error(err)
    assert line.removeprefix("Fejl: ") in ANSWERS
    assert "WARNING" not in err
    assert "pyhanko" not in err.lower()


def test_an_unknown_signature_kind_is_said_as_such() -> None:
    assert verify_pdf(MALFORMED["unknown-subfilter"]).problem == signing.UNKNOWN_KIND


def test_the_organisations_ca_saved_once_is_checked_by_default(tmp_path: Path) -> None:
    """IT saves the municipality's CA once; from then on `verify` without --trust traces
    every signature to it (0 or 1, never 3)."""
    anchor = tmp_path / "kommunens-ca.pem"
    anchor.write_bytes(GENUINE.chain_pem)
    saved = run_cli("verify", "--set-trust", str(anchor))
    assert saved.returncode == 0, saved.stderr
    stored = default_trust_file()
    assert stored.read_bytes() == GENUINE.chain_pem
    assert stored.stat().st_mode & 0o077 == 0
    code, out, err = _verify(tmp_path, SIGNED)
    assert code == 0, err
    assert "Betroet: ja" in out
    assert f"Kontrolleret mod: {stored}" in out
    code, out, err = _verify(tmp_path, FORGERY)
    assert code == 1
    assert _one_line_error(err) == f"Fejl: {signing.UNTRUSTED}"


def test_a_saved_anchor_that_became_empty_is_1_not_3(tmp_path: Path) -> None:
    stored = default_trust_file()
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(b"")
    code, _out, err = _verify(tmp_path, SIGNED)
    assert code == 1
    assert _one_line_error(err) == f"Fejl: {signing.TRUST_EMPTY}"


@pytest.mark.parametrize("anchor", [b"", b"ikke et certifikat"], ids=["empty", "text"])
def test_set_trust_refuses_a_file_without_a_certificate(tmp_path: Path, anchor: bytes) -> None:
    path = tmp_path / "ca.pem"
    path.write_bytes(anchor)
    result = run_cli("verify", "--set-trust", str(path))
    assert result.returncode == 1
    assert "certifikat" in _one_line_error(result.stderr)
    assert not default_trust_file().exists()


def test_an_anchor_named_by_the_environment_but_missing_is_1(tmp_path: Path) -> None:
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(SIGNED)
    missing = tmp_path / "findes-ikke.pem"
    result = run_cli("verify", str(pdf), env={"BORNE_SAMTALE_TRUST": str(missing)})
    assert result.returncode == 1
    assert "findes ikke" in _one_line_error(result.stderr)
