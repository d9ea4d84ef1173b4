"""The duration line of the referat, and the draft mark on every page of a long preview."""

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtPdf import QPdfDocument

from borne_samtale.domain import Child as ChildModel
from borne_samtale.domain import Conversation, Entry, LegalBasis, Perspective, Purpose
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.preview import draft_documents
from borne_samtale.summary.draft import DRAFT_MARK
from borne_samtale.summary.model import danish_duration


def _texts(data: bytes) -> list[str]:
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    texts = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return texts


def test_the_duration_in_words() -> None:
    def duration(seconds: int, phone: int = 0) -> str:
        return danish_duration(
            Conversation(
                child_id=ChildModel(name="X", age_years=9).id,
                legal_basis=LegalBasis(purpose=Purpose.OTHER),
                elapsed_seconds=seconds,
                phone_interpreting_seconds=phone,
            )
        )

    assert duration(47 * 60 + 10) == "47 min."
    assert duration(20) == "1 min."  # never "0 min." for a conversation that was held
    assert duration(65 * 60) == "1 t. 5 min."
    assert duration(30 * 60, 12 * 60) == "30 min., heraf 12 min. med telefontolk"


def test_every_page_of_a_long_preview_is_marked(
    service: ConversationService, tmp_path: Path
) -> None:
    child = service.add_child(ChildModel(name="Noor", age_years=12))
    conversation = service.start(
        Conversation(
            child_id=child.id,
            legal_basis=LegalBasis(purpose=Purpose.OTHER),
            entries=[
                Entry(
                    text=f"Jeg kan godt lide fodbold og min hund nummer {n}. " * 6,
                    perspective=Perspective.CHILD_OWN_WORDS,
                )
                for n in range(40)
            ],
        )
    )
    drafts = draft_documents(service, service.get(conversation.id))
    referat = _texts(drafts.referat)
    assert len(referat) >= 3
    for page in referat + _texts(drafts.letter):
        assert DRAFT_MARK in page
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]  # nothing beside the vault
