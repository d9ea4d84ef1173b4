"""The child's network map (netværkskort): the people in the child's life in three rings.

The child ("Mig") sits in the centre; ring 1 holds the people closest to the child, ring 3
those further away. The caseworker's view shows the map beside a panel with the list of
people, the selected person's details, the child's own words about them and, apart from
all that, the caseworker's note. The child's view shows only the map, large and friendly.

The widget edits a :class:`NetworkMap` in memory: ``set_value`` loads one, ``value``
returns a new validated copy with the edits, and ``changed`` fires on every edit.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise
from uuid import UUID

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from borne_samtale import look
from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.enums import Relation
from borne_samtale.domain.tools import NetworkMap, NetworkPerson
from borne_samtale.ui.focus import paint_focus_frame
from borne_samtale.ui.widgets.note import CaseworkerNote

RINGS = (1, 2, 3)

# Item data role that holds a list item's person id.
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class RelationGroup(Enum):
    """The four groups the map marks with a colour and a small shape."""

    FAMILY = "family"
    FRIENDS = "friends"
    SCHOOL_AND_PROFESSIONALS = "school_and_professionals"
    OTHER = "other"


RELATION_GROUP: dict[Relation, RelationGroup] = {
    Relation.PARENT: RelationGroup.FAMILY,
    Relation.SIBLING: RelationGroup.FAMILY,
    Relation.GRANDPARENT: RelationGroup.FAMILY,
    Relation.OTHER_FAMILY: RelationGroup.FAMILY,
    Relation.FOSTER_FAMILY: RelationGroup.FAMILY,
    Relation.FRIEND: RelationGroup.FRIENDS,
    Relation.SCHOOL_OR_DAYCARE: RelationGroup.SCHOOL_AND_PROFESSIONALS,
    Relation.PROFESSIONAL: RelationGroup.SCHOOL_AND_PROFESSIONALS,
    Relation.PET: RelationGroup.OTHER,
    Relation.OTHER: RelationGroup.OTHER,
}


@dataclass(frozen=True)
class _GroupStyle:
    fill: QColor
    edge: QColor  # the circle's outline and the small marker


# Soft, clearly different colours; each group also has its own small shape (see _marker).
_GROUP_STYLE = {
    RelationGroup.FAMILY: _GroupStyle(*map(QColor, look.NETWORK_FAMILY)),
    RelationGroup.FRIENDS: _GroupStyle(*map(QColor, look.NETWORK_FRIENDS)),
    RelationGroup.SCHOOL_AND_PROFESSIONALS: _GroupStyle(*map(QColor, look.NETWORK_SCHOOL)),
    RelationGroup.OTHER: _GroupStyle(*map(QColor, look.NETWORK_OTHER)),
}
# Ring 1 (innermost) to ring 3: warm cream, soft mint, soft sky.
_RING_FILL = tuple(QColor(c) for c in look.RING_FILL)
_RING_EDGE = tuple(QColor(c) for c in look.RING_EDGE)
_ME_FILL = QColor(look.ME_FILL)
_ME_EDGE = QColor(look.ME_EDGE)
_INK = QColor("#23303B")
_SELECTED = QColor("#1F4E79")
_BACKGROUND = QColor("#FBF8F2")


def _scaled(font: QFont, factor: float) -> QFont:
    """The font, ``factor`` times larger, whatever unit the system font is set in."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    elif result.pixelSize() > 0:
        result.setPixelSize(max(1, round(result.pixelSize() * factor)))
    return result


def _marker(group: RelationGroup, centre: QPointF, size: float) -> QPainterPath:
    """A small shape per group: a house for family, a star for friends, a square for
    school and professionals, a diamond for others. ``size`` is its width."""
    half = size / 2
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if group is RelationGroup.FAMILY:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half),
                    QPointF(x + half, y - half * 0.05),
                    QPointF(x + half * 0.72, y - half * 0.05),
                    QPointF(x + half * 0.72, y + half),
                    QPointF(x - half * 0.72, y + half),
                    QPointF(x - half * 0.72, y - half * 0.05),
                    QPointF(x - half, y - half * 0.05),
                ]
            )
        )
    elif group is RelationGroup.FRIENDS:
        points = []
        for i in range(10):
            radius = half if i % 2 == 0 else half * 0.45
            angle = math.radians(-90 + i * 36)
            points.append(QPointF(x + radius * math.cos(angle), y + radius * math.sin(angle)))
        path.addPolygon(QPolygonF(points))
    elif group is RelationGroup.SCHOOL_AND_PROFESSIONALS:
        side = size * 0.8
        path.addRect(QRectF(x - side / 2, y - side / 2, side, side))
    else:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half),
                    QPointF(x + half, y),
                    QPointF(x, y + half),
                    QPointF(x - half, y),
                ]
            )
        )
    path.closeSubpath()
    return path


@dataclass(frozen=True)
class _Dot:
    """What the map needs to draw one person."""

    id: UUID
    label: str
    group: RelationGroup
    ring: int


@dataclass(frozen=True)
class _Geometry:
    centre: QPointF
    me_radius: float
    band: float  # the height of one ring, straight above the child
    stretch: float  # how much wider than tall the rings are (1 is a circle)
    legend: QRectF  # empty in the child's view

    def outer(self, ring: int) -> float:
        return self.me_radius + ring * self.band

    def middle(self, ring: int) -> float:
        return self.me_radius + (ring - 0.5) * self.band

    def at(self, distance: float, angle: float) -> QPointF:
        """The point at ``distance`` (measured vertically) and ``angle`` (radians)."""
        return QPointF(
            self.centre.x() + distance * self.stretch * math.cos(angle),
            self.centre.y() + distance * math.sin(angle),
        )

    def ring_at(self, point: QPointF) -> int:
        dx = (point.x() - self.centre.x()) / self.stretch
        distance = math.hypot(dx, point.y() - self.centre.y())
        for ring in RINGS[:-1]:
            if distance <= self.outer(ring):
                return ring
        return RINGS[-1]


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
                self.tr("Ring %1: %2")
                .replace("%1", str(ring))
                .replace("%2", ", ".join(names) if names else self.tr("ingen"))
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
        font = _scaled(self.font(), 1.55 if self._child_mode else 1.0)
        if self._child_mode:
            font.setWeight(QFont.Weight.DemiBold)
        return font

    def _me_font(self) -> QFont:
        font = _scaled(self.font(), 2.2 if self._child_mode else 1.35)
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
                painter.setPen(QColor("#5B6670"))
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
        small = _scaled(self.font(), 0.9)
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
            font = _scaled(font, 0.9)
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


class NetworkMapWidget(QWidget):
    """The network map tool: the map, and (in the caseworker's view) a panel to edit it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[NetworkPerson] = []
        self._note = ""
        self._selected: UUID | None = None
        self._removed: list[tuple[int, NetworkPerson]] = []  # for "Fortryd fjern"
        self._child_view = False
        self._interpreter_present = False
        self._loading = False
        self._fields_for: UUID | None = None  # whose details the fields show

        self.map = NetworkMapCanvas()
        self.map.person_selected.connect(self._select)
        self.map.person_dropped.connect(self._dropped)

        self.map_caption = QLabel(self.tr("Netværks&kort"))
        caption_font = _scaled(self.map_caption.font(), 1.15)
        caption_font.setBold(True)
        self.map_caption.setFont(caption_font)
        self.map_caption.setBuddy(self.map)
        self.map_hint = QLabel(
            self.tr(
                "Træk en person til en anden ring, eller brug Ctrl+↑ og Ctrl+↓. "
                "Piletasterne vælger en person."
            )
        )
        self.map_hint.setWordWrap(True)

        map_column = QVBoxLayout()
        map_column.setContentsMargins(0, 0, 0, 0)
        map_column.addWidget(self.map_caption)
        map_column.addWidget(self.map_hint)
        map_column.addWidget(self.map, 1)

        # The panel scrolls up and down when the window is low (large text at 1366×768); it
        # never scrolls sideways, so it is at least as wide as its widest row needs.
        self.side_panel = self._build_panel()
        em = self.fontMetrics().height()
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidget(self.side_panel)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(
            max(em * 22, self.side_panel.minimumSizeHint().width())
            + self.side_scroll.verticalScrollBar().sizeHint().width()
        )

        layout = QHBoxLayout(self)
        layout.addLayout(map_column, 3)
        layout.addWidget(self.side_scroll, 2)

        self._build_shortcuts()
        self._set_tab_order()
        self._refresh_all()

    # --- building ----------------------------------------------------------------------

    def _relation_labels(self) -> dict[Relation, str]:
        return {
            Relation.PARENT: self.tr("Forælder"),
            Relation.SIBLING: self.tr("Søskende"),
            Relation.GRANDPARENT: self.tr("Bedsteforælder"),
            Relation.OTHER_FAMILY: self.tr("Anden familie"),
            Relation.FOSTER_FAMILY: self.tr("Plejefamilie"),
            Relation.FRIEND: self.tr("Ven eller veninde"),
            Relation.SCHOOL_OR_DAYCARE: self.tr("Skole eller dagtilbud"),
            Relation.PROFESSIONAL: self.tr("Fagperson"),
            Relation.PET: self.tr("Kæledyr"),
            Relation.OTHER: self.tr("Anden"),
        }

    def _ring_labels(self) -> dict[int, str]:
        return {
            1: self.tr("1 – inderste ring, tættest på"),
            2: self.tr("2 – midterste ring"),
            3: self.tr("3 – yderste ring, længst væk"),
        }

    def _build_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)

        people_caption = QLabel(self.tr("&Personer på kortet"))
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("Personer på kortet"))
        self.people_list.setAccessibleDescription(
            self.tr("Insert eller Ctrl+N tilføjer, Delete fjerner, Ctrl+pil op og ned flytter.")
        )
        self.people_list.setMinimumHeight(self.fontMetrics().height() * 8)
        people_caption.setBuddy(self.people_list)
        self.people_list.currentRowChanged.connect(self._row_changed)

        self.add_button = QPushButton(self.tr("&Tilføj person (Ctrl+N)"))
        self.add_button.setAccessibleName(self.tr("Tilføj person"))
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self.tr("&Fjern (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Fjern den valgte person"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button = QPushButton(self.tr("Fortr&yd fjern (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Fortryd fjern"))
        self.undo_button.clicked.connect(self.undo_remove)
        self.closer_button = QPushButton(self.tr("Tætt&ere på (Ctrl+↑)"))
        self.closer_button.setAccessibleName(self.tr("Flyt en ring tættere på"))
        self.closer_button.clicked.connect(self.move_closer)
        self.further_button = QPushButton(self.tr("Længere &væk (Ctrl+↓)"))
        self.further_button.setAccessibleName(self.tr("Flyt en ring længere væk"))
        self.further_button.clicked.connect(self.move_further)
        # Two columns: three did not fit beside the interpreter panel at 1366×768, and the
        # buttons were squeezed until their text was cut.
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.closer_button, 1, 0)
        buttons.addWidget(self.further_button, 1, 1)
        buttons.addWidget(self.undo_button, 2, 1)

        # The selected person.
        self.person_box = QFrame()
        self.person_box.setObjectName("networkPerson")
        self.person_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.person_heading = QLabel()
        heading_font = self.person_heading.font()
        heading_font.setBold(True)
        self.person_heading.setFont(heading_font)
        self.person_heading.setWordWrap(True)

        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("Navn, som barnet siger det"))
        self.label_edit.setPlaceholderText(self.tr("Fx mormor eller Ali fra klassen"))
        self.label_edit.textEdited.connect(self._label_edited)
        label_caption = QLabel(self.tr("&Navn (som barnet siger)"))
        label_caption.setBuddy(self.label_edit)

        self.relation_combo = QComboBox()
        self.relation_combo.setAccessibleName(self.tr("Relation til barnet"))
        for relation, text in self._relation_labels().items():
            self.relation_combo.addItem(text, relation.value)
        self.relation_combo.currentIndexChanged.connect(self._relation_changed)
        relation_caption = QLabel(self.tr("&Relation"))
        relation_caption.setBuddy(self.relation_combo)

        self.ring_combo = QComboBox()
        self.ring_combo.setAccessibleName(self.tr("Ring, hvor tæt på barnet"))
        for ring, text in self._ring_labels().items():
            self.ring_combo.addItem(text, ring)
        self.ring_combo.currentIndexChanged.connect(self._ring_changed)
        ring_caption = QLabel(self.tr("R&ing"))
        ring_caption.setBuddy(self.ring_combo)

        form = QFormLayout()
        # The long caption goes above its field, so the short ones leave the lists room in
        # a narrow panel (large text, the interpreter panel beside it); a panel narrower
        # still puts every caption above its field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(label_caption)
        form.addRow(self.label_edit)
        form.addRow(relation_caption, self.relation_combo)
        form.addRow(ring_caption, self.ring_combo)

        # The child's own words about the person: set apart and named as the child's.
        self.words_frame = QFrame()
        self.words_frame.setObjectName("childWords")
        self.words_frame.setStyleSheet(
            "#childWords { background-color: #FFF6E0; border-left: 4px solid #E3AE52;"
            " border-radius: 3px; }"
        )
        words_caption = QLabel(self.tr("Barnets e&gne ord om personen"))
        words_font = words_caption.font()
        words_font.setBold(True)
        words_caption.setFont(words_font)
        self.child_words_edit = QPlainTextEdit()
        self.child_words_edit.setAccessibleName(self.tr("Barnets egne ord om personen"))
        self.child_words_edit.setPlaceholderText(
            self.tr("Skriv barnets ord præcis, som barnet siger dem.")
        )
        self.child_words_edit.setTabChangesFocus(True)
        self.child_words_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        # Share the height by stretch, not by the editor's large preferred height.
        self.child_words_edit.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored
        )
        words_caption.setBuddy(self.child_words_edit)
        self.child_words_edit.textChanged.connect(self._words_changed)
        self.via_interpreter_check = QCheckBox(self.tr("vi&a tolk"))
        self.via_interpreter_check.setAccessibleName(self.tr("Barnets ord kom via tolk"))
        self.via_interpreter_check.toggled.connect(self._via_toggled)
        self.via_interpreter_check.setVisible(False)
        words_layout = QVBoxLayout(self.words_frame)
        words_layout.addWidget(words_caption)
        words_layout.addWidget(self.child_words_edit, 1)
        words_layout.addWidget(self.via_interpreter_check)

        person_layout = QVBoxLayout(self.person_box)
        person_layout.addWidget(self.person_heading)
        person_layout.addLayout(form)
        person_layout.addWidget(self.words_frame, 1)

        # The caseworker's note: the adult's own words, visibly apart from the child's.
        self.note_frame = CaseworkerNote(
            self.tr("Rådgiverens n&ote om netværket (ikke barnets ord)"),
            self.tr("Rådgiverens note om netværket"),
            self.tr("Dine iagttagelser og tanker. Det er ikke barnets ord."),
        )
        self.caseworker_note = self.note_frame.editor
        # One line: a wrapped caption is taller than the layout allows for, and then it
        # pushes the editor out of its frame.
        self.note_frame.caption.setWordWrap(False)
        # Share the height by stretch, not by the editor's large preferred height.
        self.caseworker_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.caseworker_note.textChanged.connect(self._note_changed)

        column.addWidget(people_caption)
        column.addWidget(self.people_list, 2)
        column.addLayout(buttons)
        column.addWidget(self.person_box, 3)
        column.addWidget(self.note_frame, 2)
        return panel

    def _build_shortcuts(self) -> None:
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        only = Qt.ShortcutContext.WidgetShortcut
        self._edit_shortcuts: list[QShortcut] = []
        for keys in (QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)):
            self._edit_shortcuts.append(self._shortcut(keys, self, within, self.add_person))
        for target in (self.people_list, self.map):
            self._edit_shortcuts.append(
                self._shortcut(QKeySequence(Qt.Key.Key_Delete), target, only, self.remove_selected)
            )
            self._edit_shortcuts.append(
                self._shortcut(QKeySequence("Ctrl+Z"), target, only, self.undo_remove)
            )
        self._shortcut(QKeySequence("Ctrl+Up"), self, within, self.move_closer)
        self._shortcut(QKeySequence("Ctrl+Down"), self, within, self.move_further)

    @staticmethod
    def _shortcut(
        keys: QKeySequence,
        parent: QWidget,
        context: Qt.ShortcutContext,
        slot: Callable[[], None],
    ) -> QShortcut:
        shortcut = QShortcut(keys, parent)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.map,
            self.people_list,
            self.add_button,
            self.remove_button,
            self.undo_button,
            self.closer_button,
            self.further_button,
            self.label_edit,
            self.relation_combo,
            self.ring_combo,
            self.child_words_edit,
            self.via_interpreter_check,
            self.caseworker_note,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the public API ----------------------------------------------------------------

    def set_value(self, network: NetworkMap) -> None:
        """Load a network map. Does not emit ``changed``; keeps the selection if it is
        still on the map."""
        self._people = [person.model_copy(deep=True) for person in network.people]
        self._note = network.caseworker_note
        self._removed.clear()
        ids = [person.id for person in self._people]
        if self._selected not in ids:
            self._selected = ids[0] if ids else None
        self._refresh_all()

    def value(self) -> NetworkMap:
        """A new, validated network map with the edits."""
        return NetworkMap.model_validate(
            {
                "people": [person.model_dump() for person in self._people],
                "caseworker_note": self._note,
            }
        )

    def set_child_view(self, on: bool) -> None:
        """Show only the map, large and friendly (on), or the caseworker's view (off)."""
        self._child_view = on
        for widget in (self.side_scroll, self.map_caption, self.map_hint):
            widget.setVisible(not on)
        self.map.set_child_mode(on)
        for shortcut in self._edit_shortcuts:
            shortcut.setEnabled(not on)
        if on:
            self.map.setFocus()

    def is_child_view(self) -> bool:
        return self._child_view

    def set_interpreter_present(self, on: bool) -> None:
        """Show the "via tolk" marker (and default new words to via tolk) when on."""
        self._interpreter_present = on
        self.via_interpreter_check.setVisible(on)
        self._refresh_list()
        self._refresh_fields()

    def selected_person(self) -> UUID | None:
        return self._selected

    def select_person(self, person_id: UUID | None) -> None:
        self._select(person_id)

    # --- actions -----------------------------------------------------------------------

    def add_person(self) -> None:
        """Add a person to the middle ring and put the cursor in the name field."""
        if self._child_view:
            return
        person = NetworkPerson(label="")
        self._people.append(person)
        self._selected = person.id
        self._refresh_all()
        self.changed.emit()
        self.label_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def remove_selected(self) -> None:
        """Remove the selected person; "Fortryd fjern" (Ctrl+Z) brings them back."""
        index = self._selected_index()
        if index is None or self._child_view:
            return
        person = self._people.pop(index)
        self._removed.append((index, person))
        if self._people:
            self._selected = self._people[min(index, len(self._people) - 1)].id
        else:
            self._selected = None
        self._refresh_all()
        self.changed.emit()

    def undo_remove(self) -> None:
        """Bring back the person removed last, with the same id, words and place."""
        if not self._removed or self._child_view:
            return
        index, person = self._removed.pop()
        index = min(index, len(self._people))
        self._people.insert(index, person)
        self._selected = person.id
        self._refresh_all()
        self.changed.emit()

    def move_closer(self) -> None:
        self._move_by(-1)

    def move_further(self) -> None:
        self._move_by(+1)

    def _move_by(self, step: int) -> None:
        person = self._selected_person()
        if person is None:
            return
        self._set_ring(person, min(max(person.closeness + step, RINGS[0]), RINGS[-1]))

    def _set_ring(self, person: NetworkPerson, ring: int) -> None:
        if person.closeness == ring:
            return
        person.closeness = ring
        self._refresh_list()
        self._refresh_map()
        self._refresh_fields()
        self.changed.emit()

    def _dropped(self, person_id: object, ring: int) -> None:
        self._select(person_id)
        person = self._selected_person()
        if person is not None:
            self._set_ring(person, ring)

    # --- selection ---------------------------------------------------------------------

    def _select(self, person_id: object) -> None:
        ids = [person.id for person in self._people]
        self._selected = person_id if isinstance(person_id, UUID) and person_id in ids else None
        self._refresh_list()
        self._refresh_map()
        self._refresh_fields()

    def _row_changed(self, row: int) -> None:
        if self._loading:
            return
        if 0 <= row < len(self._people):
            self._select(self._people[row].id)

    def _selected_index(self) -> int | None:
        for index, person in enumerate(self._people):
            if person.id == self._selected:
                return index
        return None

    def _selected_person(self) -> NetworkPerson | None:
        index = self._selected_index()
        return None if index is None else self._people[index]

    # --- edits in the panel ------------------------------------------------------------

    def _label_edited(self, text: str) -> None:
        person = self._selected_person()
        if person is None or self._loading:
            return
        person.label = text
        self._refresh_list()
        self._refresh_map()
        self._refresh_heading()
        self.changed.emit()

    def _relation_changed(self, index: int) -> None:
        person = self._selected_person()
        if person is None or self._loading or index < 0:
            return
        person.relation = Relation(self.relation_combo.itemData(index))
        self._refresh_list()
        self._refresh_map()
        self.changed.emit()

    def _ring_changed(self, index: int) -> None:
        person = self._selected_person()
        if person is None or self._loading or index < 0:
            return
        self._set_ring(person, int(self.ring_combo.itemData(index)))

    def _words_changed(self) -> None:
        person = self._selected_person()
        if person is None or self._loading:
            return
        # New words take the box's state: ticked when an interpreter takes part (the
        # caseworker can clear it), and never ticked without one.
        via = self.via_interpreter_check.isChecked() and (
            person.child_words is not None or self._interpreter_present
        )
        self._store_words(person, self.child_words_edit.toPlainText(), via)

    def _via_toggled(self, on: bool) -> None:
        person = self._selected_person()
        if person is None or self._loading:
            return
        self._store_words(person, self.child_words_edit.toPlainText(), on)

    def _store_words(self, person: NetworkPerson, text: str, via: bool) -> None:
        """Keep the words; an empty field means the child said nothing about the person."""
        before = person.child_words
        person.child_words = ChildWords(text=text, via_interpreter=via) if text else None
        if person.child_words != before:
            self._refresh_list()
            self.changed.emit()

    def _note_changed(self) -> None:
        if self._loading:
            return
        self._note = self.caseworker_note.toPlainText()
        self.changed.emit()

    # --- refreshing the view from the model --------------------------------------------

    def _refresh_all(self) -> None:
        self._loading = True
        try:
            if self.caseworker_note.toPlainText() != self._note:
                self.caseworker_note.setPlainText(self._note)
        finally:
            self._loading = False
        self._refresh_list()
        self._refresh_map()
        self._refresh_fields()

    def _item_text(self, person: NetworkPerson) -> str:
        name = person.label or self.tr("(uden navn)")
        relation = self._relation_labels()[person.relation]
        text = self.tr("%1 · %2 · ring %3")
        text = text.replace("%1", name).replace("%2", relation).replace("%3", str(person.closeness))
        words = person.child_words
        if words is not None and words.text:
            text += "  " + self.tr("· barnets ord")
            if words.via_interpreter and self._interpreter_present:
                text += " " + self.tr("(via tolk)")
        return text

    def _refresh_list(self) -> None:
        self._loading = True
        try:
            if self.people_list.count() != len(self._people):
                self.people_list.clear()
                for _ in self._people:
                    self.people_list.addItem(QListWidgetItem())
            for row, person in enumerate(self._people):
                item = self.people_list.item(row)
                item.setText(self._item_text(person))
                item.setData(_ID_ROLE, str(person.id))
            index = self._selected_index()
            self.people_list.setCurrentRow(-1 if index is None else index)
        finally:
            self._loading = False
        self._refresh_buttons()

    def _refresh_map(self) -> None:
        self.map.set_people(
            [
                _Dot(person.id, person.label, RELATION_GROUP[person.relation], person.closeness)
                for person in self._people
            ]
        )
        self.map.set_selected(self._selected)

    def _refresh_heading(self) -> None:
        person = self._selected_person()
        if person is None:
            self.person_heading.setText(
                self.tr("Ingen valgt. Vælg en person, eller tilføj en med Ctrl+N.")
            )
        else:
            self.person_heading.setText(
                self.tr("Om %1").replace("%1", person.label or self.tr("(uden navn)"))
            )

    def _refresh_fields(self) -> None:
        person = self._selected_person()
        self._loading = True
        try:
            for widget in (
                self.label_edit,
                self.relation_combo,
                self.ring_combo,
                self.child_words_edit,
                self.via_interpreter_check,
            ):
                widget.setEnabled(person is not None)
            if person is None:
                self._fields_for = None
                self.relation_combo.setCurrentIndex(-1)
                self.ring_combo.setCurrentIndex(-1)
                self.label_edit.clear()
                self.child_words_edit.clear()
                self.via_interpreter_check.setChecked(False)
            else:
                # A new person gets fresh fields, so that undo in a field never reaches
                # back into another person's words.
                fresh = person.id != self._fields_for
                if fresh or self.label_edit.text() != person.label:
                    self.label_edit.setText(person.label)
                self.relation_combo.setCurrentIndex(
                    self.relation_combo.findData(person.relation.value)
                )
                self.ring_combo.setCurrentIndex(self.ring_combo.findData(person.closeness))
                words = person.child_words
                text = words.text if words is not None else ""
                if fresh or self.child_words_edit.toPlainText() != text:
                    self.child_words_edit.setPlainText(text)
                self.via_interpreter_check.setChecked(
                    words.via_interpreter if words is not None else self._interpreter_present
                )
                self._fields_for = person.id
        finally:
            self._loading = False
        self._refresh_heading()
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        person = self._selected_person()
        self.remove_button.setEnabled(person is not None)
        self.undo_button.setEnabled(bool(self._removed))
        self.closer_button.setEnabled(person is not None and person.closeness > RINGS[0])
        self.further_button.setEnabled(person is not None and person.closeness < RINGS[-1])
