"""The process turns core dumps off before it reads a passphrase or a child's words."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")

PROBE = """
import json, os, resource, sys
from borne_samtale.cli import main
from borne_samtale.hardening import is_dumpable
before = resource.getrlimit(resource.RLIMIT_CORE), is_dumpable()
real_stdout, sys.stdout = sys.stdout, open(os.devnull, "w")
code = main(["schema"])
sys.stdout = real_stdout
print(json.dumps([*before, resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), code]))
"""


# Run the child with core dumps as allowed as the hard limit lets them be, so that the limit
# it ends up with is its own doing.
ALLOW_CORE_DUMPS = ["sh", "-c", 'ulimit -S -c "$(ulimit -H -c)" && exec "$@"', "sh"]


def test_main_sets_the_core_limit_to_zero_and_the_process_undumpable() -> None:
    result = subprocess.run(
        [*ALLOW_CORE_DUMPS, sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    _before_limit, before_dumpable, after_limit, after_dumpable, code = json.loads(result.stdout)
    assert code == 0
    assert after_limit == [0, 0]  # whatever the limit was before
    if sys.platform.startswith("linux"):
        assert before_dumpable is True
        assert after_dumpable is False


@pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="needs Linux /proc")
def test_the_real_command_allows_no_core_dump_while_it_waits_for_the_passphrase(
    tmp_path: Path,
) -> None:
    """The installed entry point, seen from outside while it blocks reading the passphrase."""
    fifo = tmp_path / "frase"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [
            *ALLOW_CORE_DUMPS,
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
    )
    try:
        limits = ""
        deadline = time.monotonic() + 60
        # The child cannot get past opening the FIFO until we write to it.
        while time.monotonic() < deadline:
            limits = Path(f"/proc/{process.pid}/limits").read_text()
            line = next(x for x in limits.splitlines() if x.startswith("Max core file size"))
            if line.split()[4:6] == ["0", "0"]:
                break
            time.sleep(0.05)
        line = next(x for x in limits.splitlines() if x.startswith("Max core file size"))
        assert line.split()[4:6] == ["0", "0"], line
        with fifo.open("w", encoding="utf-8") as writer:  # lets the command go on
            writer.write("en lang og god adgangsfrase\n")
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 1
    assert "Der er ingen boks" in err
