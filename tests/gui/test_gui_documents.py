"""From the checklist to the case in the real window: waive with a reason, sign off the UI
thread, preview both documents, print, export, hand over and delete, and the addendum."""

import json
from datetime import timedelta
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from borne_samtale.domain import Conversation, ConversationStatus
from borne_samtale.services import access
from borne_samtale.services.conversations import ConversationService
from borne_samtale.services.session import PracticeContent
from borne_samtale.ui.dialogs.transfer import TransferDialog
from borne_samtale.ui.dialogs.waiver import WaiverDialog
from borne_samtale.ui.main_window import MainWindow
from borne_samtale.ui.screens.conversation import TAB_CHECK
from borne_samtale.ui.screens.documents import LETTER, REFERAT
from borne_samtale.vault.audit import AuditEvent
from tests.support.common import PASSPHRASE
from tests.support.gui_helpers import when_dialog
from tests.support.handover import ready_conversation

CONTENT = PracticeContent.load()
REASON = "Barnet gik før genlæsningen, fordi skolen ringede"


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, Conversation]:
    """A conversation where only the read-back is missing."""
    folder = tmp_path / "vault"
    new = access.create(folder, PASSPHRASE)
    service = ConversationService(new.vault)
    conversation = ready_conversation(service)
    conversation.read_back.done = False
    service.update(conversation)
    access.lock(new.vault)
    return folder, conversation


def _unlocked(qtbot: QtBot, folder: Path) -> MainWindow:
    window = MainWindow(folder, demo=False, content=CONTENT)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    window.background.wait()
    assert window.session is not None
    return window


def _answer(button: QMessageBox.StandardButton) -> None:
    def press(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(button).click()

    when_dialog(press)


def _waive_read_back(qtbot: QtBot, window: MainWindow) -> None:
    screen = window.conversation_screen
    screen.tabs.setCurrentIndex(TAB_CHECK)
    panel = screen.signoff
    assert not panel.sign_button.isEnabled()
    rows = [panel.items.item(i) for i in range(panel.items.count())]
    read_back = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole) == "read-back")
    assert read_back.text().startswith("✗")
    panel.items.setCurrentItem(read_back)
    assert panel.waive_button.isEnabled()

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, WaiverDialog)
        assert not dialog.ok_button.isEnabled()  # no waiver without a reason
        qtbot.keyClicks(dialog.reason, REASON)
        dialog.ok_button.click()

    when_dialog(give_reason)
    panel.waive_button.click()
    assert panel.sign_button.isEnabled()


def _ready_to_sign(qtbot: QtBot, folder: Path, conversation: Conversation) -> MainWindow:
    window = _unlocked(qtbot, folder)
    window.open_conversation(conversation.id)
    _waive_read_back(qtbot, window)
    return window


def _sign(qtbot: QtBot, window: MainWindow) -> None:
    _answer(QMessageBox.StandardButton.Yes)
    window.conversation_screen.signoff.sign_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.documents_screen, timeout=60_000)


def test_waive_sign_preview_print_export_and_hand_over(
    qtbot: QtBot, tmp_path: Path, prepared: tuple[Path, Conversation]
) -> None:
    folder, conversation = prepared
    window = _ready_to_sign(qtbot, folder, conversation)
    assert window.session is not None
    service = window.session.conversations
    waivers = service.get(conversation.id).sign_off.waivers  # saved at once, not at signing
    assert [(w.item, w.reason) for w in waivers] == [("read-back", REASON)]

    _sign(qtbot, window)
    screen = window.documents_screen
    signed = service.get(conversation.id)
    assert signed.sign_off.status is ConversationStatus.SIGNED
    assert signed.sign_off.document_id in screen.status.text()
    assert screen.pdf.pageCount() >= 2
    qtbot.waitUntil(lambda: screen.verification.text().startswith("✓"), timeout=30_000)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "udskrift.pdf"))
    screen.print_to(printer)
    with pikepdf.open(tmp_path / "udskrift.pdf") as printed:
        assert len(printed.pages) == screen.pdf.pageCount()

    screen.choice.setCurrentIndex(LETTER)
    assert screen.pdf.pageCount() == 1
    qtbot.waitUntil(lambda: screen.verification.text().startswith("✓"), timeout=30_000)
    screen.choice.setCurrentIndex(REFERAT)

    # Hand-over is refused before the export.
    _answer(QMessageBox.StandardButton.Ok)
    screen.transfer_button.click()
    assert service.get(conversation.id).sign_off.status is ConversationStatus.SIGNED

    out = tmp_path / "til-sagen"
    out.mkdir()
    _answer(QMessageBox.StandardButton.Ok)
    bundle = screen.export_to(out)
    assert bundle is not None
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == {"referat.pdf", "brev-til-barnet.pdf", "samtale.json"}
    assert "Eksporteret" in screen.status.text()

    def hand_over(dialog: QWidget) -> None:
        assert isinstance(dialog, TransferDialog)
        qtbot.keyClicks(dialog.reference_field, "J-2026-4711")
        assert not dialog.ok_button.isEnabled()  # the caseworker must confirm they checked
        dialog.confirmed.setChecked(True)
        assert dialog.retention() == timedelta(0)  # deleted at once unless chosen otherwise
        when_dialog(lambda info: info.close())  # the receipt message
        dialog.ok_button.click()

    when_dialog(hand_over)
    screen.transfer_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.cases_screen)
    assert service.summaries() == []
    receipts = [
        row[0]
        for row in window.session.vault.connection.execute(
            "SELECT subject FROM audit_log WHERE event = ?", (AuditEvent.CONVERSATION_PURGED.value,)
        )
    ]
    assert len(receipts) == 1
    assert receipts[0].startswith(signed.sign_off.document_id)


def test_a_signed_conversation_opens_as_documents_and_an_addendum_as_a_new_draft(
    qtbot: QtBot, prepared: tuple[Path, Conversation]
) -> None:
    folder, conversation = prepared
    window = _ready_to_sign(qtbot, folder, conversation)
    _sign(qtbot, window)
    window.back_to_cases()
    window.open_conversation(conversation.id)  # from the list: signed means read-only
    assert window.stack.currentWidget() is window.documents_screen

    _answer(QMessageBox.StandardButton.Yes)
    window.documents_screen.addendum_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.conversation_screen)
    draft = window.conversation_screen.conversation
    assert draft is not None
    assert draft.id != conversation.id
    assert draft.sign_off.version == 2
    assert draft.sign_off.supersedes == conversation.id


def test_locking_while_signing_stores_nothing(
    qtbot: QtBot, prepared: tuple[Path, Conversation]
) -> None:
    folder, conversation = prepared
    window = _ready_to_sign(qtbot, folder, conversation)
    _answer(QMessageBox.StandardButton.Yes)
    window.conversation_screen.signoff.sign_button.click()
    assert window.signing.busy
    window.lock()
    window.signing.wait()
    assert window.session is None
    vault = access.unlock(folder, PASSPHRASE)
    try:
        stored = ConversationService(vault).get(conversation.id)
        assert stored.sign_off.status is ConversationStatus.DRAFT
    finally:
        access.lock(vault)


def test_the_organisations_certificate_is_imported_and_the_certificate_exported(
    qtbot: QtBot, tmp_path: Path, prepared: tuple[Path, Conversation]
) -> None:
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        load_pem_private_key,
        pkcs12,
    )
    from cryptography.x509 import load_pem_x509_certificate

    from borne_samtale.summary.signing import create_local_identity, verify_pdf

    organisation = create_local_identity("Medarbejder i Demo Kommune", "Demo Kommune", "IT")
    p12 = tmp_path / "medarbejder.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"medarbejder",
            load_pem_private_key(organisation.key_pem, None),  # type: ignore[arg-type]
            load_pem_x509_certificate(organisation.cert_pem),
            [load_pem_x509_certificate(organisation.chain_pem)],
            BestAvailableEncryption(b"hemmelig"),
        )
    )
    folder, conversation = prepared
    window = _unlocked(qtbot, folder)
    session = window.session
    assert session is not None
    _answer(QMessageBox.StandardButton.Ok)
    assert not window.certificates.import_file(session, p12, "forkert")
    _answer(QMessageBox.StandardButton.Ok)
    assert window.certificates.import_file(session, p12, "hemmelig")

    window.open_conversation(conversation.id)
    _waive_read_back(qtbot, window)
    _sign(qtbot, window)
    referat, _letter = session.handover.documents(conversation.id)
    checked = verify_pdf(referat.pdf, organisation.chain_pem)
    assert checked.ok
    assert checked.signer == "Medarbejder i Demo Kommune"

    out = tmp_path / "til-it"
    out.mkdir()
    _answer(QMessageBox.StandardButton.Ok)
    written = window.certificates.export_to(session, out)
    assert [p.name for p in written] == ["underskriver.pem", "udsteder-ca.pem"]
    assert (out / "underskriver.pem").read_bytes() == organisation.cert_pem
