"""What the atheris harnesses share: the mutations of tests/support/mutations.py driven by
libFuzzer's bytes, seeding an empty corpus folder with real inputs, and starting the fuzzer."""

import sys
from collections.abc import Callable
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.support.mutations

from tests.support.mutations import Choose  # noqa: E402

RAW, BYTES, TREE = 0, 1, 2  # what the first choice of an input means


def chooser(provider: atheris.FuzzedDataProvider) -> Choose:
    return lambda low, high: int(provider.ConsumeIntInRange(low, high))


def fuzz(test_one: Callable[[bytes], None], seeds: list[bytes]) -> None:
    """Seed the corpus folder (the first argument that is not a flag) when it is empty, then
    hand over to libFuzzer. A seed runs as RAW input: libFuzzer's own mutations start there."""
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    if folders:
        corpus = folders[0]
        corpus.mkdir(parents=True, exist_ok=True)
        if not any(corpus.iterdir()):
            for number, seed in enumerate(seeds):
                (corpus / f"seed-{number}").write_bytes(bytes([RAW]) + seed)
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
