"""Nobody but the owner may read a vault's files: the folder 0700 and every file in it 0600,
whatever the folder's mode was before and whatever an older version left; the command's
umask is 077 from the start. A folder no vault can live in, and a key file asking for more
memory than there is, are one plain sentence, not a crash."""

import os
import resource
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from borne_samtale.errors import WrongPassphrase
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.vault.location import VaultPaths
from tests.support.common import PASSPHRASE, run_cli
from tests.support.vaults import add_conversation, edit_key_file

WITH_PASSPHRASE = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}
VAULT_FILES = {"vault.db", "vault.keys.json", "vault.lock", "failed-unlocks.log"}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: _mode(p) for p in folder.iterdir()}


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """What a desktop session usually has (0022, or 0002 on some): files readable by all."""
    old = os.umask(0o002)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("loose_umask")
def test_a_vault_in_a_group_writable_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "fælles"
    folder.mkdir(mode=0o775)
    os.chmod(folder, 0o775)  # noqa: S103 - the loose mode under test
    vault = access.create(folder, PASSPHRASE).vault
    add_conversation(ConversationService(vault), "hej")  # -wal and -shm exist now
    assert {"vault.db-wal", "vault.db-shm"} <= set(_modes(folder))
    assert _mode(folder) == 0o700
    assert set(_modes(folder).values()) == {0o600}, _modes(folder)
    access.lock(vault)
    with pytest.raises(WrongPassphrase):
        access.unlock(folder, "ikke den rigtige frase")
    assert set(_modes(folder)) >= VAULT_FILES
    assert set(_modes(folder).values()) == {0o600}, _modes(folder)


@pytest.mark.usefixtures("loose_umask")
def test_files_an_older_version_left_readable_are_made_private_at_unlock(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    access.lock(access.create(folder, PASSPHRASE).vault)
    with pytest.raises(WrongPassphrase):
        access.unlock(folder, "ikke den rigtige frase")
    for path in folder.iterdir():
        os.chmod(path, 0o644)
    os.chmod(folder, 0o775)  # noqa: S103 - the loose mode under test
    vault = access.unlock(folder, PASSPHRASE)
    add_conversation(ConversationService(vault), "hej")
    assert _mode(folder) == 0o700
    assert set(_modes(folder).values()) == {0o600}, _modes(folder)
    access.lock(vault)


def test_init_makes_an_existing_folder_private(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    os.chmod(folder, 0o775)  # noqa: S103 - the loose mode under test
    result = run_cli("init", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert _mode(folder) == 0o700
    result = run_cli(
        "audit",
        "verify",
        "--vault",
        str(folder),
        env={"BORNE_SAMTALE_PASSPHRASE": "ikke den rigtige frase"},
    )
    assert result.returncode == 1
    assert set(_modes(folder)) >= VAULT_FILES
    assert set(_modes(folder).values()) == {0o600}, _modes(folder)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_the_command_runs_with_umask_077(tmp_path: Path) -> None:
    """Seen from outside while the real command blocks reading the passphrase."""
    fifo = tmp_path / "frase"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "borne_samtale",
            "audit",
            "verify",
            "--vault",
            str(tmp_path / "ingen-boks"),
            "--passphrase-file",
            str(fifo),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.umask(0o022),
    )
    try:
        umask = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # a wait for the child, not a timed assertion
            status = Path(f"/proc/{process.pid}/status").read_text()
            umask = next(x for x in status.splitlines() if x.startswith("Umask:")).split()[1]
            if umask == "0077":
                break
            time.sleep(0.05)
        assert umask == "0077"
        with fifo.open("w", encoding="utf-8") as writer:
            writer.write(PASSPHRASE + "\n")
        process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 1


@pytest.mark.parametrize("where", ["/proc/self", "/proc/self/status"])
def test_init_in_a_folder_no_vault_can_live_in_is_one_line(where: str) -> None:
    result = run_cli("init", "--vault", where, env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Fejl: ")


def _ask_for_memory(folder: Path, kib: int) -> None:
    edit_key_file(folder, lambda d: d["kdf"].update(memory_kib=kib), fix_checksum=True)


def test_a_key_file_asking_for_4_gib_is_refused_before_anything_is_allocated(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    access.lock(access.create(folder, PASSPHRASE).vault)
    _ask_for_memory(folder, 4 * 1024 * 1024)
    result = run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Fejl: Nøglefilen har ugyldige sikkerhedsindstillinger."
    ]
    assert access.failed_attempts(folder) == 0


def _limit_memory() -> None:
    limit = 768 * 1024 * 1024  # room for Python and the libraries, not for 1 GiB of Argon2
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_AS")
def test_too_little_memory_for_the_key_derivation_is_one_plain_sentence(tmp_path: Path) -> None:
    """The most a key file may ask (1 GiB), on a machine that cannot give it."""
    folder = tmp_path / "vault"
    access.lock(access.create(folder, PASSPHRASE).vault)
    _ask_for_memory(folder, 1024 * 1024)
    result = subprocess.run(
        [sys.executable, "-m", "borne_samtale", "audit", "verify", "--vault", str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, **WITH_PASSPHRASE},
        preexec_fn=_limit_memory,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == [
        "Fejl: Der er ikke hukommelse nok til at åbne boksen: nøglefilen kræver 1024 MiB. "
        "Luk andre programmer, og prøv igen."
    ]
    assert access.failed_attempts(folder) == 0  # not a wrong passphrase
    assert VaultPaths(folder).key_file.exists()
