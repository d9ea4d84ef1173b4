"""Waive one checklist item: the reason is required and is printed in the referat."""

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain.signoff import CheckItem, substantial


class WaiverDialog(QDialog):
    def __init__(self, item: CheckItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fravælg punkt"))
        self.setMinimumWidth(520)
        title = QLabel(f"<b>{item.title}</b>")
        explanation = QLabel(f"{item.explanation} ({item.reference})")
        explanation.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Skriv med et par ord, hvorfor punktet ikke er opfyldt i denne samtale. "
                "Begrundelsen står i referatet under Fravigelser, så den, der læser sagen, "
                "kan se den."
            )
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Begrundelse"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Fravælg (Ctrl+Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (title, explanation, intro, self.reason, buttons):
            column.addWidget(widget)
        self.reason.textChanged.connect(self._update)
        # Enter makes a new line in the reason; Ctrl+Enter waives, like "Fravælg".
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._accept_if_ready)
        self._update()

    def _accept_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def _update(self) -> None:
        # The gate ignores a reason like "x" or "Tidspres": the button says so by staying off.
        self.ok_button.setEnabled(substantial(self.reason.toPlainText()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()
