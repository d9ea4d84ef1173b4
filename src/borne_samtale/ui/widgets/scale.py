"""The 0-10 scale (Signs of Safety scaling) for one ``ScaleAnswer``.

Both ends are defined first (what 0 and 10 mean, in words the child agreed to), then the
child picks a number, then says in its own words what makes it that number and what one
step up would be. The caseworker's note is kept apart from the child's words.

The caseworker's view is a keyboard-first form with eleven large number buttons. The
child's view shows only the question and a big drawn scale with a sad face at 0 and a
happy face at 10; a click on a number there sets the value too, and the caseworker's form
then says "Barnet valgte 6".

The child's words belong to the number they were said for: when the number changes after
words were written, the answer as it was (number and words) is handed out with
``answer_kept`` to be kept as an answer of its own, and the form goes on with the new
number and empty word fields.

Keys on the number row (and on the child's scale): 0-9 choose 0-9, T (ti) or End chooses
10, Home chooses 0, Left/Right move one step, Delete or Backspace clears the number.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.tools import ScaleAnswer
from borne_samtale.ui.focus import paint_focus_frame

LOWEST = 0
HIGHEST = 10

# Calm colours. Soft tints for the child's scale, one clear blue for the chosen number.
_INK = QColor("#33404d")
_CHOSEN = QColor("#2f6fb0")
_CHOSEN_DARK = QColor("#1f4f80")
_TRACK = QColor("#e3e8ee")
_SAD_FACE = QColor("#cfe0f5")
_HAPPY_FACE = QColor("#ffe7a3")
_CHEEK = QColor("#f7c1c1")

_CHILD_WORDS_STYLE = (
    "QFrame#childWords { background: #fff8ec; border: 1px solid #ecd9b8; border-radius: 8px; }"
    "QLabel#childWordsTag { color: #7a5a1e; }"
)
_NOTE_STYLE = (
    "QFrame#caseworkerNote { background: #eef2f6; border: 1px dashed #9fb0c2;"
    " border-radius: 8px; }"
    "QLabel#caseworkerNoteTag { color: #3d5068; }"
)
_ROW_STYLE = (
    "QFrame#numberRow { border: 2px solid transparent; border-radius: 10px; }"
    'QFrame#numberRow[focused="true"] { border: 2px solid #2f6fb0; }'
    "QPushButton { background: #f5f7f9; color: #33404d; border: 1px solid #b8c2cc;"
    " border-radius: 8px; }"
    "QPushButton:hover { background: #e6eef7; }"
    "QPushButton:checked { background: #2f6fb0; color: white; border: 2px solid #1f4f80; }"
)


def _scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """A font ``factor`` times the size of ``base``: text follows the system font."""
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:  # the base was given in pixels; keep the same ratio
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font


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


class _TextEdit(QPlainTextEdit):
    """A few lines of plain text that hands back exactly what was loaded until it is edited.

    ``toPlainText`` turns no-break spaces into spaces and ``\\r\\n`` into ``\\n``; a loaded
    text that nobody touched comes back unchanged, and an edited one keeps its no-break
    spaces.
    """

    def __init__(self, lines: int) -> None:
        super().__init__()
        self._lines = lines
        self._loaded = ""
        self._loaded_shown = ""
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _shown(self) -> str:
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        self._loaded = text
        self.setPlainText(text)
        self._loaded_shown = self._shown()

    def text(self) -> str:
        shown = self._shown()
        return self._loaded if shown == self._loaded_shown else shown

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * self._lines
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
        )
        return QSize(hint.width(), round(height))

    def minimumSizeHint(self) -> QSize:
        # As high as the lines it shows; as narrow as any text edit may be, so that the two
        # boxes side by side fit beside the interpreter panel.
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class _NumberRow(QFrame):
    """Eleven large number buttons 0-10 that take the keyboard as one control."""

    picked = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberRow")
        self.setProperty("focused", False)
        self.setStyleSheet(_ROW_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._value: int | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # so that "no number yet" can be shown
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(6)
        font = _scaled_font(self.font(), 1.5, bold=True)
        metrics = QFontMetricsF(font)
        height = round(metrics.height() * 2.0)
        # Wide enough for "10" with a margin, not square: eleven square buttons did not fit
        # beside the interpreter panel at 1366×768, and the row was cut off.
        width = round(metrics.horizontalAdvance("10") + metrics.height() * 0.5)
        self.buttons: list[QPushButton] = []
        for number in range(LOWEST, HIGHEST + 1):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setFont(font)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            button.setMinimumHeight(height)
            button.setMinimumWidth(width)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Tal {n}").format(n=number))
            button.setToolTip(self._key_tip(number))
            button.clicked.connect(lambda _=False, n=number: self._click(n))
            self._group.addButton(button, number)
            self.buttons.append(button)
            row.addWidget(button)

    def _key_tip(self, number: int) -> str:
        if number == HIGHEST:
            return self.tr("Tast T")
        return self.tr("Tast {n}").format(n=number)

    def _click(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._show(self._value)  # the click toggled the button; the owner decides
        self.picked.emit(number)

    def set_number(self, value: int | None) -> None:
        self._value = value
        self._show(value)

    def _show(self, value: int | None) -> None:
        for number, button in enumerate(self.buttons):
            button.setChecked(number == value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        handled, value = choice_for_key(event, self._value)
        if handled:
            event.accept()
            self.picked.emit(value)
        else:
            super().keyPressEvent(event)

    def _set_focused(self, on: bool) -> None:
        self.setProperty("focused", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._set_focused(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._set_focused(False)
        super().focusOutEvent(event)


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
        return _scaled_font(self.font(), 1.6)

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
        handled, value = choice_for_key(event, self._value)
        if handled:
            event.accept()
            self.picked.emit(value)
        else:
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
        paint_focus_frame(painter, self)  # the number keys work here too
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
        number_font = _scaled_font(self.font(), 1.8, bold=True)
        fitting = circle * 0.5 / max(1.0, QFontMetricsF(number_font).height())
        if fitting < 1:
            number_font = _scaled_font(self.font(), 1.8 * fitting, bold=True)
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
            painter.setBrush(QColor("#8fb8e8"))
            tear = QPainterPath()
            tx, ty = centre.x() + size * 0.2, eye_y + size * 0.08
            tear.moveTo(tx, ty)
            tear.quadTo(tx + size * 0.07, ty + size * 0.12, tx, ty + size * 0.14)
            tear.quadTo(tx - size * 0.07, ty + size * 0.12, tx, ty)
            painter.drawPath(tear)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(mouth)


class _ChildWordsBox(QFrame):
    """One follow-up question answered in the child's own words, with a "via tolk" marker."""

    def __init__(self, tag: str, placeholder: str, via_text: str, via_name: str) -> None:
        super().__init__()
        self.setObjectName("childWords")
        self.setStyleSheet(_CHILD_WORDS_STYLE)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setFont(_scaled_font(self.font(), 1.1, bold=True))
        tag_label = QLabel(tag)
        tag_label.setObjectName("childWordsTag")
        self.edit = _TextEdit(lines=3)
        self.edit.setPlaceholderText(placeholder)
        self.question.setBuddy(self.edit)
        self.via = QCheckBox(via_text)
        self.via.setAccessibleName(via_name)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(4)
        column.addWidget(self.question)
        column.addWidget(tag_label)
        column.addWidget(self.edit)
        column.addWidget(self.via)


class ScaleWidget(QWidget):
    """Edits one ``ScaleAnswer``: the question, both ends, the child's number and words.

    ``set_value`` loads an answer (without emitting ``changed``); ``value`` returns a new,
    validated answer with the same id; ``changed`` fires on every edit. ``answer_kept``
    (a ``ScaleAnswer``) comes before the ``changed`` of a new number when the old number
    had the child's words: keep it, the form now edits a new answer (a new id).
    """

    changed = Signal()
    answer_kept = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answer = ScaleAnswer(question="", low_end="", high_end="")
        self._value: int | None = None
        self._loading = False
        self._child_view = False
        self._interpreter = False
        self.setAccessibleName(self.tr("Skala fra 0 til 10"))

        self.caseworker_panel = self._build_caseworker_panel()
        self.child_panel = self._build_child_panel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caseworker_panel)
        layout.addWidget(self.child_panel)
        self.child_panel.hide()

        for line in (self.question_edit, self.low_end_edit, self.high_end_edit):
            line.textChanged.connect(self._edited)
        for box in (self.reason_box, self.step_up_box):
            box.edit.textChanged.connect(self._edited)
            box.via.toggled.connect(self._edited)
        self.note_edit.textChanged.connect(self._edited)
        self.number_row.picked.connect(self._pick)
        self.child_scale.picked.connect(lambda value: self._pick(value, by_child=True))
        self.clear_button.clicked.connect(lambda: self._pick(None))
        chain: list[QWidget] = [
            self.question_edit,
            self.low_end_edit,
            self.high_end_edit,
            self.clear_button,  # above the numbers, on their label's line
            self.number_row,
            self.reason_box.edit,
            self.reason_box.via,
            self.step_up_box.edit,
            self.step_up_box.via,
            self.note_edit,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.set_value(self._answer)

    # building

    def _build_caseworker_panel(self) -> QScrollArea:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(10)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.question_edit = self._line(
            self.tr("Spørgsmålet"), self.tr("Fx: Hvor godt har du det i skolen?")
        )
        self.low_end_edit = self._line(
            self.tr("Hvad 0 betyder"), self.tr("Det, barnet og du aftaler, at 0 betyder")
        )
        self.high_end_edit = self._line(
            self.tr("Hvad 10 betyder"), self.tr("Det, barnet og du aftaler, at 10 betyder")
        )
        for text, edit in (
            (self.tr("&Spørgsmål:"), self.question_edit),
            (self.tr("Det lav&este, 0, betyder:"), self.low_end_edit),
            (self.tr("Det &højeste, 10, betyder:"), self.high_end_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        column.addLayout(form)

        heading = QHBoxLayout()
        number_label = QLabel(self.tr("Barnets t&al:"))
        number_label.setFont(_scaled_font(self.font(), 1.1, bold=True))
        self.number_row = _NumberRow()
        self.number_row.setAccessibleName(self.tr("Barnets tal fra 0 til 10"))
        number_label.setBuddy(self.number_row)
        self.keys_hint = QLabel(self.tr("Tast 0–9, T for 10 · ← → flytter ét trin · Delete rydder"))
        self.keys_hint.setStyleSheet("color: #5f6b78;")
        self.keys_hint.setWordWrap(True)  # never wider than the row of numbers
        self.clear_button = QPushButton(self.tr("Ry&d tallet"))
        self.clear_button.setAccessibleName(self.tr("Ryd barnets tal"))
        heading.addWidget(number_label)
        heading.addSpacing(12)
        heading.addWidget(self.keys_hint, 1)
        heading.addWidget(self.clear_button)
        column.addLayout(heading)
        column.addWidget(self.number_row)
        self.choice_notice = QLabel()
        self.choice_notice.setWordWrap(True)
        self.choice_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.choice_notice.setAccessibleName(self.tr("Barnets valg på barnets skærm"))
        self.choice_notice.setStyleSheet(
            "background: #fff3cd; color: #5c4400; border-radius: 6px; padding: 6px;"
        )
        self.choice_notice.hide()
        column.addWidget(self.choice_notice)

        ends = QHBoxLayout()
        self.low_end_label = self._end_label(Qt.AlignmentFlag.AlignLeft)
        self.high_end_label = self._end_label(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self.low_end_label, 1)
        ends.addSpacing(24)
        ends.addWidget(self.high_end_label, 1)
        column.addLayout(ends)

        self.reason_box = _ChildWordsBox(
            self.tr("Barnets egne ord – skriv ordret"),
            self.tr("Fx: »Fordi jeg har Ali at lege med i frikvarteret«"),
            self.tr("Sagt via t&olk"),
            self.tr("Hvad gør tallet: sagt via tolk"),
        )
        self.reason_box.edit.setAccessibleName(self.tr("Hvad gør, at det er dette tal"))
        self.step_up_box = _ChildWordsBox(
            self.tr("Barnets egne ord – skriv ordret"),
            self.tr("Fx: »Hvis de andre ikke drillede mig«"),
            self.tr("Sagt &via tolk"),
            self.tr("Ét trin op: sagt via tolk"),
        )
        self.step_up_box.edit.setAccessibleName(self.tr("Hvad skal der til for ét trin op"))
        followups = QGridLayout()
        followups.setHorizontalSpacing(12)
        followups.addWidget(self.reason_box, 0, 0)
        followups.addWidget(self.step_up_box, 0, 1)
        followups.setColumnStretch(0, 1)
        followups.setColumnStretch(1, 1)
        column.addLayout(followups, 3)

        self.note_frame = QFrame()
        self.note_frame.setObjectName("caseworkerNote")
        self.note_frame.setStyleSheet(_NOTE_STYLE)
        note_column = QVBoxLayout(self.note_frame)
        note_column.setContentsMargins(10, 8, 10, 8)
        note_column.setSpacing(4)
        note_label = QLabel(self.tr("Rådgiverens &note – dine egne iagttagelser, ikke barnets ord"))
        note_label.setObjectName("caseworkerNoteTag")
        note_label.setWordWrap(True)
        self.note_edit = _TextEdit(lines=2)
        self.note_edit.setAccessibleName(self.tr("Rådgiverens note"))
        self.note_edit.setPlaceholderText(self.tr("Fx: Tøvede længe mellem 3 og 4"))
        note_label.setBuddy(self.note_edit)
        note_column.addWidget(note_label)
        note_column.addWidget(self.note_edit)
        column.addWidget(self.note_frame, 1)

        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # It scrolls up and down only: never narrower than the form needs, or the numbers
        # and the right-hand labels are cut off (and moving focus scrolls them away).
        scroll.setMinimumWidth(
            inner.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        return scroll

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(1_000_000)  # never cut what was said (Qt's default is 32767)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _end_label(self, align: Qt.AlignmentFlag) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # the child's words, never markup
        label.setWordWrap(True)
        label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet("color: #33404d;")
        return label

    def _build_child_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(24, 24, 24, 24)
        self.child_question = QLabel()
        self.child_question.setTextFormat(Qt.TextFormat.PlainText)
        self.child_question.setWordWrap(True)
        self.child_question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.child_question.setFont(_scaled_font(self.font(), 2.6, bold=True))
        self.child_question.setStyleSheet("color: #33404d;")
        self.child_scale = _ChildScale()
        self.child_scale.setAccessibleName(self.tr("Skala fra 0 til 10. Peg på et tal."))
        column.addStretch(1)
        column.addWidget(self.child_question)
        column.addSpacing(round(QFontMetricsF(self.font()).height() * 1.5))
        column.addWidget(self.child_scale)
        column.addStretch(1)
        return panel

    # public API

    def set_value(self, answer: ScaleAnswer) -> None:
        """Load an answer to edit. Does not emit ``changed``."""
        self._answer = answer.model_copy(deep=True)
        self.choice_notice.hide()
        self._loading = True
        try:
            self.question_edit.setText(answer.question)
            self.low_end_edit.setText(answer.low_end)
            self.high_end_edit.setText(answer.high_end)
            self._value = answer.value
            self.number_row.set_number(answer.value)
            for box, words in (
                (self.reason_box, answer.what_makes_it_this_number),
                (self.step_up_box, answer.one_step_up),
            ):
                box.edit.set_text(words.text if words else "")
                box.via.setChecked(bool(words and words.via_interpreter))
            self.note_edit.set_text(answer.caseworker_note)
        finally:
            self._loading = False
        self._refresh()
        self._show_via_markers()

    def value(self) -> ScaleAnswer:
        """A new, validated answer with the edits; the id and other fields are kept."""
        update = {
            "question": self.question_edit.text(),
            "low_end": self.low_end_edit.text(),
            "high_end": self.high_end_edit.text(),
            "value": self._value,
            "what_makes_it_this_number": self._words(
                self.reason_box, self._answer.what_makes_it_this_number
            ),
            "one_step_up": self._words(self.step_up_box, self._answer.one_step_up),
            "caseworker_note": self.note_edit.text(),
        }
        return ScaleAnswer.model_validate({**self._answer.model_dump(), **update})

    def set_child_view(self, on: bool) -> None:
        """Show only the question and the drawn scale (on), or the caseworker's form (off)."""
        self._child_view = on
        self.caseworker_panel.setVisible(not on)
        self.child_panel.setVisible(on)
        if on:
            self.child_scale.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.number_row.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_child_view(self) -> bool:
        return self._child_view

    def set_interpreter_present(self, on: bool) -> None:
        """Show the "via tolk" markers (on). A marker that is already ticked stays visible."""
        self._interpreter = on
        self._show_via_markers()

    # internals

    @staticmethod
    def _words(box: _ChildWordsBox, loaded: ChildWords | None) -> dict[str, Any] | None:
        text = box.edit.text()
        via = box.via.isChecked()
        if text or via:
            words: dict[str, Any] = {"text": text, "via_interpreter": via}
            if loaded is not None and loaded.text == text:  # the child's decision stays with it
                words["consent"] = loaded.consent.model_dump()
            return words
        if loaded is not None and not loaded.text and not loaded.via_interpreter:
            return loaded.model_dump()  # an empty answer that was loaded stays as it was
        return None

    def _show_via_markers(self) -> None:
        for box in (self.reason_box, self.step_up_box):
            box.via.setVisible(self._interpreter or box.via.isChecked())

    def _pick(self, value: object, *, by_child: bool = False) -> None:
        number = value if isinstance(value, int) else None
        if number == self._value:
            self.number_row.set_number(number)
            return
        previous = self._value
        kept = previous is not None and self._has_words()
        if kept:
            self._keep_answer()
        self._value = number
        self.number_row.set_number(number)
        self._refresh()
        self._tell_choice(number, previous if kept else None, by_child)
        self.changed.emit()

    def _has_words(self) -> bool:
        return any(box.edit.text().strip() for box in (self.reason_box, self.step_up_box))

    def _keep_answer(self) -> None:
        """Hand out the answer as it is (its number and the child's words for it) and go on
        with a new answer to the same question, with empty word fields."""
        kept = self.value()
        self._answer = ScaleAnswer(
            question=kept.question,
            low_end=kept.low_end,
            high_end=kept.high_end,
            goal_id=kept.goal_id,
        )
        self._loading = True
        try:
            for box in (self.reason_box, self.step_up_box):
                box.edit.set_text("")
                box.via.setChecked(False)
            self.note_edit.set_text("")
        finally:
            self._loading = False
        self._show_via_markers()
        self.answer_kept.emit(kept)

    def _tell_choice(self, number: int | None, kept_for: int | None, by_child: bool) -> None:
        """Say what happened where the caseworker looks: the child's choice, and where the
        words for the earlier number went."""
        parts = []
        if by_child:
            parts.append(
                self.tr("Barnet fjernede tallet på barnets skærm.")
                if number is None
                else self.tr("Barnet valgte {n} på barnets skærm.").format(n=number)
            )
        if kept_for is not None:
            parts.append(
                self.tr("Barnets ord til {n} står ved {n} i listen over skalaer.").format(
                    n=kept_for
                )
            )
        self.choice_notice.setText(" ".join(parts))
        self.choice_notice.setVisible(bool(parts))

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Bring the labels and the child's scale in line with the fields."""
        low = self.low_end_edit.text()
        high = self.high_end_edit.text()
        self.low_end_label.setText(
            self.tr("0 = {words}").format(words=low)
            if low
            else self.tr("0 = (skriv først, hvad 0 betyder)")
        )
        self.high_end_label.setText(
            self.tr("10 = {words}").format(words=high)
            if high
            else self.tr("10 = (skriv først, hvad 10 betyder)")
        )
        number = self._value
        if number is None:
            reason = self.tr("Hvad &gør, at det er det tal og ikke lavere?")
            step = self.tr("Hvad skal der til for at komme ét t&rin op?")
        elif number == LOWEST:
            reason = self.tr("Hvad &gør, at det er 0?")
            step = self.tr("Hvad skal der til for at komme ét t&rin op, fra 0 til 1?")
        elif number == HIGHEST:
            reason = self.tr("Hvad &gør, at det er 10 og ikke lavere?")
            step = self.tr("Hvad skal der til, fo&r at det bliver ved med at være 10?")
        else:
            reason = self.tr("Hvad &gør, at det er {n} og ikke lavere?").format(n=number)
            step = self.tr("Hvad skal der til for at komme ét t&rin op, fra {n} til {m}?").format(
                n=number, m=number + 1
            )
        self.reason_box.question.setText(reason)
        self.step_up_box.question.setText(step)
        self.number_row.setAccessibleDescription(
            self.tr("Intet tal valgt endnu")
            if number is None
            else self.tr("Valgt: {n}").format(n=number)
        )
        self.child_question.setText(self.question_edit.text())
        self.child_scale.set_state(number, low, high)
        self.child_scale.setAccessibleDescription(
            self.tr("Intet tal valgt endnu")
            if number is None
            else self.tr("Valgt: {n}").format(n=number)
        )
