"""First start: choose a passphrase, then see the recovery code once and confirm it is kept."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.errors import UserError
from borne_samtale.services.access import NewVault
from borne_samtale.ui.passphrase import NewPassphraseFields
from borne_samtale.ui.style import scaled_font, set_heading
from borne_samtale.ui.worker import Background


class CreateVaultDialog(QDialog):
    """Accepted once the vault exists and the caseworker confirmed the recovery code."""

    def __init__(self, create: Callable[[str], NewVault], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opret en krypteret boks"))
        self._create = create
        self.created: NewVault | None = None
        self._background = Background(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._code_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Vælg en adgangsfrase"))
        set_heading(heading)
        intro = QLabel(
            self.tr(
                "Alt, hvad du skriver, gemmes krypteret på denne computer. Adgangsfrasen låser "
                "det op. Vælg noget langt, som du kan huske, fx fire-fem ord i en sætning."
            )
        )
        intro.setWordWrap(True)
        self.fields = NewPassphraseFields()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3362b;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("&Opret boksen"))
        self.create_button.setAccessibleName(self.tr("Opret boksen"))
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self._create_vault)
        self.fields.changed.connect(
            lambda: self.create_button.setEnabled(self.fields.valid and not self._background.busy)
        )
        self.create_button.setEnabled(False)
        layout = QVBoxLayout(page)
        for widget in (heading, intro, self.fields, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Din gendannelseskode"))
        set_heading(heading)
        intro = QLabel(
            self.tr(
                "Glemmer du adgangsfrasen, er denne kode den eneste vej ind. Skriv den ned på "
                "papir nu, og gem papiret et sikkert sted væk fra computeren. Koden vises kun "
                "denne ene gang."
            )
        )
        intro.setWordWrap(True)
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
        self.continue_button.clicked.connect(self._finish)
        layout = QVBoxLayout(page)
        for widget in (heading, intro, self.code_label, self.written_down):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.continue_button, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def _create_vault(self) -> None:
        if not self.fields.valid:
            return
        self.create_button.setEnabled(False)
        self.error.setText(self.tr("Opretter boksen …"))
        passphrase = self.fields.passphrase()
        self._background.start(lambda: self._create(passphrase), self._created, self._failed)

    def _created(self, created: object) -> None:
        assert isinstance(created, NewVault)
        self.created = created
        self.code_label.setText(created.recovery_code)
        self.pages.setCurrentIndex(1)
        self.written_down.setFocus()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        self.error.setText(str(error))
        self.create_button.setEnabled(self.fields.valid)

    def _finish(self) -> None:
        self.code_label.clear()  # the code is not kept in the window once confirmed
        self.accept()

    def reject(self) -> None:
        if self.created is not None:
            return  # the vault exists: the code must be confirmed before leaving
        super().reject()
