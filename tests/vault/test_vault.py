"""The encrypted vault, against real SQLCipher files on disk."""

import json
from pathlib import Path

import pytest
import sqlcipher3

from borne_samtale.domain import Perspective
from borne_samtale.errors import (
    KeyFileInvalid,
    VaultCorrupted,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.vault import migrations
from borne_samtale.vault.audit import AuditEvent
from borne_samtale.vault.database import open_database
from borne_samtale.vault.keys import new_database_key
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE
from tests.support.vaults import (
    add_conversation,
)


def _file_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_unlock_and_read_back(vault_dir: Path) -> None:
    new = access.create(vault_dir, PASSPHRASE)
    assert len(new.recovery_code.replace("-", "")) == 32
    conversation = add_conversation(ConversationService(new.vault), "Jeg bor hos mor")
    access.lock(new.vault)
    assert not new.vault.is_open

    vault = access.unlock(vault_dir, PASSPHRASE)
    again = ConversationService(vault).get(conversation.id)
    assert [e.text for e in again.entries] == ["Jeg bor hos mor"]
    assert again.entries[0].perspective is Perspective.CHILD_OWN_WORDS
    vault.close()


def test_the_vault_files_are_encrypted_and_private(vault: Vault) -> None:
    assert vault.paths.database.read_bytes()[:16] != b"SQLite format 3\x00"
    assert (vault.paths.key_file.stat().st_mode & 0o077) == 0
    assert (vault.paths.folder.stat().st_mode & 0o077) == 0
    key_file = json.loads(vault.paths.key_file.read_text())
    assert key_file["kdf"] == {
        "name": "argon2id",
        "memory_kib": 65536,
        "iterations": 3,
        "parallelism": 4,
    }


def test_wrong_passphrase_is_refused_clearly_and_changes_nothing(vault_dir: Path) -> None:
    access.lock(access.create(vault_dir, PASSPHRASE).vault)
    before = _file_bytes(vault_dir)
    with pytest.raises(WrongPassphrase, match="Adgangsfrasen er forkert"):
        access.unlock(vault_dir, "ikke den rigtige frase")
    after = _file_bytes(vault_dir)
    failed_log = after.pop("failed-unlocks.log")
    # The key file keeps a second count of failures (so deleting the log does not reset
    # the wait); nothing else in it, and nothing else at all, changes.
    keys_before = json.loads(before.pop("vault.keys.json"))
    keys_after = json.loads(after.pop("vault.keys.json"))
    assert keys_after.pop("failed_unlocks")["count"] == 1
    assert {k: v for k, v in keys_after.items() if k != "integrity"} == {
        k: v for k, v in keys_before.items() if k != "integrity"
    }
    assert after == before
    assert failed_log.count(b"\n") == 1


def test_failed_unlocks_reach_the_audit_log_at_the_next_unlock(vault_dir: Path) -> None:
    access.lock(access.create(vault_dir, PASSPHRASE).vault)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            access.unlock(vault_dir, "forkert forkert forkert")
    vault = access.unlock(vault_dir, PASSPHRASE)
    events = [row.event for row in vault.audit.rows()]
    assert events[-3:] == ["unlock_failed", "unlock_failed", "unlocked"]
    assert not VaultPaths(vault_dir).failed_unlocks.exists()
    assert vault.audit.verify().ok
    vault.close()


def test_creating_over_an_existing_vault_is_refused(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        access.create(vault.paths.folder, PASSPHRASE)


def test_a_short_passphrase_is_refused(vault_dir: Path) -> None:
    with pytest.raises(WeakPassphrase):
        access.create(vault_dir, "kort")
    assert not vault_dir.exists() or not any(vault_dir.iterdir())


def test_no_vault_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="Der er ingen boks"):
        access.unlock(tmp_path / "nowhere", PASSPHRASE)


def test_recovery_code_unlocks_sets_a_new_passphrase_and_is_replaced(vault_dir: Path) -> None:
    new = access.create(vault_dir, PASSPHRASE)
    conversation = add_conversation(ConversationService(new.vault), "Jeg kan lide fodbold")
    access.lock(new.vault)
    typed = new.recovery_code.lower().replace("-", " ")  # as a person might type it

    recovered = access.recover(vault_dir, typed, "en helt ny adgangsfrase")
    assert recovered.recovery_code != new.recovery_code
    assert ConversationService(recovered.vault).get(conversation.id).entries[0].text == (
        "Jeg kan lide fodbold"
    )
    assert recovered.vault.audit.rows()[-1].event == AuditEvent.RECOVERY_CODE_USED
    access.lock(recovered.vault)

    with pytest.raises(WrongPassphrase):
        access.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="Gendannelseskoden er forkert"):
        access.recover(vault_dir, new.recovery_code, "endnu en ny adgangsfrase")
    access.unlock(vault_dir, "en helt ny adgangsfrase").close()
    access.recover(vault_dir, recovered.recovery_code, "tredje nye adgangsfrase").vault.close()


def test_passphrase_change_rewrites_only_the_key_file(vault_dir: Path) -> None:
    vault = access.create(vault_dir, PASSPHRASE).vault
    add_conversation(ConversationService(vault), "hej")
    vault.close()
    vault = access.unlock(vault_dir, PASSPHRASE)
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database_before = vault.paths.database.read_bytes()

    with pytest.raises(WrongPassphrase):
        access.change_passphrase(vault, "ikke den gamle frase", "ny og lang adgangsfrase")
    vault.change_passphrase(PASSPHRASE, "ny og lang adgangsfrase")
    assert vault.paths.database.read_bytes() == database_before
    assert not vault.paths.key_file.with_name("vault.keys.json.tmp").exists()
    vault.close()

    with pytest.raises(WrongPassphrase):
        access.unlock(vault_dir, PASSPHRASE)
    access.unlock(vault_dir, "ny og lang adgangsfrase").close()


def test_a_locked_vault_refuses_work_and_holds_no_key(vault: Vault) -> None:
    key = vault._key
    access.lock(vault)
    assert not any(key)
    with pytest.raises(VaultLocked):
        vault.rotate_recovery_code()


@pytest.mark.parametrize("start", range(migrations.LATEST_VERSION + 1))
def test_migrations_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    key = new_database_key()
    path = tmp_path / "old.db"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    assert migrations.migrate(conn, target=start) == start
    conn.close()

    conn = open_database(path, key, create=start == 0)  # version 0: nothing written yet
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"children", "conversations", "entries", "entries_fts", "audit_log"} <= tables
    conn.close()


def test_a_vault_from_a_newer_program_is_refused(vault: Vault) -> None:
    vault.connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    folder = vault.paths.folder
    vault.close()
    with pytest.raises(VaultTooNew, match="nyere version"):
        access.unlock(folder, PASSPHRASE)


def test_a_corrupted_page_is_reported_clearly(vault_dir: Path) -> None:
    vault = access.create(vault_dir, PASSPHRASE).vault
    add_conversation(ConversationService(vault), *(f"notat nummer {i} " * 20 for i in range(50)))
    vault.close()
    database = VaultPaths(vault_dir).database
    data = bytearray(database.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096 + 100] ^= 0xFF  # a byte inside the third page
    database.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted, match="beskadiget"):
        access.unlock(vault_dir, PASSPHRASE)


def test_a_missing_key_file_is_reported_clearly(vault: Vault) -> None:
    folder = vault.paths.folder
    vault.close()
    (folder / "vault.keys.json").unlink()
    with pytest.raises(KeyFileInvalid, match="Nøglefilen"):
        access.unlock(folder, PASSPHRASE)


def test_a_missing_database_is_reported_clearly(vault: Vault) -> None:
    folder = vault.paths.folder
    vault.close()
    (folder / "vault.db").unlink()
    with pytest.raises(VaultCorrupted, match=r"vault\.db\) mangler"):
        access.unlock(folder, PASSPHRASE)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 8),
        ("iterations", 1),
        ("parallelism", 0),
        ("memory_kib", 131072),
        ("iterations", "3"),
    ],
)
def test_tampered_kdf_parameters_never_weaken_the_lock(
    vault: Vault, field: str, value: object
) -> None:
    folder = vault.paths.folder
    vault.close()
    key_path = VaultPaths(folder).key_file
    data = json.loads(key_path.read_text())
    data["kdf"][field] = value
    key_path.write_text(json.dumps(data))
    # Weaker settings are refused outright; stronger ones fail authentication of the wrap.
    with pytest.raises((KeyFileInvalid, WrongPassphrase)):
        access.unlock(folder, PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b"\xff\xfe", b'{"format": "x"}'])
def test_a_damaged_key_file_is_reported_clearly(vault: Vault, content: bytes) -> None:
    folder = vault.paths.folder
    vault.close()
    VaultPaths(folder).key_file.write_bytes(content)
    with pytest.raises(KeyFileInvalid):
        access.unlock(folder, PASSPHRASE)


def test_full_text_search_finds_entries_newest_first(service: ConversationService) -> None:
    first = add_conversation(service, "Jeg går til håndbold om tirsdagen", "Min lærer er sød")
    second = add_conversation(service, "Håndbold er det bedste")
    second.starts_at = first.starts_at.replace(year=first.starts_at.year + 1)
    service.update(second)

    hits = service.search("håndbold")
    assert [h.conversation_id for h in hits] == [second.id, first.id]
    assert service.search("hånd") == hits  # words match as prefixes
    assert service.search('"håndbold" OR NEAR(') == []  # the user's text is never FTS syntax
    entry = service.get(first.id).entries[1]
    entry.text = "Min lærer hedder Birgit"
    service.update_entry(entry)
    assert [h.entry_id for h in service.search("Birgit")] == [entry.id]
    assert service.search("sød") == []


def test_audit_log_chains_events_and_detects_tampering(vault: Vault) -> None:
    service = ConversationService(vault)
    conversation = add_conversation(service, "en", "to", "tre")
    events = [row.event for row in vault.audit.rows()]
    assert events == [
        "vault_created",
        "child_created",
        "conversation_created",
        "conversation_edited",
    ]
    assert all(
        row.subject in ("", str(conversation.id), str(conversation.child_id))
        for row in vault.audit.rows()
    )
    assert vault.audit.verify().ok

    vault.connection.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 2")
    assert vault.audit.verify().first_bad_seq == 2


def test_removing_an_audit_row_breaks_the_chain(vault: Vault) -> None:
    add_conversation(ConversationService(vault), "en")
    vault.connection.execute("DELETE FROM audit_log WHERE seq = 2")
    report = vault.audit.verify()
    assert not report.ok
    assert report.first_bad_seq == 3


def test_unlock_delay_grows_after_repeated_failures(vault_dir: Path) -> None:
    assert [access.unlock_delay(n) for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    assert access.unlock_delay(40) == access.MAX_DELAY_SECONDS
    access.lock(access.create(vault_dir, PASSPHRASE).vault)
    for expected in (1, 2):
        with pytest.raises(WrongPassphrase):
            access.unlock(vault_dir, "forkert forkert forkert")
        assert access.failed_attempts(vault_dir) == expected
    access.unlock(vault_dir, PASSPHRASE).close()
    assert access.failed_attempts(vault_dir) == 0


@pytest.mark.parametrize("start", range(1, migrations.LATEST_VERSION))
def test_search_finds_old_words_after_the_prefix_index_migration(
    tmp_path: Path, start: int
) -> None:
    key = new_database_key()
    path = tmp_path / "old.db"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    migrations.migrate(conn, target=start)  # every version before the prefix index
    conn.execute("INSERT INTO children VALUES ('c1', '{}', '2026-01-01', '2026-01-01')")
    conn.execute(
        "INSERT INTO conversations VALUES ('k1', 'c1', 'draft', '2026-01-01', '{}', "
        "'2026-01-01', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO entries (id, conversation_id, position, perspective, text, data) "
        "VALUES ('e1', 'k1', 0, 'child_own_words', 'Jeg savner mormor', '{}')"
    )
    conn.close()

    conn = open_database(path, key)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'").fetchone()[0]
    assert f"prefix='{migrations.FTS_PREFIXES}'" in sql
    for query in ('"mo"*', '"mor"*', '"mormor"', '"savner"'):
        found = conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", (query,))
        assert len(found.fetchall()) == 1, query
    conn.execute(  # the triggers still keep the index: a new word is found, a removed one not
        "UPDATE entries SET text = 'Jeg savner farfar' WHERE id = 'e1'"
    )
    assert (
        conn.execute(
            "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"mor\"*'"
        ).fetchone()[0]
        == 0
    )
    assert (
        conn.execute(
            "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"fa\"*'"
        ).fetchone()[0]
        == 1
    )
    conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")
    conn.close()
