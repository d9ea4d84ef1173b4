"""Warnings that are not errors: the work goes on, but the user must be told.

Warnings found while working that are not errors: the work goes on, but the person at the
keyboard must be told (a rolled-back database, a deleted log of failed unlocks …).

Each is already in the audit trail when it is told. The command line sets a sink that prints
them on stderr; the window reads ``vault.warnings`` and shows them. Light on purpose: the
command line imports it before anything else.
"""

from collections.abc import Callable

_sink: Callable[[str], None] | None = None


def set_sink(sink: Callable[[str], None] | None) -> None:
    global _sink
    _sink = sink


def tell(message: str) -> None:
    if _sink is not None:
        _sink(message)
