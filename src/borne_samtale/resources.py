"""Where the shipped resources (guides, fonts) are: source checkout, installed wheel or bundle."""

import sys
from pathlib import Path

from borne_samtale.errors import UserError

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if frozen_root:
        found.append(Path(frozen_root) / "resources")
    found.append(_PACKAGE_DIR / "resources")  # an installed wheel carries them in the package
    found.append(_PACKAGE_DIR.parents[1] / "resources")  # a source checkout (src layout)
    return found


def resource_dir() -> Path:
    """The folder holding guides/ and fonts/."""
    for candidate in _candidates():
        if (candidate / "guides").is_dir():
            return candidate
    raise UserError("Programmets guidefiler mangler. Geninstallér programmet.")


def guides_dir() -> Path:
    return resource_dir() / "guides"


def interpreter_module_path() -> Path:
    return resource_dir() / "interpreter" / "tolk.yaml"


def help_path() -> Path:
    """The user guide (Danish HTML), shown by F1."""
    return resource_dir() / "help" / "guide.html"
