"""Changing the passphrase, and getting in with the recovery code when it is forgotten."""

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.errors import UserError
from borne_samtale.ui.dialogs.recovery_code import RecoveryCodeDialog
from borne_samtale.ui.passphrase import NewPassphraseFields
from borne_samtale.ui.style import set_heading, sheet


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _SecretDialog(QDialog):
    """An old secret, a new passphrase twice, and an action that may fail with a UserError."""

    def __init__(
        self,
        title: str,
        intro: str,
        old_label: str,
        parent: QWidget | None,
        personal_words: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        heading = QLabel(title)
        set_heading(heading)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.old = _secret_field(old_label.replace("&", "").rstrip(":"))
        self.fields = NewPassphraseFields(personal_words=personal_words)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(sheet("error"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(old_label, self.old)
        layout = QVBoxLayout(self)
        for widget in (heading, text):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.old.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.fields.valid and bool(self.old.text()))

    def _try(self) -> None:
        try:
            self.act(self.old.text(), self.fields.passphrase())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        if self.isVisible():  # not closed meanwhile (locking closes every dialog)
            self.accept()

    def act(self, old: str, new: str) -> None:
        raise NotImplementedError


class ChangePassphraseDialog(_SecretDialog):
    def __init__(
        self,
        change: Callable[[str, str], None],
        parent: QWidget | None = None,
        personal_words: Sequence[str] = (),
    ) -> None:
        super().__init__(
            self.tr("Skift adgangsfrase"),
            self.tr("Skriv den adgangsfrase, du bruger nu, og vælg en ny."),
            self.tr("&Nuværende:"),
            parent,
            personal_words,
        )
        self._change = change

    def act(self, old: str, new: str) -> None:
        self._change(old, new)


class RecoverDialog(_SecretDialog):
    """Unlock with the recovery code; a new passphrase and a new code replace the old ones."""

    def __init__(self, recover: Callable[[str, str], str], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Brug gendannelseskoden"),
            self.tr(
                "Skriv gendannelseskoden fra papiret (store eller små bogstaver, med eller uden "
                "bindestreger), og vælg en ny adgangsfrase. Du får en ny kode bagefter."
            ),
            self.tr("&Gendannelseskode:"),
            parent,
        )
        self._recover = recover
        self.new_code = ""

    def act(self, old: str, new: str) -> None:
        self.new_code = self._recover(old, new)
        # The same "I wrote it down" step as at creation: not a box one Enter from gone.
        RecoveryCodeDialog(self.new_code, self).exec()
        self.new_code = ""  # the code is not kept in the window once confirmed
