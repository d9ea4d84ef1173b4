"""Shared fixtures: isolated user folders, real encrypted vaults in temporary folders."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE


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


# Qt's warnings outside a test's setup and call, where pytest-qt's own handler (which fails
# a test on a warning: qt_log_level_fail in pyproject.toml) is not installed: the teardown,
# when pytest-qt closes the test's widgets.
_QT_WARNINGS: list[str] = []
_QT_WARNING_TYPES = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


def _collect_qt_warning(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if kind in _QT_WARNING_TYPES:
        _QT_WARNINGS.append(f"{kind.name}: {message}")


def pytest_sessionstart(session: pytest.Session) -> None:
    qInstallMessageHandler(_collect_qt_warning)


@pytest.fixture(autouse=True)
def no_bug_reported(request: pytest.FixtureRequest, isolated_user_dirs: Path) -> Iterator[None]:
    """Fail a test during which the program wrote its bug log (here or in a child process:
    both use the test's own home), unless the test says it expects that."""
    from borne_samtale.buglog import bug_log_path

    log = bug_log_path()  # before the test: some tests pretend to be another system
    yield
    if request.node.get_closest_marker("bug_log_expected") is None and log.exists():
        pytest.fail(f"the bug log was written during the test:\n{log.read_text('utf-8')}")


@pytest.fixture(autouse=True)
def no_qt_warning_in_teardown(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test whose teardown made Qt warn (allow-listed: qt_log_ignore)."""
    _QT_WARNINGS.clear()
    yield
    allowed = [re.compile(pattern) for pattern in request.config.getini("qt_log_ignore")]
    warnings = [w for w in _QT_WARNINGS if not any(p.search(w) for p in allowed)]
    if warnings:
        pytest.fail("Qt warned outside the test's call:\n" + "\n".join(warnings))


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


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report each shipped guide's readability (LIX of what is said to the child)."""
    from borne_samtale.guides import load_guides
    from borne_samtale.guides.quality import lix_by_band
    from borne_samtale.resources import guides_dir

    terminalreporter.section("Guide readability: LIX of prompts said to the child")
    for guide in load_guides(guides_dir()):
        figures = "  ".join(f"{band}: {value:4.1f}" for band, value in lix_by_band(guide).items())
        terminalreporter.write_line(f"{guide.id:28} {figures}")
