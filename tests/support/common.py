"""Constants and helpers every kind of test uses: the passphrase of test vaults, the
repository's root, and the real command in a child process."""

import os
import subprocess
import sys
from pathlib import Path

PASSPHRASE = "en lang og god adgangsfrase"
ROOT = Path(__file__).resolve().parents[2]


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
