"""How every start of the program prepares its process and reports a failure.

How every start of the program prepares its process and reports its failures, for the
window (launch.py) and the command line (cli.py) alike. Light: only ``os`` and ``sys``."""

import os
import sys
from collections.abc import Callable


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
