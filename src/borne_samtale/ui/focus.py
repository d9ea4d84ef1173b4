"""One focus frame for the widgets the program paints itself.

The child's scale, the network map, the drawing pad and the houses' picture get the same
colour and width as the frame lists and tables get from the style sheet (ui/style.py), so a
keyboard user finds it the same way everywhere, on the caseworker's screen and the child's.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from borne_samtale.ui.style import FOCUS_COLOUR

FOCUS_WIDTH = 3


def paint_focus_frame(painter: QPainter, widget: QWidget) -> None:
    """A solid frame just inside the widget's edge, when it has the keyboard focus."""
    if not widget.hasFocus():
        return
    painter.save()
    painter.setPen(QPen(QColor(FOCUS_COLOUR), FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH / 2
    painter.drawRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset))
    painter.restore()


def focus_first(container: QWidget) -> bool:
    """Give the keyboard to the first control in ``container`` that Tab would reach (in the
    window's Tab order), so a page just shown has the focus and not the page just hidden.
    False when it has none."""
    widget = container.nextInFocusChain()
    while widget is not container and widget is not None:
        if (
            container.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False
