"""A signed conversation's documents, with print, export, hand-over and addendum.

A signed conversation: the referat and the letter as they were signed, with Print, Export,
hand-over to the case system and an addendum.

The PDFs are shown from memory (QtPdf reads them from a buffer), so no copy of a child's
documents is ever written to a temporary file. Printing renders each page into the printer.
"""

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain import Conversation, ConversationStatus, labels
from borne_samtale.domain.clock import in_danish_time
from borne_samtale.services.session import Session, StoredDocument
from borne_samtale.services.verify import verify_document
from borne_samtale.ui.dialogs.transfer import TransferDialog
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.operation import Operation
from borne_samtale.ui.style import set_heading
from borne_samtale.ui.worker import Background

if TYPE_CHECKING:  # pyHanko is imported when a document is first checked
    from borne_samtale.services.verify import Verification

REFERAT, LETTER = 0, 1
PRINT_DPI = 300  # sharp on paper, and a page image stays around 35 MB


def local_time(moment: datetime | None) -> str:
    return in_danish_time(moment).strftime("%d.%m.%Y kl. %H:%M") if moment else ""


class DocumentsScreen(QWidget):
    back_requested = Signal()
    addendum_started = Signal(object)  # the new draft's id
    purged = Signal(str)  # the receipt

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self.conversation: Conversation | None = None
        self._documents: tuple[StoredDocument, ...] = ()
        self._buffer: QBuffer | None = None
        self._verify_token = 0
        self.background = Background(self)

        self.title = QLabel()
        set_heading(self.title, 1.3)
        self.back_button = QPushButton(self.tr("Tilbage til &listen"))
        self.back_button.setAccessibleName(self.tr("Tilbage til listen"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.back_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Dokumenternes status"))
        self.verification = QLabel()
        self.verification.setWordWrap(True)
        self.verification.setAccessibleName(self.tr("Kontrol af underskriften"))

        self.choice = QTabBar()
        self.choice.setAccessibleName(self.tr("Vælg dokument"))
        self.choice.addTab(self.tr("&Referat"))
        self.choice.addTab(self.tr("&Brev til barnet"))
        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Dokumentet"))
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(1.0)  # the page at its real size; Ctrl++ and Ctrl+- zoom

        self.print_button = QPushButton(self.tr("&Udskriv … (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Udskriv dokumentet"))
        self.export_button = QPushButton(self.tr("&Eksportér til mappe …"))
        self.export_button.setAccessibleName(self.tr("Eksportér dokumenterne til en mappe"))
        self.transfer_button = QPushButton(self.tr("Markér som &overført til sagen …"))
        self.transfer_button.setAccessibleName(self.tr("Markér som overført til sagen"))
        self.addendum_button = QPushButton(self.tr("Lav &tillæg …"))
        self.addendum_button.setAccessibleName(self.tr("Lav et tillæg, en ny version"))
        actions = QHBoxLayout()
        for button in (self.print_button, self.export_button, self.transfer_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.addendum_button)

        column = QVBoxLayout(self)
        column.addLayout(header)
        column.addWidget(self.status)
        column.addWidget(self.verification)
        column.addWidget(self.choice)
        column.addWidget(self.view, 1)
        column.addLayout(actions)

        self.back_button.clicked.connect(self.back_requested)
        self.choice.currentChanged.connect(self.show_document)
        self.print_button.clicked.connect(self.print_document)
        self.export_button.clicked.connect(self.export)
        self.transfer_button.clicked.connect(self.mark_transferred)
        self.addendum_button.clicked.connect(self.start_addendum)
        for keys, action in (
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(0.8)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Shown: the document has the focus, so the keys scroll it at once (not a focus
        proxy, which would keep Tab from reaching the controls above it)."""
        self.view.setFocus(event.reason())

    def zoom(self, factor: float) -> None:
        self.view.setZoomFactor(max(0.5, min(3.0, self.view.zoomFactor() * factor)))

    # Loading ----------------------------------------------------------------------------
    def open(self, session: Session, conversation_id: UUID) -> None:
        self._session = session
        self.conversation = session.conversations.get(conversation_id)
        self._documents = session.handover.documents(conversation_id)
        child = session.conversations.child(self.conversation.child_id)
        self.title.setText(
            f"{child.name} – {labels.PURPOSE[self.conversation.legal_basis.purpose]}"
        )
        self._show_status()
        self.choice.setCurrentIndex(REFERAT)
        self.show_document(REFERAT)

    def close_documents(self) -> None:
        """Forget the documents (before locking or going back)."""
        self.background.wait()
        self._verify_token += 1
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(b"")
        self._buffer = None
        self._documents = ()
        self.conversation = None
        self._session = None

    def _show_status(self) -> None:
        conversation = self.conversation
        assert conversation is not None
        sign_off = conversation.sign_off
        lines = [
            with_args(
                self.tr("Underskrevet %1 af %2. Dokument-id %3, version %4."),
                local_time(sign_off.signed_at),
                sign_off.signed_by,
                sign_off.document_id,
                sign_off.version,
            )
        ]
        if sign_off.supersedes is not None:
            lines.append(self.tr("Dette er et tillæg, der afløser den tidligere version."))
        if sign_off.exported_at is not None:
            lines.append(with_args(self.tr("Eksporteret %1."), local_time(sign_off.exported_at)))
        if sign_off.transferred_at is not None:
            lines.append(
                with_args(
                    self.tr("Overført til sagen %1 med reference %2."),
                    local_time(sign_off.transferred_at),
                    sign_off.case_reference,
                )
            )
        if sign_off.delete_after is not None:
            lines.append(
                with_args(self.tr("Slettes fra computeren %1."), local_time(sign_off.delete_after))
            )
        self.status.setText("\n".join(lines))
        status = sign_off.status
        self.transfer_button.setEnabled(status is not ConversationStatus.DRAFT)
        self.transfer_button.setText(
            self.tr("Slet fra computeren nu …")
            if status is ConversationStatus.TRANSFERRED
            else self.tr("Markér som &overført til sagen …")
        )

    def current_document(self) -> StoredDocument | None:
        index = self.choice.currentIndex()
        return self._documents[index] if 0 <= index < len(self._documents) else None

    def show_document(self, index: int) -> None:
        document = self.current_document()
        if document is None:
            return
        self.pdf.close()
        buffer = QBuffer(self)
        buffer.setData(document.pdf)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = buffer
        self._verify(document)

    def _verify(self, document: StoredDocument) -> None:
        """Check the stored file's signature off the UI thread and say what was found."""
        if self._session is None:
            return
        self._verify_token += 1
        token = self._verify_token
        handover = self._session.handover
        anchor = Operation(  # the organisation's certificate may not be readable
            self, "", lambda: handover.trust_anchor() or None, show=self.verification.setText
        )
        if not anchor.run():
            return
        trust = anchor.value
        pdf = document.pdf
        self.verification.setText(self.tr("Underskriften kontrolleres …"))
        self.background.wait()
        self.background.start(
            lambda: verify_document(pdf, trust),
            lambda result: self._verified(token, result),
            lambda _error: self._verified(token, None),
        )

    def _verified(self, token: int, result: "Verification | None") -> None:
        if token != self._verify_token:
            return  # another document is shown by now
        if result is not None and result.ok:
            self.verification.setText(
                "✓ " + self.tr("Underskriften er gyldig, og dokumentet er ikke ændret.")
            )
        else:
            problem = result.problem if result is not None else ""
            self.verification.setText(
                "✗ " + self.tr("Underskriften kunne ikke bekræftes.") + f" {problem}".rstrip()
            )

    # Print ------------------------------------------------------------------------------
    def print_document(self) -> None:
        if self.current_document() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._print_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _print_name(self) -> str:
        """The print job's name: the document id, never the child's name."""
        document = self.current_document()
        return f"Børnesamtale {document.document_id}" if document else "Børnesamtale"

    def print_to(self, printer: QPrinter) -> None:
        """Draw every page of the shown PDF, scaled to the printable area, keeping its shape."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Udskriv"), self.tr("Printeren kan ikke bruges."))
            return
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            area = QRectF(painter.viewport())
            for page in range(self.pdf.pageCount()):
                if page > 0:
                    printer.newPage()
                points = self.pdf.pagePointSize(page)
                pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.pdf.render(page, pixels)
                scale = min(area.width() / points.width(), area.height() / points.height())
                target = QRectF(0, 0, points.width() * scale, points.height() * scale)
                target.moveCenter(area.center())
                painter.drawImage(target, image)
        finally:
            painter.end()

    # Export and hand-over ---------------------------------------------------------------
    def export(self) -> None:
        if self._session is None or self.conversation is None:
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        # Qt's own dialog: the desktop's would add the folder to its recent-files list.
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Vælg mappen til eksporten"),
            start,
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog,
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> Path | None:
        if self._session is None or self.conversation is None:
            return None
        session, conversation_id = self._session, self.conversation.id
        exported = Operation(
            self, self.tr("Eksport"), lambda: session.handover.export(conversation_id, folder)
        )
        if not exported.run():
            return None
        written = exported.value
        self.conversation = self._session.conversations.get(self.conversation.id)
        self._show_status()
        QMessageBox.information(
            self,
            self.tr("Eksport"),
            with_args(
                self.tr(
                    "Referat, brev og data ligger nu i %1.\n\nLæg dem i sagssystemet, og markér "
                    "derefter samtalen som overført, så den slettes fra computeren."
                ),
                written,
            ),
        )
        return written

    def mark_transferred(self) -> None:
        if self._session is None or self.conversation is None:
            return
        sign_off = self.conversation.sign_off
        if sign_off.status is ConversationStatus.TRANSFERRED:
            self._purge_now()
            return
        if sign_off.status is not ConversationStatus.EXPORTED:
            QMessageBox.information(
                self,
                self.tr("Overført til sagen"),
                self.tr("Eksportér samtalen først, og læg filerne i sagssystemet."),
            )
            return
        dialog = TransferDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.transfer(dialog.reference(), dialog.retention())

    def transfer(self, reference: str, retention: timedelta) -> None:
        if self._session is None or self.conversation is None:
            return
        handover, conversation_id = self._session.handover, self.conversation.id
        marked = Operation(
            self,
            self.tr("Overført til sagen"),
            lambda: handover.mark_transferred(conversation_id, reference, retention),
        )
        if not marked.run():
            return
        self.conversation = marked.value
        if retention <= timedelta(0):
            self._purge()
        else:
            self._show_status()

    def _purge_now(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Slet fra computeren"),
            self.tr(
                "Samtalen er lagt i sagen. Vil du slette den fra computeren nu? "
                "Det kan ikke fortrydes."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._purge()

    def _purge(self) -> None:
        if self._session is None or self.conversation is None:
            return
        handover, conversation_id = self._session.handover, self.conversation.id
        purge = Operation(
            self, self.tr("Slet fra computeren"), lambda: handover.purge(conversation_id)
        )
        if purge.run():
            self.purged.emit(purge.value)

    def start_addendum(self) -> None:
        if self._session is None or self.conversation is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Tillæg"),
            self.tr(
                "Et tillæg er en ny version af samtalen, som du retter og underskriver igen. "
                "Den underskrevne version bliver, som den er. Vil du lave et tillæg?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        handover, conversation_id = self._session.handover, self.conversation.id
        addendum = Operation(
            self, self.tr("Tillæg"), lambda: handover.start_addendum(conversation_id)
        )
        if addendum.run():
            self.addendum_started.emit(addendum.value.id)
