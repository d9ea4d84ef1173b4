"""The child's 0-10 scale, painted: a sad face at 0, a happy face at 10, the chosen number.

It is the painting half of the scale tool (ui/widgets/scale.py is the editing half). The
keys that choose a number live here too, as one handler for this scale and for the
caseworker's row of number buttons: 0-9 choose 0-9, T (ti) or End chooses 10, Home
chooses 0, Left/Right move one step, Delete or Backspace clears the number.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from borne_samtale import look
from borne_samtale.ui.style import scaled_font

LOWEST = 0
HIGHEST = 10

_INK = QColor(look.SCALE_INK)
_CHOSEN = QColor(look.SCALE_CHOSEN)
_CHOSEN_DARK = QColor(look.SCALE_CHOSEN_DARK)
_TRACK = QColor(look.SCALE_TRACK)
_SAD_FACE = QColor(look.SCALE_SAD_FACE)
_HAPPY_FACE = QColor(look.SCALE_HAPPY_FACE)
_CHEEK = QColor(look.SCALE_CHEEK)


def choice_for_key(event: QKeyEvent, current: int | None) -> tuple[bool, int | None]:
    """What a key press on the scale does: (handled, new value).

    0-9 choose 0-9, T or End chooses 10, Home chooses 0, Left/Right move one step (from no
    number they start at 0), Delete or Backspace clear. Keys with Ctrl, Alt or Meta are
    left alone so mnemonics and the host's shortcuts keep working.
    """
    blocked = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    if event.modifiers() & blocked:
        return False, current
    key = event.key()
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return True, key - Qt.Key.Key_0.value
    if key in (Qt.Key.Key_T.value, Qt.Key.Key_End.value):
        return True, HIGHEST
    if key == Qt.Key.Key_Home.value:
        return True, LOWEST
    if key == Qt.Key.Key_Left.value:
        return True, LOWEST if current is None else max(LOWEST, current - 1)
    if key == Qt.Key.Key_Right.value:
        return True, LOWEST if current is None else min(HIGHEST, current + 1)
    if key in (Qt.Key.Key_Delete.value, Qt.Key.Key_Backspace.value):
        return True, None
    return False, current


def pick_by_key(event: QKeyEvent, current: int | None, picked: SignalInstance) -> bool:
    """The scale's one key handler (the number row and the child's scale): emit ``picked``
    with the chosen number (or None) and accept the key, or return False to pass it on."""
    handled, value = choice_for_key(event, current)
    if handled:
        event.accept()
        picked.emit(value)
    return handled


class _ChildScale(QWidget):
    """The child's big scale, painted: sad face at 0, happy face at 10, the chosen number."""

    picked = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._low = ""
        self._high = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_state(self, value: int | None, low: str, high: str) -> None:
        self._value, self._low, self._high = value, low, high
        self.update()

    # geometry, shared by painting and clicking

    def _unit(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _words_font(self) -> QFont:
        return scaled_font(self, 1.6, bold=False)

    def _geometry(self) -> dict[str, Any]:
        unit = self._unit()
        margin = unit
        width = max(1.0, self.width() - 2 * margin)
        slot = width / (HIGHEST - LOWEST + 1)
        circle = min(slot * 0.8, unit * 6.0)
        face = min(unit * 8.0, self.height() * 0.3, self.width() * 0.14)
        gap = max(unit * 1.6, circle * 0.5)  # room for the pointer over the chosen number
        centres = [margin + slot * (i + 0.5) for i in range(HIGHEST - LOWEST + 1)]
        words_width = width * 0.46
        metrics = QFontMetricsF(self._words_font())
        flags = int(Qt.TextFlag.TextWordWrap.value)
        words_height = max(
            metrics.boundingRect(QRectF(0, 0, words_width, 1e6), flags, text).height()
            for text in (self._low or " ", self._high or " ")
        )
        content = face + gap + circle + unit * 0.8 + words_height
        top = max(margin, (self.height() - content) / 2)  # centred when there is room
        row_y = top + face + gap + circle / 2
        low_face = QRectF(max(margin, centres[0] - face / 2), top, face, face)
        high_face = QRectF(
            min(self.width() - margin - face, centres[-1] - face / 2), top, face, face
        )
        words_top = row_y + circle / 2 + unit * 0.8
        words_height = max(words_height, self.height() - words_top - margin)
        return {
            "unit": unit,
            "slot": slot,
            "circle": circle,
            "row_y": row_y,
            "centres": centres,
            "low_face": low_face,
            "high_face": high_face,
            "low_words": QRectF(margin, words_top, words_width, words_height),
            "high_words": QRectF(
                self.width() - margin - words_width, words_top, words_width, words_height
            ),
        }

    def number_at(self, pos: QPointF) -> int | None:
        geo = self._geometry()
        reach = max(geo["circle"], geo["slot"]) / 2
        if abs(pos.y() - geo["row_y"]) > reach * 1.3:
            return None
        for number, centre in enumerate(geo["centres"]):
            if abs(pos.x() - centre) <= geo["slot"] / 2:
                return number
        return None

    def number_centre(self, number: int) -> QPointF:
        geo = self._geometry()
        return QPointF(geo["centres"][number], geo["row_y"])

    def sizeHint(self) -> QSize:
        unit = self._unit()
        return QSize(round(unit * 44), round(unit * 27))

    def minimumSizeHint(self) -> QSize:
        unit = self._unit()
        return QSize(round(unit * 24), round(unit * 12))

    # events

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.number_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and number is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            self.picked.emit(number)
        else:
            super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not pick_by_key(event, self._value, self.picked):
            super().keyPressEvent(event)

    # painting

    def paintEvent(self, event: QPaintEvent) -> None:
        geo = self._geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_face(painter, geo["low_face"], happy=False)
        self._paint_face(painter, geo["high_face"], happy=True)
        self._paint_track(painter, geo)
        self._paint_words(painter, geo)
        painter.end()

    @staticmethod
    def _tint(number: int) -> QColor:
        """Soft colours from a pale coral at 0 over pale yellow to a pale green at 10."""
        hue = (10 + 110 * number / HIGHEST) / 360
        return QColor.fromHslF(hue, 0.6, 0.86)

    def _paint_track(self, painter: QPainter, geo: dict[str, Any]) -> None:
        centres: list[float] = geo["centres"]
        circle: float = geo["circle"]
        row_y: float = geo["row_y"]
        bar = circle * 0.28
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_TRACK)
        painter.drawRoundedRect(
            QRectF(centres[0], row_y - bar / 2, centres[-1] - centres[0], bar), bar / 2, bar / 2
        )
        number_font = scaled_font(self, 1.8, bold=True)
        fitting = circle * 0.5 / max(1.0, QFontMetricsF(number_font).height())
        if fitting < 1:
            number_font = scaled_font(self, 1.8 * fitting, bold=True)
        for number, centre in enumerate(centres):
            chosen = number == self._value
            size = circle * (1.12 if chosen else 0.9)
            rect = QRectF(centre - size / 2, row_y - size / 2, size, size)
            if chosen:
                painter.setPen(QPen(_CHOSEN_DARK, max(2.0, circle * 0.05)))
                painter.setBrush(_CHOSEN)
            else:
                painter.setPen(QPen(self._tint(number).darker(125), 1.5))
                painter.setBrush(self._tint(number))
            painter.drawEllipse(rect)
            painter.setFont(number_font)
            painter.setPen(QColor("white") if chosen else _INK)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
            if chosen:
                self._paint_pointer(painter, centre, row_y - size / 2, circle)

    def _paint_pointer(self, painter: QPainter, x: float, bottom: float, circle: float) -> None:
        half = circle * 0.22
        tip = bottom - circle * 0.06
        path = QPainterPath()
        path.moveTo(x - half, tip - half * 1.2)
        path.lineTo(x + half, tip - half * 1.2)
        path.lineTo(x, tip)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_CHOSEN)
        painter.drawPath(path)

    def _paint_words(self, painter: QPainter, geo: dict[str, Any]) -> None:
        painter.setFont(self._words_font())
        painter.setPen(_INK)
        flags = Qt.TextFlag.TextWordWrap
        painter.drawText(geo["low_words"], flags | Qt.AlignmentFlag.AlignLeft, self._low)
        painter.drawText(geo["high_words"], flags | Qt.AlignmentFlag.AlignRight, self._high)

    def _paint_face(self, painter: QPainter, rect: QRectF, happy: bool) -> None:
        size = rect.width()
        outline = QPen(_INK, max(2.0, size * 0.035))
        outline.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(outline)
        painter.setBrush(_HAPPY_FACE if happy else _SAD_FACE)
        painter.drawEllipse(rect.adjusted(size * 0.03, size * 0.03, -size * 0.03, -size * 0.03))
        centre = rect.center()
        eye = size * 0.075
        eye_y = centre.y() - size * 0.12
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_INK)
        for dx in (-0.17, 0.17):
            painter.drawEllipse(QPointF(centre.x() + dx * size, eye_y), eye / 2, eye * 0.65)
        if happy:
            painter.setBrush(_CHEEK)
            for dx in (-0.28, 0.28):
                painter.drawEllipse(
                    QPointF(centre.x() + dx * size, centre.y() + size * 0.06),
                    size * 0.07,
                    size * 0.045,
                )
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        mouth = QPainterPath()
        left = centre.x() - size * 0.2
        right = centre.x() + size * 0.2
        if happy:
            y = centre.y() + size * 0.1
            mouth.moveTo(left, y)
            mouth.quadTo(centre.x(), y + size * 0.22, right, y)
        else:
            y = centre.y() + size * 0.26
            mouth.moveTo(left, y)
            mouth.quadTo(centre.x(), y - size * 0.16, right, y)
            # a small tear, softly coloured
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(look.SCALE_TEAR))
            tear = QPainterPath()
            tx, ty = centre.x() + size * 0.2, eye_y + size * 0.08
            tear.moveTo(tx, ty)
            tear.quadTo(tx + size * 0.07, ty + size * 0.12, tx, ty + size * 0.14)
            tear.quadTo(tx - size * 0.07, ty + size * 0.12, tx, ty)
            painter.drawPath(tear)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(mouth)
