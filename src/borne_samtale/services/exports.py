"""The export folders the program wrote: remembered, and removed at hand-over.

The export folders the program wrote, remembered inside the vault, and removed when the
conversation is handed over and deleted.

An export bundle holds the child's words in plain text (`samtale.json`) and both PDFs.
Deleting the conversation from the vault while the bundle stays on the disk would be a
deletion in name only, so each export's folder is recorded (in the encrypted vault, never
elsewhere), and the purge that follows the caseworker's confirmation that the documents are
in the case system removes it: only a folder that is still exactly what the program wrote
(its manifest vouches for every file and names the stored documents) and only the files the
program wrote; a folder changed since, or with files of someone else's in it, is left and
named in the receipt. The vault menu lists exports still on the disk.

Removing a file is not erasing it: on an SSD or a journalled file system the blocks may
survive until reused. Full-disk encryption covers that; the program cannot.
"""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from borne_samtale.domain.documents import DocumentKind
from borne_samtale.vault.documents import DocumentRepository
from borne_samtale.vault.exports import Export, ExportRepository

Connection = Any

# The files of a bundle (handover.py writes them); the manifest vouches for the other three.
BUNDLE_FILES = ("referat.pdf", "brev-til-barnet.pdf", "samtale.json", "manifest.json")


@dataclass(frozen=True)
class Removal:
    folder: str  # the bundle folder's name (content-free: the document id)
    removed: bool
    reason: str  # why it was left, when it was

    def __str__(self) -> str:
        if self.removed:
            return f"eksport {self.folder} slettet" + (f" ({self.reason})" if self.reason else "")
        return f"eksport {self.folder} ikke slettet ({self.reason})"


def recorded(conn: Connection, conversation_id: str | None = None) -> list[Export]:
    return ExportRepository(conn).recorded(conversation_id)


def on_disk(conn: Connection) -> list[Export]:
    """Exports the program wrote that are still on the disk (for the vault menu)."""
    return [export for export in recorded(conn) if export.path.is_dir()]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _is_ours(folder: Path, document_id: str, pdfs: dict[str, bytes]) -> str:
    """ "" when the folder is exactly the bundle the program wrote, else why not."""
    try:
        manifest = json.loads((folder / "manifest.json").read_bytes())
        files = manifest["files"]
        if manifest.get("document_id") != document_id:
            return "manifestet nævner et andet dokument"
        for name, data in pdfs.items():
            if files.get(name) != hashlib.sha256(data).hexdigest():
                return "dokumenterne er ikke de underskrevne"
        if set(files) != set(BUNDLE_FILES) - {"manifest.json"}:
            return "manifestet er ændret"
        for name, digest in files.items():
            if _digest(folder / name) != digest:
                return "en fil er ændret"
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "mappen er ændret eller kan ikke læses"
    return ""


def _stored_pdfs(conn: Connection, conversation_id: str) -> dict[str, bytes]:
    """The signed documents in the vault, by the file name a bundle gives them."""
    names = {DocumentKind.REFERAT: "referat.pdf", DocumentKind.LETTER: "brev-til-barnet.pdf"}
    documents = DocumentRepository(conn)
    pdfs = {}
    for kind, name in names.items():
        stored = documents.get(UUID(conversation_id), kind)
        if stored is not None:
            pdfs[name] = stored.pdf
    return pdfs


def remove_for(conn: Connection, conversation_id: str) -> list[Removal]:
    """Remove the bundles of one conversation that are still what the program wrote, before
    its rows (and the stored documents the bundles are checked against) are purged.

    The record of a removed (or already gone) bundle is dropped; a bundle left behind keeps
    its record, so the vault menu goes on showing it.
    """
    pdfs = _stored_pdfs(conn, conversation_id)
    results = []
    for export in recorded(conn, conversation_id):
        folder = export.path
        reason = "" if not folder.exists() else _is_ours(folder, export.document_id, pdfs)
        if reason:
            results.append(Removal(folder.name, False, reason))
            continue
        if folder.exists():
            try:
                for file in BUNDLE_FILES:
                    (folder / file).unlink(missing_ok=True)
            except OSError as exc:
                results.append(Removal(folder.name, False, str(exc.strerror)))
                continue
            try:
                folder.rmdir()
                results.append(Removal(folder.name, True, ""))
            except OSError:  # someone put other files there: ours are gone, theirs stay
                results.append(Removal(folder.name, True, "mappen med andre filer er ladt"))
        ExportRepository(conn).forget(conversation_id, folder)
    return results
