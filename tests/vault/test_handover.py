"""Sign-off, export, hand-over and real deletion, against a real vault and real PDFs."""

import errno
import hashlib
import json
from pathlib import Path

import pytest

from borne_samtale.domain import (
    ConversationRecord,
    ConversationStatus,
    Entry,
    Perspective,
    Waiver,
)
from borne_samtale.domain.documents import DocumentKind
from borne_samtale.domain.entries import QuoteConsent
from borne_samtale.domain.enums import CaseConsent
from borne_samtale.errors import ConversationSigned, UserError
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.handover import ChecklistIncomplete, Handover
from borne_samtale.summary.signing import verify_pdf
from borne_samtale.vault.location import VaultPaths
from borne_samtale.vault.vault import Vault
from tests.support.common import PASSPHRASE
from tests.support.handover import (
    MARKER,
    ready_conversation,
)
from tests.support.sqlcipher_pages import decrypted_pages


def test_signing_is_refused_until_the_checklist_is_met_or_waived(
    service: ConversationService, vault: Vault
) -> None:
    conversation = ready_conversation(service)
    conversation.read_back.done = False
    service.update(conversation)
    handover = Handover(vault, service)
    with pytest.raises(ChecklistIncomplete, match="Genlæsning"):
        handover.sign(conversation.id)
    assert service.get(conversation.id).sign_off.status is ConversationStatus.DRAFT

    conversation.sign_off.waivers.append(Waiver(item="read-back", reason="Barnet blev hentet"))
    service.update(conversation)
    signed = handover.sign(conversation.id)
    assert signed.conversation.sign_off.status is ConversationStatus.SIGNED
    assert verify_pdf(signed.referat.pdf).ok
    assert verify_pdf(signed.letter.pdf).ok
    stored = vault.documents.get(conversation.id, DocumentKind.REFERAT)
    assert stored is not None
    assert stored.sha256 == hashlib.sha256(stored.pdf).hexdigest()
    with pytest.raises(ConversationSigned):
        service.add_entry(
            conversation.id, Entry(text="for sent", perspective=Perspective.CHILD_OWN_WORDS)
        )
    with pytest.raises(ConversationSigned):
        handover.sign(conversation.id)


def test_a_change_while_the_documents_are_made_is_not_signed_unseen(
    service: ConversationService, vault: Vault
) -> None:
    conversation = ready_conversation(service)
    handover = Handover(vault, service)
    request = handover.prepare_signing(conversation.id)
    files = handover.render_signed(request)  # in the app this runs on a worker thread
    service.add_entry(
        conversation.id, Entry(text="Et ord mere", perspective=Perspective.CHILD_OWN_WORDS)
    )
    with pytest.raises(UserError, match="ændret under underskriften"):
        handover.store_signed(request, files)
    assert service.get(conversation.id).sign_off.status is ConversationStatus.DRAFT
    assert vault.documents.get(conversation.id, DocumentKind.REFERAT) is None


def test_an_addendum_is_a_new_linked_version(service: ConversationService, vault: Vault) -> None:
    handover = Handover(vault, service)
    first = handover.sign(ready_conversation(service).id).conversation
    addendum = handover.start_addendum(first.id)
    assert addendum.id != first.id
    assert addendum.sign_off.supersedes == first.id
    assert addendum.sign_off.version == 2
    assert addendum.sign_off.status is ConversationStatus.DRAFT
    service.add_entry(
        addendum.id,
        Entry(
            text="Jeg glemte at sige noget",
            perspective=Perspective.CHILD_OWN_WORDS,
            consent=QuoteConsent(case=CaseConsent.YES),
        ),
    )
    second = handover.sign(addendum.id).conversation
    assert second.sign_off.document_id.endswith("-V2")
    assert service.get(first.id).sign_off.status is ConversationStatus.SIGNED  # both readable


def test_export_writes_a_complete_bundle_with_a_manifest(
    service: ConversationService, vault: Vault, tmp_path: Path
) -> None:
    handover = Handover(vault, service)
    conversation = handover.sign(ready_conversation(service).id).conversation
    out = tmp_path / "til-sagen"
    out.mkdir()
    bundle = handover.export(conversation.id, out)
    assert sorted(p.name for p in out.iterdir()) == [bundle.name]
    names = sorted(p.name for p in bundle.iterdir())
    assert names == ["brev-til-barnet.pdf", "manifest.json", "referat.pdf", "samtale.json"]
    manifest = json.loads((bundle / "manifest.json").read_text())
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((bundle / name).read_bytes()).hexdigest() == digest
    record = ConversationRecord.model_validate_json((bundle / "samtale.json").read_bytes())
    assert record.conversation.id == conversation.id
    assert "Noa" not in bundle.name  # no child data in file names
    assert service.get(conversation.id).sign_off.status is ConversationStatus.EXPORTED
    assert handover.export(conversation.id, out) == bundle  # the same, whole: left as it is
    (bundle / "referat.pdf").write_bytes(b"noget andet")
    with pytest.raises(Exception, match="allerede"):  # another bundle is never overwritten
        handover.export(conversation.id, out)


def test_a_failed_export_leaves_nothing_that_looks_complete(
    service: ConversationService, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handover = Handover(vault, service)
    conversation = handover.sign(ready_conversation(service).id).conversation
    from borne_samtale.vault import files as module

    real_write = module.write_synced
    written: list[str] = []

    def disk_full_on_the_third_file(path: Path, data: bytes, *, exclusive: bool = True) -> None:
        if len(written) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path.name)
        real_write(path, data, exclusive=exclusive)

    monkeypatch.setattr(module, "write_synced", disk_full_on_the_third_file)
    out = tmp_path / "til-sagen"
    out.mkdir()
    with pytest.raises(UserError, match="kunne ikke skrives"):
        handover.export(conversation.id, out)
    assert written == ["referat.pdf", "brev-til-barnet.pdf"]
    assert list(out.iterdir()) == []  # the half bundle is gone
    assert service.get(conversation.id).sign_off.status is ConversationStatus.SIGNED


def test_purge_deletes_the_words_for_real_and_keeps_a_receipt(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault = access.create(folder, PASSPHRASE).vault
    service = ConversationService(vault)
    handover = Handover(vault, service)
    conversation = handover.sign(ready_conversation(service).id).conversation
    referat = vault.documents.get(conversation.id, DocumentKind.REFERAT)
    assert referat is not None
    referat_sha = referat.sha256
    key = bytes(vault._key)
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = VaultPaths(folder).database
    before = decrypted_pages(database, key)
    assert MARKER.encode() in before  # the check can see the words …
    assert MARKER.lower().encode() in before  # … and the search index's lowercased terms

    handover.export(conversation.id, tmp_path)
    with pytest.raises(Exception, match="overført"):
        handover.purge(conversation.id)
    handover.mark_transferred(conversation.id, "DUBU 27.12.00-G01-9-26")
    assert handover.purge_due() == [conversation.id]  # default retention: at once
    assert service.summaries() == []
    assert service.children() == []
    assert service.search(MARKER) == []
    receipt = vault.audit.rows()[-1]
    assert receipt.event == "conversation_purged"
    assert referat_sha in receipt.subject
    assert vault.audit.verify().ok
    vault.close()

    for path in VaultPaths(folder).all_files():
        if path.name == "vault.db":
            pages = decrypted_pages(path, key)
            assert MARKER.encode() not in pages
            assert MARKER.lower().encode() not in pages
        assert MARKER.encode() not in path.read_bytes()


def test_a_conversation_kept_for_a_while_is_deleted_only_when_its_time_has_come(
    service: ConversationService, vault: Vault, tmp_path: Path
) -> None:
    from datetime import timedelta

    handover = Handover(vault, service)
    conversation = handover.sign(ready_conversation(service).id).conversation
    handover.export(conversation.id, tmp_path)
    handover.mark_transferred(conversation.id, "J-1", retention=timedelta(days=7))
    assert handover.purge_due() == []
    assert service.get(conversation.id).sign_off.case_reference == "J-1"
    kept = service.get(conversation.id)
    kept.sign_off.delete_after = kept.sign_off.transferred_at  # as if seven days had passed
    vault.conversations.save(kept)
    assert handover.purge_due() == [conversation.id]
    assert service.summaries() == []


def test_the_window_checks_against_the_organisations_ca_once_it_is_set(
    service: ConversationService, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from borne_samtale.summary.signing import create_local_identity
    from borne_samtale.vault.location import TRUST_ENV

    handover = Handover(vault, service)
    signed = handover.sign(ready_conversation(service).id)
    assert verify_pdf(signed.referat.pdf, handover.trust_anchor()).trusted  # the vault's own
    organisation = tmp_path / "kommunens-ca.pem"
    other = create_local_identity("Kommunens CA", "Kommune")
    organisation.write_bytes(other.chain_pem or other.cert_pem)
    monkeypatch.setenv(TRUST_ENV, str(organisation))
    assert handover.trust_anchor() == organisation.read_bytes()
    assert not verify_pdf(signed.referat.pdf, handover.trust_anchor()).trusted
    organisation.write_bytes(b"")  # a failed copy: loud, never "not checked"
    with pytest.raises(UserError, match="tomt"):
        handover.trust_anchor()
