"""A vault with one conversation, and the real main window opened on it."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from borne_samtale.domain import (
    CaseworkerProfile,
    Child,
    Conversation,
    LegalBasis,
    Purpose,
)
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.main_window import MainWindow
from tests.support.common import PASSPHRASE

CONTENT = PracticeContent.load()


def prepare_conversation(folder: Path, **fields: object) -> Conversation:
    new = access.create(folder, PASSPHRASE)
    service = ConversationService(new.vault)
    service.set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    child = service.add_child(Child(name="Mila", age_years=8, case_number="S-1"))
    conversation = service.start(
        Conversation(
            child_id=child.id,
            legal_basis=LegalBasis(purpose=Purpose.INVESTIGATION),
            **fields,
        )
    )
    access.lock(new.vault)
    return conversation


def stored_conversation(folder: Path, conversation: Conversation) -> Conversation:
    vault = access.unlock(folder, PASSPHRASE)
    try:
        return ConversationService(vault).get(conversation.id)
    finally:
        vault.close()


def open_window(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(folder, demo=False, content=CONTENT)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window._start_session(access.unlock(folder, PASSPHRASE))
    return window
