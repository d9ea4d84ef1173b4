"""Faults: kill -9 in the middle of work, a full disk, damaged or missing vault files.

The work runs in a real child process (tests/support/fault_driver.py) that is killed with SIGKILL,
either at seeded random moments or by a tripwire just before or after a chosen SQL
statement, file write or rename. After every kill the vault is unlocked as after a restart
and checked: every committed entry is there, no conversation is marked signed without both
documents verifying, no half-written export looks complete, a purge happened entirely or
not at all, and the integrity checks pass. All words written are invented marker words.
"""

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest

from borne_samtale.domain import (
    Child,
    Conversation,
    ConversationStatus,
    Entry,
    LegalBasis,
    Perspective,
    Purpose,
)
from borne_samtale.domain.documents import DocumentKind
from borne_samtale.errors import DiskFull, KeyFileInvalid, UserError, VaultCorrupted
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import MANIFEST_FILE, Handover
from borne_samtale.services.identity import ensure_identity
from borne_samtale.summary.signing import verify_pdf
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE, ROOT, run_cli
from tests.support.handover import ready_conversation
from tests.support.sqlcipher_pages import decrypted_pages

WITH_PASSPHRASE = {"BORNE_SAMTALE_PASSPHRASE": PASSPHRASE}


# Running the worker and killing it ------------------------------------------------------
@dataclass
class Run:
    lines: list[str] = field(default_factory=list)
    returncode: int | None = None
    stderr: str = ""
    killed_at: float | None = None  # time.monotonic() just before the SIGKILL from outside

    def done(self) -> list[str]:
        return [line.split()[1] for line in self.lines if line.startswith("done ")]


def run_worker(
    tmp_path: Path,
    vault_dir: Path,
    operation: str,
    ids: list[UUID],
    *,
    tripwire: dict[str, Any] | None = None,
    kill_after: float | None = None,
    out: Path | None = None,
) -> Run:
    """Run the worker until the tripwire fires or ``kill_after`` seconds after it is ready;
    without either it runs to the end."""
    config = {
        "vault": str(vault_dir),
        "operation": operation,
        "ids": [str(i) for i in ids],
        "out": str(out) if out else "",
        "tripwire": tripwire,
    }
    config_path = tmp_path / f"worker-{uuid4().hex[:8]}.json"
    config_path.write_text(json.dumps(config))
    stderr_path = config_path.with_suffix(".stderr")
    run = Run()
    ready = threading.Event()
    with stderr_path.open("w") as stderr:
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.support.fault_driver", str(config_path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env={**os.environ, **WITH_PASSPHRASE},
        )

        def read() -> None:
            assert worker.stdout is not None
            for line in worker.stdout:
                run.lines.append(line.strip())
                if line.strip() == "ready" or line.startswith(("typed ", "marker ")):
                    ready.set()
            ready.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        if kill_after is not None:
            ready.wait(timeout=120)
            time.sleep(kill_after)
            if worker.poll() is None:
                run.killed_at = time.monotonic()
                worker.send_signal(signal.SIGKILL)
        run.returncode = worker.wait(timeout=180)
        reader.join(timeout=30)
    run.stderr = stderr_path.read_text()
    if tripwire is not None:
        assert run.returncode == -signal.SIGKILL, f"the tripwire did not fire: {run.stderr}"
    else:
        assert run.returncode in (0, -signal.SIGKILL), run.stderr
    return run


def sql_wire(when: str, text: str, nth: int = 1) -> dict[str, Any]:
    return {"kind": "sql", "when": when, "text": text, "nth": nth}


# What must hold after every restart -----------------------------------------------------
@contextmanager
def restarted(vault_dir: Path) -> Iterator[Vault]:
    """Unlock as the app does after a restart (the integrity check included) and check what
    must always hold; the caller checks what its kind of work adds."""
    vault = access.unlock(vault_dir, PASSPHRASE)
    try:
        vault.connection.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")
        assert vault.audit.verify().ok
        identity = vault.identity.get()
        trust = identity.chain_pem if identity else None
        for summary in ConversationService(vault).summaries():
            referat = vault.documents.get(summary.id, DocumentKind.REFERAT)
            letter = vault.documents.get(summary.id, DocumentKind.LETTER)
            if summary.status is ConversationStatus.DRAFT:
                assert referat is None
                assert letter is None
            else:  # never marked signed without both documents, intact and trusted
                assert referat is not None
                assert letter is not None
                assert verify_pdf(referat.pdf, trust).ok
                assert verify_pdf(letter.pdf, trust).ok
        yield vault
    finally:
        vault.close()


def new_vault(folder: Path) -> tuple[Vault, ConversationService]:
    vault = access.create(folder, PASSPHRASE).vault
    return vault, ConversationService(vault)


def _started_conversation(service: ConversationService) -> Conversation:
    """A child and a conversation under way: where the kill tests start from."""
    child = service.add_child(Child(name="Testbarn", age_years=10))
    return service.start(
        Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.OTHER))
    )


# kill -9 while typing -------------------------------------------------------------------
def test_kill_while_typing_loses_no_committed_keystroke(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    vault, service = new_vault(vault_dir)
    conversation = _started_conversation(service)
    vault.close()

    rng = random.Random(1)
    kills: list[dict[str, Any]] = [
        {"tripwire": sql_wire("before", "COMMIT", rng.randint(5, 60))},
        {"tripwire": sql_wire("after", "COMMIT", rng.randint(5, 60))},
        {"tripwire": sql_wire("before", "UPDATE entries", rng.randint(5, 60))},
        {"kill_after": rng.uniform(0.05, 0.6)},
        {"kill_after": rng.uniform(0.05, 0.6)},
    ]
    acknowledged: dict[str, int] = {}  # entry id -> words the worker saw saved
    for kill in kills:
        run = run_worker(tmp_path, vault_dir, "type", [conversation.id], **kill)
        for line in run.lines:
            if line.startswith("typed "):
                _, entry_id, count = line.split()
                acknowledged[entry_id] = int(count)
        with restarted(vault_dir) as reopened:
            stored = {str(e.id): e.text for e in reopened.conversations.entries(conversation.id)}
        for entry_id, words in acknowledged.items():
            assert entry_id in stored
            assert stored[entry_id].count(" ord") >= words


# kill -9 while typing fast into the window ----------------------------------------------
SAVED_WITHIN_SECONDS = 1.0


def test_kill_while_typing_fast_loses_nothing_typed_a_second_before(tmp_path: Path) -> None:
    """The real conversation screen, a key every 60 ms without a pause, SIGKILL at random
    moments: every key typed at least a second before the kill is in the vault after the
    restart. (Without a maximum wait, the restarting debounce never saved at this speed.)"""
    from tests.support.fault_driver import WINDOW_TEXT

    vault_dir = tmp_path / "vault"
    vault, service = new_vault(vault_dir)
    conversation = _started_conversation(service)
    vault.close()

    rng = random.Random(13)
    promised: dict[str, str] = {}  # marker -> what must be stored, at least
    typed: dict[str, str] = {}  # marker -> everything the window may have had
    checked_keys = 0
    for _ in range(10):
        run = run_worker(
            tmp_path, vault_dir, "window", [conversation.id], kill_after=rng.uniform(0.3, 2.2)
        )
        assert run.killed_at is not None, "the typist ended before it was killed"
        (marker,) = [line.split()[1] for line in run.lines if line.startswith("marker ")]
        keys = [line.split() for line in run.lines if line.startswith("key ")]
        deadline = run.killed_at - SAVED_WITHIN_SECONDS
        saved_keys = sum(1 for _, _, at in keys if float(at) <= deadline)
        checked_keys += saved_keys
        promised[marker] = f"{marker} " + WINDOW_TEXT[:saved_keys]
        typed[marker] = f"{marker} " + WINDOW_TEXT[: len(keys) + 1]
        with restarted(vault_dir) as reopened:
            stored = [e.text for e in reopened.conversations.entries(conversation.id)]
        for mark, prefix in promised.items():
            mine = [text for text in stored if text.startswith(mark)]
            if len(prefix) > len(mark) + 1:
                assert len(mine) == 1, "the entry typed before the kill is missing"
            assert len(mine) <= 1
            for text in mine:
                assert text.startswith(prefix), "keys typed a second before the kill are lost"
                assert typed[mark].startswith(text), "the vault holds what was never typed"
    assert checked_keys > 20  # the kills came while typing, not before it began


# kill -9 while signing ------------------------------------------------------------------
def test_kill_while_signing_never_marks_signed_without_valid_documents(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    vault, service = new_vault(vault_dir)
    drafts = [ready_conversation(service).id for _ in range(5)]
    ensure_identity(vault, service)  # the worker's first COMMIT is then the signing's own
    vault.close()

    rng = random.Random(2)
    kills: list[tuple[dict[str, Any], ConversationStatus | None]] = [
        ({"tripwire": sql_wire("before", "INSERT INTO documents")}, ConversationStatus.DRAFT),
        ({"tripwire": sql_wire("before", "COMMIT")}, ConversationStatus.DRAFT),
        ({"tripwire": sql_wire("after", "COMMIT")}, ConversationStatus.SIGNED),
        ({"kill_after": rng.uniform(0.0, 2.5)}, None),
    ]
    signed: set[str] = set()
    for kill, first_becomes in kills:
        remaining = [d for d in drafts if str(d) not in signed]
        run = run_worker(tmp_path, vault_dir, "sign", remaining, **kill)
        signed.update(run.done())
        with restarted(vault_dir) as reopened:
            status = {str(s.id): s.status for s in ConversationService(reopened).summaries()}
        assert all(status[i] is ConversationStatus.SIGNED for i in signed)
        if first_becomes is not None:
            assert status[str(remaining[0])] is first_becomes
        signed.update(i for i, s in status.items() if s is ConversationStatus.SIGNED)


# kill -9 while exporting ----------------------------------------------------------------
def check_export_folder(out: Path, vault: Vault) -> list[str]:
    """Every bundle with its final name is complete and matches its manifest; anything else
    is a hidden folder named unfinished. Returns the document ids of complete bundles."""
    complete = []
    for item in sorted(out.iterdir()):
        if item.name.startswith(".") and item.name.endswith(".ufaerdig"):
            continue
        assert item.is_dir()
        assert item.name.startswith("borne-samtale-BS-")
        names = sorted(p.name for p in item.iterdir())
        assert names == ["brev-til-barnet.pdf", "manifest.json", "referat.pdf", "samtale.json"]
        manifest = json.loads((item / MANIFEST_FILE).read_text())
        for name, digest in manifest["files"].items():
            assert hashlib.sha256((item / name).read_bytes()).hexdigest() == digest
        assert verify_pdf((item / "referat.pdf").read_bytes()).ok
        complete.append(manifest["document_id"])
    service = ConversationService(vault)
    for summary in service.summaries():
        if summary.status is ConversationStatus.EXPORTED:  # marked only after the rename
            assert service.get(summary.id).sign_off.document_id in complete
    return complete


@pytest.fixture(scope="module")
def signed_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[UUID]]:
    """A vault with three signed conversations, copied by each test that needs one."""
    folder = tmp_path_factory.mktemp("signed") / "vault"
    vault, service = new_vault(folder)
    handover = Handover(vault, service)
    ids = [handover.sign(ready_conversation(service).id).conversation.id for _ in range(3)]
    vault.close()
    return folder, ids


def test_kill_while_exporting_never_leaves_a_bundle_that_looks_complete(
    tmp_path: Path, signed_vault: tuple[Path, list[UUID]]
) -> None:
    vault_dir = tmp_path / "vault"
    shutil.copytree(signed_vault[0], vault_dir)
    out = tmp_path / "til-sagen"
    out.mkdir()
    rng = random.Random(3)
    kills: list[tuple[dict[str, Any], bool | None]] = [  # is the first one's bundle there?
        ({"tripwire": {"kind": "write", "nth": 1}}, False),
        ({"tripwire": {"kind": "write", "nth": 3}}, False),
        ({"tripwire": {"kind": "before-rename"}}, False),
        ({"tripwire": sql_wire("before", "COMMIT")}, True),
        ({"kill_after": rng.uniform(0.0, 0.3)}, None),
    ]
    for kill, first_bundled in kills:
        with restarted(vault_dir) as vault:
            complete = check_export_folder(out, vault)
            service = ConversationService(vault)
            todo = {
                service.get(s.id).sign_off.document_id: s.id
                for s in service.summaries()
                if s.status is ConversationStatus.SIGNED
            }
            todo = {d: i for d, i in todo.items() if d not in complete}
        assert todo, "every conversation is exported; the test needs more"
        run_worker(tmp_path, vault_dir, "export", list(todo.values()), out=out, **kill)
        with restarted(vault_dir) as vault:
            complete = check_export_folder(out, vault)
        if first_bundled is not None:
            assert (next(iter(todo)) in complete) is first_bundled


def test_an_export_killed_after_its_rename_can_be_completed(
    tmp_path: Path, signed_vault: tuple[Path, list[UUID]]
) -> None:
    vault_dir = tmp_path / "vault"
    shutil.copytree(signed_vault[0], vault_dir)
    out = tmp_path / "til-sagen"
    out.mkdir()
    first = signed_vault[1][0]
    run_worker(tmp_path, vault_dir, "export", [first], out=out, tripwire={"kind": "after-rename"})
    with restarted(vault_dir) as vault:
        assert len(check_export_folder(out, vault)) == 1  # complete, not marked exported
        service = ConversationService(vault)
        assert service.get(first).sign_off.status is ConversationStatus.SIGNED
        Handover(vault, service).export(first, out)  # the bundle is whole: noted, not rewritten
        assert service.get(first).sign_off.status is ConversationStatus.EXPORTED


# kill -9 while purging ------------------------------------------------------------------
# Invented words with different first letters: the full-text index stores terms lowercased
# and shares a prefix with the term before, so only such words can be found in its pages.
PURGE_MARKERS = (
    "Appelsinhval",
    "Citronugle",
    "Dadelhest",
    "Figenmus",
    "Guavaravn",
    "Kiwiodder",
    "Limegnu",
    "Mangoflue",
)


def transferred_vault(folder: Path, signed_from: Path, count: int) -> dict[UUID, str]:
    """``count`` transferred conversations, each with its own marker word. Their documents
    are copies of one really signed pair (purging does not look inside them)."""
    source = access.unlock(signed_from, PASSPHRASE)
    source_id = ConversationService(source).summaries()[0].id
    referat = source.documents.get(source_id, DocumentKind.REFERAT)
    letter = source.documents.get(source_id, DocumentKind.LETTER)
    identity = source.identity.get()
    source.close()
    assert referat is not None
    assert letter is not None
    assert identity is not None

    vault, service = new_vault(folder)
    vault.identity.save(identity)
    markers = {}
    for number in range(count):
        child = service.add_child(Child(name=f"Testbarn {number:02d}", age_years=8))
        conversation = service.start(
            Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.OTHER))
        )
        marker = PURGE_MARKERS[number]
        words = Entry(text=marker, perspective=Perspective.CHILD_OWN_WORDS)
        service.add_entry(conversation.id, words)
        conversation = service.get(conversation.id)
        document_id = f"BS-PURGE{number:02d}-V1"
        conversation.sign_off.status = ConversationStatus.TRANSFERRED
        conversation.sign_off.document_id = document_id
        vault.conversations.save(conversation)
        for kind, document in ((DocumentKind.REFERAT, referat), (DocumentKind.LETTER, letter)):
            vault.documents.save(conversation.id, kind, 1, document_id, document.pdf)
        markers[conversation.id] = marker
    vault.close()
    return markers


def check_purges(vault: Vault, markers: dict[UUID, str]) -> set[UUID]:
    """Each conversation is there whole or gone whole, with its receipt; returns the gone."""
    conn = vault.connection
    service = ConversationService(vault)
    receipts = " ".join(r.subject for r in vault.audit.rows() if r.event == "conversation_purged")
    children = {c.name for c in service.children()}
    gone = set()
    for conversation_id, marker in markers.items():
        key = (str(conversation_id),)
        counts = [
            conn.execute("SELECT count(*) FROM conversations WHERE id = ?", key).fetchone()[0],
            conn.execute("SELECT count(*) FROM entries WHERE conversation_id = ?", key).fetchone()[
                0
            ],
            conn.execute(
                "SELECT count(*) FROM documents WHERE conversation_id = ?", key
            ).fetchone()[0],
        ]
        number = f"{PURGE_MARKERS.index(marker):02d}"
        receipt = f"BS-PURGE{number}-V1" in receipts
        found = len(service.search(marker))
        child = f"Testbarn {number}" in children
        if counts == [0, 0, 0]:
            gone.add(conversation_id)
            assert (receipt, found, child) == (True, 0, False), marker
        else:
            assert (counts, receipt, found, child) == ([1, 1, 2], False, 1, True), marker
    return gone


def test_kill_while_purging_purges_all_or_nothing(
    tmp_path: Path, signed_vault: tuple[Path, list[UUID]]
) -> None:
    vault_dir = tmp_path / "vault"
    markers = transferred_vault(vault_dir, signed_vault[0], 7)
    rng = random.Random(4)
    kills: list[tuple[dict[str, Any], bool | None]] = [  # is the first one gone?
        ({"tripwire": sql_wire("before", "DELETE FROM conversations")}, False),
        ({"tripwire": sql_wire("before", "COMMIT")}, False),
        ({"tripwire": sql_wire("after", "COMMIT")}, True),
        ({"tripwire": sql_wire("before", "VACUUM")}, True),
        ({"tripwire": sql_wire("after", "VACUUM")}, True),
        ({"kill_after": rng.uniform(0.0, 0.5)}, None),
    ]
    purged: set[UUID] = set()
    for kill, first_gone in kills:
        with restarted(vault_dir) as vault:
            remaining = [i for i in markers if i not in check_purges(vault, markers)]
        assert remaining, "everything is purged; the test needs more conversations"
        run = run_worker(tmp_path, vault_dir, "purge", remaining, **kill)
        purged.update(UUID(i) for i in run.done())
        with restarted(vault_dir) as vault:
            gone = check_purges(vault, markers)
        assert purged <= gone
        if first_gone is not None:
            assert (remaining[0] in gone) is first_gone


def test_a_purge_killed_after_its_commit_still_erases_the_words(
    tmp_path: Path, signed_vault: tuple[Path, list[UUID]]
) -> None:
    vault_dir = tmp_path / "vault"
    markers = transferred_vault(vault_dir, signed_vault[0], 2)
    first = next(iter(markers))
    run_worker(tmp_path, vault_dir, "purge", [first], tripwire=sql_wire("after", "COMMIT"))
    with restarted(vault_dir) as vault:
        assert first in check_purges(vault, markers)
        key = bytes(vault._key)
    # Unlocked and locked again since: the WAL is folded back into vault.db.
    pages = decrypted_pages(VaultPaths(vault_dir).database, key)
    assert markers[first].encode() not in pages  # the entry's own text
    assert markers[first].lower().encode() not in pages  # the full-text index's term


# A full disk ----------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs mounted for the test: needs root and a system that permits the mount."""
    mount, umount = shutil.which("mount"), shutil.which("umount")
    if os.geteuid() != 0 or mount is None or umount is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    point = tmp_path / "disk"
    point.mkdir()
    mounted = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield point
    finally:
        if subprocess.run([umount, str(point)], check=False).returncode != 0:
            subprocess.run([umount, "-l", str(point)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """A ballast file that leaves about ``leave`` bytes free."""
    ballast = disk / "ballast"
    stats = os.statvfs(disk)
    size = max(0, stats.f_bavail * stats.f_frsize - leave)
    with ballast.open("wb") as handle:
        try:
            for _ in range(size // 65536):
                handle.write(b"\0" * 65536)
            handle.write(b"\0" * (size % 65536))
            handle.flush()
        except OSError:
            pass  # full a little early: fine
    return ballast


def words(number: int) -> Entry:
    return Entry(
        text=f"notat {number}: " + "Tusindfryd " * 200, perspective=Perspective.CHILD_OWN_WORDS
    )


def test_a_full_disk_while_saving_is_a_clear_error_and_loses_nothing_saved(
    small_disk: Path,
) -> None:
    folder = small_disk / "vault"
    vault, service = new_vault(folder)
    conversation = _started_conversation(service)
    saved = [service.add_entry(conversation.id, words(n)).id for n in range(5)]
    ballast = fill(small_disk, leave=96 * 1024)
    with pytest.raises(DiskFull, match="Disken er fuld") as full:  # noqa: PT012
        for number in range(5, 500):
            saved.append(service.add_entry(conversation.id, words(number)).id)
    assert "\n" not in str(full.value)
    # Found by this test: a COMMIT that failed left SQLite's transaction open, and every
    # later save nested into it and was never committed.
    assert not vault.connection.in_transaction
    ballast.unlink()  # the caseworker frees some space
    saved.append(service.add_entry(conversation.id, words(999)).id)
    access.lock(vault)
    with restarted(folder) as reopened:
        stored = {e.id for e in reopened.conversations.entries(conversation.id)}
    assert set(saved) <= stored


def test_locking_on_a_full_disk_still_closes_the_vault(small_disk: Path) -> None:
    folder = small_disk / "vault"
    vault, service = new_vault(folder)
    conversation = _started_conversation(service)
    for number in range(5):
        service.add_entry(conversation.id, words(number))
    ballast = fill(small_disk, leave=0)
    try:
        with suppress(UserError):  # a clear message is fine, as long as the vault is closed
            access.lock(vault)
        assert not vault.is_open
    finally:
        ballast.unlink()
        vault.close()


def test_an_export_onto_a_full_disk_is_a_clear_error_and_leaves_nothing(
    tmp_path: Path, small_disk: Path, signed_vault: tuple[Path, list[UUID]]
) -> None:
    vault_dir = tmp_path / "vault"
    shutil.copytree(signed_vault[0], vault_dir)
    out = small_disk / "til-sagen"
    out.mkdir()
    fill(small_disk, leave=32 * 1024)  # less than one signed referat
    first = signed_vault[1][0]
    vault = access.unlock(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(UserError, match="kunne ikke skrives"):
            Handover(vault, ConversationService(vault)).export(first, out)
    finally:
        vault.close()
    assert list(out.iterdir()) == []  # not even the unfinished folder is left
    with restarted(vault_dir) as reopened:
        assert ConversationService(reopened).get(first).sign_off.status is ConversationStatus.SIGNED


def test_a_size_limit_inside_sqlite_is_reported_as_a_full_disk(vault_dir: Path) -> None:
    """The same path without root: SQLite's own page limit answers SQLITE_FULL."""
    vault, service = new_vault(vault_dir)
    conversation = _started_conversation(service)
    saved = [service.add_entry(conversation.id, words(n)).id for n in range(3)]
    pages = vault.connection.execute("PRAGMA page_count").fetchone()[0]
    vault.connection.execute(f"PRAGMA max_page_count = {pages + 4}")
    with pytest.raises(DiskFull):  # noqa: PT012
        for number in range(3, 200):
            saved.append(service.add_entry(conversation.id, words(number)).id)
    assert not vault.connection.in_transaction
    vault.close()
    with restarted(vault_dir) as reopened:
        stored = {e.id for e in reopened.conversations.entries(conversation.id)}
    assert set(saved) <= stored


# Damaged or missing files ---------------------------------------------------------------
def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Fejl: ")
    return lines[0].removeprefix("Fejl: ")


def audit_verify(folder: Path) -> subprocess.CompletedProcess[str]:
    return run_cli("audit", "verify", "--vault", str(folder), env=WITH_PASSPHRASE)


@pytest.fixture
def filled_vault(vault_dir: Path) -> tuple[Path, str]:
    """A closed vault of several pages; returns its folder and recovery code."""
    new = access.create(vault_dir, PASSPHRASE)
    service = ConversationService(new.vault)
    conversation = _started_conversation(service)
    for number in range(12):
        service.add_entry(conversation.id, words(number))
    access.lock(new.vault)
    return vault_dir, new.recovery_code


def test_a_corrupted_database_page_is_one_clear_line_and_the_files_are_left_alone(
    filled_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = filled_vault
    database = VaultPaths(folder).database
    backup = tmp_path / "vault.db.kopi"
    shutil.copy(database, backup)
    data = bytearray(database.read_bytes())
    data[3 * 4096 + 200] ^= 0x40
    database.write_bytes(bytes(data))

    message = one_line_error(audit_verify(folder))
    assert message.startswith("Databasen med samtalerne er beskadiget")
    with pytest.raises(VaultCorrupted):
        access.unlock(folder, PASSPHRASE)
    assert database.read_bytes() == bytes(data)  # nothing tried to "repair" it
    shutil.copy(backup, database)  # IT's way back: the last copy of vault.db
    assert audit_verify(folder).returncode == 0


def test_a_corrupted_key_file_is_one_clear_line_and_a_copy_restores_it(
    filled_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = filled_vault
    key_file = VaultPaths(folder).key_file
    backup = tmp_path / "vault.keys.json.kopi"
    shutil.copy(key_file, backup)
    key_file.write_bytes(key_file.read_bytes()[:-40])  # cut off: not JSON any more

    assert one_line_error(audit_verify(folder)) == "Nøglefilen er beskadiget."
    with pytest.raises(KeyFileInvalid):
        access.unlock(folder, PASSPHRASE)
    shutil.copy(backup, key_file)
    assert audit_verify(folder).returncode == 0


def test_a_damaged_passphrase_wrap_is_refused_and_the_recovery_code_opens_the_vault(
    filled_vault: tuple[Path, str],
) -> None:
    """The key file's checksum tells a damaged wrap from a wrong passphrase; the recovery
    code's own wrap still opens the vault and writes a whole key file again."""
    folder, recovery_code = filled_vault
    key_file = VaultPaths(folder).key_file
    data = json.loads(key_file.read_text())
    ciphertext = data["passphrase"]["ciphertext"]
    data["passphrase"]["ciphertext"] = ("B" if ciphertext[0] != "B" else "C") + ciphertext[1:]
    key_file.write_text(json.dumps(data))

    assert "er ændret uden om programmet" in one_line_error(audit_verify(folder))
    recovered = access.recover(folder, recovery_code, "en ny og lang adgangsfrase")
    assert ConversationService(recovered.vault).summaries()
    access.lock(recovered.vault)
    access.unlock(folder, "en ny og lang adgangsfrase").close()


def test_a_missing_key_file_says_which_file_and_a_copy_restores_it(
    filled_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = filled_vault
    key_file = VaultPaths(folder).key_file
    backup = tmp_path / "vault.keys.json.kopi"
    shutil.move(key_file, backup)

    message = one_line_error(audit_verify(folder))
    assert "vault.keys.json" in message
    assert "sikkerhedskopi" in message  # the way back
    shutil.copy(backup, key_file)
    assert audit_verify(folder).returncode == 0
