"""Checking a stored document's signature, for the window.

The command line's ``verify`` uses the same check.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pyHanko costs ~0.4 s to import: only when a document is first checked
    from borne_samtale.summary.signing import Verification as Verification


def verify_document(pdf: bytes, trust_pem: bytes | None) -> "Verification":
    """Genuine, intact and (with ``trust_pem``) issued by a trusted certificate. Slow enough
    for a thread of its own; it touches neither the vault nor Qt."""
    from borne_samtale.summary.signing import verify_pdf

    return verify_pdf(pdf, trust_pem)
