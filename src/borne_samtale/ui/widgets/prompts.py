"""The current phase's prompts for the child's age band: what to say, ask, do and remember."""

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from borne_samtale.guides.placeholders import fill
from borne_samtale.guides.schema import Prompt, PromptKind


class PromptList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Guidens forslag til denne fase"))
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _prefix(self, prompt: Prompt) -> str:
        return {
            PromptKind.QUESTION: self.tr("Spørg"),
            PromptKind.SAY: self.tr("Sig"),
            PromptKind.INSTRUCTION: self.tr("Gør"),
            PromptKind.REMINDER: self.tr("Husk"),
            PromptKind.TOOL: self.tr("Værktøj"),
        }[prompt.kind]

    def set_prompts(self, prompts: list[Prompt], values: Mapping[str, str] | None = None) -> None:
        """``values`` fill the placeholders ([navn], [hjælpen] …), see guides.placeholders."""
        self.clear()
        for prompt in prompts:
            item = QListWidgetItem(f"{self._prefix(prompt)}: {fill(prompt.text, values or {})}")
            font = QFont(self.font())
            if prompt.is_said_to_child:
                font.setBold(True)  # what is said to the child stands out
            else:
                item.setForeground(QColor("#45505a"))
            if prompt.interpreter_only:
                item.setBackground(QColor("#fff1e0"))
            item.setFont(font)
            self.addItem(item)
