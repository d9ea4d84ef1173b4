"""Resources load the same way from a source checkout, an installed wheel and a frozen bundle."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from borne_samtale.resources import guides_dir
from tests.support.common import ROOT

SHOW_GUIDES = (
    "import sys\n"
    "{prelude}"
    "from borne_samtale.resources import guides_dir\n"
    "from borne_samtale.guides import load_guides\n"
    "print(guides_dir())\n"
    "print(','.join(sorted(g.id for g in load_guides(guides_dir()))))\n"
)


def _run(code: str, pythonpath: Path | None = None) -> list[str]:
    env = {"PYTHONPATH": str(pythonpath)} if pythonpath else {}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**__import__("os").environ, **env},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()


def _shipped_ids() -> str:
    return ",".join(sorted(p.stem for p in guides_dir().glob("*.yaml")))


def test_source_checkout_uses_the_resources_folder() -> None:
    assert guides_dir() == ROOT / "resources" / "guides"


@pytest.mark.slow
def test_an_installed_wheel_carries_and_finds_its_resources(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("borne_samtale-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for guide in guides_dir().glob("*.yaml"):
        assert f"borne_samtale/resources/guides/{guide.name}" in names

    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)  # what an installer puts in site-packages
    where, ids = _run(SHOW_GUIDES.format(prelude=""), pythonpath=site)
    assert Path(where) == site / "borne_samtale" / "resources" / "guides"
    assert ids == _shipped_ids()


def test_a_frozen_bundle_finds_resources_beside_the_program(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", bundle / "resources")
    prelude = f"sys._MEIPASS = {str(bundle)!r}\nsys.frozen = True\n"
    where, ids = _run(SHOW_GUIDES.format(prelude=prelude))
    assert Path(where) == bundle / "resources" / "guides"
    assert ids == _shipped_ids()
