"""The current phase's prompts for the child's age band: what to say, ask, do and remember.

The prompts are read while the child talks, so they are large: at least the system's text
size (a little larger by default), and Ctrl+plus / Ctrl+minus make them larger or smaller
(Ctrl+0 goes back). The chosen size is remembered in the settings.
"""

from collections.abc import Mapping

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

from borne_samtale import look
from borne_samtale.guides.placeholders import fill
from borne_samtale.guides.schema import Prompt, PromptKind
from borne_samtale.ui.style import scaled_font

ZOOM_SETTING = "prompts/zoom"
DEFAULT_ZOOM = 1.2  # times the system's text size
MIN_ZOOM = 1.0  # never smaller than the system's text
MAX_ZOOM = 2.5
ZOOM_STEP = 0.1
VISIBLE_LINES = 7  # the box is never shorter than this many lines of prompt text


def _settings() -> QSettings:
    return QSettings("borne-samtale", "borne-samtale")


def _clamp(zoom: float) -> float:
    return round(min(MAX_ZOOM, max(MIN_ZOOM, zoom)), 2)


class PromptList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Guidens forslag til denne fase"))
        self.setAccessibleDescription(
            self.tr("Ctrl+plus gør teksten større, Ctrl+minus mindre, Ctrl+0 som før.")
        )
        self.setToolTip(self.tr("Større tekst: Ctrl+plus. Mindre: Ctrl+minus."))
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._prompts: list[Prompt] = []
        self._values: dict[str, str] = {}
        try:
            saved = float(str(_settings().value(ZOOM_SETTING, DEFAULT_ZOOM)))
        except ValueError:
            saved = DEFAULT_ZOOM
        self._zoom = _clamp(saved)
        # Active while the prompts are on screen, wherever the focus is in the window (the
        # caseworker is usually typing in the note field below).
        for keys, action in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(self._zoom + ZOOM_STEP)),
            (QKeySequence("Ctrl+="), lambda: self.set_zoom(self._zoom + ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_zoom(self._zoom - ZOOM_STEP)),
            (QKeySequence("Ctrl+0"), lambda: self.set_zoom(DEFAULT_ZOOM)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, action)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._apply_font()

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Make the prompts ``zoom`` times the system's text size, and remember it."""
        self._zoom = _clamp(zoom)
        _settings().setValue(ZOOM_SETTING, self._zoom)
        self._apply_font()

    def prompt_font(self, zoom: float | None = None) -> QFont:
        factor = self._zoom if zoom is None else zoom
        # The system's text size, whatever the parents set.
        return scaled_font(QApplication.font(), factor)

    def _apply_font(self) -> None:
        self.setFont(self.prompt_font())
        self.set_prompts(self._prompts, self._values)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # Measured at the default zoom: a larger zoom scrolls more, it never makes the
        # screen's minimum size grow past the laptop's screen.
        hint = super().minimumSizeHint()
        lines = QFontMetrics(self.prompt_font(DEFAULT_ZOOM)).lineSpacing() * VISIBLE_LINES
        return QSize(hint.width(), lines + 2 * self.frameWidth())

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
        self._prompts = list(prompts)
        self._values = dict(values or {})
        self.clear()
        for prompt in prompts:
            item = QListWidgetItem(f"{self._prefix(prompt)}: {fill(prompt.text, values or {})}")
            font = QFont(self.font())
            if prompt.is_said_to_child:
                font.setBold(True)  # what is said to the child stands out
            else:
                item.setForeground(QColor(look.PROMPT_QUIET_INK))
            if prompt.interpreter_only:
                item.setBackground(QColor(look.PROMPT_INTERPRETER_FILL))
            item.setFont(font)
            self.addItem(item)
