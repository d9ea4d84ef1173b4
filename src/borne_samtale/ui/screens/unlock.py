"""Unlock: the passphrase, a clear message on a wrong one, and a growing wait after several."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from borne_samtale.ui.first_paint import centre_text, centred
from borne_samtale.ui.style import set_heading


class UnlockScreen(QWidget):
    """Painted first when a vault exists: it touches nothing of PySide6's ``Qt`` namespace
    (see ui/first_paint.py)."""

    unlock_requested = Signal(str)
    recover_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Boksen er låst"))
        set_heading(heading, 2.0)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Adgangsfrase"))
        self.passphrase.setPlaceholderText(self.tr("Adgangsfrase"))
        self.unlock_button = QPushButton(self.tr("&Lås op"))
        self.unlock_button.setAccessibleName(self.tr("Lås op"))
        self.unlock_button.setDefault(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Besked"))
        self.recover_button = QPushButton(self.tr("&Glemt adgangsfrasen? Brug gendannelseskoden"))
        self.recover_button.setFlat(True)
        self.recover_button.setAccessibleName(self.tr("Brug gendannelseskoden"))
        row = QHBoxLayout()
        row.addWidget(self.passphrase)
        row.addWidget(self.unlock_button)
        for label in (heading, self.hint, self.message):
            centre_text(label)
        panel = QWidget()
        panel.setFixedWidth(560)
        inner = QVBoxLayout(panel)
        inner.addWidget(heading)
        inner.addWidget(self.hint)
        inner.addSpacing(8)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addLayout(centred(self.recover_button))
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(centred(panel))
        column.addStretch(2)
        self.setFocusProxy(self.passphrase)

        self._wait_left = 0
        self._error = ""
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.recover_button.clicked.connect(self.recover_requested)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)

    def _submit(self) -> None:
        if self._wait_left > 0 or not self.passphrase.text():
            return
        self.set_busy(True)
        self.message.setText(self.tr("Låser op …"))
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self._wait_left == 0)

    def show_error(self, text: str, wait_seconds: float) -> None:
        self.passphrase.clear()
        self.set_busy(False)
        self._wait_left = round(wait_seconds)
        self._error = text
        if self._wait_left > 0:
            self.unlock_button.setEnabled(False)
            self._countdown.start()
        self._show_wait()
        self.passphrase.setFocus()

    def _show_wait(self) -> None:
        if self._wait_left > 0:
            self.message.setText(
                self._error
                + " "
                + self.tr("Vent %n sekund(er), før du prøver igen.", "", self._wait_left)
            )
        else:
            self.message.setText(self._error)

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
        self._show_wait()

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.set_busy(False)
