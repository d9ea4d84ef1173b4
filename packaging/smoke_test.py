"""Smoke test of a built one-folder bundle, run by `make package` after PyInstaller.

    .venv/bin/python packaging/smoke_test.py dist/borne-samtale

The bundle is first copied to another folder (with a space and an ø in its path) and tested
there, so it is shown to run from wherever it is put. Each run gets its own empty home and
data folders: nothing of the developer's own vault or settings is read or written. Checks:

- the size of the bundle, unpacked, is within SIZE_LIMIT_MB;
- `--version` prints the version in borne_samtale.__version__;
- `selftest` and `guides check` succeed;
- `demo --out DIR` writes signed PDFs, and every one passes the bundle's own `verify` and,
  if poppler's pdfsig is installed, pdfsig (whose output is read: it exits 0 even when the
  digest does not match); a copy with one byte changed must fail both;
- the window starts offscreen with `--demo`, shows the demo vault's unlock screen and quits
  cleanly (BORNE_SAMTALE_QUIT_WHEN_SHOWN, see borne_samtale/ui/app.py), and the demo vault it
  made opens from the command line;
- on Linux, packaging/linux/install.sh installs it for a user, the program starts through the
  link in ~/.local/bin, and --uninstall removes it and leaves the vault alone.

Exit status 0 when everything passed, 1 at the first failure (with what was seen).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from borne_samtale import __version__

# The target: 180 MB (10^6 bytes), unpacked. packaging/README.md ("Size") says what was left
# out to stay within it.
SIZE_LIMIT_MB = 180
TIMEOUT_S = 300
PROGRAM = "borne-samtale.exe" if sys.platform == "win32" else "borne-samtale"
# Lines Qt may print on stderr when running offscreen; anything else there is a failure.
HARMLESS_STDERR = (
    "This plugin does not support propagateSizeHints()",
    "QStandardPaths: ",
)


class SmokeFailure(Exception):
    pass


def bundle_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def isolated_env(home: Path) -> dict[str, str]:
    """The caller's environment with a fresh home and nothing that points at a real vault."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("BORNE_SAMTALE_", "XDG_", "PYTHON", "QT_")) and key != "VIRTUAL_ENV"
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        # Windows: platformdirs asks Windows for these folders unless told otherwise here.
        WIN_PD_OVERRIDE_LOCAL_APPDATA=str(home / "AppData" / "Local"),
        WIN_PD_OVERRIDE_APPDATA=str(home / "AppData" / "Roaming"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        LANG="C.UTF-8",
    )
    (home / "runtime").mkdir(parents=True, mode=0o700)
    return env


class Bundle:
    def __init__(self, program: Path, env: dict[str, str], workdir: Path) -> None:
        self.program = program
        self.env = env
        self.workdir = workdir

    def run(
        self, *args: str, extra_env: dict[str, str] | None = None, expect: int = 0
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.program), *args],
            env={**self.env, **(extra_env or {})},
            cwd=self.workdir,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT_S,
            check=False,
        )
        if result.returncode != expect:
            raise SmokeFailure(
                f"`{self.program.name} {' '.join(args)}` exited {result.returncode}, "
                f"expected {expect}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
            )
        return result


def unexpected_stderr(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not line.startswith(HARMLESS_STDERR)
    ]


def pdfsig_problem(pdfsig: str, pdf: Path) -> str | None:
    """None when pdfsig finds every signature valid and covering the whole file."""
    # -nocert: the demo signer's own CA is not in any trust store, and certificate checks
    # could go online (OCSP); the digest is what is checked here.
    result = subprocess.run(
        [pdfsig, "-nocert", "-no-ocsp", str(pdf)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    output = result.stdout
    signatures = len(re.findall(r"^Signature #\d+:", output, flags=re.MULTILINE))
    valid = output.count("Signature Validation: Signature is Valid.")
    whole = output.count("Total document signed")
    if result.returncode != 0 or signatures == 0 or valid != signatures or whole != signatures:
        counts = f"{signatures} signature(s), {valid} valid, {whole} covering the whole file"
        return f"pdfsig on {pdf.name}: {counts}\n{output}"
    return None


def tampered_copy(pdf: Path, out: Path) -> Path:
    """A copy of the PDF with one byte inside the signed range changed."""
    data = bytearray(pdf.read_bytes())
    where = data.find(b"/Producer")
    if where < 0:
        where = len(data) // 4
    data[where + 2] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def check(bundle_dir: Path) -> None:
    size = bundle_size(bundle_dir)
    print(f"ok   size: {size / 1_000_000:.1f} MB ({size / 2**20:.1f} MiB) unpacked")
    if size > SIZE_LIMIT_MB * 1_000_000:
        raise SmokeFailure(f"the bundle is {size / 1_000_000:.1f} MB, over {SIZE_LIMIT_MB} MB")

    with tempfile.TemporaryDirectory(prefix="borne-samtale-smoke-") as tmp:
        root = Path(tmp)
        moved = root / "et andet sted" / "Børnesamtale"
        shutil.copytree(bundle_dir, moved, symlinks=True)
        bundle = Bundle(moved / PROGRAM, isolated_env(root / "home"), root)
        print(f"ok   copied to {moved} and run from there")

        shipped = moved / "_internal"
        needed = [
            shipped / "resources" / "translations" / "borne_samtale_en.qm",
            shipped / "resources" / "icons" / "borne-samtale.png",
            shipped / "resources" / "fonts" / "DejaVuSans.ttf",
        ]
        if missing := [str(p.relative_to(moved)) for p in needed if not p.is_file()]:
            raise SmokeFailure(f"missing from the bundle: {missing}")
        if not any(shipped.rglob("qtbase_da.qm")):
            raise SmokeFailure("Qt's Danish translation (qtbase_da.qm) is missing")
        print("ok   resources, the English translation and Qt's Danish texts are inside")

        version = bundle.run("--version").stdout.strip()
        if version != f"borne-samtale {__version__}":
            raise SmokeFailure(f"--version printed {version!r}, expected {__version__}")
        print(f"ok   --version: {version}")

        selftest = bundle.run("selftest").stdout
        if selftest.strip().splitlines()[-1:] != ["OK"]:
            raise SmokeFailure(f"selftest did not end with OK:\n{selftest}")
        print("ok   selftest")

        guides = bundle.run("guides", "check").stdout
        print(f"ok   guides check: {guides.count('OK  ')} guides")

        out = root / "demo-out"
        out.mkdir()
        bundle.run("demo", "--out", str(out))
        pdfs = sorted(out.rglob("*.pdf"))
        if not pdfs:
            raise SmokeFailure("demo --out wrote no PDF")
        pdfsig = shutil.which("pdfsig")
        for pdf in pdfs:
            verified = bundle.run("verify", str(pdf), expect=3).stdout  # no --trust: 3
            if "Intakt: ja" not in verified:
                raise SmokeFailure(f"verify {pdf.name} did not say intact:\n{verified}")
            if pdfsig and (problem := pdfsig_problem(pdfsig, pdf)):
                raise SmokeFailure(problem)
        tampered = tampered_copy(pdfs[0], root / "ændret.pdf")
        bundle.run("verify", str(tampered), expect=1)
        if pdfsig and pdfsig_problem(pdfsig, tampered) is None:
            raise SmokeFailure("pdfsig found a changed PDF valid")
        checked_by = "verify and pdfsig" if pdfsig else "verify (pdfsig is not installed)"
        print(f"ok   demo --out: {len(pdfs)} signed PDFs pass {checked_by}; a changed one fails")

        gui = bundle.run(
            "--demo",
            extra_env={"QT_QPA_PLATFORM": "offscreen", "BORNE_SAMTALE_QUIT_WHEN_SHOWN": "1"},
        )
        if gui.stdout.strip() != "shown: UnlockScreen":
            raise SmokeFailure(f"--demo showed {gui.stdout.strip()!r}, not the unlock screen")
        if noise := unexpected_stderr(gui.stderr):
            raise SmokeFailure("the window wrote on stderr:\n" + "\n".join(noise))
        overview = bundle.run("demo").stdout
        if "opdigtede" not in overview:
            raise SmokeFailure(f"the demo vault the window made did not open:\n{overview}")
        print("ok   window: starts offscreen, shows the demo vault's unlock screen, quits")

        if sys.platform.startswith("linux"):
            check_linux_install(moved, root)


def check_linux_install(bundle_dir: Path, root: Path) -> None:
    home = root / "install-home"
    vault_file = home / ".local" / "share" / "borne-samtale" / "vault" / "vault.db"
    vault_file.parent.mkdir(parents=True)
    vault_file.write_bytes(b"stands in for a vault")
    env = isolated_env(home)
    env.pop("XDG_DATA_HOME")  # the script's default, ~/.local/share
    script = Path(__file__).resolve().parent / "linux" / "install.sh"

    def run(*args: str) -> str:
        result = subprocess.run(
            [*args],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0:
            raise SmokeFailure(f"{args} exited {result.returncode}:\n{result.stderr}")
        return result.stdout

    run("sh", str(script), str(bundle_dir))
    link = home / ".local" / "bin" / "borne-samtale"
    version = run(str(link), "--version").strip()
    if version != f"borne-samtale {__version__}":
        raise SmokeFailure(f"the installed program printed {version!r}")
    entry = (home / ".local" / "share" / "applications" / "borne-samtale.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    if not Path(exec_line.removeprefix("Exec=")).is_file():
        raise SmokeFailure(f"the menu entry points at nothing: {exec_line}")
    run("sh", str(script), "--uninstall")
    if link.exists() or (home / ".local" / "lib" / "borne-samtale").exists():
        raise SmokeFailure("--uninstall left the program behind")
    if not vault_file.is_file():
        raise SmokeFailure("--uninstall removed the vault")
    print(
        "ok   install.sh: installs for a user, starts via ~/.local/bin, uninstall keeps the vault"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not (Path(argv[1]) / PROGRAM).is_file():
        print(f"usage: {argv[0]} BUNDLE_DIR (the folder holding {PROGRAM})", file=sys.stderr)
        return 2
    try:
        check(Path(argv[1]).resolve())
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    print("The bundle passed its smoke test.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
