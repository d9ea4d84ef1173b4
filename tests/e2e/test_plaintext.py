"""No child's words in plain text anywhere on disk: not in the vault's files, not in temp, not
in settings, logs, caches, crash reports or window titles; only the encrypted vault holds them,
and only exports the caseworker asked for carry them out."""

import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from borne_samtale.domain import (
    Child,
    ChildWords,
    Conversation,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
    ThreeHouses,
)
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from tests.support.common import PASSPHRASE, ROOT, run_cli

MAX_SCANNED_FILE = 64 * 1024 * 1024


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    found = []
    for folder, _dirs, names in os.walk(root, followlinks=False):
        for name in names:
            path = Path(folder) / name
            try:
                if (
                    path.is_symlink()
                    or not path.is_file()
                    or path.stat().st_size > MAX_SCANNED_FILE
                ):
                    continue
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                continue  # vanished or unreadable: another process's file
    return found


def test_marker_words_never_reach_disk_in_plain_text(
    vault_dir: Path, isolated_user_dirs: Path
) -> None:
    marker = f"Markørord{uuid.uuid4().hex}"
    new = access.create(vault_dir, PASSPHRASE)
    service = ConversationService(new.vault)
    child = service.add_child(Child(name=f"{marker}barn", case_number=marker, age_years=8))
    conversation = service.start(
        Conversation(
            child_id=child.id,
            legal_basis=LegalBasis(purpose=Purpose.BEFORE_DECISION, concrete_measure=marker),
            three_houses=ThreeHouses(worries=[ChildWords(text=marker)]),
        )
    )
    for perspective in Perspective:
        service.add_entry(
            conversation.id, Entry(text=f"{marker} {perspective}", perspective=perspective)
        )
    assert len(service.search(marker)) == len(Perspective)  # the words are really stored

    needle = marker.encode("utf-8")
    places = [vault_dir, Path(tempfile.gettempdir()), isolated_user_dirs]
    while_open = [p for root in places for p in _files_containing(root, needle)]
    access.lock(new.vault)
    after_close = [p for root in places for p in _files_containing(root, needle)]
    assert while_open == []
    assert after_close == []
    assert {p.name for p in vault_dir.iterdir()} <= {"vault.db", "vault.keys.json", "vault.lock"}

    vault = access.unlock(vault_dir, PASSPHRASE)  # and they are all still there
    assert ConversationService(vault).child(child.id).name == f"{marker}barn"
    vault.close()


# A whole day, in a process whose every user folder lies under one test folder ------------------
def _needles(marker: str) -> dict[str, bytes]:
    """The marker as it could land in a file: UTF-8, UTF-16 (Qt, Windows APIs), lower case,
    and its ASCII core alone (JSON writes ø as \\u00f8)."""
    core = marker.removeprefix("Markør")
    found = {}
    for text in {marker, marker.lower(), marker.upper(), core}:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[f"{text!r} {encoding}"] = text.encode(encoding)
    return found


def _scan(root: Path, needles: dict[str, bytes], skip: list[Path]) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for folder, _dirs, names in os.walk(root, followlinks=False):
        if any(Path(folder).is_relative_to(s) for s in skip):
            continue
        for name in names:
            path = Path(folder) / name
            if path.is_symlink() or not path.is_file():
                continue
            data = path.read_bytes()
            for label, needle in needles.items():
                if needle in data:
                    hits.setdefault(str(path.relative_to(root)), []).append(label)
    return hits


@pytest.fixture
def sealed_home(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """HOME, config, cache, data, state and temp of the child processes, all under one root."""
    root = tmp_path / "root"
    env = {
        "HOME": root / "home",
        "XDG_CONFIG_HOME": root / "config",
        "XDG_CACHE_HOME": root / "cache",
        "XDG_DATA_HOME": root / "data",
        "XDG_STATE_HOME": root / "state",
        "XDG_RUNTIME_DIR": root / "runtime",
        "TMPDIR": root / "tmp",
    }
    for folder in env.values():
        folder.mkdir(parents=True, mode=0o700)
    return root, {
        **{k: str(v) for k, v in env.items()},
        "QT_QPA_PLATFORM": "offscreen",
        "BORNE_SAMTALE_PASSPHRASE": PASSPHRASE,
    }


@pytest.mark.slow
def test_a_whole_day_leaves_no_child_words_outside_the_encrypted_vault(
    sealed_home: tuple[Path, dict[str, str]],
) -> None:
    root, env = sealed_home
    marker = f"Markør{uuid.uuid4().hex[:16]}"
    needles = _needles(marker)
    export, cli_export, given = root / "eksport", root / "eksport-cli", root / "input"
    for folder in (export, cli_export, given):
        folder.mkdir()

    # The window and the services, in a process of their own.
    day = subprocess.run(
        [sys.executable, "-m", "tests.support.plaintext_driver", marker, str(export)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=300,
        check=False,
    )
    returncode = day.returncode
    assert returncode == 0, day.stderr[-3000:].replace(marker, "<markør>")
    report = json.loads(day.stdout.strip().splitlines()[-1])
    # The bug in a slot was reported, content-free, on stderr and in the bug log.
    assert "Der opstod en uventet fejl i programmet." in day.stderr
    assert "Traceback" not in day.stderr
    bug_log = Path(report["bug_log"])
    assert bug_log.is_relative_to(root)
    assert "RuntimeError" in bug_log.read_text(encoding="utf-8")
    # Every window title the day showed: none names the child.
    assert "Børnesamtale" in report["titles"]
    assert not [t for t in report["titles"] if marker.lower() in t.lower()]
    assert Path(report["settings"]).is_relative_to(root / "config")
    assert Path(report["settings"]).is_file()

    # The command line on the same folders: import, a refused import, audit, export, verify.
    record = _record_with(marker)
    (given / "samtale.json").write_text(record, encoding="utf-8")
    (given / "forkert.json").write_text(record.replace('"age_years": 9', '"age_years": "ni"'))
    cli_vault = root / "data" / "cli-boks"
    vault = report["vault"]
    runs = [
        run_cli("init", "--vault", str(cli_vault), env=env),
        run_cli("import", str(given / "samtale.json"), "--vault", str(cli_vault), env=env),
        run_cli("import", str(given / "forkert.json"), "--vault", str(cli_vault), env=env),
        run_cli("audit", "verify", "--vault", vault, env=env),
        run_cli(
            "export",
            report["exported_conversation"],
            "--out",
            str(cli_export),
            "--vault",
            vault,
            env=env,
        ),
        run_cli("selftest", env=env),
    ]
    assert [r.returncode for r in runs] == [0, 0, 1, 0, 0, 0], [r.stderr for r in runs]
    (bundle,) = cli_export.iterdir()
    runs.append(run_cli("verify", str(bundle / "referat.pdf"), env=env))
    assert runs[-1].returncode == 3, runs[-1].stderr  # intact; no trust anchor was given
    for result in runs:  # nothing printed names the child either
        assert not [n for n in needles.values() if n in result.stdout.encode("utf-8")]
        assert not [n for n in needles.values() if n in result.stderr.encode("utf-8")]

    # The scan proves it can see: the exports and the input file do hold the words.
    assert _scan(export, needles, skip=[])
    assert _scan(cli_export, needles, skip=[])
    assert _scan(given, needles, skip=[])
    # And nowhere else: not the vault folder (encrypted), settings, caches, logs, temp, home.
    hits = _scan(root, needles, skip=[export, cli_export, given])
    assert hits == {}
    scanned = {p.relative_to(root).parts[0] for p in root.rglob("*") if p.is_file()}
    assert {"config", "data", "state"} <= scanned  # settings, vaults, the bug log were there
    vault_files = {p.name for p in Path(vault).iterdir()}
    assert vault_files <= {"vault.db", "vault.keys.json", "vault.lock", "failed-unlocks.log"}
    assert not list((root / "tmp").rglob("*.ufaerdig"))


def _record_with(marker: str) -> str:
    from borne_samtale.domain import ConversationRecord

    child = Child(name=f"{marker} Barn", case_number="S-3", age_years=9)
    conversation = Conversation(
        child_id=child.id,
        legal_basis=LegalBasis(purpose=Purpose.BEFORE_DECISION, concrete_measure=marker),
        entries=[Entry(text=f"{marker} bor hos far", perspective=Perspective.CHILD_OWN_WORDS)],
    )
    return ConversationRecord(child=child, conversation=conversation).model_dump_json(indent=2)


@pytest.mark.bug_log_expected
def test_a_crash_in_a_thread_or_a_slot_is_reported_without_its_message(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], isolated_user_dirs: Path
) -> None:
    import threading

    from borne_samtale.buglog import bug_log_path, install_excepthook

    for name in ("excepthook", "unraisablehook"):  # put back after the test
        monkeypatch.setattr(sys, name, getattr(sys, name))
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook()
    marker = f"Markør{uuid.uuid4().hex}"

    def crash() -> None:
        raise ValueError(f"{marker} sagde noget")

    worker = threading.Thread(target=crash)
    worker.start()
    worker.join()
    try:
        crash()
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    out, err = capfd.readouterr()
    assert err.count("Der opstod en uventet fejl i programmet.") == 2
    assert marker not in out + err
    assert "Traceback" not in err
    log = bug_log_path().read_text(encoding="utf-8")
    assert log.count("ValueError") == 2
    assert marker not in log
    assert "in crash" in log  # where it happened, for IT support
