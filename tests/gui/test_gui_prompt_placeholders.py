"""The conversation screen shows prompts with their placeholders filled: the caseworker's
name and number, the concrete measure and the interpreter's name, never a bracket."""

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from borne_samtale.domain import AgeBand, Child, Conversation, LegalBasis, Phase, Purpose
from borne_samtale.domain.people import CaseworkerProfile, Interpreter, Presence
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent, Session
from borne_samtale.ui.dialogs.briefing import BriefingDialog
from borne_samtale.ui.screens.conversation import ConversationScreen
from borne_samtale.vault.vault import Vault

CONTENT = PracticeContent.load()


def _shown(screen: ConversationScreen, phase: Phase) -> str:
    screen.phases.setCurrentRow(list(Phase).index(phase))
    return "\n".join(screen.prompts.item(i).text() for i in range(screen.prompts.count()))


def test_prompts_show_the_profile_the_measure_and_the_interpreter(
    qtbot: QtBot, vault: Vault
) -> None:
    service = ConversationService(vault)
    service.set_caseworker(CaseworkerProfile(name="Mette Kjær", phone="87 13 25 00"))
    child = service.add_child(Child(name="Sara", case_number="S-2", age_years=8))
    conversation = Conversation(
        child_id=child.id,
        starts_at=datetime.now(UTC),
        guide_id="forud-for-afgoerelse",
        legal_basis=LegalBasis(
            purpose=Purpose.BEFORE_DECISION,
            decision_section="§ 32",
            concrete_measure="En kontaktperson (§ 32, stk. 1, nr. 7)",
        ),
        presence=Presence(interpreter=Interpreter(name_or_id="Samira", language="arabisk")),
    )
    service.start(conversation)
    screen = ConversationScreen()
    qtbot.addWidget(screen)
    screen.open(Session(vault, CONTENT), service.get(conversation.id))

    framing = _shown(screen, Phase.CONTACT_AND_FRAMING)
    assert "Jeg hedder Mette." in framing
    assert "Vi skal tale om en kontaktperson." in framing
    closing = _shown(screen, Phase.CLOSING)
    shown = framing + _shown(screen, Phase.EXPLORING) + closing
    assert "[" not in shown
    assert "]" not in shown
    screen.close_conversation()


def test_the_briefing_tells_the_child_the_interpreters_name(qtbot: QtBot) -> None:
    named = BriefingDialog(CONTENT.interpreter, Interpreter(name_or_id="Samira"), AgeBand.AGE_3_6)
    by_id = BriefingDialog(CONTENT.interpreter, Interpreter(name_or_id="T-40117"), AgeBand.AGE_3_6)
    for dialog in (named, by_id):
        qtbot.addWidget(dialog)
    texts = [
        "\n".join(label.text() for label in dialog.findChildren(QLabel))
        for dialog in (named, by_id)
    ]
    assert "Det her er Samira." in texts[0]
    assert "Det her er tolken." in texts[1]
    assert "[" not in texts[0] + texts[1]
