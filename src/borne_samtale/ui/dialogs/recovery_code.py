"""The recovery code, shown once: the caseworker confirms it is written down before going on.

Used when a vault is created and again after a recovery, where a new code replaces the old.
The page cannot be left with Enter or Escape until the box is ticked.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.ui.style import scaled_font, set_heading


class RecoveryCodePage(QWidget):
    """Heading, why the code matters, the code, "I wrote it down", and Continue."""

    confirmed = Signal()

    def __init__(self, heading: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(heading)
        set_heading(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.code_label = QLabel()
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(scaled_font(self, 1.6).pointSizeF())
        self.code_label.setFont(code_font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Gendannelseskode"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.written_down = QCheckBox(self.tr("&Jeg har skrevet koden ned og gemmer den sikkert"))
        self.written_down.setAccessibleName(self.tr("Jeg har skrevet koden ned"))
        self.continue_button = QPushButton(self.tr("&Fortsæt"))
        self.continue_button.setAccessibleName(self.tr("Fortsæt"))
        self.continue_button.setEnabled(False)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        layout = QVBoxLayout(self)
        for widget in (title, text, self.code_label, self.written_down):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)

    def show_code(self, code: str) -> None:
        self.code_label.setText(code)
        self.written_down.setChecked(False)
        # Enter continues once the box is ticked (a disabled default button does nothing).
        self.continue_button.setDefault(True)
        self.written_down.setFocus()

    def _continue(self) -> None:
        if not self.written_down.isChecked():
            return
        self.code_label.clear()  # the code is not kept in the window once confirmed
        self.confirmed.emit()


class RecoveryCodeDialog(QDialog):
    """The new code after a recovery: closes only once the caseworker ticked the box."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Din nye gendannelseskode"))
        self.page = RecoveryCodePage(
            self.tr("Din nye gendannelseskode"),
            self.tr(
                "Den gamle kode virker ikke længere. Skriv den nye kode ned på papir nu, og gem "
                "papiret et sikkert sted væk fra computeren. Koden vises kun denne ene gang."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self.page.confirmed.connect(self.accept)
        self.page.show_code(code)
        self.setMinimumWidth(560)

    def reject(self) -> None:
        """Escape and the window's close button do nothing: the code must be confirmed."""
        if self.page.written_down.isChecked():
            super().reject()
