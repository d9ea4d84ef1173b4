"""The key file: a random database key wrapped under the passphrase and under a recovery code.

``vault.keys.json`` is not secret. It holds the Argon2id parameters and salts and two
AES-256-GCM wraps of the same random 256-bit database key. The parameters and the vault id
are bound into each wrap as associated data, so a tampered file fails to open rather than
silently using weaker settings, and no file may go below the floors (m = 64 MiB, t = 3). A
checksum over the other fields turns an edited or damaged file into a clear message. The
cost is calibrated when a vault is created: about half a second of Argon2id on the machine
that creates it. Changing the passphrase rewrites only this file.
"""

import base64
import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from borne_samtale.errors import KeyFileInvalid, NotEnoughMemory, WeakPassphrase, WrongPassphrase
from borne_samtale.vault.anchor import Head
from borne_samtale.vault.attempts import Failures
from borne_samtale.vault.files import write_atomic
from borne_samtale.vault.storage import storage_errors

KEY_FILE_FORMAT = "borne-samtale/keys"
KEY_FILE_VERSION = 1
KEY_BYTES = 32
# zxcvbn scores 0-4; 3 means about 10^8 to 10^10 guesses. With Argon2id's cost per guess
# that is years for a guesser with a copy of the files.
MIN_PASSPHRASE_SCORE = 3
MAX_SCORED_CHARS = 100
APP_WORDS = ("børnesamtale", "boernesamtale", "borne-samtale", "kommune", "rådgiver")
WEAK_PASSPHRASE = (
    "Adgangsfrasen er for let at gætte (styrke {score} af 4; mindst 3). Brug nogle ord i en "  # noqa: S105
    "sætning, der ikke handler om dig, dit arbejde eller din kommune."
)

# Floors no key file may go below, whatever it says (a tampered file must not weaken the KDF).
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_PARALLELISM = 1
# A hostile file must not make us allocate absurd memory: four times what calibration ever
# chooses (256 MiB), so no key file this program wrote is refused.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_PARALLELISM = 64

# Calibration at vault creation: raise the cost until one derivation takes about this long
# on this machine (memory first, then passes), within these bounds.
CALIBRATION_TARGET_SECONDS = 0.5
CALIBRATION_MAX_MEMORY_KIB = 256 * 1024
CALIBRATION_MAX_ITERATIONS = 10
# Milliseconds; lowers (or raises) the target. Tests set 0, which means the floors exactly.
# It can never go below the floors, so it cannot weaken a vault beyond them.
KDF_TARGET_ENV = "BORNE_SAMTALE_KDF_TARGET_MS"

RECOVERY_GROUPS = 8  # 8 groups of 4 base32 characters: 160 bits
_RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    parallelism: int = 4

    def check(self) -> None:
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise KeyFileInvalid("Nøglefilen har ugyldige sikkerhedsindstillinger.")
        if not (MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS):
            raise KeyFileInvalid("Nøglefilen har ugyldige sikkerhedsindstillinger.")
        if not (MIN_PARALLELISM <= self.parallelism <= MAX_PARALLELISM):
            raise KeyFileInvalid("Nøglefilen har ugyldige sikkerhedsindstillinger.")


INTEGRITY_FIELD = "integrity"
TAMPERED = (
    "Nøglefilen (vault.keys.json) er ændret uden om programmet, så boksen åbnes ikke. "
    "Læg en sikkerhedskopi af nøglefilen tilbage, eller kontakt IT-support."
)


def _checksum(body: Mapping[str, Any]) -> str:
    """SHA-256 of the file's other fields, canonically encoded.

    Not a secret and not the protection: anyone can recompute it. It turns an edited or
    damaged file into a clear message instead of "wrong passphrase". What keeps an edited
    file from weakening the lock is the floors and the parameters bound into each wrap.
    """
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyFileInvalid("Nøglefilen er beskadiget.")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise KeyFileInvalid("Nøglefilen er beskadiget.") from None


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id of a passphrase or recovery code; the caller zeroes the result."""
    params.check()
    try:
        raw = hash_secret_raw(
            secret=secret.encode("utf-8"),
            salt=salt,
            time_cost=params.iterations,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )
    except (HashingError, MemoryError):  # argon2 says "Memory allocation error"
        raise NotEnoughMemory(
            f"Der er ikke hukommelse nok til at åbne boksen: nøglefilen kræver "
            f"{params.memory_kib // 1024} MiB. Luk andre programmer, og prøv igen."
        ) from None
    return bytearray(raw)


def _work_params(work: float) -> KdfParams:
    """Parameters costing about ``work`` (KiB x passes): memory first, then passes."""
    floor = KdfParams()
    mebibytes = int(work / floor.iterations) // 1024
    memory = max(floor.memory_kib, min(CALIBRATION_MAX_MEMORY_KIB, mebibytes * 1024))
    iterations = max(floor.iterations, min(CALIBRATION_MAX_ITERATIONS, int(work / memory)))
    return KdfParams(memory, iterations, floor.parallelism)


def _trial_derivation(params: KdfParams) -> None:
    zero(derive_key("kalibrering", secrets.token_bytes(16), params))


def calibrate(
    target_seconds: float,
    *,
    clock: Callable[[], float] = time.perf_counter,
    derive: Callable[[KdfParams], None] = _trial_derivation,
) -> KdfParams:
    """The Argon2id cost that takes about ``target_seconds`` here, never below the floors.

    Two trials at the floors (the first also pays for the allocation), an estimate from the
    faster one, then one trial of the estimate; if that overshoots by a quarter, the
    estimate is scaled back once. Cost grows about linearly with memory x passes.
    """
    floor = KdfParams()
    if target_seconds <= 0:
        return floor

    def timed(params: KdfParams) -> float:
        start = clock()
        derive(params)
        return max(clock() - start, 1e-6)

    base = min(timed(floor), timed(floor))
    if base >= target_seconds:
        return floor
    work_per_second = floor.memory_kib * floor.iterations / base
    params = _work_params(work_per_second * target_seconds)
    if params == floor:
        return floor
    took = timed(params)
    if took > target_seconds * 1.25:
        work = params.memory_kib * params.iterations * target_seconds / took
        params = _work_params(work)
    return params


def calibration_target() -> float:
    """Seconds: ``CALIBRATION_TARGET_SECONDS``, or ``$BORNE_SAMTALE_KDF_TARGET_MS``."""
    override = os.environ.get(KDF_TARGET_ENV)
    if override is not None:
        try:
            return max(float(override), 0.0) / 1000
        except ValueError:
            pass
    return CALIBRATION_TARGET_SECONDS


def calibrated_params() -> KdfParams:
    return calibrate(calibration_target())


def zero(buffer: bytearray) -> None:
    """Overwrite key material in place (best effort in CPython)."""
    for i in range(len(buffer)):
        buffer[i] = 0


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * 4))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def normalise_recovery_code(code: str) -> str:
    """Accept the code as typed: any case, with or without dashes and spaces."""
    cleaned = "".join(c for c in code.upper() if c.isalnum())
    # Letters people confuse with digits that base32 does not use.
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def passphrase_score(passphrase: str, user_inputs: Iterable[str] = ()) -> int:
    """zxcvbn's score, 0 to 4: how many guesses the passphrase would take a guesser who
    knows common passwords, words, keyboard patterns, dates and the ``user_inputs`` (the
    caseworker's name and municipality: what an attacker who took their laptop knows).

    Scored on the first ``MAX_SCORED_CHARS`` characters: more only makes it stronger, and
    zxcvbn's time grows fast with length.
    """
    from zxcvbn import zxcvbn

    words = [*APP_WORDS]
    for text in user_inputs:
        words += [text, *text.replace("-", " ").split()]
    result = zxcvbn(passphrase[:MAX_SCORED_CHARS], user_inputs=[w for w in words if w])
    return int(result["score"])


def check_passphrase_strength(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """The minimum is a zxcvbn score, not a length: "aaaaaaaaaaaaaaaaaaaa" (score 0) and
    "Password123!" (1) are refused; a few words in a sentence pass."""
    score = passphrase_score(passphrase, user_inputs)
    if score < MIN_PASSPHRASE_SCORE:
        raise WeakPassphrase(WEAK_PASSPHRASE.format(score=score))


@dataclass(frozen=True)
class Wrap:
    """One AES-GCM wrap of the database key under a key derived from a secret."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: object) -> "Wrap":
        if not isinstance(data, Mapping):
            raise KeyFileInvalid("Nøglefilen er beskadiget.")
        wrap = cls(
            _unb64(data.get("salt")), _unb64(data.get("nonce")), _unb64(data.get("ciphertext"))
        )
        if len(wrap.salt) < 16 or len(wrap.nonce) != 12 or len(wrap.ciphertext) != KEY_BYTES + 16:
            raise KeyFileInvalid("Nøglefilen er beskadiget.")
        return wrap


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    params: KdfParams
    passphrase_wrap: Wrap
    recovery_wrap: Wrap
    # The audit chain's authenticated head (anchor.py) and the count of failed unlocks since
    # the last success (attempts.py); absent in files written before they existed.
    head: Head | None = None
    failures: Failures | None = None

    def _aad(self, kind: str) -> bytes:
        p = self.params
        return (
            f"{KEY_FILE_FORMAT}/{KEY_FILE_VERSION}/{self.vault_id}/{kind}/"
            f"argon2id/{p.memory_kib}/{p.iterations}/{p.parallelism}"
        ).encode()

    def to_json(self) -> dict[str, Any]:
        data = self._body()
        data[INTEGRITY_FIELD] = _checksum(data)
        return data

    def _body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "vault_id": self.vault_id,
            "kdf": {
                "name": "argon2id",
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "parallelism": self.params.parallelism,
            },
            "passphrase": self.passphrase_wrap.to_json(),
            "recovery": self.recovery_wrap.to_json(),
        }
        if self.head is not None:
            body["head"] = self.head.to_json()
        if self.failures is not None:
            body["failed_unlocks"] = self.failures.to_json()
        return body

    @classmethod
    def from_json(cls, data: object, *, recovering: bool = False) -> "KeyFile":
        """``recovering``: a checksum that does not match is no reason to refuse the recovery
        code, whose own wrap is authenticated and bound to the parameters, which still must
        meet the floors. Damage to the passphrase's part must not lock the caseworker out."""
        if not isinstance(data, Mapping) or data.get("format") != KEY_FILE_FORMAT:
            raise KeyFileInvalid("Filen er ikke en nøglefil fra Børnesamtale.")
        if data.get("version") != KEY_FILE_VERSION:
            raise KeyFileInvalid("Nøglefilen er fra en anden version af programmet.")
        if INTEGRITY_FIELD in data:  # absent only in files written before it existed
            body = {k: v for k, v in data.items() if k != INTEGRITY_FIELD}
            try:
                expected = _checksum(body)
            except (TypeError, ValueError, RecursionError):
                raise KeyFileInvalid("Nøglefilen er beskadiget.") from None
            if data[INTEGRITY_FIELD] != expected and not recovering:
                raise KeyFileInvalid(TAMPERED)
        kdf = data.get("kdf")
        if not isinstance(kdf, Mapping) or kdf.get("name") != "argon2id":
            raise KeyFileInvalid("Nøglefilen har ugyldige sikkerhedsindstillinger.")
        numbers = [kdf.get(k) for k in ("memory_kib", "iterations", "parallelism")]
        if not all(type(n) is int for n in numbers):
            raise KeyFileInvalid("Nøglefilen har ugyldige sikkerhedsindstillinger.")
        params = KdfParams(*numbers)  # type: ignore[arg-type]
        params.check()
        vault_id = data.get("vault_id")
        if not isinstance(vault_id, str) or not vault_id:
            raise KeyFileInvalid("Nøglefilen er beskadiget.")
        head = failures = None
        if "head" in data and (head := Head.from_json(data["head"])) is None:
            raise KeyFileInvalid("Nøglefilen er beskadiget.")
        if (
            "failed_unlocks" in data
            and (failures := Failures.from_json(data["failed_unlocks"])) is None
        ):
            raise KeyFileInvalid("Nøglefilen er beskadiget.")
        return cls(
            vault_id=vault_id,
            params=params,
            passphrase_wrap=Wrap.from_json(data.get("passphrase")),
            recovery_wrap=Wrap.from_json(data.get("recovery")),
            head=head,
            failures=failures,
        )

    def _wrap(self, kind: str, secret: str, db_key: bytearray) -> Wrap:
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        kek = derive_key(secret, salt, self.params)
        try:
            ciphertext = AESGCM(bytes(kek)).encrypt(nonce, bytes(db_key), self._aad(kind))
        finally:
            zero(kek)
        return Wrap(salt, nonce, ciphertext)

    def _unwrap(self, kind: str, secret: str, wrap: Wrap) -> bytearray:
        kek = derive_key(secret, wrap.salt, self.params)
        try:
            plain = AESGCM(bytes(kek)).decrypt(wrap.nonce, wrap.ciphertext, self._aad(kind))
        except InvalidTag:
            raise WrongPassphrase(
                "Adgangsfrasen er forkert."
                if kind == "passphrase"
                else "Gendannelseskoden er forkert."
            ) from None
        finally:
            zero(kek)
        return bytearray(plain)

    def unwrap_with_passphrase(self, passphrase: str) -> bytearray:
        return self._unwrap("passphrase", passphrase, self.passphrase_wrap)

    def unwrap_with_recovery_code(self, code: str) -> bytearray:
        return self._unwrap("recovery", normalise_recovery_code(code), self.recovery_wrap)

    def with_passphrase(self, passphrase: str, db_key: bytearray) -> "KeyFile":
        return replace(self, passphrase_wrap=self._wrap("passphrase", passphrase, db_key))

    def with_recovery_code(self, code: str, db_key: bytearray) -> "KeyFile":
        wrap = self._wrap("recovery", normalise_recovery_code(code), db_key)
        return replace(self, recovery_wrap=wrap)

    def with_head(self, head: Head) -> "KeyFile":
        return replace(self, head=head)

    def with_failures(self, failures: Failures | None) -> "KeyFile":
        return replace(self, failures=failures)

    @classmethod
    def create(
        cls,
        vault_id: str,
        passphrase: str,
        recovery_code: str,
        db_key: bytearray,
        params: KdfParams,
    ) -> "KeyFile":
        empty = Wrap(b"", b"", b"")
        blank = cls(vault_id, params, empty, empty)
        return blank.with_passphrase(passphrase, db_key).with_recovery_code(recovery_code, db_key)


def new_database_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def read_key_file(path: Path, *, recovering: bool = False) -> KeyFile:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileInvalid(
            "Nøglefilen (vault.keys.json) mangler, så samtalerne kan ikke åbnes. "
            "Læg en sikkerhedskopi af nøglefilen tilbage i mappen."
        ) from None
    except OSError as exc:
        raise KeyFileInvalid(f"Nøglefilen kan ikke læses ({exc.strerror}).") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or a number of 5000 digits
        raise KeyFileInvalid("Nøglefilen er beskadiget.") from None
    return KeyFile.from_json(data, recovering=recovering)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Write atomically (files.py); a full or read-only disk leaves the old key file
    untouched, and says so."""
    data = json.dumps(key_file.to_json(), indent=2).encode("utf-8")
    with storage_errors():
        write_atomic(path, data)
