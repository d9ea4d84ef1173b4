"""The real command in a child process: exit codes, one-line errors, no tracebacks."""

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borne_samtale import __version__
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from tests.support.cli import (
    conversation_record,
    one_line_error,
)
from tests.support.common import PASSPHRASE, run_cli

WITH_PASSPHRASE = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    result = run_cli("init", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return folder


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"borne-samtale {__version__}"


def test_init_prints_the_recovery_code_once_and_the_code_works(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    result = run_cli("init", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    code = result.stdout.strip().splitlines()[-1].strip()
    assert len(code) == 39  # 8 groups of 4 with dashes
    access.recover(folder, code, "ny lang adgangsfrase").vault.close()


def test_init_reads_the_passphrase_from_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "frase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    folder = tmp_path / "vault"
    result = run_cli("init", "--vault", str(folder), "--passphrase-file", str(secret))
    assert result.returncode == 0, result.stderr
    access.unlock(folder, PASSPHRASE).close()


def test_init_uses_the_vault_environment_variable(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = run_cli("init", env={**WITH_PASSPHRASE, "BORNE_SAMTALE_VAULT": str(folder)})
    assert result.returncode == 0, result.stderr
    assert (folder / "vault.keys.json").exists()


def test_init_twice_is_a_user_error(cli_vault: Path) -> None:
    result = run_cli("init", "--vault", str(cli_vault), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "findes allerede" in one_line_error(result.stderr)


def test_init_without_a_passphrase_and_no_terminal_says_how(tmp_path: Path) -> None:
    result = run_cli("init", "--vault", str(tmp_path / "v"), input_text="")
    assert result.returncode == 1
    assert "--passphrase-file" in one_line_error(result.stderr)


def test_init_with_a_short_passphrase_is_refused(tmp_path: Path) -> None:
    result = run_cli(
        "init", "--vault", str(tmp_path / "v"), env={"BORNE_SAMTALE_PASSPHRASE": "kort"}
    )
    assert result.returncode == 1
    assert "for let at gætte" in one_line_error(result.stderr)  # zxcvbn's score, not a length


def test_import_stores_the_conversation(cli_vault: Path, tmp_path: Path) -> None:
    record = conversation_record()
    path = tmp_path / "samtale.json"
    path.write_text(record.model_dump_json(), encoding="utf-8")
    result = run_cli("import", str(path), "--vault", str(cli_vault), env=WITH_PASSPHRASE)
    assert result.returncode == 0, result.stderr

    vault = access.unlock(cli_vault, PASSPHRASE)
    stored = ConversationService(vault).export_record(record.conversation.id)
    vault.close()
    assert stored.conversation == record.conversation
    assert stored.child == record.child

    again = run_cli("import", str(path), "--vault", str(cli_vault), env=WITH_PASSPHRASE)
    assert again.returncode == 1
    assert "findes allerede" in one_line_error(again.stderr)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["conversation"]["entries"][0].update(perspective="the_childs_mother"),
        lambda d: d["conversation"].pop("legal_basis"),
        lambda d: d.update(format="something-else"),
        lambda d: d["conversation"].update(child_id=str(uuid.uuid4())),
        lambda d: d["child"].update(age_years=None),
    ],
    ids=["bad-perspective", "missing-legal-basis", "wrong-format", "other-child", "no-age"],
)
def test_import_of_an_invalid_record_writes_nothing_and_leaks_no_words(
    cli_vault: Path, tmp_path: Path, mutate: Callable[[dict[str, Any]], object]
) -> None:
    marker = f"hemmeligt{uuid.uuid4().hex[:8]}"
    data = json.loads(conversation_record(marker).model_dump_json())
    data["child"]["name"] = marker
    mutate(data)
    path = tmp_path / "samtale.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    result = run_cli("import", str(path), "--vault", str(cli_vault), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    message = one_line_error(result.stderr)
    assert marker not in message
    assert "samtale.json" in message

    vault = access.unlock(cli_vault, PASSPHRASE)
    service = ConversationService(vault)
    assert service.summaries() == []
    assert service.children() == []
    assert "conversation_imported" not in {row.event for row in vault.audit.rows()}
    vault.close()


@pytest.mark.parametrize("content", [b"", b"not json", b"[1, 2]", b"\xff\xfe\x00"])
def test_import_of_garbage_is_a_clear_error(
    cli_vault: Path, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "samtale.json"
    path.write_bytes(content)
    result = run_cli("import", str(path), "--vault", str(cli_vault), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "ikke en gyldig samtalefil" in one_line_error(result.stderr)


def test_import_with_a_wrong_passphrase(cli_vault: Path, tmp_path: Path) -> None:
    path = tmp_path / "samtale.json"
    path.write_text(conversation_record().model_dump_json(), encoding="utf-8")
    result = run_cli(
        "import",
        str(path),
        "--vault",
        str(cli_vault),
        env={"BORNE_SAMTALE_PASSPHRASE": "ikke den rigtige frase"},
    )
    assert result.returncode == 1
    assert one_line_error(result.stderr) == "Fejl: Adgangsfrasen er forkert."


def test_import_into_a_missing_vault(tmp_path: Path) -> None:
    path = tmp_path / "samtale.json"
    path.write_text(conversation_record().model_dump_json(), encoding="utf-8")
    result = run_cli("import", str(path), "--vault", str(tmp_path / "none"), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "ingen boks" in one_line_error(result.stderr)


def test_schema_is_the_json_schema_of_a_record() -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert set(schema["required"]) == {"child", "conversation"}
    assert "Entry" in schema["$defs"]
    perspectives = schema["$defs"]["Perspective"]["enum"]
    assert "child_own_words" in perspectives


def test_guides_check_passes_on_the_shipped_guides() -> None:
    result = run_cli("guides", "check")
    assert result.returncode == 0, result.stderr
    assert "OK  forud-for-afgoerelse" in result.stdout


def test_guides_check_reports_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("id: x\nversion: nul\n", encoding="utf-8")
    result = run_cli("guides", "check", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{tmp_path / 'broken.yaml'}:2: version:" in result.stderr


def test_audit_verify_finds_a_whole_and_a_broken_chain(cli_vault: Path) -> None:
    result = run_cli("audit", "verify", "--vault", str(cli_vault), env=WITH_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "helt" in result.stdout

    vault = access.unlock(cli_vault, PASSPHRASE)
    vault.connection.execute("UPDATE audit_log SET event = 'locked' WHERE seq = 1")
    vault.close()
    result = run_cli("audit", "verify", "--vault", str(cli_vault), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "brudt ved hændelse nr. 1" in one_line_error(result.stderr)


def test_selftest() -> None:
    result = run_cli("selftest")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "OK"


def test_demo_creates_and_reopens_the_demo_vault() -> None:
    first = run_cli("demo")
    assert first.returncode == 0, first.stderr
    assert "demo-boernesamtale" in first.stdout
    assert "Barnets ord:" in first.stdout
    assert "Emma (demo)" in first.stdout
    second = run_cli("demo")  # opens the same vault again
    assert second.returncode == 0, second.stderr
    assert second.stdout.count("Emma (demo)") == first.stdout.count("Emma (demo)")


def test_gui_without_a_display_points_at_the_demo() -> None:
    result = run_cli(env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert result.returncode == 1
    message = one_line_error(result.stderr)
    assert "ingen skærm" in message
    assert "borne-samtale demo" in message


def test_usage_errors_exit_2() -> None:
    assert run_cli("fly-til-maanen").returncode == 2
    assert run_cli("import").returncode == 2


def test_demo_out_signs_and_exports_invented_conversations(tmp_path: Path) -> None:
    out = tmp_path / "demo-dokumenter"
    result = run_cli("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    bundles = sorted(out.iterdir())
    assert len(bundles) == 3
    for bundle in bundles:
        assert sorted(p.name for p in bundle.iterdir()) == [
            "brev-til-barnet.pdf",
            "manifest.json",
            "referat.pdf",
            "samtale.json",
        ]
        checked = run_cli("verify", str(bundle / "referat.pdf"))
        assert checked.returncode == 3, checked.stderr  # intact, no trust anchor given
        assert "Intakt: ja" in checked.stdout
        assert "Betroet: ikke kontrolleret" in checked.stdout


def test_export_of_an_unknown_conversation_is_a_user_error(cli_vault: Path, tmp_path: Path) -> None:
    result = run_cli(
        "export",
        str(uuid.uuid4()),
        "--out",
        str(tmp_path),
        "--vault",
        str(cli_vault),
        env=WITH_PASSPHRASE,
    )
    assert result.returncode == 1
    assert "findes ikke" in one_line_error(result.stderr)


def test_certificate_export_lets_the_municipality_trust_the_signature(
    cli_vault: Path, tmp_path: Path
) -> None:
    from borne_samtale.domain import CaseworkerProfile

    vault = access.unlock(cli_vault, PASSPHRASE)
    ConversationService(vault).set_caseworker(CaseworkerProfile(name="Lise Holm", title="Rådgiver"))
    vault.close()
    result = run_cli(
        "certificate",
        "export",
        "--out",
        str(tmp_path),
        "--vault",
        str(cli_vault),
        env=WITH_PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    issuer = (tmp_path / "udsteder-ca.pem").read_bytes()
    assert issuer.startswith(b"-----BEGIN CERTIFICATE-----")
    vault = access.unlock(cli_vault, PASSPHRASE)
    identity = vault.identity.get()
    vault.close()
    assert identity is not None
    assert identity.chain_pem == issuer  # the same identity signs from now on
