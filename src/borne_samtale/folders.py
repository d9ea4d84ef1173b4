r"""The user's own folders the program writes to: local to this machine, never roaming.

Windows: ``%LOCALAPPDATA%\borne-samtale`` (the vault, the demo vault, ``Logs\fejl.log``).
Never ``%APPDATA%``: in many municipalities the roaming profile is copied to a server at
log-off and to every machine the user logs on to, and folder redirection may put it on a
share. The vault is encrypted either way, but it must not travel, and a copy synchronised
while the program writes can come back torn. platformdirs' ``roaming=False`` is the default;
it is written out here so that it stays so, and ``tests/gui/test_windows.py`` runs this on Linux
with the Windows rules to check that only the local folder is ever asked for.

macOS: ``~/Library/Application Support/borne-samtale`` and ``~/Library/Logs/borne-samtale``.
Linux: the XDG data and state folders.
"""

import sys
from pathlib import Path

import platformdirs
from platformdirs.api import PlatformDirsABC

APP_NAME = "borne-samtale"


def _dirs() -> PlatformDirsABC:
    if sys.platform == "win32":
        # The class platformdirs picks on Windows anyway; named here so the tests can run the
        # Windows rules on Linux.
        from platformdirs.windows import Windows

        return Windows(APP_NAME, appauthor=False, roaming=False)
    return platformdirs.PlatformDirs(APP_NAME, appauthor=False, roaming=False)


def data_dir() -> Path:
    """The program's data folder: the vault and the demo vault live in it."""
    return Path(_dirs().user_data_dir)


def log_dir() -> Path:
    """Where the error log (no child data) goes."""
    return Path(_dirs().user_log_dir)


def config_dir() -> Path:
    """Settings that are not secret (the organisation's CA certificate for ``verify``)."""
    return Path(_dirs().user_config_dir)
