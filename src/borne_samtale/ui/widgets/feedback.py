""" "Hvordan jeg oplevede mødet": at closing, the child says with faces how the meeting felt.

A calm, full-window form on the child's screen: a few short questions for the child's age
band (``domain.tools.FEEDBACK_QUESTIONS``), three big faces for each, and the child may let a
question be or not answer at all. Nothing is stored here; the screen saves the result.
"""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from borne_samtale import look
from borne_samtale.domain.enums import AgeBand
from borne_samtale.domain.tools import Face, Feedback, FeedbackAnswer, feedback_form
from borne_samtale.ui.style import set_heading

# Soft colours: the child is never told a face is "wrong".
_FACE_COLOURS = {
    Face.GOOD: QColor(look.HOUSE_BODY[0]),
    Face.IN_BETWEEN: QColor(look.HOUSE_HEADING[1]),
    Face.NOT_GOOD: QColor(look.HOUSE_BODY[2]),
}
_INK = QColor(look.CHILD_INK)


class FaceButton(QAbstractButton):
    """A big face to press: a smile, a straight mouth or a sad mouth."""

    def __init__(self, face: Face, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.face = face
        self.setCheckable(True)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        side = max(64, self.fontMetrics().height() * 4)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen = QPen(_INK)
        pen.setWidthF(max(2.0, side * 0.04) * (1.8 if self.isChecked() else 1.0))
        painter.setPen(pen)
        fill = _FACE_COLOURS[self.face]
        painter.setBrush(fill if self.isChecked() else fill.lighter(112))
        painter.drawEllipse(box)
        eye = side * 0.06
        painter.setBrush(_INK)
        for x in (0.36, 0.64):
            painter.drawEllipse(QPointF(box.left() + side * x, box.top() + side * 0.38), eye, eye)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        mouth = QRectF(box.left() + side * 0.3, box.top() + side * 0.45, side * 0.4, side * 0.3)
        if self.face is Face.GOOD:
            painter.drawArc(mouth, 200 * 16, 140 * 16)
        elif self.face is Face.NOT_GOOD:
            painter.drawArc(mouth.translated(0, side * 0.2), 20 * 16, 140 * 16)
        else:
            y = box.top() + side * 0.68
            painter.drawLine(QPointF(mouth.left(), y), QPointF(mouth.right(), y))
        if self.hasFocus():  # a clear focus frame for the keyboard
            focus = QPen(self.palette().highlight().color())
            focus.setWidth(3)
            focus.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 8, 8)
        painter.end()


class FeedbackForm(QWidget):
    """The questions with their faces; ``value()`` is what the child chose."""

    def __init__(self, band: AgeBand | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = feedback_form(band)
        names = {
            Face.GOOD: self.tr("Godt"),
            Face.IN_BETWEEN: self.tr("Midt imellem"),
            Face.NOT_GOOD: self.tr("Ikke godt"),
        }
        column = QVBoxLayout(self)
        column.setSpacing(18)
        self.groups: list[QButtonGroup] = []
        self.faces: list[list[FaceButton]] = []
        for answer in self._form.answers:
            question = QLabel(answer.question)
            question.setWordWrap(True)
            set_heading(question, 1.4)
            row = QHBoxLayout()
            group = QButtonGroup(self)
            buttons = []
            for face in Face:
                button = FaceButton(face, f"{answer.question} {names[face]}")
                button.setMinimumSize(button.sizeHint())
                group.addButton(button)
                buttons.append(button)
                row.addWidget(button)
                caption = QLabel(names[face])
                caption.setBuddy(button)
                row.addWidget(caption)
                row.addSpacing(24)
            row.addStretch(1)
            self.groups.append(group)
            self.faces.append(buttons)
            column.addWidget(question)
            column.addLayout(row)
        column.addStretch(1)

    def value(self) -> Feedback:
        answers = []
        for answer, buttons in zip(self._form.answers, self.faces, strict=True):
            chosen = next((b.face for b in buttons if b.isChecked()), None)
            answers.append(FeedbackAnswer(**{**answer.model_dump(), "face": chosen}))
        return Feedback(answers=answers)


class FeedbackDialog(QDialog):
    """The form on the child's screen, filling the window: "Færdig" or "Jeg vil ikke"."""

    def __init__(self, band: AgeBand | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hvordan jeg oplevede mødet"))
        self.setAccessibleName(self.tr("Hvordan jeg oplevede mødet"))
        self.setStyleSheet(f"QDialog {{ background-color: {look.CHILD_PAPER}; }}")
        title = QLabel(self.tr("Hvordan var det at være her i dag?"))
        set_heading(title, 1.8)
        hint = QLabel(self.tr("Tryk på det ansigt, der passer. Du må gerne springe over."))
        hint.setWordWrap(True)
        self.form = FeedbackForm(band)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.done_button = QPushButton(self.tr("&Færdig"))
        self.done_button.setAccessibleName(self.tr("Færdig"))
        self.decline_button = QPushButton(self.tr("Jeg vil &ikke svare"))
        self.decline_button.setAccessibleName(self.tr("Jeg vil ikke svare"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        self.decline_button.clicked.connect(self._decline)
        self.declined = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(hint)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)
        self.resize(900, 640)

    def _decline(self) -> None:
        self.declined = True
        self.accept()

    def value(self) -> Feedback:
        if self.declined:
            return Feedback(declined=True)
        return self.form.value()
