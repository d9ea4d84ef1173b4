"""The key file's Argon2id cost: calibrated on the machine that creates the vault, never below
the floors, and an edited key file is refused clearly and never opens with a weaker KDF."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypedDict

import pytest

from borne_samtale.errors import KeyFileInvalid, WrongPassphrase
from borne_samtale.services import access
from borne_samtale.vault import keys
from borne_samtale.vault.keys import (
    CALIBRATION_MAX_ITERATIONS,
    CALIBRATION_MAX_MEMORY_KIB,
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    KdfParams,
    calibrate,
    calibration_target,
)
from borne_samtale.vault.location import VaultPaths
from tests.support.common import PASSPHRASE
from tests.support.vaults import (
    edit_key_file,
)

FLOOR_WORK = MIN_MEMORY_KIB * MIN_ITERATIONS


class FakeMachine:
    """A clock that moves only when a derivation 'runs', by a cost model of the machine."""

    def __init__(self, seconds_at_floor: float, big_memory_penalty: float = 1.0) -> None:
        self.now = 100.0
        self.seconds_at_floor = seconds_at_floor
        self.big_memory_penalty = big_memory_penalty  # > 1: large memory is slower than linear
        self.trials: list[KdfParams] = []

    def cost(self, params: KdfParams) -> float:
        seconds = self.seconds_at_floor * params.memory_kib * params.iterations / FLOOR_WORK
        if params.memory_kib > 128 * 1024:
            seconds *= self.big_memory_penalty
        return seconds

    def clock(self) -> float:
        return self.now

    def derive(self, params: KdfParams) -> None:
        self.trials.append(params)
        self.now += self.cost(params)


def _within_bounds(params: KdfParams) -> None:
    assert MIN_MEMORY_KIB <= params.memory_kib <= CALIBRATION_MAX_MEMORY_KIB
    assert MIN_ITERATIONS <= params.iterations <= CALIBRATION_MAX_ITERATIONS
    assert params.parallelism == KdfParams().parallelism
    params.check()


@pytest.mark.parametrize("seconds_at_floor", [0.05, 0.13, 0.3])
def test_calibration_raises_the_cost_to_about_half_a_second_on_a_fast_machine(
    seconds_at_floor: float,
) -> None:
    machine = FakeMachine(seconds_at_floor)
    params = calibrate(0.5, clock=machine.clock, derive=machine.derive)
    _within_bounds(params)
    assert params.memory_kib * params.iterations > FLOOR_WORK  # dearer than the floors
    assert 0.4 <= machine.cost(params) <= 0.5
    assert params.memory_kib % 1024 == 0
    assert len(machine.trials) == 3  # two at the floors, one of the estimate


def test_calibration_raises_memory_first_then_passes_up_to_the_caps() -> None:
    quick = calibrate(0.5, **_fake(0.05))
    assert quick.memory_kib == CALIBRATION_MAX_MEMORY_KIB
    assert quick.iterations > MIN_ITERATIONS
    absurdly_fast = calibrate(0.5, **_fake(0.0))  # a clock that does not move at all
    assert absurdly_fast == KdfParams(CALIBRATION_MAX_MEMORY_KIB, CALIBRATION_MAX_ITERATIONS)


class _Fake(TypedDict):
    clock: Callable[[], float]
    derive: Callable[[KdfParams], None]


def _fake(seconds_at_floor: float) -> _Fake:
    machine = FakeMachine(seconds_at_floor)
    return {"clock": machine.clock, "derive": machine.derive}


@pytest.mark.parametrize("seconds_at_floor", [0.5, 0.8, 3.0])
def test_calibration_never_goes_below_the_floors_on_a_slow_machine(
    seconds_at_floor: float,
) -> None:
    machine = FakeMachine(seconds_at_floor)
    params = calibrate(0.5, clock=machine.clock, derive=machine.derive)
    assert params == KdfParams()
    assert (params.memory_kib, params.iterations) == (64 * 1024, 3)
    assert len(machine.trials) == 2


def test_calibration_steps_back_when_the_estimate_overshoots() -> None:
    machine = FakeMachine(0.13, big_memory_penalty=2.0)
    params = calibrate(0.5, clock=machine.clock, derive=machine.derive)
    _within_bounds(params)
    assert machine.cost(machine.trials[2]) > 0.5 * 1.25  # the estimate was too dear here
    assert params != machine.trials[2]
    assert machine.cost(params) <= 0.5
    assert params.memory_kib * params.iterations > FLOOR_WORK


def test_a_zero_target_means_the_floors_without_measuring() -> None:
    machine = FakeMachine(0.01)
    assert calibrate(0.0, clock=machine.clock, derive=machine.derive) == KdfParams()
    assert machine.trials == []


def test_the_target_comes_from_the_environment_only_in_milliseconds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(keys.KDF_TARGET_ENV, raising=False)
    assert calibration_target() == keys.CALIBRATION_TARGET_SECONDS
    monkeypatch.setenv(keys.KDF_TARGET_ENV, "250")
    assert calibration_target() == 0.25
    monkeypatch.setenv(keys.KDF_TARGET_ENV, "-5")
    assert calibration_target() == 0.0
    monkeypatch.setenv(keys.KDF_TARGET_ENV, "lidt")
    assert calibration_target() == keys.CALIBRATION_TARGET_SECONDS


def test_a_new_vault_stores_and_uses_the_calibrated_cost(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dearer = KdfParams(memory_kib=96 * 1024, iterations=4)
    asked: list[float] = []

    def fake_calibrate(target: float) -> KdfParams:
        asked.append(target)
        return dearer

    monkeypatch.setenv(keys.KDF_TARGET_ENV, "500")
    monkeypatch.setattr(keys, "calibrate", fake_calibrate)
    access.lock(access.create(vault_dir, PASSPHRASE).vault)
    assert asked == [0.5]
    stored = json.loads(VaultPaths(vault_dir).key_file.read_text())["kdf"]
    assert (stored["memory_kib"], stored["iterations"]) == (96 * 1024, 4)
    access.unlock(vault_dir, PASSPHRASE).close()


# The key file's integrity -------------------------------------------------------------------
EDITS = {
    "stronger passes": lambda d: d["kdf"].update(iterations=4),
    "weaker passes": lambda d: d["kdf"].update(iterations=1),
    "more memory": lambda d: d["kdf"].update(memory_kib=131072),
    "less memory": lambda d: d["kdf"].update(memory_kib=1024),
    "fewer lanes": lambda d: d["kdf"].update(parallelism=1),
    "other vault id": lambda d: d.update(vault_id="0" * 32),
    "other salt": lambda d: d["passphrase"].update(salt="A" * 24),
}


@pytest.fixture
def closed_vault(vault_dir: Path) -> Path:
    access.lock(access.create(vault_dir, PASSPHRASE).vault)
    return vault_dir


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_an_edited_key_file_is_refused_with_a_clear_message(
    closed_vault: Path, edit: object
) -> None:
    edit_key_file(closed_vault, edit)
    with pytest.raises(KeyFileInvalid, match="ændret uden om programmet"):
        access.unlock(closed_vault, PASSPHRASE)
    assert access.failed_attempts(closed_vault) == 0  # not counted as a wrong passphrase


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_an_edit_with_a_recomputed_checksum_never_opens_and_never_derives_weaker(
    closed_vault: Path, edit: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit_key_file(closed_vault, edit, fix_checksum=True)
    used: list[KdfParams] = []
    real_derive = keys.derive_key

    def watching(secret: str, salt: bytes, params: KdfParams) -> bytearray:
        used.append(params)
        return real_derive(secret, salt, params)

    monkeypatch.setattr(keys, "derive_key", watching)
    with pytest.raises((KeyFileInvalid, WrongPassphrase)):
        access.unlock(closed_vault, PASSPHRASE)
    for params in used:
        assert params.memory_kib >= MIN_MEMORY_KIB
        assert params.iterations >= MIN_ITERATIONS


def test_a_key_file_from_before_the_checksum_still_opens(closed_vault: Path) -> None:
    edit_key_file(closed_vault, lambda d: d.pop("integrity"))
    access.unlock(closed_vault, PASSPHRASE).close()


def test_the_checksum_is_written_and_survives_a_passphrase_change(closed_vault: Path) -> None:
    vault = access.unlock(closed_vault, PASSPHRASE)
    access.change_passphrase(vault, PASSPHRASE, "en ny og lang adgangsfrase")
    access.lock(vault)
    data = json.loads(VaultPaths(closed_vault).key_file.read_text())
    assert data["integrity"].startswith("sha256:")
    access.unlock(closed_vault, "en ny og lang adgangsfrase").close()
