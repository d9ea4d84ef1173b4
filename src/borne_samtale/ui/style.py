"""Colours and type: calm, readable, the child's words always recognisable at a glance."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QWidget

from borne_samtale.domain.enums import Perspective

# Soft background and a darker edge per perspective; the child's words are warm, the
# adults' cool, the "not translated" marker amber.
PERSPECTIVE_COLOURS: dict[Perspective, tuple[str, str]] = {
    Perspective.CHILD_OWN_WORDS: ("#fff4d6", "#c98a00"),
    Perspective.CHILD_VIA_INTERPRETER: ("#ffe9d1", "#c0661a"),
    Perspective.CASEWORKER_PARAPHRASE: ("#e8f0fb", "#3d6bb3"),
    Perspective.CASEWORKER_OBSERVATION: ("#e6f4ee", "#2f7d5b"),
    Perspective.CASEWORKER_ASSESSMENT: ("#eee8f7", "#6b4ea3"),
    Perspective.INFORMATION_FROM_OTHERS: ("#eef0f2", "#5d6670"),
    Perspective.UNTRANSLATED_EXCHANGE: ("#fde3e1", "#b3362b"),
}


def perspective_colours(perspective: Perspective) -> tuple[QColor, QColor]:
    background, edge = PERSPECTIVE_COLOURS[perspective]
    return QColor(background), QColor(edge)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font made larger or smaller, so it follows the system font size."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def set_heading(widget: QWidget, factor: float = 1.5) -> None:
    widget.setFont(scaled_font(widget, factor, bold=True))


# Keyboard focus must be visible everywhere. Qt's own style marks buttons, boxes and fields
# once the keyboard is used, but not lists, tables or multi-line text: they get a clear blue
# frame when they have the focus (the current row keeps Qt's own marking). Unfocused, they
# keep a frame of the same width, so nothing moves when the focus arrives.
FOCUS_COLOUR = "#1f5fa8"
FOCUS_STYLE_SHEET = f"""
QAbstractItemView, QPlainTextEdit, QTextEdit {{
    border: 1px solid #9aa5b1;
    padding: 1px;
}}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {FOCUS_COLOUR};
    padding: 0px;
}}
"""


def install_style(app: QCoreApplication) -> None:
    """The application-wide style: visible keyboard focus (see FOCUS_STYLE_SHEET)."""
    if isinstance(app, QApplication):
        app.setStyleSheet(FOCUS_STYLE_SHEET)
