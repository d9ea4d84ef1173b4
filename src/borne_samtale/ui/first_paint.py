"""What the first screens use to centre their parts without PySide6's ``Qt`` namespace.

The first time anything touches ``PySide6.QtCore.Qt`` (even ``from PySide6.QtCore import
Qt``), PySide6 builds that namespace with all its enums: about 15 ms here, as long as the
rest of the window's start together. The screens painted first (unlock, start) centre
their texts and panels with these instead, so the namespace is built after the first paint,
when a later screen needs it. ``tests/e2e/test_startup_shape.py`` checks that it is.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

# A Qt property set by the style sheet, by name: the same as setAlignment(AlignCenter).
_CENTRED_TEXT = "qproperty-alignment: AlignCenter;"


def centre_text(label: QLabel) -> None:
    """Centre the label's lines (``setAlignment(Qt.AlignmentFlag.AlignCenter)``)."""
    label.setStyleSheet(_CENTRED_TEXT)


def centred(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` at its size in the middle (``alignment=AlignHCenter``)."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, on the event-loop pass after ``widget``'s first paint (the
    whole window is on the screen by then): for set-up the first screen does not need."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False
