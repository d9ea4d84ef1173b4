"""The child's drawing pad.

Draw with a finger, a pen or the mouse, in a few colours and two line widths, with undo and
"start again" (which undo can take back too).

``DrawingSurface`` records strokes on one or more pages (the free page has one; the Three
Houses have one per house) from touch, tablet and mouse events, and paints them. Points are
stored as fractions of their page, so a drawing keeps its place when the window changes
size. A page keeps the shape it had when the child began on it (the drawing's aspect): when
the window changes shape, the paper keeps its proportions inside the page, and a round sun
stays round. ``PenBar`` holds the big, friendly buttons a child presses. Nothing is written to
disk here: ``changed`` fires when a stroke ends, and the screen saves through its
controller like every other change.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShortcut,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from borne_samtale import look
from borne_samtale.domain.tools import MAX_POINTS, MAX_STROKES, ChildDrawing, Stroke
from borne_samtale.ui.focus import paint_focus_frame
from borne_samtale.ui.i18n import with_args

_MOUSE = -1  # the id of the stroke the mouse draws (touch points have ids from 0)
_TABLET = -2
_MIN_STEP = 0.002  # a new point only when the pen moved this far (a fraction of the page)


@dataclass
class _Live:
    """A stroke being drawn: its page and its points so far."""

    page: int
    colour: str
    width: float
    points: list[tuple[float, float]] = field(default_factory=list)


class DrawingSurface(QWidget):
    """Records and paints strokes on ``pages`` pages. Subclasses place the pages
    (``page_rects``) and paint what is under the drawing (``paint_under``)."""

    changed = Signal()

    def __init__(self, pages: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[list[Stroke]] = [[] for _ in range(pages)]
        # Each page's width / height, fixed by its first stroke (None: not drawn on yet).
        self._aspects: list[float | None] = [None] * pages
        self._undo: list[tuple[str, int, list[list[Stroke]]]] = []
        self._live: dict[int, _Live] = {}
        self._drawing_enabled = True
        self.pen_colour = look.PEN_COLOURS[0][1]
        self.pen_width = look.PEN_THIN
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        undo.setContext(Qt.ShortcutContext.WidgetShortcut)

    # --- what subclasses provide ---------------------------------------------------

    def page_rects(self) -> list[QRectF]:
        """Where each page is on the widget. One page filling the widget by default."""
        return [QRectF(self.rect()).adjusted(2, 2, -2, -2)]

    def paint_under(self, painter: QPainter) -> None:
        """What is under the drawing: white paper by default, in the page's own shape."""
        painter.fillRect(self.rect(), self.palette().window())
        for rect in self.drawing_rects():
            painter.fillRect(rect, QColor("#FFFFFF"))

    def paint_over(self, painter: QPainter) -> None:
        """What is painted on top of the drawing (nothing by default)."""

    # --- the model -----------------------------------------------------------------

    def set_drawing_enabled(self, on: bool) -> None:
        """Off: the surface only shows the drawing (e.g. the caseworker's view)."""
        self._drawing_enabled = on
        self._live.clear()

    def set_drawings(self, drawings: list[ChildDrawing]) -> None:
        """Load the pages' strokes; the undo history starts afresh."""
        self._pages = [list(d.strokes) for d in drawings]
        self._aspects = [d.aspect if d.strokes else None for d in drawings]
        self._undo.clear()
        self._live.clear()
        self.update()

    def strokes(self, page: int = 0) -> list[Stroke]:
        return list(self._pages[page])

    def aspect(self, page: int = 0) -> float:
        """The page's width / height: as the drawing has it, else as the page is now."""
        fixed = self._aspects[page] if page < len(self._aspects) else None
        if fixed is not None:
            return fixed
        rects = self.page_rects()
        if page >= len(rects) or rects[page].height() <= 0:
            return 1.0
        return min(5.0, max(0.2, rects[page].width() / rects[page].height()))

    def is_empty(self) -> bool:
        return not any(self._pages)

    def drawing_rects(self) -> list[QRectF]:
        """Where each page's drawing is: the page, or the largest part of it with the
        drawing's own shape, in its middle."""
        rects = self.page_rects()
        for page, rect in enumerate(rects):
            fixed = self._aspects[page] if page < len(self._aspects) else None
            if fixed is not None and rect.height() > 0:
                rects[page] = _fit(rect, fixed)
        return rects

    # --- pen, undo, start again ----------------------------------------------------

    def set_colour(self, colour: str) -> None:
        self.pen_colour = colour

    def set_width(self, width: float) -> None:
        self.pen_width = width

    def undo(self) -> None:
        """Take back the last stroke, or the last "start again"."""
        if not self._undo:
            return
        kind, page, before = self._undo.pop()
        if kind == "stroke" and self._pages[page]:
            self._pages[page].pop()
        elif kind == "clear":
            self._pages = before
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        """Start again on every page; undo brings the drawing back."""
        if self.is_empty():
            return
        self._undo.append(("clear", -1, [list(p) for p in self._pages]))
        self._pages = [[] for _ in self._pages]
        self.update()
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._undo)

    # --- strokes from any pointer --------------------------------------------------

    def _page_at(self, at: QPointF) -> int | None:
        for index, rect in enumerate(self.drawing_rects()):
            if rect.contains(at):
                return index
        return None

    def _fraction(self, page: int, at: QPointF) -> tuple[float, float]:
        rect = self.drawing_rects()[page]
        x = (at.x() - rect.left()) / max(1.0, rect.width())
        y = (at.y() - rect.top()) / max(1.0, rect.height())
        return (round(min(1.0, max(0.0, x)), 4), round(min(1.0, max(0.0, y)), 4))

    def _begin(self, pointer: int, at: QPointF) -> bool:
        if not self._drawing_enabled:
            return False
        page = self._page_at(at)
        if page is None or len(self._pages[page]) >= MAX_STROKES:
            return False
        if self._aspects[page] is None:  # the first stroke: the page's shape is kept now
            self._aspects[page] = self.aspect(page)
        self._live[pointer] = _Live(
            page, self.pen_colour, self.pen_width, [self._fraction(page, at)]
        )
        self.update()
        return True

    def _extend(self, pointer: int, at: QPointF) -> None:
        live = self._live.get(pointer)
        if live is None or len(live.points) >= MAX_POINTS:
            return
        point = self._fraction(live.page, at)
        last = live.points[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= _MIN_STEP:
            live.points.append(point)
            self.update()

    def _end(self, pointer: int) -> None:
        live = self._live.pop(pointer, None)
        if live is None:
            return
        stroke = Stroke(colour=live.colour, width=live.width, points=live.points)
        self._pages[live.page].append(stroke)
        self._undo.append(("stroke", live.page, []))
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._begin(_MOUSE, event.position()):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if _MOUSE in self._live:
            self._extend(_MOUSE, event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and _MOUSE in self._live:
            self._extend(_MOUSE, event.position())
            self._end(_MOUSE)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt makes no mouse events of the pen as well.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(_TABLET, event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(_TABLET, event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._extend(_TABLET, event.position())
            self._end(_TABLET)
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """Each finger draws its own stroke."""
        if event.type() == QEvent.Type.TouchCancel:
            for pointer in [p for p in self._live if p >= 0]:
                self._end(pointer)
            return
        for point in event.points():
            state = point.state()
            pointer = max(0, point.id())
            if state == QEventPoint.State.Pressed:
                self._begin(pointer, point.position())
            elif state == QEventPoint.State.Updated:
                self._extend(pointer, point.position())
            elif state == QEventPoint.State.Released:
                self._extend(pointer, point.position())
                self._end(pointer)

    # --- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_under(painter)
        rects = self.drawing_rects()
        live = list(self._live.values())
        for index, rect in enumerate(rects):
            if index >= len(self._pages):
                break
            painter.save()
            painter.setClipRect(rect)
            for stroke in self._pages[index]:
                _paint_stroke(painter, rect, stroke.colour, stroke.width, stroke.points)
            for stroke_live in live:
                if stroke_live.page == index:
                    _paint_stroke(
                        painter, rect, stroke_live.colour, stroke_live.width, stroke_live.points
                    )
            painter.restore()
        self.paint_over(painter)
        paint_focus_frame(painter, self)  # keyboard users see where they are
        painter.end()


def _fit(rect: QRectF, aspect: float) -> QRectF:
    """The largest rectangle of ``aspect`` (width / height) in the middle of ``rect``."""
    width, height = rect.width(), rect.height()
    if width / height > aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = rect.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def _paint_stroke(
    painter: QPainter,
    rect: QRectF,
    colour: str,
    width: float,
    points: list[tuple[float, float]],
) -> None:
    pen = QPen(QColor(colour))
    pen.setWidthF(max(1.0, width * rect.width()))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    at = [
        QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height()) for x, y in points
    ]
    if len(at) == 1:
        painter.drawPoint(at[0])
        return
    path = QPainterPath(at[0])
    for point in at[1:]:
        path.lineTo(point)
    painter.drawPath(path)


class PenBar(QWidget):
    """Big buttons for the child: the colours, a thin and a thick line, undo, start again."""

    def __init__(self, surface: DrawingSurface, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.surface = surface
        size = max(44, self.fontMetrics().height() * 2 + 8)  # a finger's size
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(8)
        self.colours = QButtonGroup(self)
        self.colour_buttons: list[QToolButton] = []
        said = {
            "sort": self.tr("sort"),
            "rød": self.tr("rød"),
            "blå": self.tr("blå"),
            "grøn": self.tr("grøn"),
            "gul": self.tr("gul"),
            "lilla": self.tr("lilla"),
        }
        for index, (key, colour) in enumerate(look.PEN_COLOURS):
            name = said.get(key, key)
            button = QToolButton()
            button.setCheckable(True)
            button.setFixedSize(QSize(size, size))
            button.setAccessibleName(with_args(self.tr("Farve: %1"), name))
            button.setToolTip(name)
            button.setStyleSheet(
                f"QToolButton {{ background-color: {colour}; border: 2px solid #FFFFFF;"
                f" border-radius: {size // 2}px; }}"
                f" QToolButton:checked {{ border: 5px solid {look.CHILD_INK}; }}"
                f" QToolButton:focus {{ outline: none; border: 4px dashed {look.CHILD_SELECTED}; }}"
            )
            button.clicked.connect(lambda _=False, c=colour: surface.set_colour(c))
            self.colours.addButton(button, index)
            self.colour_buttons.append(button)
            row.addWidget(button)
        self.colour_buttons[0].setChecked(True)
        row.addSpacing(size // 2)
        self.thin = QPushButton(self.tr("Tynd streg"))
        self.thick = QPushButton(self.tr("Tyk streg"))
        self.widths = QButtonGroup(self)
        for choice, width in ((self.thin, look.PEN_THIN), (self.thick, look.PEN_THICK)):
            choice.setCheckable(True)
            choice.setMinimumHeight(size)
            choice.setAccessibleName(choice.text())
            choice.clicked.connect(lambda _=False, w=width: surface.set_width(w))
            self.widths.addButton(choice)
            row.addWidget(choice)
        self.thin.setChecked(True)
        row.addStretch(1)
        self.undo_button = QPushButton(self.tr("↶ Fortryd"))
        self.undo_button.setAccessibleName(self.tr("Fortryd den sidste streg"))
        self.undo_button.setMinimumHeight(size)
        self.undo_button.clicked.connect(surface.undo)
        self.clear_button = QPushButton(self.tr("Start forfra"))
        self.clear_button.setAccessibleName(
            self.tr("Start forfra: visk det hele ud (Fortryd henter det igen)")
        )
        self.clear_button.setMinimumHeight(size)
        self.clear_button.clicked.connect(surface.clear)
        row.addWidget(self.undo_button)
        row.addWidget(self.clear_button)
        surface.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.undo_button.setEnabled(self.surface.can_undo())
        self.clear_button.setEnabled(not self.surface.is_empty())


class FreePage(QWidget):
    """The free page on the child's screen: one sheet of paper and the pen bar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.surface = DrawingSurface(1)
        self.surface.setAccessibleName(self.tr("Den frie side: tegn her"))
        self.pen_bar = PenBar(self.surface)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.surface, 1)
        column.addWidget(self.pen_bar)
        self.surface.changed.connect(self.changed)

    def set_value(self, drawing: ChildDrawing) -> None:
        self.surface.set_drawings([drawing])
        self.pen_bar.refresh()

    def value(self, previous: ChildDrawing) -> ChildDrawing:
        """The drawing now; its consent stays with it only while it is unchanged."""
        strokes = self.surface.strokes(0)
        if strokes == previous.strokes:
            return previous
        return ChildDrawing(aspect=self.surface.aspect(0), strokes=strokes)
