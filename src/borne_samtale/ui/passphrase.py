"""Passphrase fields with a plain strength estimate (length and variety of characters)."""

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from borne_samtale.vault.keys import MIN_PASSPHRASE_LENGTH


def estimated_bits(passphrase: str) -> float:
    """A rough guess of the entropy: length times log2 of the character classes used."""
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 29  # a-z and æøå
    if any(c.isupper() for c in passphrase):
        pool += 29
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33  # spaces and punctuation
    return len(passphrase) * math.log2(pool) if pool else 0.0


class NewPassphraseFields(QWidget):
    """Two fields and a strength bar; ``valid`` when long enough and the two match."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Ny adgangsfrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Gentag adgangsfrasen"))
        self.strength = QProgressBar()
        self.strength.setRange(0, 100)
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
    def valid(self) -> bool:
        text = self.first.text()
        return len(text) >= MIN_PASSPHRASE_LENGTH and text == self.second.text()

    def _update(self) -> None:
        text = self.first.text()
        bits = estimated_bits(text)
        self.strength.setValue(min(100, round(bits)))
        if len(text) < MIN_PASSPHRASE_LENGTH:
            message = self.tr(
                "Mindst %n tegn. Brug gerne nogle ord i en sætning.", "", MIN_PASSPHRASE_LENGTH
            )
        elif bits < 60:
            message = self.tr("Svag. Gør den længere, fx med et ord mere.")
        elif bits < 80:
            message = self.tr("God.")
        else:
            message = self.tr("Stærk.")
        if self.second.text() and self.second.text() != text:
            message += " " + self.tr("De to felter er ikke ens.")
        self.verdict.setText(message)
        self.changed.emit()
