"""The front door: the GUI by default, headless subcommands for scripts, IT and tests.

Exit codes: 0 success, 1 a user error (one plain sentence on stderr), 2 a usage error; and
for ``verify`` 3: intact, but the signer was not checked against a trusted issuer.
"""

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from borne_samtale import __version__
from borne_samtale.errors import UserError
from borne_samtale.process import prepare_process, run_reporting

if TYPE_CHECKING:
    from uuid import UUID

PASSPHRASE_ENV = "BORNE_SAMTALE_PASSPHRASE"  # noqa: S105 - a variable name, not a secret


def _vault_dir(args: argparse.Namespace) -> Path:
    from borne_samtale.vault.location import default_vault_dir

    return Path(args.vault) if args.vault else default_vault_dir()


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file, then $BORNE_SAMTALE_PASSPHRASE, then asked at the terminal."""
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise UserError(f"Filen med adgangsfrasen kan ikke læses ({exc.strerror}).") from None
        return text.rstrip("\r\n")
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise UserError(
            f"Ingen adgangsfrase. Angiv den med --passphrase-file eller {PASSPHRASE_ENV}."
        )
    import getpass

    first = getpass.getpass("Adgangsfrase: ")
    if confirm and getpass.getpass("Gentag adgangsfrasen: ") != first:
        raise UserError("De to adgangsfraser er ikke ens.")
    return first


def _cmd_init(args: argparse.Namespace) -> int:
    from borne_samtale.services import access

    folder = _vault_dir(args)
    new = access.create(folder, _passphrase(args, confirm=True))
    access.lock(new.vault)
    print(f"Boksen er oprettet i {folder}.")
    print("Gendannelseskode (vises kun denne ene gang; skriv den ned og gem den sikkert):")
    print(f"  {new.recovery_code}")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService, read_record_file

    record = read_record_file(Path(args.file))  # validated before the vault is touched
    vault = access.unlock(_vault_dir(args), _passphrase(args))
    try:
        service = ConversationService(vault)
        conversation = service.import_record(record)
        profile, adopted = service.adopt_caseworker(record.caseworker)
    finally:
        access.lock(vault)
    print(f"Samtalen er importeret (id {conversation.id}).")
    if adopted:
        print(f"Rådgiveren fra filen ({profile.name}) er gemt som boksens rådgiver.")
    elif profile.name.strip():
        print(f"Boksens rådgiver ({profile.name}) bruges; rådgiveren i filen er ikke gemt.")
    else:
        print("Boksen har ingen rådgiver, og filen nævner ingen: udfyld profilen før underskrift.")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.summary.model import local

    vault = access.unlock(_vault_dir(args), _passphrase(args))
    try:
        service = ConversationService(vault)
        cases = {c.id: c.case_number for c in service.children_listing()}
        for summary in service.summaries():
            start = local(summary.starts_at).strftime("%Y-%m-%d %H:%M")
            case = cases.get(summary.child_id, "")
            fields = (str(summary.id), start, case, summary.purpose.value, summary.status.value)
            print("\t".join(" ".join(f.split()) for f in fields))
    finally:
        access.lock(vault)
    return 0


def _cmd_sign(args: argparse.Namespace) -> int:
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.services.handover import ChecklistIncomplete, Handover

    conversation_id = _conversation_id(args.conversation)
    out = _existing_folder(args.out)
    vault = access.unlock(_vault_dir(args), _passphrase(args))
    try:
        handover = Handover(vault, ConversationService(vault))
        try:
            signed = handover.sign(conversation_id)
        except ChecklistIncomplete as refused:
            print("Fejl: Samtalen kan ikke underskrives endnu.", file=sys.stderr)
            for item in refused.missing:
                print(f"Mangler: {item.title} ({item.reference})", file=sys.stderr)
            return 1
        bundle = handover.export(signed.conversation.id, out)
    finally:
        access.lock(vault)
    print(f"Underskrevet og eksporteret til {bundle}")
    return 0


def _existing_folder(text: str) -> Path:
    """The --out folder, which must exist: nothing is made in a mistyped place."""
    folder = Path(text)
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} findes ikke.")
    return folder


def _conversation_id(text: str) -> "UUID":
    from uuid import UUID

    try:
        return UUID(text)
    except ValueError:
        raise UserError("Samtalens id skal være et UUID, fx fra 'borne-samtale list'.") from None


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from borne_samtale.domain import ConversationRecord

    print(json.dumps(ConversationRecord.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _cmd_guides_check(args: argparse.Namespace) -> int:
    from borne_samtale.guides import check_guides
    from borne_samtale.guides.quality import lix_by_band
    from borne_samtale.resources import guides_dir

    directory = Path(args.dir) if args.dir else guides_dir()
    guides, problems = check_guides(directory)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} fejl i guidefilerne.", file=sys.stderr)
        return 1
    for guide in guides:
        print(f"OK  {guide.id} (version {guide.version}): {guide.title}")
        readability = ", ".join(
            f"{band} år {value:.0f}" for band, value in lix_by_band(guide).items()
        )
        print(f"    LIX for det, barnet hører: {readability}")
    return 0


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    from borne_samtale.services import access
    from borne_samtale.vault.audit import TAMPER_EVENTS

    vault = access.unlock(_vault_dir(args), _passphrase(args))
    try:
        report = vault.audit.verify()
        tampered = [row.seq for row in vault.audit.rows() if row.event in TAMPER_EVENTS]
    finally:
        access.lock(vault)
    if not report.ok:
        raise UserError(
            f"Revisionssporet er brudt ved hændelse nr. {report.first_bad_seq} "
            f"af {report.rows}; det er ændret uden om programmet."
        )
    if tampered:
        # A whole chain can still be missing its newest events, or belong to a database put
        # back from an older copy: found at unlock against the key file's head, and recorded.
        numbers = ", ".join(str(seq) for seq in tampered)
        raise UserError(
            f"Revisionssporet hænger sammen ({report.rows} hændelser), men det har mistet "
            f"hændelser eller er lagt tilbage fra en ældre kopi (se hændelse nr. {numbers})."
        )
    print(f"Revisionssporet er helt: {report.rows} hændelser.")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.services.handover import Handover

    conversation_id = _conversation_id(args.conversation)
    out = _existing_folder(args.out)
    vault = access.unlock(_vault_dir(args), _passphrase(args))
    try:
        bundle = Handover(vault, ConversationService(vault)).export(conversation_id, out)
    finally:
        access.lock(vault)
    print(f"Eksporteret til {bundle}")
    return 0


def _cmd_certificate_export(args: argparse.Namespace) -> int:
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.services.identity import export_certificates

    out = _existing_folder(args.out)
    vault = access.unlock(_vault_dir(args), _passphrase(args))
    try:
        written = export_certificates(vault, ConversationService(vault), out)
    finally:
        access.lock(vault)
    for path in written:
        print(f"Skrevet: {path}")
    print("Giv udstederens certifikat til kommunens IT, så underskrifterne kan kontrolleres.")
    return 0


def _cmd_certificate_import(args: argparse.Namespace) -> int:
    from borne_samtale.services import access
    from borne_samtale.services.identity import import_pkcs12

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UserError(f"Filen {args.file} kan ikke læses ({exc.strerror}).") from None
    password = os.environ.get("BORNE_SAMTALE_P12_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UserError("Angiv certifikatets adgangskode i BORNE_SAMTALE_P12_PASSWORD.")
        import getpass

        password = getpass.getpass("Certifikatets adgangskode: ")
    vault = access.unlock(_vault_dir(args), _passphrase(args))
    try:
        import_pkcs12(vault, data, password)
    finally:
        access.lock(vault)
    print("Certifikatet er importeret og bruges til de næste underskrifter.")
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    """0 intact and traced to a trusted issuer; 3 intact, but no trust anchor was given, so
    the signer was not checked; 1 not intact, not traceable to the anchor, or unreadable."""
    from borne_samtale.domain.clock import in_danish_time
    from borne_samtale.summary.signing import NOT_CHECKED, verify_pdf

    def read(path: str, what: str) -> bytes:
        try:
            return Path(path).read_bytes()
        except OSError as exc:
            raise UserError(f"{what} {path} kan ikke læses ({exc.strerror}).") from None

    if args.set_trust is not None:
        return _set_default_trust(read(args.set_trust, "Certifikatfilen"))
    if args.file is None:
        print("Fejl: Angiv den PDF-fil, der skal kontrolleres.", file=sys.stderr)
        return 2
    # An empty anchor file is passed on as b"": verify refuses it, never reads it as "none".
    trust = read(args.trust, "Certifikatfilen") if args.trust is not None else None
    saved = None
    if trust is None:
        saved = _default_trust_path()
        trust = read(str(saved), "Det gemte certifikat") if saved is not None else None
    pdf = read(args.file, "Filen")
    result = verify_pdf(pdf, trust)
    if result.signed:
        print(f"Underskrevet af: {result.signer}")
        when = (
            in_danish_time(result.signed_at).strftime("%d.%m.%Y %H:%M:%S")
            if result.signed_at
            else "ukendt"
        )
        print(f"Tidspunkt: {when}")
        print(f"Intakt: {'ja' if result.intact and result.whole_file else 'nej'}")
        if result.trusted is not None:
            print(f"Betroet: {'ja' if result.trusted else 'nej'}")
            if saved is not None:
                print(f"Kontrolleret mod: {saved}")
    if not result.ok:
        raise UserError(result.problem)
    if result.trusted is None:
        print(NOT_CHECKED)
        return 3
    return 0


def _default_trust_path() -> Path | None:
    """The saved (or $BORNE_SAMTALE_TRUST) anchor, if there is one; one named by the
    variable but missing is an error, not a reason to skip the check."""
    from borne_samtale.vault.location import TRUST_ENV, default_trust_file

    path = default_trust_file()
    if path.exists():
        return path
    if os.environ.get(TRUST_ENV):
        raise UserError(f"Certifikatet i {TRUST_ENV} ({path}) findes ikke.")
    return None


def _set_default_trust(data: bytes) -> int:
    """Save the organisation's CA once, so every later ``verify`` checks against it."""
    from borne_samtale.summary.signing import trust_roots
    from borne_samtale.vault.files import fsync_dir
    from borne_samtale.vault.location import default_trust_file

    roots = trust_roots(data)  # an empty or certificate-less file is refused here
    path = default_trust_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise UserError(f"Certifikatet kan ikke gemmes i {path} ({exc.strerror}).") from None
    names = ", ".join(str(root.subject.human_friendly) for root in roots)
    print(f"Gemt: {path} ({names}).")
    print("'borne-samtale verify' kontrollerer nu mod det, når --trust ikke er givet.")
    return 0


def _cmd_selftest(args: argparse.Namespace) -> int:
    from borne_samtale.services.selftest import run_selftest

    run_selftest(lambda line: print(f"  {line}"))
    print("OK")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from borne_samtale.services import access
    from borne_samtale.services.conversations import ConversationService
    from borne_samtale.services.demo import DEMO_PASSPHRASE, default_demo_dir, open_demo_vault
    from borne_samtale.services.overview import conversation_overview

    if args.out:
        from borne_samtale.services.demo_documents import write_demo_documents

        print("Opdigtede samtaler underskrives og eksporteres …")
        for bundle in write_demo_documents(Path(args.out)):
            print(f"  {bundle}")
            for item in sorted(bundle.iterdir()):
                print(f"    {item.name}")
        print("Kontrollér en underskrift med: borne-samtale verify <mappe>/referat.pdf")
        return 0
    folder = default_demo_dir()
    vault = open_demo_vault(folder)
    try:
        service = ConversationService(vault)
        print(f"Demoboksen ligger i {folder} (adgangsfrase: {DEMO_PASSPHRASE}).")
        print("Alle børn og samtaler i den er opdigtede.\n")
        for summary in service.summaries():
            print(conversation_overview(service, summary.id))
    finally:
        access.lock(vault)
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from borne_samtale.ui.app import run_gui

    return run_gui(vault_dir=_vault_dir(args), demo=args.demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="borne-samtale",
        description="Børnesamtale: guide og krypteret notesbog til samtaler med børn.",
    )
    parser.add_argument("--version", action="version", version=f"borne-samtale {__version__}")
    parser.add_argument("--demo", action="store_true", help="åbn demoboksen med opdigtede sager")
    parser.add_argument("--vault", metavar="DIR", help="boksens mappe")
    parser.set_defaults(func=_cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    def vault_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--vault", metavar="DIR", help="boksens mappe")
        p.add_argument("--passphrase-file", metavar="FIL", help="læs adgangsfrasen fra en fil")

    p = sub.add_parser("init", help="opret en ny krypteret boks")
    vault_options(p)
    p.set_defaults(func=_cmd_init)

    p = sub.add_parser("import", help="importér en samtale fra en JSON-fil")
    p.add_argument("file", metavar="FIL.json")
    vault_options(p)
    p.set_defaults(func=_cmd_import)

    p = sub.add_parser("schema", help="vis JSON-skemaet for en samtalefil")
    p.set_defaults(func=_cmd_schema)

    guides = sub.add_parser("guides", help="samtaleguider")
    guides_sub = guides.add_subparsers(dest="guides_command", metavar="KOMMANDO", required=True)
    p = guides_sub.add_parser("check", help="kontrollér guidefiler")
    p.add_argument("dir", nargs="?", metavar="MAPPE")
    p.set_defaults(func=_cmd_guides_check)

    audit = sub.add_parser("audit", help="revisionssporet")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="KOMMANDO", required=True)
    p = audit_sub.add_parser("verify", help="kontrollér at revisionssporet er helt")
    vault_options(p)
    p.set_defaults(func=_cmd_audit_verify)

    p = sub.add_parser("list", help="vis samtalerne i boksen, én pr. linje (tabulatoradskilt)")
    vault_options(p)
    p.set_defaults(func=_cmd_list)

    p = sub.add_parser("sign", help="underskriv en samtale og eksportér den til en mappe")
    p.add_argument("conversation", metavar="SAMTALE_ID")
    p.add_argument("--out", metavar="MAPPE", required=True)
    vault_options(p)
    p.set_defaults(func=_cmd_sign)

    p = sub.add_parser("export", help="eksportér en underskrevet samtale til en mappe")
    p.add_argument("conversation", metavar="SAMTALE_ID")
    p.add_argument("--out", metavar="MAPPE", required=True)
    vault_options(p)
    p.set_defaults(func=_cmd_export)

    certificate = sub.add_parser("certificate", help="underskriftscertifikatet")
    certificate_sub = certificate.add_subparsers(
        dest="certificate_command", metavar="KOMMANDO", required=True
    )
    p = certificate_sub.add_parser("export", help="skriv certifikat og udsteder til en mappe")
    p.add_argument("--out", metavar="MAPPE", required=True)
    vault_options(p)
    p.set_defaults(func=_cmd_certificate_export)
    p = certificate_sub.add_parser("import", help="brug organisationens certifikat (PKCS#12)")
    p.add_argument("file", metavar="FIL.p12")
    vault_options(p)
    p.set_defaults(func=_cmd_certificate_import)

    p = sub.add_parser("verify", help="kontrollér underskriften på et referat (PDF)")
    p.add_argument("file", metavar="FIL.pdf", nargs="?")
    p.add_argument(
        "--trust", metavar="CERT.pem", help="kræv at underskriften kan føres til dette certifikat"
    )
    p.add_argument(
        "--set-trust",
        metavar="CERT.pem",
        help="gem kommunens udstedercertifikat, så verify altid kontrollerer mod det",
    )
    p.set_defaults(func=_cmd_verify)

    p = sub.add_parser("selftest", help="kontrollér at installationen virker")
    p.set_defaults(func=_cmd_selftest)

    p = sub.add_parser("demo", help="demoboksen med opdigtede sager (uden skærm)")
    p.add_argument(
        "--out", metavar="MAPPE", help="underskriv og eksportér opdigtede samtaler til mappen"
    )
    p.set_defaults(func=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Every command line; the program's script (``launch.main``) sends all but the plain
    window here."""
    prepare_process()
    args = build_parser().parse_args(argv)

    def command() -> int:
        result: int = args.func(args)
        return result

    return run_reporting(command)
