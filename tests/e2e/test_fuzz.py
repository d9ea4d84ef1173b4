"""Fuzzing the three readers of files from outside: guides, conversation records, key files.

Hypothesis mutates real, valid inputs (byte flips, truncation, inserted tokens, JSON and YAML
structure changes; see tests/support/mutations.py) rather than only random bytes, so most cases get
past the first parser. Any input must give success or the typed user error: never another
exception, and never a vault that holds anything but what it held before. The same
mutations run for longer under atheris with ``make fuzz`` (fuzz/README.md).
"""

import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borne_samtale.domain import ConversationRecord, Entry, Perspective
from borne_samtale.errors import GuideError, InvalidRecord, KeyFileInvalid, UserError
from borne_samtale.guides import parse_guide
from borne_samtale.guides.interpreter import InterpreterModule
from borne_samtale.guides.loader import load_guide_file, load_guides, parse_yaml_model
from borne_samtale.resources import interpreter_module_path
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.demo_documents import demo_conversations
from borne_samtale.vault.keys import (
    MAX_ITERATIONS,
    MAX_MEMORY_KIB,
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    read_key_file,
)
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE, run_cli
from tests.support.fuzzing import (
    GUIDE_FILE,
    MARKER,
    SMALL_GUIDE,
    assert_imported_whole,
    assert_plain_message,
    check_whole,
    ids_in,
    import_like_the_cli,
    snapshot,
)
from tests.support.mutations import (
    BIG_NUMBER_TEXT,
    Choose,
    mutate_bytes,
    mutate_tree,
    mutate_yaml_text,
    with_big_numbers,
)

FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Examples per test are sized so the file takes about half a minute; a longer local run:
# BORNE_SAMTALE_FUZZ_SCALE=20 pytest tests/e2e/test_fuzz.py
SCALE = float(os.environ.get("BORNE_SAMTALE_FUZZ_SCALE", "1"))


def examples(count: int) -> int:
    return max(1, round(count * SCALE))


def chooser(data: st.DataObject) -> Choose:
    return lambda low, high: data.draw(st.integers(low, high))


# Guides ---------------------------------------------------------------------------------
SMALL_GUIDE_TREE = yaml.safe_load(SMALL_GUIDE)
INTERPRETER_TEXT = interpreter_module_path().read_text(encoding="utf-8")
INTERPRETER_TREE = yaml.safe_load(INTERPRETER_TEXT)


def assert_guide_or_problems(result: tuple[Any, list[Any]]) -> None:
    parsed, problems = result
    assert (parsed is None) == bool(problems)
    for problem in problems:
        assert str(problem)


def test_the_seed_guides_are_valid() -> None:
    assert parse_guide(SMALL_GUIDE, GUIDE_FILE)[1] == []
    assert load_guide_file(GUIDE_FILE)[1] == []


@settings(FUZZ, max_examples=examples(100))
@given(data=st.data())
def test_guide_text_edits_give_a_guide_or_its_problems(data: st.DataObject) -> None:
    text = mutate_yaml_text(SMALL_GUIDE, chooser(data))
    assert_guide_or_problems(parse_guide(text, Path("guide.yaml")))


@settings(FUZZ, max_examples=examples(70))
@given(data=st.data())
def test_guide_structure_edits_give_a_guide_or_its_problems(data: st.DataObject) -> None:
    tree = mutate_tree(SMALL_GUIDE_TREE, chooser(data))
    text = with_big_numbers(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False))
    assert_guide_or_problems(parse_guide(text, Path("guide.yaml")))


@settings(FUZZ, max_examples=examples(25))
@given(data=st.data())
def test_guide_file_bytes_give_a_guide_or_its_problems(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("guides")
    (folder / GUIDE_FILE.name).write_bytes(mutate_bytes(GUIDE_FILE.read_bytes(), chooser(data)))
    assert_guide_or_problems(load_guide_file(folder / GUIDE_FILE.name))
    try:
        load_guides(folder)
    except GuideError as error:
        assert_plain_message(error, one_line=False)  # one line per problem


@settings(FUZZ, max_examples=examples(60))
@given(data=st.data())
def test_interpreter_module_edits_give_a_module_or_its_problems(data: st.DataObject) -> None:
    choose = chooser(data)
    if choose(0, 1):
        text = mutate_yaml_text(INTERPRETER_TEXT, choose)
    else:
        tree = mutate_tree(INTERPRETER_TREE, choose)
        text = with_big_numbers(yaml.safe_dump(tree, allow_unicode=True))
    assert_guide_or_problems(parse_yaml_model(text, Path("tolk.yaml"), InterpreterModule))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: a\nborn: 2001-02-30\n", "en dato eller et tal er forkert"),
        (f"id: a\nversion: {BIG_NUMBER_TEXT}\n", "en dato eller et tal er forkert"),
        ("id: " + "[" * 3000 + "]" * 3000 + "\n", "indlejret for dybt"),
        ("a: &a [x, x]\nb: [*a, *a]\n", "aliaser"),
        ("id: !!timestamp x\n", "mærker"),
    ],
    ids=["impossible-date", "5000-digit-number", "deep-nesting", "alias", "tag"],
)
def test_yaml_the_loader_could_not_read_is_a_problem_not_a_crash(text: str, expected: str) -> None:
    """Found by fuzzing: these raised ValueError, RecursionError or (a tag on the wrong value)
    AttributeError, or (aliases) could expand a few lines into millions of values."""
    guide, problems = parse_guide(text, Path("guide.yaml"))
    assert guide is None
    assert expected in str(problems[0])


def test_an_alias_bomb_is_refused_at_once() -> None:
    bomb = SMALL_GUIDE + "".join(
        [f"x0: &a0 [{', '.join(['y'] * 10)}]\n"]
        + [f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 9)]
    )
    guide, problems = parse_guide(bomb, Path("guide.yaml"))
    assert guide is None
    assert [p.line for p in problems] == [SMALL_GUIDE.count("\n") + 2]


def test_guides_check_reports_an_unreadable_value_as_a_problem(tmp_path: Path) -> None:
    shutil.copy(GUIDE_FILE, tmp_path)
    broken = tmp_path / GUIDE_FILE.name
    broken.write_text(broken.read_text(encoding="utf-8") + "revideret: 2026-02-30\n")
    result = run_cli("guides", "check", str(tmp_path))
    assert result.returncode == 1  # was 70: an unexpected error
    assert "Traceback" not in result.stderr
    assert "en dato eller et tal er forkert" in result.stderr


# Conversation records -------------------------------------------------------------------
@pytest.fixture(scope="module")
def record_seeds(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The demo's three invented conversations as records, each with the marker word."""
    vault = access.create(tmp_path_factory.mktemp("source") / "vault", PASSPHRASE).vault
    service = ConversationService(vault)
    seeds = []
    for conversation in demo_conversations(service):
        service.add_entry(
            conversation.id,
            Entry(text=f"Jeg tegnede et {MARKER}", perspective=Perspective.CHILD_OWN_WORDS),
        )
        record = service.export_record(conversation.id)
        seeds.append(json.loads(record.model_dump_json()))
    vault.close()
    return seeds


def test_a_mutated_record_is_imported_whole_or_changes_nothing(
    record_seeds: list[dict[str, Any]], tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    vault = access.create(folder, PASSPHRASE).vault
    # The first seed is already in the vault, so mutations can collide with its ids.
    ConversationService(vault).import_record(ConversationRecord.model_validate(record_seeds[0]))
    donors: list[Any] = [*ids_in(record_seeds[0]), "signed", "transferred", "exported"]
    path = tmp_path / "samtale.json"

    @settings(FUZZ, max_examples=examples(150))
    @given(data=st.data())
    def import_one(data: st.DataObject) -> None:
        choose = chooser(data)
        seed = record_seeds[choose(0, len(record_seeds) - 1)]
        if choose(0, 2) == 0:
            raw = mutate_bytes(json.dumps(seed, ensure_ascii=False).encode(), choose)
        else:
            tree = mutate_tree(seed, choose, donors)
            raw = with_big_numbers(json.dumps(tree, ensure_ascii=False)).encode()
        path.write_bytes(raw)
        before = snapshot(vault)
        try:
            record = import_like_the_cli(path, vault)
        except UserError as error:
            assert_plain_message(error)
            assert snapshot(vault) == before
        else:
            assert_imported_whole(vault, record)
        check_whole(vault)

    try:
        import_one()
        before = snapshot(vault)
    finally:
        vault.close()
    # After all that, the vault unlocks (integrity check included) and holds the same rows;
    # unlocking only appends its own audit event.
    reopened = access.unlock(folder, PASSPHRASE)
    try:
        after = snapshot(reopened)
        assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]
        del after["audit_log"], before["audit_log"]
        assert after == before
        assert reopened.audit.verify().ok
    finally:
        reopened.close()


@pytest.fixture(scope="module")
def refusing_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = access.create(tmp_path_factory.mktemp("refusing") / "vault", PASSPHRASE).vault
    yield vault
    vault.close()


def _record_with(
    record_seeds: list[dict[str, Any]], change: Callable[[dict[str, Any]], None]
) -> dict[str, Any]:
    tree: dict[str, Any] = json.loads(json.dumps(record_seeds[1]))
    change(tree)
    return tree


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda t: t["conversation"]["entries"].append(t["conversation"]["entries"][0]),
            "to notater med samme id",
        ),
        (
            lambda t: t["conversation"]["sign_off"].update(status="signed"),
            "kun samtaler, der ikke er underskrevet",
        ),
        (
            lambda t: t["conversation"]["sign_off"].update(
                status="transferred", delete_after="2026-01-01T00:00:00Z"
            ),
            "kun samtaler, der ikke er underskrevet",
        ),
        (
            lambda t: t["conversation"].update(starts_at="0001-01-01T00:00:00+14:00"),
            "tidspunkt, der ikke kan være rigtigt",
        ),
        (
            lambda t: t["conversation"]["entries"][0].update(
                updated_at="9999-12-31T23:59:59-14:00"
            ),
            "tidspunkt, der ikke kan være rigtigt",
        ),
        (lambda t: t["conversation"]["sign_off"].update(version=2**63), "version"),
    ],
    ids=[
        "duplicate-entry-id",
        "signed",
        "transferred-and-due",
        "year-1",
        "year-9999",
        "version-overflows-sqlite",
    ],
)
def test_records_fuzzing_found_are_refused_clearly(
    refusing_vault: Vault,
    tmp_path: Path,
    record_seeds: list[dict[str, Any]],
    change: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    """Found by fuzzing. A duplicate entry id raised sqlite's IntegrityError (exit 70 from the
    command line); a signed record was imported as signed without its documents (and a
    transferred one deleted at the next unlock); a year-1 time crashed the cases list; a
    huge version crashed signing."""
    path = tmp_path / "samtale.json"
    path.write_text(json.dumps(_record_with(record_seeds, change)), encoding="utf-8")
    before = snapshot(refusing_vault)
    with pytest.raises(InvalidRecord, match=expected):
        import_like_the_cli(path, refusing_vault)
    assert snapshot(refusing_vault) == before


def test_an_entry_id_already_in_the_vault_is_refused(
    vault: Vault, tmp_path: Path, record_seeds: list[dict[str, Any]]
) -> None:
    ConversationService(vault).import_record(ConversationRecord.model_validate(record_seeds[0]))
    borrowed = record_seeds[0]["conversation"]["entries"][0]["id"]
    tree = _record_with(record_seeds, lambda t: t["conversation"]["entries"][0].update(id=borrowed))
    path = tmp_path / "samtale.json"
    path.write_text(json.dumps(tree), encoding="utf-8")
    before = snapshot(vault)
    with pytest.raises(InvalidRecord, match="findes allerede i boksen"):
        import_like_the_cli(path, vault)
    assert snapshot(vault) == before


def test_the_command_line_refuses_a_duplicate_entry_id_in_one_line(
    tmp_path: Path, record_seeds: list[dict[str, Any]]
) -> None:
    folder = tmp_path / "vault"
    access.create(folder, PASSPHRASE).vault.close()
    tree = _record_with(
        record_seeds,
        lambda t: t["conversation"]["entries"].append(t["conversation"]["entries"][0]),
    )
    path = tmp_path / "samtale.json"
    path.write_text(json.dumps(tree), encoding="utf-8")
    result = run_cli(
        "import", str(path), "--vault", str(folder), env={"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}
    )
    assert result.returncode == 1  # was 70, with a bug report
    assert result.stderr.strip().splitlines() == ["Fejl: Samtalefilen har to notater med samme id."]


# Key files ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def key_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("keys") / "vault"
    vault = access.create(folder, PASSPHRASE).vault
    vault.close()
    return folder


KEY_DONORS: tuple[Any, ...] = (
    "AAAAAAAAAAAAAAAAAAAAAA==",  # 16 bytes
    "AAAAAAAAAAAAAAAA",  # 12 bytes
    "A" * 64,  # 48 bytes
    "A" * 60 + "AA==",
    "not base64!",
    MIN_MEMORY_KIB,
    MIN_MEMORY_KIB - 1,
    MAX_MEMORY_KIB + 1,
    MIN_ITERATIONS - 1,
    MAX_ITERATIONS + 1,
    "argon2i",
    "borne-samtale/keys",
    2,
)


def mutated_key_file(original: bytes, choose: Choose) -> bytes:
    if choose(0, 1):
        return mutate_bytes(original, choose)
    tree = mutate_tree(json.loads(original), choose, KEY_DONORS)
    return with_big_numbers(json.dumps(tree)).encode()


@settings(FUZZ, max_examples=examples(300))
@given(data=st.data())
def test_a_mutated_key_file_is_read_or_refused_as_damaged(
    data: st.DataObject, key_vault: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    original = VaultPaths(key_vault).key_file.read_bytes()
    path = tmp_path_factory.mktemp("keyfile") / "vault.keys.json"
    path.write_bytes(mutated_key_file(original, chooser(data)))
    try:
        key_file = read_key_file(path)
    except KeyFileInvalid as error:
        assert_plain_message(error)
    else:
        key_file.params.check()  # never below the floors, never above the ceilings


@settings(FUZZ, max_examples=examples(20))
@given(data=st.data())
def test_a_mutated_key_file_opens_the_same_vault_or_none(
    data: st.DataObject, key_vault: Path
) -> None:
    """The whole unlock, Argon2 included (so fewer examples). Changed KDF parameters are left
    to the test above: they are refused after Argon2 has run with them (see the report)."""
    paths = VaultPaths(key_vault)
    original = paths.key_file.read_bytes()
    mutated = mutated_key_file(original, chooser(data))
    try:
        same_kdf = json.loads(mutated).get("kdf") == json.loads(original)["kdf"]
    except (ValueError, AttributeError, RecursionError):
        same_kdf = True  # not JSON, or not an object: refused before any Argon2
    if not same_kdf:
        return
    paths.key_file.write_bytes(mutated)
    try:
        vault = access.unlock(key_vault, PASSPHRASE)
    except UserError as error:
        assert_plain_message(error)
    else:
        assert vault.audit.verify().ok
        vault.close()
    finally:
        paths.key_file.write_bytes(original)


def test_a_key_file_with_a_5000_digit_number_is_damaged_not_a_crash(key_vault: Path) -> None:
    """Found by fuzzing: json.loads raised a plain ValueError (exit 70 from the command line)."""
    folder = key_vault.parent / "digits"
    shutil.copytree(key_vault, folder)
    key_path = VaultPaths(folder).key_file
    text = key_path.read_text()
    key_path.write_text(text.replace('"version": 1', f'"version": {BIG_NUMBER_TEXT}'))
    with pytest.raises(KeyFileInvalid, match="beskadiget"):
        access.unlock(folder, PASSPHRASE)
    result = run_cli(
        "audit", "verify", "--vault", str(folder), env={"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["Fejl: Nøglefilen er beskadiget."]


def test_ids_in_the_seed_are_uuids(record_seeds: list[dict[str, Any]]) -> None:
    assert all(UUID(i) for i in ids_in(record_seeds[0]))
