"""Write a PNG of every screen, dialog and tool at 1366x768 into screenshots/ (not versioned).

Runs offscreen on a temporary demo vault (invented cases only): `make screenshots`.
"""

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from borne_samtale.ui.main_window import MainWindow

SIZE = (1366, 768)


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from borne_samtale.services import access
    from borne_samtale.services.demo import DEMO_PASSPHRASE, fill_demo_vault
    from borne_samtale.services.session import PracticeContent, Session
    from borne_samtale.ui.dialogs.briefing import BriefingDialog
    from borne_samtale.ui.dialogs.create_vault import CreateVaultDialog
    from borne_samtale.ui.dialogs.new_conversation import NewConversationDialog
    from borne_samtale.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog, RecoverDialog
    from borne_samtale.ui.dialogs.profile import ProfileDialog
    from borne_samtale.ui.dialogs.transfer import TransferDialog
    from borne_samtale.ui.dialogs.waiver import WaiverDialog
    from borne_samtale.ui.i18n import install_translator
    from borne_samtale.ui.main_window import MainWindow
    from borne_samtale.ui.screens import conversation as talk
    from borne_samtale.ui.style import install_style

    install_translator(app, "da")  # as the app starts: Danish plurals, Qt's Danish buttons
    install_style(app)
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []

    def pump() -> None:
        for _ in range(40):
            QCoreApplication.processEvents()

    def settle(seconds: float = 1.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.02)

    def save(widget: QWidget, name: str) -> None:
        pump()
        path = out / f"{len(written) + 1:02d}_{name}.png"
        widget.grab().save(str(path))
        written.append(path.name)

    content = PracticeContent.load()
    with tempfile.TemporaryDirectory(prefix="borne-samtale-shots-") as tmp:
        empty = MainWindow(Path(tmp) / "none", demo=False, content=content)
        empty.resize(*SIZE)
        empty.show()
        save(empty, "start")
        dialog = CreateVaultDialog(lambda p: access.create(Path(tmp) / "x", p), empty)
        dialog.show()
        save(dialog, "create_vault")
        dialog.fields.first.setText("fire ord i en sætning")
        dialog.fields.second.setText("fire ord i en sætning")
        dialog._create_vault()
        dialog._background.wait()
        save(dialog, "recovery_code")
        dialog.created.vault.close() if dialog.created else None
        dialog.done(0)
        empty.close()

        folder = Path(tmp) / "demo"
        new = access.create(folder, DEMO_PASSPHRASE, published=True)
        session = Session(new.vault, content)
        fill_demo_vault(session.conversations)
        session.lock()
        window = MainWindow(folder, demo=True, content=content)
        window.resize(*SIZE)
        window.show()
        save(window, "unlock")
        window.unlock_screen.passphrase.setText("forkert adgangsfrase")
        window.unlock_screen._submit()
        window.background.wait()
        save(window, "unlock_wrong")
        window.unlock_screen._wait_left = 0
        window.unlock_screen.passphrase.setText(DEMO_PASSPHRASE)
        window.unlock_screen._submit()
        window.background.wait()
        save(window, "cases")
        window.cases_screen.search.setText("mor")
        save(window, "cases_search")
        window.cases_screen.search.clear()
        window.cases_screen.children_list.setCurrentRow(1)
        save(window, "case_of_one_child")
        assert window.session is not None
        service = window.session.conversations

        def dialog_shot(make: Callable[[], QDialog], name: str) -> None:
            shown = make()
            shown.show()
            save(shown, name)
            shown.done(0)

        dialog_shot(
            lambda: NewConversationDialog(service.children(), content.guides, window),
            "new_conversation",
        )
        dialog_shot(lambda: ProfileDialog(service.caseworker(), window), "profile")
        dialog_shot(lambda: ChangePassphraseDialog(lambda a, b: None, window), "change_passphrase")
        dialog_shot(lambda: RecoverDialog(lambda a, b: "", window), "recover")

        summaries = service.summaries()
        previewed = False
        for summary in summaries:
            conversation = service.get(summary.id)
            interpreter = conversation.presence.interpreter
            if interpreter is not None:
                child = service.child(conversation.child_id)
                from borne_samtale.domain.age import age_band_for

                band = age_band_for(child.age_on(conversation.starts_at.date()))
                dialog_shot(
                    lambda i=interpreter, b=band: BriefingDialog(content.interpreter, i, b, window),
                    "briefing",
                )
        previewed = False
        for summary in summaries:
            conversation = service.get(summary.id)
            name = summary.purpose.value
            window.open_conversation(summary.id)
            QTimer.singleShot(0, lambda: None)
            screen = window.conversation_screen
            for row in range(5):
                screen.phases.setCurrentRow(row)
                save(window, f"{name}_phase{row + 1}")
            for tab, tab_name in (
                (talk.TAB_SCALE, "scale"),
                (talk.TAB_HOUSES, "houses"),
                (talk.TAB_NETWORK, "network"),
            ):
                screen.tabs.setCurrentIndex(tab)
                save(window, f"{name}_{tab_name}")
                screen.toggle_child_view()
                save(window, f"{name}_{tab_name}_child_view")
                screen.toggle_child_view()
            screen.tabs.setCurrentIndex(talk.TAB_TALK)
            screen.toggle_child_view()
            save(window, f"{name}_child_view_no_tool")
            screen.toggle_child_view()
            screen.tabs.setCurrentIndex(talk.TAB_CLOSING)
            save(window, f"{name}_closing")
            screen.tabs.setCurrentIndex(talk.TAB_CHECK)
            save(window, f"{name}_checklist")
            if not previewed:  # the draft preview before signing, once
                from borne_samtale.services.preview import draft_documents
                from borne_samtale.ui.dialogs.preview import PreviewDialog

                previewed = True
                preview = PreviewDialog(draft_documents(service, conversation), window)
                preview.show()
                settle()  # QPdfView draws its pages on a worker thread
                save(preview, "preview_referat")
                preview.choice.setCurrentIndex(1)
                settle()
                save(preview, "preview_letter")
                preview.done(0)
            missing = next(
                (i for i in window.session.handover.checklist(conversation).missing()), None
            )
            if missing is not None:
                dialog_shot(lambda m=missing: WaiverDialog(m, window), "waiver")
            window.back_to_cases()
        signed = _sign_first_ready(window)
        if signed is not None:
            window.open_conversation(signed)
            settle()  # QPdfView draws its pages on a worker thread
            save(window, "documents_referat")
            window.documents_screen.choice.setCurrentIndex(1)
            settle()
            save(window, "documents_letter")
            dialog_shot(lambda: TransferDialog(window), "transfer")
            window.back_to_cases()
        window.lock()
        save(window, "locked")
        window.close()
    print(f"{len(written)} screenshots in {out}")
    for name in written:
        print(f"  {name}")
    del app
    return 0


def _sign_first_ready(window: "MainWindow") -> "UUID | None":
    """The demo's finished conversations, as `--demo` shows them; the signed one's id."""
    from borne_samtale.domain import ConversationStatus
    from borne_samtale.services.demo import add_finished_demo_conversations

    assert window.session is not None
    service = window.session.conversations
    add_finished_demo_conversations(window.session.vault, service)
    signed = [s for s in service.summaries() if s.status is ConversationStatus.SIGNED]
    return signed[0].id if signed else None


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots")))
