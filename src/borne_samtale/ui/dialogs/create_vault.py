"""First start: choose a passphrase, then see the recovery code once and confirm it is kept."""

from collections.abc import Callable

from PySide6.QtWidgets import (
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
from borne_samtale.ui.dialogs.recovery_code import RecoveryCodePage
from borne_samtale.ui.passphrase import NewPassphraseFields
from borne_samtale.ui.style import set_heading, sheet
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
        # Enter creates the vault. Set once the button is inside the dialog: before that,
        # setDefault has no dialog to tell, and Qt then makes Annuller the default.
        self.create_button.setDefault(True)

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
        self.error.setStyleSheet(sheet("error"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("&Opret boksen"))
        self.create_button.setAccessibleName(self.tr("Opret boksen"))
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

    def _code_page(self) -> RecoveryCodePage:
        self.code_page = RecoveryCodePage(
            self.tr("Din gendannelseskode"),
            self.tr(
                "Glemmer du adgangsfrasen, er denne kode den eneste vej ind. Skriv den ned på "
                "papir nu, og gem papiret et sikkert sted væk fra computeren. Koden vises kun "
                "denne ene gang."
            ),
        )
        self.code_label = self.code_page.code_label
        self.written_down = self.code_page.written_down
        self.continue_button = self.code_page.continue_button
        self.code_page.confirmed.connect(self.accept)
        return self.code_page

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
        self.pages.setCurrentIndex(1)
        self.code_page.show_code(created.recovery_code)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, UserError):
            raise error
        self.error.setText(str(error))
        self.create_button.setEnabled(self.fields.valid)

    def reject(self) -> None:
        if self.created is not None:
            return  # the vault exists: the code must be confirmed before leaving
        super().reject()
