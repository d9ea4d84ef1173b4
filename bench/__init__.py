"""Benchmarks of Børnesamtale: `make bench` (never part of `make test`).

Each benchmark runs in a fresh child process (``python -m bench.<name>``) that prints one
JSON object as its last line of output; ``python -m bench`` runs them all, prints a table
and writes ``docs/performance.md``. The big vault they share is generated once and cached
under ``bench/.cache/`` (see ``bench.bigvault``).
"""
