"""Colours and type: calm, readable, the child's words always recognisable at a glance."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from borne_samtale import look


def scaled_font(source: QWidget | QFont, factor: float, bold: bool | None = None) -> QFont:
    """A widget's (or a font's) font made ``factor`` times larger, so type follows the
    system font size whatever unit it is set in. ``bold`` None keeps the weight as it is.
    The one font-scaling helper: every widget sizes its type through it."""
    font = QFont(source.font() if isinstance(source, QWidget) else source)
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:  # set in pixels; keep the same ratio
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold is not None:
        font.setBold(bold)
    return font


def set_heading(widget: QWidget, factor: float = 1.5) -> None:
    widget.setFont(scaled_font(widget, factor, bold=True))


# Keyboard focus must be visible everywhere. Qt's own style marks buttons, boxes and fields
# once the keyboard is used, but not lists, tables or multi-line text: they get a clear blue
# frame when they have the focus (the current row keeps Qt's own marking). Unfocused, they
# keep a frame of the same width, so nothing moves when the focus arrives.
FOCUS_COLOUR = look.FOCUS_BLUE
FOCUS_STYLE_SHEET = f"""
QAbstractItemView, QPlainTextEdit, QTextEdit {{
    border: 1px solid {look.FIELD_EDGE};
    padding: 1px;
}}
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {FOCUS_COLOUR};
    padding: 0px;
}}
"""

# Error and warning text in the dialogs: one red for every message that something is wrong.
ERROR_TEXT_STYLE = f"color: {look.ERROR_RED};"


def install_style(app: QCoreApplication) -> None:
    """The application-wide style: visible keyboard focus (see FOCUS_STYLE_SHEET)."""
    if isinstance(app, QApplication):
        app.setStyleSheet(FOCUS_STYLE_SHEET)
