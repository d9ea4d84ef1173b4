"""Shared fixtures: isolated user folders, real encrypted vaults in temporary folders."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.vault.vault import Vault

PASSPHRASE = "en lang og god adgangsfrase"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep config, data, cache and logs of every test out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    # New vaults use the Argon2id floors instead of calibrating half a second each (this
    # reaches the CLI in child processes too); test_keys.py tests the calibration itself.
    monkeypatch.setenv("BORNE_SAMTALE_KDF_TARGET_MS", "0")
    monkeypatch.delenv("BORNE_SAMTALE_VAULT", raising=False)
    monkeypatch.delenv("BORNE_SAMTALE_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_bug_reported(request: pytest.FixtureRequest, isolated_user_dirs: Path) -> Iterator[None]:
    """Fail a test during which the program wrote its bug log (here or in a child process:
    both use the test's own home), unless the test says it expects that."""
    from borne_samtale.buglog import bug_log_path

    log = bug_log_path()  # before the test: some tests pretend to be another system
    yield
    if request.node.get_closest_marker("bug_log_expected") is None and log.exists():
        pytest.fail(f"the bug log was written during the test:\n{log.read_text('utf-8')}")


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    opened = access.create(vault_dir, PASSPHRASE).vault
    yield opened
    opened.close()


@pytest.fixture
def service(vault: Vault) -> ConversationService:
    return ConversationService(vault)


def run_cli(
    *args: str, env: dict[str, str] | None = None, input_text: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command in a child process."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "borne_samtale", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input_text,
        timeout=120,
        check=False,
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report each shipped guide's readability (LIX of what is said to the child)."""
    from borne_samtale.guides import load_guides
    from borne_samtale.guides.quality import lix_by_band
    from borne_samtale.resources import guides_dir

    terminalreporter.section("Guide readability: LIX of prompts said to the child")
    for guide in load_guides(guides_dir()):
        figures = "  ".join(f"{band}: {value:4.1f}" for band, value in lix_by_band(guide).items())
        terminalreporter.write_line(f"{guide.id:28} {figures}")
