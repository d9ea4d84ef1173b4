"""The GUI process killed mid-typing: everything typed before the debounce window survives."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from borne_samtale.domain import CaseworkerProfile, Child, Conversation, LegalBasis, Purpose
from borne_samtale.services import access
from borne_samtale.services.autosave import DEBOUNCE_SECONDS
from borne_samtale.services.conversations import ConversationService
from tests.support.common import PASSPHRASE

TYPIST = """
import sys, uuid
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from borne_samtale.services import access
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.main_window import MainWindow

def wait(ms):
    clock = QElapsedTimer(); clock.start()
    while clock.elapsed() < ms:
        QCoreApplication.processEvents()

folder, conversation_id = Path(sys.argv[1]), uuid.UUID(sys.argv[2])
passphrase, pause = sys.argv[3], int(sys.argv[4])
window = MainWindow(folder, demo=False, content=PracticeContent.load())
window.show()
window._start_session(access.unlock(folder, passphrase))
window.open_conversation(conversation_id)
editor = window.conversation_screen.capture.editor
n = 0
while True:
    QTest.keyClicks(editor, f"ord{n} ")
    wait(pause)  # longer than the debounce: these words must be on disk now
    print(n, flush=True)
    n += 1
"""


@pytest.mark.slow
def test_killing_the_window_mid_typing_loses_only_the_debounce_window(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    service = ConversationService(new.vault)
    service.set_caseworker(CaseworkerProfile(name="Lise", title="Rådgiver"))
    child = service.add_child(Child(name="Aya", age_years=9))
    conversation = service.start(
        Conversation(child_id=child.id, legal_basis=LegalBasis(purpose=Purpose.OTHER))
    )
    access.lock(new.vault)

    typist = subprocess.Popen(
        [
            sys.executable,
            "-c",
            TYPIST,
            str(folder),
            str(conversation.id),
            PASSPHRASE,
            str(round(DEBOUNCE_SECONDS * 2000)),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert typist.stdout is not None
    confirmed = -1
    for line in typist.stdout:
        confirmed = int(line)
        if confirmed >= 8:
            break
    os.kill(typist.pid, signal.SIGKILL)
    typist.wait(timeout=30)

    vault = access.unlock(folder, PASSPHRASE)  # integrity check included
    texts = [e.text for e in ConversationService(vault).get(conversation.id).entries]
    vault.close()
    assert len(texts) == 1
    for n in range(confirmed + 1):
        assert f"ord{n} " in texts[0]
