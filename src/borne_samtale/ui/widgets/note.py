"""The caseworker's own note beside a tool, framed apart so it is never taken for the child's.

Every tool (the scale, the three houses, the network map) uses this one frame, so the
caseworker's words look the same wherever they are written.
"""

from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from borne_samtale.ui.style import sheet


class CaseworkerNote(QFrame):
    """A caption and a text field in the note's frame. ``editor`` is the field to frame
    (a plain one when not given); ``min_lines`` is how many lines it shows at least."""

    def __init__(
        self,
        caption: str,
        accessible_name: str,
        placeholder: str,
        parent: QWidget | None = None,
        *,
        editor: QPlainTextEdit | None = None,
        min_lines: int = 4,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseworkerNote")
        self.setStyleSheet(sheet("note"))
        self.caption = QLabel(caption)
        font = self.caption.font()
        font.setItalic(True)
        self.caption.setFont(font)
        self.caption.setWordWrap(True)
        self.editor = QPlainTextEdit() if editor is None else editor
        self.editor.setAccessibleName(accessible_name)
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(self.fontMetrics().height() * min_lines)
        self.caption.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.editor, 1)
