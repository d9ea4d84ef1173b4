"""From a finished conversation to the child's case: sign, export, hand over, delete for real.

Signing renders the referat and the letter, makes them PDF/A, signs both and stores them in
the vault in the same transaction that marks the conversation signed, so a conversation is
never marked signed without its documents. Export writes a bundle under a temporary name and
renames it when complete. Purging removes every row and index entry, folds the WAL back,
and vacuums, leaving only a content-free receipt in the audit log.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from borne_samtale.domain import CaseworkerProfile, Conversation, ConversationStatus
from borne_samtale.domain.base import new_id, utc_now
from borne_samtale.domain.consent import for_case
from borne_samtale.domain.conversation import SignOff
from borne_samtale.domain.documents import DocumentKind, SigningIdentity, StoredDocument
from borne_samtale.domain.signoff import CheckItem, Checklist, checklist
from borne_samtale.errors import ConversationSigned, UserError
from borne_samtale.services import exports
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.identity import ensure_identity
from borne_samtale.vault.audit import AuditEvent
from borne_samtale.vault.files import write_folder_atomic
from borne_samtale.vault.location import default_trust_file
from borne_samtale.vault.vault import Vault

if TYPE_CHECKING:  # reportlab and pyHanko are imported only when something is signed
    from borne_samtale.summary.model import DocumentInput
    from borne_samtale.summary.signing import PdfSigningKey

REFERAT_FILE = "referat.pdf"
LETTER_FILE = "brev-til-barnet.pdf"
RECORD_FILE = "samtale.json"
MANIFEST_FILE = "manifest.json"


class ChecklistIncomplete(UserError):
    """Signing is refused until every checklist item is met or waived with a reason."""

    def __init__(self, missing: list[CheckItem]) -> None:
        self.missing = missing
        listed = "; ".join(f"{item.title} ({item.reference})" for item in missing)
        super().__init__(f"Samtalen kan ikke underskrives endnu. Mangler: {listed}.")


@dataclass(frozen=True)
class SigningRequest:
    """What the documents are made from, read from the vault before rendering."""

    data: "DocumentInput"
    identity: SigningIdentity


@dataclass(frozen=True)
class SignedFiles:
    referat: bytes
    letter: bytes
    signer: str


@dataclass(frozen=True)
class Signed:
    conversation: Conversation
    referat: StoredDocument
    letter: StoredDocument


class Handover:
    """Use cases after the conversation. Holds the loaded signing key for the session."""

    def __init__(self, vault: Vault, service: ConversationService) -> None:
        self._vault = vault
        self._service = service
        self._signing_key: PdfSigningKey | None = None
        self._signing_identity: SigningIdentity | None = None

    # Sign-off ---------------------------------------------------------------------------
    def checklist(self, conversation: Conversation) -> Checklist:
        child = self._service.child(conversation.child_id)
        return checklist(conversation, child, self._service.caseworker() or CaseworkerProfile())

    def sign(self, conversation_id: UUID) -> Signed:
        """Prepare, render and store in one go (the CLI and the demo)."""
        request = self.prepare_signing(conversation_id)
        return self.store_signed(request, self.render_signed(request))

    def prepare_signing(self, conversation_id: UUID) -> SigningRequest:
        """Everything the documents need, read from the vault; refused until the checklist
        is done. Runs on the thread that owns the vault."""
        from borne_samtale.summary.model import DocumentInput

        conversation = self._service.get(conversation_id)
        if conversation.sign_off.status is not ConversationStatus.DRAFT:
            raise ConversationSigned("Samtalen er allerede underskrevet.")
        caseworker = self._service.caseworker() or CaseworkerProfile()
        child = self._service.child(conversation.child_id)
        result = checklist(conversation, child, caseworker)
        if not result.ready_to_sign:
            raise ChecklistIncomplete(result.missing())
        version = conversation.sign_off.version
        history = [
            point
            for point in self._service.scale_history(child.id)
            if point.at <= conversation.starts_at
        ]
        data = DocumentInput(
            conversation=conversation,
            child=child,
            caseworker=caseworker,
            checklist=result,
            scale_history=history,
            document_id=f"BS-{conversation.id.hex[:10].upper()}-V{version}",
            version=version,
            written_at=utc_now(),
            contact_phone=caseworker.phone,
        )
        return SigningRequest(data, ensure_identity(self._vault, self._service))

    def render_signed(self, request: SigningRequest) -> SignedFiles:
        """Render, make PDF/A and sign both documents. Touches no vault, so the UI runs it
        on a worker thread."""
        from borne_samtale.summary.letter import letter_title, render_letter
        from borne_samtale.summary.pdfa import to_pdfa
        from borne_samtale.summary.referat import metadata_title, render_referat

        key = self._key(request.identity)
        data = request.data
        referat = key.sign(
            to_pdfa(render_referat(data), metadata_title(data)), "Referat af børnesamtale"
        )
        letter = key.sign(to_pdfa(render_letter(data), letter_title(data)), "Brev til barnet")
        return SignedFiles(referat, letter, key.name)

    def store_signed(self, request: SigningRequest, files: SignedFiles) -> Signed:
        """Store both documents in the transaction that marks the conversation signed."""
        data = request.data
        conversation = self._service.get(data.conversation.id)
        if conversation.sign_off.status is not ConversationStatus.DRAFT:
            raise ConversationSigned("Samtalen er allerede underskrevet.")
        if conversation != data.conversation:  # changed while the documents were made
            raise UserError("Samtalen blev ændret under underskriften. Underskriv igen.")
        conversation.sign_off = conversation.sign_off.model_copy(
            update={
                "status": ConversationStatus.SIGNED,
                "signed_at": data.written_at,
                "signed_by": files.signer,
                "document_id": data.document_id,
            }
        )
        conversation.updated_at = data.written_at
        with self._vault.transaction():
            stored_referat = self._vault.documents.save(
                conversation.id, DocumentKind.REFERAT, data.version, data.document_id, files.referat
            )
            stored_letter = self._vault.documents.save(
                conversation.id, DocumentKind.LETTER, data.version, data.document_id, files.letter
            )
            self._vault.conversations.save(conversation)
            self._vault.audit.append(AuditEvent.CONVERSATION_SIGNED, str(conversation.id))
        return Signed(conversation, stored_referat, stored_letter)

    def _key(self, identity: SigningIdentity) -> "PdfSigningKey":
        from borne_samtale.summary.signing import PdfSigningKey

        if self._signing_key is None or self._signing_identity != identity:
            self._signing_key = PdfSigningKey(identity)
            self._signing_identity = identity
        return self._signing_key

    def start_addendum(self, conversation_id: UUID) -> Conversation:
        """A new draft version of a signed conversation, linked to it; both stay readable."""
        signed = self._service.get(conversation_id)
        if signed.sign_off.status is ConversationStatus.DRAFT:
            raise UserError("Samtalen er ikke underskrevet; ret den direkte.")
        addendum = signed.model_copy(deep=True)
        addendum.id = new_id()
        for entry in addendum.entries:
            entry.id = new_id()
        addendum.sign_off = SignOff(version=signed.sign_off.version + 1, supersedes=signed.id)
        addendum.created_at = addendum.updated_at = utc_now()
        return self._service.start(addendum)

    def documents(self, conversation_id: UUID) -> tuple[StoredDocument, StoredDocument]:
        """The signed referat and letter as stored in the vault."""
        referat = self._vault.documents.get(conversation_id, DocumentKind.REFERAT)
        letter = self._vault.documents.get(conversation_id, DocumentKind.LETTER)
        if referat is None or letter is None:
            raise UserError("De underskrevne dokumenter mangler i boksen.")
        return referat, letter

    def trust_anchor(self) -> bytes:
        """The certificate(s) the window checks signatures against: the organisation's CA
        when IT or ``verify --set-trust`` has set one (the same anchor as ``verify``), else
        the vault's own issuer."""
        organisation = default_trust_file()
        if organisation.is_file():
            try:
                anchor = organisation.read_bytes()
            except OSError:
                anchor = b""
            # An empty copy must never mean "not checked"; a damaged one is found by verify.
            if not anchor.strip():
                raise UserError(
                    f"Organisationens certifikat i {organisation} kan ikke læses eller er tomt."
                )
            return anchor
        identity = self._vault.identity.get()
        if identity is None:
            return b""
        return identity.chain_pem or identity.cert_pem

    # Export -----------------------------------------------------------------------------
    def export(self, conversation_id: UUID, out_dir: Path) -> Path:
        """Write the bundle to ``out_dir``; a half-written bundle never has the final name."""
        conversation = self._service.get(conversation_id)
        if conversation.sign_off.status is ConversationStatus.DRAFT:
            raise UserError("Samtalen skal underskrives, før den kan eksporteres.")
        referat, letter = self.documents(conversation_id)
        # The record goes to the case with the referat: without what the child kept out.
        record = self._service.export_record(conversation_id)
        record = record.model_copy(update={"conversation": for_case(record.conversation)})
        final = out_dir / f"borne-samtale-{conversation.sign_off.document_id}"
        if final.exists():
            if not _bundle_holds(final, referat.pdf, letter.pdf):
                raise UserError(f"Der ligger allerede en eksport i {final}.")
            # Written whole before, but the program stopped before noting it: note it now.
            self._mark_exported(conversation, final)
            return final
        files = {
            REFERAT_FILE: referat.pdf,
            LETTER_FILE: letter.pdf,
            RECORD_FILE: record.model_dump_json(indent=2).encode("utf-8"),
        }
        manifest = {
            "document_id": conversation.sign_off.document_id,
            "version": conversation.sign_off.version,
            "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
        }
        files[MANIFEST_FILE] = json.dumps(manifest, indent=2).encode("utf-8")
        try:  # the manifest last: it vouches for the rest
            write_folder_atomic(final, files)
        except OSError as exc:
            raise UserError(
                f"Eksporten kunne ikke skrives til {out_dir} ({exc.strerror})."
            ) from None
        self._mark_exported(conversation, final)
        return final

    def _mark_exported(self, conversation: Conversation, bundle: Path) -> None:
        conversation.sign_off.status = ConversationStatus.EXPORTED
        conversation.sign_off.exported_at = utc_now()
        with self._vault.transaction():
            self._vault.conversations.save(conversation)
            # Remembered so the purge after the hand-over removes it (services/exports.py).
            self._vault.exports.record(
                str(conversation.id), conversation.sign_off.document_id, bundle, utc_now()
            )
            self._vault.audit.append(AuditEvent.CONVERSATION_EXPORTED, str(conversation.id))

    # Hand-over and deletion -------------------------------------------------------------
    def mark_transferred(
        self, conversation_id: UUID, case_reference: str, retention: timedelta = timedelta(0)
    ) -> Conversation:
        conversation = self._service.get(conversation_id)
        if conversation.sign_off.status not in (
            ConversationStatus.EXPORTED,
            ConversationStatus.TRANSFERRED,
        ):
            raise UserError("Eksportér samtalen, før den markeres som overført til sagen.")
        if not case_reference.strip():
            raise UserError("Skriv sagssystemets reference for dokumentet.")
        now = utc_now()
        conversation.sign_off.status = ConversationStatus.TRANSFERRED
        conversation.sign_off.case_reference = case_reference.strip()
        conversation.sign_off.transferred_at = now
        conversation.sign_off.delete_after = now + retention
        self._vault.conversations.save(conversation)
        return conversation

    def purge_due(self) -> list[UUID]:
        """Delete every transferred conversation whose retention has passed."""
        purged = []
        now = utc_now()
        for conversation_id, due in self._vault.conversations.deletion_times(
            ConversationStatus.TRANSFERRED
        ):
            if due is not None and due <= now:
                self.purge(conversation_id)
                purged.append(conversation_id)
        return purged

    def purge(self, conversation_id: UUID) -> str:
        """Delete the conversation for real; returns the receipt kept in the audit log."""
        conversation = self._service.get(conversation_id)
        if conversation.sign_off.status is not ConversationStatus.TRANSFERRED:
            raise UserError("Kun samtaler, der er overført til sagen, kan slettes.")
        referat = self._vault.documents.get(conversation_id, DocumentKind.REFERAT)
        digest = referat.sha256 if referat else ""
        receipt = f"{conversation.sign_off.document_id} sha256:{digest}"
        with self._vault.transaction():
            # The program's own export bundles go too; the receipt says what was removed.
            removed = exports.remove_for(self._vault.connection, str(conversation_id))
            receipt = "; ".join([receipt, *(str(removal) for removal in removed)])
            self._vault.conversations.purge(conversation_id)
            self._vault.audit.append(AuditEvent.CONVERSATION_PURGED, receipt)
        self._vault.compact()
        # Its id goes into the key file's head: if an old copy brings it back, it is purged
        # again at the next unlock (vault/anchor.py).
        self._vault.anchor(purged=[str(conversation_id)])
        return receipt


def _bundle_holds(folder: Path, referat: bytes, letter: bytes) -> bool:
    """Whether a bundle already at the final name is this one, whole: its manifest vouches
    for every file and names the stored documents."""
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_bytes())
        files = manifest["files"]
        if files.get(REFERAT_FILE) != hashlib.sha256(referat).hexdigest():
            return False
        if files.get(LETTER_FILE) != hashlib.sha256(letter).hexdigest():
            return False
        return all(
            hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
            for name, digest in files.items()
        ) and set(files) == {REFERAT_FILE, LETTER_FILE, RECORD_FILE}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
