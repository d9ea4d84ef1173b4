"""The draft referat and letter, shown before signing without writing a file.

The draft referat and letter shown before signing, straight from memory (QtPdf reads
them from an in-memory buffer; no file is written)."""

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.services.preview import Drafts


class PreviewDialog(QDialog):
    def __init__(self, drafts: Drafts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Udkast – ikke underskrevet"))
        self.resize(900, 700)
        self._drafts = drafts
        self._buffer: QBuffer | None = None
        note = QLabel(
            self.tr(
                "Sådan ser referatet og brevet ud, hvis du underskriver nu. Det er et udkast: "
                "det gemmes ikke, og du kan stadig rette i samtalen."
            )
        )
        note.setWordWrap(True)
        self.choice = QTabBar()
        self.choice.setAccessibleName(self.tr("Vælg udkast"))
        self.choice.addTab(self.tr("&Referat"))
        self.choice.addTab(self.tr("&Brev til barnet"))
        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Udkastet"))
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Luk udkastet"))
        close.setDefault(True)
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addWidget(self.choice)
        column.addWidget(self.view, 1)
        column.addWidget(buttons)
        self.choice.currentChanged.connect(self.show_document)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self, lambda s=step: self._step(s))
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.show_document(0)

    def _step(self, step: int) -> None:
        self.choice.setCurrentIndex((self.choice.currentIndex() + step) % self.choice.count())

    def show_document(self, index: int) -> None:
        data = self._drafts.referat if index == 0 else self._drafts.letter
        self.pdf.close()
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = buffer

    def done(self, result: int) -> None:
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        super().done(result)
