"""A plain-text field that gives back exactly the text it was loaded with until edited."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy


class ExactTextEdit(QPlainTextEdit):
    """A few lines of plain text that hands back exactly what was loaded until it is edited.

    ``toPlainText`` turns no-break spaces into spaces and ``\\r\\n`` into ``\\n``; a loaded
    text that nobody touched comes back unchanged, and an edited one keeps its no-break
    spaces.
    """

    def __init__(self, lines: int) -> None:
        super().__init__()
        self._lines = lines
        self._loaded = ""
        self._loaded_shown = ""
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _shown(self) -> str:
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        self._loaded = text
        self.setPlainText(text)
        self._loaded_shown = self._shown()

    def text(self) -> str:
        shown = self._shown()
        return self._loaded if shown == self._loaded_shown else shown

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * self._lines
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
        )
        return QSize(hint.width(), round(height))

    def minimumSizeHint(self) -> QSize:
        # As high as the lines it shows; as narrow as any text edit may be, so that the two
        # boxes side by side fit beside the interpreter panel.
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())
