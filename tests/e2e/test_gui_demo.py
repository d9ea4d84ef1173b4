"""`--demo` only ever opens the demo vault, also when a real vault exists."""

import os
from pathlib import Path

from borne_samtale.services import access
from borne_samtale.services.demo import default_demo_dir
from borne_samtale.ui.app import QUIT_WHEN_SHOWN_ENV, gui_vault_dir
from borne_samtale.vault.location import VAULT_ENV, VaultPaths
from tests.support.common import PASSPHRASE, run_cli


def test_demo_never_points_the_window_at_the_real_vault(tmp_path: Path) -> None:
    real = tmp_path / "real"
    assert gui_vault_dir(real, demo=False) == real
    assert gui_vault_dir(real, demo=True) == default_demo_dir()
    assert default_demo_dir() != real


def test_the_demo_window_opens_the_demo_vault_beside_a_real_one(tmp_path: Path) -> None:
    real = tmp_path / "real"
    access.lock(access.create(real, PASSPHRASE).vault)
    before = {p.name: p.read_bytes() for p in VaultPaths(real).all_files()}
    assert not VaultPaths(default_demo_dir()).exists()
    result = run_cli(
        "--demo",
        env={VAULT_ENV: str(real), QUIT_WHEN_SHOWN_ENV: "1", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "shown: UnlockScreen" in result.stdout
    assert VaultPaths(default_demo_dir()).exists()  # the demo vault was made and shown
    after = {p.name: p.read_bytes() for p in VaultPaths(real).all_files()}
    assert after == before  # the real vault was not touched
    assert os.environ.get(VAULT_ENV) is None
