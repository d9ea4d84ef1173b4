"""Colours and type: calm, readable, the child's words always recognisable at a glance.

The one font-scaling helper (``scaled_font``) and the one stylesheet resource
(resources/style/window.qss, read by ``sheet``), coloured from borne_samtale/look.py.
"""

import re
from functools import cache
from string import Template

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from borne_samtale import look
from borne_samtale.resources import resource_dir


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


_SECTION = re.compile(r"/\*\s*@section\s+(\w+)\b.*?\*/", re.DOTALL)


@cache
def _sections() -> dict[str, str]:
    text = (resource_dir() / "style" / "window.qss").read_text(encoding="utf-8")
    found = list(_SECTION.finditer(text))
    return {
        match.group(1): text[match.end() : after.start() if after else len(text)].strip()
        for match, after in zip(found, [*found[1:], None], strict=True)
    }


def sheet(name: str, **colours: str) -> str:
    """The stylesheet section ``name`` of resources/style/window.qss, its $NAMES filled in
    from look.py (and from ``colours``, for the ones that differ per widget)."""
    names = {key: value for key, value in vars(look).items() if isinstance(value, str)}
    return Template(_sections()[name]).substitute(names, **colours)


# The frame round the list or text field that has the keyboard (tests look for it).
FOCUS_COLOUR = look.FOCUS_BLUE


def install_style(app: QCoreApplication) -> None:
    """The application-wide style: visible keyboard focus (the "window" section)."""
    if isinstance(app, QApplication):
        app.setStyleSheet(sheet("window"))
