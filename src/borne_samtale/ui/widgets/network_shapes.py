"""What the network map is drawn from: rings, groups, colours and shapes.

What the network map is drawn from: the rings, the people's groups with their colours and
small shapes, and the geometry of the oval rings. No widget; the canvas paints with these."""

import math
from dataclasses import dataclass
from enum import Enum
from uuid import UUID

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from borne_samtale import look
from borne_samtale.domain.enums import Relation

RINGS = (1, 2, 3)


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
_INK = QColor(look.MAP_INK)
_SELECTED = QColor(look.CHILD_SELECTED)
_BACKGROUND = QColor(look.CHILD_PAPER)


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
