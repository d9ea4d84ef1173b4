"""The network map as it is painted: "Mig" in the centre, three rings, a circle per person.

The painting half of the network map tool (network_map.py is the editing half): it shows
the people it is given and reports a click, a drag to another ring and the arrow keys as
signals; it never changes the map itself.
"""

import math
from uuid import UUID

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from borne_samtale import look
from borne_samtale.ui.focus import paint_focus_frame
from borne_samtale.ui.i18n import with_args
from borne_samtale.ui.style import scaled_font
from borne_samtale.ui.widgets.network_shapes import (
    _BACKGROUND,
    _GROUP_STYLE,
    _INK,
    _ME_EDGE,
    _ME_FILL,
    _RING_EDGE,
    _RING_FILL,
    _SELECTED,
    RINGS,
    RelationGroup,
    _Dot,
    _Geometry,
    _GroupStyle,
    _marker,
)


class NetworkMapCanvas(QWidget):
    """The map itself, painted: "Mig" in the centre, three rings, a circle per person.

    Click a person to select them; drag them to another ring to change how close they
    are. With the keyboard, the arrow keys move the selection.
    """

    person_selected = Signal(object)  # UUID
    person_dropped = Signal(object, int)  # UUID, new ring

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dots: list[_Dot] = []
        self._selected: UUID | None = None
        self._child_mode = False
        self._pressed: UUID | None = None
        self._press_pos = QPointF()
        self._drag_pos: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Netværkskort"))
        self._update_description()

    # --- state -------------------------------------------------------------------------

    def set_people(self, dots: list[_Dot]) -> None:
        self._dots = list(dots)
        if self._pressed is not None and all(d.id != self._pressed for d in self._dots):
            self._pressed = None
            self._drag_pos = None
        self._update_description()
        self.update()

    def set_selected(self, person_id: UUID | None) -> None:
        self._selected = person_id
        self.update()

    def selected(self) -> UUID | None:
        return self._selected

    def set_child_mode(self, on: bool) -> None:
        self._child_mode = on
        self.update()

    def is_child_mode(self) -> bool:
        return self._child_mode

    def _update_description(self) -> None:
        parts = []
        for ring in RINGS:
            names = [d.label or self.tr("(uden navn)") for d in self._dots if d.ring == ring]
            parts.append(
                with_args(
                    self.tr("Ring %1: %2"),
                    ring,
                    ", ".join(names) if names else self.tr("ingen"),
                )
            )
        self.setAccessibleDescription(
            self.tr("Barnet i midten. ")
            + ". ".join(parts)
            + ". "
            + self.tr("Piletasterne vælger en person, Ctrl+pil op og ned flytter personen.")
        )

    # --- geometry ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 34, em * 30)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 16, em * 16)

    def _name_font(self) -> QFont:
        font = scaled_font(self, 1.55 if self._child_mode else 1.0)
        if self._child_mode:
            font.setWeight(QFont.Weight.DemiBold)
        return font

    def _me_font(self) -> QFont:
        font = scaled_font(self, 2.2 if self._child_mode else 1.35)
        font.setBold(True)
        return font

    def _geometry(self) -> _Geometry:
        area = QRectF(self.rect())
        margin = QFontMetricsF(self.font()).height() * 0.6
        legend = QRectF()
        if not self._child_mode:
            height = QFontMetricsF(self.font()).height() * 1.9
            legend = QRectF(area.left(), area.bottom() - height, area.width(), height)
            area.setBottom(legend.top())
        area = area.adjusted(margin, margin, -margin, -margin)
        # The rings are ovals on a wide map, so that names have room; never wider than 3:2.
        outer = max(10.0, min(area.width(), area.height()) / 2)
        stretch = min(max(area.width() / 2 / outer, 1.0), 1.5)
        me_width = QFontMetricsF(self._me_font()).horizontalAdvance(self.tr("Mig"))
        me_radius = min(max(outer * 0.17, me_width * 0.75), outer * 0.3)
        band = (outer - me_radius) / len(RINGS)
        return _Geometry(area.center(), me_radius, band, stretch, legend)

    def _places(self, geometry: _Geometry) -> dict[UUID, tuple[QPointF, float]]:
        """Each person's centre and radius: spread evenly around their ring, in list order."""
        places: dict[UUID, tuple[QPointF, float]] = {}
        for ring in RINGS:
            dots = [d for d in self._dots if d.ring == ring]
            if not dots:
                continue
            middle = geometry.middle(ring)
            radius = geometry.band * (0.46 if self._child_mode else 0.44)
            radius = min(radius, math.pi * middle / len(dots) * 0.44)
            for index, dot in enumerate(dots):
                # The same places as on paper (look.network_angle).
                angle = math.radians(look.network_angle(index, len(dots), ring))
                places[dot.id] = (geometry.at(middle, angle), radius)
        return places

    def person_at(self, point: QPointF) -> UUID | None:
        for person_id, (centre, radius) in reversed(self._places(self._geometry()).items()):
            if math.dist((point.x(), point.y()), (centre.x(), centre.y())) <= radius:
                return person_id
        return None

    def centre_of(self, person_id: UUID) -> QPointF | None:
        """Where a person's circle is drawn (for tests and accessibility)."""
        place = self._places(self._geometry()).get(person_id)
        return place[0] if place else None

    def child_centre(self) -> QPointF:
        """Where "Mig" is drawn."""
        return self._geometry().centre

    def ring_centre(self, ring: int) -> QPointF:
        """A point in the middle of a ring, straight below the child (an empty spot is not
        guaranteed; used as a drop target)."""
        geometry = self._geometry()
        return geometry.at(geometry.middle(ring), math.pi / 2)

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), _BACKGROUND)
        geometry = self._geometry()
        self._paint_rings(painter, geometry)
        places = self._places(geometry)
        dragging = self._drag_pos is not None
        for dot in self._dots:
            centre, radius = places[dot.id]
            if dragging and dot.id == self._pressed:
                painter.setPen(QPen(_INK, 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius, radius)
                continue
            self._paint_person(painter, dot, centre, radius)
        if dragging and self._drag_pos is not None:
            moving = next((d for d in self._dots if d.id == self._pressed), None)
            if moving is not None:
                radius = places[moving.id][1]
                painter.setOpacity(0.85)
                self._paint_person(painter, moving, self._drag_pos, radius)
                painter.setOpacity(1.0)
        if not self._child_mode:
            self._paint_legend(painter, geometry.legend)
            if not self._dots:
                painter.setFont(self.font())
                painter.setPen(QColor(look.MAP_EMPTY_HINT))
                below = geometry.at(geometry.middle(2), math.pi / 2)
                box = QRectF(
                    below.x() - geometry.band * 3,
                    below.y() - geometry.band / 2,
                    geometry.band * 6,
                    geometry.band,
                )
                painter.drawText(
                    box,
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self.tr("Ingen på kortet endnu. Tryk Ctrl+N for at tilføje en person."),
                )
        paint_focus_frame(painter, self)  # on the child's screen too: keys work there
        painter.end()

    def _paint_rings(self, painter: QPainter, geometry: _Geometry) -> None:
        target = geometry.ring_at(self._drag_pos) if self._drag_pos is not None else None
        for ring in reversed(RINGS):
            radius = geometry.outer(ring)
            fill = QColor(_RING_FILL[ring - 1])
            if not self._child_mode:
                fill = fill.lighter(104)
            if ring == target:
                fill = QColor(
                    (fill.red() + _RING_EDGE[ring - 1].red()) // 2,
                    (fill.green() + _RING_EDGE[ring - 1].green()) // 2,
                    (fill.blue() + _RING_EDGE[ring - 1].blue()) // 2,
                )
            painter.setPen(QPen(_RING_EDGE[ring - 1], 3 if ring == target else 1.5))
            painter.setBrush(fill)
            painter.drawEllipse(geometry.centre, radius * geometry.stretch, radius)
        painter.setPen(QPen(_ME_EDGE, 2))
        painter.setBrush(_ME_FILL)
        painter.drawEllipse(geometry.centre, geometry.me_radius, geometry.me_radius)
        painter.setFont(self._me_font())
        painter.setPen(_INK)
        box = QRectF(
            geometry.centre.x() - geometry.me_radius,
            geometry.centre.y() - geometry.me_radius,
            2 * geometry.me_radius,
            2 * geometry.me_radius,
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("Mig"))
        if self._child_mode:
            return
        # Ring numbers for the caseworker, near the edge of each ring, where no one sits.
        small = scaled_font(self, 0.9)
        painter.setFont(small)
        metrics = QFontMetricsF(small)
        people = list(self._places(geometry).values())
        for ring in RINGS:
            distance = geometry.outer(ring) - metrics.height() * 0.75
            text = str(ring)
            width = metrics.horizontalAdvance(text) + metrics.height() * 0.6
            candidates = [
                geometry.at(distance, math.radians(a))
                for a in (-90, 90, 180, 0, -135, -45, 135, 45)
            ]
            spot = next(
                (
                    point
                    for point in candidates
                    if all(
                        math.dist((point.x(), point.y()), (c.x(), c.y()))
                        > r * 1.7 + metrics.height()
                        for c, r in people
                    )
                ),
                candidates[0],
            )
            pill = QRectF(
                spot.x() - width / 2, spot.y() - metrics.height() / 2, width, metrics.height()
            )
            painter.setPen(QPen(_RING_EDGE[ring - 1], 1))
            painter.setBrush(QColor(255, 255, 255, 200))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(_INK)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_person(self, painter: QPainter, dot: _Dot, centre: QPointF, radius: float) -> None:
        style = _GROUP_STYLE[dot.group]
        selected = dot.id == self._selected
        outline = QPen(_SELECTED, 3.5) if selected else QPen(style.edge, 1.8)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            halo = QColor(_SELECTED)
            halo.setAlpha(60)
            painter.setBrush(halo)
            painter.drawEllipse(centre, radius + 7, radius + 7)
        painter.setPen(outline)
        painter.setBrush(style.fill)
        painter.drawEllipse(centre, radius, radius)

        text = dot.label or self.tr("(uden navn)")
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        font = self._name_font()
        inside = QRectF(
            centre.x() - radius * 0.86, centre.y() - radius * 0.66, radius * 1.72, radius * 1.32
        )
        needed = QFontMetricsF(font).boundingRect(inside, flags, text)
        if needed.width() <= inside.width() + 0.5 and needed.height() <= inside.height() + 0.5:
            painter.setFont(font)
            painter.setPen(_INK)
            painter.drawText(inside, flags, text)
        else:
            self._paint_name_tag(painter, text, centre, radius, outline, style)
        # The group's small marker, at the upper right of the circle.
        marker_size = max(8.0, radius * 0.42)
        at = QPointF(centre.x() + radius * 0.72, centre.y() - radius * 0.72)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(style.edge)
        painter.drawPath(_marker(dot.group, at, marker_size))

    def _paint_name_tag(
        self,
        painter: QPainter,
        text: str,
        centre: QPointF,
        radius: float,
        outline: QPen,
        style: _GroupStyle,
    ) -> None:
        """A long name goes on a name tag across the circle, in large type on at most two
        lines; only a very long name is shortened with "…"."""
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        width = radius * 4.2
        font = self._name_font()
        lines = text
        for _ in range(4):
            metrics = QFontMetricsF(font)
            needed = metrics.boundingRect(QRectF(0, 0, width, 1e4), flags, text)
            if needed.width() <= width + 0.5 and needed.height() <= metrics.lineSpacing() * 2.2:
                break
            font = scaled_font(font, 0.9)
        else:
            metrics = QFontMetricsF(font)
            lines = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            needed = metrics.boundingRect(QRectF(0, 0, width, 1e4), flags, lines)
        pad = metrics.height() * 0.3
        tag = QRectF(
            centre.x() - needed.width() / 2 - pad,
            centre.y() - needed.height() / 2 - pad / 2,
            needed.width() + 2 * pad,
            needed.height() + pad,
        )
        painter.setPen(outline)
        painter.setBrush(style.fill.lighter(106))
        painter.drawRoundedRect(tag, pad * 1.5, pad * 1.5)
        painter.setFont(font)
        painter.setPen(_INK)
        painter.drawText(tag, flags, lines)

    def _paint_legend(self, painter: QPainter, legend: QRectF) -> None:
        if legend.isEmpty():
            return
        font = self.font()
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        labels = {
            RelationGroup.FAMILY: self.tr("Familie"),
            RelationGroup.FRIENDS: self.tr("Venner"),
            RelationGroup.SCHOOL_AND_PROFESSIONALS: self.tr("Skole og fagfolk"),
            RelationGroup.OTHER: self.tr("Andre"),
        }
        size = metrics.height() * 0.8
        gap = metrics.height() * 1.2
        widths = [
            size + metrics.height() * 0.4 + metrics.horizontalAdvance(t) for t in labels.values()
        ]
        x = legend.center().x() - (sum(widths) + gap * (len(widths) - 1)) / 2
        y = legend.center().y()
        for (group, text), width in zip(labels.items(), widths, strict=True):
            style = _GROUP_STYLE[group]
            painter.setPen(QPen(style.edge, 1))
            painter.setBrush(style.fill)
            swatch = QPointF(x + size / 2, y)
            painter.drawEllipse(swatch, size * 0.62, size * 0.62)
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(style.edge)
            painter.drawPath(_marker(group, swatch, size * 0.7))
            painter.setPen(_INK)
            painter.drawText(
                QRectF(x + size + metrics.height() * 0.4, legend.top(), width, legend.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += width + gap

    # --- mouse and keyboard ------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        person_id = self.person_at(event.position())
        self._pressed = person_id
        self._press_pos = event.position()
        self._drag_pos = None
        if person_id is not None:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.person_selected.emit(person_id)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (event.position() - self._press_pos).manhattanLength()
            if self._drag_pos is not None or moved >= QApplication.startDragDistance():
                self._drag_pos = event.position()
                self.update()
            return
        over = self.person_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pressed, dropped_at = self._pressed, self._drag_pos
        self._pressed = None
        self._drag_pos = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()
        if pressed is None or dropped_at is None:
            return
        ring = self._geometry().ring_at(event.position())
        dot = next((d for d in self._dots if d.id == pressed), None)
        if dot is not None and dot.ring != ring:
            self.person_dropped.emit(pressed, ring)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and self._dots:
            ids = [d.id for d in self._dots]
            current = ids.index(self._selected) if self._selected in ids else -1
            target: int | None = None
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
                target = (current + 1) % len(ids)
            elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
                target = (current - 1) % len(ids) if current >= 0 else len(ids) - 1
            elif key == Qt.Key.Key_Home:
                target = 0
            elif key == Qt.Key.Key_End:
                target = len(ids) - 1
            if target is not None:
                self.person_selected.emit(ids[target])
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
