"""Passphrase fields with a strength estimate.

Passphrase fields with zxcvbn's strength estimate; the caseworker's own name and
municipality count as easy to guess."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from borne_samtale.services.passphrase import MIN_PASSPHRASE_SCORE, passphrase_score


class NewPassphraseFields(QWidget):
    """Two fields and a strength bar; ``valid`` when zxcvbn scores it at least
    ``MIN_PASSPHRASE_SCORE`` (the same test the vault applies) and the two match."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, personal_words: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._personal_words = list(personal_words)
        self._score = 0
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Ny adgangsfrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Gentag adgangsfrasen"))
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setAccessibleName(self.tr("Adgangsfrasens styrke"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Adgangsfrase:"), self.first)
        form.addRow(self.tr("&Gentag:"), self.second)
        form.addRow(self.tr("Styrke:"), self.strength)
        form.addRow("", self.verdict)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    @property
    def score(self) -> int:
        return self._score

    @property
    def valid(self) -> bool:
        text = self.first.text()
        return self._score >= MIN_PASSPHRASE_SCORE and text == self.second.text()

    def _update(self) -> None:
        text = self.first.text()
        self._score = passphrase_score(text, self._personal_words) if text else 0
        self.strength.setValue(self._score)
        if not text:
            message = self.tr("Brug gerne nogle ord i en sætning.")
        elif self._score < MIN_PASSPHRASE_SCORE:
            message = self.tr(
                "For let at gætte. Brug flere ord i en sætning, der ikke handler om dig, "
                "dit arbejde eller din kommune."
            )
        elif self._score == MIN_PASSPHRASE_SCORE:
            message = self.tr("God.")
        else:
            message = self.tr("Stærk.")
        if self.second.text() and self.second.text() != text:
            message += " " + self.tr("De to felter er ikke ens.")
        self.verdict.setText(message)
        self.changed.emit()
