"""The referat of a long conversation: render, PDF/A, sign; the first time and after.

The conversation is the project's own complete demo conversation (interpreter, scale,
three houses, network map, read-back) with 200 invented entries added, which makes a
referat well over ten pages. The summary layer is called directly, as ``Handover.sign``
calls it: ``render_referat``, ``to_pdfa``, ``PdfSigningKey.sign``.

"First" is the first referat in a fresh process: it includes importing reportlab, pikepdf
and pyHanko, registering the fonts and loading the signing key (once per session in the
app). The signing identity itself is made beforehand in another process (the app makes it
once per vault).
"""

import argparse
import io
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.common import BENCH_PASSPHRASE, Result, emit, median, percentile, progress, run_child
from bench.corpus import TextMaker

EXTRA_ENTRIES = 200
LATER_RUNS = 7


def _make_identity(folder: Path) -> None:
    from borne_samtale.summary.signing import create_local_identity

    identity = create_local_identity("Bench Rådgiver", "Bench Kommune", "Børn og Familie")
    (folder / "key.pem").write_bytes(identity.key_pem)
    (folder / "cert.pem").write_bytes(identity.cert_pem)
    (folder / "chain.pem").write_bytes(identity.chain_pem)
    emit({"made": True})


def _document_input(folder: Path) -> object:
    """The demo conversation with an interpreter, plus 200 entries (in memory)."""
    from borne_samtale.domain import CaseworkerProfile, Entry, IcsDimension, Perspective
    from borne_samtale.domain.signoff import checklist
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.services.demo_documents import demo_conversations
    from borne_samtale.summary.model import DocumentInput

    vault = access.create(folder / "vault", BENCH_PASSPHRASE).vault
    try:
        service = ConversationService(vault)
        first = demo_conversations(service)[0]
        conversation = service.get(first.id)
        child = service.child(conversation.child_id)
        caseworker = service.caseworker() or CaseworkerProfile()
        history = service.scale_history(child.id)
    finally:
        vault.close()
    text = TextMaker(2026)
    perspectives = [
        Perspective.CHILD_VIA_INTERPRETER,
        Perspective.CASEWORKER_OBSERVATION,
        Perspective.CASEWORKER_PARAPHRASE,
        Perspective.CHILD_VIA_INTERPRETER,
        Perspective.CASEWORKER_ASSESSMENT,
    ]
    dimensions = list(IcsDimension)
    for number in range(EXTRA_ENTRIES):
        perspective = perspectives[number % len(perspectives)]
        conversation.entries.append(
            Entry(
                text=text.text(70 if perspective.is_child_voice else 180, 900),
                perspective=perspective,
                ics=[dimensions[number % len(dimensions)]],
            )
        )
    return DocumentInput(
        conversation=conversation,
        child=child,
        caseworker=caseworker,
        checklist=checklist(conversation, child, caseworker),
        scale_history=[p for p in history if p.at <= conversation.starts_at],
        document_id=f"BS-{conversation.id.hex[:10].upper()}-V1",
        version=1,
        written_at=datetime(2026, 11, 20, 15, 30, tzinfo=UTC),
        contact_phone=caseworker.phone,
    )


def _child(folder: Path) -> None:
    from borne_samtale.vault.identity import IdentitySource, SigningIdentity

    data = _document_input(folder)
    identity = SigningIdentity(
        IdentitySource.LOCAL,
        (folder / "key.pem").read_bytes(),
        (folder / "cert.pem").read_bytes(),
        (folder / "chain.pem").read_bytes(),
    )
    heavy = ("reportlab", "pikepdf", "pyhanko")
    already = sorted(m for m in sys.modules if m.split(".")[0] in heavy)

    start = time.perf_counter()
    from borne_samtale.summary.pdfa import to_pdfa
    from borne_samtale.summary.referat import metadata_title, render_referat
    from borne_samtale.summary.signing import PdfSigningKey

    key = PdfSigningKey(identity)
    key_loaded = time.perf_counter()

    def one() -> tuple[bytes, dict[str, float]]:
        steps: dict[str, float] = {}
        begin = time.perf_counter()
        pdf = render_referat(data)  # type: ignore[arg-type]
        steps["render"] = time.perf_counter() - begin
        begin = time.perf_counter()
        archival = to_pdfa(pdf, metadata_title(data))  # type: ignore[arg-type]
        steps["pdfa"] = time.perf_counter() - begin
        begin = time.perf_counter()
        signed = key.sign(archival, "Referat af børnesamtale")
        steps["sign"] = time.perf_counter() - begin
        return signed, steps

    signed, first_steps = one()
    first_total = time.perf_counter() - start
    later_totals = []
    later_steps: dict[str, list[float]] = {"render": [], "pdfa": [], "sign": []}
    for _ in range(LATER_RUNS):
        begin = time.perf_counter()
        _pdf, steps = one()
        later_totals.append(time.perf_counter() - begin)
        for name, seconds in steps.items():
            later_steps[name].append(seconds)

    import pikepdf

    with pikepdf.open(io.BytesIO(signed)) as document:
        pages = len(document.pages)
    emit(
        {
            "first_s": first_total,
            "first_imports_and_key_s": key_loaded - start,
            "first_steps_s": first_steps,
            "later_s": later_totals,
            "later_median_s": median(later_totals),
            "later_p95_s": percentile(later_totals, 95),
            "later_steps_median_s": {name: median(v) for name, v in later_steps.items()},
            "pages": pages,
            "entries": len(data.conversation.entries),  # type: ignore[attr-defined]
            "bytes": len(signed),
            "preloaded_modules": already,
        }
    )


def measure() -> Result:
    with tempfile.TemporaryDirectory(prefix="borne-bench-referat-") as tmp:
        folder = Path(tmp)
        run_child("bench.referat", "identity", str(folder))
        result = run_child("bench.referat", "child", str(folder))
    if result["pages"] < 10:
        raise RuntimeError(f"the long referat has only {result['pages']} pages")
    if result["preloaded_modules"]:
        raise RuntimeError(f"summary libraries were imported early: {result['preloaded_modules']}")
    progress(
        f"  referat ({result['pages']} pages): first {result['first_s'] * 1000:.0f} ms, "
        f"later median {result['later_median_s'] * 1000:.0f} ms"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    for name in ("identity", "child"):
        sub.add_parser(name).add_argument("folder")
    sub.add_parser("run")
    args = parser.parse_args()
    if args.mode == "identity":
        _make_identity(Path(args.folder))
    elif args.mode == "child":
        _child(Path(args.folder))
    else:
        emit(measure())


if __name__ == "__main__":
    main()
