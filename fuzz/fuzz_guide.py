"""atheris: the guide loader. Any bytes give a guide or a list of problems, nothing else.

.venv/bin/python fuzz/fuzz_guide.py build/fuzz/corpus-guide -max_total_time=300
"""

import tempfile
from pathlib import Path

import atheris

# PyYAML stays uninstrumented: instrumented, it parses a guide about 20 times slower.
import yaml
from common import BYTES, RAW, TREE, chooser, fuzz
from tests.support.mutations import mutate_bytes, mutate_tree, mutate_yaml_text, with_big_numbers

with atheris.instrument_imports():
    from borne_samtale.guides.loader import load_guide_file

from tests.support.fuzzing import SMALL_GUIDE  # the real guide with its texts cut short

SEED = SMALL_GUIDE.encode()
SEED_TREE = yaml.safe_load(SMALL_GUIDE)
FILE = Path(tempfile.mkdtemp(prefix="fuzz-guide-")) / "guide.yaml"


def test_one(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    choose = chooser(provider)
    mode = choose(0, 3)
    if mode == RAW:
        raw = provider.ConsumeBytes(atheris.ALL_REMAINING)
    elif mode == BYTES:
        raw = mutate_bytes(SEED, choose)
    elif mode == TREE:
        tree = mutate_tree(SEED_TREE, choose)
        raw = with_big_numbers(yaml.safe_dump(tree, allow_unicode=True)).encode()
    else:
        raw = mutate_yaml_text(SMALL_GUIDE, choose).encode()
    FILE.write_bytes(raw)
    guide, problems = load_guide_file(FILE)
    assert (guide is None) == bool(problems)
    for problem in problems:
        str(problem)


if __name__ == "__main__":
    fuzz(test_one, [SEED])
