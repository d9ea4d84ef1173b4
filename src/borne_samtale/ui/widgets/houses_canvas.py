"""The three houses as the child sees them, painted.

Names above the roofs, the child's words inside on cards, as large as they fit; the child
draws in each house (a page per house).

The painting half of the Three Houses tool; three_houses.py is the editing half.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from borne_samtale import look
from borne_samtale.ui.style import scaled_font
from borne_samtale.ui.widgets.drawing_pad import DrawingSurface


@dataclass(frozen=True)
class _Palette:
    body: QColor
    roof: QColor
    accent: QColor  # the column heading in the caseworker's view
    outline: QColor  # outlines, readable on the body colour


# Soft, clearly different colours: warm yellow, soft blue-grey, soft violet.
# The same colours on paper (borne_samtale.look): the child sees one set of houses.
_PALETTES = tuple(
    _Palette(QColor(body), QColor(roof), QColor(heading), QColor(outline))
    for body, roof, heading, outline in zip(
        look.HOUSE_BODY, look.HOUSE_ROOF, look.HOUSE_HEADING, look.HOUSE_OUTLINE, strict=True
    )
)
_INK = QColor(look.CHILD_INK)
_CHILD_BACKGROUND = QColor(look.CHILD_PAPER)
_CARD = QColor(255, 255, 255, 190)


@dataclass(frozen=True)
class _HouseContent:
    name: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class _WordsFit:
    """How the child's words fit inside one house: the type size and the cards shown."""

    factor: float  # type size, relative to the widget's font
    cards: tuple[tuple[QTextLayout, float], ...]  # laid-out words and their heights
    hidden: int  # words that did not fit; shown as "…"
    ellipsis: QTextLayout | None


# Type sizes for the child's words, largest first: shrink gently, never below readable.
_WORD_FACTORS = (2.0, 1.8, 1.6, 1.45, 1.3, 1.2)


def _fit_words(words: tuple[str, ...], base: QFont, width: float, height: float) -> _WordsFit:
    """Lay out the words as cards, as large as fits; the first ones and "…" if none does."""
    em = QFontMetricsF(base).height()
    pad, spacing = em * _CARD_PAD, em * _CARD_SPACING
    text_width = width - 2 * pad
    for factor in _WORD_FACTORS:
        font = scaled_font(base, factor)
        cards: list[tuple[QTextLayout, float]] = []
        used = -spacing
        for text in words:
            layout, text_height = _text_layout(text, font, text_width)
            used += spacing + text_height + 2 * pad
            if used > height:
                break
            cards.append((layout, text_height))
        if len(cards) == len(words):
            return _WordsFit(factor, tuple(cards), 0, None)
    # Even the smallest size does not hold every card: keep room for "…".
    more_font = scaled_font(base, _WORD_FACTORS[0])
    more_font.setBold(True)
    ellipsis, ellipsis_height = _text_layout("…", more_font, width)
    while cards:
        used = sum(h + 2 * pad for _, h in cards) + spacing * len(cards) + ellipsis_height
        if used <= height:
            break
        cards.pop()
    return _WordsFit(_WORD_FACTORS[-1], tuple(cards), len(words) - len(cards), ellipsis)


_CARD_PAD = 0.6  # inner margin of a word card, in lines of the widget's font
_CARD_SPACING = 0.5


class _HousesPicture(DrawingSurface):
    """Three simple houses, the child's names above and the child's words inside; the child
    draws in each house with a finger, a pen or the mouse (a page per house)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(3, parent)
        self._houses: tuple[_HouseContent, ...] = ()
        # Laying out text is the slow part of painting: keep it until something changes.
        self._plan_key: tuple[object, ...] | None = None
        self._plan: list[_HousePlan] = []
        self.setAccessibleName(self.tr("Tre huse, som barnet ser dem"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_houses(self, houses: tuple[_HouseContent, ...]) -> None:
        if houses == self._houses:
            return
        self._houses = houses
        self.setAccessibleDescription(
            " ".join(f"{house.name}: {'; '.join(house.words)}." for house in houses)
        )
        self.update()

    def houses(self) -> tuple[_HouseContent, ...]:
        return self._houses

    def sizeHint(self) -> QSize:
        em = QFontMetricsF(self.font()).height()
        return QSize(round(em * 50), round(em * 30))

    def plan(self) -> list["_HousePlan"]:
        """Where each house, its name and its words go at the present size."""
        key = (self._houses, self.width(), self.height(), self.font().key())
        if key != self._plan_key:
            self._plan = self._make_plan()
            self._plan_key = key
        return self._plan

    def _make_plan(self) -> list["_HousePlan"]:
        if not self._houses:
            return []
        em = QFontMetricsF(self.font()).height()
        margin, gap, below_name = em * 1.2, em * 1.5, em * 0.6
        count = len(self._houses)
        width = (self.width() - 2 * margin - gap * (count - 1)) / count
        if width <= em or self.height() <= 4 * em:
            return []
        name_font = scaled_font(self, 2.1)
        name_font.setBold(True)
        names = [_text_layout(house.name, name_font, width) for house in self._houses]
        name_height = max(height for _, height in names)
        # A house is a little taller than it is wide; centre the row of houses.
        available = self.height() - 2 * margin - name_height - below_name
        roof_height = min(width * 0.3, available * 0.26)
        body_height = min(available - roof_height, width * 1.3)
        used = name_height + below_name + roof_height + body_height
        top = margin + max(0.0, (self.height() - 2 * margin - used) / 2)
        plans = []
        for number, house in enumerate(self._houses):
            left = margin + number * (width + gap)
            area = QRectF(left, top + name_height + below_name, width, roof_height + body_height)
            body_width = width * 0.88
            body = QRectF(
                left + (width - body_width) / 2, area.top() + roof_height, body_width, body_height
            )
            inner = body.adjusted(em * 0.8, em * 0.8, -em * 0.8, -em * 0.8)
            name_layout, height = names[number]
            plans.append(
                _HousePlan(
                    palette=_PALETTES[number % len(_PALETTES)],
                    name=name_layout,
                    name_at=QPointF(left, top + name_height - height),
                    area=area,
                    roof_height=roof_height,
                    body=body,
                    inner=inner,
                    words=_fit_words(house.words, self.font(), inner.width(), inner.height()),
                )
            )
        return plans

    def page_rects(self) -> list[QRectF]:
        """The child draws inside each house's body."""
        return [house.body for house in self.plan()]

    def paint_under(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), _CHILD_BACKGROUND)
        em = QFontMetricsF(self.font()).height()
        for house in self.plan():
            painter.setPen(_INK)
            house.name.draw(painter, house.name_at)
            self._paint_house(painter, house, em)

    def paint_over(self, painter: QPainter) -> None:
        # The child's words stay readable on top of the drawing.
        em = QFontMetricsF(self.font()).height()
        for house in self.plan():
            self._paint_words(painter, house.inner, house.words, em)

    @staticmethod
    def _paint_house(painter: QPainter, house: "_HousePlan", em: float) -> None:
        area, body, roof_height = house.area, house.body, house.roof_height
        top, centre_x = area.top(), area.center().x()
        eave = area.width() * 0.05
        outline = QPen(house.palette.outline)
        outline.setWidthF(max(1.5, em * 0.12))
        outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(outline)
        # A chimney, behind the roof's right slope.
        chimney_width = area.width() * 0.08
        chimney_left = centre_x + area.width() * 0.22
        slope = roof_height / (centre_x - (body.left() - eave))
        chimney_top = top + roof_height * 0.12
        chimney_bottom = top + (chimney_left + chimney_width - centre_x) * slope
        painter.setBrush(house.palette.roof.darker(110))
        painter.drawRect(
            QRectF(chimney_left, chimney_top, chimney_width, chimney_bottom - chimney_top)
        )
        painter.setBrush(house.palette.body)
        painter.drawRoundedRect(body, em * 0.3, em * 0.3)
        painter.setBrush(house.palette.roof)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(body.left() - eave, top + roof_height),
                    QPointF(centre_x, top),
                    QPointF(body.right() + eave, top + roof_height),
                ]
            )
        )
        # A little round window in the gable.
        radius = roof_height * 0.16
        painter.setBrush(house.palette.body.lighter(112))
        painter.drawEllipse(QPointF(centre_x, top + roof_height * 0.62), radius, radius)

    @staticmethod
    def _paint_words(painter: QPainter, inner: QRectF, fit: _WordsFit, em: float) -> None:
        pad, spacing = em * _CARD_PAD, em * _CARD_SPACING
        y = inner.top()
        for layout, text_height in fit.cards:
            card = QRectF(inner.left(), y, inner.width(), text_height + 2 * pad)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_CARD)
            painter.drawRoundedRect(card, em * 0.5, em * 0.5)
            painter.setPen(_INK)
            layout.draw(painter, QPointF(inner.left() + pad, y + pad))
            y += card.height() + spacing
        if fit.ellipsis is not None:
            painter.setPen(_INK)
            fit.ellipsis.draw(painter, QPointF(inner.left(), y))


@dataclass(frozen=True)
class _HousePlan:
    palette: _Palette
    name: QTextLayout
    name_at: QPointF
    area: QRectF  # roof and body
    roof_height: float
    body: QRectF
    inner: QRectF  # where the words go
    words: _WordsFit


def _text_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """Centred lines of at most ``width``, breaking a long word only where it must."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_CENTRED_WRAP)
    leading = QFontMetricsF(font).leading()
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        height += leading
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


_CENTRED_WRAP = QTextOption(Qt.AlignmentFlag.AlignHCenter)
_CENTRED_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
