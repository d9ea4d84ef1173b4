"""The program's script: ``borne-samtale`` (and ``python -m borne_samtale``) start here.

With no command, only ``--vault DIR`` and ``--demo``, the window opens, and the command
line's parser and commands (``cli``) are not imported: the unlock screen is painted first.
Every other command line, ``--help`` and ``--version`` included, goes to ``cli.main``.
Both ways start the process the same way (``prepare_process``) and report failures the same
way (``run_reporting``). Light on purpose: only ``os`` and ``sys`` at import.
"""

import os
import sys
from collections.abc import Callable, Sequence


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


def prepare_process() -> None:
    """What every start does before anything else."""
    from borne_samtale import notices
    from borne_samtale.hardening import disable_core_dumps

    # Before anything reads a passphrase or a child's words: no core dumps of this process.
    disable_core_dumps()
    # Every file the program makes (the vault's, SQLite's side files, exports, logs) is the
    # user's alone from the start; the vault's own files are also set 0600 one by one.
    os.umask(0o077)
    # What an unlock finds (a rolled-back database …) is told on stderr, whatever the command.
    notices.set_sink(lambda message: print(f"Advarsel: {message}", file=sys.stderr))


def run_reporting(work: Callable[[], int]) -> int:
    """``work()``'s exit code; a user error as one plain sentence on stderr (1), an
    interrupt (130), a closed pipe (0), anything else in the bug log without its message (70)."""
    from borne_samtale.errors import UserError

    try:
        return work()
    except UserError as exc:
        print(f"Fejl: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Afbrudt.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped listening (e.g. `| head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        from borne_samtale.buglog import report_unexpected

        report_unexpected(exc)
        return 70


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
