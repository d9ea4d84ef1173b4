"""The caseworker's own note beside a tool, framed apart so it is never taken for the child's."""

from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

NOTE_STYLE = (
    "#caseworkerNote { background-color: #E8EDF2; border: 1px solid #AEB9C5; border-radius: 4px; }"
)


class CaseworkerNote(QFrame):
    def __init__(
        self, caption: str, accessible_name: str, placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseworkerNote")
        self.setStyleSheet(NOTE_STYLE)
        self.caption = QLabel(caption)
        font = self.caption.font()
        font.setItalic(True)
        self.caption.setFont(font)
        self.caption.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(accessible_name)
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(self.fontMetrics().height() * 4)
        self.caption.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.editor, 1)
