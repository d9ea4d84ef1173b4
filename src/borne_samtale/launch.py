"""The program's script: ``borne-samtale`` (and ``python -m borne_samtale``) start here.

With no command, only ``--vault DIR`` and ``--demo``, the window opens, and the command
line's parser and commands (``cli``) are not imported: the unlock screen is painted first.
Every other command line, ``--help`` and ``--version`` included, goes to ``cli.main``.
Both ways start the process the same way and report failures the same way (process.py).
Light on purpose: only ``os`` and ``sys`` at import.
"""

import sys
from collections.abc import Sequence

from borne_samtale.process import prepare_process, run_reporting


def window_arguments(argv: Sequence[str]) -> tuple[str, bool] | None:
    """``(vault, demo)`` when ``argv`` only opens the window (``vault`` is "" without
    ``--vault``), as ``cli``'s parser reads them; None for anything else, which ``cli.main``
    then parses (abbreviations, errors and help included)."""
    vault = ""
    demo = False
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument == "--demo":
            demo = True
        elif argument.startswith("--vault="):
            vault = argument.removeprefix("--vault=")
        elif argument == "--vault" and index + 1 < len(argv):
            index += 1
            vault = argv[index]
            if vault.startswith("-"):
                return None  # argparse takes it for an option: its usage error
        else:
            return None
        index += 1
    return vault, demo


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window = window_arguments(arguments)
    if window is None:
        from borne_samtale.cli import main as command_line

        return command_line(arguments)
    prepare_process()
    vault, demo = window

    def open_window() -> int:
        from pathlib import Path

        from borne_samtale.ui.app import run_gui
        from borne_samtale.vault.location import default_vault_dir

        return run_gui(vault_dir=Path(vault) if vault else default_vault_dir(), demo=demo)

    return run_reporting(open_window)
