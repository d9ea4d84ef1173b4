"""atheris: the key file reader. Any bytes give a key file within the KDF floors and
ceilings, or KeyFileInvalid. (Unwrapping is left out: Argon2 at 64 MiB is far too slow.)

    .venv/bin/python fuzz/fuzz_keyfile.py build/fuzz/corpus-keyfile -max_total_time=300
"""

import json
import tempfile
from pathlib import Path

import atheris
from common import BYTES, RAW, chooser, fuzz
from tests.support.mutations import mutate_bytes, mutate_tree, with_big_numbers

with atheris.instrument_imports():
    from borne_samtale.errors import KeyFileInvalid
    from borne_samtale.vault.keys import KdfParams, KeyFile, new_database_key, read_key_file

FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-keyfile-"))
FILE = FOLDER / "vault.keys.json"
# A real key file, made once (Argon2 runs twice here, never in the loop).
SEED = json.dumps(
    KeyFile.create(
        "0" * 32, "en lang og god adgangsfrase", "AAAA-BBBB", new_database_key(), KdfParams()
    ).to_json()
).encode()
DONORS = ("AAAAAAAAAAAAAAAAAAAAAA==", "AAAAAAAAAAAAAAAA", "A" * 64, 65536, 65535, 4194305, 2, 65)


def test_one(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    choose = chooser(provider)
    mode = choose(0, 2)
    if mode == RAW:
        raw = provider.ConsumeBytes(atheris.ALL_REMAINING)
    elif mode == BYTES:
        raw = mutate_bytes(SEED, choose)
    else:
        raw = with_big_numbers(json.dumps(mutate_tree(json.loads(SEED), choose, DONORS))).encode()
    FILE.write_bytes(raw)
    try:
        key_file = read_key_file(FILE)
    except KeyFileInvalid as error:
        message = str(error)
        assert message
        assert "\n" not in message
    else:
        key_file.params.check()


if __name__ == "__main__":
    fuzz(test_one, [SEED])
