"""One list for what the child was told: the guide's must-cover items tick what the child
was told with them; what the guide has no item for stands in the same list."""

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from borne_samtale.domain import Child, Conversation, LegalBasis, Purpose
from borne_samtale.domain.enums import ToldItem
from borne_samtale.domain.people import CaseworkerProfile, Interpreter, Presence
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent, Session
from borne_samtale.ui.screens.conversation import ConversationScreen
from borne_samtale.vault.vault import Vault

CONTENT = PracticeContent.load()


def _row(screen: ConversationScreen, starts: str) -> int:
    texts = [screen.covered.item(i).text() for i in range(screen.covered.count())]
    return next(i for i, text in enumerate(texts) if text.startswith(starts))


def test_ticking_a_guide_item_records_what_the_child_was_told(qtbot: QtBot, vault: Vault) -> None:
    service = ConversationService(vault)
    service.set_caseworker(CaseworkerProfile(name="Mette Kjær", title="Rådgiver"))
    child = service.add_child(Child(name="Sara", case_number="S-2", age_years=12))
    conversation = Conversation(
        child_id=child.id,
        starts_at=datetime.now(UTC),
        guide_id="forud-for-afgoerelse",
        legal_basis=LegalBasis(purpose=Purpose.BEFORE_DECISION, concrete_measure="Aflastning"),
        presence=Presence(interpreter=Interpreter(name_or_id="Samira", language="arabisk")),
    )
    service.start(conversation)
    screen = ConversationScreen()
    qtbot.addWidget(screen)
    screen.open(Session(vault, CONTENT), service.get(conversation.id))

    texts = [screen.covered.item(i).text() for i in range(screen.covered.count())]
    guide = CONTENT.guide("forud-for-afgoerelse")
    assert guide is not None
    linked = {t for item in guide.must_cover for t in item.told}
    assert ToldItem.PURPOSE in linked
    told_rows = [t for t in texts if t.startswith("Barnet har fået at vide: ")]
    # Only what the guide has no item for gets a row of its own: nothing is ticked twice.
    assert len(told_rows) == len([t for t in ToldItem if t not in linked])
    assert any("Tolkens rolle" in t for t in told_rows)  # there is an interpreter

    purpose = next(item for item in guide.must_cover if item.id == "purpose-told")
    screen.covered.item(_row(screen, purpose.text[:30])).setCheckState(Qt.CheckState.Checked)
    screen.covered.item(_row(screen, "Barnet har fået at vide: Tolkens")).setCheckState(
        Qt.CheckState.Checked
    )
    assert screen.conversation is not None
    assert screen.conversation.child_was_told == [ToldItem.PURPOSE, ToldItem.INTERPRETER_ROLE]
    assert screen.conversation.covered_items == ["purpose-told"]
    screen.close_conversation()

    stored = service.get(conversation.id)
    assert stored.child_was_told == [ToldItem.PURPOSE, ToldItem.INTERPRETER_ROLE]
    assert stored.covered_items == ["purpose-told"]
